#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QObject;

namespace Parlance::Auth {

// What an OAuth token endpoint answered (RFC 6749 section 5).
struct TokenGrant
{
    bool ok = false;
    QString accessToken;
    QString refreshToken; // empty when none was issued
    qint64 expiresIn = -1;
    QString errorCode; // "invalid_grant", "invalid_client", ...; empty for other failures
    QString errorDescription;
    QString error; // tr() text when !ok
    bool network = false;
};

using FormFields = QList<std::pair<QString, QString>>;

// POSTs `form` (application/x-www-form-urlencoded) to the token endpoint; with `basicUser`
// set, the client authenticates with HTTP Basic (client_secret_basic). The form and the answer
// carry secrets: nothing is logged, and what SignInTraffic records for the inspector is masked.
// Answers through `done` unless `context` is gone by then.
void requestToken(QNetworkAccessManager *network, const QUrl &endpoint, const FormFields &form,
                  const QString &basicUser, const QString &basicPassword, QObject *context,
                  std::function<void(const TokenGrant &)> done);

// The workspace's OAuth endpoints, from {host}/oidc/.well-known/oauth-authorization-server.
struct OidcEndpoints
{
    bool ok = false;
    QUrl authorization;
    QUrl token;
    QString error; // tr() text when !ok
    bool network = false;
};

void discoverEndpoints(QNetworkAccessManager *network, const QUrl &host, QObject *context,
                       std::function<void(const OidcEndpoints &)> done);

// {host}/oidc/v1/token: where the SDKs send the client-credentials grant without discovery.
QUrl workspaceTokenEndpoint(const QUrl &host);

// Seconds the network may stay silent before a sign-in request fails.
constexpr int TokenRequestTimeoutSeconds = 30;

} // namespace Parlance::Auth
