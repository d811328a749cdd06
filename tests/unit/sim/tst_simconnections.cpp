// How the simulator treats its connections when clients misbehave or descriptors run out:
// idle ones are closed, a server out of descriptors waits and recovers instead of spinning or
// giving up, and a client that sends without reading meets flow control.
#include "sim/httpconnection.h"
#include "sim/httprequestparser.h"
#include "sim/simulatedgateway.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Parlance::Sim;

namespace {

QByteArray modelsRequest()
{
    return QByteArrayLiteral("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

QByteArray chatRequest(const QByteArray &model, const QByteArray &extraHeaders = {})
{
    const QByteArray body = R"({"model":")" + model
                            + R"(","stream":true,"messages":[{"role":"user","content":"hi"}]})";
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
           + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n\r\n" + body;
}

// Everything the socket received so far, kept across calls.
struct Received
{
    explicit Received(QTcpSocket &socket) : m_socket(socket) {}
    const QByteArray &bytes()
    {
        m_bytes += m_socket.readAll();
        return m_bytes;
    }

private:
    QTcpSocket &m_socket;
    QByteArray m_bytes;
};

} // namespace

class tst_SimConnections : public QObject
{
    Q_OBJECT

private slots:
    void idleConnectionIsClosed();
    void connectionIsNotIdleWhileAnswering();
    void outOfDescriptorsPausesAndRecovers();
    void pipelinedBytesWaitWhileAnswering();
    void absurdContentLengthIsRefusedAtOnce();
};

void tst_SimConnections::idleConnectionIsClosed()
{
    SimulatedGateway gateway;
    gateway.setIdleTimeout(100);
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));

    // Connected, never a byte sent.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, gateway.port());
    QTRY_COMPARE(silent.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);

    // Kept alive after an answer, then nothing more.
    QTcpSocket keptAlive;
    Received received(keptAlive);
    keptAlive.connectToHost(QHostAddress::LocalHost, gateway.port());
    keptAlive.write(modelsRequest());
    QTRY_VERIFY(received.bytes().contains("\"owned_by\":\"parlance-sim\"}]}"));
    QVERIFY(received.bytes().toLower().contains("connection: keep-alive"));
    QTRY_COMPARE_WITH_TIMEOUT(keptAlive.state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_SimConnections::connectionIsNotIdleWhileAnswering()
{
    SimulatedGateway gateway;
    // demo-slow now waits 1.5 s before its first delta and 250 ms between the next ones:
    // several idle timeouts, while the request itself has half a second to arrive.
    gateway.setTimeScale(5);
    gateway.setIdleTimeout(500);
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));

    QTcpSocket client;
    Received received(client);
    client.connectToHost(QHostAddress::LocalHost, gateway.port());
    client.write(chatRequest("demo-slow"));
    QTRY_VERIFY_WITH_TIMEOUT(received.bytes().endsWith("\r\n0\r\n\r\n")
                                 || client.state() == QAbstractSocket::UnconnectedState,
                             10000);
    QVERIFY(received.bytes().contains("data: [DONE]"));
    QVERIFY(received.bytes().endsWith("\r\n0\r\n\r\n"));
}

// Descriptors run out: accept() fails while a client waits. QTcpServer stops accepting for
// good after such a failure; the simulator tries again now and then, without spinning, and
// serves the waiting client once descriptors are free.
void tst_SimConnections::outOfDescriptorsPausesAndRecovers()
{
    SimulatedGateway gateway;
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));
    auto *server = gateway.findChild<QTcpServer *>();
    QVERIFY(server);
    QSignalSpy acceptErrors(server, &QTcpServer::acceptError);

    // A low limit, so filling it takes a few hundred descriptors rather than a million.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit lowered = saved;
    lowered.rlim_cur = std::min<rlim_t>(saved.rlim_cur, 512);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);
    QList<int> fillers;
    const auto restore = qScopeGuard([&] {
        for (int fd : std::as_const(fillers))
            ::close(fd);
        ::setrlimit(RLIMIT_NOFILE, &saved);
    });
    for (;;) {
        const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            QCOMPARE(errno, EMFILE);
            break;
        }
        fillers.append(fd);
    }
    QVERIFY(!fillers.isEmpty());
    ::close(fillers.takeLast()); // one for the client's socket, none for the accepted one

    QTcpSocket client;
    Received received(client);
    client.connectToHost(QHostAddress::LocalHost, gateway.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState); // in the listen backlog
    client.write(modelsRequest());

    // Tried again and again, each time after a pause: the count stays near the elapsed time
    // over the pause. A spinning server fails thousands of times in that time.
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(acceptErrors.size() >= 4, 10000);
    const qint64 bound = elapsed.elapsed() / SimulatedGateway::AcceptRetryMs + 3;
    QVERIFY2(acceptErrors.size() <= bound, qPrintable(QStringLiteral("%1 failed accepts in %2 ms")
                                                          .arg(acceptErrors.size())
                                                          .arg(elapsed.elapsed())));
    QVERIFY(received.bytes().isEmpty());

    for (int fd : std::as_const(fillers))
        ::close(fd);
    fillers.clear();
    QTRY_VERIFY_WITH_TIMEOUT(received.bytes().contains("\"owned_by\":\"parlance-sim\"}]}"), 10000);
    QVERIFY(received.bytes().startsWith("HTTP/1.1 200 OK\r\n"));
}

// While an answer is in progress (here one that stalls for a minute) the connection reads
// nothing more: what the client keeps sending stays with the client and the kernel, instead of
// piling up in the simulator without bound.
void tst_SimConnections::pipelinedBytesWaitWhileAnswering()
{
    SimulatedGateway gateway;
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));

    QTcpSocket client;
    Received received(client);
    client.connectToHost(QHostAddress::LocalHost, gateway.port());
    client.write(chatRequest("demo-lorem", "X-Sim-Fault: stall\r\n"));
    QTRY_VERIFY(received.bytes().contains("data: "));
    HttpConnection *connection = gateway.findChild<HttpConnection *>();
    QVERIFY(connection);

    // Far more than the kernel's buffers on both ends hold.
    const qsizetype flood = 64 * 1024 * 1024;
    client.write(QByteArray(flood, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(connection->bufferedInputBytes() >= HttpConnection::SocketBufferBytes,
                             10000);
    QVERIFY2(connection->bufferedInputBytes() <= 2 * HttpConnection::SocketBufferBytes,
             qPrintable(QString::number(connection->bufferedInputBytes())));
    QVERIFY(client.bytesToWrite() > 0);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
}

void tst_SimConnections::absurdContentLengthIsRefusedAtOnce()
{
    SimulatedGateway gateway;
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));

    QTcpSocket client;
    Received received(client);
    client.connectToHost(QHostAddress::LocalHost, gateway.port());
    // No body follows: the answer must not wait for one.
    client.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(received.bytes().startsWith("HTTP/1.1 413 "), received.bytes().constData());
    QVERIFY(received.bytes().toLower().contains("connection: close"));
    QCOMPARE(gateway.requests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_SimConnections)
#include "tst_simconnections.moc"
