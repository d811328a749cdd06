// Secret header values when there is no keychain at all: registered with its session bus
// pointed at nothing, as over ssh or in a bare container.

#include "config/connectionsecrets.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "headersecretstesting.h"
#include "secretstoretesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Config::LoadedConnection;
using Config::ProfileStore;
using Config::SecretStore;
using namespace HeaderSecretsTesting;

class tst_HeaderSecretsNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void olderFileKeepsItsValueAndSaysSo();
    void valueTheUserFiledIsReadFromTheFile();
};

void tst_HeaderSecretsNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
}

void tst_HeaderSecretsNoKeychain::olderFileKeepsItsValueAndSaysSo()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("connections.ini"));
    writeOlderFile(ini, QStringLiteral("https://gw.example.com/v1"));
    const QByteArray before = readAll(ini);
    ProfileStore profiles(ini);
    SecretStore secrets(QStringLiteral("ParlanceHeaderSecretsTest"));
    secrets.setFallbackDirectory(dir.filePath(QStringLiteral("secrets")));

    const auto loaded = awaitAnswer<LoadedConnection>([&](auto done) {
        Config::loadSavedConnection(&profiles, &secrets, QStringLiteral("old"), done);
    });
    QVERIFY(loaded && loaded->ok);
    // Used as before, from the file.
    QCOMPARE(loaded->connection.extraHeaders,
             (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", kOldValue}}));
    // And said so, with where it is and what to do; the value itself is not in the message.
    QCOMPARE(loaded->problems.size(), 1);
    const QString notice = loaded->problems.first();
    QVERIFY2(notice.contains(QStringLiteral("X-Api-Key"))
                 && notice.contains(QStringLiteral("plain text"))
                 && notice.contains(QDir::toNativeSeparators(ini)),
             qPrintable(notice));
    QVERIFY(!notice.contains(QString::fromUtf8(kOldValue)));
    // Never into the 0600 files unasked, and the connections file is as it was.
    QVERIFY(!QFileInfo::exists(secrets.fallbackDirectory()));
    QCOMPARE(readAll(ini), before);
}

void tst_HeaderSecretsNoKeychain::valueTheUserFiledIsReadFromTheFile()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    Core::Connection c;
    c.name = QStringLiteral("filed");
    c.kind = Core::Connection::Kind::OpenAiCompatible;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    c.auth = Core::Connection::Auth::None;
    c.extraHeaders = {{"Cookie", "session=filed-cookie-0123456789"}};
    QVERIFY(profiles.save(c));
    SecretStore secrets(QStringLiteral("ParlanceHeaderSecretsTest"));
    secrets.setFallbackDirectory(dir.filePath(QStringLiteral("secrets")));
    const auto filed = SecretStoreTesting::await([&](auto done) {
        secrets.writeToFile(SecretStore::Entry::headerValue(c.name, "cookie"),
                            QStringLiteral("session=filed-cookie-0123456789"), done);
    });
    QVERIFY(filed && filed->ok);
    QCOMPARE(SecretStoreTesting::modeOf(
                 secrets.fallbackFilePath(SecretStore::Entry::headerValue(c.name, "Cookie"))),
             0600);

    const auto loaded = awaitAnswer<LoadedConnection>(
        [&](auto done) { Config::loadSavedConnection(&profiles, &secrets, c.name, done); });
    QVERIFY(loaded && loaded->ok);
    QCOMPARE(loaded->connection, c);
    QVERIFY(loaded->usedFallback);
}

QTEST_GUILESS_MAIN(tst_HeaderSecretsNoKeychain)
#include "tst_headersecretsnokeychain.moc"
