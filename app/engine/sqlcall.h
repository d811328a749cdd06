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

// Runs one SQL statement on a warehouse and polls until it reaches a terminal state.
class SqlCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCall)

public:
    SqlCall(Net::GatewayClient *client, Core::Connection connection, QString token,
            Core::HttpRequest submit, QObject *parent = nullptr);
    ~SqlCall() override;

    void start();
    void cancel(); // asks the warehouse to cancel, then reports Cancelled

    const Api::StatementResult &result() const { return m_result; }
    const std::optional<Core::ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_lastStatus; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    void stateChanged(const QString &state);
    void exchangeRecorded(const Parlance::Net::Exchange &exchange);
    void finished();

private:
    void send(const Core::HttpRequest &request, bool idempotent);
    void onAnswer();
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
    Api::StatementResult m_result;
    std::optional<Core::ApiError> m_error;
};

} // namespace Parlance::Engine
