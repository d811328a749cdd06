// Runs against a real Secret Service: registered with KEYRING, it starts inside
// tests/with-keyring.sh, which gives it a private session bus and an unlocked gnome-keyring.
// Without them the test fails on purpose; a skipped keychain test proves nothing.

#include "config/secretstore.h"
#include "secretstoretesting.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Parlance::Config::SecretStore;
using namespace SecretStoreTesting;

namespace {

const QString kService = QStringLiteral("ParlanceTest");

// What the Secret Service itself holds, asked through libsecret's own tool rather than the
// code under test.
std::optional<QString> lookupWithSecretTool(const QString &connectionName)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), kService,
                QStringLiteral("user"), QStringLiteral("connection/") + connectionName});
    if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writeReadOverwriteRemove();
    void readMissingIsNotFoundNotFallback();
    void removeMissingSucceeds();
    void namesAndServicesAreSeparate();
    void leftoverFallbackFileIsReadThenMigrated();
    void invalidArguments_data();
    void invalidArguments();
    void destroyedStoreDoesNotAnswer();

private:
    std::unique_ptr<SecretStore> makeStore(const QString &service = kService) const;
    QStringList fallbackFiles() const;

    std::unique_ptr<QTemporaryDir> m_fallback;
};

void tst_SecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (Debian: libsecret-tools)");

    // The keychain must work here; a silent fallback to files would pass every other check.
    auto store = makeStore();
    const auto probe = await([&](auto done) {
        store->writeToken(QStringLiteral("probe"), QStringLiteral("probe-token"), done);
    });
    QVERIFY2(probe, "the keychain never answered");
    QVERIFY2(probe->ok && !probe->usedFallback && !store->usingFallback(),
             qPrintable(QStringLiteral("the Secret Service is unusable: ") + probe->error
                        + store->fallbackReason()));
}

void tst_SecretStore::init()
{
    m_fallback = std::make_unique<QTemporaryDir>();
    QVERIFY(m_fallback->isValid());
}

void tst_SecretStore::cleanup()
{
    // Nothing may ever reach the fallback folder while the keychain works, except what a test
    // put there itself and consumed.
    QCOMPARE(fallbackFiles(), QStringList());
}

std::unique_ptr<SecretStore> tst_SecretStore::makeStore(const QString &service) const
{
    auto store = std::make_unique<SecretStore>(service);
    if (m_fallback)
        store->setFallbackDirectory(m_fallback->filePath(QStringLiteral("secrets")));
    return store;
}

QStringList tst_SecretStore::fallbackFiles() const
{
    return QDir(m_fallback->filePath(QStringLiteral("secrets"))).entryList(QDir::Files);
}

void tst_SecretStore::writeReadOverwriteRemove()
{
    auto store = makeStore();
    const QString name = QStringLiteral("prod");

    bool synchronous = true;
    auto written
        = await([&](auto done) { store->writeToken(name, QStringLiteral("dapi-first"), done); },
                &synchronous);
    QVERIFY(written);
    QVERIFY(!synchronous);
    QVERIFY2(written->ok, qPrintable(written->error));
    QVERIFY(!written->usedFallback);
    QCOMPARE(lookupWithSecretTool(name), QStringLiteral("dapi-first"));

    auto read = await([&](auto done) { store->readToken(name, done); }, &synchronous);
    QVERIFY(read);
    QVERIFY(!synchronous);
    QVERIFY2(read->ok, qPrintable(read->error));
    QCOMPARE(read->token, QStringLiteral("dapi-first"));
    QVERIFY(!read->usedFallback);
    QVERIFY(!read->notFound);

    // Another store (another process, in real life) sees the same entry.
    auto other = makeStore();
    read = await([&](auto done) { other->readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-first"));

    written
        = await([&](auto done) { store->writeToken(name, QStringLiteral("dapi-second"), done); });
    QVERIFY(written && written->ok);
    QCOMPARE(lookupWithSecretTool(name), QStringLiteral("dapi-second"));
    read = await([&](auto done) { store->readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-second"));

    auto removed = await([&](auto done) { store->removeToken(name, done); }, &synchronous);
    QVERIFY(removed);
    QVERIFY(!synchronous);
    QVERIFY2(removed->ok, qPrintable(removed->error));
    QVERIFY(!removed->usedFallback);
    QCOMPARE(lookupWithSecretTool(name), std::nullopt);

    read = await([&](auto done) { store->readToken(name, done); });
    QVERIFY(read);
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(!read->usedFallback);

    QVERIFY(!store->usingFallback());
    QCOMPARE(store->fallbackWarning(), QString());
}

void tst_SecretStore::readMissingIsNotFoundNotFallback()
{
    auto store = makeStore();
    const auto read = await([&](auto done) { store->readToken(QStringLiteral("never"), done); });
    QVERIFY(read);
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(!read->usedFallback);
    QCOMPARE(read->token, QString());
    QVERIFY2(read->error.contains(QStringLiteral("No token is stored"))
                 && read->error.contains(QStringLiteral("\"never\"")),
             qPrintable(read->error));
    QVERIFY(!store->usingFallback());
}

void tst_SecretStore::removeMissingSucceeds()
{
    auto store = makeStore();
    const auto removed
        = await([&](auto done) { store->removeToken(QStringLiteral("never-either"), done); });
    QVERIFY(removed);
    QVERIFY2(removed->ok, qPrintable(removed->error));
    QVERIFY(!removed->usedFallback);
}

void tst_SecretStore::namesAndServicesAreSeparate()
{
    auto store = makeStore();
    const QStringList names = {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("A"),
                               QString::fromUtf8("\xc3\xbc n\xc3\xaf c\xc3\xb6")};
    for (const QString &name : names) {
        const auto written = await(
            [&](auto done) { store->writeToken(name, QStringLiteral("token for ") + name, done); });
        QVERIFY(written && written->ok);
    }
    for (const QString &name : names) {
        const auto read = await([&](auto done) { store->readToken(name, done); });
        QVERIFY(read && read->ok);
        QCOMPARE(read->token, QStringLiteral("token for ") + name);
    }

    auto elsewhere = makeStore(kService + QStringLiteral("-other"));
    const auto read = await([&](auto done) { elsewhere->readToken(QStringLiteral("a"), done); });
    QVERIFY(read);
    QVERIFY(read->notFound);

    for (const QString &name : names)
        QVERIFY(await([&](auto done) { store->removeToken(name, done); })->ok);
}

void tst_SecretStore::leftoverFallbackFileIsReadThenMigrated()
{
    // A token saved while no keychain was around (a CLI run over ssh) sits in a file; it is
    // found, and the next save moves it into the keychain.
    auto store = makeStore();
    const QString name = QStringLiteral("legacy");
    const QString path = store->fallbackFilePath(name);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    file.write("dapi-legacy\n");
    file.close();

    auto read = await([&](auto done) { store->readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-legacy"));
    QVERIFY(read->usedFallback);
    QVERIFY(!store->usingFallback()); // the keychain itself still works

    const auto written
        = await([&](auto done) { store->writeToken(name, QStringLiteral("dapi-moved"), done); });
    QVERIFY(written && written->ok);
    QVERIFY(!written->usedFallback);
    QVERIFY(!QFile::exists(path));
    read = await([&](auto done) { store->readToken(name, done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-moved"));
    QVERIFY(!read->usedFallback);
    QVERIFY(await([&](auto done) { store->removeToken(name, done); })->ok);
}

void tst_SecretStore::invalidArguments_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("token");
    QTest::newRow("no name") << ""
                             << "t";
    QTest::newRow("empty token") << "x"
                                 << "";
}

void tst_SecretStore::invalidArguments()
{
    QFETCH(QString, name);
    QFETCH(QString, token);
    auto store = makeStore();
    bool synchronous = true;
    const auto written
        = await([&](auto done) { store->writeToken(name, token, done); }, &synchronous);
    QVERIFY(written);
    QVERIFY(!synchronous);
    QVERIFY(!written->ok);
    QVERIFY(!written->error.isEmpty());
    QVERIFY(!written->notFound);
}

void tst_SecretStore::destroyedStoreDoesNotAnswer()
{
    auto store = makeStore();
    bool answered = false;
    store->readToken(QStringLiteral("prod"), [&answered](const auto &) { answered = true; });
    store.reset();
    // QtKeychain runs its jobs one at a time, in the order they were started: once a read
    // started now has answered, the orphaned job has finished too. It must not have called
    // back, and the keychain is still usable.
    auto fresh = makeStore();
    const auto read = await([&](auto done) { fresh->readToken(QStringLiteral("probe"), done); });
    QVERIFY(read && read->ok);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
