// parlance-cli against servers that misbehave below what the simulated gateway stages: each is a
// QTcpServer on loopback that answers every request with canned bytes, some of them a byte at a
// time or never finished. What the CLI says about each must be true and printable.
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

// Reads each request in full (head and Content-Length body), then writes `response`: at once,
// or `trickleMs` apart a byte at a time. Closes afterwards unless `keepOpen`.
class CannedServer final : public QObject
{
public:
    QByteArray response;
    int trickleMs = 0;
    bool keepOpen = false;

    CannedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    ~CannedServer() override
    {
        for (QTcpSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort());
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        m_sockets.append(socket);
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            if (socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            *request += socket->readAll();
            const qsizetype headEnd = request->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : request->left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (request->size() < headEnd + 4 + length)
                return;
            socket->setProperty("answered", true);
            answer(socket);
        });
    }

    void answer(QTcpSocket *socket)
    {
        if (trickleMs <= 0) {
            socket->write(response);
            if (!keepOpen)
                socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
            if (*sent >= response.size()) {
                timer->stop();
                if (!keepOpen)
                    socket->disconnectFromHost();
                return;
            }
            socket->write(response.mid((*sent)++, 1));
        });
        timer->start(trickleMs);
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};

QByteArray head(const QByteArray &statusLine, const QByteArray &headers, qsizetype length = -1)
{
    QByteArray out = "HTTP/1.1 " + statusLine + "\r\n" + headers;
    if (length >= 0)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return out + "Connection: close\r\n\r\n";
}

QByteArray withBody(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return head(statusLine, headers, body.size()) + body;
}

// A zlib stream (Content-Encoding: deflate) of 16 MiB of zeros: some 16 KiB on the wire, more
// than Qt's 10 MiB decompression limit at over 40 times its size.
QByteArray deflateBomb()
{
    return qCompress(QByteArray(16 * 1024 * 1024, '\0'), 9).mid(4); // qCompress prefixes the size
}

template<qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

// A gzip header followed by bytes that are no deflate stream.
const QByteArray kCorruptGzip
    = bytes("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-not-deflate-data");

const QByteArray kChunk
    = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
      "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"partial answer\"},"
      "\"finish_reason\":null}]}\n\n";

// Nothing a terminal would take for a control sequence, nothing that is not UTF-8.
bool printable(const QByteArray &text)
{
    for (const char c : text) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            return false;
    }
    return QString::fromUtf8(text).toUtf8() == text;
}

} // namespace

class TstCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void streamWithoutCompleteEvent_data();
    void streamWithoutCompleteEvent();
    void emptyJsonBody();
    void undecodableBody_data();
    void undecodableBody();
    void idleTimeoutSaysWhereItStopped_data();
    void idleTimeoutSaysWhereItStopped();

private:
    CliResult chat(const QStringList &extra);
    std::unique_ptr<CannedServer> m_server;
    CliRunner m_cli;
};

void TstCliHostile::init()
{
    m_server = std::make_unique<CannedServer>();
    QVERIFY(m_server->listen());
}

void TstCliHostile::cleanup()
{
    m_server.reset();
}

CliResult TstCliHostile::chat(const QStringList &extra)
{
    return m_cli.run(QStringList{QStringLiteral("--base-url"), m_server->baseUrl(),
                                 QStringLiteral("--retries"), QStringLiteral("0"),
                                 QStringLiteral("chat"), QStringLiteral("m")}
                     + extra + QStringList{QStringLiteral("hi")});
}

void TstCliHostile::streamWithoutCompleteEvent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("empty") << QByteArray() << QByteArray("Check that this server streams this API");
    QTest::newRow("half an event")
        << QByteArray("data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hel")
        << QByteArray("broke off in the middle of the first one");
    QTest::newRow("only comments") << QByteArray(": keep-alive\n\n: keep-alive\n\n")
                                   << QByteArray("Check that this server streams this API");
}

void TstCliHostile::streamWithoutCompleteEvent()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, detail);
    m_server->response = head("200 OK", "Content-Type: text/event-stream\r\n") + body;
    const CliResult r = chat({});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(
                 "parlance-cli: error: protocol: The stream ended before any complete event "
                 "arrived"),
             r.err.constData());
    QVERIFY2(r.err.contains(detail), r.err.constData());
    QVERIFY2(!r.err.contains("Malformed JSON"), r.err.constData());
}

void TstCliHostile::emptyJsonBody()
{
    m_server->response = withBody("200 OK", "Content-Type: application/json\r\n", {});
    const CliResult r = chat({QStringLiteral("--no-stream")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("empty body"), r.err.constData());
    QVERIFY2(!r.err.contains("Malformed JSON at offset 0"), r.err.constData());
}

void TstCliHostile::undecodableBody_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    const QByteArray bomb = deflateBomb();
    // Qt gives up on these; a 2xx is a protocol failure, an error status keeps its status.
    QTest::newRow("corrupt gzip, 200")
        << QByteArray("200 OK") << QByteArray("gzip") << kCorruptGzip << 4
        << QByteArray("protocol: The answer could not be read: the gzip-compressed "
                      "body could not be decompressed: either the compressed data "
                      "is corrupt, or it expands past 10 MB");
    QTest::newRow("bomb, 200") << QByteArray("200 OK") << QByteArray("deflate") << bomb << 4
                               << QByteArray("decompression bomb");
    QTest::newRow("corrupt gzip, 500")
        << QByteArray("500 Internal Server Error") << QByteArray("gzip") << kCorruptGzip << 2
        << QByteArray("HTTP 500 INTERNAL_ERROR: Internal Server Error (the "
                      "gzip-compressed body could not be decompressed: ");
    QTest::newRow("bomb, 503") << QByteArray("503 Service Unavailable") << QByteArray("deflate")
                               << bomb << 2
                               << QByteArray(
                                      "HTTP 503 TEMPORARILY_UNAVAILABLE: Service Unavailable (the "
                                      "deflate-compressed body could not be decompressed: ");
    // An encoding Qt does not know arrives as it was sent: compressed bytes, no text.
    QTest::newRow("unknown encoding, 400")
        << QByteArray("400 Bad Request") << QByteArray("x-custom")
        << qCompress(QByteArray("{\"error\":{\"message\":\"hidden\"}}")) << 2
        << QByteArray("HTTP 400 BAD_REQUEST: Bad Request (the body (");
    QTest::newRow("binary, 500") << QByteArray("500 Internal Server Error") << QByteArray()
                                 << bytes("\x00\x01\x02\x1b[31mred\x1b[0m\xff\xfe") << 2
                                 << QByteArray("is binary data, not text; see the raw response");
}

void TstCliHostile::undecodableBody()
{
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    const QByteArray headers
        = "Content-Type: application/json\r\n"
          + (encoding.isEmpty() ? QByteArray() : "Content-Encoding: " + encoding + "\r\n");
    m_server->response = withBody(statusLine, headers, body);
    const CliResult r = chat({QStringLiteral("--no-stream")});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY2(!r.err.contains("Decompression failed: ."), r.err.constData());
    QVERIFY2(!r.err.contains("Decompression failed: )"), r.err.constData());
    QVERIFY2(!r.err.contains("UUUUUUUU"), "compressed bytes shown as the message");
    QVERIFY2(printable(r.err), r.err.toPercentEncoding(" :()/-.,").constData());

    // The error object of --json carries the same words, and no undecoded bytes either.
    const CliResult json = chat({QStringLiteral("--no-stream"), QStringLiteral("--json")});
    const QJsonObject error
        = QJsonDocument::fromJson(json.out).object().value(QLatin1String("error")).toObject();
    const QString message = error.value(QLatin1String("message")).toString();
    QVERIFY2(printable(message.toUtf8()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("could not be"))
                 || message.contains(QStringLiteral("binary data")),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("hidden")));
}

void TstCliHostile::idleTimeoutSaysWhereItStopped_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("trickleMs");
    QTest::addColumn<QByteArray>("says");
    QTest::addColumn<bool>("partial");
    const QByteArray sseHead = head("200 OK", "Content-Type: text/event-stream\r\n");
    // Headers a byte every 300 ms: the socket is never quiet for a second, yet the headers are
    // not complete when the timeout comes, so "sent nothing" would be false.
    QTest::newRow("headers trickled")
        << sseHead << 300
        << QByteArray("timeout: The gateway's response headers were not complete "
                      "1 s after the request was sent")
        << false;
    QTest::newRow("headers, then silence")
        << sseHead << 0
        << QByteArray("timeout: The gateway sent its response headers, then "
                      "nothing for 1 s")
        << false;
    QTest::newRow("part of the answer, then silence")
        << QByteArray(sseHead + kChunk) << 0
        << QByteArray("timeout: The gateway stopped sending for 1 s in the middle of the answer")
        << true;
}

void TstCliHostile::idleTimeoutSaysWhereItStopped()
{
    QFETCH(QByteArray, response);
    QFETCH(int, trickleMs);
    QFETCH(QByteArray, says);
    QFETCH(bool, partial);
    m_server->response = response;
    m_server->trickleMs = trickleMs;
    m_server->keepOpen = true;
    const CliResult r
        = m_cli.run({QStringLiteral("--base-url"), m_server->baseUrl(), QStringLiteral("--retries"),
                     QStringLiteral("0"), QStringLiteral("--timeout"), QStringLiteral("1"),
                     QStringLiteral("chat"), QStringLiteral("m"), QStringLiteral("--json"),
                     QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY2(!r.err.contains("sent nothing for"), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("incomplete")).toBool(), partial);
    QCOMPARE(o.value(QLatin1String("text")).toString(),
             partial ? QStringLiteral("partial answer") : QString());
}

QTEST_GUILESS_MAIN(TstCliHostile)
#include "tst_clihostile.moc"
