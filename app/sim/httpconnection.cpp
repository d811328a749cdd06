#include "sim/httpconnection.h"

#include "sim/errorresponses.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace Parlance::Sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

bool wantsKeepAlive(const Request &request)
{
    const QByteArray connection = request.header("connection").toLower();
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray &token : connection.split(',')) {
        const QByteArray t = token.trimmed();
        close = close || t == "close";
        keepAlive = keepAlive || t == "keep-alive";
    }
    if (close)
        return false;
    return request.version == "HTTP/1.1" || keepAlive;
}

QByteArray chunkFrame(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 12);
    out.append(QByteArray::number(data.size(), 16));
    out.append("\r\n", 2);
    out.append(data);
    out.append("\r\n", 2);
    return out;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, int idleTimeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_pumpTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    // Unread bytes stay in the kernel once this is full, and the client's sending stalls.
    m_socket->setReadBufferSize(SocketBufferBytes);
    // Small writes must leave at once: the chunk-bytes knob relies on each write being its own
    // segment, and a streamed delta should not wait for Nagle's algorithm.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    m_stallTimer->setSingleShot(true);
    m_stallTimer->setInterval(StallTimeoutMs);
    // Idle keep-alive connections would otherwise hold a descriptor each for ever.
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(idleTimeoutMs);

    connect(m_pumpTimer, &QTimer::timeout, this, &HttpConnection::pump);
    connect(m_stallTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        m_closing = true;
        m_socket->disconnectFromHost();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_waitingForDrain && m_socket->bytesToWrite() <= HighWaterBytes / 2) {
            m_waitingForDrain = false;
            pump();
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_pumpTimer->stop();
        m_stallTimer->stop();
        m_idleTimer->stop();
        deleteLater();
    });
    m_idleTimer->start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

qsizetype HttpConnection::bufferedInputBytes() const
{
    return m_parser.bufferedBytes() + m_socket->bytesAvailable();
}

void HttpConnection::onReadyRead()
{
    // A request on its way is not idle; while busy or closing the bytes wait in the socket.
    if (!m_busy && !m_closing)
        processRequests();
}

void HttpConnection::processRequests()
{
    if (m_busy || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesAvailable() > 0) {
        m_parser.append(m_socket->readAll());
        m_idleTimer->start();
    }
    Request request;
    switch (m_parser.next(&request)) {
    case HttpRequestParser::Status::NeedMore:
        if (m_parser.takeContinueRequest())
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        return;
    case HttpRequestParser::Status::Failed: {
        Response response = errorResponse(
            ErrorStyle::Databricks,
            errorForStatus(m_parser.failureStatus(), QString::fromUtf8(m_parser.failureMessage())));
        start(std::move(response), true);
        return;
    }
    case HttpRequestParser::Status::Ready:
        break;
    }
    const bool keepAlive = wantsKeepAlive(request);
    start(m_handler(request), !keepAlive);
}

void HttpConnection::start(Response response, bool closeAfter)
{
    m_busy = true;
    m_idleTimer->stop();
    m_closeAfter = closeAfter;
    m_ending = response.ending;
    m_chunkBytes = response.chunkBytes;
    m_pieces.clear();
    m_nextPiece = 0;
    m_delayDone = false;
    m_paced.clear();
    m_pacedOffset = 0;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : std::as_const(response.headers))
        head += h.first + ": " + h.second + "\r\n";
    head += "x-request-id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    head += QByteArrayLiteral("Server: parlance-sim\r\n");
    if (response.streaming)
        head += QByteArrayLiteral("Transfer-Encoding: chunked\r\n");
    else
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += m_closeAfter ? QByteArrayLiteral("Connection: close\r\n")
                         : QByteArrayLiteral("Connection: keep-alive\r\n");
    head += "\r\n";
    m_pieces.append({head, response.delayMs, false});

    if (response.streaming) {
        m_pieces.reserve(response.events.size() + 2);
        for (StreamEvent &event : response.events)
            m_pieces.append({std::move(event.bytes), event.delayMs, true});
        if (m_ending == Response::Ending::Complete)
            m_pieces.append({QByteArrayLiteral("0\r\n\r\n"), 0, false});
        if (m_ending == Response::Ending::Disconnect && !response.cutEvent.isEmpty()) {
            // The chunk announces the whole event but only its first half follows, so the
            // connection drops mid-chunk and mid-event, as it does when a network path breaks.
            const QByteArray &cut = response.cutEvent;
            m_pieces.append(
                {QByteArray::number(cut.size(), 16) + "\r\n" + cut.left(cut.size() / 2), 0, false});
        }
    } else {
        const qsizetype size = response.bodyBytesToSend < 0
                                   ? response.body.size()
                                   : qMin(response.bodyBytesToSend, response.body.size());
        if (size > 0)
            m_pieces.append({response.body.left(size), 0, false});
    }
    pump();
}

void HttpConnection::pump()
{
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_pacedOffset < m_paced.size()) {
            const qsizetype n = qMin<qsizetype>(m_chunkBytes, m_paced.size() - m_pacedOffset);
            m_socket->write(m_paced.constData() + m_pacedOffset, n);
            m_socket->flush();
            m_pacedOffset += n;
            m_pumpTimer->start(PacingIntervalMs);
            return;
        }
        if (m_socket->bytesToWrite() > HighWaterBytes) {
            m_waitingForDrain = true;
            return;
        }
        if (m_nextPiece >= m_pieces.size()) {
            endResponse();
            return;
        }
        if (m_pieces.at(m_nextPiece).delayMs > 0 && !m_delayDone) {
            m_delayDone = true;
            m_socket->flush();
            m_pumpTimer->start(m_pieces.at(m_nextPiece).delayMs);
            return;
        }
        // Gather this piece and every following one that is due now into one write; adjacent
        // body parts share one chunk frame.
        QByteArray batch;
        QByteArray body;
        do {
            Piece &piece = m_pieces[m_nextPiece];
            if (piece.chunked) {
                body.append(piece.bytes);
            } else {
                if (!body.isEmpty())
                    batch.append(chunkFrame(body));
                body.clear();
                batch.append(piece.bytes);
            }
            piece.bytes = QByteArray(); // the events of a long stream are not kept twice
            ++m_nextPiece;
            m_delayDone = false;
        } while (m_nextPiece < m_pieces.size() && m_pieces.at(m_nextPiece).delayMs <= 0
                 && batch.size() + body.size() < BatchBytes);
        if (!body.isEmpty())
            batch.append(chunkFrame(body));
        if (m_chunkBytes > 0) {
            m_paced = std::move(batch);
            m_pacedOffset = 0;
        } else {
            m_socket->write(batch);
        }
    }
}

void HttpConnection::endResponse()
{
    m_pieces.clear();
    m_nextPiece = 0;
    m_paced.clear();
    m_pacedOffset = 0;
    switch (m_ending) {
    case Response::Ending::Complete:
        if (m_closeAfter) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_busy = false;
        m_idleTimer->start();
        // Queued, so that a burst of pipelined requests does not recurse.
        QMetaObject::invokeMethod(this, &HttpConnection::processRequests, Qt::QueuedConnection);
        return;
    case Response::Ending::Disconnect:
        m_closing = true;
        m_socket->disconnectFromHost(); // a FIN after the written bytes, without a final chunk
        return;
    case Response::Ending::Stall:
        m_closing = true;
        m_socket->flush();
        m_stallTimer->start();
        return;
    }
}

} // namespace Parlance::Sim
