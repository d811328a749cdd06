// The fast chunk path (api/fastchunk.h) against the QJsonDocument path it stands in for: on
// every payload it either declines or yields exactly the deltas the slow path yields.

#include "api/chatcompletions.h"
#include "api/fastchunk.h"
#include "core/reply.h"
#include "ssetesting.h"
#include "support/testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Parlance;
using Core::ReplyDelta;
using SseTesting::dataEvent;
using SseTesting::splitSse;
using Decoder = Api::ChatCompletionsStreamDecoder;

namespace {

using Parlance::Testing::readExample;

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString describe(const QList<ReplyDelta> &deltas)
{
    QStringList lines;
    for (const ReplyDelta &d : deltas) {
        lines.append(
            QStringLiteral("kind=%1 choice=%2 text=%3 sig=%4 id=%5 model=%6 usage=%7/%8/%9/"
                           "%10/%11 error=%12")
                .arg(int(d.kind))
                .arg(d.choice)
                .arg(QString::fromLatin1(d.text.toUtf8().toHex().left(80)), d.signature,
                     d.responseId, d.model)
                .arg(d.usage.inputTokens.value_or(-1))
                .arg(d.usage.outputTokens.value_or(-1))
                .arg(d.usage.totalTokens.value_or(-1))
                .arg(d.usage.reasoningTokens.value_or(-1))
                .arg(d.usage.cachedInputTokens.value_or(-1))
                .arg(d.error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

// What the slow path yields for one payload, for a decoder that has or has not reported
// id/model yet.
QList<ReplyDelta> slowDeltas(const QByteArray &payload, bool infoPending)
{
    Decoder slow(Decoder::Path::JsonOnly);
    if (!infoPending)
        slow.decode(dataEvent(R"({"id":"primer","choices":[]})"));
    return slow.decode(dataEvent(payload));
}

enum class Outcome { Declined, Decoded };

// Runs the fast path on one payload and checks it against the slow path, both with the Info
// delta owed and without. Returns what the fast path did (with the Info delta owed).
Outcome checkPayload(const QByteArray &payload, const char *label = "")
{
    Outcome outcome = Outcome::Declined;
    for (const bool infoPending : {true, false}) {
        const QByteArrayView trimmed = QByteArrayView(payload).trimmed();
        if (trimmed.isEmpty() || trimmed == "[DONE]")
            return Outcome::Declined; // the decoder never asks the fast path about these
        bool pending = infoPending;
        QList<ReplyDelta> fast;
        const Api::FastChunkResult result = Api::decodeFastChunk(trimmed, pending, fast);
        if (result == Api::FastChunkResult::Declined) {
            [&] {
                QVERIFY2(fast.isEmpty(), label);
                QCOMPARE(pending, infoPending);
            }();
            continue;
        }
        const QList<ReplyDelta> slow = slowDeltas(payload, infoPending);
        const bool same = fast == slow;
        if (!same) {
            qWarning("payload %s (%s, info %s)\nfast:\n%s\nslow:\n%s", label,
                     payload.left(400).toHex().constData(), infoPending ? "pending" : "sent",
                     qPrintable(describe(fast)), qPrintable(describe(slow)));
        }
        [&] {
            QVERIFY2(same, label);
            bool infoAdded = false;
            for (const ReplyDelta &d : fast)
                infoAdded |= d.kind == ReplyDelta::Kind::Info;
            QCOMPARE(pending, infoPending && !infoAdded);
        }();
        if (infoPending)
            outcome = Outcome::Decoded;
    }
    return outcome;
}

// Feeds the same events to a fast and a JSON-only decoder: every event must yield the same
// deltas, and both must agree on the end of the stream.
void checkStream(const QList<Core::SseEvent> &events, const char *label = "")
{
    Decoder fast;
    Decoder slow(Decoder::Path::JsonOnly);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QList<ReplyDelta> a = fast.decode(events.at(i));
        const QList<ReplyDelta> b = slow.decode(events.at(i));
        if (a != b) {
            qWarning("%s event %lld: %s\nfast:\n%s\nslow:\n%s", label, qlonglong(i),
                     events.at(i).data.left(300).constData(), qPrintable(describe(a)),
                     qPrintable(describe(b)));
        }
        QVERIFY2(a == b, label);
    }
    QCOMPARE(fast.isFinished(), slow.isFinished());

    // Decoded into one list, as ChatCall does for the events of a read, tokens that continue
    // each other fold into one delta, the same way on both paths, and the reply is the same
    // as from the deltas one event at a time.
    Decoder foldingFast;
    Decoder foldingSlow(Decoder::Path::JsonOnly);
    Decoder unfolded;
    QList<ReplyDelta> foldedFast;
    QList<ReplyDelta> foldedSlow;
    Core::Reply perEvent;
    for (const Core::SseEvent &event : events) {
        foldingFast.decode(event, foldedFast);
        foldingSlow.decode(event, foldedSlow);
        perEvent.applyAll(unfolded.decode(event));
    }
    if (foldedFast != foldedSlow) {
        qWarning("%s folded\nfast:\n%s\nslow:\n%s", label, qPrintable(describe(foldedFast)),
                 qPrintable(describe(foldedSlow)));
    }
    QVERIFY2(foldedFast == foldedSlow, label);
    for (qsizetype i = 1; i < foldedFast.size(); ++i)
        QVERIFY2(!foldedFast.at(i - 1).canAbsorb(foldedFast.at(i).kind, foldedFast.at(i).choice),
                 label);
    Core::Reply folded;
    folded.applyAll(foldedFast);
    QVERIFY2(folded.choices == perEvent.choices, label);
    QCOMPARE(folded.usage, perEvent.usage);
}

QStringList sseExamples()
{
    return QDir(Parlance::Testing::dataPath(u"wire/examples"))
        .entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
}

QList<QByteArray> llamaStackChunks()
{
    const QJsonObject recording
        = QJsonDocument::fromJson(
              readExample(QStringLiteral("databricks_chat_stream_recording_llama_stack.json")))
              .object();
    QList<QByteArray> chunks;
    const QJsonArray body = recording.value(QStringLiteral("response"))
                                .toObject()
                                .value(QStringLiteral("body"))
                                .toArray();
    for (const QJsonValue &item : body)
        chunks.append(compact(item.toObject().value(QStringLiteral("__data__"))));
    return chunks;
}

// Every real chat.completion.chunk payload in the wire examples.
QList<QByteArray> realChunks()
{
    QList<QByteArray> chunks;
    for (const QString &name : sseExamples()) {
        if (name.contains(QLatin1StringView("responses")))
            continue; // the Responses API, whose events are not chunks
        for (const Core::SseEvent &event : splitSse(readExample(name))) {
            if (event.type.isEmpty() && event.data.startsWith('{'))
                chunks.append(event.data);
        }
    }
    for (const QByteArray &line :
         readExample(QStringLiteral("openai_chat_chunks_spec_example.txt")).split('\n')) {
        if (line.startsWith('{'))
            chunks.append(line);
    }
    chunks.append(readExample(QStringLiteral("databricks_chat_stream_chunk_mlflow.json")));
    chunks.append(compact(QJsonDocument::fromJson(readExample(QStringLiteral(
                                                      "databricks_chat_stream_chunk_mlflow.json")))
                              .object()));
    chunks.append(readExample(QStringLiteral("claude_reasoning_stream_delta.json")));
    chunks += llamaStackChunks();
    return chunks;
}

const QByteArray SimChunk
    = R"({"id":"chatcmpl-sim1","object":"chat.completion.chunk","created":1795742412,"model":"demo-lorem","system_fingerprint":"fp_parlance_sim","choices":[{"index":0,"delta":{"content":" ipsum"},"logprobs":null,"finish_reason":null}]})";

// A chunk whose delta is `delta` (JSON text), for the string and number cases.
QByteArray withDelta(const QByteArray &delta)
{
    return R"({"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":)"
           + delta + R"(,"logprobs":null,"finish_reason":null}]})";
}

QByteArray withContent(const QByteArray &jsonString)
{
    return withDelta(R"({"content":)" + jsonString + "}");
}

QByteArray withUsage(const QByteArray &usage)
{
    return R"({"id":"c1","object":"chat.completion.chunk","model":"m","choices":[],"usage":)"
           + usage + "}";
}

QByteArray nested(int depth, char open, char close)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}

} // namespace

class tst_FastChunk : public QObject
{
    Q_OBJECT

private slots:
    void exampleStreams_data();
    void exampleStreams();
    void realChunksMatch();
    void commonShapesTakeTheFastPath_data();
    void commonShapesTakeTheFastPath();
    void edgeCases_data();
    void edgeCases();
    void truncatedAtEveryByte();
    void randomMutations();
    void mutatedStreams();
    void infoWaitsForAChunkThatHasIt();
    void hugeStrings();
    void shapeIsReusedOnlyWhenSafe();
    void randomHoleEdits();
};

void tst_FastChunk::exampleStreams_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : sseExamples())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_FastChunk::exampleStreams()
{
    QFETCH(QString, file);
    const QList<Core::SseEvent> events = splitSse(readExample(file));
    QVERIFY(!events.isEmpty());
    checkStream(events, qPrintable(file));
    for (const Core::SseEvent &event : events) {
        if (event.type.isEmpty())
            checkPayload(event.data, qPrintable(file));
    }
}

void tst_FastChunk::realChunksMatch()
{
    const QList<QByteArray> chunks = realChunks();
    QVERIFY(chunks.size() > 50);
    int decoded = 0;
    for (const QByteArray &chunk : chunks) {
        if (checkPayload(chunk) == Outcome::Decoded)
            ++decoded;
        if (QTest::currentTestFailed())
            return;
    }
    // Most real chunks are the common shape; the rest (tool calls, typed parts) decline.
    QVERIFY2(decoded * 100 > chunks.size() * 85,
             qPrintable(QStringLiteral("%1 of %2").arg(decoded).arg(chunks.size())));

    QList<Core::SseEvent> llamaStack;
    for (const QByteArray &chunk : llamaStackChunks())
        llamaStack.append(dataEvent(chunk));
    llamaStack.append(dataEvent("[DONE]"));
    checkStream(llamaStack, "llama stack recording");
}

void tst_FastChunk::commonShapesTakeTheFastPath_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("simulated gateway") << SimChunk;
    QTest::newRow("openai first chunk") << QByteArray(
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o","system_fingerprint":"fp_5","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}]})");
    QTest::newRow("openai include_usage chunk") << QByteArray(
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","service_tier":"default","system_fingerprint":"fp","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"obfuscation":"a1"})");
    QTest::newRow("databricks usage on every chunk") << QByteArray(
        R"({"id":"x","object":"chat.completion.chunk","created":1,"model":"databricks-claude","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null,"logprobs":null}],"usage":{"prompt_tokens":11,"completion_tokens":1,"total_tokens":12}})");
    QTest::newRow("vllm reasoning") << QByteArray(
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"qwen","choices":[{"index":0,"delta":{"reasoning_content":"hmm","reasoning":"hmm"},"logprobs":null,"finish_reason":null,"stop_reason":null}]})");
    QTest::newRow("llama.cpp reasoning_content") << QByteArray(
        R"({"choices":[{"finish_reason":null,"index":0,"delta":{"reasoning_content":"think"}}],"created":1,"id":"chatcmpl-x","model":"gpt-3.5-turbo","system_fingerprint":"b1","object":"chat.completion.chunk","timings":null})");
    QTest::newRow("llama stack nulls") << QByteArray(
        R"({"id":"rec","choices":[{"delta":{"content":"The ","function_call":null,"refusal":null,"role":null,"tool_calls":null},"finish_reason":null,"index":0,"logprobs":null}],"created":0,"model":"llama","object":"chat.completion.chunk","service_tier":null,"system_fingerprint":null,"usage":{"completion_tokens":2,"prompt_tokens":20,"total_tokens":22,"completion_tokens_details":null,"prompt_tokens_details":null}})");
    QTest::newRow("refusal") << withDelta(R"({"refusal":" sorry"})");
    QTest::newRow("finish") << QByteArray(
        R"({"id":"c","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]})");
    QTest::newRow("n=2") << QByteArray(
        R"({"id":"c","choices":[{"index":1,"delta":{"content":"b"}},{"index":0,"delta":{"content":"a"}}]})");
    QTest::newRow("escapes and UTF-8")
        << withContent(R"("caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t \u0000 ✓ 😀")");
    QTest::newRow("pretty printed") << indented(QJsonDocument::fromJson(SimChunk).object());
}

void tst_FastChunk::commonShapesTakeTheFastPath()
{
    QFETCH(QByteArray, payload);
    QCOMPARE(checkPayload(payload, QTest::currentDataTag()), Outcome::Decoded);
}

void tst_FastChunk::edgeCases_data()
{
    QTest::addColumn<QByteArray>("payload");

    // Strings.
    QTest::newRow("escapes") << withContent(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
    QTest::newRow("u0000") << withContent(R"("\u0000")");
    QTest::newRow("u0000 mid") << withContent(R"("a\u0000b")");
    QTest::newRow("surrogate pair") << withContent(R"("\ud83d\ude00")");
    QTest::newRow("surrogate pair upper") << withContent(R"("\uD83D\uDE00x")");
    QTest::newRow("lone high") << withContent(R"("\ud800")");
    QTest::newRow("lone low") << withContent(R"("x\udc00")");
    QTest::newRow("high then letter") << withContent(R"("\ud83d\u0041")");
    QTest::newRow("reversed pair") << withContent(R"("\ude00\ud83d")");
    QTest::newRow("bmp escapes") << withContent(R"("\u00e9\u4e2d\uFFFF\uFEFF")");
    QTest::newRow("raw emoji") << withContent("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("raw cjk") << withContent("\"\xE4\xB8\xAD\xE6\x96\x87\"");
    QTest::newRow("raw 2 byte") << withContent("\"caf\xC3\xA9\"");
    QTest::newRow("raw noncharacter") << withContent("\"\xEF\xBF\xBF\xEF\xB7\x90\"");
    QTest::newRow("raw max") << withContent("\"\xF4\x8F\xBF\xBF\"");
    QTest::newRow("escape and raw") << withContent("\"\\n\xC3\xA9\\u00e9\xF0\x9F\x98\x80\"");
    QTest::newRow("bad escape") << withContent(R"("\x")");
    QTest::newRow("bad u escape") << withContent(R"("\u12g4")");
    QTest::newRow("short u escape") << withContent(R"("\u12")");
    QTest::newRow("raw tab") << withContent("\"a\tb\"");
    QTest::newRow("raw newline") << withContent("\"a\nb\"");
    QTest::newRow("raw del") << withContent("\"a\x7F"
                                            "b\"");
    QTest::newRow("overlong") << withContent("\"\xC0\x80\"");
    QTest::newRow("utf-8 surrogate") << withContent("\"\xED\xA0\x80\"");
    QTest::newRow("above max") << withContent("\"\xF4\x90\x80\x80\"");
    QTest::newRow("f5") << withContent("\"\xF5\x80\x80\x80\"");
    QTest::newRow("truncated sequence") << withContent("\"\xE2\x82\"");
    QTest::newRow("lone continuation") << withContent("\"\x80\"");
    QTest::newRow("utf-8 in key") << QByteArray("{\"caf\xC3\xA9\":1,\"choices\":[]}");
    QTest::newRow("escaped key") << QByteArray(R"({"choices":[{"delta":{"\u0063ontent":"x"}}]})");
    QTest::newRow("escaped unknown key")
        << QByteArray(R"({"choices":[],"a\nb":1,"usage":{"total_tokens":1}})");
    QTest::newRow("empty key") << QByteArray(R"({"":1,"choices":[]})");
    QTest::newRow("empty content") << withContent(R"("")");
    QTest::newRow("null content") << withContent("null");
    QTest::newRow("content number") << withContent("5");
    QTest::newRow("content true") << withContent("true");
    QTest::newRow("content object") << withContent(R"({"a":1})");
    QTest::newRow("content parts") << withContent(
        R"([{"type":"text","text":"hi"},{"type":"reasoning","summary":[{"type":"summary_text","text":"t","signature":"s"}]}])");
    QTest::newRow("content bare strings") << withContent(R"(["a","b"])");

    // Numbers.
    for (const char *number : {"0",
                               "-0",
                               "1",
                               "-1",
                               "1.5",
                               "-1.5",
                               "0.0",
                               "1.0",
                               "1e5",
                               "1E5",
                               "1e-5",
                               "1.5e+3",
                               "-0.0",
                               "12345678901234567890",
                               "123456789012345678901234567890123",
                               "0.0000001",
                               "1e400",
                               "-1e400",
                               "01",
                               "-",
                               "1.",
                               ".5",
                               "+1",
                               "--1",
                               "0x10",
                               "1e",
                               "1e+",
                               "Infinity",
                               "NaN",
                               "9007199254740993",
                               "1.7976931348623157e308"}) {
        const QByteArray n(number);
        QTest::newRow(qPrintable(QStringLiteral("created %1").arg(QLatin1StringView(n))))
            << QByteArray(R"({"id":"c","created":)" + n
                          + R"(,"choices":[{"index":0,"delta":{"content":"x"}}]})");
        QTest::newRow(qPrintable(QStringLiteral("index %1").arg(QLatin1StringView(n))))
            << QByteArray(R"({"id":"c","choices":[{"index":)" + n
                          + R"(,"delta":{"content":"x"}}]})");
        QTest::newRow(qPrintable(QStringLiteral("tokens %1").arg(QLatin1StringView(n))))
            << withUsage(R"({"prompt_tokens":)" + n + R"(,"completion_tokens":)" + n
                         + R"(,"total_tokens":3})");
        QTest::newRow(qPrintable(QStringLiteral("unknown %1").arg(QLatin1StringView(n))))
            << QByteArray(R"({"id":"c","x":)" + n + R"(,"choices":[]})");
    }
    for (const char *index :
         {"127", "128", "129", "-1", "1000000", "2147483648", "0.5", "null", "\"0\"", "true"}) {
        QTest::newRow(qPrintable(QStringLiteral("choice index %1").arg(QLatin1StringView(index))))
            << QByteArray(R"({"choices":[{"index":)" + QByteArray(index)
                          + R"(,"delta":{"content":"x"},"finish_reason":"stop"}]})");
    }
    QTest::newRow("tokens 15 digits") << withUsage(R"({"prompt_tokens":123456789012345})");
    QTest::newRow("tokens 16 digits") << withUsage(R"({"prompt_tokens":1234567890123456})");
    QTest::newRow("tokens negative") << withUsage(R"({"completion_tokens":-5})");

    // Whitespace.
    QTest::newRow("spaces everywhere")
        << QByteArray(" \t\r\n{ \"id\" : \"c\" ,\n\t\"choices\" : [ { \"index\" : 0 , \"delta\" : "
                      "{ \"content\" : \"x\" } , \"finish_reason\" : null } ] , \"usage\" : { "
                      "\"prompt_tokens\" : 1 , \"completion_tokens_details\" : { "
                      "\"reasoning_tokens\" : 2 } } }\r\n");
    QTest::newRow("vertical tab") << QByteArray(
        "{\"choices\":[]\v,\"usage\":{\"total_tokens\":1}}");
    QTest::newRow("form feed inside") << QByteArray("{\"choices\":\f[]}");
    QTest::newRow("nbsp") << QByteArray("{\"choices\":\xC2\xA0[]}");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"id\":\"c\",\"choices\":[]}");

    // Structure.
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("array of chunk") << QByteArray("[" + SimChunk + "]");
    QTest::newRow("string") << QByteArray("\"x\"");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("number") << QByteArray("5");
    QTest::newRow("trailing garbage") << QByteArray(SimChunk + "x");
    QTest::newRow("two objects") << QByteArray(SimChunk + SimChunk);
    QTest::newRow("trailing comma") << QByteArray(R"({"id":"c","choices":[],})");
    QTest::newRow("trailing comma in array") << QByteArray(R"({"choices":[{"index":0},]})");
    QTest::newRow("missing colon") << QByteArray(R"({"id" "c","choices":[]})");
    QTest::newRow("missing comma") << QByteArray(R"({"id":"c" "choices":[]})");
    QTest::newRow("single quotes") << QByteArray(R"({'id':'c','choices':[]})");
    QTest::newRow("unquoted key") << QByteArray(R"({id:"c","choices":[]})");
    QTest::newRow("comment") << QByteArray(R"({"choices":[] /* x */})");
    QTest::newRow("nul byte") << QByteArray("{\"choices\":[]}\0", 15);
    QTest::newRow("unterminated") << QByteArray(R"({"choices":[])");

    // Keys the slow path reads, and keys it does not.
    QTest::newRow("unknown string") << QByteArray(R"({"x":"y","choices":[]})");
    QTest::newRow("unknown bools") << QByteArray(R"({"x":true,"y":false,"z":null,"choices":[]})");
    QTest::newRow("unknown object") << QByteArray(R"({"x":{},"choices":[]})");
    QTest::newRow("unknown array") << QByteArray(R"({"x":[1],"choices":[]})");
    QTest::newRow("deep unknown array")
        << QByteArray(R"({"x":)" + nested(2000, '[', ']') + R"(,"choices":[]})");
    QTest::newRow("deep unknown object")
        << QByteArray(R"({"x":)" + QByteArray("{\"a\":").repeated(100) + "1" + QByteArray(100, '}')
                      + R"(,"choices":[]})");
    QTest::newRow("deep in delta") << withDelta(R"({"audio":)" + nested(50, '[', ']') + "}");
    QTest::newRow("logprobs object") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"content":"x"},"logprobs":{"content":[]}}]})");
    QTest::newRow("content_filter_results") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"content":"x"},"content_filter_results":{"hate":{"filtered":false}}}]})");
    QTest::newRow("usage unknown object") << withUsage(R"({"total_tokens":1,"x":{}})");
    QTest::newRow("details unknown object")
        << withUsage(R"({"total_tokens":1,"prompt_tokens_details":{"x":{}}})");
    QTest::newRow("details unknown scalars") << withUsage(
        R"({"total_tokens":1,"prompt_tokens_details":{"x":"y","cached_tokens":3,"z":null}})");

    // Errors.
    QTest::newRow("error object") << QByteArray(
        R"({"error":{"message":"boom","type":"server_error"}})");
    QTest::newRow("error null") << QByteArray(R"({"error":null,"choices":[]})");
    QTest::newRow("error empty") << QByteArray(R"({"error":"","choices":[]})");
    QTest::newRow("error false") << QByteArray(R"({"choices":[],"error":false})");
    QTest::newRow("error string") << QByteArray(R"({"error":"overloaded"})");
    QTest::newRow("object error") << QByteArray(R"({"object":"error","message":"bad","code":400})");
    QTest::newRow("object escaped error")
        << QByteArray(R"({"object":"\u0065rror","message":"bad"})");
    QTest::newRow("object number") << QByteArray(R"({"object":5,"choices":[]})");
    QTest::newRow("type error") << QByteArray(R"({"type":"error","error":{"message":"m"}})");
    QTest::newRow("type message") << QByteArray(R"({"type":"message","choices":[]})");
    QTest::newRow("error with choices") << QByteArray(R"({"error":"boom","choices":[]})");
    QTest::newRow("error true with usage")
        << QByteArray(R"({"usage":{"total_tokens":1},"error":true})");
    QTest::newRow("error zero") << QByteArray(R"({"choices":[],"error":0})");
    QTest::newRow("object error with choices")
        << QByteArray(R"({"object":"error","message":"m","choices":[]})");
    QTest::newRow("type error with choices") << QByteArray(R"({"type":"error","choices":[]})");
    QTest::newRow("vllm flat error") << QByteArray(
        R"({"object":"error","message":"too long","type":"BadRequestError","param":null,"code":400})");

    // Duplicates.
    QTest::newRow("duplicate content") << withDelta(R"({"content":"a","content":"b"})");
    QTest::newRow("duplicate choices")
        << QByteArray(R"({"choices":[],"choices":[{"delta":{"content":"x"}}]})");
    QTest::newRow("duplicate id") << QByteArray(R"({"id":"a","id":"b","choices":[]})");
    QTest::newRow("duplicate index")
        << QByteArray(R"({"choices":[{"index":0,"index":1,"delta":{"content":"x"}}]})");
    QTest::newRow("duplicate usage") << QByteArray(R"({"usage":null,"usage":{"total_tokens":2}})");
    QTest::newRow("duplicate unknown") << QByteArray(R"({"x":1,"x":2,"choices":[]})");
    QTest::newRow("duplicate tokens") << withUsage(R"({"total_tokens":1,"total_tokens":2})");
    QTest::newRow("duplicate full choices") << QByteArray(
        R"({"choices":[{"delta":{"content":"a"}}],"choices":[{"delta":{"content":"b"}}]})");
    QTest::newRow("duplicate usage, last null")
        << QByteArray(R"({"choices":[],"usage":{"total_tokens":2},"usage":null})");
    QTest::newRow("duplicate delta")
        << QByteArray(R"({"choices":[{"delta":{"content":"a"},"delta":{"refusal":"b"}}]})");
    QTest::newRow("duplicate details") << withUsage(
        R"({"total_tokens":1,"prompt_tokens_details":{"cached_tokens":2},"prompt_tokens_details":{}})");

    // Shapes of choices, deltas and usage.
    QTest::newRow("no choices, no usage") << QByteArray(R"({"id":"c"})");
    QTest::newRow("choices null, usage")
        << QByteArray(R"({"choices":null,"usage":{"total_tokens":3}})");
    QTest::newRow("choices null, no usage") << QByteArray(R"({"choices":null})");
    QTest::newRow("choices null, usage null") << QByteArray(R"({"choices":null,"usage":null})");
    QTest::newRow("choices object") << QByteArray(R"({"choices":{}})");
    QTest::newRow("choices string") << QByteArray(R"({"choices":"x","usage":{"total_tokens":3}})");
    QTest::newRow("usage only") << QByteArray(
        R"({"usage":{"prompt_tokens":1,"completion_tokens":2}})");
    QTest::newRow("usage empty") << QByteArray(R"({"choices":[],"usage":{}})");
    QTest::newRow("usage number") << QByteArray(R"({"choices":[],"usage":5})");
    QTest::newRow("usage array") << QByteArray(R"({"choices":[],"usage":[]})");
    QTest::newRow("usage responses names") << withUsage(
        R"({"input_tokens":5,"output_tokens":6,"total_tokens":11,"output_tokens_details":{"reasoning_tokens":4},"input_tokens_details":{"cached_tokens":2}})");
    QTest::newRow("usage both names") << withUsage(
        R"({"prompt_tokens":1,"input_tokens":5,"completion_tokens":null,"output_tokens":6})");
    QTest::newRow("usage details precedence") << withUsage(
        R"({"total_tokens":1,"completion_tokens_details":{},"output_tokens_details":{"reasoning_tokens":4},"prompt_tokens_details":null,"input_tokens_details":{"cached_tokens":2}})");
    QTest::newRow("usage top reasoning") << withUsage(
        R"({"total_tokens":1,"reasoning_tokens":7,"completion_tokens_details":{"reasoning_tokens":null}})");
    QTest::newRow("usage details reasoning wins") << withUsage(
        R"({"total_tokens":1,"reasoning_tokens":7,"completion_tokens_details":{"reasoning_tokens":3}})");
    QTest::newRow("usage only details")
        << withUsage(R"({"completion_tokens_details":{"reasoning_tokens":3}})");
    QTest::newRow("usage string count") << withUsage(R"({"total_tokens":"3"})");
    QTest::newRow("usage bool count") << withUsage(R"({"total_tokens":true})");
    QTest::newRow("details array") << withUsage(R"({"total_tokens":1,"prompt_tokens_details":[]})");
    QTest::newRow("details number") << withUsage(R"({"total_tokens":1,"prompt_tokens_details":0})");
    QTest::newRow("empty choice") << QByteArray(R"({"choices":[{}]})");
    QTest::newRow("choice null") << QByteArray(R"({"choices":[null]})");
    QTest::newRow("choice number") << QByteArray(R"({"choices":[1]})");
    QTest::newRow("no index") << QByteArray(
        R"({"choices":[{"delta":{"content":"a"}},{"delta":{"content":"b"}}]})");
    QTest::newRow("129 choices") << QByteArray(
        R"({"choices":[)" + QByteArray(R"({"delta":{"content":"x"}},)").repeated(128)
        + R"({"delta":{"content":"y"}}]})");
    QTest::newRow("128 choices") << QByteArray(
        R"({"choices":[)" + QByteArray(R"({"delta":{"content":"x"}},)").repeated(127)
        + R"({"delta":{"content":"y"}}]})");
    QTest::newRow("delta null") << QByteArray(
        R"({"choices":[{"index":0,"delta":null,"finish_reason":"stop"}]})");
    QTest::newRow("delta string") << QByteArray(R"({"choices":[{"index":0,"delta":"x"}]})");
    QTest::newRow("delta array") << QByteArray(R"({"choices":[{"index":0,"delta":[]}]})");
    QTest::newRow("no delta, finish")
        << QByteArray(R"({"choices":[{"index":2,"finish_reason":"length"}]})");
    QTest::newRow("finish number") << QByteArray(R"({"choices":[{"index":0,"finish_reason":1}]})");
    QTest::newRow("finish empty") << QByteArray(R"({"choices":[{"index":0,"finish_reason":""}]})");
    QTest::newRow("legacy text") << QByteArray(
        R"({"choices":[{"index":0,"text":"hello","finish_reason":null}]})");
    QTest::newRow("message in stream")
        << QByteArray(R"({"choices":[{"index":0,"message":{"content":"x"}}]})");
    QTest::newRow("reasoning both") << withDelta(R"({"reasoning":"a","reasoning_content":"b"})");
    QTest::newRow("reasoning empty, content")
        << withDelta(R"({"reasoning":"","reasoning_content":"b"})");
    QTest::newRow("reasoning null, content")
        << withDelta(R"({"reasoning":null,"reasoning_content":"b"})");
    QTest::newRow("reasoning_content first")
        << withDelta(R"({"reasoning_content":"b","reasoning":"a"})");
    QTest::newRow("reasoning number") << withDelta(R"({"reasoning":1,"reasoning_content":"b"})");
    QTest::newRow("everything in one delta") << withDelta(
        R"({"role":"assistant","reasoning":"r","content":"c","refusal":"no","tool_calls":null,"function_call":null})");
    QTest::newRow("refusal number") << withDelta(R"({"refusal":1})");
    QTest::newRow("role number") << withDelta(R"({"role":1,"content":"x"})");
    QTest::newRow("role object") << withDelta(R"({"role":{},"content":"x"})");
    QTest::newRow("tool calls") << withDelta(
        R"({"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":""}}]})");
    QTest::newRow("tool calls empty") << withDelta(R"({"tool_calls":[],"content":"x"})");
    QTest::newRow("tool calls false") << withDelta(R"({"tool_calls":false,"content":"x"})");
    QTest::newRow("id number") << QByteArray(R"({"id":5,"model":"m","choices":[]})");
    QTest::newRow("model null") << QByteArray(R"({"id":"c","model":null,"choices":[]})");
    QTest::newRow("id and model empty")
        << QByteArray(R"({"id":"","model":"","choices":[{"delta":{"content":"x"}}]})");
    QTest::newRow("id escaped") << QByteArray(R"({"id":"c\u0031","model":"m\u00e9","choices":[]})");
}

void tst_FastChunk::edgeCases()
{
    QFETCH(QByteArray, payload);
    checkPayload(payload, QTest::currentDataTag());
}

void tst_FastChunk::truncatedAtEveryByte()
{
    QList<QByteArray> samples = {
        SimChunk,
        withContent(R"("caf\u00e9 \ud83d\ude00 \"q\" \n")"),
        withContent("\"\xF0\x9F\x98\x80\xC3\xA9\""),
        withUsage(
            R"({"prompt_tokens":11,"completion_tokens":1,"total_tokens":12,"completion_tokens_details":{"reasoning_tokens":0}})"),
        QByteArray(
            R"({"choices":[{"index":1,"delta":{"reasoning":"r","refusal":"x"},"finish_reason":"stop"}]})"),
    };
    samples.append(readExample(QStringLiteral("databricks_chat_stream_chunk_mlflow.json")));
    for (const QByteArray &sample : std::as_const(samples)) {
        for (qsizetype cut = 0; cut <= sample.size(); ++cut) {
            checkPayload(sample.left(cut), "truncated");
            checkPayload(sample.mid(cut), "tail");
            if (QTest::currentTestFailed())
                return;
        }
    }
}

namespace {

QByteArray mutate(QByteArray bytes, QRandomGenerator &random, const QList<QByteArray> &donors)
{
    static const QByteArray interesting
        = QByteArrayLiteral("\"\\{}[]:,0123456789-+.eEuntfl "
                            "\t\r\n\x00\x01\x1f\x7f\x80\xbf\xc0\xc3\xe2\xed\xf0\xf4\xff");
    const int edits = 1 + int(random.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const qsizetype size = bytes.size();
        const qsizetype at = size ? qsizetype(random.bounded(quint32(size))) : 0;
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (size)
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            break;
        case 1: // replace with an interesting byte
            if (size)
                bytes[at] = interesting[random.bounded(quint32(interesting.size()))];
            break;
        case 2: // insert an interesting byte
            bytes.insert(at, interesting[random.bounded(quint32(interesting.size()))]);
            break;
        case 3: // delete a byte
            if (size)
                bytes.remove(at, 1);
            break;
        case 4: { // delete a run
            const qsizetype length = qMin<qsizetype>(size - at, random.bounded(12) + 1);
            bytes.remove(at, length);
            break;
        }
        case 5: { // duplicate a run
            const qsizetype length = qMin<qsizetype>(size - at, random.bounded(24) + 1);
            bytes.insert(at, bytes.mid(at, length));
            break;
        }
        default: { // splice in a slice of another chunk
            const QByteArray &donor = donors.at(random.bounded(quint32(donors.size())));
            if (donor.isEmpty())
                break;
            const qsizetype from = random.bounded(quint32(donor.size()));
            const qsizetype length = qMin<qsizetype>(donor.size() - from, random.bounded(40) + 1);
            bytes.insert(at, donor.mid(from, length));
            break;
        }
        }
    }
    return bytes;
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds = realChunks();
    seeds += {
        SimChunk,
        withContent(R"("caf\u00e9 \ud83d\ude00 \"q\" \n\u0000")"),
        withContent("\"\xF0\x9F\x98\x80\xC3\xA9\xE4\xB8\xAD\""),
        withDelta(R"({"reasoning":"r","reasoning_content":"s","refusal":"x","role":"assistant"})"),
        withUsage(
            R"({"prompt_tokens":11,"completion_tokens":1,"total_tokens":12,"completion_tokens_details":{"reasoning_tokens":0},"prompt_tokens_details":{"cached_tokens":4}})"),
        withUsage(
            R"({"input_tokens":1,"output_tokens":2,"output_tokens_details":{"reasoning_tokens":1},"input_tokens_details":null})"),
        QByteArray(
            R"({"choices":[{"index":1,"delta":{"content":"b"}},{"index":0,"delta":{"content":"a"},"finish_reason":"stop"}],"usage":null})"),
        QByteArray(R"({"object":"error","message":"m","code":400})"),
        QByteArray(R"({"error":{"message":"boom"}})"),
    };
    return seeds;
}

} // namespace

void tst_FastChunk::randomMutations()
{
    const QList<QByteArray> seeds = fuzzSeeds();
    QRandomGenerator random(20240611);
    int decoded = 0;
    constexpr int Cases = 20000;
    for (int i = 0; i < Cases; ++i) {
        const QByteArray &seed = seeds.at(random.bounded(quint32(seeds.size())));
        const QByteArray payload = mutate(seed, random, seeds);
        if (checkPayload(payload, "mutation") == Outcome::Decoded)
            ++decoded;
        if (QTest::currentTestFailed()) {
            qWarning("case %d: %s", i, payload.toHex().constData());
            return;
        }
    }
    // The mutations must reach the fast path often, or the comparison proves little.
    QVERIFY2(decoded > Cases / 10, qPrintable(QString::number(decoded)));
}

void tst_FastChunk::mutatedStreams()
{
    // Whole streams, so decoder state (the Info delta, [DONE]) is compared too.
    const QList<QByteArray> seeds = fuzzSeeds();
    QRandomGenerator random(7);
    for (int stream = 0; stream < 300; ++stream) {
        QList<Core::SseEvent> events;
        const int length = 1 + int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            const QByteArray &seed = seeds.at(random.bounded(quint32(seeds.size())));
            switch (random.bounded(8)) {
            case 0:
                events.append(dataEvent(mutate(seed, random, seeds)));
                break;
            case 1:
                events.append(dataEvent("[DONE]"));
                break;
            case 2:
                events.append(dataEvent(seed, random.bounded(2) ? "error" : "message"));
                break;
            default:
                events.append(dataEvent(seed));
                break;
            }
        }
        checkStream(events, "mutated stream");
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_FastChunk::infoWaitsForAChunkThatHasIt()
{
    const QList<Core::SseEvent> events = {
        dataEvent(R"({"choices":[{"index":0,"delta":{"content":"a"}}]})"),
        dataEvent(R"({"id":"","model":null,"choices":[{"index":0,"delta":{"content":"b"}}]})"),
        dataEvent(R"({"model":"m1","choices":[{"index":0,"delta":{"content":"c"}}]})"),
        dataEvent(R"({"id":"x","model":"m2","choices":[{"index":0,"delta":{"content":"d"}}]})"),
        dataEvent("[DONE]"),
    };
    checkStream(events, "info");
    Decoder fast;
    QList<ReplyDelta> all;
    for (const Core::SseEvent &event : events)
        fast.decode(event, all);
    int infos = 0;
    for (const ReplyDelta &d : std::as_const(all)) {
        if (d.kind == ReplyDelta::Kind::Info) {
            ++infos;
            QCOMPARE(d.model, QStringLiteral("m1"));
        }
    }
    QCOMPARE(infos, 1);
    QVERIFY(fast.isFinished());
}

void tst_FastChunk::hugeStrings()
{
    const QList<QByteArray> contents = {
        '"' + QByteArray(1 << 20, 'x') + '"',
        '"' + QByteArray("\xC3\xA9").repeated(100000) + '"',
        '"' + QByteArray("\\n").repeated(50000) + '"',
        '"' + QByteArray("\\ud83d\\ude00").repeated(20000) + '"',
        '"' + QByteArray("\xF0\x9F\x98\x80").repeated(30000) + "\\u0000\"",
    };
    for (const QByteArray &content : contents)
        QCOMPARE(checkPayload(withContent(content), "huge"), Outcome::Decoded);
}

namespace {

// Replaces the value of the first `"key":` in a chunk with `value` (JSON text). Test
// scaffolding for well-formed chunks: a string value ends at its closing quote, any other at
// the next `,`, `}` or `]`.
QByteArray replaceValue(QByteArray chunk, const QByteArray &key, const QByteArray &value)
{
    const qsizetype at = chunk.indexOf(QByteArray('"' + key + "\":"));
    if (at < 0)
        return chunk;
    const qsizetype begin = at + key.size() + 3;
    qsizetype end = begin;
    if (end < chunk.size() && chunk[end] == '"') {
        for (++end; end < chunk.size() && chunk[end] != '"'; ++end) {
            if (chunk[end] == '\\')
                ++end;
        }
        ++end;
    } else {
        while (end < chunk.size() && !QByteArrayView(",}]").contains(chunk[end]))
            ++end;
    }
    return chunk.replace(begin, end - begin, value);
}

QByteArray randomJsonString(QRandomGenerator &random)
{
    static const QList<QByteArray> pieces
        = {"a", " ", "word", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u00e9", "\\ud83d\\ude00",
           "\\u0000", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "{", "}", ",", ":", "[",
           "0123456789abcdef",
           // what a hole must not take: the whole chunk then goes to the slow path
           "\\ud800", "\\x", "\x01", "\xC0\x80", "\xFF", "\"", "\\"};
    QByteArray text = "\"";
    const int count = int(random.bounded(6));
    for (int i = 0; i < count; ++i) {
        const qsizetype pick = random.bounded(quint32(pieces.size()));
        // the hostile pieces are rarer
        if (pick >= pieces.size() - 7 && random.bounded(4) != 0)
            continue;
        text += pieces.at(pick);
    }
    return text + '"';
}

QByteArray randomCount(QRandomGenerator &random)
{
    static const QList<QByteArray> odd
        = {"null", "1.5", "-3", "1e3", "\"7\"", "0", "-0", "1234567890123456", "true", "{}", "01"};
    if (random.bounded(4) == 0)
        return odd.at(random.bounded(quint32(odd.size())));
    return QByteArray::number(random.bounded(100000));
}

} // namespace

void tst_FastChunk::shapeIsReusedOnlyWhenSafe()
{
    struct Step
    {
        QByteArray payload;
        bool reused;
    };
    const QByteArray openAi
        = R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt","system_fingerprint":"fp","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}],"obfuscation":"abc"})";
    const QByteArray databricks
        = R"({"id":"d","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"x"},"finish_reason":null,"logprobs":null}],"usage":{"prompt_tokens":11,"completion_tokens":1,"total_tokens":12,"completion_tokens_details":{"reasoning_tokens":0}}})";
    const QList<Step> steps = {
        {SimChunk, false},
        {replaceValue(SimChunk, "content", R"(" dolor")"), true},
        {replaceValue(SimChunk, "content", R"("caf\u00e9 \ud83d\ude00\n")"), true},
        {replaceValue(SimChunk, "content", "\"\xF0\x9F\x98\x80\""), true},
        {replaceValue(SimChunk, "content", R"("")"), true},
        {replaceValue(SimChunk, "content", R"("\ud800")"), true},
        {replaceValue(SimChunk, "content", "null"), false},
        {replaceValue(SimChunk, "content", R"("a")"), false}, // the shape is the null one now
        {replaceValue(SimChunk, "content", R"("b")"), true},
        {replaceValue(SimChunk, "content", R"("\x")"), false}, // declines
        {replaceValue(SimChunk, "content", R"("c")"), false},
        {replaceValue(SimChunk, "content", R"("d")"), true},
        {replaceValue(SimChunk, "index", "1"), false},
        {replaceValue(SimChunk, "finish_reason", R"("stop")"), false},
        {replaceValue(SimChunk, "system_fingerprint", R"("fp_other")"), false}, // was "stop"
        {replaceValue(SimChunk, "system_fingerprint", R"("fp_x")"), true},
        {replaceValue(SimChunk, "system_fingerprint", "5"), false},
        {openAi, false},
        {replaceValue(replaceValue(openAi, "obfuscation", R"("xyz12")"), "content", R"("!")"),
         true},
        {replaceValue(openAi, "obfuscation", "null"), false},
        {databricks, false},
        {replaceValue(replaceValue(databricks, "completion_tokens", "2"), "total_tokens", "13"),
         true},
        {replaceValue(databricks, "reasoning_tokens", "12345"), true},
        {replaceValue(databricks, "completion_tokens", "2.5"), false},
        {databricks, false},
        {replaceValue(databricks, "completion_tokens", "1234567890123456"), false},
        {databricks, false},
        {replaceValue(databricks, "completion_tokens", "null"), false},
        {databricks, false},
        {replaceValue(databricks, "role", R"("user")"), true},
        {databricks + ' ', false}, // payloads are trimmed first; as a view it is one byte longer
    };

    Api::FastChunkReader reader;
    Decoder slow(Decoder::Path::JsonOnly);
    bool infoPending = true;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        QList<ReplyDelta> fast;
        const bool pendingBefore = infoPending;
        const Api::FastChunkResult result
            = reader.decode(step.payload, step.payload, infoPending, fast);
        const QList<ReplyDelta> expected = slow.decode(dataEvent(step.payload));
        const QByteArray label = "step " + QByteArray::number(i);
        if (result == Api::FastChunkResult::Decoded) {
            QVERIFY2(fast == expected, label.constData());
        } else {
            QVERIFY2(fast.isEmpty(), label.constData());
            QCOMPARE(infoPending, pendingBefore);
            infoPending
                = pendingBefore
                  && !std::any_of(expected.cbegin(), expected.cend(), [](const ReplyDelta &d) {
                         return d.kind == ReplyDelta::Kind::Info;
                     });
        }
        QVERIFY2(reader.reusedShape() == step.reused, label.constData());
    }

    // Bytes that are not the reader's to keep: never remembered.
    const QByteArray chunk = SimChunk;
    for (int i = 0; i < 3; ++i) {
        const QByteArray raw = QByteArray::fromRawData(chunk.constData(), chunk.size());
        QList<ReplyDelta> out;
        bool pending = false;
        QCOMPARE(reader.decode(raw, raw, pending, out), Api::FastChunkResult::Decoded);
        QVERIFY(!reader.reusedShape());
        QCOMPARE(out, slowDeltas(chunk, false));
    }

    // More choices than are kept inline: never remembered.
    const QByteArray five = R"({"choices":[)"
                            + QByteArray(R"({"delta":{"content":"x"}},)").repeated(4)
                            + R"({"delta":{"content":"y"}}]})";
    for (int i = 0; i < 3; ++i) {
        QList<ReplyDelta> out;
        bool pending = false;
        QCOMPARE(reader.decode(five, five, pending, out), Api::FastChunkResult::Decoded);
        QVERIFY(!reader.reusedShape());
        QCOMPARE(out, slowDeltas(five, false));
    }
}

void tst_FastChunk::randomHoleEdits()
{
    // Streams in which each chunk is the last one with its holes (text, ignored strings, token
    // counts) or other bytes changed, so remembered shapes are reused, and refused, often.
    const QByteArray databricks
        = R"({"id":"d","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"x"},"finish_reason":null,"logprobs":null}],"usage":{"prompt_tokens":11,"completion_tokens":1,"total_tokens":12,"completion_tokens_details":{"reasoning_tokens":0},"prompt_tokens_details":{"cached_tokens":3}}})";
    const QList<QByteArray> bases = {
        SimChunk,
        databricks,
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt","system_fingerprint":"fp","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}],"obfuscation":"abc"})",
        withDelta(R"({"reasoning":"r","reasoning_content":"s","refusal":null})"),
        R"({"choices":[{"index":1,"delta":{"content":"b"}},{"index":0,"delta":{"refusal":"a"}}],"usage":null})",
    };
    const QList<QByteArray> textKeys = {"content", "reasoning",   "reasoning_content",
                                        "refusal", "obfuscation", "system_fingerprint",
                                        "role"};
    const QList<QByteArray> countKeys = {"prompt_tokens", "completion_tokens", "total_tokens",
                                         "reasoning_tokens", "cached_tokens"};
    QRandomGenerator random(99);
    int reused = 0;
    int events = 0;
    for (int stream = 0; stream < 400; ++stream) {
        QByteArray chunk = bases.at(random.bounded(quint32(bases.size())));
        Decoder fast;
        Decoder slow(Decoder::Path::JsonOnly);
        for (int i = 0; i < 25; ++i) {
            switch (random.bounded(10)) {
            case 0:
                chunk = mutate(chunk, random, bases);
                break;
            case 1:
                chunk = bases.at(random.bounded(quint32(bases.size())));
                break;
            case 2:
            case 3:
            case 4:
                chunk = replaceValue(chunk, countKeys.at(random.bounded(quint32(countKeys.size()))),
                                     randomCount(random));
                break;
            default:
                chunk = replaceValue(chunk, textKeys.at(random.bounded(quint32(textKeys.size()))),
                                     randomJsonString(random));
                break;
            }
            const Core::SseEvent event = dataEvent(chunk);
            const QList<ReplyDelta> a = fast.decode(event);
            const QList<ReplyDelta> b = slow.decode(event);
            if (a != b) {
                qWarning("stream %d event %d: %s\nfast:\n%s\nslow:\n%s", stream, i,
                         chunk.constData(), qPrintable(describe(a)), qPrintable(describe(b)));
            }
            QVERIFY(a == b);
            ++events;
        }
    }
    // How often shapes were reused is not observable through the decoder; a reader fed the
    // same kind of stream shows the edits above do reach it.
    Api::FastChunkReader reader;
    QByteArray chunk = SimChunk;
    for (int i = 0; i < 200; ++i) {
        chunk = replaceValue(chunk, "content", randomJsonString(random));
        QList<ReplyDelta> out;
        bool pending = false;
        reader.decode(chunk, chunk, pending, out);
        reused += reader.reusedShape();
    }
    QVERIFY2(reused > 50, qPrintable(QString::number(reused)));
    QVERIFY(events > 0);
}

QTEST_GUILESS_MAIN(tst_FastChunk)
#include "tst_fastchunk.moc"
