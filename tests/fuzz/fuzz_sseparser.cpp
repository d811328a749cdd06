// The SSE parser is slicing-invariant: the same bytes fed whole, a byte at a time, and in pieces
// the fuzzer chooses (through every form of feed) give the same events and leave the same
// pending state. Its events are well-formed whatever the bytes.

#include "fuzzcheck.h"
#include "net/sseparser.h"

#include <cstring>
#include <memory>

using Parlance::Core::SseEvent;
using Parlance::Net::SseParser;

namespace {

struct Outcome
{
    QList<SseEvent> events;
    bool pending = false;
    QByteArray lastEventId;
    std::optional<int> reconnectionTimeMs;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome finish(const SseParser &parser, QList<SseEvent> events)
{
    return {std::move(events), parser.hasPendingData(), parser.lastEventId(),
            parser.reconnectionTimeMs()};
}

// Well-formed UTF-8 per RFC 3629 (no overlongs, surrogates or code points above U+10FFFF),
// written out here rather than asked of Qt, whose decoder drops a leading BOM.
bool isUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar lead = s[i];
        int more = 0;
        char32_t cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            cp = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            cp = lead & 0x07;
        } else {
            return false;
        }
        if (n - i <= more)
            return false;
        for (int k = 1; k <= more; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const char32_t minimum = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

void checkEvent(const SseEvent &event)
{
    FUZZ_CHECK(isUtf8(event.type));
    FUZZ_CHECK(isUtf8(event.data));
    FUZZ_CHECK(isUtf8(event.id));
    // Lines end at CR or LF; only the LFs that join data lines survive.
    FUZZ_CHECK(!event.type.contains('\r') && !event.type.contains('\n'));
    FUZZ_CHECK(!event.data.contains('\r'));
    FUZZ_CHECK(!event.id.contains('\r') && !event.id.contains('\n') && !event.id.contains('\0'));
    FUZZ_CHECK(!event.retryMs || *event.retryMs >= 0);
}

// A buffer holding `bytes` the way a caller's read buffer would, for the shared-buffer feed.
// The storage goes away as soon as the caller drops it, so ASan sees any pointer the parser
// or an event kept into it without a reference.
QByteArray bufferAround(QByteArrayView bytes, bool padded, qsizetype *offset)
{
    if (!padded) {
        *offset = 0;
        return bytes.toByteArray();
    }
    // Bytes around the piece that the parser must not read: a stray line end or field.
    QByteArray buffer("x\n:");
    *offset = buffer.size();
    buffer.append(bytes);
    buffer.append("\r\n\n");
    return buffer;
}

// Feeds each piece of `pieces` through the form of feed its plan bits pick.
Outcome feedPieces(const QList<FuzzCheck::Piece> &pieces)
{
    SseParser parser;
    QList<SseEvent> events;
    const auto collect = [&events](SseEvent &&event) {
        events.append(std::move(event));
    };
    for (const FuzzCheck::Piece &piece : pieces) {
        switch (piece.how) {
        case 0:
            events += parser.feed(piece.bytes);
            break;
        case 1:
            parser.feed(piece.bytes, collect);
            break;
        case 2:
        case 3: {
            qsizetype offset = 0;
            const QByteArray buffer = bufferAround(piece.bytes, piece.how == 3, &offset);
            parser.feed(buffer, QByteArrayView(buffer).sliced(offset, piece.bytes.size()), collect);
            break;
        }
        }
    }
    return finish(parser, std::move(events));
}

// The shared-buffer feed over raw data (which has no capacity of its own and may not be
// shared), each piece copied to storage freed right after the call.
Outcome feedRawPieces(const QList<FuzzCheck::Piece> &pieces)
{
    SseParser parser;
    QList<SseEvent> events;
    for (const FuzzCheck::Piece &piece : pieces) {
        const auto copy = std::make_unique<char[]>(size_t(piece.bytes.size()) + 1);
        std::memcpy(copy.get(), piece.bytes.data(), size_t(piece.bytes.size()));
        const QByteArray raw = QByteArray::fromRawData(copy.get(), piece.bytes.size());
        parser.feed(raw, raw, [&events](SseEvent &&event) { events.append(std::move(event)); });
    }
    return finish(parser, std::move(events));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const FuzzCheck::SlicedInput sliced = FuzzCheck::sliceInput(input);
    const QByteArrayView stream = sliced.stream;

    SseParser whole;
    const Outcome reference = finish(whole, whole.feed(stream));
    for (const SseEvent &event : reference.events)
        checkEvent(event);

    SseParser bytewise;
    QList<SseEvent> bytewiseEvents;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        bytewise.feed(stream.sliced(i, 1),
                      [&](SseEvent &&event) { bytewiseEvents.append(std::move(event)); });
    }
    FUZZ_CHECK(finish(bytewise, std::move(bytewiseEvents)) == reference);

    const QList<FuzzCheck::Piece> pieces = FuzzCheck::cut(stream, sliced.plan);
    FUZZ_CHECK(feedPieces(pieces) == reference);
    FUZZ_CHECK(feedRawPieces(pieces) == reference);

    // The whole stream as one shared buffer, as a read hands it over.
    SseParser shared;
    QList<SseEvent> sharedEvents;
    {
        const QByteArray buffer = stream.toByteArray();
        shared.feed(buffer, buffer,
                    [&](SseEvent &&event) { sharedEvents.append(std::move(event)); });
    }
    FUZZ_CHECK(finish(shared, std::move(sharedEvents)) == reference);

    // Nothing pending means a blank line has nothing left to dispatch.
    if (!reference.pending)
        FUZZ_CHECK(whole.feed("\n\n").isEmpty());

    // reset() forgets the stream: the same bytes read the same again.
    bytewise.reset();
    FUZZ_CHECK(finish(bytewise, bytewise.feed(stream)) == reference);
    return 0;
}
