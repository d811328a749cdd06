// ChatCall and GatewayClient over real loopback sockets against the simulated gateway:
// deltas arrive as the stream does, failures keep what came, exchanges hide the token.
#include "engine/chatcall.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "support/eventloop.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

static const QString kToken = QStringLiteral("dapi-chatcall-secret-0123456789abcdef");

class TstChatCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void streamsDeltasInOrder();
    void cancelKeepsThePartialAnswer();
    void cancelFromADeltasSlot();
    void exchangesAreRecordedAndMasked();
    void retryStartsTheReplyOver();
    void jsonAnswerToAStreamRequest();
    void idleTimeoutDuringStream();

private:
    Engine::ChatCall *makeCall(const QString &model,
                               Core::ApiKind api = Core::ApiKind::ChatCompletions,
                               const QByteArray &fault = {}, int maxTokens = 0);
    Sim::SimulatedGateway m_gateway;
    Net::GatewayClient m_client;
    Core::Connection m_connection;
};

void TstChatCall::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway.url();
    m_connection.timeoutSeconds = 5;
}

Engine::ChatCall *TstChatCall::makeCall(const QString &model, Core::ApiKind api,
                                        const QByteArray &fault, int maxTokens)
{
    Core::Connection connection = m_connection;
    if (!fault.isEmpty())
        connection.extraHeaders.append({QByteArrayLiteral("X-Sim-Fault"), fault});
    Engine::ChatRequest request;
    request.api = api;
    request.model = model;
    request.conversation = Core::Conversation::singleTurn(QStringLiteral("alpha beta gamma"));
    if (maxTokens)
        request.params.maxTokens = maxTokens;
    auto *call = new Engine::ChatCall(&m_client, connection, kToken, request, this);
    return call;
}

void TstChatCall::streamsDeltasInOrder()
{
    for (Core::ApiKind api :
         {Core::ApiKind::ChatCompletions, Core::ApiKind::Responses, Core::ApiKind::Invocations}) {
        Engine::ChatCall *call = makeCall(QStringLiteral("demo-lorem"), api, {}, 50);
        QString streamed;
        int textDeltas = 0;
        connect(call, &Engine::ChatCall::deltas, this, [&](const QList<Core::ReplyDelta> &deltas) {
            QVERIFY(!deltas.isEmpty());
            for (qsizetype i = 0; i < deltas.size(); ++i) {
                const Core::ReplyDelta &d = deltas.at(i);
                if (d.kind == Core::ReplyDelta::Kind::Text) {
                    streamed += d.text;
                    ++textDeltas;
                }
                // Chat Completions tokens that follow each other arrive folded into one delta.
                if (api == Core::ApiKind::ChatCompletions && i > 0)
                    QVERIFY(!deltas.at(i - 1).canAbsorb(d.kind, d.choice));
            }
            // The reply already holds the deltas when they are announced.
            QCOMPARE(call->reply().text(), streamed);
        });
        QSignalSpy finished(call, &Engine::ChatCall::finished);
        call->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
        QVERIFY(textDeltas >= 1 && textDeltas <= 50);
        QCOMPARE(call->reply().text().split(QLatin1Char(' ')).size(), 50);
        QCOMPARE(call->reply().usage.outputTokens, std::optional<qint64>(50));
        QVERIFY(call->metrics().timeToFirstTokenMs.has_value());
        QVERIFY(*call->metrics().totalMs >= *call->metrics().timeToFirstTokenMs);
        QVERIFY(!call->isIncomplete());
        delete call;
    }
}

void TstChatCall::cancelKeepsThePartialAnswer()
{
    Engine::ChatCall *call = makeCall(QStringLiteral("demo-slow"));
    QSignalSpy deltas(call, &Engine::ChatCall::deltas);
    QSignalSpy finished(call, &Engine::ChatCall::finished);
    call->start();
    QTRY_VERIFY_WITH_TIMEOUT(!call->reply().text().isEmpty(), 10000);
    call->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, Core::ApiError::Kind::Cancelled);
    QVERIFY(call->isIncomplete());
    QVERIFY(!call->reply().text().isEmpty());
    QVERIFY(QStringLiteral("You said: alpha beta gamma").startsWith(call->reply().text()));
    delete call;
}

void TstChatCall::cancelFromADeltasSlot()
{
    // What the whole answer says, to compare the cut one with.
    Engine::ChatCall *whole
        = makeCall(QStringLiteral("demo-lorem"), Core::ApiKind::ChatCompletions, {}, 20000);
    QSignalSpy wholeFinished(whole, &Engine::ChatCall::finished);
    whole->start();
    QVERIFY(wholeFinished.wait(20000));
    const QString wholeText = whole->reply().text();
    delete whole;

    // A listener that stops the call while a read is being handled: the rest of that read and
    // everything after it is dropped, and nothing is announced after finished().
    for (const bool record : {true, false}) {
        m_client.setRecordEvents(record);
        Engine::ChatCall *call
            = makeCall(QStringLiteral("demo-lorem"), Core::ApiKind::ChatCompletions, {}, 20000);
        int batches = 0;
        int finishedCount = 0;
        int batchesAfterFinish = 0;
        connect(call, &Engine::ChatCall::deltas, this, [&] {
            if (finishedCount > 0)
                ++batchesAfterFinish;
            if (++batches == 1)
                call->cancel();
        });
        connect(call, &Engine::ChatCall::finished, this, [&] { ++finishedCount; });
        call->start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 10000);
        // Whatever was already queued for the call (reads the network thread handed over
        // before the abort) is delivered now, and must not reach a listener.
        QVERIFY(Testing::deliverPostedEvents());
        QCOMPARE(finishedCount, 1);
        QCOMPARE(batchesAfterFinish, 0);
        QVERIFY(call->error());
        QCOMPARE(call->error()->kind, Core::ApiError::Kind::Cancelled);
        QVERIFY(call->isIncomplete());
        const QString text = call->reply().text();
        QVERIFY(!text.isEmpty());
        QVERIFY(text.split(QLatin1Char(' ')).size() <= Net::GatewayCall::kEventBatch);
        QVERIFY(wholeText.startsWith(text));
        delete call;
    }
    m_client.setRecordEvents(true);
}

void TstChatCall::exchangesAreRecordedAndMasked()
{
    Engine::ChatCall *call = makeCall(QStringLiteral("demo-echo"));
    QSignalSpy finished(call, &Engine::ChatCall::finished);
    call->start();
    QVERIFY(finished.wait(10000));
    const QList<Net::Exchange> exchanges = call->exchanges();
    QCOMPARE(exchanges.size(), 1);
    const Net::Exchange &e = exchanges.first();
    QCOMPARE(e.status, 200);
    QCOMPARE(e.request.method, QByteArray("POST"));
    QCOMPARE(e.request.header("Authorization"), QByteArray("Bearer ****cdef"));
    QVERIFY(!e.request.body.contains(kToken.toUtf8()));
    QVERIFY(e.events.size() >= 3);
    QCOMPARE(e.eventAt(e.events.size() - 1).data, QByteArray("[DONE]"));
    for (qsizetype i = 1; i < e.events.size(); ++i)
        QVERIFY(e.events.at(i).atMs >= e.events.at(i - 1).atMs);
    QVERIFY(e.timings.headersMs >= 0);
    QVERIFY(e.timings.totalMs >= e.timings.headersMs);
    QVERIFY(e.responseBody.endsWith("data: [DONE]\n\n"));
    delete call;
}

void TstChatCall::retryStartsTheReplyOver()
{
    Engine::ChatCall *call = makeCall(QStringLiteral("demo-flaky"));
    QSignalSpy retrying(call, &Engine::ChatCall::retrying);
    QSignalSpy finished(call, &Engine::ChatCall::finished);
    call->start();
    QVERIFY(finished.wait(15000));
    if (retrying.isEmpty()) {
        // This call got the even-numbered slot: the next one is the 429.
        delete call;
        call = makeCall(QStringLiteral("demo-flaky"));
        QSignalSpy again(call, &Engine::ChatCall::retrying);
        QSignalSpy done(call, &Engine::ChatCall::finished);
        call->start();
        QVERIFY(done.wait(15000));
        QCOMPARE(again.size(), 1);
    }
    QVERIFY(!call->error());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(call->reply().text(), QStringLiteral("You said: alpha beta gamma"));
    QCOMPARE(call->exchanges().size(), 2);
    QCOMPARE(call->exchanges().first().status, 429);
    delete call;
}

void TstChatCall::jsonAnswerToAStreamRequest()
{
    // Some servers ignore "stream": a JSON body must still become the reply.
    Engine::ChatCall *call = makeCall(QStringLiteral("demo-echo"));
    Core::GenerationParams params;
    params.stream = false;
    Engine::ChatRequest request;
    request.model = QStringLiteral("demo-echo");
    request.conversation = Core::Conversation::singleTurn(QStringLiteral("json please"));
    request.params = params;
    delete call;
    call = new Engine::ChatCall(&m_client, m_connection, kToken, request, this);
    QSignalSpy finished(call, &Engine::ChatCall::finished);
    call->start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!call->error());
    QCOMPARE(call->reply().text(), QStringLiteral("You said: json please"));
    QCOMPARE(call->reply().finishReason(), QStringLiteral("stop"));
    delete call;
}

void TstChatCall::idleTimeoutDuringStream()
{
    Core::Connection connection = m_connection;
    connection.timeoutSeconds = 1;
    connection.extraHeaders.append({QByteArrayLiteral("X-Sim-Fault"), QByteArrayLiteral("stall")});
    Engine::ChatRequest request;
    request.model = QStringLiteral("demo-lorem");
    request.conversation = Core::Conversation::singleTurn(QStringLiteral("x"));
    auto *call = new Engine::ChatCall(&m_client, connection, kToken, request, this);
    QSignalSpy finished(call, &Engine::ChatCall::finished);
    call->start();
    QVERIFY(finished.wait(10000));
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, Core::ApiError::Kind::Timeout);
    QVERIFY(call->isIncomplete());
    delete call;
}

QTEST_GUILESS_MAIN(TstChatCall)
#include "tst_chatcall.moc"
