#pragma once

#include "core/replydelta.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

namespace Parlance::Api {

enum class FastChunkResult {
    Declined, // not a shape the fast path knows: `out` is untouched, decode it with QJsonDocument
    Decoded,  // `out` got exactly the deltas the QJsonDocument path would have produced
};

// The fast path of ChatCompletionsStreamDecoder: a `chat.completion.chunk` read straight from its
// bytes, without building a DOM, because a stream sends one per token.
//
// It knows the top-level id, object, created, model, system_fingerprint, service_tier,
// obfuscation, usage (null, or integer counts with *_details objects) and choices[] of
// {index, delta {role, content, refusal, reasoning, reasoning_content, tool_calls: null},
// finish_reason, logprobs: null}; other top-level, choice, delta and usage keys may hold scalars,
// which are skipped. Anything else declines, so every error and every unusual shape stays with
// the slow path: typed-part content, tool calls, error keys, non-scalar unknown values,
// duplicate keys, keys with escapes or non-ASCII bytes, a number or string where the other is
// read, malformed JSON, invalid UTF-8, raw control characters and JSON escapes QJsonDocument
// reads leniently, more than 128 choices, and number forms QJsonDocument might read differently
// (exponents, fractions where a count or index is read, more than 15 digits there).
//
// `payload` is the event data with surrounding whitespace trimmed. `infoPending` says the
// decoder still owes the reply its id/model: the first chunk carrying either appends the Info
// delta and clears it.
FastChunkResult decodeFastChunk(QByteArrayView payload, bool &infoPending,
                                QList<Core::ReplyDelta> &out);

// decodeFastChunk for the chunks of one stream, remembering the shape of the last one it read.
// A stream repeats the same bytes around each token: when a chunk equals the last one except
// in its "holes" (the delta's text, strings nobody reads such as `obfuscation`, Databricks'
// running token counts), only the holes are read again, by the same rules. Every other byte
// being equal, the JSON parses the same way, so the deltas are the same as decodeFastChunk's.
class FastChunkReader
{
public:
    FastChunkReader();
    ~FastChunkReader();
    Q_DISABLE_COPY_MOVE(FastChunkReader)

    // `payload` is the trimmed chunk within `data`, which the reader may keep a reference to.
    FastChunkResult decode(const QByteArray &data, QByteArrayView payload, bool &infoPending,
                           QList<Core::ReplyDelta> &out);

    // The last decode() read only the holes of the remembered shape (for tests).
    bool reusedShape() const { return m_reusedShape; }

private:
    struct Shape;
    std::unique_ptr<Shape> m_shape;
    bool m_shapeValid = false;
    bool m_reusedShape = false;
};

} // namespace Parlance::Api
