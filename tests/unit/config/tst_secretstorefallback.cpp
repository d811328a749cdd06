// SecretStore with no keychain at all: the session bus address points at a socket that does not
// exist, exactly what a CLI run over ssh without a desktop session sees.

#include "config/secretstore.h"
#include "secretstoretesting.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Parlance::Config::SecretStore;
using namespace SecretStoreTesting;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class tst_SecretStoreFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultFallbackDirectory();
    void fallbackWhenNoKeychain();
    void looseFilesAndFoldersAreTightened();
    void unwritableFallbackIsAnError();
    void keychainOnlyWriteNeverFallsBack();
    void sessionTokenIsReadNeverWritten();

private:
    QTemporaryDir m_dir;
};

void tst_SecretStoreFallback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Set before the first D-Bus use; the registration sets it too.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/parlance-no-session-bus");
    // umask 0 would make new files world-readable; the store must not rely on the umask.
    ::umask(0);
}

void tst_SecretStoreFallback::defaultFallbackDirectory()
{
    const SecretStore store;
    QCOMPARE(store.fallbackDirectory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/secrets"));
    QCOMPARE(store.service(), QStringLiteral("Parlance"));
}

void tst_SecretStoreFallback::fallbackWhenNoKeychain()
{
    SecretStore store(QStringLiteral("ParlanceFallbackTest"));
    const QString dir = m_dir.filePath(QStringLiteral("app/secrets"));
    store.setFallbackDirectory(dir);
    QVERIFY(!store.usingFallback());
    QCOMPARE(store.fallbackWarning(), QString());

    const QString name = QStringLiteral("prod/eu #1");
    auto written
        = await([&](auto done) { store.writeToken(name, QStringLiteral("dapi-in-a-file"), done); });
    QVERIFY(written);
    QVERIFY2(written->ok, qPrintable(written->error));
    QVERIFY(written->usedFallback);
    QVERIFY(store.usingFallback());
    QVERIFY2(store.fallbackReason().contains(QStringLiteral("connect"), Qt::CaseInsensitive),
             qPrintable(store.fallbackReason()));

    const QString warning = store.fallbackWarning();
    QVERIFY2(warning.contains(QDir::toNativeSeparators(dir)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("0600")), qPrintable(warning));

    const QString path = store.fallbackFilePath(name);
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir).absoluteFilePath());
    QVERIFY(!QFileInfo(path).fileName().contains(QStringLiteral("prod")));
    QCOMPARE(contents(path), QByteArray("dapi-in-a-file"));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(dir), 0700);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(path).fileName()});

    auto read = await([&](auto done) { store.readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-in-a-file"));
    QVERIFY(read->usedFallback);

    written = await([&](auto done) { store.writeToken(name, QStringLiteral("dapi-2"), done); });
    QVERIFY(written && written->ok && written->usedFallback);
    QCOMPARE(contents(path), QByteArray("dapi-2"));
    QCOMPARE(modeOf(path), 0600);

    read = await([&](auto done) { store.readToken(QStringLiteral("other"), done); });
    QVERIFY(read);
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(read->usedFallback);
    QVERIFY(read->error.contains(QStringLiteral("\"other\"")));

    // A second store finds the keychain missing on its own and reads the same file.
    SecretStore second(QStringLiteral("ParlanceFallbackTest"));
    second.setFallbackDirectory(dir);
    read = await([&](auto done) { second.readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-2"));
    QVERIFY(second.usingFallback());

    auto removed = await([&](auto done) { store.removeToken(name, done); });
    QVERIFY(removed && removed->ok && removed->usedFallback);
    QVERIFY(!QFile::exists(path));
    read = await([&](auto done) { store.readToken(name, done); });
    QVERIFY(read && read->notFound);
    removed = await([&](auto done) { store.removeToken(name, done); });
    QVERIFY(removed && removed->ok);
}

void tst_SecretStoreFallback::looseFilesAndFoldersAreTightened()
{
    SecretStore store(QStringLiteral("ParlanceFallbackTest"));
    const QString dir = m_dir.filePath(QStringLiteral("loose"));
    store.setFallbackDirectory(dir);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::Permissions(0x7755)));
    const QString path = store.fallbackFilePath(QStringLiteral("x"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
    QCOMPARE(modeOf(path), 0644);
    QCOMPARE(modeOf(dir), 0755);

    const auto written = await(
        [&](auto done) { store.writeToken(QStringLiteral("x"), QStringLiteral("new"), done); });
    QVERIFY(written && written->ok && written->usedFallback);
    QCOMPARE(contents(path), QByteArray("new"));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(dir), 0700);
}

void tst_SecretStoreFallback::unwritableFallbackIsAnError()
{
    // A regular file where the folder should be stops even root.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    SecretStore store(QStringLiteral("ParlanceFallbackTest"));
    store.setFallbackDirectory(blocker + QStringLiteral("/secrets"));
    const auto written = await(
        [&](auto done) { store.writeToken(QStringLiteral("x"), QStringLiteral("t"), done); });
    QVERIFY(written);
    QVERIFY(!written->ok);
    QVERIFY(written->usedFallback);
    QVERIFY2(written->error.contains(QDir::toNativeSeparators(blocker)),
             qPrintable(written->error));
}

void tst_SecretStoreFallback::keychainOnlyWriteNeverFallsBack()
{
    SecretStore store(QStringLiteral("ParlanceFallbackTest"));
    const QString dir = m_dir.filePath(QStringLiteral("keychain-only"));
    store.setFallbackDirectory(dir);
    bool synchronous = true;
    const auto written = await(
        [&](auto done) {
            store.writeTokenToKeychain(QStringLiteral("x"), QStringLiteral("dapi-nowhere"), done);
        },
        &synchronous);
    QVERIFY(written);
    QVERIFY(!synchronous);
    QVERIFY(!written->ok);
    QVERIFY(written->keychainFailed);
    QVERIFY(!written->usedFallback);
    QVERIFY2(written->error.contains(QStringLiteral("\"x\"")), qPrintable(written->error));
    QVERIFY(!QFileInfo::exists(dir));
    // Even with the store already on its files, it asks the keychain, not the folder.
    QVERIFY(store.usingFallback());
    const auto again = await([&](auto done) {
        store.writeTokenToKeychain(QStringLiteral("x"), QStringLiteral("dapi-nowhere"), done);
    });
    QVERIFY(again && !again->ok && again->keychainFailed);
    QVERIFY(!QFileInfo::exists(dir));
}

void tst_SecretStoreFallback::sessionTokenIsReadNeverWritten()
{
    SecretStore store(QStringLiteral("ParlanceFallbackTest"));
    const QString dir = m_dir.filePath(QStringLiteral("session"));
    store.setFallbackDirectory(dir);
    const QString name = QStringLiteral("memory");
    store.keepTokenForSession(name, QStringLiteral("dapi-in-memory"));
    QCOMPARE(store.sessionOnlyConnections(), QStringList{name});
    bool synchronous = true;
    auto read = await([&](auto done) { store.readToken(name, done); }, &synchronous);
    QVERIFY(read && read->ok);
    QVERIFY(!synchronous);
    QCOMPARE(read->token, QStringLiteral("dapi-in-memory"));
    QVERIFY(read->sessionOnly);
    QVERIFY(!QFileInfo::exists(dir));
    // Another store (the next run) knows nothing of it.
    SecretStore other(QStringLiteral("ParlanceFallbackTest"));
    other.setFallbackDirectory(dir);
    read = await([&](auto done) { other.readToken(name, done); });
    QVERIFY(read && read->notFound);

    // Stored in the file after all, as the user chose: 0600, and memory lets go.
    const auto filed = await(
        [&](auto done) { store.writeTokenToFile(name, QStringLiteral("dapi-in-a-file"), done); });
    QVERIFY(filed && filed->ok && filed->usedFallback);
    QCOMPARE(contents(store.fallbackFilePath(name)), QByteArray("dapi-in-a-file"));
    QCOMPARE(modeOf(store.fallbackFilePath(name)), 0600);
    QVERIFY(store.sessionOnlyConnections().isEmpty());

    // Removing drops a session token too.
    store.keepTokenForSession(name, QStringLiteral("dapi-again"));
    const auto removed = await([&](auto done) { store.removeToken(name, done); });
    QVERIFY(removed && removed->ok);
    QVERIFY(store.sessionOnlyConnections().isEmpty());
    read = await([&](auto done) { store.readToken(name, done); });
    QVERIFY(read && read->notFound);
}

QTEST_GUILESS_MAIN(tst_SecretStoreFallback)
#include "tst_secretstorefallback.moc"
