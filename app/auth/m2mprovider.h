#pragma once

#include "auth/tokenprovider.h"

#include <QUrl>

class QNetworkAccessManager;

namespace Parlance::Auth {

// OAuth machine-to-machine: a service principal's client id and secret exchanged at the
// workspace's token endpoint with the client-credentials grant (scope all-apis), the client
// authenticated with HTTP Basic, as the Databricks SDKs do.
class M2MProvider final : public TokenProvider
{
    Q_OBJECT

public:
    M2MProvider(QNetworkAccessManager *network, QUrl host, QString clientId, QString clientSecret,
                QObject *parent = nullptr);

protected:
    void obtain(Callback done) override;

private:
    QNetworkAccessManager *m_network;
    const QUrl m_host;
    const QString m_clientId;
    const QString m_clientSecret;
};

} // namespace Parlance::Auth
