// A server that never stops sending, never ends an event, or keeps a call alive with
// heartbeats: every buffer fed by it stays bounded, the call ends with a clear error, and what
// arrived up to the limit is kept. Real sockets on loopback.
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Parlance;

namespace {

// Answers every request by handing the socket to `script`, once the request head is in.
class ScriptedServer final : public QObject
{
public:
    using Script = std::function<void(QTcpSocket *)>;

    explicit ScriptedServer(Script script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto head = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
                    *head += socket->readAll();
                    if (head->contains("\r\n\r\n") && !head->startsWith("DONE")) {
                        head->prepend("DONE");
                        m_script(socket);
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
    Script m_script;
};

// Writes `piece` every `intervalMs` until the peer goes or `stop` says so.
void keepWriting(QTcpSocket *socket, QByteArray piece, int intervalMs)
{
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, piece] {
        if (socket->bytesToWrite() < 4 << 20) // the client's backpressure holds us back
            socket->write(piece);
    });
    timer->start(intervalMs);
}

const QByteArray kStreamHead = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n";

QByteArray eventOf(qsizetype contentBytes)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
           + QByteArray(contentBytes, 'x') + "\"}}]}\n\n";
}

} // namespace

class TstLimits : public QObject
{
    Q_OBJECT

private slots:
    void endlessStreamStopsAtTheLimit();
    void eventThatNeverEnds();
    void hugeErrorBody();
    void heartbeatsCannotOutliveTheDeadline();
    void deadlineEndsARetryWait();
    void recordKeepsHeadAndTail();

private:
    struct Outcome
    {
        std::unique_ptr<Net::GatewayCall> call;
        qint64 delivered = 0; // bytes handed to the listener
        qint64 events = 0;
        QList<Core::SseEvent> received; // the events of the first kReceivedKept bytes
    };
    static constexpr qsizetype kReceivedKept = 1 << 20;
    Outcome run(ScriptedServer &server, Core::Connection connection, int waitMs = 20000,
                qsizetype recordHead = Net::GatewayCall::kRecordHeadBytes,
                qsizetype recordTail = Net::GatewayCall::kRecordTailBytes);
    Net::GatewayClient m_client;
};

TstLimits::Outcome TstLimits::run(ScriptedServer &server, Core::Connection connection, int waitMs,
                                  qsizetype recordHead, qsizetype recordTail)
{
    Core::HttpRequest request;
    request.method = "POST";
    request.url = server.url();
    request.body = "{}";
    request.streaming = true;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = server.url();
    connection.auth = Core::Connection::Auth::None;
    Outcome o;
    o.call.reset(m_client.send(request, connection, {}, Net::RetryPolicy{connection.retries}));
    o.call->setParent(nullptr);
    o.call->setRecordLimits(recordHead, recordTail);
    connect(o.call.get(), &Net::GatewayCall::bytesReceived, this,
            [&o](QByteArrayView bytes) { o.delivered += bytes.size(); });
    connect(o.call.get(), &Net::GatewayCall::eventsReceived, this,
            [&o](const QList<Core::SseEvent> &events) {
                o.events += events.size();
                if (o.delivered <= kReceivedKept)
                    o.received += events;
            });
    QSignalSpy finished(o.call.get(), &Net::GatewayCall::finished);
    if (!finished.wait(waitMs))
        qFatal("the call did not finish");
    return o;
}

void TstLimits::endlessStreamStopsAtTheLimit()
{
    ScriptedServer server([](QTcpSocket *socket) {
        socket->write(kStreamHead);
        QByteArray burst;
        for (int i = 0; i < 200; ++i)
            burst += eventOf(100);
        keepWriting(socket, burst, 1);
    });
    Core::Connection connection;
    connection.maxResponseBytes = 3 << 20;
    const Outcome o = run(server, connection);
    QVERIFY(o.call->error());
    QCOMPARE(o.call->error()->kind, Core::ApiError::Kind::Protocol);
    QVERIFY2(o.call->error()->message.contains(u"3.0 MB"), qPrintable(o.call->error()->message));
    // Everything up to the limit reached the listener, and nothing past it.
    QCOMPARE(o.delivered, qint64(3 << 20));
    QVERIFY(o.events > (3 << 20) / 200);
    QVERIFY(o.call->exchanges().last().responseBody.size()
            <= (3 << 20) + Net::GatewayCall::kReadSlice);
}

void TstLimits::eventThatNeverEnds()
{
    ScriptedServer server([](QTcpSocket *socket) {
        socket->write(kStreamHead + eventOf(10) + "data: {\"choices\":[{\"delta\":{\"content\":\"");
        keepWriting(socket, QByteArray(64 * 1024, 'y'), 1);
    });
    // Under the body limit, so it is the event's own limit that stops it.
    const Outcome o = run(server, Core::Connection{});
    QVERIFY(o.call->error());
    QCOMPARE(o.call->error()->kind, Core::ApiError::Kind::Protocol);
    QVERIFY(o.delivered < Core::Connection::defaultMaxResponseBytes());
    QVERIFY2(o.call->error()->message.contains(u"event"), qPrintable(o.call->error()->message));
    QCOMPARE(o.events, 1); // the complete event before it was delivered
}

void TstLimits::hugeErrorBody()
{
    ScriptedServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2000000000\r\n\r\n{\"error\":{\"message\":\"");
        keepWriting(socket, QByteArray(64 * 1024, 'e'), 1);
    });
    Core::Connection connection;
    connection.maxResponseBytes = 1 << 20;
    connection.retries = 0;
    const Outcome o = run(server, connection);
    QVERIFY(o.call->error());
    QCOMPARE(o.call->error()->kind, Core::ApiError::Kind::Protocol);
    QCOMPARE(o.call->status(), 500);
    QVERIFY(o.call->body().size() <= 1 << 20);
}

void TstLimits::heartbeatsCannotOutliveTheDeadline()
{
    ScriptedServer server([](QTcpSocket *socket) {
        socket->write(kStreamHead + eventOf(5));
        keepWriting(socket, ": keep-alive\n\n", 50); // legitimate, so the idle timer is happy
    });
    Core::Connection connection;
    connection.timeoutSeconds = 1;
    connection.maxTimeSeconds = 2;
    const Outcome o = run(server, connection);
    QVERIFY(o.call->error());
    QCOMPARE(o.call->error()->kind, Core::ApiError::Kind::Timeout);
    // The deadline's message, not the idle timeout's: the heartbeats kept that one away.
    QVERIFY2(o.call->error()->message.contains(u"limit of 2 s"),
             qPrintable(o.call->error()->message));
    QCOMPARE(o.events, 1);
}

void TstLimits::deadlineEndsARetryWait()
{
    ScriptedServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    });
    Core::Connection connection;
    connection.maxTimeSeconds = 1;
    connection.retries = 3;
    const Outcome o = run(server, connection, 10000);
    QVERIFY(o.call->error());
    QCOMPARE(o.call->error()->kind, Core::ApiError::Kind::Timeout);
    QCOMPARE(o.call->attempts(), 1);
}

void TstLimits::recordKeepsHeadAndTail()
{
    constexpr qsizetype head = 256 * 1024;
    constexpr qsizetype tail = 64 * 1024;
    constexpr qsizetype slice = Net::GatewayCall::kReadSlice;
    ScriptedServer server([](QTcpSocket *socket) {
        QByteArray body;
        while (body.size() < head + 6 * tail)
            body += eventOf(1000);
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                "data: [DONE]\n\n";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    const Outcome o = run(server, Core::Connection{}, 20000, head, tail);
    QVERIFY2(!o.call->error(), qPrintable(o.call->error() ? o.call->error()->message : QString()));
    const Net::Exchange &x = o.call->exchanges().last();
    // The head may overshoot by the slice that crossed its end; the tail is exact.
    QVERIFY(x.omittedBodyBytes >= 5 * tail - slice);
    QVERIFY(x.responseBody.size() < head + slice + tail + 100);
    const QByteArray marker
        = "\n\n[... " + QByteArray::number(x.omittedBodyBytes) + " bytes not recorded ...]\n\n";
    QVERIFY(x.responseBody.contains(marker));
    // Head, marker and tail account for every byte delivered.
    QCOMPARE(x.responseBody.size() - marker.size() + x.omittedBodyBytes, o.delivered);
    QVERIFY(x.responseBody.startsWith("data: {\"choices\""));
    QVERIFY(x.responseBody.endsWith("data: [DONE]\n\n"));
    QVERIFY(x.omittedEvents > 0);
    QCOMPARE(x.events.size() + x.omittedEvents, o.events);
    // The record keeps where each event of the head lies in the body, not a copy: read again
    // from there, they are the events that were delivered.
    QVERIFY(x.events.size() > head / 1100);
    QVERIFY(o.received.size() >= x.events.size());
    for (qsizetype i = 0; i < x.events.size(); ++i) {
        QVERIFY(x.events.at(i).offset + x.events.at(i).size <= head + slice);
        QCOMPARE(x.eventAt(i), o.received.at(i));
    }
}

QTEST_GUILESS_MAIN(TstLimits)
#include "tst_limits.moc"
