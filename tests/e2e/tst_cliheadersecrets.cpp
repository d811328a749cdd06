// parlance-cli with a saved connection whose extra headers carry secrets, against a real Secret
// Service (KEYRING) and the simulated gateway: the values come from the keychain, reach the
// gateway, and show nowhere else, not in the connections file nor in --inspect's output.
#include "../unit/config/headersecretstesting.h"
#include "clirunner.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QTest>

using namespace Parlance;
using Entry = Config::SecretStore::Entry;
using namespace HeaderSecretsTesting;

namespace {

const QString kToken = QStringLiteral("dapi-header-secrets-token-0123");
const QByteArray kApiKey = "sk-cli-api-key-value-4711";
const QByteArray kTenant = "tenant-marked-secret-0815";

} // namespace

class TstCliHeaderSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void headerValuesComeFromTheKeychain();
    void markedHeaderStaysWithItsHost();
    void olderFileIsMovedAndStillSent();
    void missingHeaderValueIsAConfigurationError();

private:
    QString iniPath() const
    {
        return m_cli.home() + QStringLiteral("/.config/Parlance/parlance/connections.ini");
    }
    void saveConnection(const QString &name);
    bool storeSecret(const Entry &entry, const QByteArray &value);
    std::optional<Config::SecretStore::Result> readSecret(const Entry &entry);

    Sim::SimulatedGateway m_gateway;
    Sim::SimulatedGateway m_other; // "another host": reached as localhost, not 127.0.0.1
    CliRunner m_cli;
    Config::SecretStore m_secrets; // the CLI's own service: "Parlance"
};

void TstCliHeaderSecrets::initTestCase()
{
    QVERIFY(m_gateway.listen());
    QVERIFY(m_other.listen());
    m_gateway.setRequiredToken(kToken);
    QVERIFY(QDir().mkpath(QFileInfo(iniPath()).absolutePath()));
}

void TstCliHeaderSecrets::cleanup()
{
    for (const QString &name : {QStringLiteral("gw"), QStringLiteral("old")}) {
        for (const Entry &entry : {Entry::token(name), Entry::headerValue(name, "X-Api-Key"),
                                   Entry::headerValue(name, "X-Tenant")}) {
            awaitAnswer<Config::SecretStore::Result>(
                [&](auto done) { m_secrets.remove(entry, done); });
        }
    }
    QFile::remove(iniPath());
}

void TstCliHeaderSecrets::saveConnection(const QString &name)
{
    Config::ProfileStore store(iniPath());
    Core::Connection c;
    c.name = name;
    c.kind = Core::Connection::Kind::OpenAiCompatible;
    c.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    c.extraHeaders = {{"X-Team", "blue"}, {"X-Api-Key", kApiKey}, {"X-Tenant", kTenant}};
    c.secretHeaders = {"X-Tenant"};
    QVERIFY(store.save(c));
}

bool TstCliHeaderSecrets::storeSecret(const Entry &entry, const QByteArray &value)
{
    const auto written = awaitAnswer<Config::SecretStore::Result>(
        [&](auto done) { m_secrets.writeToKeychain(entry, QString::fromUtf8(value), done); });
    return written && written->ok;
}

std::optional<Config::SecretStore::Result> TstCliHeaderSecrets::readSecret(const Entry &entry)
{
    return awaitAnswer<Config::SecretStore::Result>(
        [&](auto done) { m_secrets.read(entry, done); });
}

void TstCliHeaderSecrets::headerValuesComeFromTheKeychain()
{
    saveConnection(QStringLiteral("gw"));
    QVERIFY(storeSecret(Entry::token(QStringLiteral("gw")), kToken.toUtf8()));
    QVERIFY(storeSecret(Entry::headerValue(QStringLiteral("gw"), "X-Api-Key"), kApiKey));
    QVERIFY(storeSecret(Entry::headerValue(QStringLiteral("gw"), "X-Tenant"), kTenant));
    const QByteArray file = readAll(iniPath());
    QVERIFY(!file.contains(kApiKey) && !file.contains(kTenant));

    const CliResult r
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("gw"), QStringLiteral("--inspect"),
                     QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));
    const Sim::RecordedRequest sent = m_gateway.requests().last();
    QCOMPARE(sent.headers.value(QStringLiteral("x-api-key")).toUtf8(), kApiKey);
    QCOMPARE(sent.headers.value(QStringLiteral("x-tenant")).toUtf8(), kTenant);
    QCOMPARE(sent.headers.value(QStringLiteral("x-team")), QStringLiteral("blue"));
    QCOMPARE(sent.authorizationScheme, QStringLiteral("Bearer"));

    // The exchange --inspect prints is masked like the token: the values are the connection's
    // secrets for the redactor, the marked one included.
    for (const QByteArray &secret : {kApiKey, kTenant, kToken.toUtf8()}) {
        for (const QByteArray &spelling : {secret, secret.toPercentEncoding()})
            QVERIFY2(!r.err.contains(spelling), r.err.constData());
    }
    QVERIFY2(r.err.contains("X-Api-Key: ****4711"), r.err.constData());
    QVERIFY2(r.err.contains("X-Tenant: ****0815"), r.err.constData());
    QVERIFY(r.err.contains("X-Team: blue"));
    QCOMPARE(readAll(iniPath()), file);
}

void TstCliHeaderSecrets::markedHeaderStaysWithItsHost()
{
    // A header the user marked secret follows the token's rule: a redirect to another host
    // loses it, as it loses Authorization and X-Api-Key.
    saveConnection(QStringLiteral("gw"));
    QVERIFY(storeSecret(Entry::token(QStringLiteral("gw")), kToken.toUtf8()));
    QVERIFY(storeSecret(Entry::headerValue(QStringLiteral("gw"), "X-Api-Key"), kApiKey));
    QVERIFY(storeSecret(Entry::headerValue(QStringLiteral("gw"), "X-Tenant"), kTenant));
    const QString other = QStringLiteral("http://localhost:%1").arg(m_other.port());
    const int before = m_other.requests().size();
    const CliResult r
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("gw"), QStringLiteral("--header"),
                     QStringLiteral("X-Sim-Fault: redirect=") + other, QStringLiteral("chat"),
                     QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_other.requests().size(), before + 1);
    const Sim::RecordedRequest redirected = m_other.requests().last();
    QVERIFY(!redirected.authorizationPresent);
    QVERIFY(!redirected.headers.contains(QStringLiteral("x-api-key")));
    QVERIFY(!redirected.headers.contains(QStringLiteral("x-tenant")));
    QCOMPARE(redirected.headers.value(QStringLiteral("x-team")), QStringLiteral("blue"));
}

void TstCliHeaderSecrets::olderFileIsMovedAndStillSent()
{
    writeOlderFile(iniPath(), m_gateway.url().toString() + QStringLiteral("/v1"));
    QVERIFY(storeSecret(Entry::token(QStringLiteral("old")), kToken.toUtf8()));

    const CliResult r
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("old"), QStringLiteral("chat"),
                     QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // moved quietly
    QCOMPARE(m_gateway.requests().last().headers.value(QStringLiteral("x-api-key")).toUtf8(),
             kOldValue);

    const QByteArray file = readAll(iniPath());
    QVERIFY2(!file.contains(kOldValue), file.constData());
    const auto moved = readSecret(Entry::headerValue(QStringLiteral("old"), "X-Api-Key"));
    QVERIFY(moved && moved->ok && !moved->usedFallback);
    QCOMPARE(moved->token.toUtf8(), kOldValue);

    // And the next run finds it there.
    const CliResult again
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("old"), QStringLiteral("chat"),
                     QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(m_gateway.requests().last().headers.value(QStringLiteral("x-api-key")).toUtf8(),
             kOldValue);
}

void TstCliHeaderSecrets::missingHeaderValueIsAConfigurationError()
{
    saveConnection(QStringLiteral("gw"));
    QVERIFY(storeSecret(Entry::token(QStringLiteral("gw")), kToken.toUtf8()));
    QVERIFY(storeSecret(Entry::headerValue(QStringLiteral("gw"), "X-Api-Key"), kApiKey));
    const int before = m_gateway.requests().size();
    const CliResult r
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("gw"), QStringLiteral("chat"),
                     QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("X-Tenant") && r.err.contains("'gw'"), r.err.constData());
    QCOMPARE(m_gateway.requests().size(), before); // nothing went out without it
}

QTEST_GUILESS_MAIN(TstCliHeaderSecrets)
#include "tst_cliheadersecrets.moc"
