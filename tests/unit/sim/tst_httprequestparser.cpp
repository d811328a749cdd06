// The simulator's request parser against oversized and absurd input: every limit answers with
// a status before the parser buffers what the request announces.
#include "sim/httprequestparser.h"

#include <QTest>

using Parlance::Sim::HttpRequestParser;
using Parlance::Sim::Request;

namespace {

QByteArray head(const QByteArray &headerLines)
{
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + headerLines + "\r\n";
}

} // namespace

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void contentLength_data();
    void contentLength();
    void headerLimits_data();
    void headerLimits();
    void bodyUpToTheLimitIsRead();
};

void tst_HttpRequestParser::contentLength_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status"); // 0: accepted, the parser waits for the body

    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("small") << QByteArray("2") << 0;
    QTest::newRow("the limit") << QByteArray::number(HttpRequestParser::MaxBodyBytes) << 0;
    QTest::newRow("one over") << QByteArray::number(HttpRequestParser::MaxBodyBytes + 1) << 413;
    QTest::newRow("a terabyte") << QByteArray("1000000000000") << 413;
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << 413;
    QTest::newRow("beyond qint64") << QByteArray("9223372036854775808") << 413;
    QTest::newRow("forty digits") << QByteArray(40, '9') << 413;
    QTest::newRow("negative") << QByteArray("-1") << 400;
    QTest::newRow("plus") << QByteArray("+2") << 400;
    QTest::newRow("exponent") << QByteArray("1e9") << 400;
    QTest::newRow("fraction") << QByteArray("2.0") << 400;
    QTest::newRow("hex") << QByteArray("0x10") << 400;
    QTest::newRow("list") << QByteArray("2, 2") << 400;
    QTest::newRow("empty") << QByteArray("") << 400;
}

void tst_HttpRequestParser::contentLength()
{
    QFETCH(QByteArray, value);
    QFETCH(int, status);

    HttpRequestParser parser;
    parser.append(head("Content-Length: " + value + "\r\n"));
    Request request;
    const HttpRequestParser::Status result = parser.next(&request);
    if (status == 0) {
        QCOMPARE(result, value.toLongLong() == 0 ? HttpRequestParser::Status::Ready
                                                 : HttpRequestParser::Status::NeedMore);
        return;
    }
    // Refused from the head alone: no body bytes were needed, and none is waited for.
    QCOMPARE(result, HttpRequestParser::Status::Failed);
    QCOMPARE(parser.failureStatus(), status);
    QVERIFY(!parser.failureMessage().isEmpty());
    QVERIFY(!parser.takeContinueRequest());
}

void tst_HttpRequestParser::headerLimits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: a request

    QByteArray manyHeaders;
    for (int i = 1; i < HttpRequestParser::MaxHeaderCount; ++i) // Host is the first
        manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("the most header fields") << head(manyHeaders) << 0;
    QTest::newRow("one field too many") << head(manyHeaders + "X-Last: v\r\n") << 431;
    QTest::newRow("thousands of tiny fields") << head(QByteArray("a:\r\n").repeated(10000)) << 431;

    const qsizetype max = HttpRequestParser::MaxHeaderBytes;
    QTest::newRow("long field") << head("X-Long: " + QByteArray(max, 'a') + "\r\n") << 431;
    QTest::newRow("long request line, no end") << "GET /" + QByteArray(max + 1, 'a') << 431;
    QTest::newRow("endless field, no end")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(max + 1, 'a') << 431;
    QTest::newRow("long head just inside")
        << head("X-Long: " + QByteArray(max - 100, 'a') + "\r\n") << 0;
}

void tst_HttpRequestParser::headerLimits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    HttpRequestParser parser;
    parser.append(bytes);
    Request request;
    const HttpRequestParser::Status result = parser.next(&request);
    if (status == 0) {
        QCOMPARE(result, HttpRequestParser::Status::Ready);
        QCOMPARE(request.method, QByteArray("POST"));
        return;
    }
    QCOMPARE(result, HttpRequestParser::Status::Failed);
    QCOMPARE(parser.failureStatus(), status);
}

void tst_HttpRequestParser::bodyUpToTheLimitIsRead()
{
    HttpRequestParser parser;
    const QByteArray body(HttpRequestParser::MaxBodyBytes, 'b');
    parser.append(head("Content-Length: " + QByteArray::number(body.size()) + "\r\n"));
    Request request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::NeedMore);
    parser.append(body);
    parser.append(head({})); // the next request, pipelined
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Ready);
    QCOMPARE(request.body.size(), body.size());
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Ready);
    QCOMPARE(parser.bufferedBytes(), 0);
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
