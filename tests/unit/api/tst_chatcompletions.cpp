#include "../core/hostilenumbers.h"
#include "api/chatcompletions.h"
#include "api/dialect.h"
#include "api/invocations.h"
#include "api/responses.h"
#include "core/reply.h"
#include "ssetesting.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parlance;
using Core::ApiError;
using Core::ContentPart;
using Core::ReplyDelta;
using SseTesting::dataEvent;
using SseTesting::splitSse;

namespace {

using Parlance::Testing::readExample;

QJsonValue exampleJson(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readExample(name));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray sseOf(const QList<QByteArray> &payloads)
{
    QByteArray text;
    for (const QByteArray &payload : payloads)
        text += "data: " + payload + "\n\n";
    return text;
}

Core::Reply assemble(const QList<ReplyDelta> &deltas)
{
    Core::Reply reply;
    reply.applyAll(deltas);
    return reply;
}

struct StreamResult
{
    Core::Reply reply;
    QList<ReplyDelta> deltas;
    bool finished = false;
};

StreamResult decodeStream(const QList<Core::SseEvent> &events)
{
    Api::ChatCompletionsStreamDecoder decoder;
    StreamResult result;
    for (const Core::SseEvent &event : events) {
        const QList<ReplyDelta> deltas = decoder.decode(event);
        result.deltas += deltas;
        result.reply.applyAll(deltas);
    }
    result.finished = decoder.isFinished();
    return result;
}

QList<ApiError> errorsOf(const QList<ReplyDelta> &deltas)
{
    QList<ApiError> errors;
    for (const ReplyDelta &delta : deltas) {
        if (delta.kind == ReplyDelta::Kind::Error)
            errors.append(delta.error);
    }
    return errors;
}

Core::Message makeMessage(Core::Role role, const QList<ContentPart> &parts,
                          const QString &toolCallId = {})
{
    Core::Message message;
    message.role = role;
    message.parts = parts;
    message.toolCallId = toolCallId;
    return message;
}

qint64 orMinus(std::optional<qint64> value)
{
    return value ? *value : -1;
}

const QString StreamText = QStringLiteral(
    "I'm unable to provide real-time weather updates. To get the current weather in San "
    "Francisco, I recommend checking a reliable weather website or a weather app.");

} // namespace

class tst_ChatCompletions : public QObject
{
    Q_OBJECT

private slots:
    void nonStreamBody_data();
    void nonStreamBody();
    void typedPartContent_data();
    void typedPartContent();
    void reasoningFields_data();
    void reasoningFields();
    void multipleChoicesInBody();
    void errorInOkBody();

    void streamFile_data();
    void streamFile();
    void databricksCumulativeUsageReplaces();
    void databricksMlflowChunk();
    void usageOnlyChunkIsNotTheEnd();
    void infoOncePerStream();
    void streamEqualsNonStream_data();
    void streamEqualsNonStream();

    void streamErrors_data();
    void streamErrors();
    void legacyLlamaCppErrorFieldIsDropped();
    void malformedEventKeepsDecoding();
    void hostile_data();
    void hostile();
    void hugeContent();
    void hugeChoiceIndexDoesNotAllocate();
    void hostileNumbersAreAbsent_data();
    void hostileNumbersAreAbsent();
    void tokenCountsBeyondInt64AreUnknown();

    void requestBasics_data();
    void requestBasics();
    void requestToolHistory();
    void requestReasoningEcho();
    void requestReasoningRoundTrip();
    void requestExtraParams();
    void invocationsRequest();
    void dialectDispatch();
};

// --- non-streamed bodies -------------------------------------------------------------------

void tst_ChatCompletions::nonStreamBody_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<QString>("toolName");
    QTest::addColumn<QString>("toolArgs");

    QTest::newRow("openai") << QStringLiteral("chat_completion.json")
                            << QStringLiteral("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")
                            << QStringLiteral("gpt-5.4")
                            << QStringLiteral("Hello! How can I assist you today?")
                            << QStringLiteral("stop") << qint64(19) << qint64(10) << qint64(29)
                            << QString() << QString() << QString();
    QTest::newRow("tool calls") << QStringLiteral("openai_chat_completion_tool_calls.json")
                                << QStringLiteral("chatcmpl-abc123")
                                << QStringLiteral("gpt-4o-mini") << QString()
                                << QStringLiteral("tool_calls") << qint64(82) << qint64(17)
                                << qint64(99) << QStringLiteral("call_abc123")
                                << QStringLiteral("get_current_weather")
                                << QStringLiteral("{\n\"location\": \"Boston, MA\"\n}");
    QTest::newRow("databricks invocations, null id and finish")
        << QStringLiteral("databricks_invocations_chat_response.json") << QString()
        << QStringLiteral("llama2-70b-chat")
        << QStringLiteral(
               "MLflow is an open-source platform for managing the end-to-end machine learning "
               "(ML) lifecycle. It helps data scientists and ML engineers to manage and track "
               "experiments, reproduce and share results, and deploy ML models. MLflow was "
               "created by LinkedIn and is now a part of the Linux Foundation's AI and Machine "
               "Learning projects.\n\nMLflow provides a set of tools and services that enable "
               "data scientists and ML engineers to manage the entire")
        << QString() << qint64(7) << qint64(74) << qint64(81) << QString() << QString()
        << QString();
}

void tst_ChatCompletions::nonStreamBody()
{
    QFETCH(QString, file);
    const QByteArray body = readExample(file);
    QVERIFY(!body.isEmpty());
    const QList<ReplyDelta> deltas = Api::parseChatCompletionsBody(body);
    QVERIFY(errorsOf(deltas).isEmpty());
    const Core::Reply reply = assemble(deltas);

    QTEST(reply.responseId, "id");
    QTEST(reply.model, "model");
    QTEST(reply.text(), "text");
    QTEST(reply.finishReason(), "finish");
    QTEST(orMinus(reply.usage.inputTokens), "input");
    QTEST(orMinus(reply.usage.outputTokens), "output");
    QTEST(orMinus(reply.usage.totalTokens), "total");
    QCOMPARE(reply.choices.size(), 1);

    QFETCH(QString, toolId);
    const QList<ContentPart> calls = reply.primary().message.toolCalls();
    QCOMPARE(calls.size(), toolId.isEmpty() ? 0 : 1);
    if (!calls.isEmpty()) {
        QCOMPARE(calls.first().toolCallId, toolId);
        QTEST(calls.first().toolName, "toolName");
        QTEST(calls.first().toolArguments, "toolArgs");
    }
}

void tst_ChatCompletions::typedPartContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("text");

    QTest::newRow("visible summary")
        << QStringLiteral("claude_reasoning_message_content.json") << QStringLiteral("17*23=391")
        << QString() << QStringLiteral("391");
    QTest::newRow("signature only")
        << QStringLiteral("claude_reasoning_message_content_redacted.json") << QString()
        << QStringLiteral("CAISoQIK") << QStringLiteral("pong");
}

void tst_ChatCompletions::typedPartContent()
{
    QFETCH(QString, file);
    const QJsonValue content = exampleJson(file);
    QVERIFY(content.isArray());
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), content}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};

    const QList<ReplyDelta> deltas = Api::parseChatCompletionsBody(compact(body));
    QVERIFY(errorsOf(deltas).isEmpty());
    const Core::Reply reply = assemble(deltas);
    const QList<ContentPart> &parts = reply.primary().message.parts;
    QCOMPARE(parts.size(), 2); // reasoning first, then the answer, as the server ordered them
    QCOMPARE(parts.at(0).kind, ContentPart::Kind::Reasoning);
    QTEST(parts.at(0).text, "reasoning");
    QTEST(parts.at(0).signature, "signature");
    QCOMPARE(parts.at(1).kind, ContentPart::Kind::Text);
    QTEST(parts.at(1).text, "text");
}

void tst_ChatCompletions::reasoningFields_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("text");

    QTest::newRow("ollama reasoning")
        << QByteArray(R"({"role":"assistant","content":"4","reasoning":"2+2 is 4"})")
        << QStringLiteral("2+2 is 4") << QStringLiteral("4");
    QTest::newRow("vllm both fields, not doubled") << QByteArray(
        R"({"role":"assistant","content":"4","reasoning":"r","reasoning_content":"r"})")
                                                   << QStringLiteral("r") << QStringLiteral("4");
    QTest::newRow("kimi reasoning_content")
        << QByteArray(R"({"role":"assistant","content":"4","reasoning_content":"think"})")
        << QStringLiteral("think") << QStringLiteral("4");
    QTest::newRow("encrypted summary skipped")
        << QByteArray(R"({"role":"assistant","content":[{"type":"reasoning","summary":[)"
                      R"({"type":"summary_encrypted_text","data":"AAAA"},)"
                      R"({"type":"summary_text","text":"seen"}]},{"type":"text","text":"ok"}]})")
        << QStringLiteral("seen") << QStringLiteral("ok");
    QTest::newRow("gemini text list") << QByteArray(
        R"({"role":"assistant","content":[{"type":"text","text":"a","thoughtSignature":"x"},)"
        R"({"type":"text","text":"b"}]})")
                                      << QString() << QStringLiteral("ab");
}

void tst_ChatCompletions::reasoningFields()
{
    QFETCH(QByteArray, message);
    const QByteArray body = R"({"id":"x","choices":[{"index":0,"message":)" + message
                            + R"(,"finish_reason":"stop"}]})";
    const QList<ReplyDelta> deltas = Api::parseChatCompletionsBody(body);
    QVERIFY(errorsOf(deltas).isEmpty());
    const Core::Reply reply = assemble(deltas);
    QTEST(reply.reasoning(), "reasoning");
    QTEST(reply.text(), "text");
}

void tst_ChatCompletions::multipleChoicesInBody()
{
    const QByteArray body = R"({"id":"c","model":"m","choices":[
        {"index":1,"message":{"role":"assistant","content":"second"},"finish_reason":"length"},
        {"index":0,"message":{"role":"assistant","content":"first"},"finish_reason":"stop"}]})";
    const Core::Reply reply = assemble(Api::parseChatCompletionsBody(body));
    QVERIFY(!reply.error);
    QCOMPARE(reply.choices.size(), 2);
    QCOMPARE(reply.choices.at(0).message.text(), QStringLiteral("first"));
    QCOMPARE(reply.choices.at(0).finishReason, QStringLiteral("stop"));
    QCOMPARE(reply.choices.at(1).message.text(), QStringLiteral("second"));
    QCOMPARE(reply.choices.at(1).finishReason, QStringLiteral("length"));
}

void tst_ChatCompletions::errorInOkBody()
{
    const QByteArray body
        = R"({"error":{"message":"model overloaded","type":"server_error","code":"overloaded"}})";
    const QList<ReplyDelta> deltas = Api::parseChatCompletionsBody(body);
    const QList<ApiError> errors = errorsOf(deltas);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind, ApiError::Kind::Stream);
    QCOMPARE(errors.first().code, QStringLiteral("overloaded"));
    QCOMPARE(errors.first().message, QStringLiteral("model overloaded"));
    QCOMPARE(errors.first().raw, body);
}

// --- streams ---------------------------------------------------------------------------------

void tst_ChatCompletions::streamFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("finishes");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("toolArgs");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("total");

    QTest::newRow("text") << QStringLiteral("chat_stream.sse")
                          << QStringLiteral("chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL")
                          << QStringList{StreamText} << QStringList{QStringLiteral("stop")}
                          << QString() << QString() << qint64(14) << qint64(30) << qint64(44);
    QTest::newRow("n=3 interleaved")
        << QStringLiteral("openai_chat_stream_n3.sse")
        << QStringLiteral("chatcmpl-ABfw2KKFuVXmEJgVwYfBvejMAdWtq")
        << QStringList{QStringLiteral(R"({"city":"San Francisco","temperature":65,"units":"f"})"),
                       QStringLiteral(R"({"city":"San Francisco","temperature":61,"units":"f"})"),
                       QStringLiteral(R"({"city":"San Francisco","temperature":59,"units":"f"})")}
        << QStringList{QStringLiteral("stop"), QStringLiteral("stop"), QStringLiteral("stop")}
        << QString() << QString() << qint64(79) << qint64(42) << qint64(121);
    QTest::newRow("refusal") << QStringLiteral("openai_chat_stream_refusal.sse")
                             << QStringLiteral("chatcmpl-ABfw4IfQfCCrcuybFm41wJyxjbkz7")
                             << QStringList{QString()} << QStringList{QStringLiteral("stop")}
                             << QStringLiteral("I'm sorry, I can't assist with that request.")
                             << QString() << qint64(79) << qint64(11) << qint64(90);
    QTest::newRow("tool call fragments")
        << QStringLiteral("openai_chat_stream_tool_calls.sse")
        << QStringLiteral("chatcmpl-ABfwERreu9s99xXsVuOWtIB2UOx62") << QStringList{QString()}
        << QStringList{QStringLiteral("tool_calls")} << QString()
        << QStringLiteral(R"({"city":"New York City"})") << qint64(44) << qint64(16) << qint64(60);
}

void tst_ChatCompletions::streamFile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, finishes);
    QFETCH(QString, refusal);
    QFETCH(QString, toolArgs);

    const QList<Core::SseEvent> events = splitSse(readExample(file));
    QVERIFY(events.size() > 5);
    const StreamResult result = decodeStream(events);
    QVERIFY(result.finished);
    QVERIFY(!result.reply.error);
    QTEST(result.reply.responseId, "id");
    QCOMPARE(result.reply.model, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(result.reply.choices.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(result.reply.choices.at(i).message.text(), texts.at(i));
        QCOMPARE(result.reply.choices.at(i).finishReason, finishes.at(i));
    }
    QTEST(orMinus(result.reply.usage.inputTokens), "input");
    QTEST(orMinus(result.reply.usage.outputTokens), "output");
    QTEST(orMinus(result.reply.usage.totalTokens), "total");
    QCOMPARE(orMinus(result.reply.usage.reasoningTokens), qint64(0));

    const Core::Message &message = result.reply.primary().message;
    QString refusalText;
    for (const ContentPart &part : message.parts) {
        if (part.kind == ContentPart::Kind::Refusal)
            refusalText += part.text;
    }
    QCOMPARE(refusalText, refusal);

    const QList<ContentPart> calls = message.toolCalls();
    QCOMPARE(calls.size(), toolArgs.isEmpty() ? 0 : 1);
    if (!calls.isEmpty()) {
        QCOMPARE(calls.first().toolCallId, QStringLiteral("call_4XzlGBLtUe9dy3GVNV4jhq7h"));
        QCOMPARE(calls.first().toolName, QStringLiteral("get_weather"));
        QCOMPARE(calls.first().toolArguments, toolArgs);
        // the first fragment carried id and name, later ones only argument pieces
        int fragments = 0;
        for (const ReplyDelta &d : result.deltas)
            fragments += d.kind == ReplyDelta::Kind::ToolCall;
        QCOMPARE(fragments, 8);
    }
}

void tst_ChatCompletions::databricksCumulativeUsageReplaces()
{
    const QJsonObject recording
        = exampleJson(QStringLiteral("databricks_chat_stream_recording_llama_stack.json"))
              .toObject();
    const QJsonArray chunks = recording.value(QStringLiteral("response"))
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toArray();
    QCOMPARE(chunks.size(), 10);
    // completion_tokens as each chunk reported it, cumulative
    const QList<qint64> expectedOutput{2, 2, 3, 4, 5, 6, 7, 8, 11, 11};

    Api::ChatCompletionsStreamDecoder decoder;
    Core::Reply reply;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QJsonObject data
            = chunks.at(i).toObject().value(QStringLiteral("__data__")).toObject();
        reply.applyAll(decoder.decode(dataEvent(compact(data))));
        QCOMPARE(orMinus(reply.usage.outputTokens), expectedOutput.at(i));
        QCOMPARE(orMinus(reply.usage.inputTokens), qint64(20));
    }
    QVERIFY(!decoder.isFinished()); // the recording has no [DONE]
    reply.applyAll(decoder.decode(dataEvent("[DONE]")));
    QVERIFY(decoder.isFinished());

    QVERIFY(!reply.error);
    QCOMPARE(reply.text(), QStringLiteral("The Latin name for the Sun is \"Sol\"."));
    QCOMPARE(reply.finishReason(), QStringLiteral("stop"));
    QCOMPARE(reply.model, QStringLiteral("meta-llama-3.3-70b-instruct-121024"));
    QCOMPARE(reply.responseId, QStringLiteral("rec-3ef0f9aab128"));
    QCOMPARE(orMinus(reply.usage.totalTokens), qint64(31));
}

void tst_ChatCompletions::databricksMlflowChunk()
{
    Api::ChatCompletionsStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(
        dataEvent(readExample(QStringLiteral("databricks_chat_stream_chunk_mlflow.json"))));
    const Core::Reply reply = assemble(deltas);
    QVERIFY(!reply.error);
    QCOMPARE(reply.text(), QStringLiteral("Hello"));
    QCOMPARE(reply.responseId, QStringLiteral("82a834f5-089d-4fc0-ad6c-db5c7d6a6129"));
    QCOMPARE(reply.model, QStringLiteral("llama-2-70b-chat-030424"));
    QCOMPARE(orMinus(reply.usage.inputTokens), qint64(11));
    QCOMPARE(orMinus(reply.usage.outputTokens), qint64(1));
    QCOMPARE(orMinus(reply.usage.totalTokens), qint64(12));
    QCOMPARE(reply.finishReason(), QString());
    QVERIFY(!decoder.isFinished()); // usage on a chunk is not the end
}

void tst_ChatCompletions::usageOnlyChunkIsNotTheEnd()
{
    Api::ChatCompletionsStreamDecoder decoder;
    Core::Reply reply;
    reply.applyAll(decoder.decode(dataEvent(
        R"({"id":"a","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":"stop"}]})")));
    const QList<ReplyDelta> usage = decoder.decode(
        dataEvent(R"({"id":"a","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":1,)"
                  R"("total_tokens":4}})"));
    reply.applyAll(usage);
    QVERIFY(!decoder.isFinished());
    QCOMPARE(orMinus(reply.usage.totalTokens), qint64(4));
    // the include_usage chunk may also leave `choices` out
    reply.applyAll(decoder.decode(
        dataEvent(R"({"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})")));
    QVERIFY(!reply.error);
    QCOMPARE(orMinus(reply.usage.outputTokens), qint64(2));
    QVERIFY(!decoder.isFinished());
    QVERIFY(decoder.decode(dataEvent("[DONE]")).isEmpty());
    QVERIFY(decoder.isFinished());
}

void tst_ChatCompletions::infoOncePerStream()
{
    const StreamResult result
        = decodeStream(splitSse(readExample(QStringLiteral("chat_stream.sse"))));
    int infos = 0;
    for (const ReplyDelta &d : result.deltas)
        infos += d.kind == ReplyDelta::Kind::Info;
    QCOMPARE(infos, 1);
    QCOMPARE(result.deltas.first().kind, ReplyDelta::Kind::Info);
}

void tst_ChatCompletions::streamEqualsNonStream_data()
{
    QTest::addColumn<QByteArray>("sse");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("text") << readExample(QStringLiteral("chat_stream.sse"))
                          << QByteArray(R"({"id":"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL",)"
                                        R"("object":"chat.completion","model":"gpt-4o-2024-08-06",)"
                                        R"("choices":[{"index":0,"message":{"role":"assistant",)"
                                        R"("content":")"
                                        + StreamText.toUtf8()
                                        + R"(",)"
                                          R"("refusal":null},"finish_reason":"stop"}],)"
                                          R"("usage":{"prompt_tokens":14,"completion_tokens":30,)"
                                          R"("total_tokens":44,"completion_tokens_details":)"
                                          R"({"reasoning_tokens":0}}})");
    QTest::newRow("tool call")
        << readExample(QStringLiteral("openai_chat_stream_tool_calls.sse"))
        << QByteArray(
               R"({"id":"chatcmpl-ABfwERreu9s99xXsVuOWtIB2UOx62","object":"chat.completion",)"
               R"("model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{)"
               R"("role":"assistant","content":null,"refusal":null,"tool_calls":[{)"
               R"("id":"call_4XzlGBLtUe9dy3GVNV4jhq7h","type":"function","function":{)"
               R"("name":"get_weather","arguments":"{\"city\":\"New York City\"}"}}]},)"
               R"("finish_reason":"tool_calls"}],"usage":{"prompt_tokens":44,)"
               R"("completion_tokens":16,"total_tokens":60,)"
               R"("completion_tokens_details":{"reasoning_tokens":0}}})");
    QTest::newRow("refusal")
        << readExample(QStringLiteral("openai_chat_stream_refusal.sse"))
        << QByteArray(
               R"({"id":"chatcmpl-ABfw4IfQfCCrcuybFm41wJyxjbkz7","model":"gpt-4o-2024-08-06",)"
               R"("choices":[{"index":0,"message":{"role":"assistant","content":null,)"
               R"("refusal":"I'm sorry, I can't assist with that request."},)"
               R"("finish_reason":"stop"}],"usage":{"prompt_tokens":79,)"
               R"("completion_tokens":11,"total_tokens":90,)"
               R"("completion_tokens_details":{"reasoning_tokens":0}}})");

    // Claude on Databricks: the first delta is a reasoning-part list, later deltas are strings.
    const QJsonObject first
        = exampleJson(QStringLiteral("claude_reasoning_stream_delta.json")).toObject();
    const QJsonValue reasoningPart = first.value(QStringLiteral("choices"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("delta"))
                                         .toObject()
                                         .value(QStringLiteral("content"))
                                         .toArray()
                                         .first();
    const QByteArray usage
        = R"("usage":{"prompt_tokens":9,"completion_tokens":5,"total_tokens":14})";
    const QJsonObject claudeBody{
        {QStringLiteral("id"), QStringLiteral("chatcmpl_1")},
        {QStringLiteral("model"), QStringLiteral("claude")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("finish_reason"), QStringLiteral("stop")},
             {QStringLiteral("message"),
              QJsonObject{
                  {QStringLiteral("role"), QStringLiteral("assistant")},
                  {QStringLiteral("content"),
                   QJsonArray{reasoningPart,
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), QStringLiteral("pong")}}}}}}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 9},
                                              {QStringLiteral("completion_tokens"), 5},
                                              {QStringLiteral("total_tokens"), 14}}}};
    QJsonObject firstWithId = first;
    firstWithId.insert(QStringLiteral("id"), QStringLiteral("chatcmpl_1"));
    firstWithId.insert(QStringLiteral("model"), QStringLiteral("claude"));
    QTest::newRow("claude reasoning parts")
        << sseOf({compact(firstWithId),
                  R"({"id":"chatcmpl_1","choices":[{"index":0,"delta":{"content":"po"}}]})",
                  R"({"id":"chatcmpl_1","choices":[{"index":0,"delta":{"content":"ng"}}]})",
                  R"({"id":"chatcmpl_1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],)"
                      + usage + "}",
                  "[DONE]"})
        << compact(claudeBody);

    QTest::newRow("ollama reasoning field") << sseOf(
        {R"({"id":"o","model":"qwen3","choices":[{"index":0,"delta":{"role":"assistant",)"
         R"("content":"","reasoning":"Two plus "}}]})",
         R"({"id":"o","model":"qwen3","choices":[{"index":0,"delta":{"content":"",)"
         R"("reasoning":"two."}}]})",
         R"({"id":"o","model":"qwen3","choices":[{"index":0,"delta":{"content":"4"}}]})",
         R"({"id":"o","model":"qwen3","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
         "[DONE]"})
                                            << QByteArray(R"({"id":"o","model":"qwen3",)"
                                                          R"("choices":[{"index":0,"message":{)"
                                                          R"("role":"assistant","content":"4",)"
                                                          R"("reasoning":"Two plus two."},)"
                                                          R"("finish_reason":"stop"}]})");

    QTest::newRow("two parallel tool calls")
        << sseOf({R"({"id":"t","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a",)"
                  R"("type":"function","function":{"name":"f","arguments":""}}]}}]})",
                  R"({"id":"t","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"b",)"
                  R"("type":"function","function":{"name":"g","arguments":"{\"y\""}}]}}]})",
                  R"({"id":"t","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,)"
                  R"("function":{"arguments":"{\"x\":1}"}}]}}]})",
                  R"({"id":"t","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,)"
                  R"("function":{"arguments":":2}"}}]}}]})",
                  R"({"id":"t","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
                  "[DONE]"})
        << QByteArray(
               R"({"id":"t","choices":[{"index":0,"finish_reason":"tool_calls","message":{)"
               R"("role":"assistant","content":null,"tool_calls":[)"
               R"({"id":"a","type":"function","function":{"name":"f","arguments":"{\"x\":1}"}},)"
               R"({"id":"b","type":"function","function":{"name":"g",)"
               R"("arguments":"{\"y\":2}"}}]}}]})");
}

void tst_ChatCompletions::streamEqualsNonStream()
{
    QFETCH(QByteArray, sse);
    QFETCH(QByteArray, body);
    const StreamResult streamed = decodeStream(splitSse(sse));
    const QList<ReplyDelta> bodyDeltas = Api::parseChatCompletionsBody(body);
    QVERIFY(errorsOf(bodyDeltas).isEmpty());
    const Core::Reply whole = assemble(bodyDeltas);

    QVERIFY(streamed.finished);
    QVERIFY(!streamed.reply.error);
    QVERIFY(whole.hasContent());
    QCOMPARE(streamed.reply.responseId, whole.responseId);
    QCOMPARE(streamed.reply.text(), whole.text());
    QCOMPARE(streamed.reply.reasoning(), whole.reasoning());
    QCOMPARE(streamed.reply.finishReason(), whole.finishReason());
    QCOMPARE(streamed.reply.choices, whole.choices);
    QCOMPARE(streamed.reply.usage, whole.usage);
    QVERIFY(streamed.reply == whole);
}

// --- errors and hostile input -------------------------------------------------------------

void tst_ChatCompletions::streamErrors_data()
{
    QTest::addColumn<QByteArray>("sse");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");

    QTest::newRow("named error event, flat")
        << readExample(QStringLiteral("openai_stream_named_error_event.sse"))
        << QStringLiteral("provider_error") << QStringLiteral("server_error")
        << QStringLiteral("The synthetic provider rejected this streamed request.");
    QTest::newRow("named error event, wrapped")
        << QByteArray("event: error\ndata: {\"error\":{\"message\":\"quota\",\"type\":\"requests\","
                      "\"code\":\"rate_limit_exceeded\"}}\n\n")
        << QStringLiteral("rate_limit_exceeded") << QStringLiteral("requests")
        << QStringLiteral("quota");
    QTest::newRow("named error event, not json")
        << QByteArray("event: error\ndata: upstream went away\n\n") << QString() << QString()
        << QStringLiteral("upstream went away");
    QTest::newRow("llama.cpp data error (after PR 16109)")
        << QByteArray("data: {\"error\":{\"code\":400,\"message\":\"the request exceeds the "
                      "available context size\",\"type\":\"invalid_request_error\"}}\n\n"
                      "data: [DONE]\n\n")
        << QStringLiteral("invalid_request_error") << QStringLiteral("invalid_request_error")
        << QStringLiteral("the request exceeds the available context size");
    QTest::newRow("vllm int code")
        << QByteArray("data: {\"error\":{\"message\":\"bad n\",\"type\":\"BadRequestError\","
                      "\"param\":null,\"code\":400}}\n\n")
        << QStringLiteral("BadRequestError") << QStringLiteral("BadRequestError")
        << QStringLiteral("bad n");
    QTest::newRow("vllm int code, no type")
        << QByteArray("data: {\"error\":{\"message\":\"bad n\",\"code\":400}}\n\n")
        << QStringLiteral("BAD_REQUEST") << QString() << QStringLiteral("bad n");
    QTest::newRow("old vllm flat")
        << QByteArray("data: {\"object\":\"error\",\"message\":\"too long\","
                      "\"type\":\"invalid_request_error\",\"param\":null,\"code\":400}\n\n")
        << QStringLiteral("invalid_request_error") << QStringLiteral("invalid_request_error")
        << QStringLiteral("too long");
    QTest::newRow("legacy error string")
        << QByteArray("data: {\"error\":\"worker crashed\"}\n\n") << QString() << QString()
        << QStringLiteral("worker crashed");
}

void tst_ChatCompletions::streamErrors()
{
    QFETCH(QByteArray, sse);
    const QList<Core::SseEvent> events = splitSse(sse);
    QVERIFY(!events.isEmpty());
    Api::ChatCompletionsStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(events.first());
    const QList<ApiError> errors = errorsOf(deltas);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(errors.first().kind, ApiError::Kind::Stream);
    QTEST(errors.first().code, "code");
    QTEST(errors.first().type, "type");
    QTEST(errors.first().message, "message");
    QCOMPARE(errors.first().raw, events.first().data);

    // decoding goes on after a reported error
    const Core::Reply after = assemble(
        decoder.decode(dataEvent(R"({"choices":[{"index":0,"delta":{"content":"still here"}}]})")));
    QCOMPARE(after.text(), QStringLiteral("still here"));
}

void tst_ChatCompletions::legacyLlamaCppErrorFieldIsDropped()
{
    // Before llama.cpp PR #16109 the error went out as a non-standard `error:` field, which SSE
    // parsers drop: all that reaches the decoder is [DONE], and the reply is empty.
    const QList<Core::SseEvent> events
        = splitSse(readExample(QStringLiteral("llamacpp_legacy_midstream_error.sse")));
    QCOMPARE(events.size(), 1);
    const StreamResult result = decodeStream(events);
    QVERIFY(result.finished);
    QVERIFY(result.deltas.isEmpty());
    QVERIFY(!result.reply.hasContent());

    // An empty event (what some parsers dispatch for such a block) is not an error either.
    Api::ChatCompletionsStreamDecoder decoder;
    QVERIFY(decoder.decode(dataEvent({})).isEmpty());
    QVERIFY(!decoder.isFinished());
}

void tst_ChatCompletions::malformedEventKeepsDecoding()
{
    Api::ChatCompletionsStreamDecoder decoder;
    Core::Reply reply;
    reply.applyAll(
        decoder.decode(dataEvent(R"({"choices":[{"index":0,"delta":{"content":"A"}}]})")));
    const QByteArray broken = R"({"choices":[{"index":0,"delta":{"content":"B)";
    const QList<ReplyDelta> bad = decoder.decode(dataEvent(broken));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().kind, ReplyDelta::Kind::Error);
    QCOMPARE(bad.first().error.kind, ApiError::Kind::Protocol);
    QCOMPARE(bad.first().error.raw, broken);
    QVERIFY(!bad.first().error.message.isEmpty());
    reply.applyAll(bad);
    reply.applyAll(
        decoder.decode(dataEvent(R"({"choices":[{"index":0,"delta":{"content":"C"}}]})")));
    reply.applyAll(decoder.decode(dataEvent("[DONE]")));
    QCOMPARE(reply.text(), QStringLiteral("AC"));
    QVERIFY(reply.error);
    QCOMPARE(reply.error->kind, ApiError::Kind::Protocol);
    QVERIFY(decoder.isFinished());
}

void tst_ChatCompletions::hostile_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("protocolError");
    QTest::addColumn<QString>("text");

    for (bool stream : {true, false}) {
        const char *mode = stream ? "stream" : "body";
        QTest::addRow("%s: truncated", mode)
            << stream << QByteArray(R"({"choices":[{"index":0,"del)") << true << QString();
        QTest::addRow("%s: array", mode) << stream << QByteArray("[1,2,3]") << true << QString();
        QTest::addRow("%s: string", mode) << stream << QByteArray("\"hello\"") << true << QString();
        QTest::addRow("%s: empty object", mode) << stream << QByteArray("{}") << true << QString();
        QTest::addRow("%s: choices string", mode)
            << stream << QByteArray(R"({"choices":"abc"})") << true << QString();
        QTest::addRow("%s: choice number", mode)
            << stream << QByteArray(R"({"choices":[5]})") << true << QString();
        QTest::addRow("%s: delta number", mode)
            << stream << QByteArray(R"({"choices":[{"index":0,"delta":5,"message":5}]})") << true
            << QString();
        QTest::addRow("%s: content number", mode)
            << stream
            << QByteArray(
                   R"({"choices":[{"index":0,"delta":{"content":42},"message":{"content":42}}]})")
            << true << QString();
        QTest::addRow("%s: content object", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":0,"delta":{"content":{"a":1}},)"
                          R"("message":{"content":{"a":1}}}]})")
            << true << QString();
        QTest::addRow("%s: content part number", mode)
            << stream
            << QByteArray(
                   R"({"choices":[{"index":0,"delta":{"content":[7]},"message":{"content":[7]}}]})")
            << true << QString();
        QTest::addRow("%s: tool_calls string", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":"x"},)"
                          R"("message":{"tool_calls":"x"}}]})")
            << true << QString();
        QTest::addRow("%s: tool call function number", mode)
            << stream
            << QByteArray(
                   R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":3}]},)"
                   R"("message":{"tool_calls":[{"function":3}]}}]})")
            << true << QString();
        QTest::addRow("%s: tool arguments number", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a",)"
                          R"("function":{"name":"f","arguments":7}}]},)"
                          R"("message":{"tool_calls":[{"id":"a","function":{"name":"f",)"
                          R"("arguments":7}}]}}]})")
            << true << QString();
        QTest::addRow("%s: negative choice index", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":-1,"delta":{"content":"x"},)"
                          R"("message":{"content":"x"}}]})")
            << true << QString();
        QTest::addRow("%s: fractional choice index", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":0.5,"delta":{"content":"x"},)"
                          R"("message":{"content":"x"}}]})")
            << true << QString();
        QTest::addRow("%s: deep nesting", mode)
            << stream << QByteArray(5000, '[') << true << QString();
        // Side fields with wrong types are ignored: the answer itself is still usable.
        QTest::addRow("%s: numbers for id, model, finish, usage, reasoning, refusal", mode)
            << stream
            << QByteArray(
                   R"({"id":5,"model":[1],"usage":"many","choices":[{"index":0,"finish_reason":3,)"
                   R"("delta":{"content":"ok","reasoning":5,"refusal":7,"role":1},)"
                   R"("message":{"content":"ok","reasoning":5,"refusal":7,"role":1}}]})")
            << false << QStringLiteral("ok");
        QTest::addRow("%s: string index falls back to position", mode)
            << stream
            << QByteArray(R"({"choices":[{"index":"0","delta":{"content":"ok"},)"
                          R"("message":{"content":"ok"}}]})")
            << false << QStringLiteral("ok");
        QTest::addRow("%s: invalid utf-8 becomes U+FFFD", mode)
            << stream
            << QByteArray("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\xff\xfe"
                          "b\"},"
                          "\"message\":{\"content\":\"a\xff\xfe"
                          "b\"}}]}")
            << false << QStringLiteral("a\uFFFD\uFFFDb");
        QTest::addRow("%s: null everywhere", mode)
            << stream
            << QByteArray(
                   R"({"id":null,"model":null,"usage":null,"choices":[{"index":0,)"
                   R"("finish_reason":null,)"
                   R"("delta":{"content":"ok","refusal":null,"tool_calls":null,"reasoning":null},)"
                   R"("message":{"content":"ok","refusal":null,"tool_calls":null,)"
                   R"("reasoning":null}}]})")
            << false << QStringLiteral("ok");
    }
    QTest::newRow("body: message missing")
        << false << QByteArray(R"({"choices":[{"index":0}]})") << true << QString();
}

void tst_ChatCompletions::hostile()
{
    QFETCH(bool, stream);
    QFETCH(QByteArray, payload);
    QFETCH(bool, protocolError);

    QList<ReplyDelta> deltas;
    if (stream) {
        Api::ChatCompletionsStreamDecoder decoder;
        deltas = decoder.decode(dataEvent(payload));
        QVERIFY(!decoder.isFinished());
    } else {
        deltas = Api::parseChatCompletionsBody(payload);
    }
    const QList<ApiError> errors = errorsOf(deltas);
    const Core::Reply reply = assemble(deltas);
    if (protocolError) {
        QCOMPARE(errors.size(), 1); // one report per payload, however many fields are wrong
        QCOMPARE(errors.first().kind, ApiError::Kind::Protocol);
        QCOMPARE(errors.first().raw, payload);
        QVERIFY(!errors.first().message.isEmpty());
        QVERIFY(reply.choices.size() <= 1);
    } else {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
        QTEST(reply.text(), "text");
    }
}

void tst_ChatCompletions::hugeContent()
{
    const QString big(4 * 1024 * 1024, QLatin1Char('x'));
    const QByteArray chunk
        = R"({"choices":[{"index":0,"delta":{"content":")" + big.toLatin1() + R"("}}]})";
    Api::ChatCompletionsStreamDecoder decoder;
    const Core::Reply streamed = assemble(decoder.decode(dataEvent(chunk)));
    QCOMPARE(streamed.text().size(), big.size());

    const QByteArray body = R"({"choices":[{"index":0,"message":{"content":")" + big.toLatin1()
                            + R"("},"finish_reason":"stop"}]})";
    const Core::Reply whole = assemble(Api::parseChatCompletionsBody(body));
    QCOMPARE(whole.text(), big);
}

void tst_ChatCompletions::hugeChoiceIndexDoesNotAllocate()
{
    Api::ChatCompletionsStreamDecoder decoder;
    const QList<ReplyDelta> deltas = decoder.decode(
        dataEvent(R"({"choices":[{"index":1000000000,"delta":{"content":"x"}}]})"));
    const Core::Reply reply = assemble(deltas);
    QVERIFY(reply.choices.size() <= 1);
    QVERIFY(reply.error);
    QCOMPARE(reply.error->kind, ApiError::Kind::Protocol);

    // n up to OpenAI's limit of 128 is fine
    const Core::Reply high = assemble(
        decoder.decode(dataEvent(R"({"choices":[{"index":127,"delta":{"content":"x"}}]})")));
    QVERIFY(!high.error);
    QCOMPARE(high.choices.size(), 128);
    QCOMPARE(high.choices.last().message.text(), QStringLiteral("x"));
}

void tst_ChatCompletions::hostileNumbersAreAbsent_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const QByteArray &number : hostileNumbers())
        QTest::newRow(number.constData()) << number;
}

// Token counts and tool indexes that are not whole numbers in range read as absent: a count
// stays unknown, a tool call is the one at its position.
void tst_ChatCompletions::hostileNumbersAreAbsent()
{
    QFETCH(QByteArray, number);
    const QByteArray usage = R"("usage":{"prompt_tokens":)" + number + R"(,"completion_tokens":3,)"
                             + R"("total_tokens":)" + number
                             + R"(,"completion_tokens_details":{"reasoning_tokens":)" + number
                             + "}}";
    const auto checkUsage = [](const Core::Usage &u) {
        QCOMPARE(u.inputTokens, std::nullopt);
        QCOMPARE(u.outputTokens, std::optional<qint64>(3));
        QCOMPARE(u.totalTokens, std::nullopt);
        QCOMPARE(u.reasoningTokens, std::nullopt);
    };

    const QList<ReplyDelta> body = Api::parseChatCompletionsBody(
        R"({"id":"a","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},)"
        R"("finish_reason":"stop"}],)"
        + usage + "}");
    QVERIFY(errorsOf(body).isEmpty());
    checkUsage(assemble(body).usage);
    if (QTest::currentTestFailed())
        return;

    // A usage-only chunk takes the decoder's fast path; tool calls take the JSON path.
    const StreamResult stream = decodeStream(
        {dataEvent(R"({"id":"a","choices":[{"index":0,"delta":{"tool_calls":[)"
                   R"({"index":0,"id":"call_a","function":{"name":"f","arguments":"{}"}},)"
                   R"({"index":)"
                   + number + R"(,"id":"call_b","function":{"name":"g","arguments":"[]"}}]}}]})"),
         dataEvent(R"({"id":"a","choices":[],)" + usage + "}"), dataEvent("[DONE]")});
    QVERIFY(errorsOf(stream.deltas).isEmpty());
    checkUsage(stream.reply.usage);
    const QList<ContentPart> calls = stream.reply.primary().message.toolCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).toolCallId, QStringLiteral("call_b"));
    QCOMPARE(calls.at(1).toolArguments, QStringLiteral("[]"));
}

// Found by tests/fuzz/fuzz_fastchunk (UBSan): a count was converted to qint64 however large.
void tst_ChatCompletions::tokenCountsBeyondInt64AreUnknown()
{
    Api::ChatCompletionsStreamDecoder decoder;
    const Core::Reply reply = assemble(decoder.decode(dataEvent(
        R"({"choices":[],"usage":{"prompt_tokens":1e300,"completion_tokens":-1e19,)"
        R"("total_tokens":12,"completion_tokens_details":{"reasoning_tokens":9007199254740991},)"
        R"("prompt_tokens_details":{"cached_tokens":9.2233720368547758e18}}})")));
    QVERIFY(!reply.error);
    QCOMPARE(reply.usage.inputTokens, std::nullopt);
    QCOMPARE(reply.usage.outputTokens, std::nullopt);
    QCOMPARE(reply.usage.totalTokens, std::optional<qint64>(12));
    QCOMPARE(reply.usage.reasoningTokens, std::optional<qint64>(9007199254740991)); // 2^53 - 1
    QCOMPARE(reply.usage.cachedInputTokens, std::nullopt); // 2^63, one past the largest qint64
}

// --- requests --------------------------------------------------------------------------------

void tst_ChatCompletions::requestBasics_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("system");
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<QStringList>("stop");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("streaming minimal")
        << true << QString() << -1 << -1.0 << -1.0 << QStringList()
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"Hi"}],)"
                      R"("stream":true,"stream_options":{"include_usage":true}})");
    QTest::newRow("not streaming")
        << false << QString() << -1 << -1.0 << -1.0 << QStringList()
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"Hi"}]})");
    QTest::newRow("all parameters")
        << true << QStringLiteral("Be brief.") << 256 << 0.2 << 0.9
        << QStringList{QStringLiteral("\n\n"), QStringLiteral("END")}
        << QByteArray(R"({"model":"m","messages":[{"role":"system","content":"Be brief."},)"
                      R"({"role":"user","content":"Hi"}],"max_tokens":256,"temperature":0.2,)"
                      R"("top_p":0.9,"stop":["\n\n","END"],"stream":true,)"
                      R"("stream_options":{"include_usage":true}})");
    QTest::newRow("zero temperature is sent")
        << false << QString() << 1 << 0.0 << -1.0 << QStringList()
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"Hi"}],)"
                      R"("max_tokens":1,"temperature":0})");
}

void tst_ChatCompletions::requestBasics()
{
    QFETCH(bool, stream);
    QFETCH(QString, system);
    QFETCH(int, maxTokens);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(QStringList, stop);
    QFETCH(QByteArray, expected);

    Core::GenerationParams params;
    params.stream = stream;
    params.systemPrompt = system;
    if (maxTokens >= 0)
        params.maxTokens = maxTokens;
    if (temperature >= 0)
        params.temperature = temperature;
    if (topP >= 0)
        params.topP = topP;
    params.stop = stop;

    const QUrl url(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
    const Core::HttpRequest request = Api::buildChatCompletionsRequest(
        url, QStringLiteral("m"), Core::Conversation::singleTurn(QStringLiteral("Hi")), params);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, url);
    QCOMPARE(request.streaming, stream);
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("Accept"),
             stream ? QByteArray("text/event-stream") : QByteArray("application/json"));
    QVERIFY(!request.body.contains('\n'));
    QVERIFY(!request.body.contains(": "));
    QCOMPARE(parseObject(request.body), parseObject(expected));
    // system prompt first
    const QJsonArray messages
        = parseObject(request.body).value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.first().toObject().value(QStringLiteral("role")).toString(),
             system.isEmpty() ? QStringLiteral("user") : QStringLiteral("system"));
}

void tst_ChatCompletions::requestToolHistory()
{
    Core::Conversation conversation;
    conversation.append(Core::Message::user(QStringLiteral("Weather in Paris?")));
    const Core::Message call = makeMessage(
        Core::Role::Assistant,
        {ContentPart::makeToolCall(QStringLiteral("call_1"), QStringLiteral("get_weather"),
                                   QStringLiteral(R"({"city":"Paris"})"))});
    conversation.append(call);
    const Core::Message result = makeMessage(
        Core::Role::Tool, {ContentPart::makeText(QStringLiteral("18C"))}, QStringLiteral("call_1"));
    conversation.append(result);
    const Core::Message mixed = makeMessage(
        Core::Role::Assistant,
        {ContentPart::makeText(QStringLiteral("Checking Rome too.")),
         ContentPart::makeToolCall(QStringLiteral("call_2"), QStringLiteral("get_weather"),
                                   QStringLiteral(R"({"city":"Rome"})"))});
    conversation.append(mixed);

    const QJsonArray messages = Api::chatMessagesJson(conversation, QString());
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"role":"user","content":"Weather in Paris?"},
        {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
            "function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
        {"role":"tool","tool_call_id":"call_1","content":"18C"},
        {"role":"assistant","content":"Checking Rome too.","tool_calls":[{"id":"call_2",
            "type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]}
    ])")
                                    .array();
    QCOMPARE(messages, expected);
}

void tst_ChatCompletions::requestReasoningEcho()
{
    // Signed reasoning goes back as Databricks typed parts, exactly the shape the server sent.
    Core::Conversation conversation;
    conversation.append(Core::Message::user(QStringLiteral("ping")));
    conversation.append(makeMessage(Core::Role::Assistant,
                                    {ContentPart::makeReasoning({}, QStringLiteral("CAISoQIK")),
                                     ContentPart::makeText(QStringLiteral("pong"))}));
    // Unsigned reasoning is display-only and is not sent back.
    conversation.append(
        makeMessage(Core::Role::Assistant, {ContentPart::makeReasoning(QStringLiteral("17*23=391")),
                                            ContentPart::makeText(QStringLiteral("391"))}));

    const QJsonArray messages = Api::chatMessagesJson(conversation, QString());
    QCOMPARE(messages.size(), 3);
    const QJsonObject signedTurn = messages.at(1).toObject();
    QCOMPARE(signedTurn.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(signedTurn.value(QStringLiteral("content")),
             exampleJson(QStringLiteral("claude_reasoning_message_content_redacted.json")));
    const QJsonObject unsignedTurn = messages.at(2).toObject();
    QCOMPARE(unsignedTurn.value(QStringLiteral("content")).toString(), QStringLiteral("391"));
}

void tst_ChatCompletions::requestReasoningRoundTrip()
{
    // What the decoder produces from a Claude answer is what the next request sends back.
    const QJsonValue content
        = exampleJson(QStringLiteral("claude_reasoning_message_content_redacted.json"));
    const QJsonObject body{
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), content}}}}}}};
    const Core::Reply reply = assemble(Api::parseChatCompletionsBody(compact(body)));
    QVERIFY(!reply.error);
    const QJsonArray messages
        = Api::chatMessagesJson(Core::Conversation({reply.primary().message}), QString());
    QCOMPARE(messages.first().toObject().value(QStringLiteral("content")), content);
}

void tst_ChatCompletions::requestExtraParams()
{
    Core::GenerationParams params;
    params.temperature = 0.5;
    params.maxTokens = 100;
    params.extra = QJsonDocument::fromJson(R"({
        "temperature": 1.0,
        "thinking": {"type": "enabled", "budget_tokens": 64},
        "stream_options": null,
        "n": 2
    })")
                       .object();
    const Core::HttpRequest request = Api::buildChatCompletionsRequest(
        QUrl(QStringLiteral("https://h/serving-endpoints/chat/completions")),
        QStringLiteral("databricks-claude"), Core::Conversation::singleTurn(QStringLiteral("Hi")),
        params);
    const QJsonObject expected
        = parseObject(R"({"model":"databricks-claude","messages":[{"role":"user","content":"Hi"}],)"
                      R"("max_tokens":100,"temperature":1.0,"stream":true,"n":2,)"
                      R"("thinking":{"type":"enabled","budget_tokens":64}})");
    QCOMPARE(parseObject(request.body), expected);

    QJsonObject body{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
    Api::mergeExtraParams(body, QJsonObject{{QStringLiteral("a"), QJsonValue::Null},
                                            {QStringLiteral("missing"), QJsonValue::Null},
                                            {QStringLiteral("b"), QStringLiteral("x")}});
    QCOMPARE(body, (QJsonObject{{QStringLiteral("b"), QStringLiteral("x")}}));
}

void tst_ChatCompletions::invocationsRequest()
{
    Core::GenerationParams params;
    params.maxTokens = 64;
    params.systemPrompt = QStringLiteral("sys");
    params.extra = QJsonObject{{QStringLiteral("n"), 2}};
    const QUrl url(
        QStringLiteral("https://adb-1.azuredatabricks.net/serving-endpoints/ep/invocations"));
    const Core::HttpRequest request = Api::buildInvocationsRequest(
        url, Core::Conversation::singleTurn(QStringLiteral("Hi")), params);
    QCOMPARE(request.url, url);
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.streaming);
    QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));
    QCOMPARE(
        parseObject(request.body),
        parseObject(R"({"messages":[{"role":"system","content":"sys"},)"
                    R"({"role":"user","content":"Hi"}],"max_tokens":64,"stream":true,"n":2})"));

    params.stream = false;
    const Core::HttpRequest plain = Api::buildInvocationsRequest(
        url, Core::Conversation::singleTurn(QStringLiteral("Hi")), params);
    QVERIFY(!plain.streaming);
    QCOMPARE(plain.header("Accept"), QByteArray("application/json"));
    QVERIFY(!parseObject(plain.body).contains(QStringLiteral("stream")));
    QVERIFY(!parseObject(plain.body).contains(QStringLiteral("model")));
}

void tst_ChatCompletions::dialectDispatch()
{
    const QUrl url(QStringLiteral("https://h/serving-endpoints/ep/invocations"));
    const Core::Conversation hi = Core::Conversation::singleTurn(QStringLiteral("Hi"));
    Core::GenerationParams params;
    params.maxTokens = 5;

    // Each dialect's own request, with the API it was built for recorded on it.
    const auto recorded = [](Core::HttpRequest request, Core::ApiKind api) {
        request.api = api;
        return request;
    };
    const Core::HttpRequest chat = Api::buildChatRequest(Core::ApiKind::ChatCompletions, url,
                                                         QStringLiteral("m"), hi, params);
    QCOMPARE(chat, recorded(Api::buildChatCompletionsRequest(url, QStringLiteral("m"), hi, params),
                            Core::ApiKind::ChatCompletions));
    const Core::HttpRequest invocations
        = Api::buildChatRequest(Core::ApiKind::Invocations, url, QStringLiteral("m"), hi, params);
    QCOMPARE(invocations,
             recorded(Api::buildInvocationsRequest(url, hi, params), Core::ApiKind::Invocations));
    QVERIFY(!parseObject(invocations.body).contains(QStringLiteral("model")));
    QCOMPARE(Api::buildChatRequest(Core::ApiKind::Responses, url, QStringLiteral("m"), hi, params),
             recorded(Api::buildResponsesRequest(url, QStringLiteral("m"), hi, params),
                      Core::ApiKind::Responses));

    for (Core::ApiKind kind : {Core::ApiKind::ChatCompletions, Core::ApiKind::Invocations}) {
        const std::unique_ptr<Api::StreamDecoder> decoder = Api::makeStreamDecoder(kind);
        QVERIFY(dynamic_cast<Api::ChatCompletionsStreamDecoder *>(decoder.get()));
        const Core::Reply reply = assemble(
            decoder->decode(dataEvent(R"({"choices":[{"index":0,"delta":{"content":"x"}}]})")));
        QCOMPARE(reply.text(), QStringLiteral("x"));
        const QByteArray body = readExample(QStringLiteral("chat_completion.json"));
        QCOMPARE(Api::parseReplyBody(kind, body), Api::parseChatCompletionsBody(body));
    }
    const std::unique_ptr<Api::StreamDecoder> responses
        = Api::makeStreamDecoder(Core::ApiKind::Responses);
    QVERIFY(dynamic_cast<Api::ResponsesStreamDecoder *>(responses.get()));
    const QByteArray responseBody = readExample(QStringLiteral("responses.json"));
    QCOMPARE(Api::parseReplyBody(Core::ApiKind::Responses, responseBody),
             Api::parseResponsesBody(responseBody));
}

QTEST_GUILESS_MAIN(tst_ChatCompletions)
#include "tst_chatcompletions.moc"
