#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "net/exchange.h"
#include "net/retrypolicy.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace Parlance::Net {

class ConnectionProxyFactory;
class GatewayCall;
class TokenSource;

// The one QNetworkAccessManager of a process, and the place where a request gets its
// credentials and its connection's proxy. Everything is asynchronous; nothing here blocks the
// calling thread.
class GatewayClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayClient)

public:
    explicit GatewayClient(QObject *parent = nullptr);
    ~GatewayClient() override;

    // Starts sending when control returns to the event loop. The call is a child of the client;
    // delete it (or let the client go) when done. `token` is only ever sent to the connection's own
    // scheme://host:port.
    GatewayCall *send(const Core::HttpRequest &request, const Core::Connection &connection,
                      const QString &token, const RetryPolicy &retry);
    GatewayCall *send(const Core::HttpRequest &request, const Core::Connection &connection,
                      const QString &token);

    QNetworkAccessManager *network() const { return m_network; }
    // Installed on network(), which owns it; send() registers each connection's proxy with it.
    ConnectionProxyFactory *proxyFactory() const { return m_proxies; }

    // Applies to calls sent from now on; see GatewayCall::setRecordEvents().
    void setRecordEvents(bool record) { m_recordEvents = record; }
    // Where connections that sign in get their tokens (see TokenSource); not owned. For those,
    // the token given to send() is not used.
    void setTokenSource(TokenSource *source) { m_tokenSource = source; }
    TokenSource *tokenSource() const { return m_tokenSource; }

private:
    QNetworkAccessManager *m_network;
    ConnectionProxyFactory *m_proxies;
    QHash<QString, QString> m_transportByAuthority; // what the last request there was sent with
    bool m_recordEvents = true;
    TokenSource *m_tokenSource = nullptr;
};

} // namespace Parlance::Net
