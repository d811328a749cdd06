#pragma once

#include "sim/request.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Parlance::Sim {

// Splits the bytes of one connection into HTTP/1.1 requests. Bodies are framed by
// Content-Length only: a chunked request body is refused with 411, since no client of the
// simulator sends one and a refusal is unambiguous where a half-supported framing is not.
class HttpRequestParser
{
public:
    enum class Status { NeedMore, Ready, Failed };

    // Beyond these a request is refused (431, 413) before any of its body is buffered: the
    // buffer never holds more than one request's head and body, plus what one read brought.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderCount = 100;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    // Ready: *request holds the next request and its bytes are consumed.
    // Failed: failureStatus()/failureMessage() say why; the connection cannot be reused.
    Status next(Request *request);

    int failureStatus() const { return m_failureStatus; }
    QByteArray failureMessage() const { return m_failureMessage; }

    // True once per request whose headers asked for `Expect: 100-continue` while its body has
    // not fully arrived: the caller answers "100 Continue" so the client sends the body.
    bool takeContinueRequest();

private:
    Status fail(int status, const QByteArray &message);
    bool parseHead(QByteArrayView head);

    QByteArray m_buffer;
    Request m_pending;
    bool m_haveHead = false;
    bool m_continueAnswered = false;
    bool m_wantsContinue = false;
    qsizetype m_contentLength = 0;
    int m_failureStatus = 0;
    QByteArray m_failureMessage;
};

} // namespace Parlance::Sim
