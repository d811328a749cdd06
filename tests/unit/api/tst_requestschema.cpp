#include "api/chatcompletions.h"
#include "api/responses.h"
#include "support/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Core::ContentPart;

// The bodies we send must be what OpenAI's own schema accepts: validated with python3-jsonschema
// against tests/data/wire/schemas/openai-openapi-subset.json by tests/unit/api/validate_request.py.
class tst_RequestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chatBodies_data();
    void chatBodies();
    void responsesBodies_data();
    void responsesBodies();
    void invalidBodyIsRejected();

private:
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Result validate(const QString &component, const QByteArray &body);

    QString m_python;
    QString m_script;
    QString m_schema;
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

Core::Message makeMessage(Core::Role role, const QList<ContentPart> &parts,
                          const QString &toolCallId = {})
{
    Core::Message message;
    message.role = role;
    message.parts = parts;
    message.toolCallId = toolCallId;
    return message;
}

QByteArray chatBody(const Core::Conversation &conversation, const Core::GenerationParams &params)
{
    return Api::buildChatCompletionsRequest(
               QUrl(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions")),
               QStringLiteral("gpt-4o-mini"), conversation, params)
        .body;
}

QByteArray responsesBody(const Core::Conversation &conversation,
                         const Core::GenerationParams &params)
{
    return Api::buildResponsesRequest(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/responses")),
                                      QStringLiteral("gpt-4o-mini"), conversation, params)
        .body;
}

Core::Conversation toolConversation()
{
    Core::Conversation conversation;
    conversation.append(Core::Message::user(QStringLiteral("Weather in Paris and Rome?")));
    conversation.append(makeMessage(
        Core::Role::Assistant,
        {ContentPart::makeText(QStringLiteral("Let me check.")),
         ContentPart::makeToolCall(QStringLiteral("call_1"), QStringLiteral("get_weather"),
                                   QStringLiteral(R"({"city":"Paris"})")),
         ContentPart::makeToolCall(QStringLiteral("call_2"), QStringLiteral("get_weather"),
                                   QStringLiteral(R"({"city":"Rome"})"))}));
    conversation.append(makeMessage(Core::Role::Tool,
                                    {ContentPart::makeText(QStringLiteral("18C, sunny"))},
                                    QStringLiteral("call_1")));
    conversation.append(makeMessage(Core::Role::Tool,
                                    {ContentPart::makeText(QStringLiteral("24C, cloudy"))},
                                    QStringLiteral("call_2")));
    // an assistant turn that is only a tool call: content null
    conversation.append(
        makeMessage(Core::Role::Assistant,
                    {ContentPart::makeToolCall(QStringLiteral("call_3"), QStringLiteral("get_time"),
                                               QStringLiteral("{}"))}));
    conversation.append(makeMessage(Core::Role::Tool,
                                    {ContentPart::makeText(QStringLiteral("12:00"))},
                                    QStringLiteral("call_3")));
    // unsigned reasoning is dropped, so this turn stays plain OpenAI
    conversation.append(makeMessage(
        Core::Role::Assistant, {ContentPart::makeReasoning(QStringLiteral("thinking")),
                                ContentPart::makeText(QStringLiteral("Paris 18C, Rome 24C."))}));
    conversation.append(Core::Message::user(QStringLiteral("Thanks")));
    return conversation;
}

} // namespace

void tst_RequestSchema::initTestCase()
{
    // Not a skip: CI installs python3 and python3-jsonschema, and without them nothing is checked.
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QFAIL("python3 is not installed (Debian: apt-get install python3 python3-jsonschema)");
    QProcess probe;
    probe.start(m_python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
    QVERIFY(probe.waitForFinished(60000));
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QFAIL("python3-jsonschema is not installed (Debian: apt-get install python3-jsonschema)");

    m_script = Parlance::Testing::sourcePath(u"tests/unit/api/validate_request.py");
    m_schema = Parlance::Testing::dataPath(u"wire/schemas/openai-openapi-subset.json");
    QVERIFY(m_dir.isValid());
}

tst_RequestSchema::Result tst_RequestSchema::validate(const QString &component,
                                                      const QByteArray &body)
{
    const QString path = m_dir.filePath(QStringLiteral("body%1.json").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return {-1, QStringLiteral("cannot write ") + path};
    file.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_python, {m_script, m_schema, component, path});
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("validator did not finish")};
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit)
        return {-1, output};
    return {process.exitCode(), output};
}

void tst_RequestSchema::chatBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    const Core::Conversation hello = Core::Conversation::singleTurn(QStringLiteral("Hello!"));

    Core::GenerationParams plain;
    plain.stream = false;
    QTest::newRow("plain") << chatBody(hello, plain);

    Core::GenerationParams streaming;
    QTest::newRow("streaming with stream_options") << chatBody(hello, streaming);

    Core::GenerationParams all;
    all.systemPrompt = QStringLiteral("You are terse.");
    all.maxTokens = 256;
    all.temperature = 0.7;
    all.topP = 0.95;
    all.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    QTest::newRow("system, max_tokens, temperature, top_p, stop") << chatBody(hello, all);

    Core::GenerationParams single;
    single.stop = {QStringLiteral("###")};
    single.temperature = 0.0;
    QTest::newRow("one stop, zero temperature") << chatBody(hello, single);

    QTest::newRow("tool calls and tool results") << chatBody(toolConversation(), all);

    Core::GenerationParams extra;
    extra.maxTokens = 100;
    extra.extra = QJsonDocument::fromJson(R"({
        "n": 2,
        "seed": 7,
        "reasoning_effort": "low",
        "response_format": {"type": "json_object"},
        "tool_choice": "auto",
        "tools": [{"type": "function", "function": {"name": "get_weather",
                   "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}],
        "thinking": {"type": "enabled", "budget_tokens": 64},
        "stream_options": null
    })")
                      .object();
    QTest::newRow("extra params merged") << chatBody(hello, extra);
}

void tst_RequestSchema::chatBodies()
{
    QFETCH(QByteArray, body);
    QVERIFY(!body.isEmpty());
    const Result result = validate(QStringLiteral("CreateChatCompletionRequest"), body);
    QVERIFY2(result.exitCode == 0,
             qPrintable(QString::fromUtf8(body) + QLatin1Char('\n') + result.output));
}

void tst_RequestSchema::responsesBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    const Core::Conversation hello = Core::Conversation::singleTurn(QStringLiteral("Hello!"));
    Core::GenerationParams plain;
    plain.stream = false;
    QTest::newRow("plain string input") << responsesBody(hello, plain);
    QTest::newRow("streaming") << responsesBody(hello, {});

    Core::GenerationParams all;
    all.systemPrompt = QStringLiteral("You are terse.");
    all.maxTokens = 256;
    all.temperature = 0.7;
    all.topP = 0.95;
    all.stop = {QStringLiteral("END")}; // no Responses field: must be left out, not sent
    QTest::newRow("instructions, max_output_tokens, temperature, top_p")
        << responsesBody(hello, all);

    Core::Conversation turns;
    turns.append(Core::Message::user(QStringLiteral("Hi")));
    turns.append(Core::Message::assistant(QStringLiteral("Hello, how can I help?")));
    turns.append(Core::Message::user(QStringLiteral("Tell me a joke")));
    QTest::newRow("multi-turn message items") << responsesBody(turns, all);
    QTest::newRow("function calls and outputs") << responsesBody(toolConversation(), all);

    Core::GenerationParams extra;
    extra.extra = QJsonDocument::fromJson(R"({
        "reasoning": {"effort": "low", "summary": "auto"},
        "text": {"format": {"type": "json_object"}},
        "store": false,
        "tools": [{"type": "function", "name": "get_weather", "strict": false,
                   "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}]
    })")
                      .object();
    QTest::newRow("extra params merged") << responsesBody(hello, extra);
}

void tst_RequestSchema::responsesBodies()
{
    QFETCH(QByteArray, body);
    QVERIFY(!body.isEmpty());
    QVERIFY(!QJsonDocument::fromJson(body).object().contains(QLatin1StringView("stop")));
    const Result result = validate(QStringLiteral("CreateResponse"), body);
    QVERIFY2(result.exitCode == 0,
             qPrintable(QString::fromUtf8(body) + QLatin1Char('\n') + result.output));
}

void tst_RequestSchema::invalidBodyIsRejected()
{
    // The validator must be able to say no, or the test above proves nothing.
    QJsonObject body = QJsonDocument::fromJson(
                           chatBody(Core::Conversation::singleTurn(QStringLiteral("Hi")), {}))
                           .object();
    body.remove(QStringLiteral("messages"));
    const Result missing = validate(QStringLiteral("CreateChatCompletionRequest"),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.output.contains(QLatin1StringView("'messages' is a required property")),
             qPrintable(missing.output));

    // a wrong type deep inside a message is caught too
    const QByteArray nested = R"({"model":"m","messages":[{"role":"tool","content":"x"}]})";
    const Result badTool = validate(QStringLiteral("CreateChatCompletionRequest"), nested);
    QCOMPARE(badTool.exitCode, 1);

    // a Responses body with a message of an unknown role
    const QByteArray badRole = R"({"model":"m","input":[{"role":"robot","content":"x"}]})";
    QCOMPARE(validate(QStringLiteral("CreateResponse"), badRole).exitCode, 1);

    // and an unknown component is a usage error, not a pass
    const Result unknown = validate(QStringLiteral("NoSuchSchema"), QByteArray("{}"));
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_RequestSchema)
#include "tst_requestschema.moc"
