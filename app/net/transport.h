#pragma once

#include "core/connection.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QString>

class QNetworkRequest;

namespace Parlance::Net {

// The default TLS configuration, trusting the system's CAs plus those in `connection.caFile`
// (PEM, one or more certificates). A bundle is read once per path and modification time, not
// per request. When the file cannot be read or holds no certificate, `*error` says so (else it
// is cleared) and the default configuration comes back. Without a caFile: the default, no error.
QSslConfiguration sslConfigurationFor(const Core::Connection &connection, QString *error);

// What a request to `connection` needs beyond its URL and headers: the TLS configuration of
// its CA file (https only). Returns why the request cannot be sent as configured (an unusable
// CA file, a manual proxy without a host); empty when it can. GatewayCall turns a non-empty
// answer into a Network error instead of sending the request without the settings.
QString applyTransport(QNetworkRequest &request, const Core::Connection &connection);

// The proxy of each connection, by the scheme://host:port requests go to. GatewayClient
// installs one on its QNetworkAccessManager and registers a connection before each send.
// Hosts never registered (a redirect elsewhere) get the system's proxy, as System does.
//
// Two connections to the same scheme://host:port with different proxies share one entry: the
// last one registered wins.
class ConnectionProxyFactory final : public QNetworkProxyFactory
{
public:
    ConnectionProxyFactory() = default;
    Q_DISABLE_COPY_MOVE(ConnectionProxyFactory)

    // `authority`: "scheme://host[:port]", as Core::Connection::authority() gives it.
    void setProxyFor(const QString &authority, const Core::Connection &connection);

    // May be called from QNetworkAccessManager's worker threads.
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    struct Choice
    {
        Core::Connection::Proxy proxy = Core::Connection::Proxy::System;
        QString host;
        quint16 port = 0;
    };

    QMutex m_mutex;
    QHash<QString, Choice> m_choices; // by normalized scheme://host:port
};

} // namespace Parlance::Net
