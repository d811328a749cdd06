// A gateway that sends the caller's credential back, in every place it can: headers, reason
// phrase, error bodies, JSON answers, stream events (whole, split over events and over socket
// reads, \u-escaped), redirects. Nothing a ChatCall hands on (reply, error, raw bytes,
// exchange records) may hold the credential in any spelling; where text quoted it, a mask
// stands in its place.
#include "../../support/echogateway.h"
#include "engine/chatcall.h"
#include "net/gatewayclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

namespace {

const QString kToken = QStringLiteral("echo-secret-Zq9x7Lm2Pw4Rt6Yv8");
const QString kHeaderKey = QStringLiteral("hdr-secret-Kd8s7Fj3Lq0Wz5Xc");

// Names the first spelling of any secret found in `text`, for a readable failure.
QByteArray leak(const QByteArray &text)
{
    for (const QString &secret : {kToken, kHeaderKey}) {
        for (const QByteArray &s : EchoGateway::spellings(secret)) {
            if (text.contains(s))
                return s;
        }
    }
    return {};
}

QByteArray everything(const Engine::ChatCall &call, const QByteArray &raw)
{
    QByteArray all = raw;
    const Core::Reply &reply = call.reply();
    for (const Core::ReplyChoice &choice : reply.choices) {
        for (const Core::ContentPart &part : choice.message.parts) {
            all += part.text.toUtf8() + part.toolArguments.toUtf8() + part.toolName.toUtf8()
                   + part.toolCallId.toUtf8();
        }
        all += choice.finishReason.toUtf8();
    }
    auto addError = [&all](const Core::ApiError &e) {
        all += e.message.toUtf8() + e.code.toUtf8() + e.type.toUtf8() + e.param.toUtf8() + e.raw;
    };
    if (call.error())
        addError(*call.error());
    if (reply.error)
        addError(*reply.error);
    for (const Net::Exchange &x : call.exchanges()) {
        all += x.request.url.toEncoded() + x.request.body + x.reason + x.responseBody
               + x.redirectedTo.toEncoded();
        for (const Core::HttpHeader &h : x.request.headers + x.responseHeaders)
            all += h.first + ": " + h.second + '\n';
        for (qsizetype i = 0; i < x.events.size(); ++i) {
            const Core::SseEvent e = x.eventAt(i);
            all += e.data + e.type + e.id;
        }
        if (x.error)
            addError(*x.error);
    }
    return all;
}

} // namespace

class TstSecretEcho : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_gateway.listen()); }
    void nothingEchoedSurvives_data();
    void nothingEchoedSurvives();
    void quotedTextKeepsItsShape_data();
    void quotedTextKeepsItsShape();

private:
    struct Run
    {
        std::unique_ptr<Engine::ChatCall> call;
        QByteArray raw;
    };
    Run run(const QByteArray &model, Core::Connection::Auth auth, bool stream);

    EchoGateway m_gateway;
    Net::GatewayClient m_client;
};

TstSecretEcho::Run TstSecretEcho::run(const QByteArray &model, Core::Connection::Auth auth,
                                      bool stream)
{
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = m_gateway.baseUrl();
    connection.auth = auth;
    connection.retries = 0;
    connection.timeoutSeconds = 10;
    connection.extraHeaders.append({QByteArrayLiteral("X-Api-Key"), kHeaderKey.toUtf8()});
    Engine::ChatRequest request;
    request.model = QString::fromUtf8(model);
    request.conversation = Core::Conversation::singleTurn(QStringLiteral("hello"));
    request.params.stream = stream;
    Run r;
    r.call = std::make_unique<Engine::ChatCall>(&m_client, connection, kToken, request);
    connect(r.call.get(), &Engine::ChatCall::rawBytes, this,
            [&r](QByteArrayView bytes) { r.raw += bytes; });
    QSignalSpy finished(r.call.get(), &Engine::ChatCall::finished);
    r.call->start();
    if (!finished.wait(15000))
        qFatal("the echo gateway did not answer %s", model.constData());
    return r;
}

void TstSecretEcho::nothingEchoedSurvives_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<Core::Connection::Auth>("auth");
    QTest::addColumn<bool>("stream");
    for (const QByteArray &model : EchoGateway::modes()) {
        for (bool stream : {true, false}) {
            QTest::addRow("%s bearer %s", model.constData(), stream ? "stream" : "json")
                << model << Core::Connection::Auth::Bearer << stream;
            QTest::addRow("%s basic %s", model.constData(), stream ? "stream" : "json")
                << model << Core::Connection::Auth::Basic << stream;
        }
    }
}

void TstSecretEcho::nothingEchoedSurvives()
{
    QFETCH(QByteArray, model);
    QFETCH(Core::Connection::Auth, auth);
    QFETCH(bool, stream);
    const Run r = run(model, auth, stream);
    QVERIFY(!r.call->exchanges().isEmpty());
    const QByteArray all = everything(*r.call, r.raw);
    QVERIFY2(leak(all).isEmpty(),
             QByteArray("leaked " + leak(all) + " in: " + all.left(4000)).constData());
}

void TstSecretEcho::quotedTextKeepsItsShape_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("expected");
    const QString masked = QStringLiteral("your key is ****") + kToken.right(4);
    QTest::newRow("whole event") << QByteArray("echo-stream") << masked + u" - goodbye";
    QTest::newRow("split over events") << QByteArray("echo-split") << masked + u" - goodbye";
    QTest::newRow("unicode escapes") << QByteArray("echo-escaped") << masked + u" - goodbye";
    QTest::newRow("json body") << QByteArray("echo-body") << masked;
}

void TstSecretEcho::quotedTextKeepsItsShape()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, expected);
    const Run r = run(model, Core::Connection::Auth::Bearer, true);
    QVERIFY2(!r.call->error(), qPrintable(r.call->error() ? r.call->error()->message : QString()));
    QCOMPARE(r.call->reply().text(), expected);
}

QTEST_GUILESS_MAIN(TstSecretEcho)
#include "tst_secretecho.moc"
