// The sign-in requests as the inspector gets them, over real sockets against the simulated
// workspace's OAuth server: a service principal's client-credentials grant, the browser
// sign-in (discovery, the code exchange with its PKCE verifier) and a refresh each produce
// exchange records labelled as sign-in traffic, with no secret in any byte of them: not the
// client secret, the code, the verifier, the refresh token or the tokens issued.
#include "auth/browserprovider.h"
#include "auth/m2mprovider.h"
#include "auth/signinbroker.h"
#include "auth/signintraffic.h"
#include "config/secretstore.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/oauthserver.h"
#include "sim/recordedrequest.h"
#include "sim/simulatedgateway.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Parlance;

namespace {

const QString kClientId = QStringLiteral("sp-traffic-id");
const QString kSecret = QStringLiteral("sp-traffic-secret-0123456789abcdef");

// Every byte a record holds, as one text to search.
QByteArray everyByte(const Net::Exchange &e)
{
    QByteArray all = e.request.method + ' ' + e.request.url.toEncoded() + '\n';
    for (const Core::HttpHeader &h : e.request.headers)
        all += h.first + ": " + h.second + '\n';
    all += e.request.body + '\n' + QByteArray::number(e.status) + ' ' + e.reason + '\n';
    for (const Core::HttpHeader &h : e.responseHeaders)
        all += h.first + ": " + h.second + '\n';
    all += e.responseBody + '\n' + e.redirectedTo.toEncoded() + '\n';
    if (e.error)
        all += e.error->message.toUtf8() + e.error->code.toUtf8() + e.error->raw;
    return all;
}

// A browser whose user is signed in: follows the redirects down to the loopback receiver.
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

} // namespace

class TstSignInTraffic : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servicePrincipal();
    void servicePrincipalRefused();
    void browserSignInAndRefresh();
    void tokenEndpointDown();
    void tokenEndpointUnreachable();

private:
    Core::Connection connection(Core::Connection::SignIn signIn) const;
    Net::GatewayCall *send(const Core::Connection &connection);
    // Every secret that went over the wire so far: the client secret and its Basic form, the
    // tokens issued, and each code, verifier and refresh token the token endpoint received.
    QList<QByteArray> wireSecrets() const;
    void verifyNoSecret();

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config::SecretStore> m_secrets;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Auth::SignInBroker> m_broker;
    QList<Net::Exchange> m_started;
    QList<Net::Exchange> m_recorded;
    QList<quint64> m_startedIds;
    QList<quint64> m_recordedIds;
};

void TstSignInTraffic::init()
{
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    QVERIFY(m_gateway->listen());
    m_gateway->setRequiredToken(QStringLiteral("dapi-not-used-here-0123456789"));
    m_gateway->oauth().addServicePrincipal(kClientId, kSecret);
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<Config::SecretStore>(QStringLiteral("ParlanceTest"));
    m_secrets->setFallbackDirectory(m_dir->path());
    m_client = std::make_unique<Net::GatewayClient>();
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), kClientId);
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    env.insert(QStringLiteral("HOME"), m_dir->path());
    m_broker = std::make_unique<Auth::SignInBroker>(m_client->network(), m_secrets.get(), env);
    auto *browser = m_browser.get();
    m_broker->setBrowserOpener([browser](const QUrl &url) {
        follow(browser, url);
        return true;
    });
    m_client->setTokenSource(m_broker.get());

    auto *traffic = Auth::SignInTraffic::of(m_client->network());
    QCOMPARE(Auth::SignInTraffic::of(m_client->network()), traffic); // one per manager
    connect(traffic, &Auth::SignInTraffic::exchangeStarted, this,
            [this](quint64 id, const Net::Exchange &e) {
                m_startedIds.append(id);
                m_started.append(e);
            });
    connect(traffic, &Auth::SignInTraffic::exchangeRecorded, this,
            [this](quint64 id, const Net::Exchange &e) {
                m_recordedIds.append(id);
                m_recorded.append(e);
            });
}

void TstSignInTraffic::cleanup()
{
    m_broker.reset();
    m_client.reset();
    m_started.clear();
    m_recorded.clear();
    m_startedIds.clear();
    m_recordedIds.clear();
}

Core::Connection TstSignInTraffic::connection(Core::Connection::SignIn signIn) const
{
    Core::Connection c;
    c.kind = Core::Connection::Kind::Databricks;
    c.host = m_gateway->url();
    c.signIn = signIn;
    c.retries = 0;
    return c;
}

Net::GatewayCall *TstSignInTraffic::send(const Core::Connection &c)
{
    Core::HttpRequest request;
    request.method = "GET";
    request.url = c.restUrl(QStringLiteral("/serving-endpoints"));
    Net::GatewayCall *call = m_client->send(request, c, QString());
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 20000))
        return nullptr;
    return call;
}

QList<QByteArray> TstSignInTraffic::wireSecrets() const
{
    QList<QByteArray> secrets = m_gateway->oauth().issuedSecrets();
    secrets << kSecret.toUtf8() << QByteArray(kClientId.toUtf8() + ':' + kSecret.toUtf8())
            << QByteArray(kClientId.toUtf8() + ':' + kSecret.toUtf8()).toBase64();
    for (const Sim::RecordedRequest &r : m_gateway->requests()) {
        if (!r.path.startsWith(QLatin1String("/oidc/v1/token")))
            continue;
        const QUrlQuery form(QString::fromUtf8(r.body));
        for (const char *name : {"code", "code_verifier", "refresh_token", "client_secret"}) {
            const QString value = form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
            if (!value.isEmpty())
                secrets << value.toUtf8() << QUrl::toPercentEncoding(value);
        }
    }
    return secrets;
}

void TstSignInTraffic::verifyNoSecret()
{
    const QList<QByteArray> secrets = wireSecrets();
    QVERIFY(!secrets.isEmpty());
    for (const QList<Net::Exchange> *records : {&m_started, &m_recorded}) {
        for (const Net::Exchange &e : *records) {
            const QByteArray all = everyByte(e);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!all.contains(secret), QByteArray(secret + " in:\n" + all).constData());
        }
    }
}

void TstSignInTraffic::servicePrincipal()
{
    Net::GatewayCall *call = send(connection(Core::Connection::SignIn::OAuthM2M));
    QVERIFY(call && !call->error());
    QCOMPARE(m_recorded.size(), 1);
    QCOMPARE(m_started.size(), 1);
    QCOMPARE(m_recordedIds, m_startedIds);

    const Net::Exchange &e = m_recorded.constFirst();
    QCOMPARE(e.origin, Net::Exchange::Origin::SignIn);
    QCOMPARE(e.request.method, QByteArray("POST"));
    QCOMPARE(e.request.url.path(), QStringLiteral("/oidc/v1/token"));
    QCOMPARE(e.request.header("Authorization"), QByteArray("Basic ****"));
    QCOMPARE(e.request.body, QByteArray("grant_type=client_credentials&scope=all-apis"));
    QCOMPARE(e.status, 200);
    QVERIFY(e.startedAt.isValid());
    QVERIFY(e.timings.totalMs >= 0);
    // What was granted stays readable; the token does not.
    QVERIFY2(e.responseBody.contains("\"token_type\""), e.responseBody.constData());
    QVERIFY(e.responseBody.contains("\"expires_in\""));
    QVERIFY(e.responseBody.contains("\"access_token\":\"****"));
    verifyNoSecret();
}

void TstSignInTraffic::servicePrincipalRefused()
{
    Auth::M2MProvider provider(m_client->network(), m_gateway->url(), kClientId,
                               QStringLiteral("wrong-secret-0123456789"));
    std::optional<Auth::TokenAnswer> answer;
    provider.token({}, [&answer](const Auth::TokenAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(!answer->ok);
    QCOMPARE(m_recorded.size(), 1);
    const Net::Exchange &e = m_recorded.constFirst();
    QCOMPARE(e.status, 401);
    QVERIFY2(e.responseBody.contains("invalid_client"), e.responseBody.constData());
    QVERIFY(!everyByte(e).contains("wrong-secret-0123456789"));
    QVERIFY(!everyByte(e).contains(
        QByteArray(kClientId.toUtf8() + ":wrong-secret-0123456789").toBase64()));
    verifyNoSecret();
}

void TstSignInTraffic::browserSignInAndRefresh()
{
    const Core::Connection c = connection(Core::Connection::SignIn::ExternalBrowser);
    Auth::BrowserProvider *browser = m_broker->browserFor(c);
    QVERIFY(browser);
    std::optional<Auth::TokenAnswer> answer;
    browser->signIn([&answer](const Auth::TokenAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->ok, qPrintable(answer->error));

    // Discovery, then the code exchange.
    QCOMPARE(m_recorded.size(), 2);
    const Net::Exchange &discovery = m_recorded.at(0);
    QCOMPARE(discovery.origin, Net::Exchange::Origin::SignIn);
    QCOMPARE(discovery.request.method, QByteArray("GET"));
    QVERIFY(discovery.request.url.path().endsWith(QLatin1String("oauth-authorization-server")));
    QCOMPARE(discovery.status, 200);
    QVERIFY(discovery.responseBody.contains("token_endpoint"));
    const Net::Exchange &exchange = m_recorded.at(1);
    QCOMPARE(exchange.origin, Net::Exchange::Origin::SignIn);
    const QUrlQuery form(QString::fromUtf8(exchange.request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("authorization_code"));
    QVERIFY(form.queryItemValue(QStringLiteral("code")).startsWith(QLatin1String("****")));
    QVERIFY(form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("****")));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("databricks-cli"));
    QCOMPARE(exchange.status, 200);
    QVERIFY(exchange.responseBody.contains("\"refresh_token\":\"****"));

    // A refresh: the refresh token sent and the one received are masked too.
    QVERIFY(send(c) && !send(c)->error());
    m_gateway->oauth().expireAccessTokens();
    Net::GatewayCall *call = send(c);
    QVERIFY(call && !call->error());
    QCOMPARE(m_gateway->oauth().counts().refreshGrants, 1);
    QCOMPARE(m_recorded.size(), 3);
    const QUrlQuery refresh(QString::fromUtf8(m_recorded.at(2).request.body));
    QCOMPARE(refresh.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QVERIFY(
        refresh.queryItemValue(QStringLiteral("refresh_token")).startsWith(QLatin1String("****")));
    QCOMPARE(m_recordedIds, m_startedIds);
    verifyNoSecret();
}

void TstSignInTraffic::tokenEndpointDown()
{
    m_gateway->oauth().setTokenEndpointDown(true);
    Net::GatewayCall *call = send(connection(Core::Connection::SignIn::OAuthM2M));
    QVERIFY(call && call->error());
    QCOMPARE(m_recorded.size(), 1);
    const Net::Exchange &e = m_recorded.constFirst();
    QCOMPARE(e.status, 503);
    // The error page says why; it is kept.
    QVERIFY(!e.responseBody.isEmpty());
    QVERIFY(!e.responseBody.contains("bytes not recorded"));
    verifyNoSecret();
}

void TstSignInTraffic::tokenEndpointUnreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl host = m_gateway->url();
    host.setPort(closed.serverPort());
    closed.close(); // nothing listens there now
    Auth::M2MProvider provider(m_client->network(), host, kClientId, kSecret);
    std::optional<Auth::TokenAnswer> answer;
    provider.token({}, [&answer](const Auth::TokenAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(!answer->ok && answer->network);
    QCOMPARE(m_recorded.size(), 1);
    const Net::Exchange &e = m_recorded.constFirst();
    QCOMPARE(e.status, 0);
    QVERIFY(e.error.has_value());
    QCOMPARE(e.error->kind, Core::ApiError::Kind::Network);
    QCOMPARE(e.request.header("Authorization"), QByteArray("Basic ****"));
    verifyNoSecret();
}

QTEST_GUILESS_MAIN(TstSignInTraffic)
#include "tst_signintraffic.moc"
