#pragma once

#include "sim/httprequestparser.h"
#include "sim/response.h"

#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Parlance::Sim {

// Serves one accepted socket: parses requests one after the other (keep-alive and pipelining),
// hands each to the handler and writes the Response it returns, honouring its delays, pacing
// and deliberate misbehaviour. Deletes itself when the socket closes.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<Response(const Request &)>;

    // Takes ownership of the socket (it becomes a child). A connection that waits for a
    // request longer than idleTimeoutMs without receiving a byte is closed.
    HttpConnection(QTcpSocket *socket, Handler handler, int idleTimeoutMs,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Received bytes not yet taken as a request: while a response is in progress the socket is
    // not read, so a client that keeps sending meets TCP flow control instead of filling this.
    qsizetype bufferedInputBytes() const;

    // Writes of ready-to-send events are gathered up to this size, so a long burst of deltas
    // costs a handful of writes instead of one per delta.
    static constexpr qsizetype BatchBytes = 64 * 1024;
    // Above this many unsent bytes the writer waits for the socket to drain.
    static constexpr qsizetype HighWaterBytes = 1024 * 1024;
    static constexpr int StallTimeoutMs = 60 * 1000;
    // What Qt buffers of a socket the connection is not reading.
    static constexpr qsizetype SocketBufferBytes = 64 * 1024;
    static constexpr int PacingIntervalMs = 1;

private:
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0;
        bool chunked = false; // a body part that needs chunked transfer framing
    };

    void onReadyRead();
    void processRequests();
    void start(Response response, bool closeAfter);
    void pump();
    void endResponse();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    QTimer *m_pumpTimer;
    QTimer *m_stallTimer;
    QTimer *m_idleTimer;

    bool m_busy = false;
    bool m_closing = false;
    bool m_waitingForDrain = false;
    bool m_delayDone = false;
    QList<Piece> m_pieces;
    qsizetype m_nextPiece = 0;
    Response::Ending m_ending = Response::Ending::Complete;
    bool m_closeAfter = false;
    int m_chunkBytes = 0;
    QByteArray m_paced; // chunk-bytes mode: bytes being trickled out
    qsizetype m_pacedOffset = 0;
};

} // namespace Parlance::Sim
