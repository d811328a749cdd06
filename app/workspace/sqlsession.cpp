#include "workspace/sqlsession.h"

#include "api/sqlstatements.h"
#include "engine/exchangelog.h"
#include "engine/sqlcall.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Workspace {

namespace {

// A warehouse takes minutes to start: the list is asked again after 1, 2, 4, 8 s, then every
// 10 s, for about as long as a slow start takes.
constexpr int kStartPollCapMs = 10'000;
constexpr int kMaxStartPolls = 40;
// Pages of the warehouse list followed at most: a workspace has a few dozen warehouses.
constexpr int kMaxListPages = 100;

int startPollDelayMs(int polls)
{
    return qMin(kStartPollCapMs, 1000 << qMin(polls, 4));
}

Core::ApiError unreadable(const Net::GatewayCall *call, const QString &message)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Protocol;
    error.httpStatus = call->status();
    error.message = message;
    error.raw = call->body().left(4096);
    return error;
}

} // namespace

SqlSession::SqlSession(Net::GatewayClient *client, Engine::ExchangeLog *log, QObject *parent)
    : QObject(parent), m_client(client), m_log(log)
{
    m_startPoll.setSingleShot(true);
    connect(&m_startPoll, &QTimer::timeout, this, &SqlSession::refreshWarehouses);
}

SqlSession::~SqlSession()
{
    // The calls are the client's children: they would outlive the session otherwise.
    delete m_call;
    delete m_listCall;
    delete m_startCall;
}

void SqlSession::setConnection(const Core::Connection &connection, const QString &token)
{
    // The same connection chosen again (its settings saved, say) keeps what runs on it.
    if (m_hasConnection && connection == m_connection && token == m_token)
        return;
    cancel();
    const bool wasListing = isListing();
    delete m_listCall;
    delete m_startCall;
    m_startPoll.stop();
    m_starting.clear();
    m_connection = connection;
    m_token = token;
    m_hasConnection = true;
    m_listed = false;
    m_warehouses.clear();
    if (wasListing)
        emit listingChanged(false);
    emit warehousesChanged();
    emit connectionChanged();
}

bool SqlSession::isAvailable() const
{
    return m_hasConnection && m_connection.kind == Core::Connection::Kind::Databricks;
}

void SqlSession::refreshWarehouses()
{
    if (!isAvailable() || m_listCall)
        return;
    m_listing.clear();
    m_listedIds.clear();
    m_pageTokens.clear();
    listPage({});
    emit listingChanged(true);
}

void SqlSession::listPage(const QString &pageToken)
{
    Net::GatewayCall *call = m_client->send(
        Api::buildListWarehousesRequest(m_connection.restUrl(QString()), pageToken), m_connection,
        m_token);
    m_listCall = call;
    m_log->follow(call);
    connect(call, &Net::GatewayCall::finished, this, [this, call] {
        call->deleteLater();
        m_listCall = nullptr;
        const auto failed = [this](const Core::ApiError &error) {
            m_listed = true;
            emit listingChanged(false);
            m_starting.clear();
            emit warehousesFailed(tr("The SQL warehouses could not be listed."), error);
        };
        if (call->error()) {
            failed(*call->error());
            return;
        }
        QList<Api::WarehouseInfo> listed;
        QString next;
        if (!Api::parseWarehouseList(call->body(), &listed, &next)) {
            failed(unreadable(call, tr("The warehouse list is not in a format Parlance knows.")));
            return;
        }
        for (const Api::WarehouseInfo &info : listed) {
            // Once each, from a server that sends a page again too.
            if (m_listedIds.contains(info.id))
                continue;
            m_listedIds.insert(info.id);
            m_listing.append({info.id, info.name, info.state, info.size});
        }
        // A token seen before, or no end in sight, is a server that would keep us listing
        // forever: what came is shown, and said to be incomplete.
        const bool endless
            = !next.isEmpty()
              && (m_pageTokens.contains(next) || m_pageTokens.size() + 1 >= kMaxListPages);
        if (!next.isEmpty() && !endless) {
            m_pageTokens.insert(next);
            listPage(next);
            return;
        }
        m_listed = true;
        emit listingChanged(false);
        if (m_listing != m_warehouses) {
            m_warehouses = m_listing;
            emit warehousesChanged();
        }
        if (endless) {
            const int pages = int(m_pageTokens.size()) + 1;
            m_starting.clear();
            emit warehousesFailed(
                tr("The SQL warehouse list did not end: the warehouses up to page %1 are listed.")
                    .arg(pages),
                unreadable(call, tr("After page %1 the server named a page it had sent already, "
                                    "or yet another one.")
                                     .arg(pages)));
            return;
        }
        followStart();
    });
}

void SqlSession::startWarehouse(const QString &warehouseId)
{
    if (!isAvailable() || warehouseId.isEmpty() || m_startCall)
        return;
    Net::GatewayCall *call = m_client->send(
        Api::buildStartWarehouseRequest(m_connection.restUrl(QString()), warehouseId), m_connection,
        m_token);
    m_startCall = call;
    m_log->follow(call);
    connect(call, &Net::GatewayCall::finished, this, [this, call, warehouseId] {
        call->deleteLater();
        m_startCall = nullptr;
        if (call->error()) {
            emit warehousesFailed(tr("The SQL warehouse could not be started."), *call->error());
            return;
        }
        m_starting = warehouseId;
        m_startPolls = 0;
        m_startPoll.stop();
        refreshWarehouses();
    });
}

void SqlSession::followStart()
{
    if (m_starting.isEmpty())
        return;
    QString state;
    for (const SqlWarehouse &warehouse : std::as_const(m_warehouses)) {
        if (warehouse.id == m_starting)
            state = warehouse.state;
    }
    // Right after the start the list may still say STOPPED; anything else is where it ends.
    const bool underway = state == u"STARTING" || state == u"STOPPED";
    if (!underway || m_startPolls >= kMaxStartPolls) {
        m_starting.clear();
        return;
    }
    m_startPoll.start(startPollDelayMs(m_startPolls++));
}

SqlTemplate SqlSession::aiQueryTemplate(const QString &model, const Core::GenerationParams &params,
                                        const QString &prompt)
{
    return {Api::aiQueryStatement(params),
            {{QStringLiteral("endpoint"), model}, {QStringLiteral("prompt"), prompt}}};
}

bool SqlSession::run(const QString &warehouseId, const QString &sql,
                     const SqlParameters &parameters)
{
    if (m_call || !isAvailable() || warehouseId.isEmpty() || sql.trimmed().isEmpty())
        return false;
    m_columns.clear();
    m_rows.clear();
    m_failure.reset();
    m_state.clear();
    auto *call
        = new Engine::SqlCall(m_client, m_connection, m_token,
                              Api::buildExecuteStatementRequest(m_connection.restUrl(QString()),
                                                                warehouseId, sql, parameters),
                              this);
    m_call = call;
    connect(call, &Engine::SqlCall::exchangeRecorded, m_log,
            [log = m_log](const Net::Exchange &exchange) { log->append(exchange); });
    connect(call, &Engine::SqlCall::stateChanged, this, [this](const QString &state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(call, &Engine::SqlCall::finished, this, &SqlSession::finishRun);
    m_finalElapsedMs = -1;
    m_clock.start();
    call->start();
    emit started();
    return true;
}

void SqlSession::cancel()
{
    if (m_call)
        m_call->cancel();
}

qint64 SqlSession::elapsedMs() const
{
    if (m_finalElapsedMs >= 0)
        return m_finalElapsedMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void SqlSession::finishRun()
{
    Engine::SqlCall *call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    call->deleteLater();
    m_finalElapsedMs = m_clock.elapsed();
    const Api::StatementResult &result = call->result();
    QString state = result.state;
    if (const std::optional<Core::ApiError> &error = call->error()) {
        SqlFailure failure;
        failure.error = *error;
        // The warehouse is told to cancel; the call does not wait to hear it did.
        if (error->kind == Core::ApiError::Kind::Cancelled && !result.statementId.isEmpty())
            state = QStringLiteral("CANCELED");
        failure.state = state;
        failure.sqlState = Api::statementSqlState(error->raw, error->message);
        m_failure = failure;
    } else {
        m_columns = result.columns;
        m_rows = result.rows;
    }
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
    emit finished();
}

} // namespace Parlance::Workspace
