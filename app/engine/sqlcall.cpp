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

void SqlCall::setResultLimits(qint64 maxRows, qint64 maxBytes)
{
    m_maxRows = qMax<qint64>(0, maxRows);
    m_maxBytes = qMax<qint64>(0, maxBytes);
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
    dropCall();
    m_call = m_client->send(request, m_connection, m_token, retry);
    connect(m_call, &Net::GatewayCall::exchangeRecorded, this, &SqlCall::exchangeRecorded);
    connect(m_call, &Net::GatewayCall::finished, this,
            m_fetching ? &SqlCall::onChunk : &SqlCall::onAnswer);
}

void SqlCall::onAnswer()
{
    m_attempts += m_call->attempts();
    m_lastStatus = m_call->status();
    if (m_cancelling) {
        // The submit's answer after a cancel: its id is what the cancel needs.
        Api::parseStatementResponse(m_call->body(), &m_result);
        dropCall();
        sendCancel();
        return;
    }
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
        if (m_result.error || !takeRows(std::exchange(m_result.rows, {}), m_call->body().size()))
            finish(m_result.error);
        else
            fetchNext();
        return;
    }
    // Poll quickly at first (short statements), then back off to spare the warehouse API.
    ++m_polls;
    m_pollTimer.start(qMin(2000, 200 * m_polls));
}

// Counts the rows against the limits and hands them out; false (and finished) past a limit.
bool SqlCall::takeRows(QList<QList<QJsonValue>> rows, qint64 bytes)
{
    m_rows += rows.size();
    m_bytes += bytes;
    if (m_rows > m_maxRows || m_bytes > m_maxBytes) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = m_lastStatus;
        error.message
            = m_rows > m_maxRows
                  ? tr("The result has more than %1 rows; only that many are read.").arg(m_maxRows)
                  : tr("The result is larger than %1 MiB; only that much is read.")
                        .arg(double(m_maxBytes) / (1 << 20), 0, 'f', 1);
        finish(error);
        return false;
    }
    if (!rows.isEmpty())
        emit rowsReceived(rows);
    if (m_keepRows)
        m_result.rows.append(std::move(rows));
    return true;
}

void SqlCall::fetchNext()
{
    if (m_finished || m_cancelling)
        return;
    if (!m_result.nextChunkIndex) {
        finish(std::nullopt);
        return;
    }
    m_fetching = true;
    const int index = *std::exchange(m_result.nextChunkIndex, std::nullopt);
    send(Api::buildGetResultChunkRequest(m_connection.restUrl(QString()), m_result.statementId,
                                         index),
         true);
}

void SqlCall::onChunk()
{
    m_attempts += m_call->attempts();
    m_lastStatus = m_call->status();
    if (m_call->error()) {
        finish(m_call->error());
        return;
    }
    Api::StatementResult chunk;
    if (!Api::parseResultChunk(m_call->body(), &chunk)) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = m_lastStatus;
        error.message = tr("The result chunk is not a SQL Statement Execution result.");
        error.raw = m_call->body().left(4096);
        finish(error);
        return;
    }
    m_result.nextChunkIndex = chunk.nextChunkIndex;
    if (takeRows(std::move(chunk.rows), m_call->body().size()))
        fetchNext();
}

void SqlCall::dropCall()
{
    // Often called from the call's own finished(): it goes once that has returned.
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
        m_call = nullptr;
    }
}

void SqlCall::cancel()
{
    if (m_finished || m_cancelling)
        return;
    m_cancelling = true;
    m_pollTimer.stop();
    if (m_result.statementId.isEmpty() && m_call) {
        // The submit is on its way: the warehouse may have the statement already, and only its
        // answer names it. Dropping the call would leave it running unseen, so the answer is
        // awaited (onAnswer) and the statement cancelled then.
        return;
    }
    dropCall();
    sendCancel();
}

void SqlCall::sendCancel()
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Cancelled;
    error.message = tr("The statement was cancelled.");
    if (m_result.statementId.isEmpty()) {
        // Never submitted: nothing on the warehouse to cancel.
        finish(error);
        return;
    }
    // Reported only once the warehouse has the request: a program that exits on finished()
    // would otherwise leave the statement running.
    Net::RetryPolicy retry;
    retry.maxRetries = 0;
    m_call = m_client->send(
        Api::buildCancelStatementRequest(m_connection.restUrl(QString()), m_result.statementId),
        m_connection, m_token, retry);
    connect(m_call, &Net::GatewayCall::exchangeRecorded, this, &SqlCall::exchangeRecorded);
    connect(m_call, &Net::GatewayCall::finished, this, [this, error] { finish(error); });
}

void SqlCall::finish(std::optional<Core::ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    m_error = std::move(error);
    emit finished();
}

} // namespace Parlance::Engine
