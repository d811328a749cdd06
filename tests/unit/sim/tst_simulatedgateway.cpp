#include "sim/httprequestparser.h"
#include "sim/simulatedgateway.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Parlance::Sim;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QByteArray> reads;   // what each readyRead delivered
    QList<qint64> readTimesMs; // when, since the request was sent
    qint64 totalMs = 0;
    QHash<QByteArray, QByteArray> headers; // lower-cased names

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

struct SseEvent
{
    QByteArray event;
    QByteArray data;
};

// Our own streams use "\n" line ends and never split a field over lines.
QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf("\n\n", pos);
        if (end < 0)
            end = body.size();
        const QByteArray block = body.mid(pos, end - pos);
        pos = end + 2;
        if (block.isEmpty())
            continue;
        SseEvent e;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("event: "))
                e.event = line.mid(7);
            else if (line.startsWith("data: "))
                e.data += line.mid(6);
        }
        events.append(e);
    }
    return events;
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", json.left(300).constData());
    return doc.object();
}

bool isJson(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray chatBody(const QString &model, const QString &text, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!o.contains(QStringLiteral("messages"))) {
        o.insert(QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), text}}});
    }
    return toJson(o);
}

QJsonObject streamOn(const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("stream"), true);
    return o;
}

// The content text of chat-completion chunks, per choice index.
QString chatText(const QList<SseEvent> &events, int index = 0)
{
    QString text;
    for (const SseEvent &e : events) {
        if (e.data == "[DONE]" || !isJson(e.data))
            continue;
        for (const QJsonValue &c : object(e.data).value(QStringLiteral("choices")).toArray()) {
            const QJsonObject choice = c.toObject();
            if (choice.value(QStringLiteral("index")).toInt() != index)
                continue;
            const QJsonValue content
                = choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content"));
            if (content.isString())
                text += content.toString();
        }
    }
    return text;
}

// Reads raw bytes from a socket until it closes, `until` appears, or the time is up. The
// gateway runs in this thread, so the wait must spin the event loop rather than block.
struct RawExchange
{
    QByteArray bytes;
    QList<QByteArray> reads;
    bool closed = false;
};

// Turns the event loop until the socket has news (bytes, or the connection ended) or `ms` pass.
void waitForNews(QTcpSocket &socket, qint64 ms)
{
    if (socket.state() != QAbstractSocket::ConnectedState || ms <= 0)
        return;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

RawExchange rawRead(QTcpSocket &socket, int timeoutMs, const QByteArray &until = {})
{
    RawExchange out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0)
            waitForNews(socket, timeoutMs - timer.elapsed());
        const QByteArray chunk = socket.readAll();
        if (!chunk.isEmpty()) {
            out.reads.append(chunk);
            out.bytes += chunk;
        }
        if (!until.isEmpty() && out.bytes.contains(until))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            out.closed = true;
            break;
        }
    }
    return out;
}

// Decodes a chunked HTTP body (after the header block). *complete: the final chunk was seen.
QByteArray dechunk(const QByteArray &raw, bool *complete)
{
    *complete = false;
    QByteArray body;
    qsizetype pos = raw.indexOf("\r\n\r\n");
    if (pos < 0)
        return body;
    pos += 4;
    while (pos < raw.size()) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = raw.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
        if (!ok)
            break;
        if (size == 0) {
            *complete = raw.mid(lineEnd, 4) == "\r\n\r\n";
            break;
        }
        body += raw.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    return body;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST") {
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
             + "\r\n";
    }
    return r + "\r\n" + body;
}

} // namespace

class tst_SimulatedGateway : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const Headers &headers = {}, SimulatedGateway *gateway = nullptr,
                    int timeoutMs = 20000);
    HttpResult post(const QString &path, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST", path, body, headers);
    }
    QJsonObject sqlPoll(const QString &id);

    std::unique_ptr<SimulatedGateway> m_gateway;
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase();
    void init();

    void modelLists_data();
    void modelLists();
    void servingEndpoints();

    void chatNonStream_data();
    void chatNonStream();
    void chatStream_data();
    void chatStream();
    void chatStreamChoicesInterleave();
    void invocationsNonStream();
    void invocationsStreamHasCumulativeUsage();

    void lorem_data();
    void lorem();
    void loremTwentyThousandDeltas();
    void reasoning();
    void tools();
    void slowModelWaits();
    void flaky_data();
    void flaky();
    void demoError_data();
    void demoError();
    void errorAnswers_data();
    void errorAnswers();

    void responsesNonStream_data();
    void responsesNonStream();
    void responsesStream_data();
    void responsesStream();
    void responsesLoremIsIncomplete();

    void faultDisconnect();
    void faultDisconnectNonStream();
    void faultStall();
    void faultMalformed_data();
    void faultMalformed();
    void faultHtml502();
    void faultNoDone_data();
    void faultNoDone();
    void faultStatus_data();
    void faultStatus();
    void faultRateLimit();
    void faultRedirect();
    void faultMidStreamError();
    void faultChunkBytesSplitsUtf8();
    void faultChunkBytesThroughQnam();
    void faultUnknownKnob();

    void auth_data();
    void auth();
    void requestLog();
    void requestLogOverHttp();

    void sqlWarehouses();
    void sqlAiQuery();
    void sqlStatements_data();
    void sqlStatements();
    void sqlErrors();
    void sqlCancel();
    void sqlStoppedWarehouse();
    void sqlResultChunks();
    void sqlBatchFails();

    void keepAliveServesSeveralRequests();
    void connectionCloseIsHonoured();
    void chunkedRequestBodyIsRefused();
    void headerLimitIgnoresHowBytesArrive();
    void expectContinue();
    void worksInWorkerThread();
};

HttpResult tst_SimulatedGateway::send(const QByteArray &method, const QString &path,
                                      const QByteArray &body, const Headers &headers,
                                      SimulatedGateway *gateway, int timeoutMs)
{
    if (!gateway)
        gateway = m_gateway.get();
    QNetworkRequest request(QUrl(gateway->url().toString() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        result.reads.append(chunk);
        result.readTimesMs.append(timer.elapsed());
        result.body += chunk;
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(timeoutMs))
        qWarning("request %s %s timed out", method.constData(), qPrintable(path));
    result.body += reply->readAll();
    result.totalMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

QJsonObject tst_SimulatedGateway::sqlPoll(const QString &id)
{
    const HttpResult r = send("GET", u"/api/2.0/sql/statements/" + id);
    if (r.status != 200)
        qWarning("poll answered %d", r.status);
    return object(r.body);
}

void tst_SimulatedGateway::initTestCase()
{
    m_gateway = std::make_unique<SimulatedGateway>();
    QVERIFY(m_gateway->listen());
    QVERIFY(m_gateway->port() != 0);
    QCOMPARE(m_gateway->url().toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_gateway->port()));
}

void tst_SimulatedGateway::init()
{
    m_gateway->setRequiredToken(QString());
    m_gateway->setTimeScale(0);
    m_gateway->clearRequests();
}

// ---- catalog -------------------------------------------------------------------------------

void tst_SimulatedGateway::modelLists_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("openai") << QStringLiteral("/v1/models");
    QTest::newRow("ai-gateway mlflow") << QStringLiteral("/ai-gateway/mlflow/v1/models");
    QTest::newRow("ai-gateway openai") << QStringLiteral("/ai-gateway/openai/v1/models");
}

void tst_SimulatedGateway::modelLists()
{
    QFETCH(QString, path);
    const HttpResult r = send("GET", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QVERIFY(!r.header("x-request-id").isEmpty());
    const QJsonObject o = object(r.body);
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("data")).toArray()) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.value(QStringLiteral("object")).toString(), QStringLiteral("model"));
        QCOMPARE(m.value(QStringLiteral("created")).toInteger(), 1700000000);
        QCOMPARE(m.value(QStringLiteral("owned_by")).toString(), QStringLiteral("parlance-sim"));
        ids.append(m.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids, QStringList({QStringLiteral("demo-echo"), QStringLiteral("demo-lorem"),
                               QStringLiteral("demo-reasoning"), QStringLiteral("demo-tools"),
                               QStringLiteral("demo-slow"), QStringLiteral("demo-flaky"),
                               QStringLiteral("demo-error")}));
}

void tst_SimulatedGateway::servingEndpoints()
{
    const HttpResult list = send("GET", QStringLiteral("/api/2.0/serving-endpoints"));
    QCOMPARE(list.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : object(list.body).value(QStringLiteral("endpoints")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(byName.size(), 9);

    const QJsonObject echo = byName.value(QStringLiteral("demo-echo"));
    QCOMPARE(echo.value(QStringLiteral("task")).toString(), QStringLiteral("llm/v1/chat"));
    QCOMPARE(echo.value(QStringLiteral("id")).toString().size(), 32);
    QCOMPARE(
        echo.value(QStringLiteral("state")).toObject().value(QStringLiteral("ready")).toString(),
        QStringLiteral("READY"));
    QCOMPARE(echo.value(QStringLiteral("state"))
                 .toObject()
                 .value(QStringLiteral("config_update"))
                 .toString(),
             QStringLiteral("NOT_UPDATING"));
    QCOMPARE(echo.value(QStringLiteral("creator")).toString(),
             QStringLiteral("sim@parlance.local"));
    QVERIFY(echo.value(QStringLiteral("creation_timestamp")).toInteger() > 0);
    QVERIFY(echo.value(QStringLiteral("last_updated_timestamp")).toInteger() > 0);
    const QJsonObject entity = echo.value(QStringLiteral("config"))
                                   .toObject()
                                   .value(QStringLiteral("served_entities"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QVERIFY(!entity.value(QStringLiteral("name")).toString().isEmpty());
    const QJsonObject foundation = entity.value(QStringLiteral("foundation_model")).toObject();
    QVERIFY(!foundation.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!foundation.value(QStringLiteral("display_name")).toString().isEmpty());
    QVERIFY(!foundation.value(QStringLiteral("description")).toString().isEmpty());

    QCOMPARE(
        byName.value(QStringLiteral("demo-embeddings")).value(QStringLiteral("task")).toString(),
        QStringLiteral("llm/v1/embeddings"));
    QCOMPARE(byName.value(QStringLiteral("demo-not-ready"))
                 .value(QStringLiteral("state"))
                 .toObject()
                 .value(QStringLiteral("ready"))
                 .toString(),
             QStringLiteral("NOT_READY"));

    const HttpResult one = send("GET", QStringLiteral("/api/2.0/serving-endpoints/demo-tools"));
    QCOMPARE(one.status, 200);
    QCOMPARE(object(one.body).value(QStringLiteral("name")).toString(),
             QStringLiteral("demo-tools"));

    const HttpResult missing = send("GET", QStringLiteral("/api/2.0/serving-endpoints/nope"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(object(missing.body).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
}

// ---- chat completions ----------------------------------------------------------------------

void tst_SimulatedGateway::chatNonStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("openai") << QStringLiteral("/v1/chat/completions");
    QTest::newRow("ai-gateway mlflow") << QStringLiteral("/ai-gateway/mlflow/v1/chat/completions");
    QTest::newRow("ai-gateway openai") << QStringLiteral("/ai-gateway/openai/v1/chat/completions");
    QTest::newRow("serving-endpoints") << QStringLiteral("/serving-endpoints/chat/completions");
}

void tst_SimulatedGateway::chatNonStream()
{
    QFETCH(QString, path);
    const QString text = QStringLiteral("héllo 日本 😀 \"quoted\"\n\tnext line");
    QJsonObject extra;
    extra.insert(QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"), QStringLiteral("Be brief.")}},
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), text}}});
    const HttpResult r = post(path, chatBody(QStringLiteral("demo-echo"), QString(), extra));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject o = object(r.body);
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(u"chatcmpl-sim"));
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("demo-echo"));
    QVERIFY(o.value(QStringLiteral("created")).toInteger() > 1700000000);
    const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("index")).toInt(-1), 0);
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(message.value(QStringLiteral("content")).toString(), u"You said: " + text);
    QVERIFY(message.value(QStringLiteral("refusal")).isNull());
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    // Words: "Be brief." (2) + 6 in the text; the answer is "You said:" + 6 words.
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 8);
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 8);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 16);
}

void tst_SimulatedGateway::chatStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("includeUsage");
    for (const QString &path : {QStringLiteral("/v1/chat/completions"),
                                QStringLiteral("/ai-gateway/mlflow/v1/chat/completions"),
                                QStringLiteral("/ai-gateway/openai/v1/chat/completions"),
                                QStringLiteral("/serving-endpoints/chat/completions")}) {
        QTest::addRow("%s", qPrintable(path)) << path << false;
        QTest::addRow("%s usage", qPrintable(path)) << path << true;
    }
}

void tst_SimulatedGateway::chatStream()
{
    QFETCH(QString, path);
    QFETCH(bool, includeUsage);
    QJsonObject extra = streamOn();
    if (includeUsage)
        extra.insert(QStringLiteral("stream_options"),
                     QJsonObject{{QStringLiteral("include_usage"), true}});
    const QString text = QStringLiteral("héllo 日本 😀");
    const HttpResult r = post(path, chatBody(QStringLiteral("demo-echo"), text, extra));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    QCOMPARE(r.error, QNetworkReply::NoError);

    const QList<SseEvent> events = parseSse(r.body);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    // role chunk, 5 words, finish chunk, [usage], [DONE]
    QCOMPARE(events.size(), 1 + 5 + 1 + (includeUsage ? 1 : 0) + 1);

    const QJsonObject first = object(events.at(0).data);
    const QString id = first.value(QStringLiteral("id")).toString();
    const qint64 created = first.value(QStringLiteral("created")).toInteger();
    QVERIFY(id.startsWith(u"chatcmpl-sim"));
    const QJsonObject roleDelta = first.value(QStringLiteral("choices"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("delta"))
                                      .toObject();
    QCOMPARE(roleDelta.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(roleDelta.value(QStringLiteral("content")).toString(QStringLiteral("x")), QString());
    QVERIFY(roleDelta.contains(QStringLiteral("refusal"))
            && roleDelta.value(QStringLiteral("refusal")).isNull());

    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        QVERIFY(events.at(i).event.isEmpty());
        const QJsonObject chunk = object(events.at(i).data);
        QCOMPARE(chunk.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(chunk.value(QStringLiteral("created")).toInteger(), created);
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(),
                 QStringLiteral("chat.completion.chunk"));
        QCOMPARE(chunk.value(QStringLiteral("model")).toString(), QStringLiteral("demo-echo"));
    }
    // Each delta is one word with its leading space.
    const QJsonObject second = object(events.at(1).data);
    QCOMPARE(second.value(QStringLiteral("choices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("delta"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
             QStringLiteral("You"));
    const QJsonObject third = object(events.at(2).data);
    QCOMPARE(third.value(QStringLiteral("choices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("delta"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
             QStringLiteral(" said:"));
    QCOMPARE(chatText(events), u"You said: " + text);

    const qsizetype finishAt = events.size() - (includeUsage ? 3 : 2);
    const QJsonObject finish = object(events.at(finishAt).data)
                                   .value(QStringLiteral("choices"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(finish.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    QVERIFY(finish.value(QStringLiteral("delta")).toObject().isEmpty());
    if (includeUsage) {
        const QJsonObject usageChunk = object(events.at(events.size() - 2).data);
        QVERIFY(usageChunk.value(QStringLiteral("choices")).toArray().isEmpty());
        const QJsonObject usage = usageChunk.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 3);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 5);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 8);
    } else {
        for (const SseEvent &e : events)
            QVERIFY(!e.data.contains("\"usage\""));
    }
}

void tst_SimulatedGateway::chatStreamChoicesInterleave()
{
    QJsonObject extra = streamOn();
    extra.insert(QStringLiteral("n"), 3);
    const HttpResult r = post(QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("demo-echo"), QStringLiteral("a b"), extra));
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);
    QList<int> order;
    for (const SseEvent &e : events) {
        if (e.data == "[DONE]")
            continue;
        order.append(object(e.data)
                         .value(QStringLiteral("choices"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("index"))
                         .toInt());
    }
    // Like the recorded n=3 stream: role+first word per choice, then rounds, then finishes.
    QCOMPARE(order, QList<int>({0, 0, 1, 1, 2, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(chatText(events, i), QStringLiteral("You said: a b"));
}

void tst_SimulatedGateway::invocationsNonStream()
{
    const HttpResult r = post(QStringLiteral("/serving-endpoints/demo-echo/invocations"),
                              chatBody(QString(), QStringLiteral("hi there")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("served-model-name"), QByteArray("demo-echo-backend"));
    const QJsonObject o = object(r.body);
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(u"chatcmpl_"));
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("demo-echo-backend"));
    const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
             QStringLiteral("You said: hi there"));
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 2);
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 4);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 6);
}

void tst_SimulatedGateway::invocationsStreamHasCumulativeUsage()
{
    const HttpResult r = post(QStringLiteral("/serving-endpoints/demo-echo/invocations"),
                              chatBody(QString(), QStringLiteral("one two three"), streamOn()));
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    int previous = -1;
    QString id;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        const QJsonObject chunk = object(events.at(i).data);
        QVERIFY(chunk.value(QStringLiteral("id")).toString().startsWith(u"chatcmpl_"));
        if (id.isEmpty())
            id = chunk.value(QStringLiteral("id")).toString();
        QCOMPARE(chunk.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(chunk.value(QStringLiteral("model")).toString(),
                 QStringLiteral("demo-echo-backend"));
        QVERIFY2(chunk.contains(QStringLiteral("usage")), events.at(i).data.constData());
        const QJsonObject usage = chunk.value(QStringLiteral("usage")).toObject();
        const int completion = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
        QVERIFY(completion >= previous);
        previous = completion;
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 3);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 3 + completion);
    }
    QCOMPARE(previous, 5); // You said: one two three
    QCOMPARE(chatText(events), QStringLiteral("You said: one two three"));
}

// ---- demo models ---------------------------------------------------------------------------

void tst_SimulatedGateway::lorem_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("maxTokens"); // 0: not sent
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("finish");
    for (const bool stream : {false, true}) {
        const char *mode = stream ? "stream" : "body";
        QTest::addRow("%s default", mode) << stream << 0 << 64 << QStringLiteral("stop");
        QTest::addRow("%s 1", mode) << stream << 1 << 1 << QStringLiteral("length");
        QTest::addRow("%s 37", mode) << stream << 37 << 37 << QStringLiteral("length");
        QTest::addRow("%s 300", mode) << stream << 300 << 300 << QStringLiteral("length");
    }
}

void tst_SimulatedGateway::lorem()
{
    QFETCH(bool, stream);
    QFETCH(int, maxTokens);
    QFETCH(int, expected);
    QFETCH(QString, finish);
    QJsonObject extra = stream ? streamOn() : QJsonObject();
    if (maxTokens > 0)
        extra.insert(QStringLiteral("max_tokens"), maxTokens);
    const HttpResult r = post(QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("demo-lorem"), QStringLiteral("go"), extra));
    QCOMPARE(r.status, 200);
    QString text;
    QString finishReason;
    int deltas = 0;
    if (stream) {
        for (const SseEvent &e : parseSse(r.body)) {
            if (e.data == "[DONE]")
                continue;
            const QJsonObject choice
                = object(e.data).value(QStringLiteral("choices")).toArray().at(0).toObject();
            const QJsonValue content
                = choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content"));
            if (content.isString() && !content.toString().isEmpty())
                ++deltas;
            if (choice.value(QStringLiteral("finish_reason")).isString())
                finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        }
        text = chatText(parseSse(r.body));
        QCOMPARE(deltas, expected);
    } else {
        const QJsonObject o = object(r.body);
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().at(0).toObject();
        text = choice.value(QStringLiteral("message"))
                   .toObject()
                   .value(QStringLiteral("content"))
                   .toString();
        finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        QCOMPARE(o.value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("completion_tokens"))
                     .toInt(),
                 expected);
    }
    QCOMPARE(text.split(u' ', Qt::SkipEmptyParts).size(), expected);
    QVERIFY(text.startsWith(u"Lorem"));
    QCOMPARE(finishReason, finish);
}

void tst_SimulatedGateway::loremTwentyThousandDeltas()
{
    QJsonObject extra = streamOn();
    extra.insert(QStringLiteral("max_tokens"), 20000);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = post(QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("demo-lorem"), QStringLiteral("go"), extra));
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);
    QCOMPARE(events.size(), 1 + 20000 + 1 + 1);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    QCOMPARE(chatText(events).split(u' ', Qt::SkipEmptyParts).size(), 20000);
    // Generous bound: it takes well under a second; a per-delta timer or rebuild would not.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void tst_SimulatedGateway::reasoning()
{
    const HttpResult body
        = post(QStringLiteral("/serving-endpoints/chat/completions"),
               chatBody(QStringLiteral("demo-reasoning"), QStringLiteral("17*23?")));
    QCOMPARE(body.status, 200);
    const QJsonObject message = object(body.body)
                                    .value(QStringLiteral("choices"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toObject();
    const QJsonArray parts = message.value(QStringLiteral("content")).toArray();
    QCOMPARE(parts.size(), 2);
    const QJsonObject reasoningPart = parts.at(0).toObject();
    QCOMPARE(reasoningPart.value(QStringLiteral("type")).toString(), QStringLiteral("reasoning"));
    const QJsonObject summary
        = reasoningPart.value(QStringLiteral("summary")).toArray().at(0).toObject();
    QCOMPARE(summary.value(QStringLiteral("type")).toString(), QStringLiteral("summary_text"));
    const QString reasoningText = summary.value(QStringLiteral("text")).toString();
    QVERIFY(reasoningText.contains(u"step by step"));
    QVERIFY(!summary.value(QStringLiteral("signature")).toString().isEmpty());
    QCOMPARE(parts.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("text"));
    const QString answer = parts.at(1).toObject().value(QStringLiteral("text")).toString();
    QVERIFY(answer.endsWith(u"391"));

    const HttpResult stream
        = post(QStringLiteral("/serving-endpoints/chat/completions"),
               chatBody(QStringLiteral("demo-reasoning"), QStringLiteral("17*23?"), streamOn()));
    QCOMPARE(stream.status, 200);
    const QList<SseEvent> events = parseSse(stream.body);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    // events[0] is the role chunk; events[1] carries the reasoning part list.
    const QJsonValue first = object(events.at(1).data)
                                 .value(QStringLiteral("choices"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("delta"))
                                 .toObject()
                                 .value(QStringLiteral("content"));
    QVERIFY(first.isArray());
    const QJsonObject part = first.toArray().at(0).toObject();
    QCOMPARE(part.value(QStringLiteral("type")).toString(), QStringLiteral("reasoning"));
    QCOMPARE(part.value(QStringLiteral("summary"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             reasoningText);
    QString streamedAnswer;
    for (qsizetype i = 2; i < events.size() - 2; ++i) {
        const QJsonValue content = object(events.at(i).data)
                                       .value(QStringLiteral("choices"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("delta"))
                                       .toObject()
                                       .value(QStringLiteral("content"));
        QVERIFY(content.isString());
        streamedAnswer += content.toString();
    }
    QCOMPARE(streamedAnswer, answer);
}

void tst_SimulatedGateway::tools()
{
    const HttpResult body
        = post(QStringLiteral("/v1/chat/completions"),
               chatBody(QStringLiteral("demo-tools"), QStringLiteral("Weather in Paris?")));
    QCOMPARE(body.status, 200);
    const QJsonObject choice
        = object(body.body).value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(),
             QStringLiteral("tool_calls"));
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    QVERIFY(message.value(QStringLiteral("content")).isNull());
    const QJsonObject call = message.value(QStringLiteral("tool_calls")).toArray().at(0).toObject();
    QVERIFY(call.value(QStringLiteral("id")).toString().startsWith(u"call_"));
    QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
    const QJsonObject function = call.value(QStringLiteral("function")).toObject();
    QCOMPARE(function.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather"));
    const QJsonObject args
        = object(function.value(QStringLiteral("arguments")).toString().toUtf8());
    QCOMPARE(args.value(QStringLiteral("location")).toString(), QStringLiteral("Paris"));
    QCOMPARE(args.value(QStringLiteral("unit")).toString(), QStringLiteral("celsius"));

    const HttpResult stream
        = post(QStringLiteral("/v1/chat/completions"),
               chatBody(QStringLiteral("demo-tools"), QStringLiteral("Weather?"), streamOn()));
    const QList<SseEvent> events = parseSse(stream.body);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    const QJsonObject firstDelta = object(events.at(0).data)
                                       .value(QStringLiteral("choices"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("delta"))
                                       .toObject();
    QVERIFY(firstDelta.value(QStringLiteral("content")).isNull());
    const QJsonObject head
        = firstDelta.value(QStringLiteral("tool_calls")).toArray().at(0).toObject();
    QCOMPARE(head.value(QStringLiteral("index")).toInt(-1), 0);
    QVERIFY(!head.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(head.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
    QCOMPARE(
        head.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("get_weather"));
    QCOMPARE(head.value(QStringLiteral("function"))
                 .toObject()
                 .value(QStringLiteral("arguments"))
                 .toString(QStringLiteral("x")),
             QString());
    QString arguments;
    int fragments = 0;
    QString finish;
    for (qsizetype i = 1; i + 1 < events.size(); ++i) {
        const QJsonObject c
            = object(events.at(i).data).value(QStringLiteral("choices")).toArray().at(0).toObject();
        const QJsonArray calls = c.value(QStringLiteral("delta"))
                                     .toObject()
                                     .value(QStringLiteral("tool_calls"))
                                     .toArray();
        if (!calls.isEmpty()) {
            QVERIFY(!calls.at(0).toObject().contains(QStringLiteral("id")));
            arguments += calls.at(0)
                             .toObject()
                             .value(QStringLiteral("function"))
                             .toObject()
                             .value(QStringLiteral("arguments"))
                             .toString();
            ++fragments;
        }
        if (c.value(QStringLiteral("finish_reason")).isString())
            finish = c.value(QStringLiteral("finish_reason")).toString();
    }
    QVERIFY(fragments > 3);
    QCOMPARE(arguments, function.value(QStringLiteral("arguments")).toString());
    QCOMPARE(finish, QStringLiteral("tool_calls"));

    // The follow-up turn carries the tool result.
    QJsonObject extra;
    extra.insert(
        QStringLiteral("messages"),
        QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("content"), QStringLiteral("Weather?")}},
                   QJsonObject{
                       {QStringLiteral("role"), QStringLiteral("assistant")},
                       {QStringLiteral("content"), QJsonValue::Null},
                       {QStringLiteral("tool_calls"), message.value(QStringLiteral("tool_calls"))}},
                   QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                               {QStringLiteral("tool_call_id"), call.value(QStringLiteral("id"))},
                               {QStringLiteral("content"), QStringLiteral("18°C and sunny")}}});
    const HttpResult followUp = post(QStringLiteral("/v1/chat/completions"),
                                     chatBody(QStringLiteral("demo-tools"), QString(), extra));
    QCOMPARE(followUp.status, 200);
    const QJsonObject answer
        = object(followUp.body).value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(answer.value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
             QStringLiteral("The weather tool said: 18°C and sunny"));
    QCOMPARE(answer.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
}

void tst_SimulatedGateway::slowModelWaits()
{
    m_gateway->setTimeScale(1.0);
    // "You said: a b" streams as 4 deltas: 300 ms, then 3 x 50 ms.
    const HttpResult r
        = post(QStringLiteral("/v1/chat/completions"),
               chatBody(QStringLiteral("demo-slow"), QStringLiteral("a b"), streamOn()));
    QCOMPARE(r.status, 200);
    QCOMPARE(chatText(parseSse(r.body)), QStringLiteral("You said: a b"));
    qint64 firstContentMs = -1;
    for (qsizetype i = 0; i < r.reads.size(); ++i) {
        if (r.reads.at(i).contains("\"content\":\"You\"")) {
            firstContentMs = r.readTimesMs.at(i);
            break;
        }
    }
    QVERIFY(firstContentMs >= 0);
    QVERIFY2(firstContentMs >= 280, qPrintable(QString::number(firstContentMs)));
    QVERIFY2(r.totalMs >= 430, qPrintable(QString::number(r.totalMs)));
    QVERIFY(r.reads.size() >= 4); // the deltas came apart, not in one burst

    // The time scale multiplies every delay: 40 words would take over 2 s unscaled.
    m_gateway->setTimeScale(0);
    const QString words = QStringLiteral("w ").repeated(40).trimmed();
    const HttpResult fast = post(QStringLiteral("/v1/chat/completions"),
                                 chatBody(QStringLiteral("demo-slow"), words));
    QCOMPARE(fast.status, 200);
    QVERIFY2(fast.totalMs < 1500, qPrintable(QString::number(fast.totalMs)));
}

void tst_SimulatedGateway::flaky_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("openAiShape");
    QTest::newRow("databricks") << QStringLiteral("/serving-endpoints/chat/completions") << false;
    QTest::newRow("openai") << QStringLiteral("/v1/chat/completions") << true;
    QTest::newRow("invocations") << QStringLiteral("/serving-endpoints/demo-flaky/invocations")
                                 << false;
}

void tst_SimulatedGateway::flaky()
{
    QFETCH(QString, path);
    QFETCH(bool, openAiShape);
    SimulatedGateway gateway; // the odd/even count is per instance
    QVERIFY(gateway.listen());
    const QByteArray body = chatBody(QStringLiteral("demo-flaky"), QStringLiteral("again"));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const HttpResult r = send("POST", path, body, {}, &gateway);
        if (attempt % 2 == 1) {
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("retry-after"), QByteArray("1"));
            const QJsonObject o = object(r.body);
            if (openAiShape) {
                const QJsonObject error = o.value(QStringLiteral("error")).toObject();
                QCOMPARE(error.value(QStringLiteral("code")).toString(),
                         QStringLiteral("rate_limit_exceeded"));
                QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            } else {
                QCOMPARE(o.value(QStringLiteral("error_code")).toString(),
                         QStringLiteral("RESOURCE_EXHAUSTED"));
                QCOMPARE(o.value(QStringLiteral("message")).toString(),
                         QStringLiteral("Too many requests. Please wait a moment and try again."));
            }
        } else {
            QCOMPARE(r.status, 200);
            QCOMPARE(object(r.body)
                         .value(QStringLiteral("choices"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("content"))
                         .toString(),
                     QStringLiteral("You said: again"));
        }
    }
}

void tst_SimulatedGateway::demoError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("openAiShape");
    QTest::newRow("databricks chat")
        << QStringLiteral("/ai-gateway/mlflow/v1/chat/completions") << false;
    QTest::newRow("invocations") << QStringLiteral("/serving-endpoints/demo-error/invocations")
                                 << false;
    QTest::newRow("openai chat") << QStringLiteral("/v1/chat/completions") << true;
    QTest::newRow("openai responses") << QStringLiteral("/v1/responses") << true;
}

void tst_SimulatedGateway::demoError()
{
    QFETCH(QString, path);
    QFETCH(bool, openAiShape);
    const QByteArray body
        = path.endsWith(u"responses")
              ? toJson({{QStringLiteral("model"), QStringLiteral("demo-error")},
                        {QStringLiteral("input"), QStringLiteral("x")}})
              : chatBody(QStringLiteral("demo-error"), QStringLiteral("x"), streamOn());
    const HttpResult r = post(path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QString message
        = QStringLiteral("demo-error always fails: this is the simulated gateway's error model.");
    const QJsonObject o = object(r.body);
    if (openAiShape) {
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
        QCOMPARE(error.value(QStringLiteral("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QVERIFY(error.contains(QStringLiteral("param")) && error.contains(QStringLiteral("code")));
    } else {
        QCOMPARE(o.value(QStringLiteral("error_code")).toString(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(o.value(QStringLiteral("message")).toString(), message);
    }
}

void tst_SimulatedGateway::errorAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // error_code, or OpenAI error.code / error.type

    const QByteArray unknown = chatBody(QStringLiteral("gpt-nope"), QStringLiteral("x"));
    QTest::newRow("unknown model openai")
        << QByteArray("POST") << QStringLiteral("/v1/chat/completions") << unknown << 404
        << QStringLiteral("model_not_found");
    QTest::newRow("unknown model databricks")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/chat/completions") << unknown
        << 404 << QStringLiteral("RESOURCE_DOES_NOT_EXIST");
    QTest::newRow("unknown model responses")
        << QByteArray("POST") << QStringLiteral("/v1/responses")
        << toJson({{QStringLiteral("model"), QStringLiteral("gpt-nope")},
                   {QStringLiteral("input"), QStringLiteral("x")}})
        << 404 << QStringLiteral("model_not_found");
    QTest::newRow("unknown endpoint invocations")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/nope/invocations")
        << chatBody(QString(), QStringLiteral("x")) << 404
        << QStringLiteral("RESOURCE_DOES_NOT_EXIST");
    QTest::newRow("bad json openai")
        << QByteArray("POST") << QStringLiteral("/v1/chat/completions") << QByteArray("{\"model\":")
        << 400 << QStringLiteral("invalid_request_error");
    QTest::newRow("bad json databricks")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/demo-echo/invocations")
        << QByteArray("not json") << 400 << QStringLiteral("BAD_REQUEST");
    QTest::newRow("bad json sql") << QByteArray("POST") << QStringLiteral("/api/2.0/sql/statements")
                                  << QByteArray("[1,") << 400 << QStringLiteral("BAD_REQUEST");
    QTest::newRow("no messages") << QByteArray("POST") << QStringLiteral("/v1/chat/completions")
                                 << QByteArray("{\"model\":\"demo-echo\",\"messages\":[]}") << 400
                                 << QStringLiteral("invalid_request_error");
    QTest::newRow("bad max_tokens")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/chat/completions")
        << chatBody(QStringLiteral("demo-echo"), QStringLiteral("x"),
                    {{QStringLiteral("max_tokens"), -3}})
        << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
    QTest::newRow("embeddings endpoint")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/demo-embeddings/invocations")
        << chatBody(QString(), QStringLiteral("x")) << 400
        << QStringLiteral("INVALID_PARAMETER_VALUE");
    QTest::newRow("not ready endpoint")
        << QByteArray("POST") << QStringLiteral("/serving-endpoints/demo-not-ready/invocations")
        << chatBody(QString(), QStringLiteral("x")) << 400 << QStringLiteral("INVALID_STATE");
    QTest::newRow("GET on POST route openai")
        << QByteArray("GET") << QStringLiteral("/v1/chat/completions") << QByteArray() << 405
        << QStringLiteral("invalid_request_error");
    QTest::newRow("GET on POST route databricks")
        << QByteArray("GET") << QStringLiteral("/serving-endpoints/demo-echo/invocations")
        << QByteArray() << 405 << QStringLiteral("BAD_REQUEST");
    QTest::newRow("unknown route openai")
        << QByteArray("GET") << QStringLiteral("/v1/nothing-here") << QByteArray() << 404
        << QStringLiteral("invalid_request_error");
    QTest::newRow("unknown route databricks")
        << QByteArray("GET") << QStringLiteral("/api/2.0/clusters/list") << QByteArray() << 404
        << QStringLiteral("ENDPOINT_NOT_FOUND");
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << QByteArray() << 404
                          << QStringLiteral("ENDPOINT_NOT_FOUND");
}

void tst_SimulatedGateway::errorAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r = send(method, path, body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.header("x-request-id").isEmpty());
    const QJsonObject o = object(r.body);
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.value(QStringLiteral("code")).toString() == code
                || error.value(QStringLiteral("type")).toString() == code);
        QVERIFY(path.startsWith(u"/v1/"));
    } else {
        QCOMPARE(o.value(QStringLiteral("error_code")).toString(), code);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    }
    if (status == 405)
        QCOMPARE(r.header("allow"), QByteArray("POST"));
}

// ---- responses -----------------------------------------------------------------------------

void tst_SimulatedGateway::responsesNonStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QStringList>("itemTypes");
    QTest::addColumn<QString>("text");

    const QJsonValue plain(QStringLiteral("héllo 😀"));
    for (const QString &path :
         {QStringLiteral("/v1/responses"), QStringLiteral("/ai-gateway/mlflow/v1/responses"),
          QStringLiteral("/ai-gateway/openai/v1/responses"),
          QStringLiteral("/serving-endpoints/responses")}) {
        QTest::addRow("echo %s", qPrintable(path))
            << path << QStringLiteral("demo-echo") << plain
            << QStringList{QStringLiteral("message")} << QStringLiteral("You said: héllo 😀");
    }
    const QJsonArray items{QJsonObject{
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")},
                                {QStringLiteral("text"), QStringLiteral("as parts")}}}}}};
    QTest::newRow("echo items") << QStringLiteral("/v1/responses") << QStringLiteral("demo-echo")
                                << QJsonValue(items) << QStringList{QStringLiteral("message")}
                                << QStringLiteral("You said: as parts");
    QTest::newRow("reasoning") << QStringLiteral("/v1/responses")
                               << QStringLiteral("demo-reasoning") << plain
                               << QStringList{QStringLiteral("reasoning"),
                                              QStringLiteral("message")}
                               << QStringLiteral("17 × 23 = 391");
    QTest::newRow("tools") << QStringLiteral("/v1/responses") << QStringLiteral("demo-tools")
                           << plain << QStringList{QStringLiteral("function_call")} << QString();
    const QJsonArray toolTurn{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), QStringLiteral("Weather?")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                    {QStringLiteral("call_id"), QStringLiteral("call_1")},
                    {QStringLiteral("name"), QStringLiteral("get_weather")},
                    {QStringLiteral("arguments"), QStringLiteral("{}")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                    {QStringLiteral("call_id"), QStringLiteral("call_1")},
                    {QStringLiteral("output"), QStringLiteral("rainy")}}};
    QTest::newRow("tool result") << QStringLiteral("/v1/responses") << QStringLiteral("demo-tools")
                                 << QJsonValue(toolTurn) << QStringList{QStringLiteral("message")}
                                 << QStringLiteral("The weather tool said: rainy");
}

void tst_SimulatedGateway::responsesNonStream()
{
    QFETCH(QString, path);
    QFETCH(QString, model);
    QFETCH(QJsonValue, input);
    QFETCH(QStringList, itemTypes);
    QFETCH(QString, text);
    const HttpResult r
        = post(path, toJson({{QStringLiteral("model"), model},
                             {QStringLiteral("input"), input},
                             {QStringLiteral("instructions"), QStringLiteral("Be kind.")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject o = object(r.body);
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(u"resp_"));
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("response"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), model);
    QCOMPARE(o.value(QStringLiteral("instructions")).toString(), QStringLiteral("Be kind."));
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    QStringList types;
    QString outputText;
    for (const QJsonValue &v : o.value(QStringLiteral("output")).toArray()) {
        const QJsonObject item = v.toObject();
        types.append(item.value(QStringLiteral("type")).toString());
        QVERIFY(!item.value(QStringLiteral("id")).toString().isEmpty());
        if (types.constLast() == u"message") {
            QCOMPARE(item.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
            const QJsonObject part
                = item.value(QStringLiteral("content")).toArray().at(0).toObject();
            QCOMPARE(part.value(QStringLiteral("type")).toString(), QStringLiteral("output_text"));
            outputText = part.value(QStringLiteral("text")).toString();
        } else if (types.constLast() == u"reasoning") {
            QVERIFY(item.value(QStringLiteral("summary"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .contains(u"step by step"));
        } else if (types.constLast() == u"function_call") {
            QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather"));
            QVERIFY(!item.value(QStringLiteral("call_id")).toString().isEmpty());
            QCOMPARE(object(item.value(QStringLiteral("arguments")).toString().toUtf8())
                         .value(QStringLiteral("location"))
                         .toString(),
                     QStringLiteral("Paris"));
        }
    }
    QCOMPARE(types, itemTypes);
    QCOMPARE(outputText, text);
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    QVERIFY(usage.value(QStringLiteral("input_tokens")).toInt() >= 3); // "Be kind." + input
    QVERIFY(usage.value(QStringLiteral("output_tokens")).toInt() > 0);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
             usage.value(QStringLiteral("input_tokens")).toInt()
                 + usage.value(QStringLiteral("output_tokens")).toInt());
}

void tst_SimulatedGateway::responsesStream_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("expectedTypes");
    QTest::newRow("echo") << QStringLiteral("demo-echo")
                          << QStringList{QStringLiteral("response.created"),
                                         QStringLiteral("response.in_progress"),
                                         QStringLiteral("response.output_item.added"),
                                         QStringLiteral("response.content_part.added"),
                                         QStringLiteral("response.output_text.delta"),
                                         QStringLiteral("response.output_text.delta"),
                                         QStringLiteral("response.output_text.delta"),
                                         QStringLiteral("response.output_text.done"),
                                         QStringLiteral("response.content_part.done"),
                                         QStringLiteral("response.output_item.done"),
                                         QStringLiteral("response.completed")};
    QTest::newRow("reasoning") << QStringLiteral("demo-reasoning") << QStringList();
    QTest::newRow("tools") << QStringLiteral("demo-tools") << QStringList();
}

void tst_SimulatedGateway::responsesStream()
{
    QFETCH(QString, model);
    QFETCH(QStringList, expectedTypes);
    const HttpResult r = post(QStringLiteral("/v1/responses"),
                              toJson({{QStringLiteral("model"), model},
                                      {QStringLiteral("input"), QStringLiteral("hi")},
                                      {QStringLiteral("stream"), true}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    const QList<SseEvent> events = parseSse(r.body);
    QStringList types;
    QString text;
    QString reasoning;
    QString arguments;
    for (qsizetype i = 0; i < events.size(); ++i) {
        QVERIFY2(events.at(i).data != "[DONE]", "Responses streams have no [DONE]");
        const QJsonObject data = object(events.at(i).data);
        QCOMPARE(data.value(QStringLiteral("type")).toString(),
                 QString::fromUtf8(events.at(i).event));
        QCOMPARE(data.value(QStringLiteral("sequence_number")).toInt(-1), int(i));
        types.append(data.value(QStringLiteral("type")).toString());
        if (types.constLast() == u"response.output_text.delta")
            text += data.value(QStringLiteral("delta")).toString();
        if (types.constLast() == u"response.reasoning_summary_text.delta")
            reasoning += data.value(QStringLiteral("delta")).toString();
        if (types.constLast() == u"response.function_call_arguments.delta")
            arguments += data.value(QStringLiteral("delta")).toString();
    }
    if (!expectedTypes.isEmpty())
        QCOMPARE(types, expectedTypes);
    QCOMPARE(types.constFirst(), QStringLiteral("response.created"));
    QCOMPARE(types.constLast(), QStringLiteral("response.completed"));
    const QJsonObject completed
        = object(events.constLast().data).value(QStringLiteral("response")).toObject();
    QCOMPARE(completed.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonObject usage = completed.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("input_tokens")).toInt(), 1);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
             1 + usage.value(QStringLiteral("output_tokens")).toInt());

    if (model == u"demo-echo") {
        QCOMPARE(text, QStringLiteral("You said: hi"));
        QCOMPARE(usage.value(QStringLiteral("output_tokens")).toInt(), 3);
    } else if (model == u"demo-reasoning") {
        QVERIFY(types.contains(QStringLiteral("response.reasoning_summary_part.added")));
        QVERIFY(types.contains(QStringLiteral("response.reasoning_summary_text.done")));
        QVERIFY(reasoning.contains(u"step by step"));
        QCOMPARE(text, QStringLiteral("17 × 23 = 391"));
        const QJsonArray output = completed.value(QStringLiteral("output")).toArray();
        QCOMPARE(output.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("reasoning"));
        QCOMPARE(output.at(0)
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 reasoning);
    } else {
        QVERIFY(types.contains(QStringLiteral("response.function_call_arguments.done")));
        QCOMPARE(object(arguments.toUtf8()).value(QStringLiteral("unit")).toString(),
                 QStringLiteral("celsius"));
        const QJsonObject item
            = completed.value(QStringLiteral("output")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("function_call"));
        QCOMPARE(item.value(QStringLiteral("arguments")).toString(), arguments);
    }
}

void tst_SimulatedGateway::responsesLoremIsIncomplete()
{
    const QByteArray body = toJson({{QStringLiteral("model"), QStringLiteral("demo-lorem")},
                                    {QStringLiteral("input"), QStringLiteral("go")},
                                    {QStringLiteral("max_output_tokens"), 12}});
    const HttpResult r = post(QStringLiteral("/v1/responses"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject o = object(r.body);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(o.value(QStringLiteral("incomplete_details"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("max_output_tokens"));
    QCOMPARE(
        o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(),
        12);

    QJsonObject streaming = object(body);
    streaming.insert(QStringLiteral("stream"), true);
    const QList<SseEvent> events
        = parseSse(post(QStringLiteral("/v1/responses"), toJson(streaming)).body);
    QCOMPARE(events.constLast().event, QByteArray("response.incomplete"));
    int deltas = 0;
    for (const SseEvent &e : events)
        deltas += e.event == "response.output_text.delta" ? 1 : 0;
    QCOMPARE(deltas, 12);
}

// ---- fault knobs ---------------------------------------------------------------------------

void tst_SimulatedGateway::faultDisconnect()
{
    const QByteArray body = chatBody(QStringLiteral("demo-echo"),
                                     QStringLiteral("one two three four five six"), streamOn());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawRequest("POST", "/v1/chat/completions", body, "X-Sim-Fault: disconnect\r\n"));
    const RawExchange x = rawRead(socket, 10000);
    QVERIFY(x.closed);
    QVERIFY(x.bytes.startsWith("HTTP/1.1 200"));
    bool complete = true;
    const QByteArray sse = dechunk(x.bytes, &complete);
    QVERIFY(!complete); // no terminal chunk
    QVERIFY(!sse.contains("[DONE]"));
    // It broke off inside an event: the last block is not terminated.
    QVERIFY(!sse.endsWith("\n\n"));
    QVERIFY(sse.mid(sse.lastIndexOf("\n\n") + 2).startsWith("data: {"));
    const QString text = chatText(parseSse(sse.left(sse.lastIndexOf("\n\n") + 2)));
    QCOMPARE(text, QStringLiteral("You said: one two")); // half of the 8 words

    // Qt 6.4's QNetworkReply reports a chunked body cut short as a success (NoError), so a
    // client can only tell from the stream itself: no [DONE], an unterminated last event.
    const HttpResult r
        = post(QStringLiteral("/v1/chat/completions"), body, {{"X-Sim-Fault", "disconnect"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("[DONE]"));
    QVERIFY(!r.body.endsWith("\n\n"));
}

void tst_SimulatedGateway::faultDisconnectNonStream()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        rawRequest("GET", "/api/2.0/serving-endpoints", {}, "X-Sim-Fault: disconnect\r\n"));
    const RawExchange x = rawRead(socket, 10000);
    QVERIFY(x.closed);
    const qsizetype headEnd = x.bytes.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = x.bytes.left(headEnd).toLower();
    const qsizetype at = head.indexOf("content-length: ");
    QVERIFY(at > 0);
    const qsizetype length = head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
    const qsizetype received = x.bytes.size() - headEnd - 4;
    QVERIFY(length > 0);
    QVERIFY2(received < length, qPrintable(QStringLiteral("%1 of %2").arg(received).arg(length)));
    QVERIFY(received > 0);

    // A client sees the body end early.
    const HttpResult r = send("GET", QStringLiteral("/api/2.0/serving-endpoints"), {},
                              {{"X-Sim-Fault", "disconnect"}});
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
}

void tst_SimulatedGateway::faultStall()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        rawRequest("POST", "/v1/chat/completions",
                   chatBody(QStringLiteral("demo-echo"), QStringLiteral("a b c"), streamOn()),
                   "X-Sim-Fault: stall\r\n"));
    const RawExchange first = rawRead(socket, 5000, "\"content\":\"You\"");
    QVERIFY(first.bytes.contains("\"content\":\"You\""));
    QVERIFY(!first.closed);
    // A stall is silence, which only a span of time can show: unstalled, the rest of this
    // short answer follows within milliseconds, so a second of nothing is a stall.
    const RawExchange after = rawRead(socket, 1000);
    QVERIFY2(after.bytes.isEmpty(), after.bytes.constData());
    QVERIFY(!after.closed);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void tst_SimulatedGateway::faultMalformed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("chat") << QStringLiteral("/v1/chat/completions")
                          << chatBody(QStringLiteral("demo-echo"), QStringLiteral("a b c"),
                                      streamOn());
    QTest::newRow("responses") << QStringLiteral("/v1/responses")
                               << toJson({{QStringLiteral("model"), QStringLiteral("demo-echo")},
                                          {QStringLiteral("input"), QStringLiteral("a b c")},
                                          {QStringLiteral("stream"), true}});
    QTest::newRow("non-stream") << QStringLiteral("/v1/chat/completions")
                                << chatBody(QStringLiteral("demo-echo"), QStringLiteral("a b c"));
}

void tst_SimulatedGateway::faultMalformed()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult r = post(path, body, {{"X-Sim-Fault", "malformed"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    if (!body.contains("\"stream\":true")) {
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!isJson(r.body));
        return;
    }
    const QList<SseEvent> events = parseSse(r.body);
    int invalid = 0;
    for (const SseEvent &e : events) {
        if (e.data != "[DONE]" && !isJson(e.data))
            ++invalid;
    }
    QCOMPARE(invalid, 1);
    if (path.endsWith(u"responses")) {
        QCOMPARE(events.constLast().event, QByteArray("response.completed"));
    } else {
        QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
        QCOMPARE(chatText(events), QStringLiteral("You said: a b c")); // the stream went on
    }
}

void tst_SimulatedGateway::faultHtml502()
{
    const HttpResult r
        = post(QStringLiteral("/serving-endpoints/demo-echo/invocations"),
               chatBody(QString(), QStringLiteral("x")), {{"X-Sim-Fault", "html502"}});
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("<title>502 Bad Gateway</title>"));
    QVERIFY(r.body.contains("<center>nginx</center>"));
}

void tst_SimulatedGateway::faultNoDone_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("chat") << QStringLiteral("/v1/chat/completions")
                          << chatBody(QStringLiteral("demo-echo"), QStringLiteral("a b"),
                                      streamOn());
    QTest::newRow("invocations") << QStringLiteral("/serving-endpoints/demo-echo/invocations")
                                 << chatBody(QString(), QStringLiteral("a b"), streamOn());
    QTest::newRow("responses") << QStringLiteral("/v1/responses")
                               << toJson({{QStringLiteral("model"), QStringLiteral("demo-echo")},
                                          {QStringLiteral("input"), QStringLiteral("a b")},
                                          {QStringLiteral("stream"), true}});
}

void tst_SimulatedGateway::faultNoDone()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult r = post(path, body, {{"X-Sim-Fault", "no-done"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError); // the HTTP message itself ends properly
    const QList<SseEvent> events = parseSse(r.body);
    QVERIFY(!events.isEmpty());
    for (const SseEvent &e : events) {
        QVERIFY(e.data != "[DONE]");
        QVERIFY(e.event != "response.completed");
    }
    if (path.endsWith(u"responses")) {
        QCOMPARE(events.constLast().event, QByteArray("response.output_item.done"));
    } else {
        QCOMPARE(chatText(events), QStringLiteral("You said: a b"));
        QVERIFY(events.constLast().data.contains("\"finish_reason\":\"stop\""));
    }
}

void tst_SimulatedGateway::faultStatus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << QStringLiteral("/serving-endpoints/chat/completions") << 500
                         << QStringLiteral("INTERNAL_ERROR") << QByteArray();
    QTest::newRow("503") << QStringLiteral("/serving-endpoints/chat/completions") << 503
                         << QStringLiteral("TEMPORARILY_UNAVAILABLE") << QByteArray("1");
    QTest::newRow("429") << QStringLiteral("/api/2.0/serving-endpoints") << 429
                         << QStringLiteral("RESOURCE_EXHAUSTED") << QByteArray("1");
    QTest::newRow("504") << QStringLiteral("/ai-gateway/openai/v1/chat/completions") << 504
                         << QStringLiteral("DEADLINE_EXCEEDED") << QByteArray();
    QTest::newRow("openai 500") << QStringLiteral("/v1/chat/completions") << 500
                                << QStringLiteral("server_error") << QByteArray();
}

void tst_SimulatedGateway::faultStatus()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, retryAfter);
    const QByteArray knob = "status=" + QByteArray::number(status);
    const HttpResult r
        = send(path.startsWith(u"/api") ? "GET" : "POST", path,
               chatBody(QStringLiteral("demo-echo"), QStringLiteral("x")), {{"X-Sim-Fault", knob}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("retry-after"), retryAfter);
    const QJsonObject o = object(r.body);
    if (path.startsWith(u"/v1/"))
        QCOMPARE(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
            code);
    else
        QCOMPARE(o.value(QStringLiteral("error_code")).toString(), code);
}

void tst_SimulatedGateway::faultRateLimit()
{
    // The first N requests that carry the knob get 429 with Retry-After; the rest their own
    // answer; requests without it are not counted; clearing the log starts over.
    m_gateway->clearRequests();
    const QByteArray body = chatBody(QStringLiteral("demo-echo"), QStringLiteral("storm"));
    const Headers storm{{"X-Sim-Fault", "rate-limit=2"}};
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = post(QStringLiteral("/v1/chat/completions"), body, storm);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        QCOMPARE(post(QStringLiteral("/v1/chat/completions"), body).status, 200);
    }
    const HttpResult after = post(QStringLiteral("/v1/chat/completions"), body, storm);
    QCOMPARE(after.status, 200);
    QVERIFY(after.body.contains("You said: storm"));
    m_gateway->clearRequests();
    QCOMPARE(post(QStringLiteral("/v1/chat/completions"), body, storm).status, 429);
    QCOMPARE(post(QStringLiteral("/v1/chat/completions"), body, {{"X-Sim-Fault", "rate-limit=0"}})
                 .status,
             400);
    m_gateway->clearRequests();
}

void tst_SimulatedGateway::faultRedirect()
{
    const QByteArray target = "http://localhost:" + QByteArray::number(m_gateway->port());
    const QByteArray body = chatBody(QStringLiteral("demo-echo"), QStringLiteral("moved"));
    const HttpResult r = post(QStringLiteral("/v1/chat/completions?x=1"), body,
                              {{"X-Sim-Fault", "redirect=" + target}});
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("location"), target + "/v1/chat/completions?x=1&sim-redirected=1");
    QVERIFY(r.body.isEmpty());
    const HttpResult plain
        = send("GET", QStringLiteral("/v1/models"), {}, {{"X-Sim-Fault", "redirect=" + target}});
    QCOMPARE(plain.header("location"), target + "/v1/models?sim-redirected=1");

    // At the new location the same headers are answered normally: one redirect, not a loop,
    // even when the redirect points back at the same server.
    QNetworkRequest request{QUrl(QString::fromUtf8(r.header("location")))};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Sim-Fault", "redirect=" + target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("You said: moved"));
    reply->deleteLater();
    QCOMPARE(m_gateway->requests().constLast().path,
             QStringLiteral("/v1/chat/completions?x=1&sim-redirected=1"));

    // Redirected to itself, the server answers the second hop: two requests, no loop.
    // (Followed by QNetworkAccessManager itself, Qt 6.4 also sends the original POST a second
    // time after a 307, so this test follows the Location by hand.)
    const QByteArray self = m_gateway->url().toEncoded();
    const int before = m_gateway->requests().size();
    const HttpResult hop
        = post(QStringLiteral("/v1/chat/completions"), body, {{"X-Sim-Fault", "redirect=" + self}});
    QCOMPARE(hop.status, 307);
    QCOMPARE(hop.header("location"), self + "/v1/chat/completions?sim-redirected=1");
    const HttpResult landed = post(QStringLiteral("/v1/chat/completions?sim-redirected=1"), body,
                                   {{"X-Sim-Fault", "redirect=" + self}});
    QCOMPARE(landed.status, 200);
    QVERIFY(landed.body.contains("You said: moved"));
    QCOMPARE(m_gateway->requests().size(), before + 2);

    const HttpResult bad = post(QStringLiteral("/v1/chat/completions"), body,
                                {{"X-Sim-Fault", "redirect=not a url"}});
    QCOMPARE(bad.status, 400);
}

void tst_SimulatedGateway::faultMidStreamError()
{
    const HttpResult r
        = post(QStringLiteral("/v1/chat/completions"),
               chatBody(QStringLiteral("demo-lorem"), QStringLiteral("x"), streamOn()),
               {{"X-Sim-Fault", "mid-stream-error"}});
    QCOMPARE(r.status, 200);
    const QList<SseEvent> events = parseSse(r.body);
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    const QJsonObject error
        = object(events.at(events.size() - 2).data).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("simulated failure mid-stream"));
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("internal_error"));
    const QStringList words = chatText(events).split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!words.isEmpty());
    QVERIFY(words.size() <= 3);

    // The Responses grammar reports it as its own flat `error` event, in sequence.
    const HttpResult responses
        = post(QStringLiteral("/v1/responses"),
               toJson({{QStringLiteral("model"), QStringLiteral("demo-lorem")},
                       {QStringLiteral("input"), QStringLiteral("x")},
                       {QStringLiteral("stream"), true}}),
               {{"X-Sim-Fault", "mid-stream-error"}});
    const QList<SseEvent> typed = parseSse(responses.body);
    QCOMPARE(typed.constLast().event, QByteArray("error"));
    const QJsonObject flat = object(typed.constLast().data);
    QCOMPARE(flat.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(flat.value(QStringLiteral("message")).toString(),
             QStringLiteral("simulated failure mid-stream"));
    QCOMPARE(flat.value(QStringLiteral("sequence_number")).toInt(), int(typed.size() - 1));
    int deltas = 0;
    for (const SseEvent &e : typed)
        deltas += e.event == "response.output_text.delta" ? 1 : 0;
    QCOMPARE(deltas, 3);
}

void tst_SimulatedGateway::faultChunkBytesSplitsUtf8()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawRequest(
        "POST", "/v1/chat/completions",
        chatBody(QStringLiteral("demo-echo"), QStringLiteral("héllo 日本 😀"), streamOn()),
        "X-Sim-Chunk-Bytes: 1\r\nConnection: close\r\n"));
    const RawExchange x = rawRead(socket, 30000);
    QVERIFY(x.closed);
    QVERIFY2(x.reads.size() > 100, qPrintable(QString::number(x.reads.size())));
    // Some read must end inside a multi-byte UTF-8 sequence, the next one continuing it.
    bool splitInside = false;
    for (qsizetype i = 0; i + 1 < x.reads.size() && !splitInside; ++i) {
        const auto last = static_cast<unsigned char>(x.reads.at(i).back());
        const auto next = static_cast<unsigned char>(x.reads.at(i + 1).front());
        splitInside = last >= 0x80 && (next & 0xC0) == 0x80;
    }
    QVERIFY(splitInside);
    bool complete = false;
    const QByteArray sse = dechunk(x.bytes, &complete);
    QVERIFY(complete);
    QCOMPARE(chatText(parseSse(sse)), QStringLiteral("You said: héllo 日本 😀"));
}

void tst_SimulatedGateway::faultChunkBytesThroughQnam()
{
    const HttpResult r = post(QStringLiteral("/v1/responses"),
                              toJson({{QStringLiteral("model"), QStringLiteral("demo-echo")},
                                      {QStringLiteral("input"), QStringLiteral("日本 😀")},
                                      {QStringLiteral("stream"), true}}),
                              {{"X-Sim-Chunk-Bytes", "7"}, {"X-Sim-Fault", "malformed, no-done"}});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.reads.size() > 20, qPrintable(QString::number(r.reads.size())));
    QString text;
    int invalid = 0;
    const QList<SseEvent> events = parseSse(r.body);
    for (const SseEvent &e : events) {
        if (!isJson(e.data)) {
            ++invalid;
            continue;
        }
        if (e.event == "response.output_text.delta")
            text += object(e.data).value(QStringLiteral("delta")).toString();
    }
    QCOMPARE(text, QStringLiteral("You said: 日本 😀"));
    QCOMPARE(invalid, 1);                                      // malformed
    QVERIFY(events.constLast().event != "response.completed"); // and no-done
}

void tst_SimulatedGateway::faultUnknownKnob()
{
    const HttpResult r = post(QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("demo-echo"), QStringLiteral("x")),
                              {{"X-Sim-Fault", "explode"}});
    QCOMPARE(r.status, 400);
    QVERIFY(object(r.body)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"explode"));
}

// ---- auth and the request log --------------------------------------------------------------

void tst_SimulatedGateway::auth_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    const QString v1 = QStringLiteral("/v1/models");
    const QString dbx = QStringLiteral("/api/2.0/serving-endpoints");
    QTest::newRow("none v1") << v1 << QByteArray() << 401;
    QTest::newRow("none databricks") << dbx << QByteArray() << 401;
    QTest::newRow("wrong bearer") << dbx << QByteArray("Bearer nope") << 401;
    QTest::newRow("bearer") << dbx << QByteArray("Bearer dapi-secret") << 200;
    QTest::newRow("bearer lower-case scheme") << v1 << QByteArray("bearer dapi-secret") << 200;
    QTest::newRow("basic token:") << dbx << ("Basic " + QByteArray("token:dapi-secret").toBase64())
                                  << 200;
    QTest::newRow("basic other user")
        << dbx << ("Basic " + QByteArray("me:dapi-secret").toBase64()) << 401;
    QTest::newRow("other scheme") << v1 << QByteArray("Token dapi-secret") << 401;
}

void tst_SimulatedGateway::auth()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    m_gateway->setRequiredToken(QStringLiteral("dapi-secret"));
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult r = send("GET", path, {}, headers);
    QCOMPARE(r.status, status);
    if (status != 401)
        return;
    const QJsonObject o = object(r.body);
    QVERIFY(!r.body.contains("dapi-secret"));
    if (path.startsWith(u"/v1/")) {
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    } else {
        QCOMPARE(o.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("UNAUTHENTICATED"));
    }
}

void tst_SimulatedGateway::requestLog()
{
    QSignalSpy received(m_gateway.get(), &SimulatedGateway::requestReceived);
    const QByteArray body = chatBody(QStringLiteral("demo-echo"), QStringLiteral("logged"));
    post(QStringLiteral("/v1/chat/completions?api-version=1"), body,
         {{"Authorization", "Bearer very-secret-token"}, {"X-Custom-Thing", "yes"}});
    send("GET", QStringLiteral("/v1/models"), {},
         {{"Authorization", "Basic " + QByteArray("token:very-secret-token").toBase64()}});
    send("GET", QStringLiteral("/v1/models"));

    const QList<RecordedRequest> log = m_gateway->requests();
    QCOMPARE(log.size(), 3);
    QCOMPARE(received.size(), 3);
    QCOMPARE(log.at(0).method, QStringLiteral("POST"));
    QCOMPARE(log.at(0).path, QStringLiteral("/v1/chat/completions?api-version=1"));
    QCOMPARE(log.at(0).body, body);
    QCOMPARE(log.at(0).headers.value(QStringLiteral("x-custom-thing")), QStringLiteral("yes"));
    QCOMPARE(log.at(0).headers.value(QStringLiteral("content-type")),
             QStringLiteral("application/json"));
    QVERIFY(!log.at(0).headers.contains(QStringLiteral("authorization")));
    QCOMPARE(log.at(0).authorizationScheme, QStringLiteral("Bearer"));
    QVERIFY(log.at(0).authorizationPresent);
    QCOMPARE(log.at(1).method, QStringLiteral("GET"));
    QCOMPARE(log.at(1).authorizationScheme, QStringLiteral("Basic"));
    QVERIFY(log.at(2).authorizationScheme.isEmpty());
    QVERIFY(!log.at(2).authorizationPresent);
    const QString basic = QString::fromLatin1(QByteArray("token:very-secret-token").toBase64());
    for (const RecordedRequest &r : log) {
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
            QCOMPARE(it.key(), it.key().toLower());
            QVERIFY(!it.value().contains(u"very-secret-token"));
            QVERIFY(!it.value().contains(basic));
        }
    }
    QCOMPARE(received.at(0).at(0).value<RecordedRequest>().path, log.at(0).path);
}

void tst_SimulatedGateway::requestLogOverHttp()
{
    m_gateway->setRequiredToken(QStringLiteral("very-secret-token"));
    post(QStringLiteral("/serving-endpoints/demo-echo/invocations"),
         chatBody(QString(), QStringLiteral("a")), {{"Authorization", "Bearer very-secret-token"}});
    send("GET", QStringLiteral("/v1/models")); // 401, still recorded

    // The control API needs no credentials and is not itself recorded.
    const HttpResult r = send("GET", QStringLiteral("/__sim/requests"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("very-secret-token"));
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("/serving-endpoints/demo-echo/invocations"));
    QCOMPARE(first.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!first.value(QStringLiteral("headers"))
                 .toObject()
                 .contains(QStringLiteral("authorization")));
    QVERIFY(
        first.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("content-type")));
    QCOMPARE(object(first.value(QStringLiteral("body")).toString().toUtf8())
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             1);
    QVERIFY(list.at(1).toObject().value(QStringLiteral("authorization")).isNull());

    QCOMPARE(send("DELETE", QStringLiteral("/__sim/requests")).status, 200);
    QVERIFY(m_gateway->requests().isEmpty());
    QCOMPARE(
        QJsonDocument::fromJson(send("GET", QStringLiteral("/__sim/requests")).body).array().size(),
        0);
}

// ---- SQL -----------------------------------------------------------------------------------

void tst_SimulatedGateway::sqlWarehouses()
{
    const HttpResult r = send("GET", QStringLiteral("/api/2.0/sql/warehouses"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = object(r.body).value(QStringLiteral("warehouses")).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject running = list.at(0).toObject();
    QCOMPARE(running.value(QStringLiteral("id")).toString(), QStringLiteral("sim-warehouse"));
    QCOMPARE(running.value(QStringLiteral("name")).toString(),
             QStringLiteral("Simulated warehouse"));
    QCOMPARE(running.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(running.value(QStringLiteral("cluster_size")).toString(), QStringLiteral("2X-Small"));
    QCOMPARE(running.value(QStringLiteral("warehouse_type")).toString(), QStringLiteral("PRO"));
    QVERIFY(running.value(QStringLiteral("enable_serverless_compute")).toBool());
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("sim-stopped"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("STOPPED"));
}

void tst_SimulatedGateway::sqlAiQuery()
{
    const QString prompt = QStringLiteral("She said \"hi\" — it's 😀 'quoted', (really)");
    const QJsonObject request{
        {QStringLiteral("statement"),
         QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS response")},
        {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")},
        {QStringLiteral("wait_timeout"), QStringLiteral("10s")},
        {QStringLiteral("parameters"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("endpoint")},
                                {QStringLiteral("value"), QStringLiteral("demo-echo")},
                                {QStringLiteral("type"), QStringLiteral("STRING")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("prompt")},
                                {QStringLiteral("value"), prompt},
                                {QStringLiteral("type"), QStringLiteral("STRING")}}}}};
    const HttpResult submitted = post(QStringLiteral("/api/2.0/sql/statements"), toJson(request));
    QCOMPARE(submitted.status, 200);
    const QJsonObject pending = object(submitted.body);
    const QString id = pending.value(QStringLiteral("statement_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(pending.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("PENDING"));
    QVERIFY(!pending.contains(QStringLiteral("result")));

    const QJsonObject running = sqlPoll(id);
    QCOMPARE(running.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("RUNNING"));
    const QJsonObject done = sqlPoll(id);
    QCOMPARE(done.value(QStringLiteral("statement_id")).toString(), id);
    QCOMPARE(
        done.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("SUCCEEDED"));
    const QJsonObject manifest = done.value(QStringLiteral("manifest")).toObject();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("JSON_ARRAY"));
    QCOMPARE(manifest.value(QStringLiteral("total_chunk_count")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("total_row_count")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("truncated")).toBool(true), false);
    const QJsonObject schema = manifest.value(QStringLiteral("schema")).toObject();
    QCOMPARE(schema.value(QStringLiteral("column_count")).toInt(), 1);
    const QJsonObject column = schema.value(QStringLiteral("columns")).toArray().at(0).toObject();
    QCOMPARE(column.value(QStringLiteral("name")).toString(), QStringLiteral("response"));
    QCOMPARE(column.value(QStringLiteral("position")).toInt(-1), 0);
    QCOMPARE(column.value(QStringLiteral("type_name")).toString(), QStringLiteral("STRING"));
    QCOMPARE(column.value(QStringLiteral("type_text")).toString(), QStringLiteral("STRING"));
    QCOMPARE(manifest.value(QStringLiteral("chunks")).toArray().size(), 1);
    const QJsonObject result = done.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("chunk_index")).toInt(-1), 0);
    QCOMPARE(result.value(QStringLiteral("row_offset")).toInt(-1), 0);
    QCOMPARE(result.value(QStringLiteral("row_count")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("data_array")).toArray().at(0).toArray().at(0).toString(),
             u"You said: " + prompt);
    // A finished statement stays finished.
    QCOMPARE(sqlPoll(id)
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("SUCCEEDED"));
    const HttpResult chunk = send("GET", u"/api/2.0/sql/statements/" + id + u"/result/chunks/0");
    QCOMPARE(chunk.status, 200);
    QCOMPARE(object(chunk.body), result);
}

void tst_SimulatedGateway::sqlStatements_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QJsonArray>("parameters");
    QTest::addColumn<QString>("state"); // final
    QTest::addColumn<QString>("value"); // SUCCEEDED: the cell; FAILED: part of the message

    const auto param = [](const QString &name, const QString &value) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    };
    QTest::newRow("integer") << QStringLiteral("SELECT 42") << QJsonArray()
                             << QStringLiteral("SUCCEEDED") << QStringLiteral("42");
    QTest::newRow("negative integer with alias")
        << QStringLiteral("select -7 as n;") << QJsonArray() << QStringLiteral("SUCCEEDED")
        << QStringLiteral("-7");
    QTest::newRow("lorem max_tokens")
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => "
                          "named_struct('max_tokens', 5, 'temperature', 0.0)) AS response")
        << QJsonArray{param(QStringLiteral("endpoint"), QStringLiteral("demo-lorem")),
                      param(QStringLiteral("prompt"), QStringLiteral("x"))}
        << QStringLiteral("SUCCEEDED") << QStringLiteral("Lorem ipsum dolor sit amet");
    QTest::newRow("named arguments")
        << QStringLiteral("SELECT ai_query(endpoint => :ep, request => :p)")
        << QJsonArray{param(QStringLiteral("ep"), QStringLiteral("demo-echo")),
                      param(QStringLiteral("p"), QStringLiteral("named"))}
        << QStringLiteral("SUCCEEDED") << QStringLiteral("You said: named");
    QTest::newRow("demo-error") << QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS response")
                                << QJsonArray{param(QStringLiteral("endpoint"),
                                                    QStringLiteral("demo-error")),
                                              param(QStringLiteral("prompt"), QStringLiteral("x"))}
                                << QStringLiteral("FAILED")
                                << QStringLiteral("demo-error always fails");
    QTest::newRow("unknown endpoint")
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS response")
        << QJsonArray{param(QStringLiteral("endpoint"), QStringLiteral("nope")),
                      param(QStringLiteral("prompt"), QStringLiteral("x"))}
        << QStringLiteral("FAILED") << QStringLiteral("nope");
}

void tst_SimulatedGateway::sqlStatements()
{
    QFETCH(QString, statement);
    QFETCH(QJsonArray, parameters);
    QFETCH(QString, state);
    QFETCH(QString, value);
    QJsonObject request{{QStringLiteral("statement"), statement},
                        {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}};
    if (!parameters.isEmpty())
        request.insert(QStringLiteral("parameters"), parameters);
    const HttpResult r = post(QStringLiteral("/api/2.0/sql/statements"), toJson(request));
    QCOMPARE(r.status, 200);
    const QString id = object(r.body).value(QStringLiteral("statement_id")).toString();
    QCOMPARE(object(r.body)
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("PENDING"));
    QCOMPARE(sqlPoll(id)
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("RUNNING"));
    const QJsonObject done = sqlPoll(id);
    const QJsonObject status = done.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), state);
    if (state == u"SUCCEEDED") {
        QCOMPARE(done.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("data_array"))
                     .toArray()
                     .at(0)
                     .toArray()
                     .at(0)
                     .toString(),
                 value);
    } else {
        QVERIFY(status.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(value));
        QVERIFY(!done.contains(QStringLiteral("result")));
    }
}

void tst_SimulatedGateway::sqlErrors()
{
    const HttpResult unsupported
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"), QStringLiteral("SELECT * FROM t")},
                       {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}}));
    QCOMPARE(unsupported.status, 200);
    const QJsonObject status = object(unsupported.body).value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(status.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("error_code"))
                 .toString(),
             QStringLiteral("BAD_REQUEST"));
    QCOMPARE(
        status.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString(),
        QStringLiteral("The simulated warehouse only runs ai_query(...) and SELECT <integer>."));

    const HttpResult unbound
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"),
                        QStringLiteral("SELECT ai_query(:endpoint, :prompt)")},
                       {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}}));
    QVERIFY(object(unbound.body)
                .value(QStringLiteral("status"))
                .toObject()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"UNBOUND_SQL_PARAMETER"));

    const HttpResult warehouse
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"), QStringLiteral("SELECT 1")},
                       {QStringLiteral("warehouse_id"), QStringLiteral("nope")}}));
    QCOMPARE(warehouse.status, 404);
    QCOMPARE(object(warehouse.body).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("RESOURCE_DOES_NOT_EXIST"));

    const HttpResult unknown
        = send("GET", QStringLiteral("/api/2.0/sql/statements/does-not-exist"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(object(unknown.body).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    QCOMPARE(post(QStringLiteral("/api/2.0/sql/statements/does-not-exist/cancel"), "{}").status,
             404);
}

void tst_SimulatedGateway::sqlCancel()
{
    const HttpResult r
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"), QStringLiteral("SELECT 1")},
                       {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}}));
    const QString id = object(r.body).value(QStringLiteral("statement_id")).toString();
    const HttpResult cancel = post(u"/api/2.0/sql/statements/" + id + u"/cancel", "{}");
    QCOMPARE(cancel.status, 200);
    QCOMPARE(object(cancel.body), QJsonObject());
    QCOMPARE(sqlPoll(id)
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("CANCELED"));
    QCOMPARE(sqlPoll(id)
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("CANCELED"));
}

// A stopped warehouse refuses statements until it is started.
void tst_SimulatedGateway::sqlStoppedWarehouse()
{
    SimulatedGateway gateway;
    QVERIFY(gateway.listen());
    const QByteArray statement
        = toJson({{QStringLiteral("statement"), QStringLiteral("SELECT 1")},
                  {QStringLiteral("warehouse_id"), QStringLiteral("sim-stopped")}});
    const HttpResult refused
        = send("POST", QStringLiteral("/api/2.0/sql/statements"), statement, {}, &gateway);
    QCOMPARE(refused.status, 400);
    QCOMPARE(object(refused.body).value(QStringLiteral("error_code")).toString(),
             QStringLiteral("INVALID_STATE"));
    QVERIFY(object(refused.body)
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("/api/2.0/sql/warehouses/sim-stopped/start")));

    QCOMPARE(send("POST", QStringLiteral("/api/2.0/sql/warehouses/nope/start"), "{}", {}, &gateway)
                 .status,
             404);
    QCOMPARE(send("POST", QStringLiteral("/api/2.0/sql/warehouses/sim-stopped/start"), "{}", {},
                  &gateway)
                 .status,
             200);
    const auto stoppedState = [this, &gateway] {
        return object(send("GET", QStringLiteral("/api/2.0/sql/warehouses"), {}, {}, &gateway).body)
            .value(QStringLiteral("warehouses"))
            .toArray()
            .at(1)
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    };
    // Started, it is STARTING for one listing and takes statements already (they wait).
    QCOMPARE(stoppedState(), QStringLiteral("STARTING"));
    QCOMPARE(
        send("POST", QStringLiteral("/api/2.0/sql/statements"), statement, {}, &gateway).status,
        200);
    QCOMPARE(stoppedState(), QStringLiteral("RUNNING"));
}

namespace {
const QString kBatchSql = QStringLiteral(
    "-- a comment line\n"
    "WITH input AS (SELECT row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS "
    "input_index, to_json(struct(*)) AS input_row, CAST(`prompt` AS STRING) AS prompt FROM "
    "main.demo.prompts)\n"
    "SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt, "
    "ai_query('demo-echo', prompt, failOnError => false) AS response FROM input\n"
    "ORDER BY input_index, model_index");
}

// Results come in chunks of the configured size, linked by next_chunk_index.
void tst_SimulatedGateway::sqlResultChunks()
{
    m_gateway->setSqlWarehouse(3, 1);
    const HttpResult r
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"), kBatchSql},
                       {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}}));
    m_gateway->setSqlWarehouse(100, 1);
    const QString id = object(r.body).value(QStringLiteral("statement_id")).toString();
    QCOMPARE(sqlPoll(id).value(QStringLiteral("status"))[QStringLiteral("state")].toString(),
             QStringLiteral("RUNNING"));
    const QJsonObject done = sqlPoll(id);
    QCOMPARE(done.value(QStringLiteral("status"))[QStringLiteral("state")].toString(),
             QStringLiteral("SUCCEEDED"));
    const QJsonObject manifest = done.value(QStringLiteral("manifest")).toObject();
    QCOMPARE(manifest.value(QStringLiteral("total_chunk_count")).toInt(), 4);
    QCOMPARE(manifest.value(QStringLiteral("total_row_count")).toInt(), 10);
    QCOMPARE(manifest.value(QStringLiteral("schema"))[QStringLiteral("columns")].toArray().size(),
             6);
    QJsonObject chunk = done.value(QStringLiteral("result")).toObject();
    QStringList prompts;
    for (int index = 0;; ++index) {
        QCOMPARE(chunk.value(QStringLiteral("chunk_index")).toInt(), index);
        for (const QJsonValue &row : chunk.value(QStringLiteral("data_array")).toArray()) {
            QCOMPARE(row[0].toString(), QString::number(prompts.size())); // input_index
            prompts << row[4].toString();
            const QJsonObject response = object(row[5].toString().toUtf8());
            QCOMPARE(response.value(QStringLiteral("result")).toString(),
                     QStringLiteral("You said: ") + prompts.constLast());
            QVERIFY(response.value(QStringLiteral("errorMessage")).isNull());
        }
        if (!chunk.contains(QStringLiteral("next_chunk_index")))
            break;
        const int next = chunk.value(QStringLiteral("next_chunk_index")).toInt();
        const HttpResult got = send("GET", u"/api/2.0/sql/statements/" + id + u"/result/chunks/"
                                               + QString::number(next));
        QCOMPARE(got.status, 200);
        chunk = object(got.body);
    }
    QCOMPARE(prompts.size(), 10);
    QCOMPARE(prompts.first(), QStringLiteral("Summarise: SQL warehouses run queries on demand."));
    QCOMPARE(send("GET", u"/api/2.0/sql/statements/" + id + u"/result/chunks/4").status, 404);
}

// A statement the warehouse cannot analyse fails at once, its SQL state in the message.
void tst_SimulatedGateway::sqlBatchFails()
{
    QString sql = kBatchSql;
    sql.replace(QStringLiteral("CAST(`prompt`"), QStringLiteral("CAST(`missing`"));
    const HttpResult r
        = post(QStringLiteral("/api/2.0/sql/statements"),
               toJson({{QStringLiteral("statement"), sql},
                       {QStringLiteral("warehouse_id"), QStringLiteral("sim-warehouse")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject status = object(r.body).value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
    const QString message = status[QStringLiteral("error")][QStringLiteral("message")].toString();
    QVERIFY2(message.startsWith(QStringLiteral("[UNRESOLVED_COLUMN.WITH_SUGGESTION]")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("`missing`")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("SQLSTATE: 42703")), qPrintable(message));
}

// ---- HTTP connection handling --------------------------------------------------------------

void tst_SimulatedGateway::keepAliveServesSeveralRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));

    socket.write(rawRequest("GET", "/v1/models", {}));
    const RawExchange first = rawRead(socket, 5000, "\"owned_by\":\"parlance-sim\"}]}");
    QVERIFY(first.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(first.bytes.toLower().contains("connection: keep-alive"));
    QVERIFY(!first.closed);

    // A streamed answer on the same socket, then two pipelined requests in one write.
    socket.write(
        rawRequest("POST", "/v1/chat/completions",
                   chatBody(QStringLiteral("demo-echo"), QStringLiteral("second"), streamOn())));
    const RawExchange second = rawRead(socket, 5000, "\r\n0\r\n\r\n");
    QVERIFY(second.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    bool complete = false;
    QCOMPARE(chatText(parseSse(dechunk(second.bytes, &complete))),
             QStringLiteral("You said: second"));
    QVERIFY(complete);

    socket.write(rawRequest("POST", "/v1/chat/completions",
                            chatBody(QStringLiteral("demo-echo"), QStringLiteral("third")))
                 + rawRequest("POST", "/v1/chat/completions",
                              chatBody(QStringLiteral("demo-echo"), QStringLiteral("fourth"))));
    const RawExchange both = rawRead(socket, 5000, "You said: fourth");
    QCOMPARE(both.bytes.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(both.bytes.indexOf("You said: third") < both.bytes.indexOf("You said: fourth"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_gateway->requests().size(), 4);
}

void tst_SimulatedGateway::connectionCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawRequest("GET", "/v1/models", {}, "Connection: close\r\n"));
    const RawExchange x = rawRead(socket, 5000);
    QVERIFY(x.closed);
    QVERIFY(x.bytes.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(x.bytes.toLower().contains("connection: close"));
    QVERIFY(x.bytes.endsWith("]}"));
}

void tst_SimulatedGateway::chunkedRequestBodyIsRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "2\r\n{}\r\n0\r\n\r\n");
    const RawExchange x = rawRead(socket, 5000);
    QVERIFY(x.bytes.startsWith("HTTP/1.1 411 Length Required\r\n"));
    QVERIFY(x.closed);
}

// Found by tests/fuzz/fuzz_httprequestparser: a head just under the limit was refused when its
// last bytes came in a later read, and accepted when they came together.
void tst_SimulatedGateway::headerLimitIgnoresHowBytesArrive()
{
    const auto headOfSize = [](qsizetype size) -> QByteArray {
        const QByteArray start = "GET /v1/models HTTP/1.1\r\nX-Pad: ";
        return start + QByteArray(size - start.size(), 'a') + "\r\n\r\n";
    };
    for (const qsizetype headSize :
         {HttpRequestParser::MaxHeaderBytes, HttpRequestParser::MaxHeaderBytes + 1}) {
        const QByteArray bytes = headOfSize(headSize);
        for (const qsizetype held : {0, 1, 2, 3}) {
            HttpRequestParser parser;
            Request request;
            parser.append(QByteArrayView(bytes).chopped(held));
            HttpRequestParser::Status status = parser.next(&request);
            if (held > 0 && status == HttpRequestParser::Status::NeedMore) {
                parser.append(QByteArrayView(bytes).last(held));
                status = parser.next(&request);
            }
            if (headSize <= HttpRequestParser::MaxHeaderBytes) {
                QCOMPARE(status, HttpRequestParser::Status::Ready);
                QCOMPARE(request.header("x-pad"), QByteArray(headSize - 32, 'a'));
            } else {
                QCOMPARE(status, HttpRequestParser::Status::Failed);
                QCOMPARE(parser.failureStatus(), 431);
            }
        }
    }
}

void tst_SimulatedGateway::expectContinue()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = chatBody(QStringLiteral("demo-echo"), QStringLiteral("continued"));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    const RawExchange interim = rawRead(socket, 5000, "\r\n\r\n");
    QCOMPARE(interim.bytes, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    const RawExchange x = rawRead(socket, 5000, "You said: continued");
    QVERIFY(x.bytes.startsWith("HTTP/1.1 200 OK"));
}

void tst_SimulatedGateway::worksInWorkerThread()
{
    QThread thread;
    auto *gateway = new SimulatedGateway;
    gateway->moveToThread(&thread);
    thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        gateway, [gateway] { return gateway->listen(); }, Qt::BlockingQueuedConnection, &listening);
    QVERIFY(listening);
    gateway->setTimeScale(0.01); // from another thread, like the setters and requests()

    const HttpResult r = send(
        "POST", QStringLiteral("/v1/chat/completions"),
        chatBody(QStringLiteral("demo-slow"), QStringLiteral("threaded"), streamOn()), {}, gateway);
    QCOMPARE(r.status, 200);
    QCOMPARE(chatText(parseSse(r.body)), QStringLiteral("You said: threaded"));
    QCOMPARE(gateway->requests().size(), 1);

    QMetaObject::invokeMethod(
        gateway, [gateway] { delete gateway; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(tst_SimulatedGateway)
#include "tst_simulatedgateway.moc"
