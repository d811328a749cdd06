// ChatSession against the simulated gateway: turns appear before requests leave, replies
// grow live, and edits, regenerations, retries and stops keep the conversation consistent.
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "support/eventloop.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

class TstChatSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void userTurnExistsBeforeTheReply();
    void replyGrowsLive();
    void conversationCarriesHistory();
    void regenerateReplacesTheReply();
    void editAndResendDropsLaterTurns();
    void failedReplyRetries();
    void stopKeepsPartialText();
    void heldRequestLeavesOnRelease();
    void stopEndsAHeldRequest();
    void removeAndClear();
    void refusesWhileBusyOrUnconfigured();
    void exchangeLogEvictsOldest();
    void requestForIsTheOneSentOrTheOneToSend();

private:
    Core::ChatSettings settings(const QString &model) const
    {
        Core::ChatSettings s;
        s.model = model;
        return s;
    }
    static bool waitIdle(Engine::ChatSession &session)
    {
        QSignalSpy busyChanged(&session, &Engine::ChatSession::busyChanged);
        while (session.isBusy()) {
            if (!busyChanged.wait(15000))
                return false;
        }
        return true;
    }

    Sim::SimulatedGateway m_gateway;
    Net::GatewayClient m_client;
    Engine::ExchangeLog *m_log = nullptr;
    Engine::ChatSession *m_session = nullptr;
};

void TstChatSession::heldRequestLeavesOnRelease()
{
    int requests = 0;
    connect(&m_gateway, &Sim::SimulatedGateway::requestReceived, m_session, [&] { ++requests; });
    QSignalSpy held(m_session, &Engine::ChatSession::requestHeld);
    QSignalSpy started(m_session, &Engine::ChatSession::attemptStarted);
    m_session->setHoldRequests(true);
    QVERIFY(m_session->send(QStringLiteral("wait for it"), settings(QStringLiteral("demo-echo"))));
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().first().toInt(), 1);
    QVERIFY(m_session->isBusy());
    // A request that is not held starts from a call queued by send(): once that would have
    // run, no attempt has started, so nothing can have left.
    QVERIFY(Testing::deliverPostedEvents());
    QCOMPARE(started.size(), 0);
    QCOMPARE(requests, 0);
    m_session->releaseHeld();
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(started.size(), 1);
    QCOMPARE(requests, 1);
    QCOMPARE(m_session->turns().at(1).message.text(), QStringLiteral("You said: wait for it"));
}

void TstChatSession::stopEndsAHeldRequest()
{
    int requests = 0;
    connect(&m_gateway, &Sim::SimulatedGateway::requestReceived, m_session, [&] { ++requests; });
    QSignalSpy finished(m_session, &Engine::ChatSession::replyFinished);
    QSignalSpy started(m_session, &Engine::ChatSession::attemptStarted);
    m_session->setHoldRequests(true);
    QVERIFY(m_session->send(QStringLiteral("never mind"), settings(QStringLiteral("demo-echo"))));
    m_session->stop();
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_session->turns().at(1).error);
    QCOMPARE(m_session->turns().at(1).error->kind, Core::ApiError::Kind::Cancelled);
    // The stopped call's start was queued: once it has run, no attempt began, so no byte left.
    QVERIFY(Testing::deliverPostedEvents());
    QCOMPARE(started.size(), 0);
    QCOMPARE(requests, 0);
    m_session->releaseHeld(); // nothing is held any more
    QCOMPARE(requests, 0);
}

void TstChatSession::initTestCase()
{
    QVERIFY(m_gateway.listen());
}

void TstChatSession::init()
{
    m_log = new Engine::ExchangeLog(this);
    m_session = new Engine::ChatSession(&m_client, m_log, this);
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    m_session->setConnection(connection, {});
}

void TstChatSession::cleanup()
{
    delete m_session;
    delete m_log;
}

void TstChatSession::userTurnExistsBeforeTheReply()
{
    QSignalSpy inserted(m_session, &Engine::ChatSession::turnInserted);
    QVERIFY(m_session->send(QStringLiteral("first words"), settings(QStringLiteral("demo-echo"))));
    // Synchronously: the user's text is in the session before any byte went out.
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_session->turns().size(), 2);
    QCOMPARE(m_session->turns().at(0).message.text(), QStringLiteral("first words"));
    QVERIFY(m_session->isStreaming(1));
    QVERIFY(m_session->isBusy());
    QVERIFY(waitIdle(*m_session));
    const Core::Turn &reply = m_session->turns().at(1);
    QCOMPARE(reply.message.text(), QStringLiteral("You said: first words"));
    QCOMPARE(reply.model, QStringLiteral("demo-echo"));
    QCOMPARE(reply.finishReason, QStringLiteral("stop"));
    QCOMPARE(reply.usage.outputTokens, std::optional<qint64>(4));
    QVERIFY(!m_session->isStreaming(1));
    QVERIFY(!reply.error);
    QCOMPARE(m_session->exchangeIds(1).size(), 1);
    QCOMPARE(m_log->exchangeById(m_session->exchangeIds(1).first())->status, 200);
}

void TstChatSession::replyGrowsLive()
{
    QStringList seen;
    connect(m_session, &Engine::ChatSession::turnChanged, this, [&](int row) {
        if (row == 1)
            seen.append(m_session->messageAt(1).text());
    });
    QVERIFY(m_session->send(QStringLiteral("go"), settings(QStringLiteral("demo-slow"))));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(seen.size() >= 3);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).startsWith(seen.at(i - 1)));
    QCOMPARE(m_session->messageAt(1).text(), m_session->turns().at(1).message.text());
}

void TstChatSession::conversationCarriesHistory()
{
    QVERIFY(m_session->send(QStringLiteral("one"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->send(QStringLiteral("two"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    const Core::Conversation sent = m_session->conversationBefore(3);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.messages().at(1).text(), QStringLiteral("You said: one"));
    QCOMPARE(m_session->turns().at(3).message.text(), QStringLiteral("You said: two"));
}

void TstChatSession::regenerateReplacesTheReply()
{
    QVERIFY(m_session->send(QStringLiteral("hi"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->regenerate(1, settings(QStringLiteral("demo-lorem"))));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(m_session->turns().size(), 2);
    QCOMPARE(m_session->turns().at(1).model, QStringLiteral("demo-lorem"));
    QVERIFY(m_session->turns().at(1).message.text().startsWith(QStringLiteral("Lorem")));
    QVERIFY(!m_session->regenerate(0, settings(QStringLiteral("demo-echo")))); // a user turn
}

void TstChatSession::editAndResendDropsLaterTurns()
{
    QVERIFY(m_session->send(QStringLiteral("one"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->send(QStringLiteral("two"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(
        m_session->editAndResend(0, QStringLiteral("uno"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(m_session->turns().size(), 2);
    QCOMPARE(m_session->turns().at(0).message.text(), QStringLiteral("uno"));
    QCOMPARE(m_session->turns().at(1).message.text(), QStringLiteral("You said: uno"));
}

void TstChatSession::failedReplyRetries()
{
    QVERIFY(m_session->send(QStringLiteral("x"), settings(QStringLiteral("demo-error"))));
    QVERIFY(waitIdle(*m_session));
    const Core::Turn &failed = m_session->turns().at(1);
    QVERIFY(failed.error);
    QCOMPARE(failed.error->httpStatus, 400);
    QVERIFY(!m_session->exchangeIds(1).isEmpty());
    // A failed reply is not sent back to the model as history.
    QCOMPARE(m_session->conversationBefore(2).size(), 1);
    QSignalSpy finished(m_session, &Engine::ChatSession::replyFinished);
    QVERIFY(m_session->retry(1));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_session->turns().at(1).error); // demo-error fails every time
    QCOMPARE(m_session->turns().size(), 2);
}

void TstChatSession::stopKeepsPartialText()
{
    QVERIFY(m_session->send(QStringLiteral("alpha beta gamma delta"),
                            settings(QStringLiteral("demo-slow"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->messageAt(1).text().isEmpty(), 10000);
    m_session->stop();
    QVERIFY(waitIdle(*m_session));
    const Core::Turn &turn = m_session->turns().at(1);
    QVERIFY(turn.message.incomplete);
    QVERIFY(!turn.message.text().isEmpty());
    QVERIFY(QStringLiteral("You said: alpha beta gamma delta").startsWith(turn.message.text()));
    QCOMPARE(turn.error->kind, Core::ApiError::Kind::Cancelled);
    // A stopped partial answer is still history: the user saw it.
    QCOMPARE(m_session->conversationBefore(2).size(), 2);
}

void TstChatSession::removeAndClear()
{
    QVERIFY(m_session->send(QStringLiteral("a"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    QSignalSpy removed(m_session, &Engine::ChatSession::turnRemoved);
    m_session->removeTurn(1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_session->turns().size(), 1);
    QSignalSpy reset(m_session, &Engine::ChatSession::turnsReset);
    m_session->clear();
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_session->turns().isEmpty());
}

void TstChatSession::refusesWhileBusyOrUnconfigured()
{
    QVERIFY(m_session->send(QStringLiteral("a"), settings(QStringLiteral("demo-slow"))));
    QVERIFY(!m_session->send(QStringLiteral("b"), settings(QStringLiteral("demo-echo"))));
    QCOMPARE(m_session->turns().size(), 2);
    m_session->removeTurn(1); // streaming: refused
    QCOMPARE(m_session->turns().size(), 2);
    m_session->stop();
    QVERIFY(waitIdle(*m_session));
    QVERIFY(!m_session->send(QStringLiteral("   "), settings(QStringLiteral("demo-echo"))));
    QVERIFY(!m_session->send(QStringLiteral("x"), settings(QString())));

    Engine::ChatSession unconfigured(&m_client, m_log);
    QVERIFY(!unconfigured.send(QStringLiteral("x"), settings(QStringLiteral("demo-echo"))));
}

void TstChatSession::exchangeLogEvictsOldest()
{
    Engine::ExchangeLog log(nullptr, 3);
    QList<quint64> ids;
    for (int i = 0; i < 5; ++i) {
        Net::Exchange e;
        e.status = 200 + i;
        ids.append(log.append(e));
    }
    QCOMPARE(log.count(), 3);
    QVERIFY(!log.exchangeById(ids.at(1)));
    QCOMPARE(log.exchangeById(ids.at(4))->status, 204);
    QCOMPARE(log.rowForId(ids.at(2)), 0);
    QCOMPARE(log.exchangeAt(0).status, 202);
}

void TstChatSession::requestForIsTheOneSentOrTheOneToSend()
{
    QVERIFY(m_session->send(QStringLiteral("code me"), settings(QStringLiteral("demo-echo"))));
    QVERIFY(waitIdle(*m_session));
    const std::optional<Core::HttpRequest> sent = m_session->requestFor(1);
    QVERIFY(sent);
    // The logged one, as it went out: the same as the user turn's.
    const Net::Exchange *logged = m_log->exchangeById(m_session->exchangeIds(1).last());
    QVERIFY(logged);
    QCOMPARE(sent->body, logged->request.body);
    QCOMPARE(sent->url, logged->request.url);
    QCOMPARE(m_session->requestFor(0)->body, sent->body);
    QVERIFY(!m_session->requestFor(2));
    QVERIFY(!m_session->requestFor(-1));

    // Reopened from the history, there is no exchange: it is built as it would be sent now.
    const QList<Core::Turn> turns = m_session->turns();
    Core::ChatSettings responses = settings(QStringLiteral("demo-lorem"));
    responses.api = Core::ApiKind::Responses;
    QVERIFY(m_session->restore(turns, responses));
    const std::optional<Core::HttpRequest> rebuilt = m_session->requestFor(1);
    QVERIFY(rebuilt);
    // The reply's own model and API; the conversation before it.
    QVERIFY(rebuilt->url.path().endsWith(u"/chat/completions"));
    QVERIFY(rebuilt->body.contains("demo-echo"));
    QVERIFY(rebuilt->body.contains("code me"));
    QVERIFY(!rebuilt->body.contains("You said"));
}

QTEST_GUILESS_MAIN(TstChatSession)
#include "tst_chatsession.moc"
