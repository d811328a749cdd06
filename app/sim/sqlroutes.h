#pragma once

#include "sim/response.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Parlance::Sim {

class Router;
struct GatewayState;

// A Databricks SQL warehouse that runs ai_query against the demo models: the warehouse list
// (one running, one stopped that can be started) and the Statement Execution API (submit, poll,
// cancel, fetch a chunk). A submitted statement is PENDING, the first poll sees RUNNING, the
// next one the outcome, so clients must poll.
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
        QString sqlState; // status.sql_state of a FAILED statement, when known
        QString columnName;
        QString typeName; // STRING INT LONG
        QString typeText; // STRING INT BIGINT
        QString value;
    };

    Response listWarehouses();
    Response startWarehouse(const QString &id);
    Response submit(const Request &request);
    Response poll(const QString &id);
    Response cancel(const QString &id);
    Response chunk(const QString &id, const QString &index);
    static QByteArray statementJson(const Statement &statement);
    static QByteArray resultJson(const Statement &statement);

    GatewayState &m_state;
    QHash<QString, Statement> m_statements;
    // The stopped warehouse: STOPPED until started, then STARTING for one listing, then
    // RUNNING, so a client has to follow the start by listing again.
    QByteArray m_stoppedState = QByteArrayLiteral("STOPPED");
};

} // namespace Parlance::Sim
