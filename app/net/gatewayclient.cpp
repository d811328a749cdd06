#include "net/gatewayclient.h"

#include "net/gatewaycall.h"

#include <QNetworkAccessManager>

namespace Parlance::Net {

GatewayClient::GatewayClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing is cached: the inspector must show what the gateway really answered.
    m_network->setCache(nullptr);
}

GatewayClient::~GatewayClient() = default;

GatewayCall *GatewayClient::send(const Core::HttpRequest &request,
                                 const Core::Connection &connection, const QString &token,
                                 const RetryPolicy &retry)
{
    auto *call = new GatewayCall(m_network, request, connection, token, retry, this);
    // Started from the event loop, so the caller can connect to every signal first.
    QMetaObject::invokeMethod(call, &GatewayCall::start, Qt::QueuedConnection);
    return call;
}

GatewayCall *GatewayClient::send(const Core::HttpRequest &request,
                                 const Core::Connection &connection, const QString &token)
{
    RetryPolicy retry;
    retry.maxRetries = connection.retries;
    return send(request, connection, token, retry);
}

} // namespace Parlance::Net
