#include "config/profilestore.h"
#include "headersecretstesting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using HeaderSecretsTesting::kOldValue;
using HeaderSecretsTesting::writeOlderFile;
using Parlance::Config::ProfileStore;
using Parlance::Core::Connection;

Q_DECLARE_METATYPE(Parlance::Core::Connection)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Connection databricks(const QString &name)
{
    Connection c;
    c.name = name;
    c.kind = Connection::Kind::Databricks;
    c.host = QUrl(QStringLiteral("https://adb-1.2.azuredatabricks.net"));
    return c;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultFilePathIsInTestConfig();
    void emptyWithoutFile();
    void roundTrip_data();
    void roundTrip();
    void fileWithoutNetworkKeysLoadsDefaults();
    void sortedByName();
    void saveReplacesByName();
    void invalidNamesRefused_data();
    void invalidNamesRefused();
    void tokenNeverLandsInFile_data();
    void tokenNeverLandsInFile();
    void secretHeaderValuesStayOutOfTheFile_data();
    void secretHeaderValuesStayOutOfTheFile();
    void plaintextFromAnOlderFileStaysUntilDropped();
    void failedWriteKeepsOldFile_data();
    void failedWriteKeepsOldFile();
    void staleTempFileIsReplaced();
    void remove();
    void rename();
    void sameSizeRewritesReadBack();
    void rewriteIsNewerThanReplacedFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("conf/connections.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::defaultFilePathIsInTestConfig()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                             + QStringLiteral("/connections.ini");
    QCOMPARE(ProfileStore::defaultFilePath(), expected);
    QVERIFY(expected.contains(QStringLiteral("qttest")));
    QCOMPARE(ProfileStore().filePath(), expected);
}

void tst_ProfileStore::emptyWithoutFile()
{
    ProfileStore store(path());
    QVERIFY(store.connections().isEmpty());
    QVERIFY(!store.connection(QStringLiteral("x")));
    QCOMPARE(store.lastError(), QString());
    QVERIFY(!QFile::exists(path())); // reading creates nothing
}

void tst_ProfileStore::roundTrip_data()
{
    QTest::addColumn<Connection>("connection");

    QTest::newRow("databricks defaults") << databricks(QStringLiteral("prod"));

    Connection full = databricks(QStringLiteral("team/prod #1; \"quoted\" = [x]"));
    full.gatewayPath = QStringLiteral("/serving-endpoints");
    full.baseUrl = QUrl(QStringLiteral("https://ignored.example.com/v1"));
    full.auth = Connection::Auth::Basic;
    full.extraHeaders = {{"X-Team", "ml platform"},
                         {"X-Odd", "a=b; c, \"d\" \\ e % @Variant(x)"},
                         {"X-Bytes", QByteArray("caf\xc3\xa9 \xff\x01", 8)},
                         {"X-Team", "second value, same name"}};
    full.timeoutSeconds = 7;
    full.connectTimeoutSeconds = 3;
    full.retries = 0;
    full.proxy = Connection::Proxy::Manual;
    full.proxyHost = QStringLiteral("proxy.corp.example");
    full.proxyPort = 3128;
    full.caFile = QString::fromUtf8("/etc/ssl/corp \xc3\xbc/ca bundle;#1.pem");
    full.maxTimeSeconds = 90;
    full.maxResponseBytes = qint64(3) << 30;
    QTest::newRow("every field") << full;

    Connection direct = databricks(QStringLiteral("direct"));
    direct.proxy = Connection::Proxy::None;
    direct.caFile = QStringLiteral("C:/certs/ca.pem");
    QTest::newRow("no proxy, CA file") << direct;

    for (auto method : {Connection::SignIn::DatabricksCli, Connection::SignIn::OAuthM2M,
                        Connection::SignIn::ExternalBrowser}) {
        Connection signedIn
            = databricks(QStringLiteral("sign-in ") + Parlance::Core::signInName(method));
        signedIn.signIn = method;
        signedIn.signInProfile = QStringLiteral("team [dev] #1");
        QTest::newRow(qPrintable(QStringLiteral("sign-in ") + Parlance::Core::signInName(method)))
            << signedIn;
    }
    Connection browserNoProfile = databricks(QStringLiteral("browser"));
    browserNoProfile.signIn = Connection::SignIn::ExternalBrowser;
    QTest::newRow("browser sign-in, no profile") << browserNoProfile;

    Connection local;
    local.name = QString::fromUtf8("lokal \xc3\xbc\xc3\xb1\xc3\xaf\xe2\x9c\x93");
    local.kind = Connection::Kind::OpenAiCompatible;
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1?x=a%20b"));
    local.auth = Connection::Auth::None;
    local.gatewayPath.clear();
    local.timeoutSeconds = 600;
    local.retries = 9;
    QTest::newRow("openai-compatible") << local;
}

void tst_ProfileStore::roundTrip()
{
    QFETCH(Connection, connection);

    ProfileStore writer(path());
    QVERIFY2(writer.save(databricks(QStringLiteral("neighbour"))), qPrintable(writer.lastError()));
    QVERIFY2(writer.save(connection), qPrintable(writer.lastError()));
    QCOMPARE(writer.lastError(), QString());

    ProfileStore reader(path());
    const auto back = reader.connection(connection.name);
    QVERIFY(back);
    QCOMPARE(back->name, connection.name);
    QCOMPARE(back->kind, connection.kind);
    QCOMPARE(back->host, connection.host);
    QCOMPARE(back->gatewayPath, connection.gatewayPath);
    QCOMPARE(back->baseUrl, connection.baseUrl);
    QCOMPARE(back->auth, connection.auth);
    QCOMPARE(back->signIn, connection.signIn);
    QCOMPARE(back->signInProfile, connection.signInProfile);
    QCOMPARE(back->extraHeaders, connection.extraHeaders);
    QCOMPARE(back->timeoutSeconds, connection.timeoutSeconds);
    QCOMPARE(back->connectTimeoutSeconds, connection.connectTimeoutSeconds);
    QCOMPARE(back->retries, connection.retries);
    QCOMPARE(back->proxy, connection.proxy);
    QCOMPARE(back->proxyHost, connection.proxyHost);
    QCOMPARE(back->proxyPort, connection.proxyPort);
    QCOMPARE(back->caFile, connection.caFile);
    QCOMPARE(back->maxTimeSeconds, connection.maxTimeSeconds);
    QCOMPARE(back->maxResponseBytes, connection.maxResponseBytes);
    QVERIFY(*back == connection);
    QCOMPARE(reader.connections().size(), 2);
    QVERIFY(!QFile::exists(path() + QStringLiteral("_new")));
}

void tst_ProfileStore::fileWithoutNetworkKeysLoadsDefaults()
{
    // A file written before connections had proxy and CA settings.
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\nversion=1\n\n[connections]\n1\\name=old\n1\\kind=databricks\n"
               "1\\host=https://adb-1.2.azuredatabricks.net\n1\\auth=bearer\n"
               "1\\retries=3\nsize=1\n");
    file.close();

    ProfileStore store(path());
    const auto old = store.connection(QStringLiteral("old"));
    QVERIFY2(old, qPrintable(store.lastError()));
    QCOMPARE(old->retries, 3);
    QCOMPARE(old->proxy, Connection::Proxy::System);
    QCOMPARE(old->proxyHost, QString());
    QCOMPARE(old->proxyPort, quint16(0));
    QCOMPARE(old->caFile, QString());
    QCOMPARE(old->maxTimeSeconds, 0);
    QCOMPARE(old->maxResponseBytes, Connection::defaultMaxResponseBytes());
    QCOMPARE(old->signIn, Connection::SignIn::Token);
    QCOMPARE(old->signInProfile, QString());

    // Saving it again writes the new keys, and it still reads back the same.
    QVERIFY2(store.save(*old), qPrintable(store.lastError()));
    QVERIFY(readAll(path()).contains("proxy=system"));
    QCOMPARE(*ProfileStore(path()).connection(QStringLiteral("old")), *old);
}

void tst_ProfileStore::sortedByName()
{
    ProfileStore store(path());
    for (const char *name : {"bravo", "Alpha", "charlie", "alpha"})
        QVERIFY(store.save(databricks(QString::fromLatin1(name))));
    QCOMPARE(store.names(), QStringList({QStringLiteral("Alpha"), QStringLiteral("alpha"),
                                         QStringLiteral("bravo"), QStringLiteral("charlie")}));
    const QList<Connection> all = store.connections();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().name, QStringLiteral("Alpha"));
}

void tst_ProfileStore::saveReplacesByName()
{
    ProfileStore store(path());
    Connection c = databricks(QStringLiteral("prod"));
    QVERIFY(store.save(c));
    c.retries = 7;
    c.host = QUrl(QStringLiteral("https://other.cloud.databricks.com"));
    QVERIFY(store.save(c));
    const QList<Connection> all = store.connections();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first(), c);
}

void tst_ProfileStore::invalidNamesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("line break") << "a\nb";
}

void tst_ProfileStore::invalidNamesRefused()
{
    QFETCH(QString, name);
    ProfileStore store(path());
    QVERIFY(!store.save(databricks(name)));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!QFile::exists(path()));
}

void tst_ProfileStore::tokenNeverLandsInFile_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("errorMentions");

    const QString token = QStringLiteral("dapi-fake-0123456789abcdef0123456789");
    Connection bearer = databricks(QStringLiteral("leaky"));
    bearer.extraHeaders = {{"X-Team", "a"}, {"authorization", "Bearer " + token.toLatin1()}};
    QTest::newRow("Authorization header") << bearer << "authorization";

    // The keychain holds one value per header of a connection.
    Connection twice = databricks(QStringLiteral("leaky"));
    twice.extraHeaders = {{"Cookie", "a=" + token.toLatin1()}, {"cookie", "b=1"}};
    QTest::newRow("a secret header twice") << twice << "cookie";

    Connection proxyUser = databricks(QStringLiteral("leaky"));
    proxyUser.proxy = Connection::Proxy::Manual;
    proxyUser.proxyHost = QStringLiteral("user:") + token + QStringLiteral("@proxy.corp");
    proxyUser.proxyPort = 3128;
    QTest::newRow("credentials in the proxy host") << proxyUser << "proxy host";

    Connection password = databricks(QStringLiteral("leaky"));
    password.kind = Connection::Kind::OpenAiCompatible;
    password.baseUrl
        = QUrl(QStringLiteral("https://token:") + token + QStringLiteral("@gw.example.com/v1"));
    QTest::newRow("password in the URL") << password << "gw.example.com";
}

void tst_ProfileStore::tokenNeverLandsInFile()
{
    QFETCH(Connection, connection);
    QFETCH(QString, errorMentions);
    const QByteArray token = "dapi-fake-0123456789abcdef0123456789";

    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("clean"))));
    const QByteArray before = readAll(path());
    QVERIFY(!before.isEmpty());

    QVERIFY(!store.save(connection));
    QVERIFY2(store.lastError().contains(errorMentions), qPrintable(store.lastError()));
    QVERIFY(!store.lastError().contains(QString::fromLatin1(token)));

    const QByteArray after = readAll(path());
    QCOMPARE(after, before);
    QVERIFY(!after.contains(token));
    QVERIFY(!after.contains(token.toPercentEncoding()));
    QVERIFY(!store.connection(QStringLiteral("leaky")));
}

void tst_ProfileStore::secretHeaderValuesStayOutOfTheFile_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("marked"); // ticked Secret in the form, rather than secret by name
    QTest::newRow("X-Api-Key") << QByteArray("X-Api-Key") << false;
    QTest::newRow("api-key") << QByteArray("api-key") << false;
    QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << false;
    QTest::newRow("Cookie") << QByteArray("Cookie") << false;
    QTest::newRow("X-Databricks-Token") << QByteArray("X-Databricks-Token") << false;
    QTest::newRow("marked by the user") << QByteArray("X-Tenant") << true;
}

void tst_ProfileStore::secretHeaderValuesStayOutOfTheFile()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, marked);
    const QByteArray value = "sk-header-value/0123456789+abcdef";

    Connection c = databricks(QStringLiteral("with secret"));
    c.extraHeaders = {{"X-Team", "blue"}, {header, value}};
    if (marked)
        c.secretHeaders = {header.toLower()};
    ProfileStore store(path());
    QVERIFY2(store.save(c), qPrintable(store.lastError()));

    const QByteArray file = readAll(path());
    QVERIFY2(!file.contains(value), file.constData());
    QVERIFY(!file.contains(value.toPercentEncoding()));
    QVERIFY(!file.contains(QByteArray("sk-header-value")));
    // The name stays, with the mark that says where the value is.
    QVERIFY2(file.contains(QByteArray("\\name=" + header)), file.constData());
    QVERIFY2(file.contains("\\secret=true"), file.constData());
    QVERIFY(file.contains("value=blue"));

    const std::optional<Connection> back = store.connection(c.name);
    QVERIFY(back);
    const Parlance::Core::HttpHeaders expected{{"X-Team", "blue"}, {header, ""}};
    QCOMPARE(back->extraHeaders, expected);
    QVERIFY(back->isSecretHeader(header));
    QVERIFY(!back->isSecretHeader("X-Team"));
    // A mark is kept as the header is spelt; a name that says it all needs none.
    QCOMPARE(back->secretHeaders, marked ? QList<QByteArray>{header} : QList<QByteArray>{});
    QCOMPARE(ProfileStore::plaintextSecrets(*back), Parlance::Core::HttpHeaders());
    QCOMPARE(*back, ProfileStore::withoutSecretValues(c));
}

void tst_ProfileStore::plaintextFromAnOlderFileStaysUntilDropped()
{
    ProfileStore store(path());
    writeOlderFile(path(), QStringLiteral("https://gw.example.com/v1"));
    std::optional<Connection> read = store.connection(QStringLiteral("old"));
    QVERIFY2(read, qPrintable(store.lastError()));
    const Parlance::Core::HttpHeaders plaintext{{"X-Api-Key", kOldValue}};
    QCOMPARE(ProfileStore::plaintextSecrets(*read), plaintext);

    // Saved again as it was (another field changed), the value stays where it was: a keychain
    // that then fails cannot lose it. Rewriting another connection leaves it alone too.
    read->timeoutSeconds = 77;
    QVERIFY(store.save(*read));
    QVERIFY(store.save(databricks(QStringLiteral("other"))));
    QVERIFY(readAll(path()).contains(kOldValue));
    QCOMPARE(ProfileStore::plaintextSecrets(*store.connection(QStringLiteral("old"))), plaintext);

    // Only the value that was stored elsewhere leaves the file.
    QVERIFY(store.dropSecretValues(QStringLiteral("old"), {{"x-api-key", "another-value"}}));
    QVERIFY(readAll(path()).contains(kOldValue));
    QVERIFY(store.dropSecretValues(QStringLiteral("old"), {{"x-api-key", kOldValue}}));
    QVERIFY(!readAll(path()).contains(kOldValue));
    read = store.connection(QStringLiteral("old"));
    QVERIFY(read);
    QVERIFY(read->isSecretHeader("X-Api-Key"));
    QCOMPARE(read->extraHeaders,
             (Parlance::Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", ""}}));
    QCOMPARE(read->timeoutSeconds, 77);
    QVERIFY(store.dropSecretValues(QStringLiteral("old"), plaintext)); // nothing left to drop

    // A value other than the one in the file is never written, and the old one goes with it.
    writeOlderFile(path(), QStringLiteral("https://gw.example.com/v1"));
    Connection changed = *store.connection(QStringLiteral("old"));
    changed.extraHeaders[1].second = "sk-new-value-456789";
    QVERIFY(store.save(changed));
    const QByteArray file = readAll(path());
    QVERIFY(!file.contains("sk-new-value-456789"));
    QVERIFY(!file.contains(kOldValue));
}

void tst_ProfileStore::failedWriteKeepsOldFile_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("read-only folder") << true;
    // Root ignores folder permissions; a folder squatting on "<file>_new" fails the write for
    // everyone, which keeps this test meaningful in CI (which runs as root).
    QTest::newRow("temporary file blocked") << false;
}

void tst_ProfileStore::failedWriteKeepsOldFile()
{
    QFETCH(bool, readOnlyFolder);
    if (readOnlyFolder && ::geteuid() == 0)
        QSKIP("root writes into read-only folders; the blocked-file row covers this case");

    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("kept"))));
    const QByteArray before = readAll(path());
    const QString folder = QFileInfo(path()).absolutePath();

    if (readOnlyFolder) {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else {
        QVERIFY(QDir().mkpath(path() + QStringLiteral("_new")));
        QVERIFY(QFile::exists(path() + QStringLiteral("_new/")));
    }

    QVERIFY(!store.save(databricks(QStringLiteral("lost"))));
    const QString error = store.lastError();
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));

    if (readOnlyFolder)
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner));
    QCOMPARE(readAll(path()), before);
    QCOMPARE(ProfileStore(path()).names(), QStringList{QStringLiteral("kept")});

    if (!readOnlyFolder)
        QVERIFY(QDir(path() + QStringLiteral("_new")).removeRecursively());
    QVERIFY2(store.save(databricks(QStringLiteral("later"))), qPrintable(store.lastError()));
    QCOMPARE(store.lastError(), QString());
    QCOMPARE(ProfileStore(path()).names(),
             QStringList({QStringLiteral("kept"), QStringLiteral("later")}));
}

void tst_ProfileStore::staleTempFileIsReplaced()
{
    // A crash between writing "_new" and the rename leaves it behind; it must not leak in.
    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("real"))));
    QFile stale(path() + QStringLiteral("_new"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("[connections]\n1\\name=ghost\nsize=1\n");
    stale.close();

    QVERIFY(store.save(databricks(QStringLiteral("second"))));
    QCOMPARE(ProfileStore(path()).names(),
             QStringList({QStringLiteral("real"), QStringLiteral("second")}));
    QVERIFY(!QFile::exists(path() + QStringLiteral("_new")));
}

void tst_ProfileStore::remove()
{
    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("a"))));
    QVERIFY(store.save(databricks(QStringLiteral("b"))));

    QVERIFY(store.remove(QStringLiteral("a")));
    QCOMPARE(store.lastError(), QString());
    QCOMPARE(ProfileStore(path()).names(), QStringList{QStringLiteral("b")});

    const QByteArray before = readAll(path());
    QVERIFY(!store.remove(QStringLiteral("a")));
    QVERIFY(store.lastError().contains(QStringLiteral("\"a\"")));
    QCOMPARE(readAll(path()), before);

    QVERIFY(store.remove(QStringLiteral("b")));
    QVERIFY(ProfileStore(path()).connections().isEmpty());
}

void tst_ProfileStore::rename()
{
    ProfileStore store(path());
    Connection a = databricks(QStringLiteral("a"));
    a.retries = 5;
    a.extraHeaders = {{"X-A", "1"}};
    QVERIFY(store.save(a));
    QVERIFY(store.save(databricks(QStringLiteral("b"))));

    QVERIFY2(store.rename(QStringLiteral("a"), QStringLiteral("z")), qPrintable(store.lastError()));
    QCOMPARE(store.names(), QStringList({QStringLiteral("b"), QStringLiteral("z")}));
    Connection expected = a;
    expected.name = QStringLiteral("z");
    QCOMPARE(*ProfileStore(path()).connection(QStringLiteral("z")), expected);

    QVERIFY(!store.rename(QStringLiteral("z"), QStringLiteral("b")));
    QVERIFY(store.lastError().contains(QStringLiteral("already exists")));
    QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("c")));
    QVERIFY(store.lastError().contains(QStringLiteral("\"missing\"")));
    QVERIFY(!store.rename(QStringLiteral("z"), QString()));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.names(), QStringList({QStringLiteral("b"), QStringLiteral("z")}));

    QVERIFY(store.rename(QStringLiteral("z"), QStringLiteral("z"))); // a no-op, not a clash
    QCOMPARE(store.names(), QStringList({QStringLiteral("b"), QStringLiteral("z")}));
}

void tst_ProfileStore::sameSizeRewritesReadBack()
{
    // Renames to a name of the same length rewrite a file of the same size, well within one
    // millisecond: what is read back must still be what was written.
    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("n000"))));
    for (int i = 1; i <= 20; ++i) {
        const QString from = QStringLiteral("n%1").arg(i - 1, 3, 10, QLatin1Char('0'));
        const QString to = QStringLiteral("n%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY2(store.rename(from, to), qPrintable(store.lastError()));
        QCOMPARE(store.names(), QStringList{to});
    }
}

void tst_ProfileStore::rewriteIsNewerThanReplacedFile()
{
    // QSettings trusts a cached file whose size and modification time did not change, so a
    // rewrite must never carry the time of the file it replaces, even with a coarse clock.
    ProfileStore store(path());
    QVERIFY(store.save(databricks(QStringLiteral("alpha"))));
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3600);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(ahead, QFileDevice::FileModificationTime));
    }
    QCOMPARE(store.names(), QStringList{QStringLiteral("alpha")});

    QVERIFY(store.rename(QStringLiteral("alpha"), QStringLiteral("bravo")));
    QVERIFY(QFileInfo(path()).lastModified() > ahead);
    QCOMPARE(store.names(), QStringList{QStringLiteral("bravo")});
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
