#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "net/exchange.h"
#include "net/retrypolicy.h"

#include <QObject>

class QNetworkAccessManager;

namespace Parlance::Net {

class GatewayCall;

// The one QNetworkAccessManager of a process, and the place where a request gets its
// credentials. Everything is asynchronous; nothing here blocks the calling thread.
class GatewayClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayClient)

public:
    explicit GatewayClient(QObject *parent = nullptr);
    ~GatewayClient() override;

    // Starts sending when control returns to the event loop. The call is a child of the client; delete it (or let the client
    // go) when done. `token` is only ever sent to the connection's own scheme://host:port.
    GatewayCall *send(const Core::HttpRequest &request, const Core::Connection &connection,
                      const QString &token, const RetryPolicy &retry);
    GatewayCall *send(const Core::HttpRequest &request, const Core::Connection &connection,
                      const QString &token);

    QNetworkAccessManager *network() const { return m_network; }

private:
    QNetworkAccessManager *m_network;
};

} // namespace Parlance::Net
