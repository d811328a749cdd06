#include "net/gatewayclient.h"

#include "net/gatewaycall.h"
#include "net/transport.h"

#include <QNetworkAccessManager>

namespace Parlance::Net {

GatewayClient::GatewayClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_proxies(new ConnectionProxyFactory)
{
    // Nothing is cached: the inspector must show what the gateway really answered.
    m_network->setCache(nullptr);
    m_network->setProxyFactory(m_proxies); // takes ownership
}

GatewayClient::~GatewayClient() = default;

GatewayCall *GatewayClient::send(const Core::HttpRequest &request,
                                 const Core::Connection &connection, const QString &token,
                                 const RetryPolicy &retry)
{
    // The network manager asks for the proxy only when the request leaves, after this.
    m_proxies->setProxyFor(connection.authority(), connection);
    // Qt keeps TLS sessions per host: a changed CA file must not meet a session made without it.
    const QString transport = connection.caFile + QLatin1Char('|')
                              + QString::number(int(connection.proxy)) + connection.proxyHost
                              + QString::number(connection.proxyPort);
    QString &previous = m_transportByAuthority[connection.authority()];
    if (!previous.isNull() && previous != transport)
        m_network->clearConnectionCache();
    previous = transport;
    auto *call = new GatewayCall(m_network, request, connection, token, retry, this);
    call->setRecordEvents(m_recordEvents);
    call->setTokenSource(m_tokenSource);
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
