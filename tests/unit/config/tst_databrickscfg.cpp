#include "config/databrickscfg.h"
#include "support/testdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Parlance::Config::DatabricksCfg;
using Parlance::Config::normalizeHost;
using namespace Qt::StringLiterals;

class tst_DatabricksCfg : public QObject
{
    Q_OBJECT

private slots:
    void exampleFile();
    void values_data();
    void values();
    void missingFileIsEmpty();
    void unreadableFileIsAnError();
    void oversizedFileIsRefused();
    void fileOfTheLargestSizeIsRead();
    void endlessDeviceIsRefused();
    void fifoIsRefusedWithoutBlocking();
    void nullDeviceIsEmpty();
    void malformedLinesAreReportedAndSkipped_data();
    void malformedLinesAreReportedAndSkipped();
    void emptyDefaultIsNoProfile();
    void defaultProfileFromSettings();
    void defaultKeysAreNotMerged();
    void defaultPath_data();
    void defaultPath();
    void normalizeHost_data();
    void normalizeHost();

private:
    QString writeFile(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString tst_DatabricksCfg::writeFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("cfg%1").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_DatabricksCfg::exampleFile()
{
    QString error = QStringLiteral("not cleared");
    const DatabricksCfg cfg
        = DatabricksCfg::load(Parlance::Testing::examplePath(u"databrickscfg_example.ini"), &error);
    QCOMPARE(error, QString());
    const QStringList expected = {
        QStringLiteral("DEFAULT"),        QStringLiteral("nohost"),
        QStringLiteral("nohost2"),        QStringLiteral("azure-justhost"),
        QStringLiteral("azure-pat"),      QStringLiteral("notoken"),
        QStringLiteral("basic"),          QStringLiteral("azure-spn"),
        QStringLiteral("gcp-example"),    QStringLiteral("pat.with.dot"),
        QStringLiteral("scope-empty"),    QStringLiteral("scope-single"),
        QStringLiteral("scope-multiple"),
    };
    QCOMPARE(cfg.profileNames(), expected);
    QCOMPARE(cfg.defaultProfileName(), QStringLiteral("DEFAULT"));

    const auto def = cfg.profile(QStringLiteral("DEFAULT"));
    QVERIFY(def);
    QCOMPARE(def->host(), QStringLiteral("https://dbc-XXXXXXXX-YYYY.cloud.databricks.com"));
    QCOMPARE(def->token(), QStringLiteral("PT0+IC9kZXYvdXJhbmRvbSA8PT0KYFZ"));
    QCOMPARE(def->values.value(QStringLiteral("rate_limit")), QStringLiteral("34"));
    QCOMPARE(def->values.value(QStringLiteral("debug_truncate")), QStringLiteral("829374"));

    const auto nohost = cfg.profile(QStringLiteral("nohost"));
    QVERIFY(nohost);
    QCOMPARE(nohost->host(), QString());
    QCOMPARE(nohost->values.size(), 1);

    const auto basic = cfg.profile(QStringLiteral("basic"));
    QVERIFY(basic);
    QCOMPARE(basic->token(), QString());
    QCOMPARE(basic->values.value(QStringLiteral("username")), QStringLiteral("abc"));
    QCOMPARE(basic->values.value(QStringLiteral("password")), QStringLiteral("bcd"));

    const auto dotted = cfg.profile(QStringLiteral("pat.with.dot"));
    QVERIFY(dotted);
    QCOMPARE(dotted->token(), QStringLiteral("PT0+IC9kZXYvdXJhbmRvbSA8PT0KYFZ"));

    const auto scopes = cfg.profile(QStringLiteral("scope-multiple"));
    QVERIFY(scopes);
    QCOMPARE(scopes->host(), QStringLiteral("https://example.cloud.databricks.com"));
    QCOMPARE(scopes->values.value(QStringLiteral("scopes")),
             QStringLiteral("clusters, jobs, pipelines, iam:read, files:read, mlflow, "
                            "model-serving:read"));

    QVERIFY(!cfg.profile(QStringLiteral("missing")));
}

void tst_DatabricksCfg::values_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("CRLF line ends")
        << QByteArray("[prod]\r\nhost = https://a.example.com\r\ntoken = dapi1\r\n") << u"prod"_s
        << u"token"_s << u"dapi1"_s;
    QTest::newRow("CRLF does not stick to section names")
        << QByteArray("[prod]\r\n\r\nhost=x\r\n") << u"prod"_s << u"host"_s << u"x"_s;
    QTest::newRow("hash and semicolon comments, indented too")
        << QByteArray("# top\n; also\n[p]\n  # indented\n\t; tabbed\ntoken = t1\n# token = no\n")
        << u"p"_s << u"token"_s << u"t1"_s;
    QTest::newRow("spaces trimmed at both ends, kept inside")
        << QByteArray("[p]\n   password   =   two  words\there   \n") << u"p"_s << u"password"_s
        << u"two  words\there"_s;
    QTest::newRow("equals signs in the value")
        << QByteArray("[p]\ntoken = abc==def=\n") << u"p"_s << u"token"_s << u"abc==def="_s;
    QTest::newRow("no spaces around equals")
        << QByteArray("[p]\nrate_limit=34\n") << u"p"_s << u"rate_limit"_s << u"34"_s;
    QTest::newRow("hash and semicolon inside a value are not comments")
        << QByteArray("[p]\npassword = pa#ss ;word\n") << u"p"_s << u"password"_s
        << u"pa#ss ;word"_s;
    QTest::newRow("colon as the delimiter") << QByteArray("[p]\nhost: https://b.example.com\n")
                                            << u"p"_s << u"host"_s << u"https://b.example.com"_s;
    QTest::newRow("equals before a colon in the value")
        << QByteArray("[p]\nhost = https://c.example.com:8443\n") << u"p"_s << u"host"_s
        << u"https://c.example.com:8443"_s;
    QTest::newRow("keys fold to lower case")
        << QByteArray("[p]\nTOKEN = upper\n") << u"p"_s << u"token"_s << u"upper"_s;
    QTest::newRow("section names keep their case")
        << QByteArray("[Prod]\ntoken = a\n[prod]\ntoken = b\n") << u"Prod"_s << u"token"_s
        << u"a"_s;
    QTest::newRow("section name is trimmed")
        << QByteArray("[ spaced ]\ntoken = s\n") << u"spaced"_s << u"token"_s << u"s"_s;
    QTest::newRow("empty value") << QByteArray("[p]\ntoken =\n") << u"p"_s << u"token"_s << u""_s;
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xef\xbb\xbf[p]\ntoken = bom\n") << u"p"_s << u"token"_s << u"bom"_s;
    QTest::newRow("UTF-8 value") << QByteArray("[p]\nusername = J\xc3\xbcrgen\n") << u"p"_s
                                 << u"username"_s << QString::fromUtf8("J\xc3\xbcrgen");
    QTest::newRow("deeper indented line continues the value")
        << QByteArray("[p]\nscopes = a,\n    b\ntoken = t\n") << u"p"_s << u"scopes"_s
        << u"a,\nb"_s;
    QTest::newRow("equally indented lines are separate keys")
        << QByteArray("[p]\n  host = h\n  token = t\n") << u"p"_s << u"token"_s << u"t"_s;
    QTest::newRow("a repeated section adds to the first")
        << QByteArray("[p]\nhost = h\n[q]\n[p]\ntoken = late\n") << u"p"_s << u"token"_s
        << u"late"_s;
    QTest::newRow("a repeated key keeps the last value")
        << QByteArray("[p]\ntoken = first\ntoken = second\n") << u"p"_s << u"token"_s
        << u"second"_s;
    QTest::newRow("no newline at the end")
        << QByteArray("[p]\ntoken = last") << u"p"_s << u"token"_s << u"last"_s;
}

void tst_DatabricksCfg::values()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QString, value);

    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(writeFile(content), &error);
    QCOMPARE(error, QString());
    const auto found = cfg.profile(profile);
    QVERIFY2(found, qPrintable(cfg.profileNames().join(QLatin1Char(','))));
    QVERIFY(found->values.contains(key));
    QCOMPARE(found->values.value(key), value);
}

void tst_DatabricksCfg::missingFileIsEmpty()
{
    QString error = QStringLiteral("not cleared");
    const DatabricksCfg cfg = DatabricksCfg::load(m_dir.filePath(QStringLiteral("absent")), &error);
    QCOMPARE(error, QString());
    QVERIFY(cfg.profileNames().isEmpty());
    QCOMPARE(cfg.defaultProfileName(), QString());
    QVERIFY(!cfg.profile(QStringLiteral("DEFAULT")));
}

void tst_DatabricksCfg::unreadableFileIsAnError()
{
    // A directory cannot be read as a file, even by root.
    const QString path = m_dir.filePath(QStringLiteral("a-directory"));
    QVERIFY(QDir().mkpath(path));
    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(path, &error);
    QVERIFY(error.contains(QStringLiteral("a-directory")));
    QVERIFY(cfg.profileNames().isEmpty());
}

void tst_DatabricksCfg::oversizedFileIsRefused()
{
    QByteArray content = "[big]\nhost = adb-1.net\ntoken = t\n";
    content += "# " + QByteArray(DatabricksCfg::MaxFileBytes - content.size() - 3, 'x') + '\n';
    content += '\n'; // one byte over
    QCOMPARE(content.size(), DatabricksCfg::MaxFileBytes + 1);
    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(writeFile(content), &error);
    QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));
    QVERIFY(cfg.profileNames().isEmpty());
}

// As many sections as fit: read, and not in quadratic time (each section header used to be
// looked up among all earlier ones).
void tst_DatabricksCfg::fileOfTheLargestSizeIsRead()
{
    QByteArray content;
    int sections = 0;
    for (;;) {
        const QByteArray section = "[p" + QByteArray::number(sections) + "]\n";
        if (content.size() + section.size() > DatabricksCfg::MaxFileBytes)
            break;
        content += section;
        ++sections;
    }
    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(writeFile(content), &error);
    QCOMPARE(error, QString());
    const QStringList names = cfg.profileNames();
    QCOMPARE(names.size(), sections);
    QCOMPARE(names.last(), u"p%1"_s.arg(sections - 1));
}

void tst_DatabricksCfg::endlessDeviceIsRefused()
{
    if (!QFile::exists(u"/dev/zero"_s))
        QSKIP("no /dev/zero");
    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(u"/dev/zero"_s, &error);
    QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));
    QVERIFY(cfg.profileNames().isEmpty());
}

void tst_DatabricksCfg::fifoIsRefusedWithoutBlocking()
{
    const QString path = m_dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(path, &error);
    QVERIFY2(error.contains(u"not a file"_s), qPrintable(error));
    QVERIFY(cfg.profileNames().isEmpty());
}

// DATABRICKS_CONFIG_FILE=/dev/null: no configuration, as the SDKs read it.
void tst_DatabricksCfg::nullDeviceIsEmpty()
{
    if (!QFile::exists(u"/dev/null"_s))
        QSKIP("no /dev/null");
    QString error = u"not cleared"_s;
    const DatabricksCfg cfg = DatabricksCfg::load(u"/dev/null"_s, &error);
    QCOMPARE(error, QString());
    QVERIFY(cfg.profileNames().isEmpty());
}

void tst_DatabricksCfg::malformedLinesAreReportedAndSkipped_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("lineMention");

    QTest::newRow("line without delimiter")
        << QByteArray("[a]\nhost = x\njust words\n[b]\ntoken = t\n") << u"line 3"_s;
    QTest::newRow("key before any section")
        << QByteArray("token = early\n[a]\nhost = x\n[b]\ntoken = t\n") << u"line 1"_s;
    QTest::newRow("empty section name")
        << QByteArray("[a]\nhost = x\n[]\n[b]\ntoken = t\n") << u"line 3"_s;
    QTest::newRow("missing key") << QByteArray("[a]\nhost = x\n= value\n[b]\ntoken = t\n")
                                 << u"line 3"_s;
}

void tst_DatabricksCfg::malformedLinesAreReportedAndSkipped()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, lineMention);

    QString error;
    const DatabricksCfg cfg = DatabricksCfg::load(writeFile(content), &error);
    QVERIFY2(error.contains(lineMention), qPrintable(error));
    QCOMPARE(cfg.profileNames(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(cfg.profile(QStringLiteral("a"))->host(), QStringLiteral("https://x"));
    QCOMPARE(cfg.profile(QStringLiteral("b"))->token(), QStringLiteral("t"));
}

void tst_DatabricksCfg::emptyDefaultIsNoProfile()
{
    const DatabricksCfg cfg = DatabricksCfg::parse("[DEFAULT]\n\n[a]\nhost = x\n");
    QCOMPARE(cfg.profileNames(), QStringList{QStringLiteral("a")});
    QCOMPARE(cfg.defaultProfileName(), QString());
    QVERIFY(!cfg.profile(QStringLiteral("DEFAULT")));
}

void tst_DatabricksCfg::defaultProfileFromSettings()
{
    const DatabricksCfg cfg = DatabricksCfg::parse("[__settings__]\ndefault_profile = prod\n"
                                                   "[DEFAULT]\nhost = d\n"
                                                   "[prod]\nhost = p\n");
    QCOMPARE(cfg.defaultProfileName(), QStringLiteral("prod"));
    QCOMPARE(cfg.profileNames(), QStringList({QStringLiteral("DEFAULT"), QStringLiteral("prod")}));
    QVERIFY(!cfg.profile(QStringLiteral("__settings__")));

    const DatabricksCfg unset = DatabricksCfg::parse("[__settings__]\ndefault_profile =\n"
                                                     "[DEFAULT]\nhost = d\n");
    QCOMPARE(unset.defaultProfileName(), QStringLiteral("DEFAULT"));
}

void tst_DatabricksCfg::defaultKeysAreNotMerged()
{
    const DatabricksCfg cfg = DatabricksCfg::parse("[DEFAULT]\nhost = d\ntoken = dt\n"
                                                   "[other]\nusername = u\n");
    const auto other = cfg.profile(QStringLiteral("other"));
    QVERIFY(other);
    QCOMPARE(other->host(), QString());
    QCOMPARE(other->token(), QString());
    QCOMPARE(other->values.keys(), QStringList{QStringLiteral("username")});
}

void tst_DatabricksCfg::defaultPath_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("home") << u"/home/ann"_s << u""_s << u"/home/ann/.databrickscfg"_s;
    QTest::newRow("DATABRICKS_CONFIG_FILE") << u"/home/ann"_s << u"/etc/dbcfg"_s << u"/etc/dbcfg"_s;
    QTest::newRow("tilde expanded")
        << u"/home/ann"_s << u"~/cfg/db.ini"_s << u"/home/ann/cfg/db.ini"_s;
}

void tst_DatabricksCfg::defaultPath()
{
    QFETCH(QString, home);
    QFETCH(QString, configFile);
    QFETCH(QString, expected);

    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    if (!configFile.isEmpty())
        env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), configFile);
    QCOMPARE(DatabricksCfg::defaultPath(env), expected);
}

void tst_DatabricksCfg::normalizeHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare host") << u"adb-1.2.azuredatabricks.net"_s
                               << u"https://adb-1.2.azuredatabricks.net"_s;
    QTest::newRow("trailing slashes")
        << u"https://x.cloud.databricks.com//"_s << u"https://x.cloud.databricks.com"_s;
    QTest::newRow("http kept") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("spaces") << u"  x.example.com/ "_s << u"https://x.example.com"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void tst_DatabricksCfg::normalizeHost()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Parlance::Config::normalizeHost(input), expected);
}

QTEST_GUILESS_MAIN(tst_DatabricksCfg)
#include "tst_databrickscfg.moc"
