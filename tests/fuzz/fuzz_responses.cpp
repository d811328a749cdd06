// The Responses stream decoder (api/responses.h) on any stream: no crash, leak or undefined
// behaviour, deltas a Reply can hold, and the same deltas whether the event types come on
// `event:` lines or only inside the payloads. The whole input is also read as one event and
// as a non-streamed body.

#include "api/responses.h"
#include "core/reply.h"
#include "fuzzcheck.h"
#include "net/sseparser.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Parlance;
using Core::ReplyDelta;
using Core::SseEvent;

namespace {

void checkDeltas(const QList<ReplyDelta> &deltas)
{
    for (const ReplyDelta &d : deltas) {
        FUZZ_CHECK(d.choice == 0); // Responses output is always choice 0
        FUZZ_CHECK(d.toolIndex >= 0);
        if (d.kind == ReplyDelta::Kind::Error)
            FUZZ_CHECK(!d.error.message.isEmpty());
    }
}

// `event` with its `event:` line swapped for the type its payload names, or left alone when the
// two disagree (then the line wins, and there is nothing to compare).
SseEvent withPayloadType(const SseEvent &event)
{
    const QJsonDocument document = QJsonDocument::fromJson(event.data.trimmed());
    const QString payloadType = document.object().value(QLatin1StringView("type")).toString();
    if (payloadType.isEmpty())
        return event;
    const QByteArray type = payloadType.toUtf8();
    if (QString::fromUtf8(type) != payloadType)
        return event; // a lone surrogate has no UTF-8 an `event:` line could carry
    if (!event.type.isEmpty() && event.type != "message" && event.type != type)
        return event;
    SseEvent other = event;
    other.type = event.type.isEmpty() || event.type == "message" ? type : QByteArray();
    return other;
}

void checkStream(const QList<SseEvent> &events)
{
    Api::ResponsesStreamDecoder decoder;
    Api::ResponsesStreamDecoder swapped;
    Core::Reply reply;
    for (const SseEvent &event : events) {
        const QList<ReplyDelta> deltas = decoder.decode(event);
        checkDeltas(deltas);
        FUZZ_CHECK(swapped.decode(withPayloadType(event)) == deltas);
        reply.applyAll(deltas);
    }
    FUZZ_CHECK(decoder.isFinished() == swapped.isFinished());
    FUZZ_CHECK(reply.choices.size() <= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QList<SseEvent> events;
    Net::SseParser parser;
    parser.feed(input, input, [&events](SseEvent &&event) { events.append(std::move(event)); });
    parser.feed("\n\n", [&events](SseEvent &&event) { events.append(std::move(event)); });
    checkStream(events);

    // A JSON fixture (one event's payload, or a whole response) as the data of one event.
    SseEvent whole;
    whole.data = input;
    checkStream({whole});

    const QList<ReplyDelta> body = Api::parseResponsesBody(input);
    checkDeltas(body);
    Core::Reply reply;
    reply.applyAll(body);
    return 0;
}
