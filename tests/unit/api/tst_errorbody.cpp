#include "api/errorbody.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Parlance;
using Core::ApiError;
using Core::HttpHeaders;

namespace {

using Parlance::Testing::readExample;

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray NginxPage
    = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
      "Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

const QByteArray JettyPage
    = "<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html\"/>\n"
      "<title>Error 500 Server Error</title>\n</head>\n<body><h2>HTTP ERROR 500</h2>\n"
      "<p>Problem accessing /serving-endpoints. Reason:\n<pre>    Worker &amp; <b>queue</b> "
      "&lt;full&gt;</pre></p>\n</body>\n</html>\n";

} // namespace

class tst_ErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void statusCodeName_data();
    void statusCodeName();
    void parseErrorResponse_data();
    void parseErrorResponse();
    void keepsRawBodyAndStatus();
    void binaryBodyIsNoMessage_data();
    void binaryBodyIsNoMessage();
    void longBodiesAreClipped();
    void retryAfterHeaderWinsOverRetryInfo();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void streamError_data();
    void streamError();
};

void tst_ErrorBody::statusCodeName_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    const QList<std::pair<int, const char *>> table{
        {400, "BAD_REQUEST"},       {401, "UNAUTHENTICATED"},
        {403, "PERMISSION_DENIED"}, {404, "NOT_FOUND"},
        {408, "REQUEST_TIMEOUT"},   {409, "RESOURCE_CONFLICT"},
        {429, "TOO_MANY_REQUESTS"}, {499, "CANCELLED"},
        {500, "INTERNAL_ERROR"},    {501, "NOT_IMPLEMENTED"},
        {502, "BAD_GATEWAY"},       {503, "TEMPORARILY_UNAVAILABLE"},
        {504, "DEADLINE_EXCEEDED"}, {418, "HTTP_418"},
        {302, "HTTP_302"},          {0, "HTTP_0"}};
    for (const auto &[status, name] : table)
        QTest::addRow("%d", status) << status << QString::fromLatin1(name);
}

void tst_ErrorBody::statusCodeName()
{
    QFETCH(int, status);
    QTEST(Api::statusCodeName(status), "name");
}

void tst_ErrorBody::parseErrorResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");
    QTest::addColumn<double>("retryAfter"); // -1: none

    QTest::newRow("openai 401") << 401 << readExample(QStringLiteral("openai_error_401.json"))
                                << QStringLiteral("invalid_request_error")
                                << QStringLiteral("Unauthorized")
                                << QStringLiteral("invalid_request_error") << QString() << -1.0;
    QTest::newRow("openai string code")
        << 429
        << QByteArray(R"({"error":{"message":"Rate limit reached","type":"requests",)"
                      R"("param":null,"code":"rate_limit_exceeded"}})")
        << QStringLiteral("rate_limit_exceeded") << QStringLiteral("Rate limit reached")
        << QStringLiteral("requests") << QString() << -1.0;
    QTest::newRow("openai param")
        << 400
        << QByteArray(R"({"error":{"message":"bad","type":"invalid_request_error",)"
                      R"("param":"messages","code":null}})")
        << QStringLiteral("invalid_request_error") << QStringLiteral("bad")
        << QStringLiteral("invalid_request_error") << QStringLiteral("messages") << -1.0;
    QTest::newRow("databricks") << 400 << readExample(QStringLiteral("databricks_error.json"))
                                << QStringLiteral("INVALID_PARAMETER_VALUE")
                                << QStringLiteral("nope") << QString() << QString() << -1.0;
    QTest::newRow("databricks resource exhausted")
        << 429 << readExample(QStringLiteral("databricks_error_resource_exhausted.json"))
        << QStringLiteral("RESOURCE_EXHAUSTED")
        << QStringLiteral("Too many requests. Please wait a moment and try again. If the issue "
                          "persists, consider adjusting your request frequency or reaching out "
                          "to support for assistance.")
        << QString() << QString() << -1.0;
    QTest::newRow("databricks details with RetryInfo")
        << 404 << readExample(QStringLiteral("databricks_error_with_details.json"))
        << QStringLiteral("NOT_FOUND") << QStringLiteral("test message") << QString() << QString()
        << 42.000000001;
    QTest::newRow("vllm int code")
        << 400
        << QByteArray(R"({"error":{"message":"max_tokens too large","type":"BadRequestError",)"
                      R"("param":null,"code":400}})")
        << QStringLiteral("BadRequestError") << QStringLiteral("max_tokens too large")
        << QStringLiteral("BadRequestError") << QString() << -1.0;
    QTest::newRow("old vllm flat")
        << 400
        << QByteArray(R"({"object":"error","message":"too long","type":"invalid_request_error",)"
                      R"("param":null,"code":400})")
        << QStringLiteral("invalid_request_error") << QStringLiteral("too long")
        << QStringLiteral("invalid_request_error") << QString() << -1.0;
    QTest::newRow("ollama")
        << 404
        << QByteArray(R"({"error":{"message":"model \"x\" not found","type":"not_found_error",)"
                      R"("param":null,"code":null}})")
        << QStringLiteral("not_found_error") << QStringLiteral("model \"x\" not found")
        << QStringLiteral("not_found_error") << QString() << -1.0;
    QTest::newRow("llama.cpp wrapped")
        << 401
        << QByteArray(R"({"error":{"code":401,"message":"Invalid API Key",)"
                      R"("type":"authentication_error"}})")
        << QStringLiteral("authentication_error") << QStringLiteral("Invalid API Key")
        << QStringLiteral("authentication_error") << QString() << -1.0;
    QTest::newRow("llama.cpp flat")
        << 503 << QByteArray(R"({"code":503,"message":"Loading model","type":"unavailable_error"})")
        << QStringLiteral("unavailable_error") << QStringLiteral("Loading model")
        << QStringLiteral("unavailable_error") << QString() << -1.0;
    QTest::newRow("code only, int")
        << 400 << QByteArray(R"({"message":"no","code":400})") << QStringLiteral("BAD_REQUEST")
        << QStringLiteral("no") << QString() << QString() << -1.0;
    QTest::newRow("legacy error string")
        << 500 << QByteArray(R"({"error":"worker crashed"})") << QStringLiteral("INTERNAL_ERROR")
        << QStringLiteral("worker crashed") << QString() << QString() << -1.0;
    QTest::newRow("scim detail")
        << 403 << QByteArray(R"({"detail":"User not entitled","status":"403","schemas":[]})")
        << QStringLiteral("PERMISSION_DENIED") << QStringLiteral("User not entitled") << QString()
        << QString() << -1.0;
    QTest::newRow("html title (nginx)")
        << 502 << NginxPage << QStringLiteral("BAD_GATEWAY") << QStringLiteral("502 Bad Gateway")
        << QString() << QString() << -1.0;
    QTest::newRow("html pre (jetty)")
        << 500 << JettyPage << QStringLiteral("INTERNAL_ERROR")
        << QStringLiteral("Worker & queue <full>") << QString() << QString() << -1.0;
    QTest::newRow("html without title or pre")
        << 503 << QByteArray("<html><body><h1>Down</h1><p>Lots of page text</p></body></html>")
        << QStringLiteral("TEMPORARILY_UNAVAILABLE") << QStringLiteral("Service Unavailable")
        << QString() << QString() << -1.0;
    QTest::newRow("plain CODE: message")
        << 429 << QByteArray("RESOURCE_EXHAUSTED: slow down\n")
        << QStringLiteral("RESOURCE_EXHAUSTED") << QStringLiteral("slow down") << QString()
        << QString() << -1.0;
    QTest::newRow("plain text")
        << 503 << QByteArray("upstream connect error or disconnect/reset before headers")
        << QStringLiteral("TEMPORARILY_UNAVAILABLE")
        << QStringLiteral("upstream connect error or disconnect/reset before headers") << QString()
        << QString() << -1.0;
    QTest::newRow("empty body, reason phrase")
        << 503 << QByteArray() << QStringLiteral("TEMPORARILY_UNAVAILABLE")
        << QStringLiteral("Service Unavailable") << QString() << QString() << -1.0;
    QTest::newRow("whitespace body")
        << 401 << QByteArray(" \r\n") << QStringLiteral("UNAUTHENTICATED")
        << QStringLiteral("Unauthorized") << QString() << QString() << -1.0;
    QTest::newRow("empty body, unknown status")
        << 418 << QByteArray() << QStringLiteral("HTTP_418") << QStringLiteral("HTTP status 418")
        << QString() << QString() << -1.0;
    QTest::newRow("json without error fields")
        << 400 << QByteArray(R"({"foo":1})") << QStringLiteral("BAD_REQUEST")
        << QStringLiteral(R"({"foo":1})") << QString() << QString() << -1.0;
    QTest::newRow("wrong types") << 400
                                 << QByteArray(R"({"error":{"message":5,"type":[],"code":{}}})")
                                 << QStringLiteral("BAD_REQUEST") << QStringLiteral("Bad Request")
                                 << QString() << QString() << -1.0;
    QTest::newRow("databricks bad retry delay")
        << 429
        << QByteArray(R"({"error_code":"REQUEST_LIMIT_EXCEEDED","message":"slow",)"
                      R"("details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo",)"
                      R"("retry_delay":"soon"}]})")
        << QStringLiteral("REQUEST_LIMIT_EXCEEDED") << QStringLiteral("slow") << QString()
        << QString() << -1.0;
    // QString::toDouble() reads "nan" and "inf": no delay is better than a NaN one.
    for (const char *delay : {"nans", "infs", "-infs", "1e400s", "-1s"}) {
        QTest::addRow("databricks retry delay %s", delay)
            << 429
            << QByteArray(R"({"error_code":"REQUEST_LIMIT_EXCEEDED","message":"slow",)"
                          R"("details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo",)"
                          R"("retry_delay":")"
                          + QByteArray(delay) + R"("}]})")
            << QStringLiteral("REQUEST_LIMIT_EXCEEDED") << QStringLiteral("slow") << QString()
            << QString() << -1.0;
    }
}

void tst_ErrorBody::parseErrorResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(double, retryAfter);

    const ApiError error = Api::parseErrorResponse(status, {}, body);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QTEST(error.code, "code");
    QTEST(error.message, "message");
    QTEST(error.type, "type");
    QTEST(error.param, "param");
    QCOMPARE(error.retryAfterSeconds.has_value(), retryAfter >= 0);
    if (retryAfter >= 0)
        QCOMPARE(*error.retryAfterSeconds, retryAfter);
}

void tst_ErrorBody::keepsRawBodyAndStatus()
{
    const QByteArray body = readExample(QStringLiteral("databricks_error.json"));
    const ApiError error = Api::parseErrorResponse(400, {}, body);
    QCOMPARE(error.raw, body);
    QCOMPARE(error.httpStatus, 400);
    const ApiError html = Api::parseErrorResponse(502, {}, NginxPage);
    QCOMPARE(html.raw, NginxPage);
    QVERIFY(!html.message.contains(QLatin1StringView("nginx")));
}

void tst_ErrorBody::longBodiesAreClipped()
{
    const QByteArray text(200000, 'x');
    const ApiError plain = Api::parseErrorResponse(500, {}, text);
    QVERIFY(plain.message.size() <= 1001);
    QVERIFY(plain.message.startsWith(QLatin1StringView("xxxx")));
    QCOMPARE(plain.raw.size(), text.size());

    const QByteArray page = "<html><head><title>" + QByteArray(50000, 'y') + "</title></head><body>"
                            + QByteArray(50000, 'z') + "</body></html>";
    const ApiError html = Api::parseErrorResponse(502, {}, page);
    QVERIFY(html.message.size() <= 1001);
    QVERIFY(!html.message.contains(QLatin1Char('z')));
}

void tst_ErrorBody::retryAfterHeaderWinsOverRetryInfo()
{
    const QByteArray body = readExample(QStringLiteral("databricks_error_with_details.json"));
    const ApiError error = Api::parseErrorResponse(
        429, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")}}, body);
    QVERIFY(error.retryAfterSeconds);
    QCOMPARE(*error.retryAfterSeconds, 7.0);

    const ApiError plain = Api::parseErrorResponse(
        429, {{QByteArrayLiteral("retry-after"), QByteArrayLiteral("3")}}, QByteArray());
    QVERIFY(plain.retryAfterSeconds);
    QCOMPARE(*plain.retryAfterSeconds, 3.0);
}

void tst_ErrorBody::parseRetryAfter_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<double>("expected"); // -1: none

    const QByteArray ra = QByteArrayLiteral("Retry-After");
    QTest::newRow("none") << HttpHeaders{} << -1.0;
    QTest::newRow("seconds") << HttpHeaders{{ra, "5"}} << 5.0;
    QTest::newRow("fractional") << HttpHeaders{{ra, " 1.5 "}} << 1.5;
    QTest::newRow("zero") << HttpHeaders{{ra, "0"}} << 0.0;
    QTest::newRow("header name case") << HttpHeaders{{"RETRY-AFTER", "9"}} << 9.0;
    QTest::newRow("ms wins") << HttpHeaders{{ra, "5"}, {"retry-after-ms", "1500"}} << 1.5;
    QTest::newRow("bad ms falls back") << HttpHeaders{{"retry-after-ms", "x"}, {ra, "4"}} << 4.0;
    QTest::newRow("http date in 30 s")
        << HttpHeaders{{ra, "Wed, 21 Oct 2015 07:28:30 GMT"}} << 30.0;
    QTest::newRow("http date past") << HttpHeaders{{ra, "Wed, 21 Oct 2015 07:00:00 GMT"}} << 0.0;
    QTest::newRow("garbage") << HttpHeaders{{ra, "soon"}} << -1.0;
    QTest::newRow("negative") << HttpHeaders{{ra, "-3"}} << -1.0;
    QTest::newRow("empty") << HttpHeaders{{ra, ""}} << -1.0;
    QTest::newRow("nan") << HttpHeaders{{ra, "nan"}} << -1.0;
    QTest::newRow("inf") << HttpHeaders{{ra, "inf"}} << -1.0;
    QTest::newRow("huge exponent") << HttpHeaders{{ra, "1e400"}} << -1.0;
    QTest::newRow("nan ms falls back") << HttpHeaders{{"retry-after-ms", "nan"}, {ra, "4"}} << 4.0;
}

void tst_ErrorBody::parseRetryAfter()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(double, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    const std::optional<double> seconds = Api::parseRetryAfter(headers, now);
    QCOMPARE(seconds.has_value(), expected >= 0);
    if (seconds)
        QCOMPARE(*seconds, expected);
}

void tst_ErrorBody::streamError_data()
{
    QTest::addColumn<QByteArray>("eventType");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("chunk") << QByteArray()
                           << QByteArray(R"({"id":"x","choices":[],"usage":{"total_tokens":1}})")
                           << false << QString() << QString();
    QTest::newRow("error null") << QByteArray() << QByteArray(R"({"error":null,"choices":[]})")
                                << false << QString() << QString();
    QTest::newRow("error false") << QByteArray() << QByteArray(R"({"error":false})") << false
                                 << QString() << QString();
    QTest::newRow("wrapped") << QByteArray()
                             << QByteArray(R"({"error":{"message":"m","code":"c","type":"t"}})")
                             << true << QStringLiteral("c") << QStringLiteral("m");
    QTest::newRow("anthropic-style")
        << QByteArray()
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"busy"}})")
        << true << QStringLiteral("overloaded_error") << QStringLiteral("busy");
    QTest::newRow("responses flat error event")
        << QByteArray("error")
        << QByteArray(R"({"type":"error","code":"ERR_SOMETHING","message":"Something went wrong",)"
                      R"("param":null,"sequence_number":1})")
        << true << QStringLiteral("ERR_SOMETHING") << QStringLiteral("Something went wrong");
    QTest::newRow("flat type error without event")
        << QByteArray() << QByteArray(R"({"type":"error","message":"x"})") << true << QString()
        << QStringLiteral("x");
    QTest::newRow("object error") << QByteArray()
                                  << QByteArray(R"({"object":"error","message":"y","code":503})")
                                  << true << QStringLiteral("TEMPORARILY_UNAVAILABLE")
                                  << QStringLiteral("y");
    QTest::newRow("named event, empty object")
        << QByteArray("error") << QByteArray("{}") << true << QString()
        << QStringLiteral("The server reported an error in the stream.");
    QTest::newRow("error true") << QByteArray() << QByteArray(R"({"error":true})") << true
                                << QString()
                                << QStringLiteral("The server reported an error in the stream.");
}

void tst_ErrorBody::streamError()
{
    QFETCH(QByteArray, eventType);
    QFETCH(QByteArray, payload);
    QFETCH(bool, isError);
    const std::optional<ApiError> error = Api::streamError(eventType, object(payload));
    QCOMPARE(error.has_value(), isError);
    if (!error)
        return;
    QCOMPARE(error->kind, ApiError::Kind::Stream);
    QTEST(error->code, "code");
    QTEST(error->message, "message");
}

void tst_ErrorBody::binaryBodyIsNoMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("says");
    QTest::newRow("compressed, unknown encoding")
        << qCompress(QByteArray(R"({"error":{"message":"inside"}})")) << QByteArray("x-custom")
        << QStringLiteral("Bad Request (the body (");
    QTest::newRow("terminal escapes") << QByteArray("\x1b]0;owned\x07\x1b[2J") << QByteArray()
                                      << QStringLiteral("is binary data, not text");
    QTest::newRow("mostly not UTF-8") << QByteArray("\xff\xfe\xfd\xfc\xfb\xfa ok") << QByteArray()
                                      << QStringLiteral("is binary data, not text");
}

void tst_ErrorBody::binaryBodyIsNoMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, says);
    Core::HttpHeaders headers;
    if (!encoding.isEmpty())
        headers.append({QByteArrayLiteral("Content-Encoding"), encoding});
    const ApiError error = Api::parseErrorResponse(400, headers, body);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    if (!encoding.isEmpty())
        QVERIFY(error.message.contains(QString::fromLatin1(encoding)));
    for (const QChar c : error.message)
        QVERIFY(c.isPrint());
    QCOMPARE(error.raw, body); // the details keep what came
    QCOMPARE(error.code, QStringLiteral("BAD_REQUEST"));

    // Text a little off UTF-8 is still text.
    const ApiError latin1 = Api::parseErrorResponse(400, {},
                                                    QByteArray("Requ\xea"
                                                               "te invalide: trop longue"));
    QVERIFY2(latin1.message.startsWith(QStringLiteral("Requ")), qPrintable(latin1.message));
}

QTEST_GUILESS_MAIN(tst_ErrorBody)
#include "tst_errorbody.moc"
