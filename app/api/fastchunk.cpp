#include "api/fastchunk.h"

#include "core/utf8.h"

#include <QString>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Parlance::Api {

namespace {

using Core::ReplyDelta;

// The slow path's limit on choice indexes (see chatcompletions.cpp).
constexpr int MaxChoices = 128;
// A number the fast path reads (choice index, token count) is an integer this short, so the
// slow path's double and this qint64 hold the same value.
constexpr qsizetype MaxReadDigits = 15;
// A number it skips is this short, so QByteArray::toDouble cannot overflow or underflow on it.
constexpr qsizetype MaxSkippedNumberLength = 32;

// A JSON string of the payload, located and validated but not decoded: most never need to be.
struct Span
{
    const char *begin = nullptr; // after the opening quote
    const char *end = nullptr;   // at the closing quote
    bool ascii = true;
    bool escaped = false;

    qsizetype size() const { return end - begin; }
    // Null, absent and "" are all empty, as for the slow path's stringOf(); a non-empty span
    // never decodes to an empty string.
    bool isEmpty() const { return begin == end; }
    template<qsizetype N>
    bool is(const char (&text)[N]) const
    {
        return size() == N - 1 && !escaped && std::memcmp(begin, text, N - 1) == 0;
    }
};

struct Choice
{
    int index = 0;
    Span reasoning;
    Span reasoningContent;
    Span content;
    Span refusal;
    Span finishReason;
};

struct Details
{
    bool isObject = false;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> cachedTokens;
};

// Mirrors Core::Usage::fromJson over the fields read from the bytes.
struct UsageFields
{
    bool isObject = false;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> totalTokens;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens;
    Details completionDetails;
    Details outputDetails;
    Details promptDetails;
    Details inputDetails;

    Core::Usage toUsage() const
    {
        Core::Usage usage;
        usage.inputTokens = promptTokens ? promptTokens : inputTokens;
        usage.outputTokens = completionTokens ? completionTokens : outputTokens;
        usage.totalTokens = totalTokens;
        const Details &output = completionDetails.isObject ? completionDetails : outputDetails;
        usage.reasoningTokens = output.reasoningTokens ? output.reasoningTokens : reasoningTokens;
        const Details &input = promptDetails.isObject ? promptDetails : inputDetails;
        usage.cachedInputTokens = input.cachedTokens;
        return usage;
    }
};

struct Chunk
{
    Span id;
    Span model;
    bool hasChoices = false; // `choices` is an array
    QVarLengthArray<Choice, 4> choices;
    UsageFields usage;
};

// A value of a chunk that the next chunk of the stream may change while keeping every other
// byte: its text, an obfuscation string, Databricks' running token counts.
struct Hole
{
    enum class Kind { Text, Ignored, Count } kind;
    const char *begin; // the value's first byte (a string's opening quote)
    const char *end;   // after its last byte
    void *field;       // Kind::Text: the Span it was read into; Kind::Count: the count
};

// Where a parse notes its holes, in the order of the bytes (no Holes at all when nobody will
// reuse them).
using Holes = QVarLengthArray<Hole, 8>;

// Whether c ends the plain run of a string: a quote, a backslash, a control or a non-ASCII byte.
inline bool endsPlainRun(uchar c)
{
    return uchar(c - 0x20) >= 0x60 || c == '"' || c == '\\';
}

// The first byte from p on that ends the plain run of a string, or end.
inline const char *findRunEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(' ');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // A signed compare: bytes from 0x80 up are negative, so "below a space" takes them too.
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            _mm_cmplt_epi8(bytes, space));
        const uint mask = uint(_mm_movemask_epi8(hits));
        if (mask)
            return p + qCountTrailingZeroBits(mask);
        p += 16;
    }
#endif
    while (p < end && !endsPlainRun(uchar(*p)))
        ++p;
    return p;
}

inline int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A span holding escapes: JSON escapes and UTF-8 (both already validated) straight to UTF-16.
// \uXXXX gives its code unit as is, like QJsonDocument, so escaped surrogate pairs join and a
// lone surrogate stays lone.
QString decodeEscaped(const Span &span)
{
    QString text(span.size(), Qt::Uninitialized); // never more code units than bytes
    char16_t *const start = reinterpret_cast<char16_t *>(text.data());
    char16_t *d = start;
    const auto *p = reinterpret_cast<const uchar *>(span.begin);
    const auto *const end = reinterpret_cast<const uchar *>(span.end);
    while (p < end) {
        const uchar c = *p;
        if (c == '\\') {
            switch (p[1]) {
            case 'u':
                *d++ = char16_t((hexValue(p[2]) << 12) | (hexValue(p[3]) << 8)
                                | (hexValue(p[4]) << 4) | hexValue(p[5]));
                p += 6;
                continue;
            case 'b':
                *d++ = u'\b';
                break;
            case 'f':
                *d++ = u'\f';
                break;
            case 'n':
                *d++ = u'\n';
                break;
            case 'r':
                *d++ = u'\r';
                break;
            case 't':
                *d++ = u'\t';
                break;
            default: // " \ /
                *d++ = char16_t(p[1]);
                break;
            }
            p += 2;
        } else if (c < 0x80) {
            *d++ = c;
            ++p;
        } else {
            char32_t ch;
            if (c < 0xE0) {
                ch = (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
                p += 2;
            } else if (c < 0xF0) {
                ch = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
                p += 3;
            } else {
                ch = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12)
                     | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
                p += 4;
            }
            if (QChar::requiresSurrogates(ch)) {
                *d++ = QChar::highSurrogate(ch);
                *d++ = QChar::lowSurrogate(ch);
            } else {
                *d++ = char16_t(ch);
            }
        }
    }
    text.truncate(d - start);
    return text;
}

QString decode(const Span &span)
{
    if (span.escaped)
        return decodeEscaped(span);
    if (span.ascii)
        return QString::fromLatin1(span.begin, span.size());
    return QString::fromUtf8(span.begin, span.size());
}

// The readers below take the position of the first byte to read and return the position after
// what they read, or nullptr to decline. The position stays in a register that way: a chunk is
// a few hundred bytes, and per-token bookkeeping is most of the cost of reading it.

inline const char *skipSpace(const char *p, const char *end)
{
    // Streams are compact JSON: the first test settles the usual case.
    while (p != end && uchar(*p) <= ' ' && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

inline const char *readLiteral(const char *p, const char *end, const char *word, qsizetype size)
{
    if (end - p < size || std::memcmp(p, word, size_t(size)) != 0)
        return nullptr;
    return p + size;
}

inline const char *readNull(const char *p, const char *end)
{
    return readLiteral(p, end, "null", 4);
}

// p at a backslash. Only JSON's escapes: QJsonDocument also takes `\x` as `x`.
inline const char *skipEscape(const char *p, const char *end)
{
    if (end - p < 2)
        return nullptr;
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return p + 2;
    case 'u':
        if (end - p < 6)
            return nullptr;
        for (int i = 2; i < 6; ++i) {
            if (hexValue(uchar(p[i])) < 0)
                return nullptr;
        }
        return p + 6;
    default:
        return nullptr;
    }
}

// p at the opening quote.
inline const char *readString(const char *p, const char *end, Span &span)
{
    ++p;
    span.begin = p;
    span.ascii = true;
    span.escaped = false;
    for (;;) {
        p = findRunEnd(p, end);
        if (p == end)
            return nullptr;
        const auto c = uchar(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            span.escaped = true;
            p = skipEscape(p, end);
            if (!p)
                return nullptr;
        } else if (c < 0x20) {
            return nullptr; // QJsonDocument lets raw control characters through; JSON does not
        } else {
            const qsizetype length
                = Core::utf8SequenceLength(reinterpret_cast<const uchar *>(p), end - p);
            if (length == 0)
                return nullptr;
            span.ascii = false;
            p += length;
        }
    }
    span.end = p;
    return p + 1;
}

// JSON's number grammar without an exponent. With `value`, a non-negative integer of at most
// MaxReadDigits digits only: the slow path (Core::wireInteger) takes anything else for absent
// or out of range, so the fast path declines it.
inline const char *readNumber(const char *p, const char *end, std::optional<qint64> *value)
{
    const char *const start = p;
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    const char *const digits = p;
    if (p != end && *p == '0') {
        ++p;
    } else if (p != end && *p >= '1' && *p <= '9') {
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
    } else {
        return nullptr;
    }
    const char *const integerEnd = p;
    bool fraction = false;
    if (p != end && *p == '.') {
        ++p;
        if (p == end || *p < '0' || *p > '9')
            return nullptr;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        fraction = true;
    }
    if (p != end && (*p == 'e' || *p == 'E'))
        return nullptr;
    if (p - start > MaxSkippedNumberLength)
        return nullptr;
    if (!value)
        return p;
    if (negative || fraction || integerEnd - digits > MaxReadDigits)
        return nullptr;
    qint64 number = 0;
    for (const char *d = digits; d < integerEnd; ++d)
        number = number * 10 + (*d - '0');
    *value = number;
    return p;
}

// A value the slow path never reads; containers decline.
inline const char *skipScalar(const char *p, const char *end, Holes *holes)
{
    if (p == end)
        return nullptr;
    switch (*p) {
    case '"': {
        Span ignored;
        const char *after = readString(p, end, ignored);
        if (after && holes)
            holes->append({Hole::Kind::Ignored, p, after, nullptr});
        return after;
    }
    case 'n':
        return readNull(p, end);
    case 't':
        return readLiteral(p, end, "true", 4);
    case 'f':
        return readLiteral(p, end, "false", 5);
    default:
        return readNumber(p, end, nullptr);
    }
}

inline const char *readStringOrNull(const char *p, const char *end, Span &span)
{
    if (p != end && *p == '"')
        return readString(p, end, span);
    return readNull(p, end);
}

// A text of a delta: a hole when it is a string.
inline const char *readTextOrNull(const char *p, const char *end, Span &span, Holes *holes)
{
    if (p == end || *p != '"')
        return readNull(p, end);
    const char *after = readString(p, end, span);
    if (after && holes)
        holes->append({Hole::Kind::Text, p, after, &span});
    return after;
}

// A token count: a hole when it is a number.
inline const char *readCountOrNull(const char *p, const char *end, std::optional<qint64> &count,
                                   Holes *holes)
{
    if (p != end && *p == 'n')
        return readNull(p, end);
    const char *after = readNumber(p, end, &count);
    if (after && holes)
        holes->append({Hole::Kind::Count, p, after, &count});
    return after;
}

// Marks a key as read; false for a duplicate, which QJsonDocument resolves (the last wins).
inline bool once(unsigned &seen, unsigned bit)
{
    if (seen & bit)
        return false;
    seen |= bit;
    return true;
}

// `{ "key": value, ... }`, p at the `{`. member(key, p) reads the value at p (its first byte)
// and returns the position after it. Keys are plain ASCII: one with an escape, a control or a
// non-ASCII byte declines, so a key that reads as a known one is one.
template<typename Member>
inline const char *readObject(const char *p, const char *end, Member &&member)
{
    if (p == end || *p != '{')
        return nullptr;
    p = skipSpace(p + 1, end);
    if (p != end && *p == '}')
        return p + 1;
    for (;;) {
        if (p == end || *p != '"')
            return nullptr;
        Span key;
        key.begin = p + 1;
        key.end = findRunEnd(key.begin, end);
        if (key.end == end || *key.end != '"')
            return nullptr;
        p = skipSpace(key.end + 1, end);
        if (p == end || *p != ':')
            return nullptr;
        p = member(key, skipSpace(p + 1, end));
        if (!p)
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return nullptr;
        if (*p == '}')
            return p + 1;
        if (*p != ',')
            return nullptr;
        p = skipSpace(p + 1, end);
    }
}

inline const char *readDetails(const char *p, const char *end, Details &details, Holes *holes)
{
    enum : unsigned { Reasoning = 1, Cached = 2 };
    if (p != end && *p == 'n')
        return readNull(p, end);
    details.isObject = true;
    unsigned seen = 0;
    return readObject(p, end, [&](const Span &key, const char *p) -> const char * {
        if (key.is("reasoning_tokens"))
            return once(seen, Reasoning) ? readCountOrNull(p, end, details.reasoningTokens, holes)
                                         : nullptr;
        if (key.is("cached_tokens"))
            return once(seen, Cached) ? readCountOrNull(p, end, details.cachedTokens, holes)
                                      : nullptr;
        return skipScalar(p, end, holes); // audio_tokens, accepted_prediction_tokens, ...
    });
}

inline const char *readUsage(const char *p, const char *end, UsageFields &usage, Holes *holes)
{
    enum : unsigned {
        Prompt = 1,
        Completion = 2,
        Total = 4,
        Input = 8,
        Output = 16,
        Reasoning = 32,
        CompletionDetails = 64,
        OutputDetails = 128,
        PromptDetails = 256,
        InputDetails = 512,
    };
    if (p != end && *p == 'n')
        return readNull(p, end);
    usage.isObject = true;
    unsigned seen = 0;
    return readObject(p, end, [&](const Span &key, const char *p) -> const char * {
        const auto count = [&](unsigned bit, std::optional<qint64> &field) -> const char * {
            return once(seen, bit) ? readCountOrNull(p, end, field, holes) : nullptr;
        };
        const auto details = [&](unsigned bit, Details &field) -> const char * {
            return once(seen, bit) ? readDetails(p, end, field, holes) : nullptr;
        };
        if (key.is("prompt_tokens"))
            return count(Prompt, usage.promptTokens);
        if (key.is("completion_tokens"))
            return count(Completion, usage.completionTokens);
        if (key.is("total_tokens"))
            return count(Total, usage.totalTokens);
        if (key.is("input_tokens"))
            return count(Input, usage.inputTokens);
        if (key.is("output_tokens"))
            return count(Output, usage.outputTokens);
        if (key.is("reasoning_tokens"))
            return count(Reasoning, usage.reasoningTokens);
        if (key.is("completion_tokens_details"))
            return details(CompletionDetails, usage.completionDetails);
        if (key.is("output_tokens_details"))
            return details(OutputDetails, usage.outputDetails);
        if (key.is("prompt_tokens_details"))
            return details(PromptDetails, usage.promptDetails);
        if (key.is("input_tokens_details"))
            return details(InputDetails, usage.inputDetails);
        return skipScalar(p, end, holes);
    });
}

inline const char *readDelta(const char *p, const char *end, Choice &choice, Holes *holes)
{
    enum : unsigned { Content = 1, Refusal = 2, Reasoning = 4, ReasoningContent = 8, Tools = 16 };
    if (p != end && *p == 'n')
        return readNull(p, end);
    unsigned seen = 0;
    return readObject(p, end, [&](const Span &key, const char *p) -> const char * {
        const auto text = [&](unsigned bit, Span &field) -> const char * {
            return once(seen, bit) ? readTextOrNull(p, end, field, holes) : nullptr;
        };
        if (key.is("content"))
            return text(Content, choice.content);
        if (key.is("role"))
            return skipScalar(p, end, holes);
        if (key.is("refusal"))
            return text(Refusal, choice.refusal);
        if (key.is("reasoning"))
            return text(Reasoning, choice.reasoning);
        if (key.is("reasoning_content"))
            return text(ReasoningContent, choice.reasoningContent);
        if (key.is("tool_calls")) // fragments are the slow path's
            return once(seen, Tools) ? readNull(p, end) : nullptr;
        return skipScalar(p, end, holes); // function_call: null, and unknown scalars
    });
}

inline const char *readChoice(const char *p, const char *end, Choice &choice, int position,
                              Holes *holes)
{
    enum : unsigned { Index = 1, Delta = 2, Finish = 4 };
    choice.index = position; // without an index a choice is its position
    unsigned seen = 0;
    return readObject(p, end, [&](const Span &key, const char *p) -> const char * {
        if (key.is("index")) {
            std::optional<qint64> index;
            if (!once(seen, Index) || !(p = readCountOrNull(p, end, index, nullptr)))
                return nullptr;
            if (index) {
                if (*index >= MaxChoices)
                    return nullptr; // the slow path reports it
                choice.index = int(*index);
            }
            return p;
        }
        if (key.is("delta"))
            return once(seen, Delta) ? readDelta(p, end, choice, holes) : nullptr;
        if (key.is("finish_reason"))
            return once(seen, Finish) ? readStringOrNull(p, end, choice.finishReason) : nullptr;
        if (key.is("text"))
            return nullptr;               // a completions-style choice
        return skipScalar(p, end, holes); // logprobs: null, and unknown scalars
    });
}

inline const char *readChoices(const char *p, const char *end, Chunk &chunk, Holes *holes)
{
    if (p != end && *p == 'n')
        return readNull(p, end); // as if absent
    if (p == end || *p != '[')
        return nullptr;
    chunk.hasChoices = true;
    p = skipSpace(p + 1, end);
    if (p != end && *p == ']')
        return p + 1;
    for (;;) {
        if (chunk.choices.size() >= MaxChoices)
            return nullptr;
        const int position = int(chunk.choices.size());
        p = readChoice(p, end, chunk.choices.emplace_back(), position, holes);
        if (!p)
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return nullptr;
        if (*p == ']')
            return p + 1;
        if (*p != ',')
            return nullptr;
        p = skipSpace(p + 1, end);
    }
}

// Reads a whole chunk into `chunk` (fresh), noting its holes in `holes` unless null.
bool readChunk(QByteArrayView bytes, Chunk &chunk, Holes *holes)
{
    enum : unsigned { Id = 1, Model = 2, Object = 4, Choices = 8, Usage = 16 };
    const char *const end = bytes.data() + bytes.size();
    unsigned seen = 0;
    const char *p
        = readObject(bytes.data(), end, [&](const Span &key, const char *p) -> const char * {
              if (key.is("id"))
                  return once(seen, Id) ? readStringOrNull(p, end, chunk.id) : nullptr;
              if (key.is("object")) {
                  // {"object":"error",...} is an error the slow path reports.
                  Span object;
                  if (!once(seen, Object) || !(p = readStringOrNull(p, end, object)))
                      return nullptr;
                  return object.escaped || object.is("error") ? nullptr : p;
              }
              if (key.is("created"))
                  return skipScalar(p, end, holes);
              if (key.is("model"))
                  return once(seen, Model) ? readStringOrNull(p, end, chunk.model) : nullptr;
              if (key.is("choices"))
                  return once(seen, Choices) ? readChoices(p, end, chunk, holes) : nullptr;
              if (key.is("usage"))
                  return once(seen, Usage) ? readUsage(p, end, chunk.usage, holes) : nullptr;
              if (key.is("error") || key.is("type"))
                  return nullptr; // stream errors: the slow path's streamError() reads them
              // system_fingerprint, service_tier, obfuscation and unknown scalars
              return skipScalar(p, end, holes);
          });
    if (!p || skipSpace(p, end) != end)
        return false;
    // Only the include_usage chunk may go without choices; the slow path reports the others.
    return chunk.hasChoices || chunk.usage.isObject;
}

// As Core::appendFolded: a token that continues the last delta's text is appended to it, with
// no delta or string of its own.
void appendText(QList<ReplyDelta> &out, ReplyDelta::Kind kind, int choice, const Span &text)
{
    if (!out.isEmpty() && out.constLast().canAbsorb(kind, choice)) {
        QString &last = out.last().text;
        if (text.escaped)
            last += decodeEscaped(text);
        else if (text.ascii)
            last += QLatin1StringView(text.begin, text.size());
        else
            last += QString::fromUtf8(text.begin, text.size());
        return;
    }
    ReplyDelta &delta = out.emplaceBack();
    delta.kind = kind;
    delta.choice = choice;
    delta.text = decode(text);
}

// The same deltas in the same order as the slow path: info, then per choice its reasoning
// (`reasoning` first, `reasoning_content` only in its absence), text, refusal and finish
// reason, then usage.
void appendDeltas(const Chunk &chunk, bool &infoPending, QList<ReplyDelta> &out)
{
    if (infoPending && !(chunk.id.isEmpty() && chunk.model.isEmpty())) {
        ReplyDelta &info = out.emplaceBack();
        info.kind = ReplyDelta::Kind::Info;
        info.responseId = decode(chunk.id);
        info.model = decode(chunk.model);
        infoPending = false;
    }
    for (const Choice &choice : chunk.choices) {
        const Span &reasoning
            = choice.reasoning.isEmpty() ? choice.reasoningContent : choice.reasoning;
        if (!reasoning.isEmpty())
            appendText(out, ReplyDelta::Kind::Reasoning, choice.index, reasoning);
        if (!choice.content.isEmpty())
            appendText(out, ReplyDelta::Kind::Text, choice.index, choice.content);
        if (!choice.refusal.isEmpty())
            appendText(out, ReplyDelta::Kind::Refusal, choice.index, choice.refusal);
        if (!choice.finishReason.isEmpty())
            appendText(out, ReplyDelta::Kind::Finish, choice.index, choice.finishReason);
    }
    if (chunk.usage.isObject) {
        const Core::Usage usage = chunk.usage.toUsage();
        if (!usage.isEmpty()) {
            ReplyDelta &delta = out.emplaceBack();
            delta.kind = ReplyDelta::Kind::Usage;
            delta.usage = usage;
        }
    }
}

} // namespace

FastChunkResult decodeFastChunk(QByteArrayView payload, bool &infoPending,
                                QList<Core::ReplyDelta> &out)
{
    Chunk chunk;
    if (!readChunk(payload, chunk, nullptr))
        return FastChunkResult::Declined;
    appendDeltas(chunk, infoPending, out);
    return FastChunkResult::Decoded;
}

// The last chunk read in full, kept with its bytes, the values it read and its holes.
struct FastChunkReader::Shape
{
    QByteArray bytes;       // owns what the spans of `chunk` point into
    QByteArrayView payload; // the chunk within `bytes`
    Chunk chunk;
    Holes holes;

    // Reads `next` as this chunk with other values in the holes: every byte between the holes
    // must be the same. Then `chunk` holds what `next` says. On false `chunk` is spoilt.
    bool match(QByteArrayView next)
    {
        const char *old = payload.data();
        const char *p = next.data();
        const char *const end = next.data() + next.size();
        for (const Hole &hole : holes) {
            const qsizetype same = hole.begin - old;
            if (end - p < same || std::memcmp(p, old, size_t(same)) != 0)
                return false;
            p += same;
            old = hole.end;
            switch (hole.kind) {
            case Hole::Kind::Text:
                if (p == end || *p != '"')
                    return false;
                p = readString(p, end, *static_cast<Span *>(hole.field));
                break;
            case Hole::Kind::Ignored: {
                // Usually the same string (a system_fingerprint): the same bytes read the same.
                const qsizetype size = hole.end - hole.begin;
                if (end - p >= size && std::memcmp(p, hole.begin, size_t(size)) == 0) {
                    p += size;
                    break;
                }
                if (p == end || *p != '"')
                    return false;
                Span ignored;
                p = readString(p, end, ignored);
                break;
            }
            case Hole::Kind::Count:
                p = readNumber(p, end, static_cast<std::optional<qint64> *>(hole.field));
                break;
            }
            if (!p)
                return false;
        }
        const qsizetype rest = payload.data() + payload.size() - old;
        return end - p == rest && std::memcmp(p, old, size_t(rest)) == 0;
    }
};

FastChunkReader::FastChunkReader() = default;
FastChunkReader::~FastChunkReader() = default;

FastChunkResult FastChunkReader::decode(const QByteArray &data, QByteArrayView payload,
                                        bool &infoPending, QList<Core::ReplyDelta> &out)
{
    Q_ASSERT(payload.data() >= data.constData()
             && payload.data() + payload.size() <= data.constData() + data.size());
    m_reusedShape = m_shapeValid && m_shape->match(payload);
    if (m_reusedShape) {
        appendDeltas(m_shape->chunk, infoPending, out);
        return FastChunkResult::Decoded;
    }
    m_shapeValid = false;

    if (!m_shape)
        m_shape = std::make_unique<Shape>();
    Shape &shape = *m_shape;
    shape.chunk = Chunk{};
    shape.holes.clear();
    if (!readChunk(payload, shape.chunk, &shape.holes))
        return FastChunkResult::Declined;
    appendDeltas(shape.chunk, infoPending, out);

    // Keep the shape when its bytes can be shared (raw data, with no capacity of its own, may
    // not outlive this call) and its holes point into `chunk` for good (more choices than fit
    // inline would have moved).
    if (data.capacity() > 0 && shape.chunk.choices.size() <= 4) {
        shape.bytes = data;
        shape.payload = payload;
        m_shapeValid = true;
    } else {
        shape.bytes.clear();
    }
    return FastChunkResult::Decoded;
}

} // namespace Parlance::Api
