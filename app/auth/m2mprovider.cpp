#include "auth/m2mprovider.h"

#include "auth/tokenendpoint.h"

namespace Parlance::Auth {

M2MProvider::M2MProvider(QNetworkAccessManager *network, QUrl host, QString clientId,
                         QString clientSecret, QObject *parent)
    : TokenProvider(parent)
    , m_network(network)
    , m_host(std::move(host))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{}

void M2MProvider::obtain(Callback done)
{
    const FormFields form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                          {QStringLiteral("scope"), QStringLiteral("all-apis")}};
    requestToken(m_network, workspaceTokenEndpoint(m_host), form, m_clientId, m_clientSecret, this,
                 [this, done](const TokenGrant &grant) {
                     TokenAnswer answer;
                     answer.ok = grant.ok;
                     answer.network = grant.network;
                     answer.accessToken = grant.accessToken;
                     if (grant.expiresIn >= 0)
                         answer.expiresAt
                             = QDateTime::currentDateTimeUtc().addSecs(grant.expiresIn);
                     if (!grant.ok) {
                         answer.error = grant.errorCode == QLatin1String("invalid_client")
                                            ? tr("The service principal %1 could not sign in: "
                                                 "the client id or secret is wrong (%2). Check "
                                                 "client_id and client_secret (or "
                                                 "DATABRICKS_CLIENT_ID / "
                                                 "DATABRICKS_CLIENT_SECRET).")
                                                  .arg(m_clientId, grant.error)
                                            : tr("The service principal %1 could not sign in: "
                                                 "%2")
                                                  .arg(m_clientId, grant.error);
                     }
                     done(answer);
                 });
}

} // namespace Parlance::Auth
