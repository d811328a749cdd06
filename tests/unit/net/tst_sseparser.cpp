#include "net/sseparser.h"
#include "support/testdata.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using Parlance::Core::SseEvent;
using Parlance::Net::SseParser;

namespace Parlance::Core {

// Lets QCOMPARE print events readably (found by argument-dependent lookup).
char *toString(const SseEvent &event)
{
    const auto escaped = [](const QByteArray &bytes) {
        QByteArray out;
        for (const char c : bytes.left(160)) {
            const auto u = uchar(c);
            if (u >= 0x20 && u < 0x7F && c != '\\')
                out.append(c);
            else
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        }
        if (bytes.size() > 160)
            out += "...(" + QByteArray::number(bytes.size()) + " bytes)";
        return out;
    };
    const QByteArray retry = event.retryMs ? QByteArray::number(*event.retryMs) : "none";
    const QByteArray text = "SseEvent(type=\"" + escaped(event.type) + "\", data=\""
                            + escaped(event.data) + "\", id=\"" + escaped(event.id)
                            + "\", retry=" + retry + ")";
    return qstrdup(text.constData());
}

} // namespace Parlance::Core

namespace {

struct Parsed
{
    QList<SseEvent> events;
    bool pending = false;

    friend bool operator==(const Parsed &, const Parsed &) = default;
};

Parsed parsePieces(const QList<QByteArrayView> &pieces)
{
    SseParser parser;
    Parsed parsed;
    for (const QByteArrayView piece : pieces)
        parsed.events += parser.feed(piece);
    parsed.pending = parser.hasPendingData();
    return parsed;
}

Parsed parseWhole(QByteArrayView bytes)
{
    return parsePieces({bytes});
}

Parsed parseBytewise(QByteArrayView bytes)
{
    SseParser parser;
    Parsed parsed;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        parser.feed(bytes.sliced(i, 1), [&](SseEvent &&event) { parsed.events.append(event); });
    parsed.pending = parser.hasPendingData();
    return parsed;
}

SseEvent sse(const QByteArray &data, const QByteArray &type = {}, const QByteArray &id = {},
             std::optional<int> retry = {})
{
    return SseEvent{.type = type, .data = data, .id = id, .retryMs = retry};
}

using Parlance::Testing::readExample;

// As a network read does it: each piece is copied into one reused buffer, overwritten in place
// by the next, and fed with that buffer so events may share it. The parser must hold no
// reference to the buffer once a feed returns, or the in-place overwrite would be unsafe.
Parsed parseThroughSharedBuffer(const QList<QByteArrayView> &pieces)
{
    SseParser parser;
    Parsed parsed;
    QByteArray buffer;
    for (const QByteArrayView piece : pieces) {
        buffer.resize(piece.size());
        if (!piece.isEmpty())
            std::memcpy(buffer.data(), piece.data(), size_t(piece.size()));
        parser.feed(buffer, buffer, [&](SseEvent &&event) { parsed.events.append(event); });
        for (SseEvent &event : parsed.events)
            event.data.detach();                       // what a caller that keeps events does
        if (!buffer.isEmpty() && !buffer.isDetached()) // (an empty one has no storage)
            qFatal("the parser kept a reference to the buffer it was fed");
    }
    parsed.pending = parser.hasPendingData();
    return parsed;
}

// Each event's span (what an exchange record keeps instead of the event), fed alone to a new
// parser, gives the event again: the same type, data and retry (the id carries over from earlier
// blocks, so the record keeps it). Spans follow each other and stay within the stream.
void verifySpans(QByteArrayView bytes, const QList<QByteArrayView> &pieces,
                 const QList<SseEvent> &expected)
{
    SseParser parser;
    QList<SseEvent> events;
    QList<std::pair<qint64, qint64>> spans;
    for (const QByteArrayView piece : pieces) {
        parser.feed(piece, [&](SseEvent &&event) {
            spans.append({parser.eventStart(), parser.eventEnd()});
            events.append(std::move(event));
        });
    }
    QCOMPARE(events, expected);
    qint64 previousEnd = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto [start, end] = spans.at(i);
        QVERIFY(start >= previousEnd);
        QVERIFY(end > start);
        QVERIFY(end <= bytes.size());
        previousEnd = end;
        QList<SseEvent> again = SseParser().feed(bytes.sliced(start, end - start));
        QCOMPARE(again.size(), 1);
        again.first().id = events.at(i).id;
        QCOMPARE(again.first(), events.at(i));
    }
}

// The same stream sliced anywhere must give the same events: fed whole, in two pieces split at
// every byte position, and one byte at a time; read through a plain view and through a reused
// buffer that events may share. Each way, every event's span gives the event again.
void verifyAllSlicings(QByteArrayView bytes, const Parsed &expected)
{
    QCOMPARE(parseBytewise(bytes), expected);
    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.append(bytes.sliced(i, 1));
    verifySpans(bytes, bytewise, expected.events);
    // Spans at every split of a short stream; of a long one, at some hundred places.
    const qsizetype step = qMax<qsizetype>(1, bytes.size() / 128);
    for (qsizetype at = 0; at <= bytes.size(); at += step)
        verifySpans(bytes, {bytes.first(at), bytes.sliced(at)}, expected.events);
    for (qsizetype at = 0; at <= bytes.size(); ++at) {
        const QList<QByteArrayView> pieces{bytes.first(at), bytes.sliced(at)};
        const Parsed split = parsePieces(pieces);
        const Parsed shared = parseThroughSharedBuffer(pieces);
        if (split != expected || shared != expected) {
            qWarning("stream split at byte %lld", qlonglong(at));
            QCOMPARE(split.events, expected.events);
            QCOMPARE(split.pending, expected.pending);
            QCOMPARE(shared.events, expected.events);
            QCOMPARE(shared.pending, expected.pending);
        }
    }
}

QByteArray withLineEnding(QByteArray lfText, const QByteArray &ending)
{
    return ending == "\n" ? lfText : lfText.replace('\n', ending);
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void realStreams_data();
    void realStreams();
    void cutRealStreamReportsPendingData();
    void wptVectors_data();
    void wptVectors();
    void fieldParsing_data();
    void fieldParsing();
    void crlfSplitAcrossFeedsCountsOnce();
    void bomArrivingByteByByte();
    void invalidUtf8_data();
    void invalidUtf8();
    void multiByteCharacterSplitAtEveryByte_data();
    void multiByteCharacterSplitAtEveryByte();
    void pendingData_data();
    void pendingData();
    void lastEventIdAndReconnectionTime();
    void resetStartsANewStream();
    void callbackFormMatchesListForm();
    void oneLineDataSharesTheBuffer();
    void hugeDataLine();
    void tenMegabyteEventFedByteByByte();
    void manyTinyEvents();
    void randomSplitsOfGeneratedStream();
};

void TestSseParser::realStreams_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("lineEnding");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("firstType");
    QTest::addColumn<QByteArray>("lastType");
    QTest::addColumn<QByteArray>("lastData");
    QTest::addColumn<bool>("cutMidEvent");

    struct Stream
    {
        const char *file;
        int count;
        const char *firstType;
        const char *lastType;
        const char *lastData; // a prefix of the last event's data
        bool cutMidEvent;
    };
    // Counts checked against an independent decoder (Python, the same WHATWG rules).
    const Stream streams[] = {
        {"chat_stream.sse", 34, "", "", "[DONE]", false},
        {"openai_chat_stream_n3.sse", 50, "", "", "[DONE]", false},
        {"openai_chat_stream_refusal.sse", 14, "", "", "[DONE]", false},
        {"openai_chat_stream_tool_calls.sse", 11, "", "", "[DONE]", false},
        // The spec example's last block (response.completed) has no blank line after it, and
        // its "..." line is a field named "..." with no value, which is ignored.
        {"responses_stream.sse", 8, "response.created", "response.output_item.done",
         "{\"type\":\"response.output_item.done\"", true},
        {"openai_responses_stream_reasoning.sse", 12, "", "", "[DONE]", false},
        {"openai_responses_stream_text_fixture.sse", 9, "", "", "[DONE]", false},
        {"openai_stream_named_error_event.sse", 1, "error", "error",
         "{\"message\":\"The synthetic provider rejected", false},
        // The legacy `error:` field is unknown: only [DONE] is dispatched.
        {"llamacpp_legacy_midstream_error.sse", 1, "", "", "[DONE]", false},
    };
    const std::pair<const char *, QByteArray> endings[] = {
        {"LF", QByteArrayLiteral("\n")},
        {"CRLF", QByteArrayLiteral("\r\n")},
        {"CR", QByteArrayLiteral("\r")},
    };
    for (const Stream &s : streams) {
        for (const auto &[endingName, ending] : endings) {
            QTest::addRow("%s %s", s.file, endingName)
                << QString::fromLatin1(s.file) << ending << s.count << QByteArray(s.firstType)
                << QByteArray(s.lastType) << QByteArray(s.lastData) << s.cutMidEvent;
        }
    }
}

void TestSseParser::realStreams()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, lineEnding);
    QFETCH(int, count);
    QFETCH(QByteArray, firstType);
    QFETCH(QByteArray, lastType);
    QFETCH(QByteArray, lastData);
    QFETCH(bool, cutMidEvent);

    const QByteArray original = readExample(file);
    QVERIFY(!original.contains('\r'));
    const Parsed reference = parseWhole(original);
    QCOMPARE(reference.events.size(), count);
    QCOMPARE(reference.events.constFirst().type, firstType);
    QCOMPARE(reference.events.constLast().type, lastType);
    QVERIFY2(reference.events.constLast().data.startsWith(lastData),
             reference.events.constLast().data.constData());
    QCOMPARE(reference.pending, cutMidEvent);
    for (const SseEvent &e : reference.events) {
        QVERIFY(e.id.isEmpty());
        QVERIFY(!e.retryMs);
        if (e.data == "[DONE]")
            continue;
        // Every payload arrives whole: it parses as one JSON object.
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(e.data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && json.isObject(), e.data.constData());
    }

    const QByteArray bytes = withLineEnding(original, lineEnding);
    QCOMPARE(parseWhole(bytes), reference);
    verifyAllSlicings(bytes, reference);
}

void TestSseParser::cutRealStreamReportsPendingData()
{
    // chat_stream.sse has only data lines and blank lines: a cut is between events exactly when
    // the bytes so far end with the blank line of an event (or nothing arrived yet).
    const QByteArray stream = readExample(QStringLiteral("chat_stream.sse"));
    int cutsBetweenEvents = 0;
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const QByteArrayView prefix = QByteArrayView(stream).first(cut);
        const bool betweenEvents = cut == 0 || prefix.endsWith("\n\n");
        cutsBetweenEvents += betweenEvents;
        SseParser parser;
        parser.feed(prefix);
        if (parser.hasPendingData() == betweenEvents)
            QFAIL(qPrintable(QStringLiteral("wrong hasPendingData() at cut %1").arg(cut)));
    }
    QCOMPARE(cutsBetweenEvents, 35);
}

void TestSseParser::wptVectors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<SseEvent>>("expected");
    QTest::addColumn<bool>("pending");

    // Each WPT server response is message + "\n" (and "\n\n" unless newline=none).
    QTest::newRow("format-bom") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                     "data:1\n\n\xEF\xBB\xBF"
                                                     "data:2\n\ndata:3\n\n\n")
                                << QList<SseEvent>{sse("1"), sse("3")} << false;
    QTest::newRow("format-bom-2") << QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                       "data:1\n\ndata:2\n\ndata:3\n\n\n")
                                  << QList<SseEvent>{sse("2"), sse("3")} << false;
    const QByteArray xs(2048, 'x');
    QTest::newRow("format-comments")
        << QByteArray(QByteArrayLiteral("data:1\r:\0\n:\r\ndata:2\n:") + xs
                      + "\rdata:3\n:data:fail\r:" + xs + "\ndata:4\n\n")
        << QList<SseEvent>{sse("1\n2\n3\n4")} << false;
    QTest::newRow("format-field-data")
        << QByteArrayLiteral("data:\n\ndata\ndata\n\ndata:test\n\n\n")
        << QList<SseEvent>{sse(""), sse("\n"), sse("test")} << false;
    // The final block has no blank line: not dispatched, and its id never reaches an event.
    QTest::newRow("format-data-before-final-empty-line")
        << QByteArrayLiteral("retry:1000\ndata:test1\n\nid:test\ndata:test2\n")
        << QList<SseEvent>{sse("test1", {}, {}, 1000)} << true;
}

void TestSseParser::wptVectors()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);
    QFETCH(bool, pending);

    const Parsed parsed = parseWhole(stream);
    QCOMPARE(parsed.events, expected);
    QCOMPARE(parsed.pending, pending);
    verifyAllSlicings(stream, parsed);
}

void TestSseParser::fieldParsing_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<SseEvent>>("expected");

    using Events = QList<SseEvent>;
    QTest::newRow("no space") << QByteArrayLiteral("data:x\n\n") << Events{sse("x")};
    QTest::newRow("one space stripped") << QByteArrayLiteral("data: x\n\n") << Events{sse("x")};
    QTest::newRow("only one space stripped")
        << QByteArrayLiteral("data:  x \n\n") << Events{sse(" x ")};
    QTest::newRow("tab kept") << QByteArrayLiteral("data:\tx\n\n") << Events{sse("\tx")};
    QTest::newRow("split at first colon")
        << QByteArrayLiteral("data: {\"a\":\"b:c\"}\n\n") << Events{sse("{\"a\":\"b:c\"}")};
    QTest::newRow("lines joined with LF")
        << QByteArrayLiteral("data: a\ndata: b\ndata:\n\n") << Events{sse("a\nb\n")};
    QTest::newRow("data without colon") << QByteArrayLiteral("data\n\n") << Events{sse("")};
    QTest::newRow("event type") << QByteArrayLiteral(
        "event: response.output_text.delta\ndata: {}\n\n")
                                << Events{sse("{}", "response.output_text.delta")};
    QTest::newRow("event type reset after dispatch")
        << QByteArrayLiteral("event: a\ndata: 1\n\ndata: 2\n\n") << Events{sse("1", "a"), sse("2")};
    QTest::newRow("event without data dispatched (openai-python)")
        << QByteArrayLiteral("event: ping\n\ndata: x\n\n") << Events{sse("", "ping"), sse("x")};
    QTest::newRow("empty event without data not dispatched")
        << QByteArrayLiteral("event:\n\n") << Events{};
    QTest::newRow("last event line wins")
        << QByteArrayLiteral("event: a\nevent: b\ndata: x\n\n") << Events{sse("x", "b")};
    QTest::newRow("blank lines only") << QByteArrayLiteral("\n\n\r\n\r\r") << Events{};
    QTest::newRow("keep-alive comments")
        << QByteArrayLiteral(": ping\n\n:\n\ndata: x\n: inside\n\n") << Events{sse("x")};
    QTest::newRow("unknown field ignored")
        << QByteArrayLiteral("foo: bar\ndata: x\nbaz\n\n") << Events{sse("x")};
    QTest::newRow("llama.cpp legacy error field ignored")
        << QByteArrayLiteral("error: {\"code\":400}\n\ndata: [DONE]\n\n") << Events{sse("[DONE]")};
    QTest::newRow("field names are case-sensitive")
        << QByteArrayLiteral("Data: x\nDATA: y\n\n") << Events{};
    QTest::newRow("space before field name") << QByteArrayLiteral(" data: x\n\n") << Events{};
    QTest::newRow("id persists, bare id clears it")
        << QByteArrayLiteral("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
        << Events{sse("a", {}, "7"), sse("b", {}, "7"), sse("c")};
    QTest::newRow("id with NUL ignored") << QByteArray(QByteArrayLiteral("id: 1\ndata: a\n\nid: 2\0"
                                                                         "3\ndata: b\n\n"))
                                         << Events{sse("a", {}, "1"), sse("b", {}, "1")};
    QTest::newRow("id-only block applies to later events")
        << QByteArrayLiteral("id: 5\n\ndata: a\n\n") << Events{sse("a", {}, "5")};
    QTest::newRow("retry") << QByteArrayLiteral("retry: 1500\ndata: a\n\ndata: b\n\n")
                           << Events{sse("a", {}, {}, 1500), sse("b")};
    QTest::newRow("retry not all digits")
        << QByteArrayLiteral("retry: 15a\ndata: a\n\nretry: -1\ndata: b\n\nretry: 1.5\ndata: c\n\n")
        << Events{sse("a"), sse("b"), sse("c")};
    QTest::newRow("retry empty") << QByteArrayLiteral("retry:\ndata: a\n\n") << Events{sse("a")};
    QTest::newRow("retry overflowing int")
        << QByteArrayLiteral("retry: 99999999999\ndata: a\n\n") << Events{sse("a")};
    QTest::newRow("retry leading zeros")
        << QByteArrayLiteral("retry: 00042\ndata: a\n\n") << Events{sse("a", {}, {}, 42)};
    QTest::newRow("CR endings") << QByteArrayLiteral("data: a\rdata: b\r\r") << Events{sse("a\nb")};
    QTest::newRow("CRLF blank line is one line")
        << QByteArrayLiteral("data: a\r\n\r\ndata: b\r\n\r\n") << Events{sse("a"), sse("b")};
    QTest::newRow("CR then CRLF") << QByteArrayLiteral("data: a\r\r\n") << Events{sse("a")};
    QTest::newRow("LF then CR") << QByteArrayLiteral("data: a\n\rdata: b\n\n")
                                << Events{sse("a"), sse("b")};
    QTest::newRow("LF CR is two line ends, CR LF one")
        << QByteArrayLiteral("data: a\r\ndata: b\r\n\r\n") << Events{sse("a\nb")};
    QTest::newRow("NUL in data kept")
        << QByteArray(QByteArrayLiteral("data: a\0b\n\n")) << Events{sse(QByteArray("a\0b", 3))};
    QTest::newRow("BOM inside a value kept")
        << QByteArrayLiteral("data: \xEF\xBB\xBFx\n\n") << Events{sse("\xEF\xBB\xBFx")};
    QTest::newRow("BOM on a later line not stripped") << QByteArrayLiteral("data: a\n\xEF\xBB\xBF"
                                                                           "data: b\n\n")
                                                      << Events{sse("a")};
    // A BOM prefix that is not a BOM is ordinary (invalid) content of the first line.
    QTest::newRow("partial BOM then text") << QByteArrayLiteral("\xEF\xBB"
                                                                "data: x\n\ndata: y\n\n")
                                           << Events{sse("y")};
    QTest::newRow("unterminated final block")
        << QByteArrayLiteral("data: a\n\ndata: b") << Events{sse("a")};
}

void TestSseParser::fieldParsing()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);

    const Parsed parsed = parseWhole(stream);
    QCOMPARE(parsed.events, expected);
    verifyAllSlicings(stream, parsed);
}

void TestSseParser::crlfSplitAcrossFeedsCountsOnce()
{
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    // Had the CR's LF counted as a blank line, "a" would be dispatched here.
    QVERIFY(parser.feed("\n").isEmpty());
    QVERIFY(parser.feed("data: b\r").isEmpty());
    // The LF completes the CRLF; the CR after it ends an empty line at once.
    QCOMPARE(parser.feed("\n\r"), QList<SseEvent>{sse("a\nb")});
    QVERIFY(parser.feed("\n").isEmpty());
    QVERIFY(!parser.hasPendingData());

    // A CR followed, in the next feed, by another CR is a line end then a blank line.
    QVERIFY(parser.feed("data: c\r").isEmpty());
    QCOMPARE(parser.feed("\r"), QList<SseEvent>{sse("c")});
    // Only the first byte after a CR can be its LF.
    QVERIFY(parser.feed("data: d\r").isEmpty());
    QVERIFY(parser.feed("").isEmpty());
    QVERIFY(parser.feed("\n").isEmpty());
    QCOMPARE(parser.feed("\n"), QList<SseEvent>{sse("d")});
}

void TestSseParser::bomArrivingByteByByte()
{
    SseParser parser;
    QVERIFY(parser.feed("\xEF").isEmpty());
    QVERIFY(parser.feed("\xBB").isEmpty());
    QVERIFY(!parser.hasPendingData());
    QVERIFY(parser.feed("\xBF").isEmpty());
    QVERIFY(parser.feed("data").isEmpty());
    QCOMPARE(parser.feed(": x\n\n"), QList<SseEvent>{sse("x")});

    SseParser twice;
    QVERIFY(twice.feed("\xEF\xBB").isEmpty());
    QVERIFY(twice.feed("\xBF\xEF").isEmpty());
    QVERIFY(twice
                .feed("\xBB\xBF"
                      "data: x\n\n")
                .isEmpty()); // "\uFEFFdata" is not "data"
    QCOMPARE(twice.feed("data: y\n\n"), QList<SseEvent>{sse("y")});
}

void TestSseParser::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray r = QByteArrayLiteral("\xEF\xBF\xBD"); // U+FFFD
    const auto b = [](const QByteArray &bytes) {
        return bytes;
    }; // ends a QStringBuilder
    // One U+FFFD per maximal ill-formed subpart, as the WHATWG decoder (and Python) do.
    QTest::newRow("lone continuation") << QByteArrayLiteral("a\x80z") << b("a" + r + "z");
    QTest::newRow("two continuations") << QByteArrayLiteral("\x80\xBF") << b(r + r);
    QTest::newRow("truncated 2-byte at end of event") << QByteArrayLiteral("a\xC3") << b("a" + r);
    QTest::newRow("truncated 3-byte at end of event") << QByteArrayLiteral("\xE6\x97") << r;
    QTest::newRow("truncated 4-byte at end of event") << QByteArrayLiteral("\xF0\x9F\x98") << r;
    QTest::newRow("truncated 3-byte before ASCII") << QByteArrayLiteral("\xE6\x97x") << b(r + "x");
    QTest::newRow("overlong 2-byte") << QByteArrayLiteral("\xC0\xAF") << b(r + r);
    QTest::newRow("overlong C1") << QByteArrayLiteral("\xC1\xBF") << b(r + r);
    QTest::newRow("overlong 3-byte") << QByteArrayLiteral("\xE0\x80\xAF") << b(r + r + r);
    QTest::newRow("overlong 4-byte") << QByteArrayLiteral("\xF0\x8F\xBF\xBF") << b(r + r + r + r);
    QTest::newRow("surrogate high") << QByteArrayLiteral("\xED\xA0\x80") << b(r + r + r);
    QTest::newRow("surrogate low") << QByteArrayLiteral("\xED\xBF\xBF") << b(r + r + r);
    QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\xF4\x90\x80\x80") << b(r + r + r + r);
    QTest::newRow("F5 lead") << QByteArrayLiteral("\xF5\x80") << b(r + r);
    QTest::newRow("FF") << QByteArrayLiteral("x\xFFy") << b("x" + r + "y");
    QTest::newRow("valid then garbage")
        << QByteArrayLiteral("\xC3\xA9\x80\xE6") << b("\xC3\xA9" + r + r);
    QTest::newRow("valid boundaries kept")
        << QByteArrayLiteral("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF"
                             "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF")
        << QByteArrayLiteral("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF"
                             "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
}

void TestSseParser::invalidUtf8()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);

    // In a data value, including one followed by another data line (the line end cuts the
    // sequence short), in the event type and in the id.
    const QByteArray stream = "data: " + value + "\ndata: " + value + "\n\nevent: " + value
                              + "\nid: " + value + "\ndata: x\n\n";
    const Parsed parsed = parseWhole(stream);
    const QList<SseEvent> want{sse(expected + '\n' + expected), sse("x", expected, expected)};
    QCOMPARE(parsed.events, want);
    verifyAllSlicings(stream, parsed);
}

void TestSseParser::multiByteCharacterSplitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("character");
    QTest::newRow("e-acute (2 bytes)") << QByteArrayLiteral("\xC3\xA9");
    QTest::newRow("CJK (3 bytes)") << QByteArrayLiteral("\xE6\x97\xA5");
    QTest::newRow("emoji (4 bytes)") << QByteArrayLiteral("\xF0\x9F\x98\x80");
}

void TestSseParser::multiByteCharacterSplitAtEveryByte()
{
    QFETCH(QByteArray, character);

    const QByteArray value = character + "a" + character + character;
    const QByteArray stream = "event: " + character + "\ndata: " + value + "\n\n";
    const QList<SseEvent> expected{sse(value, character)};
    // Every way of cutting the stream into three pieces, so each character is split at each of
    // its inner boundaries, alone and together with the next one.
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            const QByteArrayView s(stream);
            const Parsed parsed = parsePieces({s.first(a), s.sliced(a, b - a), s.sliced(b)});
            if (parsed.events != expected) {
                qWarning("pieces cut at %lld and %lld", qlonglong(a), qlonglong(b));
                QCOMPARE(parsed.events, expected);
            }
        }
    }
    QCOMPARE(parseBytewise(stream).events, expected);
}

void TestSseParser::pendingData_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("pending");

    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("complete event") << QByteArrayLiteral("data: x\n\n") << false;
    QTest::newRow("complete event, CRLF") << QByteArrayLiteral("data: x\r\n\r\n") << false;
    QTest::newRow("complete event, CR") << QByteArrayLiteral("data: x\r\r") << false;
    QTest::newRow("partial field name") << QByteArrayLiteral("da") << true;
    QTest::newRow("unterminated data line") << QByteArrayLiteral("data: {\"a\":") << true;
    QTest::newRow("data line, no blank line") << QByteArrayLiteral("data: x\n") << true;
    QTest::newRow("data line ended by lone CR") << QByteArrayLiteral("data: x\r") << true;
    QTest::newRow("empty data line, no blank line") << QByteArrayLiteral("data\n") << true;
    QTest::newRow("event line, no blank line") << QByteArrayLiteral("event: e\n") << true;
    QTest::newRow("id only") << QByteArrayLiteral("data: x\n\nid: 3\n") << false;
    QTest::newRow("retry only") << QByteArrayLiteral("retry: 3\n") << false;
    QTest::newRow("complete comment") << QByteArrayLiteral(": ping\n") << false;
    QTest::newRow("partial comment") << QByteArrayLiteral("data: x\n\n: pi") << false;
    QTest::newRow("partial BOM") << QByteArrayLiteral("\xEF\xBB") << false;
    QTest::newRow("BOM") << QByteArrayLiteral("\xEF\xBB\xBF") << false;
    QTest::newRow("BOM then partial line") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                                "d")
                                           << true;
}

void TestSseParser::pendingData()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, pending);

    QCOMPARE(parseWhole(stream).pending, pending);
    QCOMPARE(parseBytewise(stream).pending, pending);
}

void TestSseParser::lastEventIdAndReconnectionTime()
{
    SseParser parser;
    QVERIFY(parser.lastEventId().isEmpty());
    QVERIFY(!parser.reconnectionTimeMs());
    parser.feed("retry: 2000\nid: a\ndata: 1\n\n");
    QCOMPARE(parser.lastEventId(), QByteArrayLiteral("a"));
    QCOMPARE(parser.reconnectionTimeMs(), std::optional<int>(2000));
    // Applied at once, though this block is never dispatched.
    parser.feed("retry: 3000\nid: b\n");
    QCOMPARE(parser.reconnectionTimeMs(), std::optional<int>(3000));
    QCOMPARE(parser.lastEventId(), QByteArrayLiteral("a")); // not until the blank line
    parser.feed("\n");
    QCOMPARE(parser.lastEventId(), QByteArrayLiteral("b"));
    parser.feed("retry: x\n\n");
    QCOMPARE(parser.reconnectionTimeMs(), std::optional<int>(3000));
}

void TestSseParser::resetStartsANewStream()
{
    SseParser parser;
    parser.feed("\xEF\xBB\xBFid: 9\nretry: 5\ndata: 1\n\nevent: e\ndata: {\"cut\":");
    QVERIFY(parser.hasPendingData());
    QCOMPARE(parser.lastEventId(), QByteArrayLiteral("9"));
    parser.reset();
    QVERIFY(!parser.hasPendingData());
    QVERIFY(parser.lastEventId().isEmpty());
    QVERIFY(!parser.reconnectionTimeMs());
    // A fresh stream: its BOM is stripped again, and nothing of the cut event leaks in.
    QCOMPARE(parser.feed("\xEF\xBB\xBF"
                         "data: 2\n\n"),
             QList<SseEvent>{sse("2")});

    parser.feed("data: x\r");
    parser.reset();
    QCOMPARE(parser.feed("\ndata: 3\n\n"), QList<SseEvent>{sse("3")});
}

void TestSseParser::oneLineDataSharesTheBuffer()
{
    const QByteArray buffer = "data: {\"a\":1}\n\ndata: one\ndata: two\n\ndata: \xFF!\n\n"
                              "data: open";
    const auto within = [&buffer](const QByteArray &data) {
        return data.constData() >= buffer.constData()
               && data.constData() < buffer.constData() + buffer.size();
    };
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(buffer, buffer, [&](SseEvent &&event) { events.append(std::move(event)); });
    QCOMPARE(events.size(), 3);

    // A one-line, well-formed payload is a slice of the buffer, not a copy.
    QCOMPARE(events[0].data, QByteArray("{\"a\":1}"));
    QCOMPARE(events[0].data.constData(), buffer.constData() + 6);
    // Joined lines and repaired UTF-8 are bytes of their own.
    QCOMPARE(events[1].data, QByteArray("one\ntwo"));
    QVERIFY(!within(events[1].data));
    QCOMPARE(events[2].data, QByteArray("\xEF\xBF\xBD!"));
    QVERIFY(!within(events[2].data));

    // Changing a slice copies it; the buffer is untouched.
    events[0].data.append("x");
    QVERIFY(!within(events[0].data));
    QVERIFY(buffer.startsWith("data: {\"a\":1}\n"));

    // The open block at the end was copied before feed() returned: once the events are gone,
    // nothing but `buffer` itself refers to its bytes.
    events.clear();
    QVERIFY(buffer.isDetached());
    QVERIFY(parser.hasPendingData());
    const QList<SseEvent> last = parser.feed("\n\n");
    QCOMPARE(last.size(), 1);
    QCOMPARE(last[0].data, QByteArray("open"));

    // Fed without a buffer (or with one the bytes are not in), every payload is copied.
    SseParser plain;
    const QByteArray other = "data: x\n\n";
    plain.feed(buffer, other, [&](SseEvent &&event) { events.append(std::move(event)); });
    QCOMPARE(events.size(), 1);
    QVERIFY(other.isDetached());
    QVERIFY(buffer.isDetached());
}

void TestSseParser::callbackFormMatchesListForm()
{
    const QByteArray stream = readExample(QStringLiteral("openai_chat_stream_n3.sse"))
                              + readExample(QStringLiteral("responses_stream.sse")) + "\n";
    SseParser listParser;
    const QList<SseEvent> fromList = listParser.feed(stream);
    QCOMPARE(fromList.size(), 50 + 9);

    SseParser callbackParser;
    QList<SseEvent> fromCallback;
    auto append = [&fromCallback](SseEvent &&e) {
        fromCallback.append(std::move(e));
    };
    for (qsizetype at = 0; at < stream.size(); at += 100)
        callbackParser.feed(QByteArrayView(stream).sliced(at, qMin(100, stream.size() - at)),
                            append);
    QCOMPARE(fromCallback, fromList);

    // A const function object works too.
    struct Counter
    {
        int *count;
        void operator()(SseEvent &&) const { ++*count; }
    };
    int count = 0;
    const Counter counter{&count};
    SseParser constParser;
    constParser.feed(stream, counter);
    QCOMPARE(count, fromList.size());
}

void TestSseParser::hugeDataLine()
{
    QByteArray payload(16 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < payload.size(); i += 4099)
        payload[i] = char('a' + i % 26);
    const QByteArray stream = "event: big\ndata: " + payload + "\n\ndata: after\n\n";
    const QList<SseEvent> expected{sse(payload, "big"), sse("after")};

    QCOMPARE(parseWhole(stream).events, expected);

    SseParser parser;
    QList<SseEvent> events;
    const qsizetype chunk = 64 * 1024 + 7;
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        events += parser.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at)));
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).data == payload); // not QCOMPARE: a failure would print 16 MB
    QCOMPARE(events.at(1), sse("after"));
}

void TestSseParser::tenMegabyteEventFedByteByByte()
{
    // One 10 MB line and one 10 MB event of 1000-byte lines, one byte per feed: with work
    // proportional to what is buffered this would take hours, not seconds.
    QByteArray line(10 * 1024 * 1024, 'y');
    line[line.size() / 2] = 'z';
    QByteArray multiLine;
    QByteArray multiLineData;
    for (int i = 0; i < 10 * 1024; ++i) {
        const QByteArray l = QByteArray::number(i).rightJustified(1000, '.');
        multiLine += "data: " + l + "\r\n";
        multiLineData += l + '\n';
    }
    multiLineData.chop(1);
    const QByteArray stream = "data: " + line + "\n\n" + multiLine + "\r\n";

    QElapsedTimer timer;
    timer.start();
    SseParser parser;
    QList<SseEvent> events;
    const auto append = [&events](SseEvent &&e) {
        events.append(std::move(e));
    };
    for (const char &c : stream)
        parser.feed(QByteArrayView(&c, 1), append);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).data == line);
    QVERIFY(events.at(1).data == multiLineData);
    QVERIFY(!parser.hasPendingData());
    QVERIFY2(elapsed < 60000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    qInfo("%lld bytes fed one at a time in %lld ms", qlonglong(stream.size()), elapsed);
}

void TestSseParser::manyTinyEvents()
{
    constexpr int Count = 100000;
    QByteArray stream;
    for (int i = 0; i < Count; ++i)
        stream += "data:" + QByteArray::number(i) + "\n\n";

    const auto check = [](const QList<SseEvent> &events) {
        if (events.size() != Count)
            return false;
        for (int i = 0; i < Count; ++i) {
            if (events.at(i).data != QByteArray::number(i) || !events.at(i).type.isEmpty())
                return false;
        }
        return true;
    };
    QVERIFY(check(parseWhole(stream).events));

    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += 7)
        events += parser.feed(QByteArrayView(stream).sliced(at, qMin(7, stream.size() - at)));
    QVERIFY(check(events));
    QVERIFY(!parser.hasPendingData());
}

void TestSseParser::randomSplitsOfGeneratedStream()
{
    // The generator writes known events in randomly varied but equivalent wire forms, so the
    // expected events do not come from the parser under test.
    QRandomGenerator rng(20240927);
    const auto pick = [&rng](auto &list) -> decltype(auto) {
        return list[rng.bounded(int(std::size(list)))];
    };
    // Value fragments as sent, and as they must come out. Ill-formed ones end in ASCII so the
    // next fragment cannot complete them.
    const std::pair<QByteArray, QByteArray> fragments[] = {
        {"{\"choices\":[{\"delta\":{\"content\":\"", "{\"choices\":[{\"delta\":{\"content\":\""},
        {"hello", "hello"},
        {" world ", " world "},
        {"a:b", "a:b"},
        {"\xC3\xA9", "\xC3\xA9"},
        {"\xE6\x97\xA5\xE6\x9C\xAC", "\xE6\x97\xA5\xE6\x9C\xAC"},
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
        {"\xC3(", "\xEF\xBF\xBD("},
        {"\xED\xA0\x80.", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD."},
        {"\x80\xBF!", "\xEF\xBF\xBD\xEF\xBF\xBD!"},
        {"\"}}]}", "\"}}]}"},
    };
    const QByteArray endings[] = {"\n", "\r\n", "\r"};
    const QByteArray types[] = {"", "", "", "response.output_text.delta", "error"};

    QByteArray stream;
    QList<SseEvent> expected;
    if (rng.bounded(2))
        stream += "\xEF\xBB\xBF";
    QByteArray id;
    while (stream.size() < 1024 * 1024) {
        // A lone CR followed by a lone LF would be one CRLF line end.
        const auto newline = [&] {
            const QByteArray &ending = pick(endings);
            stream += (stream.endsWith('\r') && ending == "\n") ? QByteArray("\r\n") : ending;
        };
        const auto maybeNoise = [&] {
            switch (rng.bounded(8)) {
            case 0:
                stream += ": keep-alive";
                newline();
                break;
            case 1:
                stream += "error: {\"code\":500}";
                newline();
                break;
            case 2:
                stream += ":";
                newline();
                break;
            default:
                break;
            }
        };
        maybeNoise();
        SseEvent e;
        e.type = pick(types);
        if (!e.type.isEmpty()) {
            stream += rng.bounded(2) ? "event: " : "event:";
            stream += e.type;
            newline();
            maybeNoise();
        }
        if (rng.bounded(6) == 0) {
            id = QByteArray::number(rng.generate());
            stream += "id: " + id;
            newline();
        }
        e.id = id;
        if (rng.bounded(10) == 0) {
            e.retryMs = int(rng.bounded(100000));
            stream += "retry:" + QByteArray::number(*e.retryMs);
            newline();
        }
        const int lines = rng.bounded(10) == 0 ? 1 + rng.bounded(4) : 1;
        for (int l = 0; l < lines; ++l) {
            QByteArray wire;
            QByteArray value;
            for (int f = rng.bounded(12); f > 0; --f) {
                const auto &[raw, decoded] = pick(fragments);
                wire += raw;
                value += decoded;
            }
            // "data:" + value would lose a leading space of the value.
            stream += (value.startsWith(' ') || rng.bounded(2)) ? "data: " : "data:";
            stream += wire;
            newline();
            maybeNoise();
            e.data += (l ? "\n" : "") + value;
        }
        newline();
        expected.append(e);
    }

    QCOMPARE(parseWhole(stream).events, expected);
    for (int round = 0; round < 20; ++round) {
        SseParser parser;
        QList<SseEvent> events;
        const int maxPiece = 1 << rng.bounded(1, 14);
        for (qsizetype at = 0; at < stream.size();) {
            const qsizetype piece = qMin(qsizetype(rng.bounded(maxPiece + 1)), stream.size() - at);
            events += parser.feed(QByteArrayView(stream).sliced(at, piece));
            at += piece;
        }
        QCOMPARE(events, expected);
        QVERIFY(!parser.hasPendingData());
    }
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
