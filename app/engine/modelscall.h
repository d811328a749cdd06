#pragma once

#include "core/apierror.h"
#include "core/connection.h"
#include "core/modelinfo.h"
#include "net/gatewaycall.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Parlance::Net {
class GatewayClient;
} // namespace Parlance::Net

namespace Parlance::Engine {

// Lists what a connection serves: Databricks serving endpoints or OpenAI-style /models.
class ModelsCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsCall)

public:
    ModelsCall(Net::GatewayClient *client, Core::Connection connection, QString token,
               QObject *parent = nullptr);
    ~ModelsCall() override;

    void start();
    const QList<Core::ModelInfo> &models() const { return m_models; }
    const std::optional<Core::ApiError> &error() const { return m_error; }
    Net::GatewayCall *gatewayCall() const { return m_call; }

signals:
    void finished();

private:
    Net::GatewayClient *m_client;
    const Core::Connection m_connection;
    const QString m_token;
    QPointer<Net::GatewayCall> m_call;
    QList<Core::ModelInfo> m_models;
    std::optional<Core::ApiError> m_error;
};

} // namespace Parlance::Engine
