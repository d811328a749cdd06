#pragma once

#include "core/apierror.h"
#include "core/connection.h"
#include "core/generationparams.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

namespace Parlance::Engine {
class ExchangeLog;
class SqlCall;
} // namespace Parlance::Engine
namespace Parlance::Net {
class GatewayCall;
class GatewayClient;
} // namespace Parlance::Net

namespace Parlance::Workspace {

// A SQL warehouse of the workspace, as the list names it.
struct SqlWarehouse
{
    QString id;
    QString name;
    QString state; // RUNNING STOPPED STARTING STOPPING DELETING DELETED
    QString size;
    friend bool operator==(const SqlWarehouse &, const SqlWarehouse &) = default;
};

using SqlParameters = QList<std::pair<QString, QString>>; // (name, value), bound as STRING

// A statement to start from: its SQL and the parameters it needs, with values to begin with.
struct SqlTemplate
{
    QString sql;
    SqlParameters parameters;
};

// Why a run ended without a result: the statement FAILED on the warehouse (its error code,
// SQL state and message), was cancelled, or never got an answer (`error.kind` says which).
struct SqlFailure
{
    Core::ApiError error; // code = error_code; raw = the body that carried it
    QString sqlState;     // empty when the warehouse gave none
    QString state;        // the statement's last state (FAILED, CANCELED...), empty if none
};

// The SQL console without widgets: the warehouses of the current Databricks connection,
// starting a stopped one, and one statement at a time run on a warehouse with named
// parameters, polled to its end and cancelled on request. Every request it makes lands in the
// request log, as the chat's do.
class SqlSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlSession)

public:
    // Neither is owned; both must outlive the session. The client signs requests in for
    // connections that sign in (its token source), as the chat's does.
    SqlSession(Net::GatewayClient *client, Engine::ExchangeLog *log, QObject *parent = nullptr);
    ~SqlSession() override;

    // A connection change cancels a running statement (it belongs to the old workspace) and
    // forgets the warehouses; what to list is asked for again with refreshWarehouses().
    void setConnection(const Core::Connection &connection, const QString &token);
    bool hasConnection() const { return m_hasConnection; }
    const Core::Connection &connection() const { return m_connection; }
    // SQL warehouses belong to a Databricks workspace; other gateways have none.
    bool isAvailable() const;

    void refreshWarehouses();
    bool isListing() const { return m_listCall != nullptr; }
    // Whether the list was asked for since the connection changed.
    bool hasListed() const { return m_listed; }
    const QList<SqlWarehouse> &warehouses() const { return m_warehouses; }
    // Asks a stopped warehouse to start and follows it by listing again (more slowly as it
    // takes longer) until it runs or stops changing.
    void startWarehouse(const QString &warehouseId);

    // SELECT ai_query(:endpoint, :prompt, ...) for `model` with `params` carried over, the
    // endpoint and `prompt` as its parameters.
    static SqlTemplate aiQueryTemplate(const QString &model, const Core::GenerationParams &params,
                                       const QString &prompt);

    // Runs `sql` on the warehouse. False, doing nothing, while a statement runs, without an
    // available connection, or with no warehouse or no SQL.
    bool run(const QString &warehouseId, const QString &sql, const SqlParameters &parameters);
    void cancel();
    bool isRunning() const { return m_call != nullptr; }
    QString state() const { return m_state; } // of the latest statement
    qint64 elapsedMs() const;                 // of the latest statement (to its end)

    // The latest statement's result: valid after finished() without failure().
    const QStringList &columns() const { return m_columns; }
    const QList<QList<QJsonValue>> &rows() const { return m_rows; }
    const std::optional<SqlFailure> &failure() const { return m_failure; }

signals:
    void connectionChanged();
    void warehousesChanged();
    void listingChanged(bool listing);
    // The list, or a start, failed: `what` in words, the error as the gateway gave it.
    void warehousesFailed(const QString &what, const Parlance::Core::ApiError &error);
    void started();
    void stateChanged(const QString &state);
    void finished();

private:
    void listPage(const QString &pageToken); // empty: the first
    void followStart();
    void finishRun();

    Net::GatewayClient *m_client;
    Engine::ExchangeLog *m_log;
    Core::Connection m_connection;
    QString m_token;
    bool m_hasConnection = false;

    QList<SqlWarehouse> m_warehouses;
    // The calls are the client's children, and may go with it: guarded, held as QObject
    // because QPointer needs a complete type.
    QPointer<QObject> m_listCall;  // of the page being asked for
    QList<SqlWarehouse> m_listing; // the pages so far
    QSet<QString> m_listedIds;
    QSet<QString> m_pageTokens; // followed so far: a token again ends the list
    bool m_listed = false;
    QPointer<QObject> m_startCall;
    QString m_starting; // the warehouse being followed after a start
    QTimer m_startPoll;
    int m_startPolls = 0;

    Engine::SqlCall *m_call = nullptr; // a child of the session
    QString m_state;
    QElapsedTimer m_clock;
    qint64 m_finalElapsedMs = -1;
    QStringList m_columns;
    QList<QList<QJsonValue>> m_rows;
    std::optional<SqlFailure> m_failure;
};

} // namespace Parlance::Workspace
