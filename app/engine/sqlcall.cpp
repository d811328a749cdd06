#include "engine/sqlcall.h"

#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

SqlCall::SqlCall(Net::GatewayClient *client, Core::Connection connection, QString token,
                 Core::HttpRequest submit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(std::move(connection))
    , m_token(std::move(token))
    , m_submit(std::move(submit))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        send(Api::buildGetStatementRequest(m_connection.restUrl(QString()), m_result.statementId),
             true);
    });
}

SqlCall::~SqlCall()
{
    delete m_call;
}

void SqlCall::start()
{
    m_clock.start();
    // Submitting creates a statement: a blind retry after a 5xx could run it twice.
    send(m_submit, false);
}

void SqlCall::send(const Core::HttpRequest &request, bool idempotent)
{
    Net::RetryPolicy retry;
    retry.maxRetries = m_connection.retries;
    retry.retryServerErrors = idempotent;
    delete m_call;
    m_call = m_client->send(request, m_connection, m_token, retry);
    connect(m_call, &Net::GatewayCall::exchangeRecorded, this, &SqlCall::exchangeRecorded);
    connect(m_call, &Net::GatewayCall::finished, this, &SqlCall::onAnswer);
}

void SqlCall::onAnswer()
{
    m_attempts += m_call->attempts();
    m_lastStatus = m_call->status();
    if (m_call->error()) {
        finish(m_call->error());
        return;
    }
    const QString previous = m_result.state;
    if (!Api::parseStatementResponse(m_call->body(), &m_result)) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = m_lastStatus;
        error.message = tr("The statement answer is not a SQL Statement Execution response.");
        error.raw = m_call->body().left(4096);
        finish(error);
        return;
    }
    if (m_result.state != previous)
        emit stateChanged(m_result.state);
    if (m_result.isTerminal()) {
        finish(m_result.error);
        return;
    }
    // Poll quickly at first (short statements), then back off to spare the warehouse API.
    ++m_polls;
    m_pollTimer.start(qMin(2000, 200 * m_polls));
}

void SqlCall::cancel()
{
    if (m_finished)
        return;
    m_pollTimer.stop();
    if (!m_result.statementId.isEmpty()) {
        m_client->send(
            Api::buildCancelStatementRequest(m_connection.restUrl(QString()), m_result.statementId),
            m_connection, m_token);
    }
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Cancelled;
    error.message = tr("The statement was cancelled.");
    finish(error);
}

void SqlCall::finish(std::optional<Core::ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}

} // namespace Parlance::Engine
