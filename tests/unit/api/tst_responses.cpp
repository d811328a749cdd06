#include "../core/hostilenumbers.h"
#include "api/errorbody.h"
#include "api/responses.h"
#include "core/reply.h"
#include "ssetesting.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parlance;
using Core::ReplyDelta;
using SseTesting::dataEvent;
using SseTesting::splitSse;

namespace {

using Parlance::Testing::readExample;

QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("not a JSON object: %s", bytes.left(200).constData());
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Decoded
{
    QList<ReplyDelta> deltas;
    Core::Reply reply;
    bool finished = false;
};

Decoded decodeAll(const QList<Core::SseEvent> &events)
{
    Api::ResponsesStreamDecoder decoder;
    Decoded result;
    for (const Core::SseEvent &event : events)
        result.deltas += decoder.decode(event);
    result.reply.applyAll(result.deltas);
    result.finished = decoder.isFinished();
    return result;
}

Core::Reply assemble(const QList<ReplyDelta> &deltas)
{
    Core::Reply reply;
    reply.applyAll(deltas);
    return reply;
}

QString refusalOf(const Core::Reply &reply)
{
    QString out;
    for (const Core::ContentPart &part : reply.primary().message.parts) {
        if (part.kind == Core::ContentPart::Kind::Refusal)
            out += part.text;
    }
    return out;
}

// "id|name|arguments" per call, joined with newlines: one string compares every field.
QString toolCallsOf(const Core::Reply &reply)
{
    QStringList calls;
    for (const Core::ContentPart &part : reply.primary().message.toolCalls())
        calls << part.toolCallId + QLatin1Char('|') + part.toolName + QLatin1Char('|')
                     + part.toolArguments;
    return calls.join(QLatin1Char('\n'));
}

QList<qint64> usageOf(const Core::Reply &reply)
{
    const Core::Usage &u = reply.usage;
    return {u.inputTokens.value_or(-1), u.outputTokens.value_or(-1), u.totalTokens.value_or(-1),
            u.reasoningTokens.value_or(-1)};
}

QList<ReplyDelta::Kind> kindsOf(const QList<ReplyDelta> &deltas)
{
    QList<ReplyDelta::Kind> kinds;
    for (const ReplyDelta &delta : deltas)
        kinds << delta.kind;
    return kinds;
}

// Names, so a failing comparison says which kinds differ.
QStringList kindNames(const QList<ReplyDelta::Kind> &kinds)
{
    static const char *const names[]
        = {"Text", "Reasoning", "Refusal", "ToolCall", "Usage", "Finish", "Info", "Error"};
    QStringList out;
    for (ReplyDelta::Kind kind : kinds)
        out << QString::fromLatin1(names[int(kind)]);
    return out;
}

// The `response` object of the last response.completed/incomplete/failed event, as a body.
QByteArray finalResponseBody(const QList<Core::SseEvent> &events)
{
    QByteArray body;
    for (const Core::SseEvent &event : events) {
        const QJsonObject payload = QJsonDocument::fromJson(event.data).object();
        const QString type = payload.value(QLatin1StringView("type")).toString();
        if (type == QLatin1StringView("response.completed")
            || type == QLatin1StringView("response.incomplete")
            || type == QLatin1StringView("response.failed"))
            body = compact(payload.value(QLatin1StringView("response")).toObject());
    }
    return body;
}

QByteArray eventJson(const QJsonObject &object)
{
    return compact(object);
}

const QString kLuminaStory = QStringLiteral(
    "In a peaceful grove beneath a silver moon, a unicorn named Lumina discovered a hidden pool "
    "that reflected the stars. As she dipped her horn into the water, the pool began to "
    "shimmer, revealing a pathway to a magical realm of endless night skies. Filled with "
    "wonder, Lumina whispered a wish for all who dream to find their own hidden magic, and as "
    "she glanced back, her hoofprints sparkled like stardust.");

const QString kLilaStory = QStringLiteral(
    "In a shimmering forest under a sky full of stars, a lonely unicorn named Lila discovered a "
    "hidden pond that glowed with moonlight. Every night, she would leave sparkling, magical "
    "flowers by the water's edge, hoping to share her beauty with others. One enchanting "
    "evening, she woke to find a group of friendly animals gathered around, eager to be "
    "friends and share in her magic.");

} // namespace

Q_DECLARE_METATYPE(Parlance::Core::Conversation)
Q_DECLARE_METATYPE(Parlance::Core::ReplyDelta::Kind)

using UsageList = QList<qint64>;
using KindList = QList<ReplyDelta::Kind>;

class TestResponses : public QObject
{
    Q_OBJECT

private slots:
    void requestMatchesSpecExamples_data();
    void requestMatchesSpecExamples();
    void requestCarriesGenerationParams();
    void extraOverridesAndRemoves();
    void inputForConversations_data();
    void inputForConversations();

    void parseBody_data();
    void parseBody();
    void parseBodyRejectsNonResponses_data();
    void parseBodyRejectsNonResponses();

    void decodeStream_data();
    void decodeStream();
    void streamMatchesBody_data();
    void streamMatchesBody();
    void framingDoesNotMatter_data();
    void framingDoesNotMatter();

    void everySpecEventDecodes_data();
    void everySpecEventDecodes();

    void doneEventsDoNotDuplicate_data();
    void doneEventsDoNotDuplicate();
    void doneWithoutDeltasEmitsOnce();
    void doneThatDisagreesIsIgnored();
    void functionCallStream();
    void twoFunctionCallsKeepOutputOrder();
    void reasoningSummaryPartsAreSeparated();

    void malformedJsonIsProtocolErrorAndDecodingGoesOn_data();
    void malformedJsonIsProtocolErrorAndDecodingGoesOn();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void errorPayloadShapes_data();
    void errorPayloadShapes();
    void hostileNumbersAreAbsent_data();
    void hostileNumbersAreAbsent();
    void numericErrorCodes_data();
    void numericErrorCodes();
    void hugeDelta();
    void manySmallDeltasThenDone();
};

void TestResponses::requestMatchesSpecExamples_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("systemPrompt");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QStringList>("extraKeys"); // copied from the example into params.extra

    QTest::newRow("text input") << QStringLiteral("openai_responses_request.json") << QString()
                                << false << QStringList();
    QTest::newRow("streaming") << QStringLiteral("openai_responses_request_stream.json")
                               << QStringLiteral("You are a helpful assistant.") << true
                               << QStringList();
    QTest::newRow("reasoning") << QStringLiteral("openai_responses_request_reasoning.json")
                               << QString() << false << QStringList{QStringLiteral("reasoning")};
    QTest::newRow("tools") << QStringLiteral("openai_responses_request_tools.json") << QString()
                           << false
                           << QStringList{QStringLiteral("tools"), QStringLiteral("tool_choice")};
}

void TestResponses::requestMatchesSpecExamples()
{
    QFETCH(QString, example);
    QFETCH(QString, systemPrompt);
    QFETCH(bool, stream);
    QFETCH(QStringList, extraKeys);

    const QJsonObject expected = jsonObject(readExample(example));
    Core::GenerationParams params;
    params.systemPrompt = systemPrompt;
    params.stream = stream;
    for (const QString &key : extraKeys)
        params.extra.insert(key, expected.value(key));

    const QUrl url(QStringLiteral("https://api.openai.com/v1/responses"));
    const Core::HttpRequest request = Api::buildResponsesRequest(
        url, expected.value(QLatin1StringView("model")).toString(),
        Core::Conversation::singleTurn(expected.value(QLatin1StringView("input")).toString()),
        params);

    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.url, url);
    QCOMPARE(request.header("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.streaming, stream);
    QCOMPARE(request.header("Accept"), stream ? QByteArrayLiteral("text/event-stream")
                                              : QByteArrayLiteral("application/json"));
    QCOMPARE(jsonObject(request.body), expected);
    QCOMPARE(request.body, compact(expected)); // compact, nothing extra
}

void TestResponses::requestCarriesGenerationParams()
{
    Core::GenerationParams params;
    params.systemPrompt = QStringLiteral("Be terse.");
    params.maxTokens = 256;
    params.temperature = 0.25;
    params.topP = 0.5;
    params.stop = {QStringLiteral("END")};
    params.stream = false;

    const Core::HttpRequest request = Api::buildResponsesRequest(
        QUrl(QStringLiteral("http://127.0.0.1:8080/v1/responses")), QStringLiteral("m"),
        Core::Conversation::singleTurn(QStringLiteral("Hi")), params);
    const QJsonObject body = jsonObject(request.body);
    const QJsonObject expected{{QStringLiteral("model"), QStringLiteral("m")},
                               {QStringLiteral("input"), QStringLiteral("Hi")},
                               {QStringLiteral("instructions"), QStringLiteral("Be terse.")},
                               {QStringLiteral("max_output_tokens"), 256},
                               {QStringLiteral("temperature"), 0.25},
                               {QStringLiteral("top_p"), 0.5}};
    QCOMPARE(body, expected); // no stop, no stream:false
    QVERIFY(!request.streaming);
}

void TestResponses::extraOverridesAndRemoves()
{
    Core::GenerationParams params;
    params.temperature = 0.7;
    params.topP = 0.9;
    params.stream = true;
    params.extra = QJsonObject{{QStringLiteral("temperature"), 0.1},
                               {QStringLiteral("top_p"), QJsonValue::Null},
                               {QStringLiteral("stream"), false},
                               {QStringLiteral("store"), false}};
    const Core::HttpRequest request = Api::buildResponsesRequest(
        QUrl(QStringLiteral("http://x/v1/responses")), QStringLiteral("m"),
        Core::Conversation::singleTurn(QStringLiteral("Hi")), params);
    const QJsonObject body = jsonObject(request.body);
    QCOMPARE(body.value(QLatin1StringView("temperature")).toDouble(), 0.1);
    QVERIFY(!body.contains(QLatin1StringView("top_p")));
    QCOMPARE(body.value(QLatin1StringView("store")), QJsonValue(false));
    // extra turned streaming off, so the request must not expect an event stream
    QCOMPARE(body.value(QLatin1StringView("stream")), QJsonValue(false));
    QVERIFY(!request.streaming);
    QCOMPARE(request.header("Accept"), QByteArrayLiteral("application/json"));
}

void TestResponses::inputForConversations_data()
{
    QTest::addColumn<Core::Conversation>("conversation");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("single user turn")
        << Core::Conversation::singleTurn(QStringLiteral("Hi")) << QByteArrayLiteral("\"Hi\"");
    QTest::newRow("empty") << Core::Conversation() << QByteArrayLiteral("[]");
    QTest::newRow("system message in the conversation")
        << Core::Conversation({Core::Message::system(QStringLiteral("S")),
                               Core::Message::user(QStringLiteral("U"))})
        << QByteArrayLiteral(R"([{"content":"S","role":"system"},{"content":"U","role":"user"}])");

    Core::Message assistant = Core::Message::assistant(QStringLiteral("Checking."));
    assistant.parts.prepend(
        Core::ContentPart::makeReasoning(QStringLiteral("think"), QStringLiteral("sig")));
    assistant.parts.append(Core::ContentPart::makeToolCall(
        QStringLiteral("call_1"), QStringLiteral("get_weather"), QStringLiteral("{\"c\":\"B\"}")));
    Core::Message toolResult = Core::Message::user(QStringLiteral("20C"));
    toolResult.role = Core::Role::Tool;
    toolResult.toolCallId = QStringLiteral("call_1");
    QTest::newRow("tool round trip")
        << Core::Conversation({Core::Message::user(QStringLiteral("Weather?")), assistant,
                               toolResult, Core::Message::assistant(QStringLiteral("It is 20C."))})
        << QByteArrayLiteral(
               R"([{"content":"Weather?","role":"user"},)"
               R"({"content":"Checking.","role":"assistant"},)"
               R"({"arguments":"{\"c\":\"B\"}","call_id":"call_1","name":"get_weather",)"
               R"("type":"function_call"},)"
               R"({"call_id":"call_1","output":"20C","type":"function_call_output"},)"
               R"({"content":"It is 20C.","role":"assistant"}])");

    Core::Message onlyCall = Core::Message::assistant(QString());
    onlyCall.parts = {Core::ContentPart::makeToolCall(QStringLiteral("c2"), QStringLiteral("f"),
                                                      QStringLiteral("{}"))};
    QTest::newRow("assistant with only a tool call")
        << Core::Conversation({Core::Message::user(QStringLiteral("Go")), onlyCall})
        << QByteArrayLiteral(
               R"([{"content":"Go","role":"user"},)"
               R"({"arguments":"{}","call_id":"c2","name":"f","type":"function_call"}])");

    Core::Message twoParts = Core::Message::user(QStringLiteral("a"));
    twoParts.parts.append(Core::ContentPart::makeReasoning(QStringLiteral("b")));
    QTest::newRow("user turn with a non-text part is not a plain string")
        << Core::Conversation({twoParts})
        << QByteArrayLiteral(R"([{"content":"a","role":"user"}])");
}

void TestResponses::inputForConversations()
{
    QFETCH(Core::Conversation, conversation);
    QFETCH(QByteArray, expected);
    const QJsonValue input = Api::responsesInputJson(conversation);
    const QByteArray wrapped = compact(QJsonObject{{QStringLiteral("v"), input}});
    QCOMPARE(wrapped, QByteArrayLiteral("{\"v\":") + expected + '}');
}

void TestResponses::parseBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("responseId");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("toolCalls");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<UsageList>("usage"); // input, output, total, reasoning; -1 = unknown
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("responses.json")
        << readExample(QStringLiteral("responses.json"))
        << QStringLiteral("resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b")
        << QStringLiteral("gpt-5.4") << kLuminaStory << QString() << QString() << QString()
        << QStringLiteral("stop") << UsageList{36, 87, 123, 0} << QString();
    QTest::newRow("function call")
        << readExample(QStringLiteral("openai_responses_function_call.json"))
        << QStringLiteral("resp_67ca09c5efe0819096d0511c92b8c890096610f474011cc0")
        << QStringLiteral("gpt-5.4") << QString() << QString() << QString()
        << QStringLiteral("call_unLAR8MvFNptuiZK6K6HCy5k|get_current_weather|"
                          "{\"location\":\"Boston, MA\",\"unit\":\"celsius\"}")
        << QStringLiteral("tool_calls") << UsageList{291, 23, 314, 0} << QString();
    QTest::newRow("reasoning model")
        << readExample(QStringLiteral("openai_responses_reasoning.json"))
        << QStringLiteral("resp_67ccd7eca01881908ff0b5146584e408072912b2993db808")
        << QStringLiteral("o1-2024-12-17") << QStringLiteral("The classic tongue twister...")
        << QString() << QString() << QString() << QStringLiteral("stop")
        << UsageList{81, 1035, 1116, 832} << QString();

    const QJsonObject failed
        = jsonObject(readExample(QStringLiteral("openai_responses_failed_event.json")))
              .value(QLatin1StringView("response"))
              .toObject();
    QTest::newRow("failed") << compact(failed) << QStringLiteral("resp_123")
                            << QStringLiteral("gpt-4o-mini-2024-07-18") << QString() << QString()
                            << QString() << QString() << QString() << UsageList{-1, -1, -1, -1}
                            << QStringLiteral("server_error");

    const QByteArray reasoningStream
        = readExample(QStringLiteral("openai_responses_stream_reasoning.sse"));
    QTest::newRow("reasoning_text item")
        << finalResponseBody(splitSse(reasoningStream)) << QStringLiteral("resp_reason_1")
        << QStringLiteral("o3") << QStringLiteral("The answer is 42")
        << QStringLiteral("Chain: Step 1. Step 2.") << QString() << QString()
        << QStringLiteral("stop") << UsageList{0, 6, 6, 2} << QString();

    const QByteArray summaries = R"({"id":"r","model":"m","status":"completed","output":[
        {"type":"reasoning","id":"rs","summary":[{"type":"summary_text","text":"First."},
                                                 {"type":"summary_text","text":"Second."}]},
        {"type":"message","role":"assistant","content":[{"type":"output_text","text":"A"},
                                                        {"type":"output_text","text":"B"}]}]})";
    QTest::newRow("two summary parts, two text parts")
        << summaries << QStringLiteral("r") << QStringLiteral("m") << QStringLiteral("AB")
        << QStringLiteral("First.\n\nSecond.") << QString() << QString() << QStringLiteral("stop")
        << UsageList{-1, -1, -1, -1} << QString();

    const QByteArray refusal = R"({"id":"r","model":"m","status":"completed","output":[
        {"type":"message","content":[{"type":"refusal","refusal":"I can't help with that."}]}],
        "usage":{"input_tokens":5,"output_tokens":7,"total_tokens":12}})";
    QTest::newRow("refusal") << refusal << QStringLiteral("r") << QStringLiteral("m") << QString()
                             << QString() << QStringLiteral("I can't help with that.") << QString()
                             << QStringLiteral("stop") << UsageList{5, 7, 12, -1} << QString();

    auto incomplete = [](const char *reason) {
        QJsonObject details;
        if (reason)
            details.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
        return compact(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("r")},
            {QStringLiteral("status"), QStringLiteral("incomplete")},
            {QStringLiteral("incomplete_details"), reason ? QJsonValue(details) : QJsonValue()},
            {QStringLiteral("output"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("message")},
                 {QStringLiteral("content"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                         {QStringLiteral("text"), QStringLiteral("Once")}}}}}}}});
    };
    QTest::newRow("incomplete max_output_tokens")
        << incomplete("max_output_tokens") << QStringLiteral("r") << QString()
        << QStringLiteral("Once") << QString() << QString() << QString() << QStringLiteral("length")
        << UsageList{-1, -1, -1, -1} << QString();
    QTest::newRow("incomplete max_tokens")
        << incomplete("max_tokens") << QStringLiteral("r") << QString() << QStringLiteral("Once")
        << QString() << QString() << QString() << QStringLiteral("length")
        << UsageList{-1, -1, -1, -1} << QString();
    QTest::newRow("incomplete content_filter")
        << incomplete("content_filter") << QStringLiteral("r") << QString()
        << QStringLiteral("Once") << QString() << QString() << QString()
        << QStringLiteral("content_filter") << UsageList{-1, -1, -1, -1} << QString();
    QTest::newRow("incomplete without details")
        << incomplete(nullptr) << QStringLiteral("r") << QString() << QStringLiteral("Once")
        << QString() << QString() << QString() << QStringLiteral("length")
        << UsageList{-1, -1, -1, -1} << QString();

    QTest::newRow("no status reads as completed")
        << QByteArrayLiteral(R"({"output":[{"type":"message","content":[{"type":"output_text",)"
                             R"("text":"x"}]}]})")
        << QString() << QString() << QStringLiteral("x") << QString() << QString() << QString()
        << QStringLiteral("stop") << UsageList{-1, -1, -1, -1} << QString();
    QTest::newRow("built-in tool items are skipped")
        << QByteArrayLiteral(R"({"status":"completed","output":[{"type":"web_search_call",)"
                             R"("id":"ws"},)"
                             R"({"type":"message","content":[{"type":"output_text",)"
                             R"("text":"y"}]}]})")
        << QString() << QString() << QStringLiteral("y") << QString() << QString() << QString()
        << QStringLiteral("stop") << UsageList{-1, -1, -1, -1} << QString();
    QTest::newRow("failed without output")
        << QByteArrayLiteral(R"({"status":"failed","error":{"code":"rate_limit_exceeded",)"
                             R"("message":"slow down"}})")
        << QString() << QString() << QString() << QString() << QString() << QString() << QString()
        << UsageList{-1, -1, -1, -1} << QStringLiteral("rate_limit_exceeded");
}

void TestResponses::parseBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, responseId);
    QFETCH(QString, model);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, refusal);
    QFETCH(QString, toolCalls);
    QFETCH(QString, finish);
    QFETCH(UsageList, usage);
    QFETCH(QString, errorCode);

    const QList<ReplyDelta> deltas = Api::parseResponsesBody(body);
    const Core::Reply reply = assemble(deltas);
    QCOMPARE(reply.responseId, responseId);
    QCOMPARE(reply.model, model);
    QCOMPARE(reply.text(), text);
    QCOMPARE(reply.reasoning(), reasoning);
    QCOMPARE(refusalOf(reply), refusal);
    QCOMPARE(toolCallsOf(reply), toolCalls);
    QCOMPARE(reply.finishReason(), finish);
    QCOMPARE(usageOf(reply), usage);
    QCOMPARE(reply.error.has_value(), !errorCode.isEmpty());
    if (reply.error) {
        QCOMPARE(reply.error->kind, Core::ApiError::Kind::Stream);
        QCOMPARE(reply.error->code, errorCode);
        QVERIFY(!reply.error->message.isEmpty());
        QCOMPARE(reply.error->raw, body);
    }
    QCOMPARE(reply.choices.size() <= 1, true); // Responses output is always choice 0
}

void TestResponses::parseBodyRejectsNonResponses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArrayLiteral("<html>502</html>");
    QTest::newRow("truncated") << readExample(QStringLiteral("responses.json")).left(300);
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("string") << QByteArrayLiteral("\"output\"");
    QTest::newRow("no output") << QByteArrayLiteral("{\"id\":\"r\",\"status\":\"completed\"}");
    QTest::newRow("output not an array") << QByteArrayLiteral("{\"output\":\"text\"}");
    QTest::newRow("chat completion") << readExample(QStringLiteral("chat_completion.json"));
}

void TestResponses::parseBodyRejectsNonResponses()
{
    QFETCH(QByteArray, body);
    const QList<ReplyDelta> deltas = Api::parseResponsesBody(body);
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(deltas.first().kind, ReplyDelta::Kind::Error);
    QCOMPARE(deltas.first().error.kind, Core::ApiError::Kind::Protocol);
    QCOMPARE(deltas.first().error.raw, body);
    QVERIFY(!deltas.first().error.message.isEmpty());
}

void TestResponses::decodeStream_data()
{
    QTest::addColumn<QByteArray>("sse");
    QTest::addColumn<QString>("responseId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<UsageList>("usage");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<QString>("errorCode");

    // The spec example elides its middle deltas ("..."); output_text.done supplies the rest.
    QTest::newRow("responses_stream.sse")
        << readExample(QStringLiteral("responses_stream.sse"))
        << QStringLiteral("resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654")
        << QStringLiteral("Hi there! How can I assist you today?") << QString()
        << QStringLiteral("stop") << UsageList{37, 11, 48, 0} << true << QString();
    QTest::newRow("reasoning fixture")
        << readExample(QStringLiteral("openai_responses_stream_reasoning.sse"))
        << QStringLiteral("resp_reason_1") << QStringLiteral("The answer is 42")
        << QStringLiteral("Chain: Step 1. Step 2.") << QStringLiteral("stop")
        << UsageList{0, 6, 6, 2} << true << QString();
    QTest::newRow("text fixture") << readExample(
        QStringLiteral("openai_responses_stream_text_fixture.sse"))
                                  << QStringLiteral("resp_test_1") << QStringLiteral("Hello world")
                                  << QString() << QStringLiteral("stop") << UsageList{10, 2, 12, 0}
                                  << true << QString();
    QTest::newRow("named error event")
        << readExample(QStringLiteral("openai_stream_named_error_event.sse")) << QString()
        << QString() << QString() << QString() << UsageList{-1, -1, -1, -1} << false
        << QStringLiteral("provider_error");
    QTest::newRow("error event") << QByteArray(
        "data: "
        + compact(jsonObject(readExample(QStringLiteral("openai_responses_error_event.json"))))
        + "\n\n") << QString() << QString()
                                 << QString() << QString() << UsageList{-1, -1, -1, -1} << false
                                 << QStringLiteral("ERR_SOMETHING");
    QTest::newRow("failed event") << QByteArray(
        "event: response.failed\ndata: "
        + compact(jsonObject(readExample(QStringLiteral("openai_responses_failed_event.json"))))
        + "\n\n") << QStringLiteral("resp_123")
                                  << QString() << QString() << QString()
                                  << UsageList{-1, -1, -1, -1} << true
                                  << QStringLiteral("server_error");
}

void TestResponses::decodeStream()
{
    QFETCH(QByteArray, sse);
    QFETCH(QString, responseId);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, finish);
    QFETCH(UsageList, usage);
    QFETCH(bool, finished);
    QFETCH(QString, errorCode);

    const Decoded decoded = decodeAll(splitSse(sse));
    QCOMPARE(decoded.reply.responseId, responseId);
    QCOMPARE(decoded.reply.text(), text);
    QCOMPARE(decoded.reply.reasoning(), reasoning);
    QCOMPARE(decoded.reply.finishReason(), finish);
    QCOMPARE(usageOf(decoded.reply), usage);
    QCOMPARE(decoded.finished, finished);
    QCOMPARE(decoded.reply.error.has_value(), !errorCode.isEmpty());
    if (decoded.reply.error) {
        QCOMPARE(decoded.reply.error->kind, Core::ApiError::Kind::Stream);
        QCOMPARE(decoded.reply.error->code, errorCode);
        QVERIFY(!decoded.reply.error->message.isEmpty());
    }
}

void TestResponses::streamMatchesBody_data()
{
    QTest::addColumn<QByteArray>("sse");
    QTest::newRow("responses_stream.sse") << readExample(QStringLiteral("responses_stream.sse"));
    QTest::newRow("reasoning fixture")
        << readExample(QStringLiteral("openai_responses_stream_reasoning.sse"));
    QTest::newRow("text fixture") << readExample(
        QStringLiteral("openai_responses_stream_text_fixture.sse"));

    // Built here because no example pairs a function-call stream with its body.
    QByteArray tools;
    auto add = [&](const QByteArray &json) {
        tools += "data: " + json + "\n\n";
    };
    add(R"({"type":"response.created","response":{"id":"resp_t","model":"gpt-5.4",)"
        R"("status":"in_progress","output":[]}})");
    add(R"({"type":"response.output_item.added","output_index":0,"item":{"type":"reasoning",)"
        R"("id":"rs","summary":[]}})");
    add(R"({"type":"response.reasoning_summary_text.delta","output_index":0,"summary_index":0,)"
        R"("delta":"Need "})");
    add(R"({"type":"response.reasoning_summary_text.delta","output_index":0,"summary_index":0,)"
        R"("delta":"weather."})");
    add(R"({"type":"response.reasoning_summary_text.delta","output_index":0,"summary_index":1,)"
        R"("delta":"Call tool."})");
    add(R"({"type":"response.output_item.added","output_index":1,"item":{"type":"function_call",)"
        R"("id":"fc","call_id":"call_9","name":"get_weather","arguments":""}})");
    add(R"({"type":"response.function_call_arguments.delta","output_index":1,)"
        R"("delta":"{\"city\":"})");
    add(R"({"type":"response.function_call_arguments.delta","output_index":1,)"
        R"("delta":"\"Paris\"}"})");
    add(R"({"type":"response.function_call_arguments.done","output_index":1,)"
        R"("arguments":"{\"city\":\"Paris\"}"})");
    add(R"({"type":"response.output_item.done","output_index":1,"item":{"type":"function_call",)"
        R"("id":"fc","call_id":"call_9","name":"get_weather",)"
        R"("arguments":"{\"city\":\"Paris\"}"}})");
    add(R"({"type":"response.completed","response":{"id":"resp_t","model":"gpt-5.4",)"
        R"("status":"completed","output":[)"
        R"({"type":"reasoning","id":"rs","summary":[{"type":"summary_text",)"
        R"("text":"Need weather."},{"type":"summary_text","text":"Call tool."}]},)"
        R"({"type":"function_call","id":"fc","call_id":"call_9","name":"get_weather",)"
        R"("arguments":"{\"city\":\"Paris\"}"}],)"
        R"("usage":{"input_tokens":20,"output_tokens":9,"total_tokens":29,)"
        R"("output_tokens_details":{"reasoning_tokens":4}}}})");
    QTest::newRow("reasoning summaries and a function call") << tools;
}

void TestResponses::streamMatchesBody()
{
    QFETCH(QByteArray, sse);
    const QList<Core::SseEvent> events = splitSse(sse);
    const QByteArray body = finalResponseBody(events);
    QVERIFY(!body.isEmpty());

    const Decoded streamed = decodeAll(events);
    const Core::Reply fromBody = assemble(Api::parseResponsesBody(body));
    QVERIFY(streamed.reply.hasContent());
    QCOMPARE(streamed.reply.text(), fromBody.text());
    QCOMPARE(streamed.reply.reasoning(), fromBody.reasoning());
    QCOMPARE(toolCallsOf(streamed.reply), toolCallsOf(fromBody));
    QCOMPARE(streamed.reply.finishReason(), fromBody.finishReason());
    QCOMPARE(streamed.reply.usage, fromBody.usage);
    QVERIFY(streamed.reply == fromBody); // parts, ids, model and errors too
}

void TestResponses::framingDoesNotMatter_data()
{
    QTest::addColumn<QByteArray>("sse");
    QTest::newRow("event lines, no [DONE]") << readExample(QStringLiteral("responses_stream.sse"));
    QTest::newRow("data only, [DONE]")
        << readExample(QStringLiteral("openai_responses_stream_reasoning.sse"));
}

// `event:` lines present or not, [DONE] present or not: the same reply, finished either way.
void TestResponses::framingDoesNotMatter()
{
    QFETCH(QByteArray, sse);
    const QList<Core::SseEvent> original = splitSse(sse);
    QList<Core::SseEvent> withoutTypes;
    QList<Core::SseEvent> withTypes;
    QList<Core::SseEvent> withoutDone;
    QList<Core::SseEvent> withDone = original;
    for (Core::SseEvent event : original) {
        if (event.data == "[DONE]")
            continue;
        withoutDone << event;
        event.type.clear();
        withoutTypes << event;
        const QJsonObject payload = QJsonDocument::fromJson(event.data).object();
        event.type = payload.value(QLatin1StringView("type")).toString().toUtf8();
        withTypes << event;
    }
    withDone << dataEvent(QByteArrayLiteral("[DONE]"));

    const Decoded reference = decodeAll(original);
    QVERIFY(reference.finished);
    QVERIFY(!reference.reply.text().isEmpty());
    for (const auto &variant : {withoutTypes, withTypes, withoutDone, withDone}) {
        const Decoded decoded = decodeAll(variant);
        QVERIFY(decoded.finished);
        QVERIFY(decoded.reply == reference.reply);
    }
}

void TestResponses::everySpecEventDecodes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<KindList>("kinds");

    using K = ReplyDelta::Kind;
    // A fresh decoder per event: what each event alone produces.
    const QHash<QByteArray, KindList> expected{
        {"response.audio.delta", {}},
        {"response.audio.done", {}},
        {"response.audio.transcript.delta", {}},
        {"response.audio.transcript.done", {}},
        {"response.code_interpreter_call_code.delta", {}},
        {"response.code_interpreter_call_code.done", {}},
        {"response.code_interpreter_call.completed", {}},
        {"response.code_interpreter_call.in_progress", {}},
        {"response.code_interpreter_call.interpreting", {}},
        // a stream with no content before it: the final response supplies the text
        {"response.completed", {K::Info, K::Text, K::Usage, K::Finish}},
        {"response.content_part.added", {}},
        {"response.content_part.done", {K::Text}},
        {"response.created", {K::Info}},
        {"error", {K::Error}},
        {"response.file_search_call.completed", {}},
        {"response.file_search_call.in_progress", {}},
        {"response.file_search_call.searching", {}},
        // the spec's own example is not valid JSON (a comma is missing)
        {"response.function_call_arguments.delta", {K::Error}},
        {"response.function_call_arguments.done", {K::ToolCall, K::ToolCall}},
        {"response.in_progress", {K::Info}},
        {"response.failed", {K::Info, K::Error}},
        {"response.incomplete", {K::Info, K::Finish}},
        {"response.output_item.added", {}},
        {"response.output_item.done", {K::Text}},
        {"response.reasoning_summary_part.added", {}},
        {"response.reasoning_summary_part.done", {K::Reasoning}},
        {"response.reasoning_summary_text.delta", {K::Reasoning}},
        {"response.reasoning_summary_text.done", {K::Reasoning}},
        {"response.reasoning_text.delta", {K::Reasoning}},
        {"response.reasoning_text.done", {K::Reasoning}},
        {"response.refusal.delta", {K::Refusal}},
        {"response.refusal.done", {K::Refusal}},
        {"response.output_text.delta", {K::Text}},
        {"response.output_text.done", {K::Text}},
        {"response.web_search_call.completed", {}},
        {"response.web_search_call.in_progress", {}},
        {"response.web_search_call.searching", {}},
        {"response.image_generation_call.completed", {}},
        {"response.image_generation_call.generating", {}},
        {"response.image_generation_call.in_progress", {}},
        {"response.image_generation_call.partial_image", {}},
        {"response.mcp_call_arguments.delta", {}},
        {"response.mcp_call_arguments.done", {}},
        {"response.mcp_call.completed", {}},
        {"response.mcp_call.failed", {}},
        {"response.mcp_call.in_progress", {}},
        {"response.mcp_list_tools.completed", {}},
        {"response.mcp_list_tools.failed", {}},
        {"response.mcp_list_tools.in_progress", {}},
        {"response.output_text.annotation.added", {}},
        {"response.queued", {K::Info}},
        {"response.custom_tool_call_input.delta", {}},
        {"response.custom_tool_call_input.done", {}},
    };

    const QByteArray file
        = readExample(QStringLiteral("openai_responses_stream_event_examples.txt"));
    QSet<QByteArray> seen;
    for (const QByteArray &section : file.split('#')) {
        const QByteArray trimmed = section.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype newline = trimmed.indexOf('\n');
        const QByteArray type = trimmed.left(newline).trimmed();
        const QByteArray json = trimmed.mid(newline + 1).trimmed();
        QVERIFY2(expected.contains(type), type.constData()); // a new example needs a row
        seen.insert(type);
        QTest::addRow("%s", type.constData()) << type << json << expected.value(type);
    }
    QCOMPARE(seen.size(), expected.size());
}

void TestResponses::everySpecEventDecodes()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, json);
    QFETCH(KindList, kinds);

    // Same result with the name on an `event:` line and with only the JSON `type`.
    for (const QByteArray &eventType : {type, QByteArray()}) {
        Api::ResponsesStreamDecoder decoder;
        const QList<ReplyDelta> deltas = decoder.decode(dataEvent(json, eventType));
        QCOMPARE(kindNames(kindsOf(deltas)), kindNames(kinds));
        const bool terminal = type == "response.completed" || type == "response.incomplete"
                              || type == "response.failed";
        QCOMPARE(decoder.isFinished(), terminal);
        for (const ReplyDelta &delta : deltas) {
            if (delta.kind != ReplyDelta::Kind::Error)
                continue;
            const bool invalidJson = type == "response.function_call_arguments.delta";
            QCOMPARE(delta.error.kind,
                     invalidJson ? Core::ApiError::Kind::Protocol : Core::ApiError::Kind::Stream);
        }
    }
}

void TestResponses::doneEventsDoNotDuplicate_data()
{
    QTest::addColumn<QList<QByteArray>>("events");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("reasoning");

    const QList<QByteArray> text{
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"Hel"})",
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"lo"})",
        R"({"type":"response.output_text.done","output_index":0,"content_index":0,"text":"Hello"})",
        R"({"type":"response.content_part.done","output_index":0,"content_index":0,)"
        R"("part":{"type":"output_text","text":"Hello"}})",
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"message",)"
        R"("content":[{"type":"output_text","text":"Hello"}]}})",
        R"({"type":"response.completed","response":{"status":"completed",)"
        R"("output":[{"type":"message","content":[{"type":"output_text","text":"Hello"}]}]}})",
    };
    QTest::newRow("output text") << text << QStringLiteral("Hello") << QString() << QString();

    const QList<QByteArray> refusal{
        R"({"type":"response.refusal.delta","output_index":0,"content_index":0,"delta":"No"})",
        R"({"type":"response.refusal.done","output_index":0,"content_index":0,"refusal":"No"})",
        R"({"type":"response.content_part.done","output_index":0,"content_index":0,)"
        R"("part":{"type":"refusal","refusal":"No"}})",
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"message",)"
        R"("content":[{"type":"refusal","refusal":"No"}]}})",
    };
    QTest::newRow("refusal") << refusal << QString() << QStringLiteral("No") << QString();

    const QList<QByteArray> summary{
        R"({"type":"response.reasoning_summary_text.delta","output_index":0,"summary_index":0,)"
        R"("delta":"Think"})",
        R"({"type":"response.reasoning_summary_text.done","output_index":0,"summary_index":0,)"
        R"("text":"Think"})",
        R"({"type":"response.reasoning_summary_part.done","output_index":0,"summary_index":0,)"
        R"("part":{"type":"summary_text","text":"Think"}})",
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"reasoning",)"
        R"("summary":[{"type":"summary_text","text":"Think"}]}})",
    };
    QTest::newRow("reasoning summary")
        << summary << QString() << QString() << QStringLiteral("Think");

    const QList<QByteArray> reasoningText{
        R"({"type":"response.reasoning_text.delta","output_index":0,"content_index":0,)"
        R"("delta":"Step"})",
        R"({"type":"response.reasoning_text.done","output_index":0,"content_index":0,)"
        R"("text":"Step"})",
        R"({"type":"response.content_part.done","output_index":0,"content_index":0,)"
        R"("part":{"type":"reasoning_text","text":"Step"}})",
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"reasoning",)"
        R"("summary":[],"content":[{"type":"reasoning_text","text":"Step"}]}})",
    };
    QTest::newRow("reasoning text")
        << reasoningText << QString() << QString() << QStringLiteral("Step");

    // deltas stopped early (the spec example's "..."): the done event delivers only the rest
    const QList<QByteArray> partial{
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"Hi"})",
        R"({"type":"response.output_text.done","output_index":0,"content_index":0,)"
        R"("text":"Hi there"})",
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"message",)"
        R"("content":[{"type":"output_text","text":"Hi there"}]}})",
    };
    QTest::newRow("done completes partial deltas")
        << partial << QStringLiteral("Hi there") << QString() << QString();

    // two message parts: each is tracked on its own
    const QList<QByteArray> twoParts{
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"A"})",
        R"({"type":"response.output_text.done","output_index":0,"content_index":1,"text":"B"})",
        R"({"type":"response.output_text.done","output_index":0,"content_index":0,"text":"A"})",
    };
    QTest::newRow("parts tracked separately")
        << twoParts << QStringLiteral("AB") << QString() << QString();

    // The final response lists an item the events never mentioned, so its indexes are off by
    // one: it must not be read as content the stream missed.
    const QList<QByteArray> shifted{
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,)"
        R"("delta":"Once"})",
        R"({"type":"response.completed","response":{"status":"completed","output":[)"
        R"({"type":"reasoning","summary":[{"type":"summary_text","text":"Hidden"}]},)"
        R"({"type":"message","content":[{"type":"output_text","text":"Once"}]}]}})",
    };
    QTest::newRow("final response with shifted indexes")
        << shifted << QStringLiteral("Once") << QString() << QString();
}

void TestResponses::doneEventsDoNotDuplicate()
{
    QFETCH(QList<QByteArray>, events);
    QFETCH(QString, text);
    QFETCH(QString, refusal);
    QFETCH(QString, reasoning);

    QList<Core::SseEvent> sse;
    for (const QByteArray &json : events)
        sse << dataEvent(json);
    const Decoded decoded = decodeAll(sse);
    QCOMPARE(decoded.reply.text(), text);
    QCOMPARE(refusalOf(decoded.reply), refusal);
    QCOMPARE(decoded.reply.reasoning(), reasoning);
    QVERIFY(!decoded.reply.error);
}

void TestResponses::doneWithoutDeltasEmitsOnce()
{
    // A server that sends only the full copies: the first one shows the text, the rest add
    // nothing.
    Api::ResponsesStreamDecoder decoder;
    QList<ReplyDelta> deltas = decoder.decode(
        dataEvent(R"({"type":"response.output_text.done","output_index":0,"content_index":0,)"
                  R"("text":"Whole answer"})"));
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(deltas.first().kind, ReplyDelta::Kind::Text);
    QCOMPARE(deltas.first().text, QStringLiteral("Whole answer"));

    deltas = decoder.decode(dataEvent(
        R"({"type":"response.output_item.done","output_index":0,"item":{"type":"message",)"
        R"("content":[{"type":"output_text","text":"Whole answer"}]}})"));
    QVERIFY(deltas.isEmpty());
    deltas = decoder.decode(
        dataEvent(R"({"type":"response.completed","response":{"status":"completed",)"
                  R"("output":[{"type":"message","content":[{"type":"output_text",)"
                  R"("text":"Whole answer"}]}]}})"));
    QCOMPARE(kindNames(kindsOf(deltas)), QStringList{QStringLiteral("Finish")});
    QVERIFY(decoder.isFinished());

    // Only output_item.done: the item carries the text.
    const Decoded decoded
        = decodeAll({dataEvent(R"({"type":"response.output_item.done","output_index":0,)"
                               R"("item":{"type":"message","content":[{"type":"output_text",)"
                               R"("text":"From the item"}]}})"),
                     dataEvent(R"({"type":"response.completed","response":{"status":"completed",)"
                               R"("output":[{"type":"message","content":[{"type":"output_text",)"
                               R"("text":"From the item"}]}]}})")});
    QCOMPARE(decoded.reply.text(), QStringLiteral("From the item"));

    // Nothing but the lifecycle: the final response is the content.
    const Decoded lifecycleOnly
        = decodeAll({dataEvent(R"({"type":"response.created","response":{"id":"r1","model":"m",)"
                               R"("status":"in_progress","output":[]}})"),
                     dataEvent(R"({"type":"response.completed","response":{"id":"r1","model":"m",)"
                               R"("status":"completed","output":[{"type":"message",)"
                               R"("content":[{"type":"output_text","text":"Late"}]}]}})")});
    QCOMPARE(lifecycleOnly.reply.text(), QStringLiteral("Late"));
    QCOMPARE(lifecycleOnly.reply.finishReason(), QStringLiteral("stop"));
}

void TestResponses::doneThatDisagreesIsIgnored()
{
    const Decoded decoded = decodeAll(
        {dataEvent(R"({"type":"response.output_text.delta","output_index":0,"content_index":0,)"
                   R"("delta":"Shown text"})"),
         dataEvent(R"({"type":"response.output_text.done","output_index":0,"content_index":0,)"
                   R"("text":"Other text, longer than shown"})"),
         dataEvent(R"({"type":"response.output_text.done","output_index":0,"content_index":0,)"
                   R"("text":"Short"})")});
    QCOMPARE(decoded.reply.text(), QStringLiteral("Shown text"));
}

void TestResponses::functionCallStream()
{
    // Arguments before the item was announced (some servers skip output_item.added): the call
    // starts without a name, and the later events fill in the id and name once.
    const Decoded decoded = decodeAll(
        {dataEvent(R"({"type":"response.function_call_arguments.delta","output_index":2,)"
                   R"("delta":"{\"a\":"})"),
         dataEvent(R"({"type":"response.function_call_arguments.delta","output_index":2,)"
                   R"("delta":"1}"})"),
         dataEvent(R"({"type":"response.function_call_arguments.done","output_index":2,"name":"f",)"
                   R"("arguments":"{\"a\":1}"})"),
         dataEvent(R"({"type":"response.output_item.done","output_index":2,)"
                   R"("item":{"type":"function_call","call_id":"call_x","name":"f",)"
                   R"("arguments":"{\"a\":1}"}})"),
         dataEvent(R"({"type":"response.completed","response":{"status":"completed",)"
                   R"("output":[]}})")});
    QCOMPARE(toolCallsOf(decoded.reply), QStringLiteral("call_x|f|{\"a\":1}"));
    QCOMPARE(decoded.reply.finishReason(), QStringLiteral("tool_calls"));

    int idDeltas = 0;
    int nameDeltas = 0;
    for (const ReplyDelta &delta : decoded.deltas) {
        idDeltas += delta.toolCallId.isEmpty() ? 0 : 1;
        nameDeltas += delta.toolName.isEmpty() ? 0 : 1;
    }
    QCOMPARE(idDeltas, 1);
    QCOMPARE(nameDeltas, 1);
}

void TestResponses::twoFunctionCallsKeepOutputOrder()
{
    const Decoded decoded = decodeAll(
        {dataEvent(R"({"type":"response.output_item.added","output_index":0,)"
                   R"("item":{"type":"function_call","call_id":"c0","name":"first",)"
                   R"("arguments":""}})"),
         dataEvent(R"({"type":"response.output_item.added","output_index":1,)"
                   R"("item":{"type":"function_call","call_id":"c1","name":"second",)"
                   R"("arguments":""}})"),
         dataEvent(R"({"type":"response.function_call_arguments.delta","output_index":1,)"
                   R"("delta":"{\"b\":2}"})"),
         dataEvent(R"({"type":"response.function_call_arguments.delta","output_index":0,)"
                   R"("delta":"{\"a\":1}"})")});
    QCOMPARE(toolCallsOf(decoded.reply), QStringLiteral("c0|first|{\"a\":1}\nc1|second|{\"b\":2}"));
    QList<int> indexes;
    for (const ReplyDelta &delta : decoded.deltas)
        indexes << delta.toolIndex;
    QCOMPARE(indexes, (QList<int>{0, 1, 1, 0}));
    QVERIFY(!decoded.finished);
}

void TestResponses::reasoningSummaryPartsAreSeparated()
{
    const Decoded decoded = decodeAll(
        {dataEvent(R"({"type":"response.reasoning_summary_text.delta","output_index":0,)"
                   R"("summary_index":0,"delta":"One"})"),
         dataEvent(R"({"type":"response.reasoning_summary_part.added","output_index":0,)"
                   R"("summary_index":1,"part":{"type":"summary_text","text":""}})"),
         dataEvent(R"({"type":"response.reasoning_summary_text.delta","output_index":0,)"
                   R"("summary_index":1,"delta":"Two"})"),
         dataEvent(R"({"type":"response.reasoning_summary_text.delta","output_index":0,)"
                   R"("summary_index":1,"delta":" more"})"),
         dataEvent(R"({"type":"response.reasoning_text.delta","output_index":1,"content_index":0,)"
                   R"("delta":"Three"})")});
    QCOMPARE(decoded.reply.reasoning(), QStringLiteral("One\n\nTwo more\n\nThree"));
}

void TestResponses::malformedJsonIsProtocolErrorAndDecodingGoesOn_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("truncated") << QByteArrayLiteral(
        R"({"type":"response.output_text.delta","output_index":0,"del)");
    QTest::newRow("garbage") << QByteArrayLiteral("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("number") << QByteArrayLiteral("42");
    QTest::newRow("string") << QByteArrayLiteral("\"response.completed\"");
}

void TestResponses::malformedJsonIsProtocolErrorAndDecodingGoesOn()
{
    QFETCH(QByteArray, bad);
    Api::ResponsesStreamDecoder decoder;
    const QList<ReplyDelta> first = decoder.decode(dataEvent(
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"A"})"));
    const QList<ReplyDelta> broken = decoder.decode(dataEvent(bad, "response.output_text.delta"));
    QCOMPARE(kindNames(kindsOf(broken)), QStringList{QStringLiteral("Error")});
    QCOMPARE(broken.first().error.kind, Core::ApiError::Kind::Protocol);
    QCOMPARE(broken.first().error.raw, bad);
    QVERIFY(!decoder.isFinished());
    const QList<ReplyDelta> after = decoder.decode(dataEvent(
        R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"B"})"));
    QCOMPARE(assemble(first + broken + after).text(), QStringLiteral("AB"));
}

void TestResponses::wrongFieldTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<KindList>("kinds");
    QTest::addColumn<bool>("finished");

    using K = ReplyDelta::Kind;
    QTest::newRow("delta is a number")
        << QByteArrayLiteral(R"({"type":"response.output_text.delta","output_index":0,"delta":5})")
        << KindList{K::Error} << false;
    QTest::newRow("delta is null")
        << QByteArrayLiteral(R"({"type":"response.reasoning_summary_text.delta","delta":null})")
        << KindList{K::Error} << false;
    QTest::newRow("arguments delta is an object")
        << QByteArrayLiteral(R"({"type":"response.function_call_arguments.delta","output_index":0,)"
                             R"("delta":{}})")
        << KindList{K::Error} << false;
    QTest::newRow("delta missing")
        << QByteArrayLiteral(R"({"type":"response.refusal.delta","output_index":0})")
        << KindList{K::Error} << false;
    QTest::newRow("output_index is a string")
        << QByteArrayLiteral(R"({"type":"response.output_text.delta","output_index":"zero",)"
                             R"("content_index":[],"delta":"ok"})")
        << KindList{K::Text} << false;
    QTest::newRow("done text is a number")
        << QByteArrayLiteral(R"({"type":"response.output_text.done","output_index":0,"text":7})")
        << KindList{} << false;
    QTest::newRow("item is a string")
        << QByteArrayLiteral(R"({"type":"response.output_item.done","output_index":0,)"
                             R"("item":"message"})")
        << KindList{} << false;
    QTest::newRow("message content is a string")
        << QByteArrayLiteral(R"({"type":"response.output_item.done","output_index":0,)"
                             R"("item":{"type":"message","content":"hi"}})")
        << KindList{} << false;
    QTest::newRow("response is an array")
        << QByteArrayLiteral(R"({"type":"response.completed","response":[1]})")
        << KindList{K::Finish} << true;
    QTest::newRow("usage is a string")
        << QByteArrayLiteral(R"({"type":"response.completed","response":{"status":"completed",)"
                             R"("output":[],"usage":"lots"}})")
        << KindList{K::Finish} << true;
    QTest::newRow("output is an object")
        << QByteArrayLiteral(R"({"type":"response.completed","response":{"status":"completed",)"
                             R"("output":{"a":1}}})")
        << KindList{K::Finish} << true;
    QTest::newRow("type is a number")
        << QByteArrayLiteral(R"({"type":3,"delta":"x"})") << KindList{} << false;
    QTest::newRow("unknown event type")
        << QByteArrayLiteral(R"({"type":"response.future_feature.delta","delta":"x"})")
        << KindList{} << false;
    QTest::newRow("no type at all") << QByteArrayLiteral(R"({"delta":"x"})") << KindList{} << false;
    QTest::newRow("failed with error null")
        << QByteArrayLiteral(R"({"type":"response.failed","response":{"status":"failed",)"
                             R"("error":null}})")
        << KindList{K::Error} << true;
}

void TestResponses::wrongFieldTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(KindList, kinds);
    QFETCH(bool, finished);
    Api::ResponsesStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(dataEvent(json));
    QCOMPARE(kindNames(kindsOf(deltas)), kindNames(kinds));
    QCOMPARE(decoder.isFinished(), finished);
    for (const ReplyDelta &delta : deltas) {
        if (delta.kind == ReplyDelta::Kind::Error)
            QVERIFY(!delta.error.message.isEmpty());
    }
}

void TestResponses::errorPayloadShapes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("param");

    QTest::newRow("flat, spec") << QByteArray()
                                << readExample(QStringLiteral("openai_responses_error_event.json"))
                                << QStringLiteral("ERR_SOMETHING")
                                << QStringLiteral("Something went wrong") << QString() << QString();
    QTest::newRow("flat, named event")
        << QByteArrayLiteral("error")
        << QByteArrayLiteral(R"({"message":"rejected","code":"provider_error","param":"input",)"
                             R"("type":"server_error"})")
        << QStringLiteral("provider_error") << QStringLiteral("rejected")
        << QStringLiteral("server_error") << QStringLiteral("input");
    QTest::newRow("wrapped") << QByteArray()
                             << QByteArrayLiteral(
                                    R"({"error":{"message":"Overloaded","type":"server_error",)"
                                    R"("code":"overloaded"}})")
                             << QStringLiteral("overloaded") << QStringLiteral("Overloaded")
                             << QStringLiteral("server_error") << QString();
    // llama.cpp sends the HTTP status as an integer code; the shared reader names it.
    QTest::newRow("integer code") << QByteArrayLiteral("error")
                                  << QByteArrayLiteral(R"({"code":500,"message":"boom"})")
                                  << Api::statusCodeName(500) << QStringLiteral("boom") << QString()
                                  << QString();
    QTest::newRow("error as text")
        << QByteArray() << QByteArrayLiteral(R"({"error":"context length exceeded"})") << QString()
        << QStringLiteral("context length exceeded") << QString() << QString();
    QTest::newRow("no message") << QByteArrayLiteral("error")
                                << QByteArrayLiteral(R"({"code":"x"})") << QStringLiteral("x")
                                << QString() << QString() << QString();
}

void TestResponses::errorPayloadShapes()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, errorType);
    QFETCH(QString, param);

    Api::ResponsesStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(dataEvent(json, type));
    QCOMPARE(kindNames(kindsOf(deltas)), QStringList{QStringLiteral("Error")});
    const Core::ApiError &error = deltas.first().error;
    QCOMPARE(error.kind, Core::ApiError::Kind::Stream);
    QCOMPARE(error.code, code);
    if (message.isEmpty())
        QVERIFY(!error.message.isEmpty()); // a fallback, never blank
    else
        QCOMPARE(error.message, message);
    QCOMPARE(error.type, errorType);
    QCOMPARE(error.param, param);
    QCOMPARE(error.raw, json);
    QVERIFY(!decoder.isFinished());
}

void TestResponses::hostileNumbersAreAbsent_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const QByteArray &number : hostileNumbers())
        QTest::newRow(number.constData()) << number;
}

// Token counts and indexes that are not whole numbers in range are absent: a count unknown, an
// index the first one.
void TestResponses::hostileNumbersAreAbsent()
{
    QFETCH(QByteArray, number);
    const QByteArray body
        = R"({"id":"r","model":"m","status":"completed","output":[{"type":"message",)"
          R"("role":"assistant","content":[{"type":"output_text","text":"hi"}]}],)"
          R"("usage":{"input_tokens":)"
          + number + R"(,"output_tokens":7,"total_tokens":)" + number
          + R"(,"output_tokens_details":{"reasoning_tokens":)" + number + "}}}";
    const QList<ReplyDelta> deltas = Api::parseResponsesBody(body);
    const Core::Reply reply = assemble(deltas);
    QVERIFY(!reply.error);
    QCOMPARE(reply.text(), QStringLiteral("hi"));
    QCOMPARE(usageOf(reply), (UsageList{-1, 7, -1, -1}));

    const Decoded decoded
        = decodeAll({dataEvent(R"({"type":"response.output_text.delta","output_index":)" + number
                               + R"(,"content_index":)" + number + R"(,"delta":"hi"})"),
                     dataEvent(R"({"type":"response.completed","response":)" + body + "}")});
    QVERIFY(!decoded.reply.error);
    QCOMPARE(decoded.reply.text(), QStringLiteral("hi"));
    QCOMPARE(usageOf(decoded.reply), (UsageList{-1, 7, -1, -1}));
}

void TestResponses::numericErrorCodes_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("code");

    QTest::newRow("status") << QByteArrayLiteral("500") << QStringLiteral("500");
    QTest::newRow("negative") << QByteArrayLiteral("-32000") << QStringLiteral("-32000");
    QTest::newRow("1e20") << QByteArrayLiteral("1e20") << QString();
    QTest::newRow("-1e20") << QByteArrayLiteral("-1e20") << QString();
    QTest::newRow("fraction") << QByteArrayLiteral("1.5") << QString();
    QTest::newRow("2^63") << QByteArrayLiteral("9223372036854775808") << QString();
    QTest::newRow("1e308") << QByteArrayLiteral("1e308") << QString();
}

// Used to be cast straight to qint64: undefined behaviour, and "-9223372036854775808" on x86.
void TestResponses::numericErrorCodes()
{
    QFETCH(QByteArray, number);
    const QByteArray body = R"({"id":"r","status":"failed","output":[],"error":{"code":)" + number
                            + R"(,"message":"boom"}})";
    const Core::Reply reply = assemble(Api::parseResponsesBody(body));
    QVERIFY(reply.error);
    QTEST(reply.error->code, "code");
    QCOMPARE(reply.error->message, QStringLiteral("boom"));
}

void TestResponses::hugeDelta()
{
    const QString huge
        = QString(8 * 1024 * 1024, QLatin1Char('x')) + QStringLiteral("\u00e9\U0001F600");
    const QByteArray json = eventJson(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("response.output_text.delta")},
                    {QStringLiteral("output_index"), 0},
                    {QStringLiteral("content_index"), 0},
                    {QStringLiteral("delta"), huge}});
    Api::ResponsesStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(dataEvent(json));
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(deltas.first().text.size(), huge.size());
    QVERIFY(deltas.first().text == huge);

    const QByteArray done = eventJson(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("response.output_text.done")},
                    {QStringLiteral("output_index"), 0},
                    {QStringLiteral("content_index"), 0},
                    {QStringLiteral("text"), huge}});
    QVERIFY(decoder.decode(dataEvent(done)).isEmpty());
}

void TestResponses::manySmallDeltasThenDone()
{
    Api::ResponsesStreamDecoder decoder;
    Core::Reply reply;
    QString expected;
    for (int i = 0; i < 20000; ++i) {
        const QString piece = QString::number(i % 10);
        expected += piece;
        reply.applyAll(decoder.decode(dataEvent(
            R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":")"
            + piece.toUtf8() + "\"}")));
    }
    reply.applyAll(decoder.decode(dataEvent(
        eventJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("response.output_text.done")},
                              {QStringLiteral("output_index"), 0},
                              {QStringLiteral("content_index"), 0},
                              {QStringLiteral("text"), expected}}))));
    QCOMPARE(reply.text(), expected);
    QCOMPARE(reply.primary().message.parts.size(), 1);
}

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
