// The keychain lives in a module loaded on first use. Run with PARLANCE_PLUGIN_DIR pointing at
// a folder without it (the registration does that), the store must fall back to its private
// files, say why, and keep working; and loading is what brings QtKeychain into the process.

#include "config/keychainbackend.h"
#include "config/secretstore.h"
#include "secretstoretesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using Parlance::Config::SecretStore;
using namespace SecretStoreTesting;

namespace {

// Whether a library whose file name contains `name` is mapped into this process.
bool isMapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains(name);
}

} // namespace

class tst_KeychainModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingModuleFallsBackAndSaysWhy();
    void moduleLoadsOnFirstUse();

private:
    QTemporaryDir m_dir;
};

void tst_KeychainModule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_KeychainModule::missingModuleFallsBackAndSaysWhy()
{
    const QString emptyDir = m_dir.filePath(QStringLiteral("no-modules-here"));
    QVERIFY(QDir().mkpath(emptyDir));
    qputenv("PARLANCE_PLUGIN_DIR", emptyDir.toUtf8());

    SecretStore store(QStringLiteral("ParlanceModuleTest"));
    store.setFallbackDirectory(m_dir.filePath(QStringLiteral("secrets")));
    const auto written = await([&](auto done) {
        store.writeToken(QStringLiteral("prod"), QStringLiteral("dapi-kept-in-a-file"), done);
    });
    QVERIFY(written);
    QVERIFY2(written->ok, qPrintable(written->error));
    QVERIFY(written->usedFallback);
    QVERIFY(store.usingFallback());
    // The reason names the module and where it was looked for.
    QVERIFY2(store.fallbackReason().contains(QStringLiteral("parlance-keychain.so")),
             qPrintable(store.fallbackReason()));
    QVERIFY2(store.fallbackReason().contains(QDir::toNativeSeparators(emptyDir)),
             qPrintable(store.fallbackReason()));
    QVERIFY(!store.fallbackWarning().isEmpty());

    const auto read = await([&](auto done) { store.readToken(QStringLiteral("prod"), done); });
    QVERIFY(read && read->ok);
    QCOMPARE(read->token, QStringLiteral("dapi-kept-in-a-file"));
    QVERIFY(!isMapped("libqt6keychain"));
    qunsetenv("PARLANCE_PLUGIN_DIR");
}

void tst_KeychainModule::moduleLoadsOnFirstUse()
{
    // Nothing this test executable links brings QtKeychain in: only the module does. (The
    // module search ran once above, so this asks the loader in a fresh process.)
    QVERIFY(!isMapped("libqt6keychain"));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--load-module")});
    child.start();
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.readAllStandardError(), QByteArray());
    QCOMPARE(child.readAllStandardOutput(), QByteArray("before=0 loaded=1 after=1\n"));
}

// `--load-module`: report whether QtKeychain is mapped before and after the module loads.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--load-module") == 0) {
        const bool before = isMapped("libqt6keychain");
        QString error;
        const bool loaded = Parlance::Config::keychainBackend(&error) != nullptr;
        const bool after = isMapped("libqt6keychain");
        std::printf("before=%d loaded=%d after=%d\n", before, loaded, after);
        if (!loaded)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return 0;
    }
    tst_KeychainModule test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainmodule.moc"
