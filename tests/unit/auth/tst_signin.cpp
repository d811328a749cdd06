// Sign-in providers against the simulated workspace over loopback: the service principal's
// client-credentials grant, the gateway client renewing a token before it expires and once when
// the gateway refuses it, the browser sign-in (PKCE, state, loopback redirect) with a test
// "browser" that follows the redirects, and each way those fail.
#include "auth/browserprovider.h"
#include "auth/cliprovider.h"
#include "auth/loopbackreceiver.h"
#include "auth/m2mprovider.h"
#include "auth/pkce.h"
#include "auth/signinbroker.h"
#include "config/secretstore.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;

namespace {

const QString kSecret = QStringLiteral("sp-secret-0123456789abcdef");

// A browser whose user is signed in: fetches the URL and follows each redirect, down to the
// loopback receiver.
void follow(QNetworkAccessManager *network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, network, [network, reply, url] {
        reply->deleteLater();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (next.isValid())
            follow(network, url.resolved(next));
    });
}

Auth::TokenAnswer waitFor(Auth::TokenProvider *provider, const QString &refused = {})
{
    std::optional<Auth::TokenAnswer> got;
    provider->token(refused, [&got](const Auth::TokenAnswer &a) { got = a; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
        return {};
    return *got;
}

Auth::TokenAnswer signInWith(Auth::BrowserProvider *provider)
{
    std::optional<Auth::TokenAnswer> got;
    provider->signIn([&got](const Auth::TokenAnswer &a) { got = a; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
        return {};
    return *got;
}

} // namespace

class TstSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pkceIsRandomAndS256();
    void m2mSignsInAndCaches();
    void m2mWrongSecret();
    void m2mTokenEndpointDown();
    void gatewayRenewsARefusedTokenOnce();
    void gatewayRenewsAfterClockSkew();
    void staleTokenIsRenewedBeforeItIsSent();
    void concurrentAsksShareOneRenewal();
    void browserSignInEndToEnd();
    void browserStateMismatch();
    void browserPkceMismatch();
    void browserClosedTimesOut();
    void revokedRefreshTokenAsksToSignInAgain();
    void loopbackPortTakenMovesOn();
    void cliProviderParsesTheCliAnswer();

private:
    Net::GatewayCall *send(const Core::Connection &connection);
    Core::Connection connection(Core::Connection::SignIn signIn) const;

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Config::SecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_secretDir;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Auth::SignInBroker> m_broker;
};

void TstSignIn::init()
{
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    QVERIFY(m_gateway->listen());
    m_gateway->setRequiredToken(QStringLiteral("dapi-not-used-here-0123456789"));
    m_gateway->oauth().addServicePrincipal(QStringLiteral("sp-id"), kSecret);
    m_network = std::make_unique<QNetworkAccessManager>();
    // The refresh token goes to the keychain or nowhere; without a Secret Service here it is
    // kept for the session (tst_clisignin stores it in a real one).
    m_secretDir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<Config::SecretStore>(QStringLiteral("ParlanceTest"));
    m_secrets->setFallbackDirectory(m_secretDir->path());
    m_client = std::make_unique<Net::GatewayClient>();
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("sp-id"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    env.insert(QStringLiteral("HOME"), m_secretDir->path());
    m_broker = std::make_unique<Auth::SignInBroker>(m_client->network(), m_secrets.get(), env);
    auto *browser = m_network.get();
    m_broker->setBrowserOpener([browser](const QUrl &url) {
        follow(browser, url);
        return true;
    });
    m_client->setTokenSource(m_broker.get());
}

Core::Connection TstSignIn::connection(Core::Connection::SignIn signIn) const
{
    Core::Connection c;
    c.kind = Core::Connection::Kind::Databricks;
    c.host = m_gateway->url();
    c.signIn = signIn;
    c.retries = 0;
    return c;
}

Net::GatewayCall *TstSignIn::send(const Core::Connection &c)
{
    Core::HttpRequest request;
    request.method = "GET";
    request.url = c.restUrl(QStringLiteral("/serving-endpoints"));
    Net::GatewayCall *call = m_client->send(request, c, QString());
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 20000))
        return nullptr;
    return call;
}

void TstSignIn::pkceIsRandomAndS256()
{
    const QByteArray verifier = Auth::newCodeVerifier();
    QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$"))
                .match(QString::fromLatin1(verifier))
                .hasMatch());
    QVERIFY(Auth::newCodeVerifier() != verifier);
    QVERIFY(Auth::newState() != Auth::newState());
    // RFC 7636 appendix B.
    QCOMPARE(Auth::codeChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TstSignIn::m2mSignsInAndCaches()
{
    const Core::Connection c = connection(Core::Connection::SignIn::OAuthM2M);
    Net::GatewayCall *first = send(c);
    QVERIFY(first);
    QVERIFY2(!first->error(), qPrintable(first->error() ? first->error()->message : QString()));
    QCOMPARE(first->status(), 200);
    QVERIFY(send(c) && !send(c)->error());
    QCOMPARE(m_gateway->oauth().counts().clientCredentialGrants, 1);
    // The exchange the inspector sees carries the access token masked.
    const QByteArray access = m_gateway->oauth().issuedSecrets().constFirst();
    for (const auto &header : first->exchanges().constLast().request.headers)
        QVERIFY(!header.second.contains(access));
}

void TstSignIn::m2mWrongSecret()
{
    Auth::M2MProvider provider(m_network.get(), m_gateway->url(), QStringLiteral("sp-id"),
                               QStringLiteral("wrong"));
    const Auth::TokenAnswer answer = waitFor(&provider);
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("client id or secret is wrong")),
             qPrintable(answer.error));
    QVERIFY(!answer.error.contains(QStringLiteral("wrong)"))); // the secret is never repeated
}

void TstSignIn::m2mTokenEndpointDown()
{
    m_gateway->oauth().setTokenEndpointDown(true);
    Net::GatewayCall *call = send(connection(Core::Connection::SignIn::OAuthM2M));
    QVERIFY(call && call->error());
    QCOMPARE(call->error()->kind, Core::ApiError::Kind::Network);
    QVERIFY2(call->error()->message.contains(QStringLiteral("HTTP 503")),
             qPrintable(call->error()->message));
    QCOMPARE(call->exchanges().size(), 0); // nothing was sent without a token
}

void TstSignIn::gatewayRenewsARefusedTokenOnce()
{
    const Core::Connection c = connection(Core::Connection::SignIn::OAuthM2M);
    QVERIFY(send(c) && !send(c)->error());
    m_gateway->oauth().expireAccessTokens();
    Net::GatewayCall *call = send(c);
    QVERIFY(call);
    QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(call->exchanges().first().status, 403);
    QCOMPARE(m_gateway->oauth().counts().clientCredentialGrants, 2);

    // A token that is refused again is not renewed in a loop: the refusal is the answer.
    m_gateway->oauth().setAccessTokenLifetime(1);
    m_gateway->oauth().expireAccessTokens();
    m_gateway->oauth().setExpiredTokenStatus(401);
    m_gateway->oauth().setTokenEndpointDown(true);
    Net::GatewayCall *failed = send(c);
    QVERIFY(failed && failed->error());
    QCOMPARE(failed->error()->httpStatus, 401);
    QVERIFY2(failed->error()->message.contains(QStringLiteral("503")),
             qPrintable(failed->error()->message));
}

void TstSignIn::gatewayRenewsAfterClockSkew()
{
    // The server's clock runs an hour ahead: it says a token lives two hours, and refuses it
    // after one. The client believes it, so only the refusal tells.
    m_gateway->oauth().setClockSkew(3600);
    const Core::Connection c = connection(Core::Connection::SignIn::OAuthM2M);
    QVERIFY(send(c) && !send(c)->error());
    m_gateway->oauth().expireAccessTokens();
    Net::GatewayCall *call = send(c);
    QVERIFY(call && !call->error());
    QCOMPARE(call->attempts(), 2);
}

void TstSignIn::staleTokenIsRenewedBeforeItIsSent()
{
    m_gateway->oauth().setAccessTokenLifetime(2);
    const Core::Connection c = connection(Core::Connection::SignIn::OAuthM2M);
    QVERIFY(send(c) && !send(c)->error());
    Auth::TokenProvider *provider = m_broker->providerFor(c);
    QVERIFY(provider->hasFreshToken());
    QTRY_VERIFY_WITH_TIMEOUT(!provider->hasFreshToken(), 5000);
    Net::GatewayCall *call = send(c);
    QVERIFY(call && !call->error());
    QCOMPARE(call->attempts(), 1); // renewed first, never refused
    QCOMPARE(m_gateway->oauth().counts().clientCredentialGrants, 2);
}

void TstSignIn::concurrentAsksShareOneRenewal()
{
    Auth::TokenProvider *provider
        = m_broker->providerFor(connection(Core::Connection::SignIn::OAuthM2M));
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        provider->token({}, [&answered](const Auth::TokenAnswer &a) { answered += a.ok; });
    QTRY_COMPARE(answered, 5);
    QCOMPARE(m_gateway->oauth().counts().clientCredentialGrants, 1);
}

void TstSignIn::browserSignInEndToEnd()
{
    Core::Connection c = connection(Core::Connection::SignIn::ExternalBrowser);
    c.name = QStringLiteral("u2m");
    Auth::BrowserProvider *browser = m_broker->browserFor(c);
    QVERIFY(browser);
    QUrl started;
    connect(browser, &Auth::BrowserProvider::signInStarted, this,
            [&started](const QUrl &url) { started = url; });
    const Auth::TokenAnswer answer = signInWith(browser);
    QVERIFY2(answer.ok, qPrintable(answer.error));
    QCOMPARE(Auth::tokenSubject(answer.accessToken), QStringLiteral("sim-user@parlance.local"));
    const QUrlQuery query(started);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("databricks-cli"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("all-apis offline_access"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QStringLiteral("http://localhost:80")));

    // Requests use it; an expired token is renewed with the refresh token, not the browser.
    QVERIFY(send(c) && !send(c)->error());
    m_gateway->oauth().expireAccessTokens();
    Net::GatewayCall *call = send(c);
    QVERIFY(call && !call->error());
    QCOMPARE(m_gateway->oauth().counts().refreshGrants, 1);
    QCOMPARE(m_gateway->oauth().counts().authorizationCodeGrants, 1);

    // Signing out forgets both tokens.
    bool out = false;
    browser->signOut([&out](const QString &error) { out = error.isEmpty(); });
    QTRY_VERIFY(out);
    QVERIFY(!browser->hasFreshToken());
    const Auth::TokenAnswer after = waitFor(browser);
    QVERIFY(!after.ok && after.needsSignIn);
}

void TstSignIn::browserStateMismatch()
{
    m_gateway->oauth().setRedirectStateMismatch(true);
    const Auth::TokenAnswer answer
        = signInWith(m_broker->browserFor(connection(Core::Connection::SignIn::ExternalBrowser)));
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("state did not match")),
             qPrintable(answer.error));
    QCOMPARE(m_gateway->oauth().counts().authorizationCodeGrants, 0); // the code went unused
}

void TstSignIn::browserPkceMismatch()
{
    m_gateway->oauth().setPkceChallengeMismatch(true);
    const Auth::TokenAnswer answer
        = signInWith(m_broker->browserFor(connection(Core::Connection::SignIn::ExternalBrowser)));
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("PKCE verification failed")),
             qPrintable(answer.error));
}

void TstSignIn::browserClosedTimesOut()
{
    m_broker->setBrowserOpener([](const QUrl &) { return true; }); // opened, then closed
    m_broker->setSignInTimeout(1000);
    const Auth::TokenAnswer answer
        = signInWith(m_broker->browserFor(connection(Core::Connection::SignIn::ExternalBrowser)));
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("did not finish")), qPrintable(answer.error));
    // The receiver is gone: the port is free for the next sign-in.
    Auth::LoopbackReceiver again;
    QVERIFY(again.listen());
}

void TstSignIn::revokedRefreshTokenAsksToSignInAgain()
{
    m_broker->setSignInHint([](const Core::Connection &) { return QStringLiteral("LOGIN-HINT"); });
    const Core::Connection c = connection(Core::Connection::SignIn::ExternalBrowser);
    Auth::BrowserProvider *browser = m_broker->browserFor(c);
    QVERIFY(signInWith(browser).ok);
    m_gateway->oauth().revokeRefreshTokens();
    m_gateway->oauth().expireAccessTokens();
    Net::GatewayCall *call = send(c);
    QVERIFY(call && call->error());
    QVERIFY2(call->error()->message.contains(QStringLiteral("LOGIN-HINT")),
             qPrintable(call->error()->message));
    QVERIFY(call->error()->message.contains(QStringLiteral("expired or was revoked")));
}

void TstSignIn::loopbackPortTakenMovesOn()
{
    Auth::LoopbackReceiver first;
    QVERIFY(first.listen());
    Auth::LoopbackReceiver second;
    QVERIFY(second.listen());
    QVERIFY(second.port() > first.port());
    QVERIFY(second.port() <= Auth::LoopbackReceiver::LastPort);
    QCOMPARE(second.redirectUri().host(), QStringLiteral("localhost"));
}

void TstSignIn::cliProviderParsesTheCliAnswer()
{
    const QString fake = QStringLiteral(PARLANCE_TEST_DATA_DIR "/signin/databricks");
    Auth::CliProvider cli(fake, QStringLiteral("https://example"), QStringLiteral("prof"));
    qputenv("FAKE_DATABRICKS_MODE", "ok");
    const Auth::TokenAnswer ok = waitFor(&cli);
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(ok.accessToken, QStringLiteral("fake-cli-access-token-0123456789"));
    QCOMPARE(ok.expiresAt, QDateTime(QDate(2099, 1, 1), QTime(11, 0, 0, 123), Qt::UTC));

    cli.forget();
    qputenv("FAKE_DATABRICKS_MODE", "garbage");
    const Auth::TokenAnswer garbage = waitFor(&cli);
    QVERIFY(!garbage.ok);
    QVERIFY(garbage.error.contains(QStringLiteral("databricks auth login --profile prof")));
    QVERIFY(!garbage.error.contains(QStringLiteral("fake-cli-garbage")));

    qputenv("FAKE_DATABRICKS_MODE", "hang");
    cli.setTimeout(500);
    const Auth::TokenAnswer hung = waitFor(&cli);
    QVERIFY(!hung.ok);
    QVERIFY2(hung.error.contains(QStringLiteral("did not answer")), qPrintable(hung.error));
    qunsetenv("FAKE_DATABRICKS_MODE");
}

QTEST_GUILESS_MAIN(TstSignIn)
#include "tst_signin.moc"
