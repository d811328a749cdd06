// The parlance-cli command line: the contract's options parse, mistakes are named.
#include "cli/cliargs.h"
#include "cli/clihelp.h"

#include <QTest>

using namespace Parlance;

class TstCliArgs : public QObject
{
    Q_OBJECT

private slots:
    void fullChatCommand();
    void optionsAnywhereAndInlineValues();
    void paramValuesAreJson();
    void mistakes_data();
    void mistakes();
    void helpNamesItsCommand_data();
    void helpNamesItsCommand();
    void everyCommandHasHelp();
};

static std::optional<Cli::CliArgs> parse(QStringList args, QString *error = nullptr)
{
    QString ignored;
    args.prepend(QStringLiteral("parlance-cli"));
    return Cli::parseArgs(args, error ? error : &ignored);
}

void TstCliArgs::fullChatCommand()
{
    const auto args = parse({QStringLiteral("--host"),         QStringLiteral("https://h"),
                             QStringLiteral("--gateway-path"), QStringLiteral("/serving-endpoints"),
                             QStringLiteral("--auth"),         QStringLiteral("basic"),
                             QStringLiteral("--header"),       QStringLiteral("X-A: 1"),
                             QStringLiteral("--header"),       QStringLiteral("X-B:2"),
                             QStringLiteral("--timeout"),      QStringLiteral("9"),
                             QStringLiteral("--retries"),      QStringLiteral("0"),
                             QStringLiteral("chat"),           QStringLiteral("databricks-claude"),
                             QStringLiteral("--system"),       QStringLiteral("sys"),
                             QStringLiteral("--max-tokens"),   QStringLiteral("100"),
                             QStringLiteral("--temperature"),  QStringLiteral("0.7"),
                             QStringLiteral("--top-p"),        QStringLiteral("0.9"),
                             QStringLiteral("--stop"),         QStringLiteral("a"),
                             QStringLiteral("--stop"),         QStringLiteral("b"),
                             QStringLiteral("--no-stream"),    QStringLiteral("--api"),
                             QStringLiteral("invocations"),    QStringLiteral("--json"),
                             QStringLiteral("--inspect"),      QStringLiteral("the prompt")});
    QVERIFY(args);
    QCOMPARE(args->command, QStringLiteral("chat"));
    QCOMPARE(args->positionals,
             (QStringList{QStringLiteral("databricks-claude"), QStringLiteral("the prompt")}));
    QCOMPARE(args->connection.host, QStringLiteral("https://h"));
    QCOMPARE(args->connection.gatewayPath, QStringLiteral("/serving-endpoints"));
    QCOMPARE(args->connection.auth, std::optional(Core::Connection::Auth::Basic));
    QCOMPARE(args->connection.headers.size(), 2);
    QCOMPARE(args->connection.headers.at(1).second, QByteArray("2"));
    QCOMPARE(args->connection.timeoutSeconds, std::optional(9));
    QCOMPARE(args->connection.retries, std::optional(0));
    QCOMPARE(args->generation.systemPrompt, QStringLiteral("sys"));
    QCOMPARE(args->generation.maxTokens, std::optional(100));
    QCOMPARE(args->generation.temperature, std::optional(0.7));
    QCOMPARE(args->generation.topP, std::optional(0.9));
    QCOMPARE(args->generation.stop, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!args->generation.stream);
    QCOMPARE(args->api, Core::ApiKind::Invocations);
    QVERIFY(args->json);
    QVERIFY(args->inspect);
    QVERIFY(!args->raw);
}

void TstCliArgs::optionsAnywhereAndInlineValues()
{
    const auto args
        = parse({QStringLiteral("models"), QStringLiteral("--base-url=http://127.0.0.1:1/v1"),
                 QStringLiteral("--json")});
    QVERIFY(args);
    QCOMPARE(args->connection.baseUrl, QStringLiteral("http://127.0.0.1:1/v1"));
    const auto dashes = parse({QStringLiteral("chat"), QStringLiteral("m"), QStringLiteral("--"),
                               QStringLiteral("--not-an-option")});
    QVERIFY(dashes);
    QCOMPARE(dashes->positionals.last(), QStringLiteral("--not-an-option"));
    const auto sim
        = parse({QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("8081")});
    QVERIFY(sim);
    QCOMPARE(sim->port, quint16(8081));
}

void TstCliArgs::paramValuesAreJson()
{
    const auto args
        = parse({QStringLiteral("chat"), QStringLiteral("--param"), QStringLiteral("n=2"),
                 QStringLiteral("--param"), QStringLiteral("reasoning_effort=\"low\""),
                 QStringLiteral("--param"),
                 QStringLiteral("thinking={\"type\":\"enabled\",\"budget_tokens\":1024}"),
                 QStringLiteral("--param"), QStringLiteral("stop=null")});
    QVERIFY(args);
    const QJsonObject extra = args->generation.extra;
    QCOMPARE(extra.value(QLatin1String("n")).toInt(), 2);
    QCOMPARE(extra.value(QLatin1String("reasoning_effort")).toString(), QStringLiteral("low"));
    QCOMPARE(extra.value(QLatin1String("thinking"))
                 .toObject()
                 .value(QLatin1String("budget_tokens"))
                 .toInt(),
             1024);
    QVERIFY(extra.value(QLatin1String("stop")).isNull());
}

void TstCliArgs::mistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("token flag") << QStringList{QStringLiteral("--token"), QStringLiteral("x")}
                                << QStringLiteral("--token-stdin");
    QTest::newRow("top-p out of range")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--top-p"), QStringLiteral("1.5")}
        << QStringLiteral("--top-p");
    QTest::newRow("negative temperature")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--temperature"),
                       QStringLiteral("-1")}
        << QStringLiteral("--temperature");
    QTest::newRow("zero max tokens")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--max-tokens"), QStringLiteral("0")}
        << QStringLiteral("--max-tokens");
    QTest::newRow("param without =")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--param"), QStringLiteral("x")}
        << QStringLiteral("KEY=JSON");
    QTest::newRow("param bare word")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--param"), QStringLiteral("x=low")}
        << QStringLiteral("not JSON");
    QTest::newRow("header with newline")
        << QStringList{QStringLiteral("--header"), QStringLiteral("X-A: 1\r\nX-B: 2"),
                       QStringLiteral("chat")}
        << QStringLiteral("--header");
    QTest::newRow("flag with value")
        << QStringList{QStringLiteral("--json=yes"), QStringLiteral("chat")}
        << QStringLiteral("no value");
    QTest::newRow("bad port") << QStringList{QStringLiteral("sim"), QStringLiteral("--port"),
                                             QStringLiteral("70000")}
                              << QStringLiteral("--port");
}

void TstCliArgs::mistakes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!parse(args, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TstCliArgs::helpNamesItsCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("topic");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QString();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << QString();
    QTest::newRow("chat --help") << QStringList{QStringLiteral("chat"), QStringLiteral("--help")}
                                 << QStringLiteral("chat");
    QTest::newRow("--help sql") << QStringList{QStringLiteral("--help"), QStringLiteral("sql")}
                                << QStringLiteral("sql");
    QTest::newRow("help models") << QStringList{QStringLiteral("help"), QStringLiteral("models")}
                                 << QStringLiteral("models");
    // Help needs none of what running the command needs: no MODEL, no PROMPT, no connection.
    QTest::newRow("chat m -h") << QStringList{QStringLiteral("--host"), QStringLiteral("https://h"),
                                              QStringLiteral("chat"), QStringLiteral("m"),
                                              QStringLiteral("-h")}
                               << QStringLiteral("chat");
    QTest::newRow("login --help") << QStringList{QStringLiteral("login"), QStringLiteral("--help")}
                                  << QStringLiteral("login");
}

void TstCliArgs::helpNamesItsCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, topic);
    QString error;
    const auto parsed = parse(args, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->command, QStringLiteral("help"));
    QCOMPARE(parsed->helpTopic, topic);

    QVERIFY(!parse({QStringLiteral("help"), QStringLiteral("chatt")}, &error));
    QVERIFY2(error.contains(QStringLiteral("chatt")), qPrintable(error));
    const auto version = parse({QStringLiteral("chat"), QStringLiteral("--version")});
    QVERIFY(version);
    QCOMPARE(version->command, QStringLiteral("version"));
}

void TstCliArgs::everyCommandHasHelp()
{
    for (const char *name : {"models", "chat", "compare", "batch", "sql", "code", "login", "sim",
                             "profiles", "help"}) {
        const QString command = QString::fromLatin1(name);
        const QString help = Cli::commandHelp(command);
        QVERIFY2(help.startsWith(QStringLiteral("Usage: parlance-cli ")), name);
        QVERIFY2(help.contains(QLatin1Char(' ') + command + QLatin1Char(' '))
                     || help.contains(QLatin1Char(' ') + command + QLatin1Char('\n')),
                 name);
        QVERIFY2(help != Cli::usageText(), name);
        for (const QString &line : help.split(QLatin1Char('\n')))
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }
    QVERIFY(Cli::commandHelp(QStringLiteral("nope")).isEmpty());
    QVERIFY(Cli::commandHelp(QStringLiteral("chat")).contains(QStringLiteral("--max-tokens")));
    QVERIFY(Cli::commandHelp(QStringLiteral("chat")).contains(QStringLiteral("--base-url")));
    QVERIFY(Cli::commandHelp(QStringLiteral("sql"))
                .contains(QStringLiteral("DATABRICKS_WAREHOUSE_ID")));
    QVERIFY(!Cli::commandHelp(QStringLiteral("sim")).contains(QStringLiteral("--base-url")));
    QVERIFY(Cli::usageText().contains(QStringLiteral("--version")));
}

QTEST_GUILESS_MAIN(TstCliArgs)
#include "tst_cliargs.moc"
