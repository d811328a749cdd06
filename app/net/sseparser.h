#pragma once

#include "core/sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <concepts>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace Parlance::Net {

// Incremental text/event-stream decoder (WHATWG "event stream interpretation"). Bytes may
// arrive split anywhere, including inside a CRLF, the leading BOM or a multi-byte UTF-8 sequence;
// the events are the same however the stream is sliced.
//
// Decisions beyond WHATWG, chosen to match openai-python's SSEDecoder:
// - A block with an `event:` field but no `data:` line is dispatched with empty data (WHATWG
//   drops it). A block with neither is not dispatched, so keep-alive comments, `id:`/`retry:`
//   only blocks and llama.cpp's legacy `error:` field (unknown, ignored) produce no event.
// - SseEvent::retryMs is the `retry:` value of the dispatched block only; the stream-wide
//   reconnection time (WHATWG applies it at once, even in blocks that are never dispatched) is
//   reconnectionTimeMs(). A `retry:` value that does not fit an int is ignored.
// Invalid UTF-8 in field values becomes U+FFFD, one per maximal ill-formed subpart (the WHATWG
// decoder's rule, same as Python's "replace").
class SseParser
{
public:
    // Feeds any slice of the byte stream; returns the events completed by it, in order.
    QList<Core::SseEvent> feed(QByteArrayView bytes);

    // Same, but hands each event to onEvent(Core::SseEvent &&) as soon as it is complete, with
    // no list allocation per call (the streaming hot path). onEvent must not call back into
    // this parser (it runs while a buffered line is being read).
    template<typename F>
    requires std::invocable<F &, Core::SseEvent &&>
    void feed(QByteArrayView bytes, F &&onEvent)
    {
        feed(QByteArray(), bytes, std::forward<F>(onEvent));
    }

    // Same, for bytes that lie within `buffer`: an event whose data is one line of them, valid
    // UTF-8, gets data that shares `buffer` instead of a copy (the data then has no terminating
    // NUL of its own). The parser keeps no reference to `buffer` once this returns.
    template<typename F>
    requires std::invocable<F &, Core::SseEvent &&>
    void feed(const QByteArray &buffer, QByteArrayView bytes, F &&onEvent)
    {
        using Fn = std::remove_reference_t<F>;
        Fn *fn = std::addressof(onEvent);
        feedImpl(
            buffer, bytes,
            [](void *context, Core::SseEvent &&event) {
                (*static_cast<Fn *>(context))(std::move(event));
            },
            const_cast<void *>(static_cast<const void *>(fn)));
    }

    // True when part of an event that was not dispatched yet is buffered: a `data:` or `event:`
    // field of an unfinished block, or an unterminated non-comment line. When the stream ends
    // with this true, it was cut mid-event.
    bool hasPendingData() const;
    // Bytes held for the event being read: its lines and fields so far. A stream that grows
    // this without end is a server that never finishes an event.
    qsizetype pendingBytes() const { return m_line.size() + m_data.size() + m_type.size(); }

    // While onEvent runs: where the event lies in the bytes fed since the parser was made or
    // reset, from the end of the block before it to the end of the blank line that ended it.
    // Those bytes alone, fed to a new parser, give the same event but for its id, which carries
    // over from earlier blocks: a record can keep these offsets instead of a copy.
    qint64 eventStart() const { return m_eventStart; }
    qint64 eventEnd() const { return m_eventEnd; }

    // The id sent as Last-Event-ID on reconnection: the last event ID buffer as of the last
    // blank line (an `id:` in a block that never ended is not applied).
    QByteArray lastEventId() const { return m_lastEventId; }

    // The last valid `retry:` value seen anywhere in the stream.
    std::optional<int> reconnectionTimeMs() const { return m_reconnectionTimeMs; }

    // Forgets everything, including the last event id: the next byte starts a new stream (and a
    // leading BOM is stripped again).
    void reset();

private:
    using Sink = void (*)(void *context, Core::SseEvent &&event);

    void feedImpl(const QByteArray &buffer, QByteArrayView bytes, Sink sink, void *context);
    void processLine(QByteArrayView line, Sink sink, void *context);
    void processField(QByteArrayView name, QByteArrayView value);
    void dispatch(Sink sink, void *context);

    const QByteArray *m_buffer = nullptr; // what the bytes being fed lie in, when known
    QByteArray m_line;                    // the unterminated line carried over from earlier feeds
    QByteArray m_data;          // data buffer of the current block, lines joined with '\n'
    QByteArray m_type;          // event type buffer of the current block
    QByteArray m_id;            // last event ID buffer; persists across blocks
    QByteArray m_lastEventId;   // m_id as of the last blank line
    std::optional<int> m_retry; // `retry:` of the current block
    std::optional<int> m_reconnectionTimeMs;
    qint64 m_position = 0;   // bytes fed so far
    qint64 m_lineEnd = 0;    // where the line being processed ends, its terminator included
    qint64 m_blockStart = 0; // where the block being read started
    qint64 m_eventStart = 0;
    qint64 m_eventEnd = 0;
    int m_bomMatched = 0;      // bytes of a leading BOM seen so far
    bool m_bomDecided = false; // past the point where a BOM could still start the stream
    bool m_hasData = false;    // the current block had a data line (its data may be empty)
    bool m_afterCr = false;    // the last byte fed was a CR, so a leading LF is its CRLF tail
};

} // namespace Parlance::Net
