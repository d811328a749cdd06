// parlance-cli compare against the simulated gateway over real sockets: answers under their
// headers in --models order, the metrics table, MODEL@API, the --json array, exit codes when a
// column fails, and columns that run at once.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

class TstCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textOutput();
    void tableRows();
    void modelAtApi();
    void jsonShape();
    void failingColumnAndExitCode_data();
    void failingColumnAndExitCode();
    void columnsRunInParallel();
    void inspectMarksEachColumn();
    void echoedTokenIsMasked();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    QStringList databricks() const
    {
        return {QStringLiteral("--host"), m_gateway.url().toString()};
    }
    CliResult compare(const QStringList &args, int timeoutMs = 30000)
    {
        return m_cli.run(databricks() + QStringList{QStringLiteral("compare")} + args, {},
                         timeoutMs);
    }
    // The metrics table: the lines after the last blank line of stdout.
    static QList<QByteArray> tableOf(const QByteArray &out)
    {
        const qsizetype blank = out.lastIndexOf("\n\n");
        return out.mid(blank + 2).trimmed().split('\n');
    }
    static QStringList cells(const QByteArray &line)
    {
        return QString::fromUtf8(line).split(QRegularExpression(QStringLiteral("  +")));
    }

    SimulatedGateway m_gateway;
    CliRunner m_cli;
};

void TstCliCompare::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                       QStringLiteral("dapi-compare-token-0123456789abcd"));
}

void TstCliCompare::init()
{
    m_gateway.clearRequests();
}

void TstCliCompare::cleanup()
{
    m_gateway.setTimeScale(1.0);
}

void TstCliCompare::textOutput()
{
    const CliResult r
        = compare({QStringLiteral("--models"),
                   QStringLiteral("demo-echo,demo-slow@responses,demo-tools,demo-echo@invocations"),
                   QStringLiteral("Hello, ünïcødé")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Each answer under its entry as given, in --models order, even though demo-slow finished
    // last; a tool call is the answer of its column.
    const QByteArray answers
        = "== demo-echo ==\n"
          "You said: Hello, ünïcødé\n"
          "\n"
          "== demo-slow@responses ==\n"
          "You said: Hello, ünïcødé\n"
          "\n"
          "== demo-tools ==\n"
          "[tool call get_weather {\"location\":\"Paris\",\"unit\":\"celsius\"}]\n"
          "\n"
          "== demo-echo@invocations ==\n"
          "You said: Hello, ünïcødé\n"
          "\n";
    QVERIFY2(r.out.startsWith(answers), r.out.constData());
    const QList<QByteArray> table = tableOf(r.out);
    QCOMPARE(table.size(), 5);
    QCOMPARE(cells(table.at(0)),
             QStringList({QStringLiteral("MODEL"), QStringLiteral("TTFT"), QStringLiteral("TOTAL"),
                          QStringLiteral("TOK/S"), QStringLiteral("IN"), QStringLiteral("OUT"),
                          QStringLiteral("FINISH"), QStringLiteral("STATUS")}));
    QCOMPARE(r.out, answers + table.join('\n') + '\n');
}

void TstCliCompare::tableRows()
{
    const CliResult r = compare(
        {QStringLiteral("--models"), QStringLiteral("demo-echo,demo-lorem@responses,demo-error"),
         QStringLiteral("--max-tokens"), QStringLiteral("7"), QStringLiteral("one two three")});
    QCOMPARE(r.exitCode, 2);
    const QList<QByteArray> table = tableOf(r.out);
    QCOMPARE(table.size(), 4);
    // Every line as wide as the header (numbers align on the right) or shorter by the padding
    // a last column never gets; none ends in a space.
    const QRegularExpression ms(QStringLiteral("^\\d+ ms$"));
    const QStringList echo = cells(table.at(1));
    QCOMPARE(echo.size(), 8);
    QCOMPARE(echo.at(0), QStringLiteral("demo-echo"));
    QVERIFY2(ms.match(echo.at(1)).hasMatch(), table.at(1).constData());
    QVERIFY2(ms.match(echo.at(2)).hasMatch(), table.at(1).constData());
    QCOMPARE(echo.at(4), QStringLiteral("3")); // "one two three"
    QCOMPARE(echo.at(5), QStringLiteral("5")); // "You said: one two three"
    QCOMPARE(echo.at(6), QStringLiteral("stop"));
    QCOMPARE(echo.at(7), QStringLiteral("ok"));
    const QStringList lorem = cells(table.at(2));
    QCOMPARE(lorem.at(0), QStringLiteral("demo-lorem@responses"));
    QCOMPARE(lorem.at(5), QStringLiteral("7"));
    QCOMPARE(lorem.at(6), QStringLiteral("length"));
    QCOMPARE(lorem.at(7), QStringLiteral("ok"));
    const QStringList error = cells(table.at(3));
    QCOMPARE(error.at(0), QStringLiteral("demo-error"));
    QCOMPARE(error.at(1), QStringLiteral("-")); // no first token
    QVERIFY(ms.match(error.at(2)).hasMatch());
    QCOMPARE(error.at(3), QStringLiteral("-"));
    QCOMPARE(error.at(7), QStringLiteral("HTTP 400"));
    const qsizetype statusColumn = table.at(0).indexOf("STATUS");
    for (const QByteArray &line : table) {
        QVERIFY2(!line.endsWith(' '), line.constData());
        QCOMPARE(line.indexOf(cells(line).last().toUtf8(), statusColumn), statusColumn);
    }
}

void TstCliCompare::modelAtApi()
{
    const CliResult r
        = compare({QStringLiteral("--models"),
                   QStringLiteral("demo-echo@chat,demo-echo@responses,demo-echo@invocations,"
                                  "demo-echo"),
                   QStringLiteral("--api"), QStringLiteral("responses"), QStringLiteral("--json"),
                   QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray results = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(results.size(), 4);
    const QStringList apis = {QStringLiteral("chat"), QStringLiteral("responses"),
                              QStringLiteral("invocations"), QStringLiteral("responses")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(results.at(i)[QLatin1String("model")].toString(), QStringLiteral("demo-echo"));
        QCOMPARE(results.at(i)[QLatin1String("api")].toString(), apis.at(i));
        QCOMPARE(results.at(i)[QLatin1String("text")].toString(), QStringLiteral("You said: hi"));
    }
    // Each went to its own API's route.
    QStringList paths;
    for (const auto &request : m_gateway.requests())
        paths.append(request.path);
    paths.sort();
    QCOMPARE(paths, QStringList({QStringLiteral("/ai-gateway/mlflow/v1/chat/completions"),
                                 QStringLiteral("/ai-gateway/mlflow/v1/responses"),
                                 QStringLiteral("/ai-gateway/mlflow/v1/responses"),
                                 QStringLiteral("/serving-endpoints/demo-echo/invocations")}));
}

void TstCliCompare::jsonShape()
{
    const QStringList models = {QStringLiteral("demo-reasoning"), QStringLiteral("demo-error"),
                                QStringLiteral("demo-tools@responses")};
    const CliResult r = compare({QStringLiteral("--models"), models.join(u','),
                                 QStringLiteral("--json"), QStringLiteral("17*23?")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.endsWith("]\n"));
    QCOMPARE(r.out.count('\n'), 1); // one line
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray results = doc.array();
    QCOMPARE(results.size(), 3);

    // Each element is what chat --json prints for that model, member for member.
    for (int i = 0; i < 3; ++i) {
        QJsonObject o = results.at(i).toObject();
        const QString model = models.at(i).section(u'@', 0, 0);
        const QString api
            = models.at(i).contains(u'@') ? models.at(i).section(u'@', 1) : QStringLiteral("chat");
        const CliResult chat
            = m_cli.run(databricks()
                        + QStringList{QStringLiteral("chat"), model, QStringLiteral("--api"), api,
                                      QStringLiteral("--json"), QStringLiteral("17*23?")});
        QJsonObject single = QJsonDocument::fromJson(chat.out).object();
        QCOMPARE(chat.exitCode, model == u"demo-error" ? 2 : 0);
        QCOMPARE(o.keys(), single.keys());
        QCOMPARE(o.value(QLatin1String("metrics")).toObject().keys(),
                 single.value(QLatin1String("metrics")).toObject().keys());
        // Timings differ from run to run; everything else is the same.
        o.remove(QStringLiteral("metrics"));
        single.remove(QStringLiteral("metrics"));
        QJsonObject a = o, b = single;
        a.remove(QStringLiteral("tool_calls"));
        b.remove(QStringLiteral("tool_calls"));
        QCOMPARE(a, b);
        QCOMPARE(o.value(QLatin1String("tool_calls")).toArray().size(),
                 single.value(QLatin1String("tool_calls")).toArray().size());
    }
    const QJsonObject reasoning = results.at(0).toObject();
    QCOMPARE(reasoning[QLatin1String("text")].toString(), QStringLiteral("17 × 23 = 391"));
    QVERIFY(reasoning[QLatin1String("reasoning")].toString().startsWith(u"The user asked"));
    QVERIFY(reasoning[QLatin1String("metrics")][QLatin1String("ttft_ms")].isDouble());
    QCOMPARE(reasoning[QLatin1String("error")], QJsonValue(QJsonValue::Null));
    const QJsonObject error = results.at(1).toObject();
    QCOMPARE(error[QLatin1String("error")][QLatin1String("status")].toInt(), 400);
    QCOMPARE(error[QLatin1String("http")][QLatin1String("status")].toInt(), 400);
    QCOMPARE(error[QLatin1String("incomplete")], QJsonValue(false));
    const QJsonObject tools = results.at(2).toObject();
    QCOMPARE(tools[QLatin1String("api")].toString(), QStringLiteral("responses"));
    QCOMPARE(tools[QLatin1String("tool_calls")][0][QLatin1String("name")].toString(),
             QStringLiteral("get_weather"));
    QCOMPARE(tools[QLatin1String("finish_reason")].toString(), QStringLiteral("tool_calls"));
    // The failure is still reported on stderr.
    QVERIFY2(r.err.contains("parlance-cli: error: demo-error: HTTP 400"), r.err.constData());
}

void TstCliCompare::failingColumnAndExitCode_data()
{
    QTest::addColumn<QString>("models");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("statuses");
    // demo-slow runs past --max-time (exit 3) and finishes long after demo-error (exit 2): the
    // exit code is that of the first failing column in --models order, not in time.
    QTest::newRow("timeout first")
        << QStringLiteral("demo-echo,demo-slow,demo-error") << 3
        << QStringList{QStringLiteral("ok"), QStringLiteral("timeout, incomplete"),
                       QStringLiteral("HTTP 400")};
    QTest::newRow("gateway error first")
        << QStringLiteral("demo-error,demo-slow,demo-echo") << 2
        << QStringList{QStringLiteral("HTTP 400"), QStringLiteral("timeout, incomplete"),
                       QStringLiteral("ok")};
    QTest::newRow("all good") << QStringLiteral("demo-echo,demo-echo@responses") << 0
                              << QStringList{QStringLiteral("ok"), QStringLiteral("ok")};
}

void TstCliCompare::failingColumnAndExitCode()
{
    QFETCH(QString, models);
    QFETCH(int, exitCode);
    QFETCH(QStringList, statuses);
    m_gateway.setTimeScale(2.0); // demo-slow: first word at 0.6 s, a word every 0.1 s
    const CliResult r
        = compare({QStringLiteral("--models"), models, QStringLiteral("--max-time"),
                   QStringLiteral("1"), QStringLiteral("a b c d e f g h i j k l m n o p")});
    QCOMPARE(r.exitCode, exitCode);
    // Every column's answer is printed either way, and the table has a row for each.
    const QStringList entries = models.split(u',');
    for (const QString &entry : entries)
        QVERIFY2(r.out.contains(QByteArray("== " + entry.toUtf8() + " ==\n")), r.out.constData());
    QVERIFY(r.out.contains("== demo-error ==\n\n") || !models.contains(u"demo-error"));
    const QList<QByteArray> table = tableOf(r.out);
    QCOMPARE(table.size(), entries.size() + 1);
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(cells(table.at(i + 1)).first(), entries.at(i));
        QCOMPARE(cells(table.at(i + 1)).last(), statuses.at(i));
    }
    if (models.contains(u"demo-slow")) {
        // What it said before the limit stays, and stderr says why it stopped.
        QVERIFY2(r.out.contains("== demo-slow ==\nYou said: a"), r.out.constData());
        QVERIFY2(r.err.contains("parlance-cli: error: demo-slow: timeout: "), r.err.constData());
        QVERIFY(r.err.contains("parlance-cli: warning: the answer of demo-slow above is "
                               "incomplete."));
        QVERIFY(r.err.contains("parlance-cli: error: demo-error: HTTP 400 BAD_REQUEST: "));
    } else {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TstCliCompare::columnsRunInParallel()
{
    // Eight columns, more than the six connections Qt opens to one host: together they take
    // about as long as one, not as two rounds (or eight), and each is timed on its own.
    m_gateway.setTimeScale(5.0); // demo-slow: first word at 1.5 s, then a word every 0.25 s
    QStringList models;
    for (int i = 0; i < 8; ++i)
        models.append(QStringLiteral("demo-slow"));
    QElapsedTimer wall;
    wall.start();
    const CliResult r = compare({QStringLiteral("--models"), models.join(u','),
                                 QStringLiteral("--json"), QStringLiteral("x")});
    const qint64 wallMs = wall.elapsed();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray results = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(results.size(), 8);
    qint64 slowest = 0;
    for (const QJsonValue &result : results) {
        const qint64 ttft
            = qint64(result[QLatin1String("metrics")][QLatin1String("ttft_ms")].toDouble());
        const qint64 total
            = qint64(result[QLatin1String("metrics")][QLatin1String("total_ms")].toDouble());
        QVERIFY2(ttft >= 1350 && ttft < 1500 * 18 / 10, QByteArray::number(ttft).constData());
        slowest = qMax(slowest, total);
    }
    // One column: 1.5 s to the first word, two more words ("You said: x"): ~2 s. Eight that
    // waited for each other's connections would take ~4 s.
    const QByteArray what = "wall " + QByteArray::number(wallMs) + " ms, slowest column "
                            + QByteArray::number(slowest) + " ms";
    QVERIFY2(slowest >= 1800, what.constData());
    QVERIFY2(wallMs < slowest * 3 / 2, what.constData());
}

void TstCliCompare::inspectMarksEachColumn()
{
    const CliResult r
        = compare({QStringLiteral("--models"), QStringLiteral("demo-echo,demo-echo@responses"),
                   QStringLiteral("--inspect"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("* column demo-echo\n* attempt 1, "), r.err.constData());
    QVERIFY(r.err.contains("* column demo-echo@responses\n* attempt 1, "));
    QVERIFY(r.err.contains(
        QByteArray("> POST " + m_gateway.url().toEncoded() + "/ai-gateway/mlflow/v1/responses\n")));
    QVERIFY(r.err.contains("> Authorization: Bearer ****abcd\n"));
    QVERIFY(!r.err.contains("0123456789abcd"));
    QVERIFY(!r.out.contains("* column")); // stdout has the answers only
}

void TstCliCompare::echoedTokenIsMasked()
{
    // demo-echo says the prompt back, token and all: every output masks it.
    const QString token = QStringLiteral("dapi-compare-token-0123456789abcd");
    for (const QString &mode :
         {QStringLiteral("--no-stream"), QStringLiteral("--json"), QStringLiteral("--inspect")}) {
        const CliResult r
            = compare({QStringLiteral("--models"), QStringLiteral("demo-echo,demo-echo@responses"),
                       mode, QStringLiteral("my key is ") + token});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()),
                 qPrintable(mode));
        QVERIFY2(r.out.contains("You said: my key is ****abcd"), r.out.constData());
    }
}

void TstCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad @API") << QStringList{QStringLiteral("--models"),
                                             QStringLiteral("demo-echo,demo-echo@chatty"),
                                             QStringLiteral("hi")}
                              << QStringLiteral("'demo-echo@chatty' in --models: 'chatty' is not "
                                                "an API; write MODEL@chat, MODEL@responses or "
                                                "MODEL@invocations");
    QTest::newRow("empty @API") << QStringList{QStringLiteral("--models"),
                                               QStringLiteral("demo-echo@"), QStringLiteral("hi")}
                                << QStringLiteral("'demo-echo@' in --models: '' is not an API");
    QTest::newRow("no model") << QStringList{QStringLiteral("--models"), QStringLiteral("@chat"),
                                             QStringLiteral("hi")}
                              << QStringLiteral("'@chat' in --models names no model");
    QTest::newRow("empty --models")
        << QStringList{QStringLiteral("--models"), QStringLiteral(""), QStringLiteral("hi")}
        << QStringLiteral("compare needs the models to ask: parlance-cli compare --models "
                          "A[@API],B[@API] \"PROMPT\"");
    QTest::newRow("only commas") << QStringList{QStringLiteral("--models"), QStringLiteral(",,"),
                                                QStringLiteral("hi")}
                                 << QStringLiteral("compare needs the models to ask");
    QTest::newRow("no --models") << QStringList{QStringLiteral("hi")}
                                 << QStringLiteral("compare needs the models to ask");
    QTest::newRow("no prompt") << QStringList{QStringLiteral("--models"),
                                              QStringLiteral("demo-echo,demo-lorem")}
                               << QStringLiteral("compare needs a PROMPT");
    QTest::newRow("--raw") << QStringList{QStringLiteral("--models"), QStringLiteral("demo-echo"),
                                          QStringLiteral("--raw"), QStringLiteral("hi")}
                           << QStringLiteral("--raw is for chat: compare prints each answer and "
                                             "a metrics table. Use --inspect");
}

void TstCliCompare::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    // Checked before the connection: no connection options given at all.
    const CliResult r = m_cli.run(QStringList{QStringLiteral("compare")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QByteArray("parlance-cli: error: " + message.toUtf8())),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_gateway.requests().isEmpty());
}

void TstCliCompare::help()
{
    const CliResult r = m_cli.run({QStringLiteral("compare"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: parlance-cli [connection] compare --models "
                             "A[@API],B[@API][,...] [generation] PROMPT\n"));
    QVERIFY(r.out.contains("--json"));
    QVERIFY(r.out.contains("--max-tokens"));
    QVERIFY(!r.out.contains("not implemented"));
}

QTEST_GUILESS_MAIN(TstCliCompare)
#include "tst_clicompare.moc"
