#include "sim/oauthserver.h"

#include "sim/errorresponses.h"
#include "sim/jsonwriter.h"
#include "sim/router.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace Parlance::Sim {

namespace {

constexpr int kCodeLifetimeSeconds = 300;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// application/x-www-form-urlencoded, where '+' is a space (QUrlQuery alone keeps it).
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QUrlQuery queryOf(const Request &request)
{
    const qsizetype question = request.target.indexOf('?');
    return question < 0 ? QUrlQuery() : formOf(request.target.mid(question + 1));
}

QString field(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// RFC 6749 section 5.2, which the Databricks token endpoint follows.
Response oauthError(int status, const QString &error, const QString &description)
{
    return Response::json(
        status, Json::Object().str("error", error).str("error_description", description).bytes());
}

QString baseUrlOf(const Request &request)
{
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = QByteArrayLiteral("127.0.0.1");
    return QStringLiteral("http://") + QString::fromLatin1(host);
}

bool isAcceptedRedirect(const QUrl &url)
{
    const QString host = url.host();
    return url.isValid() && url.scheme() == QLatin1String("http")
           && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1"))
           && url.port() >= OAuthServer::FirstRedirectPort
           && url.port() <= OAuthServer::LastRedirectPort;
}

Response redirectTo(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query(url);
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(query);
    Response response;
    response.status = 302;
    response.headers.append({QByteArrayLiteral("Location"), url.toEncoded()});
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.body = QByteArrayLiteral("<html><body>Redirecting...</body></html>");
    return response;
}

} // namespace

void OAuthServer::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/oidc/\\.well-known/oauth-authorization-server"),
               [this](const Request &r, const QStringList &) { return discovery(r); });
    router.add("GET", QStringLiteral("/oidc/v1/authorize"),
               [this](const Request &r, const QStringList &) { return authorize(r); });
    router.add("POST", QStringLiteral("/oidc/v1/token"),
               [this](const Request &r, const QStringList &) { return token(r); });
    // Who the caller is, as a workspace's SCIM API says it: how a client names the signed-in
    // user when its token is not a JWT it can read.
    router.add("GET", QStringLiteral("/api/2\\.0/preview/scim/v2/Me"),
               [this](const Request &r, const QStringList &) { return me(r); });
}

Response OAuthServer::me(const Request &request) const
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray bearer
        = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    // The gateway has refused unknown and expired tokens already; a static token is the
    // simulated user's own.
    QString userName = SignedInUser;
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_accessTokens.constFind(bearer);
        if (found != m_accessTokens.cend())
            userName = found->subject;
    }
    return Response::json(200,
                          Json::Object()
                              .raw("schemas", Json::array({Json::string(QByteArrayView(
                                                  "urn:ietf:params:scim:schemas:core:2.0:User"))}))
                              .str("userName", userName)
                              .bytes());
}

Response OAuthServer::discovery(const Request &request) const
{
    const QString oidc = baseUrlOf(request) + QStringLiteral("/oidc");
    const QString authorizeUrl = oidc + QStringLiteral("/v1/authorize");
    const QString tokenUrl = oidc + QStringLiteral("/v1/token");
    const QString jwksUrl = oidc + QStringLiteral("/jwks.json");
    const auto list = [](std::initializer_list<const char *> items) {
        QByteArrayList raw;
        for (const char *item : items)
            raw.append(Json::string(QByteArrayView(item)));
        return Json::array(raw);
    };
    // The fields the SDKs read (authorization_endpoint, token_endpoint), among the RFC 8414
    // ones a workspace publishes.
    return Response::json(
        200, Json::Object()
                 .str("authorization_endpoint", authorizeUrl)
                 .str("token_endpoint", tokenUrl)
                 .str("issuer", oidc)
                 .str("jwks_uri", jwksUrl)
                 .raw("scopes_supported",
                      list({"all-apis", "offline_access", "sql", "openid", "email", "profile"}))
                 .raw("response_types_supported", list({"code", "id_token"}))
                 .raw("response_modes_supported", list({"query", "fragment", "form_post"}))
                 .raw("grant_types_supported",
                      list({"client_credentials", "authorization_code", "refresh_token"}))
                 .raw("code_challenge_methods_supported", list({"S256"}))
                 .raw("token_endpoint_auth_methods_supported",
                      list({"client_secret_basic", "client_secret_post", "none"}))
                 .bytes());
}

Response OAuthServer::authorize(const Request &request)
{
    const QUrlQuery query = queryOf(request);
    const QUrl redirect(field(query, QStringLiteral("redirect_uri")), QUrl::StrictMode);
    const QString clientId = field(query, QStringLiteral("client_id"));
    // Without a client and a redirect it may use, the server has nowhere to send an error:
    // it shows a page, as a real one does.
    if (clientId != PublicClientId || !isAcceptedRedirect(redirect)) {
        Response page;
        page.status = 400;
        page.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
        page.body = QByteArrayLiteral("<html><body>invalid_request: unknown client_id or "
                                      "redirect_uri not allowed</body></html>");
        return page;
    }
    QString state = field(query, QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        return redirectTo(redirect, {{QStringLiteral("error"), error},
                                     {QStringLiteral("error_description"), description},
                                     {QStringLiteral("state"), state}});
    };
    if (field(query, QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("code only"));
    const QString challenge = field(query, QStringLiteral("code_challenge"));
    if (challenge.isEmpty()
        || field(query, QStringLiteral("code_challenge_method")) != QLatin1String("S256")) {
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE with code_challenge_method S256 is required"));
    }

    const QString code = randomToken(24);
    {
        QMutexLocker lock(&m_mutex);
        Code entry;
        entry.clientId = clientId;
        entry.redirectUri = redirect.toString();
        entry.challenge = m_challengeMismatch ? QStringLiteral("not-the-challenge") : challenge;
        entry.scope = field(query, QStringLiteral("scope"));
        entry.expiresAt = QDateTime::currentDateTimeUtc().addSecs(kCodeLifetimeSeconds);
        m_codes.insert(code, entry);
        if (m_stateMismatch)
            state = QStringLiteral("forged-") + state;
    }
    return redirectTo(redirect, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

Response OAuthServer::token(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    if (m_tokenEndpointDown) {
        Response page;
        page.status = 503;
        page.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
        page.body = QByteArrayLiteral("<html><head><title>503 Service Temporarily Unavailable"
                                      "</title></head><body><center><h1>503 Service Temporarily "
                                      "Unavailable</h1></center></body></html>\r\n");
        return page;
    }
    const QUrlQuery form = formOf(request.body);
    // Client authentication: HTTP Basic (client_secret_basic) or the form (client_secret_post).
    QString clientId = field(form, QStringLiteral("client_id"));
    QString clientSecret = field(form, QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }

    const QString grant = field(form, QStringLiteral("grant_type"));
    if (grant == QLatin1String("client_credentials")) {
        ++m_counts.clientCredentialGrants;
        const auto known = m_servicePrincipals.constFind(clientId);
        if (clientId.isEmpty() || known == m_servicePrincipals.cend() || *known != clientSecret)
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("Client authentication failed"));
        QString scope = field(form, QStringLiteral("scope"));
        if (scope.isEmpty())
            scope = QStringLiteral("all-apis");
        return issue(clientId, clientId, scope, false);
    }
    if (grant == QLatin1String("authorization_code")) {
        ++m_counts.authorizationCodeGrants;
        const QString codeValue = field(form, QStringLiteral("code"));
        // A code is good for one exchange, right or wrong.
        const std::optional<Code> code
            = m_codes.contains(codeValue) ? std::optional(m_codes.take(codeValue)) : std::nullopt;
        if (!code || code->expiresAt < QDateTime::currentDateTimeUtc())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Authorization code is invalid or expired"));
        if (clientId != code->clientId)
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("Client authentication failed"));
        if (field(form, QStringLiteral("redirect_uri")) != code->redirectUri)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("redirect_uri does not match the authorization "
                                             "request"));
        const QByteArray verifier = field(form, QStringLiteral("code_verifier")).toLatin1();
        const QByteArray challenge
            = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        if (verifier.isEmpty() || QString::fromLatin1(challenge) != code->challenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("PKCE verification failed"));
        return issue(clientId, QString(SignedInUser), code->scope, true);
    }
    if (grant == QLatin1String("refresh_token")) {
        ++m_counts.refreshGrants;
        const QString value = field(form, QStringLiteral("refresh_token"));
        const auto found = m_refreshTokens.constFind(value);
        // The wording the Databricks CLI reports for a revoked or unknown refresh token.
        if (found == m_refreshTokens.cend() || found->clientId != clientId)
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Refresh token is invalid"));
        const RefreshToken used = m_refreshTokens.take(value); // rotated: good once
        return issue(used.clientId, used.subject, used.scope, true);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code, refresh_token or "
                                     "client_credentials"));
}

Response OAuthServer::issue(const QString &clientId, const QString &subject, const QString &scope,
                            bool withRefresh)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_lifetimeSeconds);
    // Shaped like the JWTs Databricks issues, so a client can read who signed in.
    const QByteArray header = base64Url(R"({"alg":"none","typ":"JWT"})");
    const QByteArray claims = base64Url(Json::Object()
                                            .str("sub", subject)
                                            .str("client_id", clientId)
                                            .str("scope", scope)
                                            .num("iat", now.toSecsSinceEpoch())
                                            .num("exp", expires.toSecsSinceEpoch())
                                            .str("jti", randomToken(12))
                                            .bytes());
    const QByteArray access = header + '.' + claims + '.' + randomToken(16).toLatin1();
    m_accessTokens.insert(access, AccessToken{expires, subject});
    m_issued.append(access);

    Json::Object body;
    body.str("access_token", access)
        .str("token_type", "Bearer")
        .num("expires_in", m_lifetimeSeconds + m_clockSkewSeconds)
        .str("scope", scope);
    if (withRefresh && scope.split(QLatin1Char(' ')).contains(QLatin1String("offline_access"))) {
        const QString refresh = QStringLiteral("doau") + randomToken(24);
        m_refreshTokens.insert(refresh, RefreshToken{clientId, subject, scope});
        m_issued.append(refresh.toLatin1());
        body.str("refresh_token", refresh);
    }
    Response response = Response::json(200, body.bytes());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

OAuthServer::TokenState OAuthServer::stateOf(const QByteArray &accessToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_accessTokens.constFind(accessToken);
    if (found == m_accessTokens.cend())
        return TokenState::Unknown;
    return found->expiresAt <= QDateTime::currentDateTimeUtc() ? TokenState::Expired
                                                               : TokenState::Valid;
}

Response OAuthServer::expiredTokenResponse() const
{
    int status = 403;
    {
        QMutexLocker lock(&m_mutex);
        status = m_expiredStatus;
    }
    ErrorSpec spec = errorForStatus(status, QStringLiteral("Invalid access token."));
    return errorResponse(ErrorStyle::Databricks, spec);
}

void OAuthServer::addServicePrincipal(const QString &clientId, const QString &clientSecret)
{
    QMutexLocker lock(&m_mutex);
    m_servicePrincipals.insert(clientId, clientSecret);
}

void OAuthServer::setAccessTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_lifetimeSeconds = qMax(1, seconds);
}

void OAuthServer::setClockSkew(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockSkewSeconds = seconds;
}

void OAuthServer::setExpiredTokenStatus(int status)
{
    QMutexLocker lock(&m_mutex);
    m_expiredStatus = status;
}

void OAuthServer::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &token : m_accessTokens)
        token.expiresAt = past;
}

void OAuthServer::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    m_refreshTokens.clear();
}

void OAuthServer::setTokenEndpointDown(bool down)
{
    QMutexLocker lock(&m_mutex);
    m_tokenEndpointDown = down;
}

void OAuthServer::setRedirectStateMismatch(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_stateMismatch = on;
}

void OAuthServer::setPkceChallengeMismatch(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_challengeMismatch = on;
}

QList<QByteArray> OAuthServer::issuedSecrets() const
{
    QMutexLocker lock(&m_mutex);
    return m_issued;
}

OAuthServer::Counts OAuthServer::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

} // namespace Parlance::Sim
