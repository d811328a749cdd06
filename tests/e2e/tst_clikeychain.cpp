// A saved connection whose token lives in a real Secret Service: parlance-cli reads it from
// the keychain and the token never shows up in the connection file or the output.
#include "clirunner.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

static const QString kToken = QStringLiteral("dapi-keychain-token-fedcba9876543210");

class TstCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenComesFromTheKeychain();
    void missingKeychainEntryIsAConfigurationError();

private:
    void saveConnection(const QString &name);
    Sim::SimulatedGateway m_gateway;
    CliRunner m_cli;
};

void TstCliKeychain::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_gateway.setRequiredToken(kToken);
}

void TstCliKeychain::saveConnection(const QString &name)
{
    const QString dir = m_cli.home() + QStringLiteral("/.config/Parlance/parlance");
    QVERIFY(QDir().mkpath(dir));
    Config::ProfileStore store(dir + QStringLiteral("/connections.ini"));
    Core::Connection connection;
    connection.name = name;
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = m_gateway.url();
    QVERIFY(store.save(connection));
}

void TstCliKeychain::tokenComesFromTheKeychain()
{
    saveConnection(QStringLiteral("workspace"));
    Config::SecretStore secrets;
    bool written = false;
    secrets.writeToken(QStringLiteral("workspace"), kToken,
                       [&](const Config::SecretStore::Result &r) {
                           QVERIFY2(r.ok && !r.usedFallback, qPrintable(r.error));
                           written = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

    const CliResult r = m_cli.run({QStringLiteral("--profile"), QStringLiteral("workspace"),
                                   QStringLiteral("--inspect"), QStringLiteral("chat"),
                                   QStringLiteral("demo-echo"), QStringLiteral("from keychain")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: from keychain"));
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
    QVERIFY(!r.err.contains(kToken.toUtf8()));
    QVERIFY(r.err.contains("Bearer ****3210"));

    QFile file(m_cli.home() + QStringLiteral("/.config/Parlance/parlance/connections.ini"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken.toUtf8()));
}

void TstCliKeychain::missingKeychainEntryIsAConfigurationError()
{
    saveConnection(QStringLiteral("no-token"));
    const CliResult r = m_cli.run(
        {QStringLiteral("--profile"), QStringLiteral("no-token"), QStringLiteral("models")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No token for connection 'no-token'"), r.err.constData());
    QVERIFY(r.err.contains("--token-stdin"));
}

QTEST_GUILESS_MAIN(TstCliKeychain)
#include "tst_clikeychain.moc"
