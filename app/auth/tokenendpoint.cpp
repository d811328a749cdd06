#include "auth/tokenendpoint.h"

#include "auth/signintraffic.h"
#include "core/connection.h"
#include "core/loopback.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Parlance::Auth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Auth::TokenEndpoint)
};

QNetworkRequest requestFor(const QUrl &url)
{
    QNetworkRequest request(url);
    // A redirect would carry the form (secrets) wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(TokenRequestTimeoutSeconds * 1000);
    request.setRawHeader("Accept", "application/json");
    return request;
}

QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

// Secrets only over https, or to this machine.
bool mayCarrySecrets(const QUrl &url)
{
    return url.scheme() == QLatin1String("https")
           || (url.scheme() == QLatin1String("http") && Core::isLoopbackHost(url.host()));
}

} // namespace

QUrl workspaceTokenEndpoint(const QUrl &host)
{
    QUrl url = host;
    url.setPath(QStringLiteral("/oidc/v1/token"));
    return url;
}

void requestToken(QNetworkAccessManager *network, const QUrl &endpoint, const FormFields &form,
                  const QString &basicUser, const QString &basicPassword, QObject *context,
                  std::function<void(const TokenGrant &)> done)
{
    if (!mayCarrySecrets(endpoint)) {
        TokenGrant grant;
        grant.error = Tr::tr("Refused to send credentials to %1: the token endpoint must use "
                             "https.")
                          .arg(shown(endpoint));
        QMetaObject::invokeMethod(
            context, [done, grant] { done(grant); }, Qt::QueuedConnection);
        return;
    }
    QByteArrayList parts;
    for (const auto &field : form)
        parts.append(QUrl::toPercentEncoding(field.first) + '='
                     + QUrl::toPercentEncoding(field.second));
    QNetworkRequest request = requestFor(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QList<QByteArray> secrets;
    if (!basicUser.isEmpty()) {
        // RFC 6749 section 2.3.1: both parts form-encoded before the Basic encoding.
        const QByteArray credentials
            = QUrl::toPercentEncoding(basicUser) + ':' + QUrl::toPercentEncoding(basicPassword);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        secrets << basicPassword.toUtf8() << credentials << credentials.toBase64();
    }
    const QByteArray body = parts.join('&');
    QNetworkReply *reply = network->post(request, body);
    SignInTraffic::follow(network, reply, body, secrets);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, endpoint, done] {
        reply->deleteLater();
        TokenGrant grant;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            grant.network = true;
            grant.error = Tr::tr("Could not reach the token endpoint %1: %2.")
                              .arg(shown(endpoint), reply->errorString());
            done(grant);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status >= 200 && status < 300) {
            grant.accessToken = json.value(QLatin1String("access_token")).toString();
            grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
            const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
            grant.expiresIn = expiresIn.isString() ? expiresIn.toString().toLongLong()
                                                   : qint64(expiresIn.toDouble(-1));
            grant.ok = !grant.accessToken.isEmpty();
            if (!grant.ok)
                grant.error = Tr::tr("The token endpoint %1 answered without an access token.")
                                  .arg(shown(endpoint));
            done(grant);
            return;
        }
        grant.errorCode = json.value(QLatin1String("error")).toString();
        grant.errorDescription = json.value(QLatin1String("error_description")).toString();
        if (grant.errorCode.isEmpty()) {
            grant.network = status >= 500;
            grant.error = Tr::tr("The token endpoint %1 answered HTTP %2; try again later.")
                              .arg(shown(endpoint))
                              .arg(status);
        } else {
            grant.error = Tr::tr("The token endpoint refused: %1 (%2).")
                              .arg(grant.errorDescription.isEmpty() ? grant.errorCode
                                                                    : grant.errorDescription,
                                   grant.errorCode);
        }
        done(grant);
    });
}

void discoverEndpoints(QNetworkAccessManager *network, const QUrl &host, QObject *context,
                       std::function<void(const OidcEndpoints &)> done)
{
    QUrl url = host;
    url.setPath(QStringLiteral("/oidc/.well-known/oauth-authorization-server"));
    QNetworkReply *reply = network->get(requestFor(url));
    SignInTraffic::follow(network, reply, {});
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, host, done] {
        reply->deleteLater();
        OidcEndpoints endpoints;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            endpoints.network = true;
            endpoints.error
                = Tr::tr("Could not reach %1: %2.").arg(shown(url), reply->errorString());
            done(endpoints);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        endpoints.authorization
            = QUrl(json.value(QLatin1String("authorization_endpoint")).toString());
        endpoints.token = QUrl(json.value(QLatin1String("token_endpoint")).toString());
        if (status != 200 || !endpoints.authorization.isValid() || !endpoints.token.isValid()
            || endpoints.authorization.isRelative() || endpoints.token.isRelative()) {
            endpoints.error = Tr::tr("%1 does not offer OAuth sign-in (%2 answered HTTP %3 "
                                     "without the endpoints). Use a token instead.")
                                  .arg(shown(host), shown(url))
                                  .arg(status);
            done(endpoints);
            return;
        }
        // A workspace's own endpoints live on the workspace: a document pointing elsewhere
        // would send the code, and the tokens, to a stranger.
        const QString authority = Core::urlAuthority(host);
        if (Core::urlAuthority(endpoints.token) != authority
            || Core::urlAuthority(endpoints.authorization) != authority) {
            endpoints.error = Tr::tr("%1 names OAuth endpoints on another host (%2); Parlance "
                                     "signs in only with the workspace's own.")
                                  .arg(shown(url), shown(endpoints.token));
            done(endpoints);
            return;
        }
        endpoints.ok = true;
        done(endpoints);
    });
}

} // namespace Parlance::Auth
