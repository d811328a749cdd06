#pragma once

#include "sim/response.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Sim {

class Router;
struct GatewayState;

// Databricks SQL warehouses that run ai_query against the demo models: the warehouse list
// (sim-warehouse running; sim-stopped stopped until POST .../start, then STARTING for one
// listing; paged as GatewayState::sqlWarehousePageSize says), and the Statement
// Execution API (submit, poll, cancel, fetch a chunk). A submitted statement is PENDING, the
// first poll sees RUNNING (for GatewayState::sqlRunningPolls polls), the next one the outcome,
// so clients must poll. Results come in chunks of GatewayState::sqlChunkRows rows.
class SqlRoutes
{
public:
    explicit SqlRoutes(GatewayState &state) : m_state(state) {}

    void registerRoutes(Router &router);

private:
    struct Statement
    {
        QString id;
        QString state;   // PENDING RUNNING SUCCEEDED FAILED CANCELED
        QString outcome; // SUCCEEDED or FAILED, reached at the second poll
        QString errorCode;
        QString errorMessage;
        QStringList columns;
        QStringList typeNames; // STRING INT LONG STRUCT
        QStringList typeTexts; // STRING INT BIGINT STRUCT<...>
        QList<QList<QJsonValue>> rows;
        int chunkRows = 100;
        int runningPolls = 1;
    };

    Response listWarehouses(const Request &request);
    Response submit(const Request &request);
    Response poll(const QString &id);
    Response cancel(const QString &id);
    Response chunk(const QString &id, const QString &index);
    Response start(const QString &warehouse);
    static QByteArray statementJson(const Statement &statement);
    static QByteArray resultJson(const Statement &statement, int chunk);
    static int chunkCount(const Statement &statement);

    GatewayState &m_state;
    QHash<QString, Statement> m_statements;
    // The stopped warehouse: STOPPED until started, then STARTING for one listing, then
    // RUNNING, so a client has to follow the start by listing again.
    QByteArray m_stoppedState = QByteArrayLiteral("STOPPED");
};

} // namespace Parlance::Sim
