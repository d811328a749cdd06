#include "config/connectionresolver.h"
#include "config/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance::Config;
using Parlance::Core::Connection;
using Source = ResolvedConnection::TokenSource;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCfg = "[DEFAULT]\n"
                        "host = https://default.cloud.databricks.com/\n"
                        "token = dapi-default\n"
                        "\n"
                        "[prod]\n"
                        "host = adb-111.1.azuredatabricks.net\n"
                        "token = dapi-prod\n"
                        "\n"
                        "[notoken]\n"
                        "host = https://notoken.cloud.databricks.com\n"
                        "\n"
                        "[nohost]\n"
                        "token = dapi-nohost\n"
                        "\n"
                        "[both]\n"
                        "host = https://cfg-both.example.com\n"
                        "token = dapi-both\n";

const QByteArray kCfgWithSettings = "[__settings__]\n"
                                    "default_profile = staging\n"
                                    "[DEFAULT]\n"
                                    "host = https://default.cloud.databricks.com\n"
                                    "[staging]\n"
                                    "host = https://staging.cloud.databricks.com\n"
                                    "token = dapi-staging\n";

QString sourceName(Source source)
{
    switch (source) {
    case Source::None:
        return QStringLiteral("none");
    case Source::Environment:
        return QStringLiteral("env");
    case Source::DatabricksCfg:
        return QStringLiteral("cfg");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Stdin:
        return QStringLiteral("stdin");
    case Source::SignIn:
        return QStringLiteral("signin");
    }
    return {};
}

QStringList headerLines(const Parlance::Core::HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &header : headers)
        lines.append(QString::fromLatin1(header.first + ": " + header.second));
    return lines;
}

} // namespace

class tst_ResolveConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chooseConnection_data();
    void chooseConnection();
    void chooseToken_data();
    void chooseToken();
    void optionsOverrideProfile();
    void invalidOptions_data();
    void invalidOptions();
    void environmentHeaders_data();
    void environmentHeaders();
    void insecureHttp_data();
    void insecureHttp();
    void parseHeaderArgument_data();
    void parseHeaderArgument();

private:
    // "K=V" entries; {dir} stands for the temporary home. HOME and DATABRICKS_CONFIG_FILE
    // default to the temporary home and its .databrickscfg.
    QProcessEnvironment environment(const QStringList &variables) const;
    ResolvedConnection resolve(const ConnectionOptions &options, const QStringList &variables,
                               const std::optional<QString> &stdinToken = {}) const;

    QTemporaryDir m_home;
    std::unique_ptr<ProfileStore> m_profiles;
};

void tst_ResolveConnection::initTestCase()
{
    QVERIFY(m_home.isValid());
    auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(m_home.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    QVERIFY(write(QStringLiteral(".databrickscfg"), kCfg));
    QVERIFY(write(QStringLiteral("settings.cfg"), kCfgWithSettings));

    m_profiles = std::make_unique<ProfileStore>(m_home.filePath(QStringLiteral("connections.ini")));
    Connection savedDb;
    savedDb.name = QStringLiteral("saved-db");
    savedDb.host = QUrl(QStringLiteral("https://saved.cloud.databricks.com"));
    savedDb.gatewayPath = QStringLiteral("/custom/gateway");
    savedDb.timeoutSeconds = 60;
    savedDb.retries = 5;
    savedDb.extraHeaders = {{"X-Team", "ml"}};
    QVERIFY(m_profiles->save(savedDb));

    Connection savedLocal;
    savedLocal.name = QStringLiteral("saved-local");
    savedLocal.kind = Connection::Kind::OpenAiCompatible;
    savedLocal.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
    savedLocal.auth = Connection::Auth::None;
    QVERIFY(m_profiles->save(savedLocal));

    Connection savedBoth;
    savedBoth.name = QStringLiteral("both");
    savedBoth.host = QUrl(QStringLiteral("https://saved-both.example.com"));
    QVERIFY(m_profiles->save(savedBoth));
}

QProcessEnvironment tst_ResolveConnection::environment(const QStringList &variables) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"),
               m_home.filePath(QStringLiteral(".databrickscfg")));
    for (QString variable : variables) {
        variable.replace(QStringLiteral("{dir}"), m_home.path());
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return env;
}

ResolvedConnection tst_ResolveConnection::resolve(const ConnectionOptions &options,
                                                  const QStringList &variables,
                                                  const std::optional<QString> &stdinToken) const
{
    return resolveConnection(options, environment(variables), *m_profiles, stdinToken);
}

void tst_ResolveConnection::chooseConnection_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("error"); // a part of the message; empty when it resolves
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");

    const QStringList none;
    // --host / --base-url
    QTest::newRow("--host gets https://")
        << u""_s << u"adb-1.2.azuredatabricks.net/"_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://adb-1.2.azuredatabricks.net"_s << u""_s;
    QTest::newRow("--host keeps only scheme, host and port")
        << u""_s << u"https://adb-1.net:8443/browse/x?o=123#frag"_s << u""_s << none << u""_s
        << u"databricks"_s << u"https://adb-1.net:8443"_s << u""_s;
    QTest::newRow("--host without a host")
        << u""_s << u"https://"_s << u""_s << none
        << u"--host \"https://\" is not a workspace URL"_s << u""_s << u""_s << u""_s;
    QTest::newRow("--host with another scheme")
        << u""_s << u"ftp://files.example.com"_s << u""_s << none << u"is not a workspace URL"_s
        << u""_s << u""_s << u""_s;
    QTest::newRow("--base-url") << u""_s << u""_s << u"http://127.0.0.1:8080/v1/"_s << none << u""_s
                                << u"openai"_s << u"http://127.0.0.1:8080/v1"_s << u""_s;
    QTest::newRow("--base-url loopback without scheme is http")
        << u""_s << u""_s << u"localhost:11434/v1"_s << none << u""_s << u"openai"_s
        << u"http://localhost:11434/v1"_s << u""_s;
    QTest::newRow("--base-url remote without scheme is https")
        << u""_s << u""_s << u"api.example.com/v1"_s << none << u""_s << u"openai"_s
        << u"https://api.example.com/v1"_s << u""_s;
    QTest::newRow("--base-url with another scheme")
        << u""_s << u""_s << u"ftp://x.example.com/v1"_s << none
        << u"--base-url \"ftp://x.example.com/v1\""_s << u""_s << u""_s << u""_s;

    // --profile
    QTest::newRow("--profile saved connection")
        << u"saved-db"_s << u""_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://saved.cloud.databricks.com"_s << u"saved-db"_s;
    QTest::newRow("--profile saved wins over .databrickscfg")
        << u"both"_s << u""_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://saved-both.example.com"_s << u"both"_s;
    QTest::newRow("--profile from .databrickscfg")
        << u"prod"_s << u""_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://adb-111.1.azuredatabricks.net"_s << u"prod"_s;
    QTest::newRow("--profile DEFAULT")
        << u"DEFAULT"_s << u""_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://default.cloud.databricks.com"_s << u"DEFAULT"_s;
    QTest::newRow("--profile without host")
        << u"nohost"_s << u""_s << u""_s << none << u"~/.databrickscfg [nohost] has no host"_s
        << u""_s << u""_s << u""_s;
    QTest::newRow("--profile unknown lists the names")
        << u"nope"_s << u""_s << u""_s << none
        << u"Unknown profile \"nope\". Saved connections: both, saved-db, saved-local. Profiles "_s
           "in ~/.databrickscfg: DEFAULT, prod, notoken, nohost, both."
        << u""_s << u""_s << u""_s;
    QTest::newRow("--profile unknown, no files at all")
        << u"nope"_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_FILE={dir}/absent")}
        << u"Profiles in ~/absent: none."_s << u""_s << u""_s << u""_s;
    QTest::newRow("--profile from DATABRICKS_CONFIG_FILE")
        << u"staging"_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_FILE={dir}/settings.cfg")} << u""_s
        << u"databricks"_s << u"https://staging.cloud.databricks.com"_s << u"staging"_s;

    // More than one
    QTest::newRow("--profile and --host")
        << u"prod"_s << u"adb-1.net"_s << u""_s << none
        << u"Pass only one of --profile, --host and --base-url."_s << u""_s << u""_s << u""_s;
    QTest::newRow("--host and --base-url") << u""_s << u"adb-1.net"_s << u"http://127.0.0.1/v1"_s
                                           << none << u"Pass only one"_s << u""_s << u""_s << u""_s;

    // The environment, in order
    QTest::newRow("DATABRICKS_CONFIG_PROFILE")
        << u""_s << u""_s << u""_s << QStringList{QStringLiteral("DATABRICKS_CONFIG_PROFILE=prod")}
        << u""_s << u"databricks"_s << u"https://adb-111.1.azuredatabricks.net"_s << u"prod"_s;
    QTest::newRow("DATABRICKS_CONFIG_PROFILE names a saved connection")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_PROFILE=saved-local")} << u""_s
        << u"openai"_s << u"http://127.0.0.1:11434/v1"_s << u"saved-local"_s;
    QTest::newRow("DATABRICKS_CONFIG_PROFILE beats DATABRICKS_HOST")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_HOST=https://env.example.com"),
                       QStringLiteral("DATABRICKS_CONFIG_PROFILE=prod")}
        << u""_s << u"databricks"_s << u"https://adb-111.1.azuredatabricks.net"_s << u"prod"_s;
    QTest::newRow("DATABRICKS_CONFIG_PROFILE unknown")
        << u""_s << u""_s << u""_s << QStringList{QStringLiteral("DATABRICKS_CONFIG_PROFILE=gone")}
        << u"Unknown profile \"gone\" (from DATABRICKS_CONFIG_PROFILE)"_s << u""_s << u""_s
        << u""_s;
    QTest::newRow("DATABRICKS_HOST")
        << u""_s << u""_s << u""_s << QStringList{QStringLiteral("DATABRICKS_HOST=env.example.com")}
        << u""_s << u"databricks"_s << u"https://env.example.com"_s << u""_s;
    QTest::newRow("DATABRICKS_HOST beats OPENAI_BASE_URL")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("OPENAI_BASE_URL=http://127.0.0.1:9/v1"),
                       QStringLiteral("DATABRICKS_HOST=https://env.example.com")}
        << u""_s << u"databricks"_s << u"https://env.example.com"_s << u""_s;
    QTest::newRow("OPENAI_BASE_URL")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("OPENAI_BASE_URL=http://127.0.0.1:9/v1")} << u""_s
        << u"openai"_s << u"http://127.0.0.1:9/v1"_s << u""_s;
    QTest::newRow("empty variables count as unset")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_PROFILE="),
                       QStringLiteral("DATABRICKS_HOST="),
                       QStringLiteral("OPENAI_BASE_URL=http://127.0.0.1:9/v1")}
        << u""_s << u"openai"_s << u"http://127.0.0.1:9/v1"_s << u""_s;
    QTest::newRow("--host beats the environment")
        << u""_s << u"adb-2.net"_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_PROFILE=prod"),
                       QStringLiteral("DATABRICKS_HOST=https://env.example.com")}
        << u""_s << u"databricks"_s << u"https://adb-2.net"_s << u""_s;
    QTest::newRow("--base-url beats DATABRICKS_HOST")
        << u""_s << u""_s << u"http://127.0.0.1:1/v1"_s
        << QStringList{QStringLiteral("DATABRICKS_HOST=https://env.example.com")} << u""_s
        << u"openai"_s << u"http://127.0.0.1:1/v1"_s << u""_s;
    QTest::newRow("the .databrickscfg DEFAULT last")
        << u""_s << u""_s << u""_s << none << u""_s << u"databricks"_s
        << u"https://default.cloud.databricks.com"_s << u"DEFAULT"_s;
    QTest::newRow("the .databrickscfg default_profile last")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_FILE={dir}/settings.cfg")} << u""_s
        << u"databricks"_s << u"https://staging.cloud.databricks.com"_s << u"staging"_s;
    QTest::newRow("nothing at all")
        << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_CONFIG_FILE={dir}/absent")}
        << u"No connection: pass --profile, --host or --base-url, or set DATABRICKS_HOST or "_s
           "OPENAI_BASE_URL."
        << u""_s << u""_s << u""_s;
}

void tst_ResolveConnection::chooseConnection()
{
    QFETCH(QString, profile);
    QFETCH(QString, host);
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, env);
    QFETCH(QString, error);
    QFETCH(QString, kind);
    QFETCH(QString, url);
    QFETCH(QString, name);

    ConnectionOptions options;
    options.profile = profile;
    options.host = host;
    options.baseUrl = baseUrl;
    // A token for either kind, so only the choice of connection is under test here.
    env << QStringLiteral("DATABRICKS_TOKEN=dapi-env") << QStringLiteral("OPENAI_API_KEY=sk-env");
    const ResolvedConnection resolved = resolve(options, env);

    if (!error.isEmpty()) {
        QVERIFY(!resolved.ok);
        QVERIFY2(resolved.error.contains(error), qPrintable(resolved.error));
        return;
    }
    QVERIFY2(resolved.ok, qPrintable(resolved.error));
    QCOMPARE(resolved.error, QString());
    QCOMPARE(Parlance::Core::connectionKindName(resolved.connection.kind), kind);
    const QUrl actual = resolved.connection.kind == Connection::Kind::Databricks
                            ? resolved.connection.host
                            : resolved.connection.baseUrl;
    QCOMPARE(actual.toString(), url);
    QCOMPARE(resolved.connection.name, name);
}

void tst_ResolveConnection::chooseToken_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("auth"); // --auth; empty when not given
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QVariant>("stdinToken"); // invalid: no --token-stdin
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("expectedAuth");

    const QStringList none;
    const QStringList dbToken{QStringLiteral("DATABRICKS_TOKEN=dapi-env")};
    const QStringList oaiKey{QStringLiteral("OPENAI_API_KEY=sk-env")};
    const QStringList bothTokens = dbToken + oaiKey;
    const QVariant noStdin;
    const QString noToken = QStringLiteral("No token for https://adb-1.net: set DATABRICKS_TOKEN "
                                           "(or OPENAI_API_KEY), pass --token-stdin, or save the "
                                           "connection with a token.");

    QTest::newRow("--host, DATABRICKS_TOKEN")
        << u""_s << u"adb-1.net"_s << u""_s << u""_s << bothTokens << noStdin << u""_s << u"env"_s
        << u"dapi-env"_s << u"DATABRICKS_TOKEN"_s << u"bearer"_s;
    QTest::newRow("--host, no token") << u""_s << u"adb-1.net"_s << u""_s << u""_s << none
                                      << noStdin << noToken << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("--host never takes OPENAI_API_KEY")
        << u""_s << u"adb-1.net"_s << u""_s << u""_s << oaiKey << noStdin << noToken << u""_s
        << u""_s << u""_s << u""_s;
    QTest::newRow("--host, empty DATABRICKS_TOKEN")
        << u""_s << u"adb-1.net"_s << u""_s << u""_s
        << QStringList{QStringLiteral("DATABRICKS_TOKEN=  ")} << noStdin << noToken << u""_s
        << u""_s << u""_s << u""_s;
    QTest::newRow("--base-url, OPENAI_API_KEY")
        << u""_s << u""_s << u"https://api.example.com/v1"_s << u""_s << bothTokens << noStdin
        << u""_s << u"env"_s << u"sk-env"_s << u"OPENAI_API_KEY"_s << u"bearer"_s;
    QTest::newRow("--base-url, no key: no auth at all")
        << u""_s << u""_s << u"http://127.0.0.1:8080/v1"_s << u""_s << none << noStdin << u""_s
        << u"none"_s << u""_s << u""_s << u"none"_s;
    QTest::newRow("--base-url never takes DATABRICKS_TOKEN")
        << u""_s << u""_s << u"https://api.example.com/v1"_s << u""_s << dbToken << noStdin << u""_s
        << u"none"_s << u""_s << u""_s << u"none"_s;
    QTest::newRow("--base-url, --auth bearer, no key")
        << u""_s << u""_s << u"https://api.example.com/v1"_s << u"bearer"_s << none << noStdin
        << u"No token for https://api.example.com: set DATABRICKS_TOKEN"_s << u""_s << u""_s
        << u""_s << u""_s;
    QTest::newRow("--base-url, --auth basic, no key")
        << u""_s << u""_s << u"https://api.example.com/v1"_s << u"basic"_s << none << noStdin
        << u"No token for https://api.example.com"_s << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("--host, --auth basic")
        << u""_s << u"adb-1.net"_s << u""_s << u"basic"_s << dbToken << noStdin << u""_s << u"env"_s
        << u"dapi-env"_s << u"DATABRICKS_TOKEN"_s << u"basic"_s;
    QTest::newRow("--host, --auth none drops the token")
        << u""_s << u"adb-1.net"_s << u""_s << u"none"_s << dbToken << noStdin << u""_s << u"none"_s
        << u""_s << u""_s << u"none"_s;
    QTest::newRow(".databrickscfg token")
        << u"prod"_s << u""_s << u""_s << u""_s << dbToken << noStdin << u""_s << u"cfg"_s
        << u"dapi-prod"_s << u"~/.databrickscfg [prod]"_s << u"bearer"_s;
    QTest::newRow(".databrickscfg without token, DATABRICKS_TOKEN")
        << u"notoken"_s << u""_s << u""_s << u""_s << dbToken << noStdin << u""_s << u"env"_s
        << u"dapi-env"_s << u"DATABRICKS_TOKEN"_s << u"bearer"_s;
    QTest::newRow(".databrickscfg without token, none in env")
        << u"notoken"_s << u""_s << u""_s << u""_s << oaiKey << noStdin
        << u"No token for https://notoken.cloud.databricks.com"_s << u""_s << u""_s << u""_s
        << u""_s;
    QTest::newRow("a config file outside HOME is named in full")
        << u"staging"_s << u""_s << u""_s << u""_s
        << QStringList{QStringLiteral("HOME=/home/nobody"),
                       QStringLiteral("DATABRICKS_CONFIG_FILE={dir}/settings.cfg")}
        << noStdin << u""_s << u"cfg"_s << u"dapi-staging"_s << u"{dir}/settings.cfg [staging]"_s
        << u"bearer"_s;
    QTest::newRow("saved connection: keychain")
        << u"saved-db"_s << u""_s << u""_s << u""_s << bothTokens << noStdin << u""_s
        << u"keychain"_s << u""_s << u"keychain"_s << u"bearer"_s;
    QTest::newRow("saved connection without auth")
        << u"saved-local"_s << u""_s << u""_s << u""_s << bothTokens << noStdin << u""_s
        << u"none"_s << u""_s << u""_s << u"none"_s;
    QTest::newRow("saved connection, --auth none")
        << u"saved-db"_s << u""_s << u""_s << u"none"_s << none << noStdin << u""_s << u"none"_s
        << u""_s << u""_s << u"none"_s;
    QTest::newRow("stdin beats the keychain")
        << u"saved-db"_s << u""_s << u""_s << u""_s << none
        << QVariant(QStringLiteral("from-stdin")) << u""_s << u"stdin"_s << u"from-stdin"_s
        << u"stdin"_s << u"bearer"_s;
    QTest::newRow("stdin beats .databrickscfg and env, trimmed")
        << u"prod"_s << u""_s << u""_s << u""_s << bothTokens
        << QVariant(QStringLiteral("  s3cret\r\n")) << u""_s << u"stdin"_s << u"s3cret"_s
        << u"stdin"_s << u"bearer"_s;
    QTest::newRow("stdin for an OpenAI-compatible server")
        << u""_s << u""_s << u"http://127.0.0.1:8080/v1"_s << u""_s << none
        << QVariant(QStringLiteral("sk-local")) << u""_s << u"stdin"_s << u"sk-local"_s
        << u"stdin"_s << u"bearer"_s;
    QTest::newRow("stdin empty") << u""_s << u"adb-1.net"_s << u""_s << u""_s << dbToken
                                 << QVariant(QStringLiteral(" \n"))
                                 << u"--token-stdin read an empty"_s << u""_s << u""_s << u""_s
                                 << u""_s;
}

void tst_ResolveConnection::chooseToken()
{
    QFETCH(QString, profile);
    QFETCH(QString, host);
    QFETCH(QString, baseUrl);
    QFETCH(QString, auth);
    QFETCH(QStringList, env);
    QFETCH(QVariant, stdinToken);
    QFETCH(QString, error);
    QFETCH(QString, source);
    QFETCH(QString, token);
    QFETCH(QString, origin);
    QFETCH(QString, expectedAuth);

    ConnectionOptions options;
    options.profile = profile;
    options.host = host;
    options.baseUrl = baseUrl;
    if (!auth.isEmpty())
        options.auth = Parlance::Core::authFromName(auth);
    std::optional<QString> fromStdin;
    if (stdinToken.isValid())
        fromStdin = stdinToken.toString();
    const ResolvedConnection resolved = resolve(options, env, fromStdin);

    if (!error.isEmpty()) {
        QVERIFY(!resolved.ok);
        QVERIFY2(resolved.error.contains(error), qPrintable(resolved.error));
        QCOMPARE(resolved.token, QString());
        return;
    }
    QVERIFY2(resolved.ok, qPrintable(resolved.error));
    QCOMPARE(sourceName(resolved.tokenSource), source);
    QCOMPARE(resolved.token, token);
    QCOMPARE(resolved.tokenOrigin, QString(origin).replace(QStringLiteral("{dir}"), m_home.path()));
    QCOMPARE(Parlance::Core::authName(resolved.connection.auth), expectedAuth);
}

void tst_ResolveConnection::optionsOverrideProfile()
{
    ConnectionOptions options;
    options.profile = QStringLiteral("saved-db");
    options.gatewayPath = QStringLiteral("serving-endpoints");
    options.auth = Connection::Auth::Basic;
    options.timeoutSeconds = 10;
    options.retries = 0;
    options.headers = {{"X-Extra", "1"}, {"X-Team", "second"}};
    const ResolvedConnection resolved = resolve(options, {});
    QVERIFY2(resolved.ok, qPrintable(resolved.error));

    const Connection &c = resolved.connection;
    QCOMPARE(c.host, QUrl(QStringLiteral("https://saved.cloud.databricks.com")));
    QCOMPARE(c.gatewayPath, QStringLiteral("/serving-endpoints"));
    QCOMPARE(c.auth, Connection::Auth::Basic);
    QCOMPARE(c.timeoutSeconds, 10);
    QCOMPARE(c.retries, 0);
    QCOMPARE(headerLines(c.extraHeaders),
             QStringList({QStringLiteral("X-Team: ml"), QStringLiteral("X-Extra: 1"),
                          QStringLiteral("X-Team: second")}));

    // Without options the saved values stand, and an ad-hoc host gets the defaults.
    ConnectionOptions plain;
    plain.profile = QStringLiteral("saved-db");
    const ResolvedConnection saved = resolve(plain, {});
    QVERIFY(saved.ok);
    QCOMPARE(saved.connection.gatewayPath, QStringLiteral("/custom/gateway"));
    QCOMPARE(saved.connection.timeoutSeconds, 60);
    QCOMPARE(saved.connection.retries, 5);

    ConnectionOptions adHoc;
    adHoc.host = QStringLiteral("adb-1.net");
    const ResolvedConnection fresh = resolve(adHoc, {QStringLiteral("DATABRICKS_TOKEN=t")});
    QVERIFY(fresh.ok);
    QCOMPARE(fresh.connection, [] {
        Connection expected;
        expected.host = QUrl(QStringLiteral("https://adb-1.net"));
        return expected;
    }());
}

void tst_ResolveConnection::invalidOptions_data()
{
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("retries");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("error");

    QTest::newRow("zero timeout") << 0 << 1 << u""_s << u"--timeout must be a positive"_s;
    QTest::newRow("negative retries") << 10 << -1 << u""_s << u"--retries must be 0 or more"_s;
    QTest::newRow("Authorization header")
        << 10 << 1 << u"authorization: Bearer dapi-argv"_s << u"--header authorization would put"_s;
    QTest::newRow("Proxy-Authorization header")
        << 10 << 1 << u"Proxy-Authorization: Basic eA=="_s << u"credential on the command line"_s;
}

void tst_ResolveConnection::invalidOptions()
{
    QFETCH(int, timeout);
    QFETCH(int, retries);
    QFETCH(QString, header);
    QFETCH(QString, error);

    ConnectionOptions options;
    options.host = QStringLiteral("adb-1.net");
    options.timeoutSeconds = timeout;
    options.retries = retries;
    if (!header.isEmpty()) {
        Parlance::Core::HttpHeader parsed;
        QVERIFY(Parlance::Config::parseHeaderArgument(header, &parsed));
        options.headers.append(parsed);
    }
    const ResolvedConnection resolved = resolve(options, {QStringLiteral("DATABRICKS_TOKEN=t")});
    QVERIFY(!resolved.ok);
    QVERIFY2(resolved.error.contains(error), qPrintable(resolved.error));
    QVERIFY(!resolved.error.contains(QStringLiteral("dapi-argv")));
}

void tst_ResolveConnection::environmentHeaders_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("headers"); // --header
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{QStringLiteral("OPENAI_ORG_ID=org-1"),
                          QStringLiteral("OPENAI_PROJECT_ID=proj-1"),
                          QStringLiteral("DATABRICKS_WORKSPACE_ID=1234")};
    QTest::newRow("OpenAI-compatible gets organization and project")
        << u""_s << u"https://api.example.com/v1"_s << QStringList() << all
        << QStringList{QStringLiteral("OpenAI-Organization: org-1"),
                       QStringLiteral("OpenAI-Project: proj-1")};
    QTest::newRow("Databricks gets the workspace id")
        << u"adb-1.net"_s << u""_s << QStringList() << all
        << QStringList{QStringLiteral("X-Databricks-Workspace-Id: 1234")};
    QTest::newRow("only what is set") << u""_s << u"https://api.example.com/v1"_s << QStringList()
                                      << QStringList{QStringLiteral("OPENAI_PROJECT_ID=proj-2")}
                                      << QStringList{QStringLiteral("OpenAI-Project: proj-2")};
    QTest::newRow("after --header, which wins")
        << u""_s << u"https://api.example.com/v1"_s
        << QStringList{QStringLiteral("X-A: a"), QStringLiteral("openai-organization: mine")} << all
        << QStringList{QStringLiteral("X-A: a"), QStringLiteral("openai-organization: mine"),
                       QStringLiteral("OpenAI-Project: proj-1")};
    QTest::newRow("nothing set") << u"adb-1.net"_s << u""_s << QStringList() << QStringList()
                                 << QStringList();
}

void tst_ResolveConnection::environmentHeaders()
{
    QFETCH(QString, host);
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, env);
    QFETCH(QStringList, expected);

    ConnectionOptions options;
    options.host = host;
    options.baseUrl = baseUrl;
    for (const QString &text : headers) {
        Parlance::Core::HttpHeader header;
        QVERIFY(Parlance::Config::parseHeaderArgument(text, &header));
        options.headers.append(header);
    }
    env << QStringLiteral("DATABRICKS_TOKEN=t");
    const ResolvedConnection resolved = resolve(options, env);
    QVERIFY2(resolved.ok, qPrintable(resolved.error));
    QCOMPARE(headerLines(resolved.connection.extraHeaders), expected);
}

void tst_ResolveConnection::insecureHttp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("insecure");

    QTest::newRow("https") << u""_s << u"https://api.example.com/v1"_s << false;
    QTest::newRow("127.0.0.1") << u""_s << u"http://127.0.0.1:8080/v1"_s << false;
    QTest::newRow("127.5.6.7") << u""_s << u"http://127.5.6.7/v1"_s << false;
    QTest::newRow("localhost") << u""_s << u"http://localhost:11434/v1"_s << false;
    QTest::newRow("LOCALHOST") << u""_s << u"http://LOCALHOST:11434/v1"_s << false;
    QTest::newRow("::1") << u""_s << u"http://[::1]:8000/v1"_s << false;
    QTest::newRow("LAN box") << u""_s << u"http://gpu-box.lan:8000/v1"_s << true;
    QTest::newRow("128.0.0.1") << u""_s << u"http://128.0.0.1/v1"_s << true;
    QTest::newRow("localhost as a subdomain")
        << u""_s << u"http://localhost.evil.example/v1"_s << true;
    // Names glibc does not find in /etc/hosts go to DNS: any machine may answer.
    QTest::newRow("*.localhost") << u""_s << u"http://app.localhost:8080/v1"_s << true;
    QTest::newRow("localhost.") << u""_s << u"http://localhost.:8080/v1"_s << true;
    QTest::newRow("short 127.1") << u""_s << u"http://127.1:8080/v1"_s << false;
    QTest::newRow("octal 0127.0.0.1 is 87.0.0.1")
        << u""_s << u"http://0127.0.0.1:8080/v1"_s << true;
    QTest::newRow("Databricks over http") << u"http://adb-1.net"_s << u""_s << true;
    QTest::newRow("Databricks over https") << u"adb-1.net"_s << u""_s << false;
}

void tst_ResolveConnection::insecureHttp()
{
    QFETCH(QString, host);
    QFETCH(QString, baseUrl);
    QFETCH(bool, insecure);

    ConnectionOptions options;
    options.host = host;
    options.baseUrl = baseUrl;
    const ResolvedConnection resolved = resolve(options, {QStringLiteral("DATABRICKS_TOKEN=t")});
    QVERIFY2(resolved.ok, qPrintable(resolved.error));
    QCOMPARE(resolved.insecureHttp, insecure);
}

void tst_ResolveConnection::parseHeaderArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("plain") << u"X-Team: ml"_s << true << QByteArray("X-Team") << QByteArray("ml");
    QTest::newRow("no space") << u"X-A:b"_s << true << QByteArray("X-A") << QByteArray("b");
    QTest::newRow("colons in the value") << u"X-Url:  https://a:1/b  "_s << true
                                         << QByteArray("X-Url") << QByteArray("https://a:1/b");
    QTest::newRow("empty value") << u"X-Empty:"_s << true << QByteArray("X-Empty") << QByteArray();
    QTest::newRow("UTF-8 value") << QString::fromUtf8("X-Name: J\xc3\xbcrgen") << true
                                 << QByteArray("X-Name") << QByteArray("J\xc3\xbcrgen");
    QTest::newRow("token characters")
        << u"X!#$%&'*+-.^_`|~1: v"_s << true << QByteArray("X!#$%&'*+-.^_`|~1") << QByteArray("v");
    QTest::newRow("no colon") << u"X-Team ml"_s << false << QByteArray() << QByteArray();
    QTest::newRow("empty name") << u": value"_s << false << QByteArray() << QByteArray();
    QTest::newRow("blank name") << u"   : value"_s << false << QByteArray() << QByteArray();
    QTest::newRow("space in the name") << u"X Team: ml"_s << false << QByteArray() << QByteArray();
    QTest::newRow("non-ASCII name")
        << QString::fromUtf8("X-\xc3\xbc: v") << false << QByteArray() << QByteArray();
    QTest::newRow("LF in the value")
        << u"X-A: b\nX-Injected: 1"_s << false << QByteArray() << QByteArray();
    QTest::newRow("CR in the value") << u"X-A: b\r"_s << false << QByteArray() << QByteArray();
    QTest::newRow("LF in the name") << u"X\n-A: b"_s << false << QByteArray() << QByteArray();
    QTest::newRow("NUL") << QStringLiteral("X-A: b") + QChar(0) << false << QByteArray()
                         << QByteArray();
}

void tst_ResolveConnection::parseHeaderArgument()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    Parlance::Core::HttpHeader header{"untouched", "untouched"};
    QCOMPARE(Parlance::Config::parseHeaderArgument(text, &header), ok);
    if (ok) {
        QCOMPARE(header.first, name);
        QCOMPARE(header.second, value);
    } else {
        QCOMPARE(header.first, QByteArray("untouched"));
    }
}

QTEST_GUILESS_MAIN(tst_ResolveConnection)
#include "tst_resolveconnection.moc"
