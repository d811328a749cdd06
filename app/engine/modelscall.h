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

    // Also list Unity AI Gateway's model services and merge them with the endpoints
    // (Api::mergeModelServices). Only for a Databricks connection on an AI Gateway route; a
    // workspace without them (404, 403) keeps its endpoint list, and the failure is not an
    // error: the feature is in Beta and off in many workspaces. Before start().
    void setModelServices(bool list) { m_listServices = list; }
    void start();
    const QList<Core::ModelInfo> &models() const { return m_models; }
    const std::optional<Core::ApiError> &error() const { return m_error; }
    Net::GatewayCall *gatewayCall() const { return m_call; }
    // Every request made, the endpoint listing first; each was announced by callStarted()
    // (but the first, which start() makes).
    QList<Net::GatewayCall *> gatewayCalls() const;
    // Why the model services are not in models(), when they were asked for; empty otherwise.
    QString modelServicesNote() const { return m_servicesNote; }

signals:
    void finished();
    void callStarted(Parlance::Net::GatewayCall *call); // a model-services page

private:
    Net::GatewayClient *m_client;
    const Core::Connection m_connection;
    const QString m_token;
    void requestServices(const QString &pageToken);
    void finishServices(const QString &note);

    QPointer<Net::GatewayCall> m_call;
    QList<QPointer<Net::GatewayCall>> m_serviceCalls;
    QList<Core::ModelInfo> m_services;
    QString m_servicesNote;
    bool m_listServices = false;
    QList<Core::ModelInfo> m_models;
    std::optional<Core::ApiError> m_error;
};

} // namespace Parlance::Engine
