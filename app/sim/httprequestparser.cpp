#include "sim/httprequestparser.h"

#include <algorithm>

namespace Parlance::Sim {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::Status HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_failureStatus = status;
    m_failureMessage = message;
    return Status::Failed;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!m_wantsContinue || m_continueAnswered)
        return false;
    m_continueAnswered = true;
    return true;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const QList<QByteArray> parts = requestLine.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()
        || !parts[2].startsWith("HTTP/1.")) {
        fail(400, QByteArrayLiteral("Malformed HTTP request line."));
        return false;
    }
    m_pending = Request();
    m_pending.method = parts[0];
    m_pending.version = parts[2];
    QByteArray target = parts[1];
    // Absolute form (what a client sends to a proxy): keep only the path and query.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        fail(400, QByteArrayLiteral("The request target must be an absolute path."));
        return false;
    }
    m_pending.target = target;
    const qsizetype question = target.indexOf('?');
    m_pending.path = question < 0 ? target : target.left(question);

    qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 2;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, QByteArrayLiteral("Folded header lines are not accepted."));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, QByteArrayLiteral("Malformed header line."));
            return false;
        }
        if (m_pending.headers.size() == MaxHeaderCount) {
            fail(431, QByteArrayLiteral("The request has too many header fields."));
            return false;
        }
        m_pending.headers.append({line.first(colon).toByteArray().toLower(),
                                  line.sliced(colon + 1).toByteArray().trimmed()});
    }

    if (m_pending.hasHeader("transfer-encoding")) {
        fail(411, QByteArrayLiteral("Send the request body with a Content-Length header; "
                                    "chunked request bodies are not supported."));
        return false;
    }
    m_contentLength = 0;
    QByteArray lengthValue;
    for (const auto &h : std::as_const(m_pending.headers)) {
        if (h.first != "content-length")
            continue;
        if (!lengthValue.isNull() && h.second != lengthValue) {
            fail(400, QByteArrayLiteral("Conflicting Content-Length headers."));
            return false;
        }
        lengthValue = h.second;
    }
    if (!lengthValue.isNull()) {
        // 1*DIGIT (RFC 9110 section 8.6). A length too long for qint64 is a valid one, just
        // too large; either way nothing is allocated for it.
        if (lengthValue.isEmpty()
            || !std::all_of(lengthValue.cbegin(), lengthValue.cend(),
                            [](char c) { return c >= '0' && c <= '9'; })) {
            fail(400, QByteArrayLiteral("Invalid Content-Length header."));
            return false;
        }
        bool ok = false;
        m_contentLength = lengthValue.toLongLong(&ok);
        if (!ok || m_contentLength > MaxBodyBytes) {
            m_contentLength = 0;
            fail(413, QByteArrayLiteral("The request body is too large."));
            return false;
        }
    }
    m_wantsContinue = m_pending.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    m_continueAnswered = false;
    return true;
}

HttpRequestParser::Status HttpRequestParser::next(Request *request)
{
    if (m_failureStatus != 0)
        return Status::Failed;
    if (!m_haveHead) {
        // Tolerate blank lines between pipelined requests (RFC 9112 section 2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            // A head of MaxHeaderBytes may still lack three bytes of its "\r\n\r\n": only a
            // longer buffer is over the limit however the rest arrives.
            if (m_buffer.size() > MaxHeaderBytes + 3)
                return fail(431, QByteArrayLiteral("The request headers are too large."));
            return Status::NeedMore;
        }
        if (headEnd > MaxHeaderBytes)
            return fail(431, QByteArrayLiteral("The request headers are too large."));
        if (!parseHead(QByteArrayView(m_buffer).first(headEnd)))
            return Status::Failed;
        m_buffer.remove(0, headEnd + 4);
        m_haveHead = true;
    }
    if (m_buffer.size() < m_contentLength)
        return Status::NeedMore;
    m_pending.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    m_haveHead = false;
    m_wantsContinue = false;
    *request = std::move(m_pending);
    m_pending = Request();
    return Status::Ready;
}

} // namespace Parlance::Sim
