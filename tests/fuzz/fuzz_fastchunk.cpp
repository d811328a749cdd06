// The fast chunk path (api/fastchunk.h) stands in for the QJsonDocument path: whenever it
// accepts a payload, its deltas are the JSON path's. The input is read both as one payload and
// as an SSE stream whose events go through a fast and a JSON-only decoder side by side.

#include "api/chatcompletions.h"
#include "api/fastchunk.h"
#include "core/reply.h"
#include "fuzzcheck.h"
#include "net/sseparser.h"

using namespace Parlance;
using Core::ReplyDelta;
using Core::SseEvent;
using Decoder = Api::ChatCompletionsStreamDecoder;

namespace {

SseEvent dataEvent(const QByteArray &data)
{
    SseEvent event;
    event.data = data;
    return event;
}

// What the JSON path yields for one payload, for a decoder that has or has not reported
// id/model yet.
QList<ReplyDelta> jsonDeltas(const QByteArray &payload, bool infoPending)
{
    Decoder json(Decoder::Path::JsonOnly);
    if (!infoPending)
        json.decode(dataEvent(QByteArrayLiteral(R"({"id":"primer","choices":[]})")));
    return json.decode(dataEvent(payload));
}

void checkPayload(const QByteArray &payload)
{
    const QByteArrayView trimmed = QByteArrayView(payload).trimmed();
    if (trimmed.isEmpty() || trimmed == "[DONE]")
        return; // the decoder never asks the fast path about these
    for (const bool infoPending : {true, false}) {
        bool pending = infoPending;
        QList<ReplyDelta> fast;
        if (Api::decodeFastChunk(trimmed, pending, fast) == Api::FastChunkResult::Declined) {
            FUZZ_CHECK(fast.isEmpty());
            FUZZ_CHECK(pending == infoPending);
            continue;
        }
        FUZZ_CHECK(fast == jsonDeltas(payload, infoPending));
        bool infoAdded = false;
        for (const ReplyDelta &d : fast)
            infoAdded |= d.kind == ReplyDelta::Kind::Info;
        FUZZ_CHECK(pending == (infoPending && !infoAdded));
    }
}

// The reader that reuses the last chunk's shape says what decodeFastChunk says, chunk by chunk.
void checkReader(const QList<SseEvent> &events)
{
    Api::FastChunkReader reader;
    bool readerPending = true;
    bool plainPending = true;
    for (const SseEvent &event : events) {
        const QByteArrayView trimmed = QByteArrayView(event.data).trimmed();
        if (trimmed.isEmpty())
            continue;
        QList<ReplyDelta> byReader;
        QList<ReplyDelta> plain;
        const Api::FastChunkResult a = reader.decode(event.data, trimmed, readerPending, byReader);
        const Api::FastChunkResult b = Api::decodeFastChunk(trimmed, plainPending, plain);
        FUZZ_CHECK(a == b);
        FUZZ_CHECK(byReader == plain);
        FUZZ_CHECK(readerPending == plainPending);
    }
}

void checkDeltas(const QList<ReplyDelta> &deltas)
{
    for (const ReplyDelta &d : deltas) {
        FUZZ_CHECK(d.choice >= 0 && d.choice < 128);
        if (d.kind == ReplyDelta::Kind::Error)
            FUZZ_CHECK(!d.error.message.isEmpty());
    }
}

// Both decoders give the same deltas event by event, folded into one list, and agree on the end
// of the stream; the folded list assembles the same reply as the deltas one event at a time.
void checkStream(const QList<SseEvent> &events)
{
    Decoder fast;
    Decoder json(Decoder::Path::JsonOnly);
    Core::Reply perEvent;
    for (const SseEvent &event : events) {
        const QList<ReplyDelta> deltas = fast.decode(event);
        FUZZ_CHECK(deltas == json.decode(event));
        checkDeltas(deltas);
        perEvent.applyAll(deltas);
    }
    FUZZ_CHECK(fast.isFinished() == json.isFinished());

    Decoder foldingFast;
    Decoder foldingJson(Decoder::Path::JsonOnly);
    QList<ReplyDelta> foldedFast;
    QList<ReplyDelta> foldedJson;
    for (const SseEvent &event : events) {
        foldingFast.decode(event, foldedFast);
        foldingJson.decode(event, foldedJson);
    }
    FUZZ_CHECK(foldedFast == foldedJson);
    for (qsizetype i = 1; i < foldedFast.size(); ++i)
        FUZZ_CHECK(!foldedFast.at(i - 1).canAbsorb(foldedFast.at(i).kind, foldedFast.at(i).choice));
    Core::Reply folded;
    folded.applyAll(foldedFast);
    FUZZ_CHECK(folded == perEvent);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A payload as the SSE parser hands it over: its own storage.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPayload(input);

    QList<SseEvent> events;
    Net::SseParser parser;
    parser.feed(input, input, [&events](SseEvent &&event) { events.append(std::move(event)); });
    parser.feed("\n\n", [&events](SseEvent &&event) { events.append(std::move(event)); });
    for (const SseEvent &event : std::as_const(events))
        checkPayload(event.data);
    checkReader(events);
    checkStream(events);
    return 0;
}
