// Secret header values of saved connections in a real Secret Service: registered with KEYRING,
// it runs inside tests/with-keyring.sh (a private session bus, an unlocked gnome-keyring).
// Without them it fails on purpose: a skipped keychain test proves nothing.

#include "config/connectionresolver.h"
#include "config/connectionsecrets.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "headersecretstesting.h"
#include "secretstoretesting.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Config::LoadedConnection;
using Config::ProfileStore;
using Config::ResolvedConnection;
using Config::SecretStore;
using Entry = Config::SecretStore::Entry;
using namespace HeaderSecretsTesting;

namespace {

const QString kService = QStringLiteral("ParlanceHeaderSecretsTest");
const QByteArray kApiKey = "sk-api-key-value-0123456789";
const QByteArray kTenant = "tenant-secret-9876543210";
const QString kToken = QStringLiteral("dapi-token-for-headers-0123");

// What the Secret Service itself holds under a key, asked through libsecret's own tool.
std::optional<QString> lookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               kService, QStringLiteral("user"), key});
    if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

Core::Connection withSecretHeaders(const QString &name)
{
    Core::Connection c;
    c.name = name;
    c.kind = Core::Connection::Kind::OpenAiCompatible;
    c.baseUrl = QUrl(QStringLiteral("https://gw.example.com/v1"));
    c.extraHeaders = {{"X-Team", "blue"}, {"X-Api-Key", kApiKey}, {"X-Tenant", kTenant}};
    c.secretHeaders = {"X-Tenant"}; // ticked in the form; X-Api-Key is secret by its name
    return c;
}

} // namespace

class tst_HeaderSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerEntriesHaveKeysOfTheirOwn();
    void savedConnectionRoundTripsThroughTheKeychain();
    void missingValueIsLeftOutAndSaidSo();
    void olderFileMovesToTheKeychainOnLoad();
    void resolverReadsHeaderSecretsOfASavedConnection();
    void resolverRefusesAMissingHeaderValue();

private:
    bool store(const Entry &entry, const QByteArray &value);
    std::optional<SecretStore::Result> read(const Entry &entry);
    QString iniPath() const { return m_dir->filePath(QStringLiteral("connections.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
};

void tst_HeaderSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (Debian: libsecret-tools)");
}

void tst_HeaderSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<SecretStore>(kService);
    m_secrets->setFallbackDirectory(m_dir->filePath(QStringLiteral("secrets")));
}

void tst_HeaderSecrets::cleanup()
{
    for (const QString &name : {QStringLiteral("prod"), QStringLiteral("old")}) {
        for (const Entry &entry : {Entry::token(name), Entry::headerValue(name, "X-Api-Key"),
                                   Entry::headerValue(name, "X-Tenant")}) {
            SecretStoreTesting::await([&](auto done) { m_secrets->remove(entry, done); });
        }
    }
    // The keychain worked throughout: nothing may have gone to the files.
    QVERIFY(!m_secrets->usingFallback());
    QVERIFY(!QFileInfo::exists(m_secrets->fallbackDirectory()));
    m_secrets.reset();
}

bool tst_HeaderSecrets::store(const Entry &entry, const QByteArray &value)
{
    const auto written = SecretStoreTesting::await(
        [&](auto done) { m_secrets->writeToKeychain(entry, QString::fromUtf8(value), done); });
    return written && written->ok;
}

std::optional<SecretStore::Result> tst_HeaderSecrets::read(const Entry &entry)
{
    return SecretStoreTesting::await([&](auto done) { m_secrets->read(entry, done); });
}

void tst_HeaderSecrets::headerEntriesHaveKeysOfTheirOwn()
{
    // The token keeps its key; a header's is another, case-insensitive in the header's name.
    QVERIFY(store(Entry::token(QStringLiteral("prod")), kToken.toUtf8()));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), kApiKey));
    QCOMPARE(lookup(QStringLiteral("connection/prod")), kToken);
    QCOMPARE(lookup(QStringLiteral("header/x-api-key/prod")), QString::fromUtf8(kApiKey));

    auto answer = read(Entry::headerValue(QStringLiteral("prod"), "x-API-key"));
    QVERIFY(answer && answer->ok);
    QCOMPARE(answer->token.toUtf8(), kApiKey);
    answer = read(Entry::token(QStringLiteral("prod")));
    QVERIFY(answer && answer->ok);
    QCOMPARE(answer->token, kToken);

    // A connection whose name looks like a header key does not see it.
    answer = read(Entry::token(QStringLiteral("x-api-key/prod")));
    QVERIFY(answer && answer->notFound);
    answer = read(Entry::headerValue(QStringLiteral("prod"), "X-Tenant"));
    QVERIFY(answer && answer->notFound);
    QVERIFY2(answer->error.contains(QStringLiteral("X-Tenant")), qPrintable(answer->error));

    const auto removed = SecretStoreTesting::await([&](auto done) {
        m_secrets->remove(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), done);
    });
    QVERIFY(removed && removed->ok);
    QCOMPARE(lookup(QStringLiteral("header/x-api-key/prod")), std::nullopt);
    QCOMPARE(lookup(QStringLiteral("connection/prod")), kToken); // the token stays
}

void tst_HeaderSecrets::savedConnectionRoundTripsThroughTheKeychain()
{
    ProfileStore profiles(iniPath());
    const Core::Connection saved = withSecretHeaders(QStringLiteral("prod"));
    QVERIFY(profiles.save(saved));
    QVERIFY(store(Entry::token(QStringLiteral("prod")), kToken.toUtf8()));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), kApiKey));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Tenant"), kTenant));

    const QByteArray file = readAll(iniPath());
    QVERIFY(!file.contains(kApiKey));
    QVERIFY(!file.contains(kTenant));
    QVERIFY(file.contains("X-Tenant"));

    const auto loaded = awaitAnswer<LoadedConnection>([&](auto done) {
        Config::loadSavedConnection(&profiles, m_secrets.get(), QStringLiteral("prod"), done);
    });
    QVERIFY(loaded && loaded->ok);
    QVERIFY2(loaded->problems.isEmpty(), qPrintable(loaded->problems.join(QLatin1Char('\n'))));
    QCOMPARE(loaded->token, kToken);
    QCOMPARE(loaded->connection, saved);
    QCOMPARE(readAll(iniPath()), file); // reading writes nothing
}

void tst_HeaderSecrets::missingValueIsLeftOutAndSaidSo()
{
    ProfileStore profiles(iniPath());
    QVERIFY(profiles.save(withSecretHeaders(QStringLiteral("prod"))));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), kApiKey));

    const auto loaded = awaitAnswer<LoadedConnection>([&](auto done) {
        Config::loadSavedConnection(&profiles, m_secrets.get(), QStringLiteral("prod"), done);
    });
    QVERIFY(loaded && loaded->ok);
    // Not sent empty: the gateway's refusal then says what is missing.
    QCOMPARE(loaded->connection.extraHeaders,
             (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", kApiKey}}));
    QCOMPARE(loaded->problems.size(), 1);
    QVERIFY2(loaded->problems.first().contains(QStringLiteral("X-Tenant")),
             qPrintable(loaded->problems.first()));
    QCOMPARE(loaded->token, QString()); // none stored: not a problem, as before
}

void tst_HeaderSecrets::olderFileMovesToTheKeychainOnLoad()
{
    writeOlderFile(iniPath(), QStringLiteral("https://gw.example.com/v1"));
    ProfileStore profiles(iniPath());
    QVERIFY(readAll(iniPath()).contains(kOldValue));

    const auto loaded = awaitAnswer<LoadedConnection>([&](auto done) {
        Config::loadSavedConnection(&profiles, m_secrets.get(), QStringLiteral("old"), done);
    });
    QVERIFY(loaded && loaded->ok);
    QVERIFY2(loaded->problems.isEmpty(), qPrintable(loaded->problems.join(QLatin1Char('\n'))));
    QCOMPARE(loaded->connection.extraHeaders,
             (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", kOldValue}}));

    QCOMPARE(lookup(QStringLiteral("header/x-api-key/old")), QString::fromUtf8(kOldValue));
    const QByteArray file = readAll(iniPath());
    QVERIFY2(!file.contains(kOldValue), file.constData());
    QVERIFY(file.contains("value=blue"));
    QVERIFY(file.contains("secret=true"));

    // The next run reads it from the keychain.
    const auto again = awaitAnswer<LoadedConnection>([&](auto done) {
        Config::loadSavedConnection(&profiles, m_secrets.get(), QStringLiteral("old"), done);
    });
    QVERIFY(again && again->ok);
    QCOMPARE(again->connection.extraHeaders, loaded->connection.extraHeaders);
}

void tst_HeaderSecrets::resolverReadsHeaderSecretsOfASavedConnection()
{
    ProfileStore profiles(iniPath());
    Core::Connection saved = withSecretHeaders(QStringLiteral("prod"));
    saved.auth = Core::Connection::Auth::None; // the headers are read all the same
    QVERIFY(profiles.save(saved));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), kApiKey));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Tenant"), kTenant));

    Config::ConnectionOptions options;
    options.profile = QStringLiteral("prod");
    options.headers = {{"X-Api-Key", ""}}; // from the command line: not the keychain's
    const ResolvedConnection resolved = Config::resolveConnection(options, {}, profiles);
    QVERIFY2(resolved.ok, qPrintable(resolved.error));
    QCOMPARE(resolved.keychainHeaders, (QList<QByteArray>{"X-Api-Key", "X-Tenant"}));
    QVERIFY(resolved.needsKeychain());

    const auto complete = awaitAnswer<ResolvedConnection>(
        [&](auto done) { Config::readKeychainSecrets(resolved, profiles, m_secrets.get(), done); });
    QVERIFY(complete);
    QVERIFY2(complete->ok, qPrintable(complete->error));
    QCOMPARE(
        complete->connection.extraHeaders,
        (Core::HttpHeaders{
            {"X-Team", "blue"}, {"X-Api-Key", kApiKey}, {"X-Tenant", kTenant}, {"X-Api-Key", ""}}));
    QVERIFY(complete->token.isEmpty());
}

void tst_HeaderSecrets::resolverRefusesAMissingHeaderValue()
{
    ProfileStore profiles(iniPath());
    QVERIFY(profiles.save(withSecretHeaders(QStringLiteral("prod"))));
    QVERIFY(store(Entry::token(QStringLiteral("prod")), kToken.toUtf8()));
    QVERIFY(store(Entry::headerValue(QStringLiteral("prod"), "X-Api-Key"), kApiKey));

    Config::ConnectionOptions options;
    options.profile = QStringLiteral("prod");
    const ResolvedConnection resolved = Config::resolveConnection(options, {}, profiles);
    QVERIFY(resolved.ok);
    const auto complete = awaitAnswer<ResolvedConnection>(
        [&](auto done) { Config::readKeychainSecrets(resolved, profiles, m_secrets.get(), done); });
    QVERIFY(complete);
    QVERIFY(!complete->ok);
    QVERIFY2(complete->error.contains(QStringLiteral("X-Tenant"))
                 && complete->error.contains(QStringLiteral("'prod'")),
             qPrintable(complete->error));
}

QTEST_GUILESS_MAIN(tst_HeaderSecrets)
#include "tst_headersecrets.moc"
