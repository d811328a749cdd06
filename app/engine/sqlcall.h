#pragma once

#include "api/sqlstatements.h"
#include "core/apierror.h"
#include "core/connection.h"
#include "core/httprequest.h"
#include "net/exchange.h"
#include "net/gatewaycall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Parlance::Net {
class GatewayClient;
} // namespace Parlance::Net

namespace Parlance::Engine {

// Runs one SQL statement on a warehouse, polls until it reaches a terminal state, and fetches
// every chunk of its result, up to a row and a byte limit.
class SqlCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCall)

public:
    SqlCall(Net::GatewayClient *client, Core::Connection connection, QString token,
            Core::HttpRequest submit, QObject *parent = nullptr);
    ~SqlCall() override;

    static constexpr qint64 kDefaultMaxRows = 1'000'000;
    static constexpr qint64 kDefaultMaxBytes = qint64(512) << 20;

    // A result past either limit fails the call (Protocol) instead of filling the memory.
    // Bytes count the result bodies as received.
    void setResultLimits(qint64 maxRows, qint64 maxBytes);
    // Off: the rows are handed out by rowsReceived() only, and result().rows stays empty.
    void setKeepRows(bool keep) { m_keepRows = keep; }

    void start();
    // Asks the warehouse to cancel the statement (while it is polled or its result fetched)
    // and reports Cancelled once the warehouse has answered that request.
    void cancel();

    const Api::StatementResult &result() const { return m_result; }
    const std::optional<Core::ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_lastStatus; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    void stateChanged(const QString &state);
    void exchangeRecorded(const Parlance::Net::Exchange &exchange);
    // The rows of each result chunk, in order, as they arrive.
    void rowsReceived(const QList<QList<QJsonValue>> &rows);
    void finished();

private:
    void send(const Core::HttpRequest &request, bool idempotent);
    void onAnswer();
    void onChunk();
    bool takeRows(QList<QList<QJsonValue>> rows, qint64 bytes);
    void fetchNext();
    void dropCall();
    void sendCancel(); // asks the warehouse to cancel the statement, then finishes
    void finish(std::optional<Core::ApiError> error);

    Net::GatewayClient *m_client;
    const Core::Connection m_connection;
    const QString m_token;
    const Core::HttpRequest m_submit;
    QPointer<Net::GatewayCall> m_call;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    int m_polls = 0;
    int m_attempts = 0;
    int m_lastStatus = 0;
    bool m_finished = false;
    bool m_fetching = false;
    bool m_cancelling = false;
    bool m_keepRows = true;
    qint64 m_maxRows = kDefaultMaxRows;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    Api::StatementResult m_result;
    std::optional<Core::ApiError> m_error;
};

} // namespace Parlance::Engine
