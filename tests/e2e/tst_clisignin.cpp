// parlance-cli with connections that sign in, against the simulated workspace: `login` (the
// browser sign-in, with a test "browser" that follows the redirects) keeping its refresh token
// in a real Secret Service, a service principal, the Databricks CLI's sign-in through a fake
// `databricks`, `profiles` naming each method, every failure with its message and exit code,
// the token exchange in --inspect and --har masked, and no secret (client secret, code, code
// verifier, refresh or access token) in anything printed, any HAR file or any file the runs
// left (the history database among them).
#include "clirunner.h"
#include "config/secretstore.h"
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Parlance;

namespace {
const QString kSecret = QStringLiteral("sp-secret-e2e-0123456789abcdef");
const QString kCliToken = QStringLiteral("fake-cli-access-token-0123456789");
} // namespace

class TstCliSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void loginThenChat();
    void loginFailures_data();
    void loginFailures();
    void loginTokenEndpointDown();
    void servicePrincipal();
    void servicePrincipalWrongSecret();
    void signInExchangeInHar();
    void databricksCli();
    void databricksCliMisbehaves_data();
    void databricksCliMisbehaves();
    void profilesNameTheMethod();
    void unsupportedAuthTypeIsNamed();

private:
    void writeCfg(const QByteArray &content);
    CliResult run(const QStringList &args);
    QStringList hostArgs() const { return {QStringLiteral("--host"), m_gateway.url().toString()}; }

    Sim::SimulatedGateway m_gateway;
    CliRunner m_cli;
    QList<CliResult> m_outputs;        // every run, checked for secrets at the end
    QList<QByteArray> m_tokenRequests; // the bodies the token endpoint received
};

void TstCliSignIn::initTestCase()
{
    QVERIFY(m_gateway.listen());
    connect(&m_gateway, &Sim::SimulatedGateway::requestReceived, this,
            [this](const Sim::RecordedRequest &r) {
                if (r.path.startsWith(QLatin1String("/oidc/v1/token")))
                    m_tokenRequests.append(r.body);
            });
    // The fake CLI's token opens the gateway like a personal access token; the tokens the
    // OAuth server issues open it too, and nothing else does.
    m_gateway.setRequiredToken(kCliToken);
    m_gateway.oauth().addServicePrincipal(QStringLiteral("sp-id"), kSecret);
}

void TstCliSignIn::init()
{
    m_cli.env().insert(QStringLiteral("PARLANCE_TEST_BROWSER"), QStringLiteral("fetch"));
    m_cli.env().remove(QStringLiteral("DATABRICKS_AUTH_TYPE"));
    m_cli.env().remove(QStringLiteral("FAKE_DATABRICKS_MODE"));
    // Only what the system has: no databricks executable unless a test adds the fake.
    m_cli.env().insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
}

void TstCliSignIn::cleanupTestCase()
{
    // Nothing printed by any command, --inspect included, holds a secret.
    QList<QByteArray> secrets = m_gateway.oauth().issuedSecrets();
    secrets << kSecret.toUtf8() << kCliToken.toUtf8();
    QVERIFY(secrets.size() > 3);
    // Nor the codes and verifiers of the code exchanges, nor a refresh token as it was sent.
    int exchanged = 0;
    for (const QByteArray &body : std::as_const(m_tokenRequests)) {
        const QUrlQuery form(QString::fromUtf8(body));
        for (const char *name : {"code", "code_verifier", "refresh_token"}) {
            const QString value = form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
            if (!value.isEmpty()) {
                secrets << value.toUtf8() << QUrl::toPercentEncoding(value);
                ++exchanged;
            }
        }
    }
    QVERIFY(exchanged >= 3); // a code and its verifier, a refresh token at least
    for (const CliResult &r : std::as_const(m_outputs)) {
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(!r.out.contains(secret), r.out.constData());
            QVERIFY2(!r.err.contains(secret), r.err.constData());
        }
    }
    // Nor any file the runs left: HAR files, the history database, settings. The profile file
    // holds the client secret because the test put it there.
    int files = 0;
    QDirIterator it(m_cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName() == QLatin1String(".databrickscfg"))
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret), qPrintable(path));
    }
    QVERIFY(files >= 2); // the HAR files at least
}

CliResult TstCliSignIn::run(const QStringList &args)
{
    const CliResult r = m_cli.run(args);
    m_outputs.append(r);
    return r;
}

void TstCliSignIn::writeCfg(const QByteArray &content)
{
    const QString path = m_cli.home() + QStringLiteral("/.databrickscfg");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void TstCliSignIn::loginThenChat()
{
    const CliResult login = run(hostArgs() << QStringLiteral("login"));
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.out.isEmpty());
    QVERIFY2(login.err.contains("/oidc/v1/authorize?"), login.err.constData());
    QVERIFY(login.err.contains(
        QByteArray("Signed in to " + m_gateway.url().toEncoded() + " as sim-user@parlance.local")));

    // The refresh token is in the Secret Service, under the host.
    Config::SecretStore secrets;
    std::optional<Config::SecretStore::Result> stored;
    secrets.read(
        Config::SecretStore::Entry::signInSecret(m_gateway.url().toString(), "oauth-refresh-token"),
        [&stored](const Config::SecretStore::Result &r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY2(stored->ok && !stored->usedFallback, qPrintable(stored->error));
    QVERIFY(stored->token.startsWith(QStringLiteral("doau")));
    QVERIFY(!QDir(m_cli.home()).entryList({QStringLiteral("*.token")}).size());

    // A later run uses it: the refresh token gets an access token, no browser.
    m_cli.env().insert(QStringLiteral("DATABRICKS_AUTH_TYPE"), QStringLiteral("external-browser"));
    m_cli.env().insert(QStringLiteral("PARLANCE_TEST_BROWSER"), QStringLiteral("none"));
    const int codes = m_gateway.oauth().counts().authorizationCodeGrants;
    const QString har = m_cli.home() + QStringLiteral("/u2m.har");
    const CliResult chat = run(hostArgs() << QStringLiteral("--inspect") << QStringLiteral("--har")
                                          << har << QStringLiteral("chat")
                                          << QStringLiteral("demo-echo") << QStringLiteral("hi"));
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    QCOMPARE(chat.out, QByteArray("You said: hi"));
    QVERIFY(chat.err.contains("Bearer ****"));
    // The refresh is in --inspect and the HAR file, its refresh tokens masked.
    QVERIFY2(chat.err.contains("> grant_type=refresh_token&refresh_token=****"),
             chat.err.constData());
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    const QByteArray harBytes = harFile.readAll();
    QVERIFY(harBytes.contains("\"_origin\": \"sign-in\""));
    QVERIFY(harBytes.contains("grant_type=refresh_token&refresh_token=****"));
    QCOMPARE(m_gateway.oauth().counts().authorizationCodeGrants, codes);
    QVERIFY(m_gateway.oauth().counts().refreshGrants >= 1);

    // Revoked: the user is told to sign in again, with the command.
    m_gateway.oauth().revokeRefreshTokens();
    const CliResult revoked = run(hostArgs() << QStringLiteral("models"));
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY2(revoked.err.contains("expired or was revoked"), revoked.err.constData());
    QVERIFY(revoked.err.contains(
        QByteArray("parlance-cli --host " + m_gateway.url().toEncoded() + " login")));
}

void TstCliSignIn::loginFailures_data()
{
    QTest::addColumn<QString>("knob");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("state mismatch") << QStringLiteral("state") << QByteArray("state did not match");
    QTest::newRow("PKCE verifier mismatch")
        << QStringLiteral("pkce") << QByteArray("PKCE verification failed");
    QTest::newRow("browser closed") << QStringLiteral("closed") << QByteArray("did not finish");
}

void TstCliSignIn::loginFailures()
{
    QFETCH(QString, knob);
    QFETCH(QByteArray, message);
    m_gateway.oauth().setRedirectStateMismatch(knob == QLatin1String("state"));
    m_gateway.oauth().setPkceChallengeMismatch(knob == QLatin1String("pkce"));
    if (knob == QLatin1String("closed")) {
        m_cli.env().insert(QStringLiteral("PARLANCE_TEST_BROWSER"), QStringLiteral("none"));
        m_cli.env().insert(QStringLiteral("PARLANCE_SIGN_IN_TIMEOUT"), QStringLiteral("2"));
    }
    const CliResult r = run(hostArgs() << QStringLiteral("login"));
    m_gateway.oauth().setRedirectStateMismatch(false);
    m_gateway.oauth().setPkceChallengeMismatch(false);
    m_cli.env().remove(QStringLiteral("PARLANCE_SIGN_IN_TIMEOUT"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.err.contains("parlance-cli: error: "));
}

void TstCliSignIn::loginTokenEndpointDown()
{
    m_gateway.oauth().setTokenEndpointDown(true);
    const CliResult r = run(hostArgs() << QStringLiteral("login"));
    m_gateway.oauth().setTokenEndpointDown(false);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("HTTP 503"), r.err.constData());
}

void TstCliSignIn::servicePrincipal()
{
    writeCfg("[sp]\nhost = " + m_gateway.url().toEncoded()
             + "\nclient_id = sp-id\nclient_secret = " + kSecret.toUtf8() + "\n");
    const int before = m_gateway.oauth().counts().clientCredentialGrants;
    const CliResult r
        = run({QStringLiteral("--profile"), QStringLiteral("sp"), QStringLiteral("--inspect"),
               QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("as sp")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: as sp"));
    QCOMPARE(m_gateway.oauth().counts().clientCredentialGrants, before + 1);

    // The environment works as well as the profile.
    m_cli.env().insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("sp-id"));
    m_cli.env().insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    const CliResult env = run(hostArgs() << QStringLiteral("models"));
    m_cli.env().remove(QStringLiteral("DATABRICKS_CLIENT_ID"));
    m_cli.env().remove(QStringLiteral("DATABRICKS_CLIENT_SECRET"));
    QVERIFY2(env.exitCode == 0, env.err.constData());
}

void TstCliSignIn::servicePrincipalWrongSecret()
{
    writeCfg("[sp]\nhost = " + m_gateway.url().toEncoded()
             + "\nclient_id = sp-id\nclient_secret = not-the-secret-0123456789\n");
    const CliResult r
        = run({QStringLiteral("--profile"), QStringLiteral("sp"), QStringLiteral("models")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("client id or secret is wrong"), r.err.constData());
    QVERIFY(!r.err.contains("not-the-secret"));
}

void TstCliSignIn::signInExchangeInHar()
{
    // A service principal's token exchange is in the HAR file of a chat that signed in, before
    // the chat, masked, and marked as a sign-in; with --har-include-credentials too, since the
    // connection's credentials were never the sign-in's.
    writeCfg("[sp]\nhost = " + m_gateway.url().toEncoded()
             + "\nclient_id = sp-id\nclient_secret = " + kSecret.toUtf8() + "\n");
    for (const bool withCredentials : {false, true}) {
        const QString har
            = m_cli.home()
              + (withCredentials ? QStringLiteral("/with.har") : QStringLiteral("/signin.har"));
        QStringList args{QStringLiteral("--profile"), QStringLiteral("sp"),
                         QStringLiteral("--inspect"), QStringLiteral("--har"), har};
        if (withCredentials)
            args << QStringLiteral("--har-include-credentials");
        const CliResult r = run(args << QStringLiteral("chat") << QStringLiteral("demo-echo")
                                     << QStringLiteral("har"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // --inspect shows the exchange as well, labelled.
        QVERIFY2(r.err.contains("* sign-in, "), r.err.constData());
        QVERIFY(
            r.err.contains(QByteArray("> POST " + m_gateway.url().toEncoded() + "/oidc/v1/token")));
        QVERIFY(r.err.contains("> Authorization: Basic ****"));

        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonArray entries = QJsonDocument::fromJson(bytes)
                                       .object()[QStringLiteral("log")][QStringLiteral("entries")]
                                       .toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject signIn = entries.at(0).toObject();
        QCOMPARE(signIn[QStringLiteral("_origin")].toString(), QStringLiteral("sign-in"));
        QVERIFY(!entries.at(1).toObject().contains(QStringLiteral("_origin")));
        const QJsonObject request = signIn[QStringLiteral("request")].toObject();
        QVERIFY(
            request[QStringLiteral("url")].toString().endsWith(QLatin1String("/oidc/v1/token")));
        for (const QJsonValue &header : request[QStringLiteral("headers")].toArray()) {
            if (header[QStringLiteral("name")].toString() == QLatin1String("Authorization"))
                QCOMPARE(header[QStringLiteral("value")].toString(), QStringLiteral("Basic ****"));
        }
        const QString answer
            = signIn[QStringLiteral("response")][QStringLiteral("content")][QStringLiteral("text")]
                  .toString();
        QVERIFY2(answer.contains(QLatin1String("\"access_token\":\"****")), qPrintable(answer));
        QVERIFY(answer.contains(QLatin1String("\"token_type\"")));
        QVERIFY(!bytes.contains(kSecret.toUtf8()));
        if (withCredentials) {
            // The chat's own token is in this one, as asked: not a file to leave about.
            QVERIFY(file.remove());
            continue;
        }
        for (const QByteArray &issued : m_gateway.oauth().issuedSecrets())
            QVERIFY(!bytes.contains(issued));
    }
}

void TstCliSignIn::databricksCli()
{
    m_cli.env().insert(QStringLiteral("PATH"), QStringLiteral(PARLANCE_TEST_DATA_DIR "/signin:")
                                                   + QStringLiteral("/usr/bin:/bin"));
    const QString argsFile = m_cli.home() + QStringLiteral("/fake-args");
    m_cli.env().insert(QStringLiteral("FAKE_DATABRICKS_ARGS"), argsFile);
    writeCfg("[cli]\nhost = " + m_gateway.url().toEncoded() + "\nauth_type = databricks-cli\n");
    const CliResult r
        = run({QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("chat"),
               QStringLiteral("demo-echo"), QStringLiteral("via cli")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: via cli"));
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("auth token --profile cli\n"));

    // A host with no token, with the CLI on PATH, uses its sign-in for that host.
    const CliResult host = run(hostArgs() << QStringLiteral("models"));
    QVERIFY2(host.exitCode == 0, host.err.constData());
    args.close();
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), "auth token --host " + m_gateway.url().toEncoded() + "\n");
}

void TstCliSignIn::databricksCliMisbehaves_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("missing") << QString() << 1 << QByteArray("no databricks executable is on PATH");
    QTest::newRow("garbage") << QStringLiteral("garbage") << 1
                             << QByteArray("printed no access token");
    QTest::newRow("exit 1") << QStringLiteral("fail") << 1
                            << QByteArray("failed (exit code 1): Error: cache");
    QTest::newRow("hang") << QStringLiteral("hang") << 3 << QByteArray("did not answer within 2 s");
}

void TstCliSignIn::databricksCliMisbehaves()
{
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    if (!mode.isEmpty()) {
        m_cli.env().insert(QStringLiteral("PATH"),
                           QStringLiteral(PARLANCE_TEST_DATA_DIR "/signin:/usr/bin:/bin"));
        m_cli.env().insert(QStringLiteral("FAKE_DATABRICKS_MODE"), mode);
    }
    m_cli.env().insert(QStringLiteral("PARLANCE_SIGN_IN_TIMEOUT"), QStringLiteral("2"));
    writeCfg("[cli]\nhost = " + m_gateway.url().toEncoded() + "\nauth_type = databricks-cli\n");
    const CliResult r
        = run({QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("models")});
    m_cli.env().remove(QStringLiteral("PARLANCE_SIGN_IN_TIMEOUT"));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.contains("databricks auth login --profile cli"), r.err.constData());
    QVERIFY(!r.err.contains("fake-cli-garbage"));
}

void TstCliSignIn::profilesNameTheMethod()
{
    writeCfg("[pat]\nhost = https://a.example\ntoken = dapi-in-file-0123456789\n"
             "[cli]\nhost = https://b.example\nauth_type = databricks-cli\n"
             "[sp]\nhost = https://c.example\nclient_id = x\nclient_secret = "
             + kSecret.toUtf8()
             + "\n"
               "[u2m]\nhost = https://d.example\nauth_type = external-browser\n"
               "[azure]\nhost = https://e.example\nauth_type = azure-cli\n");
    const CliResult r = run({QStringLiteral("profiles")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("pat\tdatabricks\thttps://a.example\tdatabrickscfg\tpat\n"),
             r.out.constData());
    QVERIFY(r.out.contains("cli\tdatabricks\thttps://b.example\tdatabrickscfg\tdatabricks-cli\n"));
    QVERIFY(r.out.contains("sp\tdatabricks\thttps://c.example\tdatabrickscfg\toauth-m2m\n"));
    QVERIFY(
        r.out.contains("u2m\tdatabricks\thttps://d.example\tdatabrickscfg\texternal-browser\n"));
    QVERIFY(r.out.contains("azure\tdatabricks\thttps://e.example\tdatabrickscfg\tunsupported:"
                           "azure-cli\n"));
    QVERIFY(!r.out.contains("dapi-in-file"));
}

void TstCliSignIn::unsupportedAuthTypeIsNamed()
{
    writeCfg("[azure]\nhost = " + m_gateway.url().toEncoded()
             + "\nauth_type = azure-cli\ntoken = dapi-must-not-be-used-0123\n");
    m_gateway.clearRequests();
    const CliResult r
        = run({QStringLiteral("--profile"), QStringLiteral("azure"), QStringLiteral("models")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("auth_type = azure-cli, which Parlance does not support"),
             r.err.constData());
    // Not silently a personal access token: nothing was sent with the profile's token.
    QVERIFY(m_gateway.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliSignIn)
#include "tst_clisignin.moc"
