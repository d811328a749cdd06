#include "net/sseparser.h"

#include "core/utf8.h"

#include <QScopeGuard>

#include <algorithm>
#include <climits>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Parlance::Net {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomSize = 3;
constexpr qsizetype MaxRetainedLineCapacity = 1 << 20;

// Index of the first byte of src that does not start a well-formed sequence, or src.size().
qsizetype validPrefixLength(QByteArrayView src, qsizetype from = 0)
{
    const auto *s = reinterpret_cast<const uchar *>(src.data());
    const qsizetype n = src.size();
    qsizetype i = from;
    while (i < n) {
        // JSON payloads are almost all ASCII: test sixteen or eight bytes at a time.
#if defined(__SSE2__)
        while (i + 16 <= n
               && _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i))) == 0)
            i += 16;
#endif
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        while (i < n && s[i] < 0x80)
            ++i;
        if (i >= n)
            break;
        qsizetype bad = 0;
        const qsizetype length = Core::utf8SequenceLength(s + i, n - i, &bad);
        if (length == 0)
            return i;
        i += length;
    }
    return n;
}

// Appends src to dst as well-formed UTF-8.
void appendUtf8(QByteArray &dst, QByteArrayView src)
{
    qsizetype valid = validPrefixLength(src);
    if (valid == src.size()) {
        if (dst.isNull() && !src.isEmpty())
            dst = src.toByteArray(); // the usual one-line payload: one exact allocation
        else
            dst.append(src);
        return;
    }
    const auto *s = reinterpret_cast<const uchar *>(src.data());
    qsizetype start = 0;
    while (start < src.size()) {
        dst.append(src.sliced(start, valid - start));
        if (valid == src.size())
            break;
        qsizetype bad = 1;
        Core::utf8SequenceLength(s + valid, src.size() - valid, &bad);
        dst.append("\xEF\xBF\xBD", 3);
        start = valid + bad;
        valid = validPrefixLength(src, start);
    }
}

// `part` of `buffer` as a QByteArray that shares the buffer's storage: no allocation, no copy.
QByteArray sharedSlice(const QByteArray &buffer, QByteArrayView part)
{
    QByteArray slice = buffer; // a reference to the same storage
    slice.data_ptr().ptr = const_cast<char *>(part.data());
    slice.data_ptr().size = part.size();
    return slice;
}

// Whether `part` lies within storage of `buffer`'s own (not raw data), which it can then share.
bool canShare(const QByteArray *buffer, QByteArrayView part)
{
    return buffer && buffer->capacity() > 0 && !part.isEmpty() && part.data() >= buffer->constData()
           && part.data() + part.size() <= buffer->constData() + buffer->size();
}

QByteArray toUtf8(QByteArrayView src)
{
    QByteArray out;
    appendUtf8(out, src);
    return out;
}

struct EventListSink
{
    static void append(void *context, Core::SseEvent &&event)
    {
        static_cast<QList<Core::SseEvent> *>(context)->append(std::move(event));
    }
};

} // namespace

QList<Core::SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<Core::SseEvent> events;
    feedImpl(QByteArray(), bytes, &EventListSink::append, &events);
    return events;
}

bool SseParser::hasPendingData() const
{
    return m_hasData || !m_type.isEmpty() || (!m_line.isEmpty() && m_line.front() != ':');
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::feedImpl(const QByteArray &buffer, QByteArrayView bytes, Sink sink, void *context)
{
    if (bytes.isEmpty())
        return;
    const qint64 base = m_position; // where `bytes` start in the stream
    m_position += bytes.size();
    m_buffer = &buffer;
    // Data of a block that is still open may share the buffer: it gets its own copy before
    // this returns, as the caller is free to reuse the buffer.
    const auto release = qScopeGuard([this] {
        m_buffer = nullptr;
        if (m_hasData && !m_data.isEmpty())
            m_data.detach();
    });
    const char *p = bytes.data();
    const char *const end = p + bytes.size();

    if (!m_bomDecided) {
        while (m_bomMatched < BomSize && p < end && *p == Bom[m_bomMatched]) {
            ++m_bomMatched;
            ++p;
        }
        if (m_bomMatched == BomSize) {
            m_bomDecided = true;
        } else if (p < end) {
            // Not a BOM after all: the bytes held back are the start of the first line.
            m_line.append(Bom, m_bomMatched);
            m_bomDecided = true;
        } else {
            return;
        }
    }

    if (m_afterCr && p < end) {
        if (*p == '\n')
            ++p;
        m_afterCr = false;
    }
    if (p == end)
        return;

    // Offsets of the next CR and the next LF at or after p, each searched for once per
    // occurrence, so a feed costs time proportional to its own size whatever the line endings.
    const auto findFrom = [end](const char *from, char c) {
        const void *hit = std::memchr(from, c, size_t(end - from));
        return hit ? static_cast<const char *>(hit) : end;
    };
    const char *nextCr = findFrom(p, '\r');
    const char *nextLf = findFrom(p, '\n');
    while (p < end) {
        if (nextCr < p)
            nextCr = findFrom(p, '\r');
        if (nextLf < p)
            nextLf = findFrom(p, '\n');
        const char *eol = std::min(nextCr, nextLf);
        if (eol == end) {
            m_line.append(p, end - p);
            break;
        }
        // Where the line ends in the stream, its terminator included (the LF of a CRLF split
        // over two feeds is left to the next line).
        const char *next = eol + 1;
        if (*eol == '\r' && next < end && *next == '\n')
            ++next;
        m_lineEnd = base + (next - bytes.data());
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol), sink, context);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, sink, context);
            // Keep an ordinary line's capacity for the next one; give a huge one back.
            if (m_line.capacity() > MaxRetainedLineCapacity)
                m_line = QByteArray();
            else
                m_line.resize(0);
        }
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_afterCr = true;
            else if (eol[1] == '\n')
                ++eol;
        }
        p = eol + 1;
    }
}

void SseParser::processLine(QByteArrayView line, Sink sink, void *context)
{
    if (line.isEmpty()) {
        dispatch(sink, context);
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. a keep-alive ": ping"
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        processField(line, {});
        return;
    }
    QByteArrayView value = line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    processField(line.first(colon), value);
}

void SseParser::processField(QByteArrayView name, QByteArrayView value)
{
    if (name == QByteArrayView("data")) {
        if (!m_hasData && canShare(m_buffer, value) && validPrefixLength(value) == value.size()) {
            m_data = sharedSlice(*m_buffer, value); // the usual one-line payload
        } else {
            if (m_hasData)
                m_data.append('\n'); // a shared first line is copied here
            appendUtf8(m_data, value);
        }
        m_hasData = true;
    } else if (name == QByteArrayView("event")) {
        m_type = toUtf8(value);
    } else if (name == QByteArrayView("id")) {
        if (!value.contains('\0'))
            m_id = toUtf8(value);
    } else if (name == QByteArrayView("retry")) {
        if (value.isEmpty())
            return;
        qint64 ms = 0;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return;
            ms = ms * 10 + (c - '0');
            if (ms > INT_MAX)
                return;
        }
        m_retry = int(ms);
        m_reconnectionTimeMs = int(ms);
    }
}

void SseParser::dispatch(Sink sink, void *context)
{
    m_lastEventId = m_id;
    m_eventStart = std::exchange(m_blockStart, m_lineEnd);
    m_eventEnd = m_lineEnd;
    if (m_hasData || !m_type.isEmpty()) {
        sink(context, Core::SseEvent{.type = std::exchange(m_type, {}),
                                     .data = std::exchange(m_data, {}),
                                     .id = m_id,
                                     .retryMs = m_retry});
    }
    m_type.clear();
    m_data.clear();
    m_hasData = false;
    m_retry.reset();
}

} // namespace Parlance::Net
