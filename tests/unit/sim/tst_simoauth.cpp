// The simulated workspace's OAuth authorization server over real loopback sockets: discovery,
// the authorization redirect, the token endpoint's three grants with their failures, and the
// gateway's routes accepting its access tokens until they expire.
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

using namespace Parlance::Sim;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

const QString kVerifier = QStringLiteral("verifier-0123456789-0123456789-0123456789-abcdef");
const QString kRedirect = QStringLiteral("http://localhost:8020");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray form(const QList<std::pair<QString, QString>> &items)
{
    QByteArrayList parts;
    for (const auto &item : items)
        parts.append(QUrl::toPercentEncoding(item.first) + '='
                     + QUrl::toPercentEncoding(item.second));
    return parts.join('&');
}

} // namespace

class TstSimOAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void discoveryNamesTheEndpoints();
    void authorizeRedirectsBackWithCodeAndState();
    void authorizeRefusesForeignRedirects();
    void authorizeWithoutPkceIsAnError();
    void codeExchangeChecksTheVerifier();
    void codeIsGoodOnce();
    void refreshRotatesAndRevokes();
    void clientCredentialsBasicAndForm();
    void wrongClientSecret();
    void issuedTokensOpenTheGatewayUntilTheyExpire();
    void shortLifetimeExpiresByItself();
    void clockSkewOverstatesTheLifetime();
    void tokenEndpointDown();
    void stateMismatchKnob();
    void scimMeNamesWhoSignedIn();

private:
    Answer get(const QString &path, const QByteArray &bearer = {});
    Answer post(const QString &path, const QByteArray &body, const QByteArray &basic = {},
                const QByteArray &bearer = {});
    Answer finish(QNetworkReply *reply);
    QString authorizeCode(const QString &verifier = kVerifier);
    QJsonObject exchange(const QString &code, const QString &verifier = kVerifier);

    std::unique_ptr<SimulatedGateway> m_gateway;
    QNetworkAccessManager m_network;
};

void TstSimOAuth::init()
{
    m_gateway = std::make_unique<SimulatedGateway>();
    QVERIFY(m_gateway->listen());
    m_gateway->setRequiredToken(QStringLiteral("dapi-static-pat-0123456789"));
    m_gateway->oauth().addServicePrincipal(QStringLiteral("sp-id"), QStringLiteral("sp-secret"));
}

Answer TstSimOAuth::finish(QNetworkReply *reply)
{
    Answer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    reply->deleteLater();
    return answer;
}

Answer TstSimOAuth::get(const QString &path, const QByteArray &bearer)
{
    QNetworkRequest request(m_gateway->url().resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return finish(m_network.get(request));
}

Answer TstSimOAuth::post(const QString &path, const QByteArray &body, const QByteArray &basic,
                         const QByteArray &bearer)
{
    QNetworkRequest request(m_gateway->url().resolved(QUrl(path)));
    const bool json = body.startsWith('{');
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      json ? QByteArrayLiteral("application/json")
                           : QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!basic.isEmpty())
        request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return finish(m_network.post(request, body));
}

QString TstSimOAuth::authorizeCode(const QString &verifier)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("databricks-cli"));
    query.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("all-apis offline_access"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const Answer a
        = get(QStringLiteral("/oidc/v1/authorize?") + query.toString(QUrl::FullyEncoded));
    if (a.status != 302)
        return {};
    return QUrlQuery(QUrl::fromEncoded(a.location))
        .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

QJsonObject TstSimOAuth::exchange(const QString &code, const QString &verifier)
{
    const Answer a
        = post(QStringLiteral("/oidc/v1/token"),
               form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), kRedirect},
                     {QStringLiteral("code_verifier"), verifier},
                     {QStringLiteral("client_id"), QStringLiteral("databricks-cli")}}));
    QJsonObject json = a.json();
    json.insert(QStringLiteral("_status"), a.status);
    return json;
}

void TstSimOAuth::discoveryNamesTheEndpoints()
{
    const Answer a = get(QStringLiteral("/oidc/.well-known/oauth-authorization-server"));
    QCOMPARE(a.status, 200);
    const QString base = m_gateway->url().toString();
    QCOMPARE(a.json().value(QStringLiteral("authorization_endpoint")).toString(),
             base + QStringLiteral("/oidc/v1/authorize"));
    QCOMPARE(a.json().value(QStringLiteral("token_endpoint")).toString(),
             base + QStringLiteral("/oidc/v1/token"));
}

void TstSimOAuth::authorizeRedirectsBackWithCodeAndState()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("databricks-cli"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:8031"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("a b&c"));
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(kVerifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const Answer a
        = get(QStringLiteral("/oidc/v1/authorize?") + query.toString(QUrl::FullyEncoded));
    QCOMPARE(a.status, 302);
    const QUrl location = QUrl::fromEncoded(a.location);
    QCOMPARE(location.port(), 8031);
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("a b&c"));
    QVERIFY(!back.queryItemValue(QStringLiteral("code")).isEmpty());
}

void TstSimOAuth::authorizeRefusesForeignRedirects()
{
    for (const QString &redirect :
         {QStringLiteral("http://evil.example:8020"), QStringLiteral("http://localhost:9999")}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("databricks-cli"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(kVerifier));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        const Answer a
            = get(QStringLiteral("/oidc/v1/authorize?") + query.toString(QUrl::FullyEncoded));
        QCOMPARE(a.status, 400);
        QVERIFY(a.location.isEmpty());
    }
}

void TstSimOAuth::authorizeWithoutPkceIsAnError()
{
    const Answer a = get(QStringLiteral("/oidc/v1/authorize?response_type=code&client_id="
                                        "databricks-cli&redirect_uri=http%3A%2F%2Flocalhost%3A8020"
                                        "&state=s"));
    QCOMPARE(a.status, 302);
    const QUrlQuery back(QUrl::fromEncoded(a.location));
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("s"));
}

void TstSimOAuth::codeExchangeChecksTheVerifier()
{
    const QString code = authorizeCode();
    QVERIFY(!code.isEmpty());
    const QJsonObject wrong = exchange(code, kVerifier + QStringLiteral("x"));
    QCOMPARE(wrong.value(QStringLiteral("_status")).toInt(), 400);
    QCOMPARE(wrong.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    const QJsonObject right = exchange(authorizeCode());
    QCOMPARE(right.value(QStringLiteral("_status")).toInt(), 200);
    QCOMPARE(right.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(right.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(!right.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!right.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(m_gateway->oauth().counts().authorizationCodeGrants, 2);
}

void TstSimOAuth::codeIsGoodOnce()
{
    const QString code = authorizeCode();
    QCOMPARE(exchange(code).value(QStringLiteral("_status")).toInt(), 200);
    QCOMPARE(exchange(code).value(QStringLiteral("_status")).toInt(), 400);
}

void TstSimOAuth::refreshRotatesAndRevokes()
{
    const QString first
        = exchange(authorizeCode()).value(QStringLiteral("refresh_token")).toString();
    const auto refresh = [this](const QString &token) {
        return post(QStringLiteral("/oidc/v1/token"),
                    form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), token},
                          {QStringLiteral("client_id"), QStringLiteral("databricks-cli")}}));
    };
    const Answer renewed = refresh(first);
    QCOMPARE(renewed.status, 200);
    const QString second = renewed.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(refresh(first).status, 400); // used up

    m_gateway->oauth().revokeRefreshTokens();
    const Answer revoked = refresh(second);
    QCOMPARE(revoked.status, 400);
    QCOMPARE(revoked.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Refresh token is invalid"));
}

void TstSimOAuth::clientCredentialsBasicAndForm()
{
    const QByteArray grant
        = form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("scope"), QStringLiteral("all-apis")}});
    const Answer basic = post(QStringLiteral("/oidc/v1/token"), grant, "sp-id:sp-secret");
    QCOMPARE(basic.status, 200);
    QVERIFY(!basic.json().contains(QStringLiteral("refresh_token")));
    const Answer posted
        = post(QStringLiteral("/oidc/v1/token"),
               grant + "&"
                   + form({{QStringLiteral("client_id"), QStringLiteral("sp-id")},
                           {QStringLiteral("client_secret"), QStringLiteral("sp-secret")}}));
    QCOMPARE(posted.status, 200);
    QCOMPARE(m_gateway->oauth().counts().clientCredentialGrants, 2);
}

void TstSimOAuth::wrongClientSecret()
{
    const Answer a
        = post(QStringLiteral("/oidc/v1/token"),
               form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}),
               "sp-id:not-the-secret");
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TstSimOAuth::issuedTokensOpenTheGatewayUntilTheyExpire()
{
    const QByteArray access
        = exchange(authorizeCode()).value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray chat = R"({"model":"demo-echo","messages":[{"role":"user","content":"hi"}]})";
    const QString path = QStringLiteral("/serving-endpoints/chat/completions");
    QCOMPARE(post(path, chat, {}, access).status, 200);
    QCOMPARE(post(path, chat, {}, "dapi-static-pat-0123456789").status, 200);
    QCOMPARE(post(path, chat, {}, "made-up").status, 401);

    m_gateway->oauth().expireAccessTokens();
    const Answer expired = post(path, chat, {}, access);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid access token."));
    QVERIFY(expired.json().value(QStringLiteral("error_code")).isString());
    QCOMPARE(get(QStringLiteral("/api/2.0/serving-endpoints"), access).status, 403);

    m_gateway->oauth().setExpiredTokenStatus(401);
    QCOMPARE(post(path, chat, {}, access).status, 401);
}

void TstSimOAuth::shortLifetimeExpiresByItself()
{
    m_gateway->oauth().setAccessTokenLifetime(1);
    const QJsonObject token = exchange(authorizeCode());
    QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 1);
    const QByteArray access = token.value(QStringLiteral("access_token")).toString().toLatin1();
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway->oauth().stateOf(access), OAuthServer::TokenState::Expired,
                              5000);
}

void TstSimOAuth::clockSkewOverstatesTheLifetime()
{
    m_gateway->oauth().setAccessTokenLifetime(60);
    m_gateway->oauth().setClockSkew(600);
    QCOMPARE(exchange(authorizeCode()).value(QStringLiteral("expires_in")).toInt(), 660);
}

void TstSimOAuth::tokenEndpointDown()
{
    m_gateway->oauth().setTokenEndpointDown(true);
    const QJsonObject answer = exchange(authorizeCode());
    QCOMPARE(answer.value(QStringLiteral("_status")).toInt(), 503);
    m_gateway->oauth().setTokenEndpointDown(false);
    QCOMPARE(exchange(authorizeCode()).value(QStringLiteral("_status")).toInt(), 200);
}

void TstSimOAuth::stateMismatchKnob()
{
    m_gateway->oauth().setRedirectStateMismatch(true);
    const Answer a
        = get(QStringLiteral("/oidc/v1/authorize?response_type=code&client_id="
                             "databricks-cli&redirect_uri=http%3A%2F%2Flocalhost%3A8020"
                             "&state=mine&code_challenge=abc&code_challenge_method=S256"));
    QCOMPARE(a.status, 302);
    QVERIFY(QUrlQuery(QUrl::fromEncoded(a.location)).queryItemValue(QStringLiteral("state"))
            != QStringLiteral("mine"));
}

void TstSimOAuth::scimMeNamesWhoSignedIn()
{
    const QString me = QStringLiteral("/api/2.0/preview/scim/v2/Me");
    const QByteArray user
        = exchange(authorizeCode()).value(QStringLiteral("access_token")).toString().toLatin1();
    const Answer asUser = get(me, user);
    QCOMPARE(asUser.status, 200);
    QCOMPARE(asUser.json().value(QStringLiteral("userName")).toString(),
             QString(OAuthServer::SignedInUser));

    const Answer grant
        = post(QStringLiteral("/oidc/v1/token"),
               form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("scope"), QStringLiteral("all-apis")}}),
               "sp-id:sp-secret");
    const QByteArray principal
        = grant.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(get(me, principal).json().value(QStringLiteral("userName")).toString(),
             QStringLiteral("sp-id"));

    QCOMPARE(get(me, "made-up").status, 401);
    m_gateway->oauth().expireAccessTokens();
    QCOMPARE(get(me, user).status, 403);
}

QTEST_GUILESS_MAIN(TstSimOAuth)
#include "tst_simoauth.moc"
