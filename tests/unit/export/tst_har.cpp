// HAR 1.2 export and import: what is written has the structure HAR 1.2 requires, reads back
// as the same exchanges (bodies, events and their times, timings, failures), holds no
// credential unless asked to, and hostile files give a clear error or import as far as they can.
#include "../../support/harvalidator.h"
#include "../../support/testdata.h"
#include "export/har.h"
#include "export/harfile.h"
#include "net/redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Export::HarEntryInput;
using Export::HarImport;
using Export::HarOptions;

class tst_Har : public QObject
{
    Q_OBJECT

private slots:
    void writtenHarIsValid();
    void validatorCatchesWhatIsMissing_data();
    void validatorCatchesWhatIsMissing();
    void roundTripKeepsTheExchanges();
    void failedAttemptHasStatusZeroAndError();
    void sanitizedByDefault();
    void includeCredentialsPutsTheRealValuesBack();
    void credentialHeadersOfAConnection();
    void signInEntriesStayMasked();
    void browserHarImports();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void damagedEntriesImportAsFarAsTheyCan();
    void base64Bodies();
    void notUtf8();
    void outOfRangeNumbers();
    void tooManyEntries();
    void fileTooLargeIsRefusedUnread();
    void fileWithCredentialsIsPrivate();
};

namespace {

const QByteArray kToken = "dapi-har-secret-token-7Hk2Lm9Q";

const QByteArray kStream
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
      "id: 7\ndata: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\n"
      "data: [DONE]\n\n";

Net::Exchange streamExchange()
{
    Net::Exchange e;
    e.attempt = 2;
    e.startedAt = QDateTime(QDate(2024, 5, 10), QTime(8, 34, 51, 123), Qt::UTC);
    e.request.method = "POST";
    e.request.url = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net/ai-gateway/mlflow/v1/"
                                        "chat/completions?trace=on&x=a%20b"));
    e.request.headers = {{"Content-Type", "application/json"},
                         {"Accept", "text/event-stream"},
                         {"User-Agent", "parlance/0.1.0"},
                         {"Authorization", "Bearer ****PPPP"}};
    e.request.body = "{\"model\":\"demo-echo\",\"stream\":true,\"messages\":[{\"role\":\"user\","
                     "\"content\":\"h\xC3\xA9llo\"}]}";
    e.request.streaming = true;
    e.request.api = Core::ApiKind::Responses;
    e.status = 200;
    e.reason = "OK";
    e.responseHeaders = {{"Content-Type", "text/event-stream"}, {"X-Request-Id", "r-1"}};
    e.responseBody = kStream;
    e.events = Net::eventsOf(kStream);
    for (qsizetype i = 0; i < e.events.size(); ++i)
        e.events[i].atMs = 40 + 15 * i;
    e.timings = {35, 38, 90};
    return e;
}

Net::Exchange jsonExchange()
{
    Net::Exchange e;
    e.attempt = 1;
    e.startedAt = QDateTime(QDate(2024, 5, 10), QTime(8, 35, 0, 5), Qt::UTC);
    e.request.method = "GET";
    e.request.url = QUrl(QStringLiteral("http://127.0.0.1:8808/v1/models"));
    e.status = 429;
    e.reason = "Too Many Requests";
    e.responseHeaders = {{"Content-Type", "application/json"}, {"Retry-After", "1"}};
    e.responseBody = "{\"error\":{\"message\":\"slow down\"}}";
    e.timings = {12, 13, 14};
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Http;
    error.httpStatus = 429;
    error.code = QStringLiteral("RATE_LIMIT");
    error.message = QStringLiteral("slow down");
    e.error = error;
    return e;
}

Net::Exchange failedExchange()
{
    Net::Exchange e;
    e.startedAt = QDateTime(QDate(2024, 5, 10), QTime(8, 36, 0), Qt::UTC);
    e.request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/chat/completions"));
    e.request.body = "{}";
    e.timings.totalMs = 7;
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Network;
    error.message = QStringLiteral("Connection refused");
    e.error = error;
    return e;
}

QList<HarEntryInput> inputs(const QList<Net::Exchange> &exchanges)
{
    QList<HarEntryInput> list;
    for (const Net::Exchange &e : exchanges)
        list.append({e, {}, {}});
    return list;
}

QJsonArray entriesOf(const QByteArray &har)
{
    return QJsonDocument::fromJson(har)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

QByteArray minimalHar(const QByteArray &entry)
{
    return R"({"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[)" + entry
           + "]}}";
}

QString headerValue(const Core::HttpHeaders &headers, const QByteArray &name)
{
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    }
    return {};
}

} // namespace

void tst_Har::writtenHarIsValid()
{
    Net::Exchange binary = jsonExchange();
    binary.request.body = QByteArray("\xFF\xFE\x00\x01", 4);
    binary.request.headers = {{"Content-Type", "application/octet-stream"}};
    binary.responseBody = QByteArray("\x89PNG\r\n\x1A\n", 8);
    Net::Exchange redirect = jsonExchange();
    redirect.status = 302;
    redirect.responseHeaders = {{"Location", "https://elsewhere.example/v1/models"}};
    redirect.redirectedTo = QUrl(QStringLiteral("https://elsewhere.example/v1/models"));
    const QByteArray har = Export::toHar(
        inputs({streamExchange(), jsonExchange(), failedExchange(), binary, redirect}), {});
    const QStringList problems = HarValidator::validate(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(entriesOf(har).size(), 5);
    // The fixture a browser wrote is valid by the same checks.
    const QStringList browser = HarValidator::validate(Testing::readData(u"har/browser.har"));
    QVERIFY2(browser.isEmpty(), qPrintable(browser.join(u'\n')));

    const QJsonObject first = entriesOf(har).at(0).toObject();
    QCOMPARE(first.value(QLatin1String("startedDateTime")).toString(),
             QStringLiteral("2024-05-10T08:34:51.123Z"));
    QCOMPARE(first.value(QLatin1String("time")).toDouble(), 90.0);
    const QJsonObject timings = first.value(QLatin1String("timings")).toObject();
    QCOMPARE(timings.value(QLatin1String("wait")).toDouble(), 35.0);
    QCOMPARE(timings.value(QLatin1String("receive")).toDouble(), 55.0);
    QCOMPARE(timings.value(QLatin1String("dns")).toDouble(), -1.0);
    const QJsonArray query = first.value(QLatin1String("request"))
                                 .toObject()
                                 .value(QLatin1String("queryString"))
                                 .toArray();
    QCOMPARE(query.size(), 2);
    QCOMPARE(query.at(1).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("a b"));
    const QJsonObject content = entriesOf(har)
                                    .at(3)
                                    .toObject()
                                    .value(QLatin1String("response"))
                                    .toObject()
                                    .value(QLatin1String("content"))
                                    .toObject();
    QCOMPARE(content.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(entriesOf(har)
                 .at(4)
                 .toObject()
                 .value(QLatin1String("response"))
                 .toObject()
                 .value(QLatin1String("redirectURL"))
                 .toString(),
             QStringLiteral("https://elsewhere.example/v1/models"));
}

void tst_Har::validatorCatchesWhatIsMissing_data()
{
    // Each removes or breaks one thing HAR 1.2 requires: the validator must notice.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("replacement"); // undefined: remove the member
    QTest::newRow("version") << "log/version" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("creator") << "log/creator" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("startedDateTime no zone")
        << "entry/startedDateTime" << QJsonValue(QStringLiteral("2024-05-10T08:34:51.123"));
    QTest::newRow("time") << "entry/time" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("cache") << "entry/cache" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("request.cookies") << "request/cookies" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("request.headersSize")
        << "request/headersSize" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("response.content") << "response/content" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("response.redirectURL")
        << "response/redirectURL" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("response.status string")
        << "response/status" << QJsonValue(QStringLiteral("200"));
    QTest::newRow("timings.wait") << "timings/wait" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("timings.send negative") << "timings/send" << QJsonValue(-1);
    QTest::newRow("custom without underscore") << "entry/parlance" << QJsonValue(1);
}

void tst_Har::validatorCatchesWhatIsMissing()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, replacement);
    QJsonObject root
        = QJsonDocument::fromJson(Export::toHar(inputs({streamExchange()}), {})).object();
    QJsonObject log = root.value(QLatin1String("log")).toObject();
    QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QJsonObject entry = entries.at(0).toObject();
    const QString where = path.section(u'/', 0, 0);
    const QString member = path.section(u'/', 1);
    const auto edit = [&](QJsonObject &o) {
        if (replacement.isUndefined())
            o.remove(member);
        else
            o.insert(member, replacement);
    };
    if (where == u"log") {
        edit(log);
    } else if (where == u"entry") {
        edit(entry);
    } else {
        QJsonObject part = entry.value(where).toObject();
        edit(part);
        entry.insert(where, part);
    }
    entries.replace(0, entry);
    log.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("log"), log);
    QVERIFY(!HarValidator::validate(QJsonDocument(root).toJson()).isEmpty());
}

void tst_Har::roundTripKeepsTheExchanges()
{
    const QList<Net::Exchange> original{streamExchange(), jsonExchange(), failedExchange()};
    const HarImport read = Export::fromHar(Export::toHar(inputs(original), {}));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
    QCOMPARE(read.exchanges.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const Net::Exchange &a = original.at(i);
        const Net::Exchange &b = read.exchanges.at(i);
        QCOMPARE(b.attempt, a.attempt);
        QCOMPARE(b.startedAt, a.startedAt);
        QCOMPARE(b.request.method, a.request.method);
        QCOMPARE(b.request.url, a.request.url);
        QCOMPARE(b.request.body, a.request.body);
        QCOMPARE(b.request.streaming, a.request.streaming);
        QCOMPARE(b.request.api, a.request.api);
        QCOMPARE(b.request.headers.size(), a.request.headers.size());
        for (qsizetype h = 0; h < a.request.headers.size(); ++h) {
            QCOMPARE(b.request.headers.at(h).first, a.request.headers.at(h).first);
            if (!Core::isSensitiveHeader(a.request.headers.at(h).first))
                QCOMPARE(b.request.headers.at(h).second, a.request.headers.at(h).second);
        }
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.reason, a.reason);
        QCOMPARE(b.responseHeaders, a.responseHeaders);
        QCOMPARE(b.responseBody, a.responseBody);
        QCOMPARE(b.events.size(), a.events.size());
        for (qsizetype e = 0; e < a.events.size(); ++e) {
            QCOMPARE(b.events.at(e).atMs, a.events.at(e).atMs);
            QCOMPARE(b.events.at(e).offset, a.events.at(e).offset);
            QCOMPARE(b.events.at(e).size, a.events.at(e).size);
            QCOMPARE(b.events.at(e).id, a.events.at(e).id);
            QCOMPARE(b.eventAt(e), a.eventAt(e));
        }
        QCOMPARE(b.timings.headersMs, a.timings.headersMs);
        QCOMPARE(b.timings.firstByteMs, a.timings.firstByteMs);
        QCOMPARE(b.timings.totalMs, a.timings.totalMs);
        QCOMPARE(b.error.has_value(), a.error.has_value());
        if (a.error) {
            QCOMPARE(b.error->kind, a.error->kind);
            QCOMPARE(b.error->message, a.error->message);
            QCOMPARE(b.error->code, a.error->code);
        }
    }
    // The masked Authorization is still masked, with nothing of the token.
    QCOMPARE(headerValue(read.exchanges.at(0).request.headers, "Authorization"),
             QStringLiteral("Bearer ****"));
}

void tst_Har::failedAttemptHasStatusZeroAndError()
{
    const QJsonObject response = entriesOf(Export::toHar(inputs({failedExchange()}), {}))
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("response"))
                                     .toObject();
    QCOMPARE(response.value(QLatin1String("status")).toInt(-1), 0);
    QCOMPARE(response.value(QLatin1String("_error")).toString(),
             QStringLiteral("Connection refused"));
    QCOMPARE(response.value(QLatin1String("_errorKind")).toString(), QStringLiteral("network"));
    QCOMPARE(response.value(QLatin1String("bodySize")).toInt(), -1);
}

void tst_Har::sanitizedByDefault()
{
    Net::Exchange e = streamExchange();
    // What a record holds: masks with the secret's last characters; and a body that quotes the
    // token, as if it had been recorded unmasked.
    e.request.headers = {{"Authorization", "Bearer ****7Hk2"},
                         {"Cookie", "session=cookie-value-123"},
                         {"X-Api-Key", "****LmQ9"},
                         {"X-Team-Secret", "team-secret-value-42"},
                         {"Proxy-Authorization", "Basic dG9rZW46c2VjcmV0"}};
    e.responseHeaders = {{"Set-Cookie", "sid=set-cookie-value-77; HttpOnly"},
                         {"Content-Type", "application/json"},
                         {"X-Echo", "you sent " + kToken}};
    e.responseBody = "{\"echo\":\"" + kToken + "\"}";
    e.events.clear();
    e.request.body = "{\"key\":\"" + kToken + "\"}";
    e.request.url.setQuery(QStringLiteral("key=") + QString::fromUtf8(kToken));
    HarOptions options;
    options.secretHeaders = {"x-team-secret"};
    options.secrets = {kToken};
    const QByteArray har = Export::toHar({{e, {}, {}}}, options);
    QVERIFY(HarValidator::validate(har).isEmpty());
    for (const QByteArray &leak :
         {QByteArray("7Hk2"), QByteArray("cookie-value-123"), QByteArray("LmQ9"),
          QByteArray("team-secret-value-42"), QByteArray("dG9rZW46c2VjcmV0"),
          QByteArray("set-cookie-value-77"), kToken}) {
        QVERIFY2(!har.contains(leak), leak.constData());
    }
    QVERIFY(har.contains("\"Bearer ****\""));
    QVERIFY(har.contains("\"Basic ****\""));
    // The echo is masked where it was, not dropped.
    QVERIFY(har.contains("you sent ****"));
}

void tst_Har::includeCredentialsPutsTheRealValuesBack()
{
    Net::Exchange sent = streamExchange();
    sent.request.headers = {{"Authorization", "Bearer ****7Hk2"},
                            {"X-Team-Secret", "****ue42"},
                            {"Content-Type", "application/json"}};
    // A redirect hop to another host carried no credential: none is added to it.
    Net::Exchange hop = jsonExchange();
    hop.request.headers = {{"Accept", "*/*"}};
    const Core::HttpHeaders credentials{{"Authorization", "Bearer " + kToken},
                                        {"X-Team-Secret", "team-secret-value-42"}};
    HarOptions options;
    options.includeCredentials = true;
    const QByteArray har
        = Export::toHar({{sent, {}, credentials}, {hop, {}, credentials}}, options);
    QVERIFY(HarValidator::validate(har).isEmpty());
    const QJsonArray entries = entriesOf(har);
    const auto headersOf = [&](int i) {
        return entries.at(i)
            .toObject()
            .value(QLatin1String("request"))
            .toObject()
            .value(QLatin1String("headers"))
            .toArray();
    };
    QCOMPARE(headersOf(0).at(0).toObject().value(QLatin1String("value")).toString(),
             QString::fromUtf8("Bearer " + kToken));
    QCOMPARE(headersOf(0).at(1).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("team-secret-value-42"));
    QCOMPARE(headersOf(1).size(), 1);
    QVERIFY(!QJsonDocument(headersOf(1)).toJson().contains(kToken));

    // Without the option the same input holds neither.
    options.includeCredentials = false;
    const QByteArray sanitized
        = Export::toHar({{sent, {}, credentials}, {hop, {}, credentials}}, options);
    QVERIFY(!sanitized.contains(kToken));
    QVERIFY(!sanitized.contains("team-secret-value-42"));
    QVERIFY(!sanitized.contains("ue42"));
}

void tst_Har::signInEntriesStayMasked()
{
    // A sign-in's record is masked when it is made; the connection's credentials were never
    // its own, so asking for credentials puts none into it, and it says what it is.
    Net::Exchange signIn = jsonExchange();
    signIn.origin = Net::Exchange::Origin::SignIn;
    signIn.request.url = QUrl(QStringLiteral("https://h.example/oidc/v1/token"));
    signIn.request.headers
        = {{"Authorization", "Basic ****"}, {"Content-Type", "application/x-www-form-urlencoded"}};
    signIn.request.body = "grant_type=client_credentials&scope=all-apis";
    signIn.responseBody = R"({"access_token":"****abcd","token_type":"Bearer"})";
    const Core::HttpHeaders credentials{{"Authorization", "Bearer " + kToken}};
    HarOptions options;
    options.includeCredentials = true;
    const QByteArray har
        = Export::toHar({{signIn, {}, credentials}, {jsonExchange(), {}, credentials}}, options);
    QVERIFY(HarValidator::validate(har).isEmpty());
    const QJsonArray entries = entriesOf(har);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("_origin")).toString(), QStringLiteral("sign-in"));
    QVERIFY(!entries.at(1).toObject().contains(QLatin1String("_origin")));
    const QJsonArray headers = first.value(QLatin1String("request"))
                                   .toObject()
                                   .value(QLatin1String("headers"))
                                   .toArray();
    QCOMPARE(headers.at(0).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("Basic ****"));
    QVERIFY(!QJsonDocument(first).toJson().contains(kToken));

    // Read back, it is a sign-in again; one a file brings unmasked is masked as it is read.
    const HarImport back = Export::fromHar(har);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.exchanges.at(0).origin, Net::Exchange::Origin::SignIn);
    QCOMPARE(back.exchanges.at(1).origin, Net::Exchange::Origin::Gateway);
    QJsonDocument foreign = QJsonDocument::fromJson(har);
    QJsonObject log = foreign.object().value(QLatin1String("log")).toObject();
    QJsonArray list = log.value(QLatin1String("entries")).toArray();
    QJsonObject entry = list.at(0).toObject();
    QJsonObject request = entry.value(QLatin1String("request")).toObject();
    QJsonObject postData = request.value(QLatin1String("postData")).toObject();
    postData.insert(
        QLatin1String("text"),
        QStringLiteral("grant_type=client_credentials&client_secret=raw-secret-0123456789"));
    request.insert(QLatin1String("postData"), postData);
    entry.insert(QLatin1String("request"), request);
    QJsonObject response = entry.value(QLatin1String("response")).toObject();
    QJsonObject content = response.value(QLatin1String("content")).toObject();
    content.insert(QLatin1String("text"),
                   QStringLiteral(R"({"access_token":"raw-access-0123456789"})"));
    response.insert(QLatin1String("content"), content);
    entry.insert(QLatin1String("response"), response);
    list.replace(0, entry);
    log.insert(QLatin1String("entries"), list);
    const HarImport masked
        = Export::fromHar(QJsonDocument(QJsonObject{{QLatin1String("log"), log}}).toJson());
    QVERIFY2(masked.ok(), qPrintable(masked.error));
    const Net::Exchange &read = masked.exchanges.at(0);
    QCOMPARE(read.request.body, QByteArray("grant_type=client_credentials&client_secret=****6789"));
    QCOMPARE(read.responseBody, QByteArray(R"({"access_token":"****6789"})"));
}

void tst_Har::credentialHeadersOfAConnection()
{
    Core::Connection c;
    c.extraHeaders = {{"X-Team-Secret", "v1"}, {"X-Trace", "on"}, {"X-Api-Key", "k1"}};
    c.secretHeaders = {"x-team-secret"};
    c.auth = Core::Connection::Auth::Bearer;
    QCOMPARE(Export::credentialHeaders(c, QStringLiteral("tok")),
             (Core::HttpHeaders{
                 {"Authorization", "Bearer tok"}, {"X-Team-Secret", "v1"}, {"X-Api-Key", "k1"}}));
    c.auth = Core::Connection::Auth::Basic;
    QCOMPARE(Export::credentialHeaders(c, QStringLiteral("tok")).first().second,
             "Basic " + QByteArray("token:tok").toBase64());
    c.auth = Core::Connection::Auth::None;
    QCOMPARE(Export::credentialHeaders(c, QStringLiteral("tok")).size(), 2);
    QCOMPARE(Export::credentialHeaders(Core::Connection{}, {}).size(), 0);
}

void tst_Har::browserHarImports()
{
    const HarImport read = Export::fromHar(Testing::readData(u"har/browser.har"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 3);

    const Net::Exchange &chat = read.exchanges.at(0);
    QCOMPARE(chat.request.method, QByteArray("POST"));
    QCOMPARE(chat.request.url.host(), QStringLiteral("api.example.com"));
    QVERIFY(chat.request.streaming);
    QVERIFY(chat.request.body.contains("Say hello"));
    QCOMPARE(chat.status, 200);
    QVERIFY(!chat.error); // "_error": null is no error
    QCOMPARE(chat.events.size(), 3);
    QCOMPARE(chat.eventAt(2).data, QByteArray("[DONE]"));
    QVERIFY(chat.eventAt(0).data.contains("\"Hel\""));
    // Connection set-up (blocked, dns, connect) comes before the wait; ssl is part of connect.
    QCOMPARE(chat.timings.headersMs, qint64(133)); // 1.2 + 0.5 + 10.1 + 0.3 + 120.5
    QCOMPARE(chat.timings.firstByteMs, chat.timings.headersMs);
    QCOMPARE(chat.timings.totalMs, qint64(163));
    QCOMPARE(chat.startedAt, QDateTime(QDate(2024, 5, 10), QTime(8, 34, 51, 123), Qt::UTC));
    // The browser's credentials are masked as the inspector masks its own.
    const QByteArray all = [&] {
        QByteArray bytes;
        for (const Net::Exchange &e : read.exchanges) {
            for (const Core::HttpHeader &h : e.request.headers + e.responseHeaders)
                bytes += h.first + ": " + h.second + '\n';
        }
        return bytes;
    }();
    for (const QByteArray &secret :
         {QByteArray("sk-browser-secret-0123456789"), QByteArray("abc123secretcookie"),
          QByteArray("cookievalue-xyz"), QByteArray("browser-api-key-9876543210")}) {
        QVERIFY2(!all.contains(secret), all.constData());
    }
    QCOMPARE(headerValue(chat.request.headers, "content-type"), QStringLiteral("application/json"));

    const Net::Exchange &models = read.exchanges.at(1);
    QVERIFY(models.responseBody.startsWith("{\"object\": \"list\""));
    QCOMPARE(models.startedAt, QDateTime(QDate(2024, 5, 10), QTime(8, 34, 52), Qt::UTC));
    QCOMPARE(models.timings.headersMs, qint64(41));
    QCOMPARE(models.timings.totalMs, qint64(45));

    const Net::Exchange &failed = read.exchanges.at(2);
    QCOMPARE(failed.status, 0);
    QVERIFY(failed.error);
    QCOMPARE(failed.error->kind, Core::ApiError::Kind::Network);
    QCOMPARE(failed.error->message, QStringLiteral("net::ERR_CONNECTION_REFUSED"));
    QCOMPARE(failed.timings.headersMs, qint64(-1));
}

void tst_Har::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray valid = Export::toHar(inputs({streamExchange(), jsonExchange()}), {});
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty";
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not valid JSON";
    QTest::newRow("invalid JSON") << QByteArray("{\"log\": {,}}") << "not valid JSON";
    QTest::newRow("not JSON at all") << QByteArray("<html>502</html>") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "no \"log\"";
    QTest::newRow("log not object") << QByteArray("{\"log\": []}") << "no \"log\"";
    QTest::newRow("version 2.0") << QByteArray(R"({"log":{"version":"2.0","entries":[]}})")
                                 << "version 2.0";
    QTest::newRow("version not text")
        << QByteArray(R"({"log":{"version":true,"entries":[]}})") << "version true";
    QTest::newRow("no entries") << QByteArray(R"({"log":{"version":"1.2"}})") << "no list";
    QTest::newRow("entries object")
        << QByteArray(R"({"log":{"version":"1.2","entries":{}}})") << "no list";
    QByteArray huge = R"({"log":{"version":"1.2","entries":[],"comment":")";
    huge += QByteArray(Export::kMaxHarBytes, 'x') + "\"}}";
    QTest::newRow("huge") << huge << "larger than 64 MB";
}

void tst_Har::hostileFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const HarImport read = Export::fromHar(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(says), qPrintable(read.error));
    QVERIFY(read.exchanges.isEmpty());
}

void tst_Har::damagedEntriesImportAsFarAsTheyCan()
{
    const HarImport read = Export::fromHar(minimalHar(
        R"("not an entry",
           {"request":{"method":"GET"}},
           {"request":{"url":"/relative"}},
           {"request":{"url":"https://h.example/a"}},
           {"startedDateTime":"yesterday","request":{"url":"https://h.example/b","method":"post",
            "headers":[{"value":"no name"},{"name":"X-Ok","value":"1"},7]},
            "response":{"status":201,"headers":"nope","content":{"text":"made"}}})"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 2);
    // Three left out, each named; then how many have no time.
    QCOMPARE(read.warnings.size(), 3 + 1);
    QVERIFY(read.warnings.last().contains(QStringLiteral("without a valid start time: 2")));
    QVERIFY(read.warnings.join(u'\n').contains(QStringLiteral("Entry 1 was left out")));
    QVERIFY(read.warnings.join(u'\n').contains(QStringLiteral("Entry 3 was left out")));

    // No response: an attempt that got no answer.
    const Net::Exchange &noResponse = read.exchanges.at(0);
    QCOMPARE(noResponse.request.method, QByteArray("GET"));
    QCOMPARE(noResponse.status, 0);
    QVERIFY(noResponse.error);
    QVERIFY(!noResponse.error->message.isEmpty());

    const Net::Exchange &partial = read.exchanges.at(1);
    QCOMPARE(partial.request.method, QByteArray("POST"));
    QCOMPARE(partial.request.headers, (Core::HttpHeaders{{"X-Ok", "1"}}));
    QCOMPARE(partial.status, 201);
    QVERIFY(partial.responseHeaders.isEmpty());
    QCOMPARE(partial.responseBody, QByteArray("made"));
    QVERIFY(!partial.startedAt.isValid());
}

void tst_Har::base64Bodies()
{
    const QByteArray binary("\x00\xFF\x10 png \x89", 9);
    const HarImport read = Export::fromHar(
        minimalHar(R"({"request":{"url":"https://h.example/","postData":{"mimeType":"x","text":")"
                   + binary.toBase64() + R"(","_encoding":"base64"}},
            "response":{"status":200,"content":{"mimeType":"image/png","encoding":"base64","text":")"
                   + binary.toBase64() + R"("}}},
           {"request":{"url":"https://h.example/2"},
            "response":{"status":200,"content":{"encoding":"base64","text":"@@not base64@@"}}})"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 2);
    QCOMPARE(read.exchanges.at(0).request.body, binary);
    QCOMPARE(read.exchanges.at(0).responseBody, binary);
    QCOMPARE(read.exchanges.at(1).responseBody, QByteArray("@@not base64@@"));
    QCOMPARE(read.warnings.size(), 2);
    QVERIFY(read.warnings.first().contains(QStringLiteral("base64")));
    QVERIFY(read.warnings.last().contains(QStringLiteral("start time")));

    // And written: a body that is not UTF-8 goes out as base64 and comes back byte for byte.
    Net::Exchange e = jsonExchange();
    e.request.body = binary;
    e.responseBody = binary;
    const HarImport back = Export::fromHar(Export::toHar(inputs({e}), {}));
    QCOMPARE(back.exchanges.at(0).request.body, binary);
    QCOMPARE(back.exchanges.at(0).responseBody, binary);
}

void tst_Har::notUtf8()
{
    QByteArray bytes = minimalHar(
        R"({"request":{"url":"https://h.example/"},"response":{"status":200,"content":{"text":"caf)"
        "\xE9"
        R"( \xC3\xA9"}}})");
    bytes.replace("\\xC3\\xA9", "\xC3\xA9");
    const HarImport read = Export::fromHar(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 1);
    QCOMPARE(read.exchanges.at(0).responseBody, QByteArray("caf\xEF\xBF\xBD \xC3\xA9"));
    QCOMPARE(read.warnings.size(), 2);
    QVERIFY(read.warnings.first().contains(QStringLiteral("UTF-8")));
    // A byte order mark is no reason to refuse a file.
    const HarImport bom = Export::fromHar("\xEF\xBB\xBF" + minimalHar({}));
    QVERIFY2(bom.ok(), qPrintable(bom.error));
}

void tst_Har::outOfRangeNumbers()
{
    const HarImport read = Export::fromHar(minimalHar(
        R"({"request":{"url":"https://h.example/1"},"response":{"status":1e9},
            "time":1e300,"timings":{"send":-5,"wait":"abc","receive":1e300}},
           {"request":{"url":"https://h.example/2"},"response":{"status":-3},"time":-7,
            "timings":{"send":1,"wait":2.6,"receive":3}},
           {"request":{"url":"https://h.example/3"},"response":{"status":200.5},"_attempt":1e12})"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 3);
    for (const Net::Exchange &e : read.exchanges) {
        QCOMPARE(e.status, 0);
        QVERIFY(e.timings.totalMs >= 0);
        QVERIFY(e.timings.totalMs <= qint64(1e9));
        QVERIFY(e.attempt >= 1 && e.attempt <= 1000);
    }
    QCOMPARE(read.exchanges.at(0).timings.totalMs, qint64(1e9));
    QCOMPARE(read.exchanges.at(1).timings.totalMs, qint64(7)); // 1 + 3 + 3: no time given
    QVERIFY(read.warnings.join(u'\n').contains(QStringLiteral("out of range")));
}

void tst_Har::tooManyEntries()
{
    QByteArray entries;
    for (int i = 0; i < Export::kMaxHarEntries + 5; ++i)
        entries += (i ? "," : "") + QByteArray(R"({"request":{"url":"https://h.example/"}})");
    const HarImport read = Export::fromHar(minimalHar(entries));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), Export::kMaxHarEntries);
    QVERIFY(read.warnings.join(u'\n').contains(QString::number(Export::kMaxHarEntries)));
}

void tst_Har::fileTooLargeIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Export::kMaxHarBytes + 100)); // sparse: no 64 MB written
    file.close();
    const HarImport read = Export::readHarFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("larger than")), qPrintable(read.error));

    const HarImport missing = Export::readHarFile(dir.filePath(QStringLiteral("nope.har")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(QStringLiteral("nope.har")));
}

void tst_Har::fileWithCredentialsIsPrivate()
{
    QTemporaryDir dir;
    const QString open = dir.filePath(QStringLiteral("open.har"));
    const QString secret = dir.filePath(QStringLiteral("secret.har"));
    QCOMPARE(Export::writeHarFile(open, "{}", false), QString());
    QCOMPARE(Export::writeHarFile(secret, "{}", true), QString());
    QCOMPARE(QFile(secret).size(), 2);
    QCOMPARE(QFile::permissions(secret)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(!Export::writeHarFile(dir.filePath(QStringLiteral("no/such/dir/x.har")), "{}", false)
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_Har)
#include "tst_har.moc"
