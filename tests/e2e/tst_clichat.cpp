// parlance-cli chat and models against the simulated gateway over real sockets, for every
// chat-style API, streamed and not.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

class TstCliChat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void models_data();
    void models();
    void echo_data();
    void echo();
    void jsonResult_data();
    void jsonResult();
    void reasoning_data();
    void reasoning();
    void toolCalls_data();
    void toolCalls();
    void lengthFinish();
    void generationReachesTheBody();
    void rawPrintsTheStreamBytes();
    void inspectShowsMaskedExchange();
    void unicodeSplitAtEveryByte();
    void loginOnAnOpenAiServer();

private:
    QStringList openAi() const
    {
        return {QStringLiteral("--base-url"), m_gateway.url().toString() + QStringLiteral("/v1")};
    }
    QStringList databricks() const
    {
        return {QStringLiteral("--host"), m_gateway.url().toString()};
    }
    QJsonObject runJson(const QStringList &args);

    SimulatedGateway m_gateway;
    CliRunner m_cli;
};

void TstCliChat::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                       QStringLiteral("dapi-test-token-0123456789abcd"));
}

QJsonObject TstCliChat::runJson(const QStringList &args)
{
    const CliResult r = m_cli.run(args + QStringList{QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("stdout: %s\nstderr: %s", r.out.constData(), r.err.constData());
        return {};
    }
    return doc.object();
}

void TstCliChat::models_data()
{
    QTest::addColumn<bool>("databricks");
    QTest::newRow("openai /v1/models") << false;
    QTest::newRow("databricks serving-endpoints") << true;
}

void TstCliChat::models()
{
    QFETCH(bool, databricks);
    const CliResult r = m_cli.run((databricks ? this->databricks() : openAi())
                                  + QStringList{QStringLiteral("models")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("demo-echo"), r.out.constData());
    QVERIFY(r.out.contains("demo-reasoning"));
    if (databricks) {
        QVERIFY(r.out.contains("demo-echo\tllm/v1/chat\tREADY\n"));
        QVERIFY(r.out.contains("demo-not-ready\tllm/v1/chat\tNOT_READY\n"));
    } else {
        // An OpenAI-compatible list has no task or state: the name alone, no empty columns.
        QVERIFY2(r.out.contains("\ndemo-echo\n") || r.out.startsWith("demo-echo\n"),
                 r.out.constData());
    }
    for (const QByteArray &line : r.out.split('\n')) {
        QVERIFY2(!line.endsWith(' ') && !line.endsWith('\t'), line.constData());
        QVERIFY(!line.contains("\t\t"));
    }
    const CliResult json
        = m_cli.run((databricks ? this->databricks() : openAi())
                    + QStringList{QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out).array();
    QVERIFY(list.size() >= 6);
    QStringList names;
    for (const QJsonValue &v : list)
        names.append(v[QLatin1String("name")].toString());
    QVERIFY(names.contains(QStringLiteral("demo-tools")));
}

static void addApiRows()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("databricks");
    for (const char *api : {"chat", "responses", "invocations"}) {
        for (bool stream : {true, false}) {
            for (bool databricks : {false, true}) {
                if (QByteArrayView(api) == "invocations" && !databricks)
                    continue; // a Databricks route
                QTest::addRow("%s %s %s", api, stream ? "stream" : "no-stream",
                              databricks ? "databricks" : "openai")
                    << QString::fromLatin1(api) << stream << databricks;
            }
        }
    }
}

void TstCliChat::echo_data()
{
    addApiRows();
}

void TstCliChat::echo()
{
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(bool, databricks);
    QStringList args = databricks ? this->databricks() : openAi();
    args << QStringLiteral("chat") << QStringLiteral("demo-echo") << QStringLiteral("--api") << api;
    if (!stream)
        args << QStringLiteral("--no-stream");
    args << QStringLiteral("Hello, gateway: \"quotes\" & ünïcødé 🚀");
    const CliResult r = m_cli.run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("You said: Hello, gateway: \"quotes\" & ünïcødé 🚀"));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TstCliChat::jsonResult_data()
{
    addApiRows();
}

void TstCliChat::jsonResult()
{
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(bool, databricks);
    QStringList args = databricks ? this->databricks() : openAi();
    args << QStringLiteral("chat") << QStringLiteral("demo-echo") << QStringLiteral("--api") << api;
    if (!stream)
        args << QStringLiteral("--no-stream");
    args << QStringLiteral("one two three");
    const QJsonObject o = runJson(args);
    QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("demo-echo"));
    QCOMPARE(o.value(QLatin1String("api")).toString(), api);
    QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("You said: one two three"));
    QVERIFY(o.value(QLatin1String("reasoning")).isNull());
    QCOMPARE(o.value(QLatin1String("tool_calls")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 5); // "You said: one two three"
    QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 3);
    QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 8);
    const QJsonObject metrics = o.value(QLatin1String("metrics")).toObject();
    QVERIFY(metrics.value(QLatin1String("total_ms")).toDouble() >= 0);
    QVERIFY(metrics.contains(QLatin1String("ttft_ms")));
    QVERIFY(metrics.contains(QLatin1String("output_tokens_per_s")));
    if (stream)
        QVERIFY(metrics.value(QLatin1String("ttft_ms")).isDouble());
    const QJsonObject http = o.value(QLatin1String("http")).toObject();
    QCOMPARE(http.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(http.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(o.value(QLatin1String("error")).isNull());
    QCOMPARE(o.value(QLatin1String("incomplete")), QJsonValue(false));
}

void TstCliChat::reasoning_data()
{
    addApiRows();
}

void TstCliChat::reasoning()
{
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(bool, databricks);
    QStringList args = databricks ? this->databricks() : openAi();
    args << QStringLiteral("chat") << QStringLiteral("demo-reasoning") << QStringLiteral("--api")
         << api;
    if (!stream)
        args << QStringLiteral("--no-stream");
    args << QStringLiteral("What is 17*23?");
    const QJsonObject o = runJson(args);
    QVERIFY2(o.value(QLatin1String("error")).isNull(), QJsonDocument(o).toJson().constData());
    QVERIFY(!o.value(QLatin1String("reasoning")).toString().isEmpty());
    QVERIFY(!o.value(QLatin1String("text")).toString().isEmpty());
    // The reasoning is not part of the answer text.
    QVERIFY(!o.value(QLatin1String("text"))
                 .toString()
                 .contains(o.value(QLatin1String("reasoning")).toString()));
}

void TstCliChat::toolCalls_data()
{
    addApiRows();
}

void TstCliChat::toolCalls()
{
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(bool, databricks);
    QStringList args = databricks ? this->databricks() : openAi();
    args << QStringLiteral("chat") << QStringLiteral("demo-tools") << QStringLiteral("--api")
         << api;
    if (!stream)
        args << QStringLiteral("--no-stream");
    args << QStringLiteral("Weather in Paris?");
    const QJsonObject o = runJson(args);
    const QJsonArray calls = o.value(QLatin1String("tool_calls")).toArray();
    QCOMPARE(calls.size(), 1);
    const QJsonObject call = calls.first().toObject();
    QCOMPARE(call.value(QLatin1String("name")).toString(), QStringLiteral("get_weather"));
    QVERIFY(!call.value(QLatin1String("id")).toString().isEmpty());
    const QJsonObject arguments
        = QJsonDocument::fromJson(call.value(QLatin1String("arguments")).toString().toUtf8())
              .object();
    QCOMPARE(arguments.value(QLatin1String("location")).toString(), QStringLiteral("Paris"));
    QCOMPARE(o.value(QLatin1String("finish_reason")).toString(), QStringLiteral("tool_calls"));
}

void TstCliChat::lengthFinish()
{
    const QJsonObject o = runJson(
        openAi()
        + QStringList{QStringLiteral("chat"), QStringLiteral("demo-lorem"),
                      QStringLiteral("--max-tokens"), QStringLiteral("7"), QStringLiteral("go")});
    QCOMPARE(o.value(QLatin1String("text")).toString().split(QLatin1Char(' ')).size(), 7);
    QCOMPARE(o.value(QLatin1String("finish_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(
        o.value(QLatin1String("usage")).toObject().value(QLatin1String("output_tokens")).toInt(),
        7);
}

void TstCliChat::generationReachesTheBody()
{
    m_cli.run(openAi()
              + QStringList{
                  QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("--system"),
                  QStringLiteral("Be brief."), QStringLiteral("--max-tokens"), QStringLiteral("33"),
                  QStringLiteral("--temperature"), QStringLiteral("0.25"),
                  QStringLiteral("--top-p"), QStringLiteral("0.5"), QStringLiteral("--stop"),
                  QStringLiteral("END"), QStringLiteral("--stop"), QStringLiteral("STOP"),
                  QStringLiteral("--param"), QStringLiteral("seed=7"), QStringLiteral("--param"),
                  QStringLiteral("metadata={\"k\":\"v\"}"), QStringLiteral("hi")});
    const auto requests = m_gateway.requests();
    QVERIFY(!requests.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(requests.last().body).object();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("demo-echo"));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0)[QLatin1String("role")].toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(0)[QLatin1String("content")].toString(), QStringLiteral("Be brief."));
    QCOMPARE(messages.at(1)[QLatin1String("content")].toString(), QStringLiteral("hi"));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 33);
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
    QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.5);
    QCOMPARE(body.value(QLatin1String("stop")).toArray(),
             (QJsonArray{QStringLiteral("END"), QStringLiteral("STOP")}));
    QCOMPARE(body.value(QLatin1String("seed")).toInt(), 7);
    QCOMPARE(body.value(QLatin1String("metadata")).toObject().value(QLatin1String("k")).toString(),
             QStringLiteral("v"));
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("stream_options"))
                 .toObject()
                 .value(QLatin1String("include_usage"))
                 .toBool(),
             true);
}

void TstCliChat::rawPrintsTheStreamBytes()
{
    const CliResult r = m_cli.run(openAi()
                                  + QStringList{QStringLiteral("chat"), QStringLiteral("demo-echo"),
                                                QStringLiteral("--raw"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("data: {"));
    QVERIFY(r.out.contains("chat.completion.chunk"));
    QVERIFY(r.out.trimmed().endsWith("data: [DONE]"));

    const CliResult body = m_cli.run(
        openAi()
        + QStringList{QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("--raw"),
                      QStringLiteral("--no-stream"), QStringLiteral("hi")});
    QCOMPARE(body.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(body.out).object().value(QLatin1String("object")).toString(),
             QStringLiteral("chat.completion"));
}

void TstCliChat::inspectShowsMaskedExchange()
{
    const QString token = QStringLiteral("dapi-inspect-secret-9f8e7d6c5b4a");
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), token);
    const CliResult r = cli.run(databricks()
                                + QStringList{QStringLiteral("--inspect"), QStringLiteral("chat"),
                                              QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("You said: hi"));
    QVERIFY2(r.err.contains(QByteArray("> POST " + m_gateway.url().toEncoded()
                                       + "/ai-gateway/mlflow/v1/chat/completions")),
             r.err.constData());
    QVERIFY(r.err.contains("> Authorization: Bearer ****5b4a"));
    QVERIFY(!r.err.contains(token.toUtf8()));
    QVERIFY(!r.err.contains("inspect-secret"));
    QVERIFY(r.err.contains("< HTTP 200"));
    QVERIFY(r.err.contains("ms] data: {"));
    QVERIFY(r.err.contains("data: [DONE]"));
    QVERIFY(r.err.contains("\"model\": \"demo-echo\"")); // the pretty-printed request body
}

void TstCliChat::unicodeSplitAtEveryByte()
{
    const QString prompt = QStringLiteral("héllo 日本 😀 ok");
    for (const char *api : {"chat", "responses"}) {
        const CliResult r = m_cli.run(
            openAi()
            + QStringList{QStringLiteral("--header"), QStringLiteral("X-Sim-Chunk-Bytes: 1"),
                          QStringLiteral("chat"), QStringLiteral("demo-echo"),
                          QStringLiteral("--api"), QString::fromLatin1(api), prompt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("You said: ") + prompt);
    }
}

void TstCliChat::loginOnAnOpenAiServer()
{
    // Every command of the contract runs now; `login` on a server that takes a key says so.
    const CliResult r = m_cli.run(openAi() + QStringList{QStringLiteral("login")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("signs in to a Databricks workspace"), r.err.constData());
    QVERIFY(!r.err.contains("not implemented yet"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstCliChat)
#include "tst_clichat.moc"
