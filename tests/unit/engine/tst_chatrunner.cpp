// ChatRunner and the clocks of parallel calls, over real loopback sockets against the simulated
// gateway: columns run at once, each is timed from when its request was written, each result
// belongs to its column, and a cancelled or failing column leaves the others alone.
#include "engine/chatcall.h"
#include "engine/chatrunner.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

static const QString kToken = QStringLiteral("dapi-chatrunner-secret-0123456789abcdef");

// demo-slow answers its first word 300 ms after the request (times the gateway's time scale),
// then a word every 50 ms. Scaled so the first word comes after a second: long enough that
// a loaded machine's jitter is small beside it, and that one call waiting behind another
// (a whole answer, ~1.7 s) shows plainly.
constexpr double kTimeScale = 10.0 / 3.0;
constexpr qint64 kFirstWordMs = 1000;

class TstChatRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void clocksExcludeTheWaitForAConnection();
    void everyColumnRunsAtOnce();
    void resultsBelongToTheirColumns();
    void cancelOneColumn();
    void cancelAll();
    void failingColumnBesideGoodOnes();
    void exchangesAreLoggedPerColumn();

private:
    Engine::ChatColumn column(const QString &model, const QString &prompt,
                              Core::ApiKind api = Core::ApiKind::ChatCompletions) const;
    static QString prompt(int column) { return QStringLiteral("column %1 asks").arg(column); }

    Sim::SimulatedGateway m_gateway;
    Core::Connection m_connection;
};

void TstChatRunner::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway.url();
    m_connection.timeoutSeconds = 30;
}

void TstChatRunner::cleanup()
{
    m_gateway.setTimeScale(1.0);
}

Engine::ChatColumn TstChatRunner::column(const QString &model, const QString &prompt,
                                         Core::ApiKind api) const
{
    Engine::ChatColumn c;
    c.connection = m_connection;
    c.token = kToken;
    c.request.api = api;
    c.request.model = model;
    c.request.conversation = Core::Conversation::singleTurn(prompt);
    return c;
}

void TstChatRunner::clocksExcludeTheWaitForAConnection()
{
    // Eight calls through one network manager: Qt writes six requests and holds two back until
    // a connection is free. The held ones must not count that wait as the gateway's time.
    m_gateway.setTimeScale(kTimeScale);
    Net::GatewayClient client;
    QList<Engine::ChatCall *> calls;
    int finished = 0;
    for (int i = 0; i < 8; ++i) {
        const Engine::ChatColumn c = column(QStringLiteral("demo-slow"), prompt(i));
        auto *call = new Engine::ChatCall(&client, c.connection, c.token, c.request, this);
        connect(call, &Engine::ChatCall::finished, this, [&finished] { ++finished; });
        calls.append(call);
    }
    for (Engine::ChatCall *call : std::as_const(calls))
        call->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 30000);
    for (int i = 0; i < 8; ++i) {
        const Engine::ChatCall *call = calls.at(i);
        QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
        const qint64 ttft = call->metrics().timeToFirstTokenMs.value_or(-1);
        const qint64 total = call->metrics().totalMs.value_or(-1);
        const QByteArray what = QByteArray::number(i) + ": TTFT " + QByteArray::number(ttft)
                                + " ms, total " + QByteArray::number(total) + " ms";
        // The gateway waits at least kFirstWordMs once it has the request (its timer may fire
        // a little early); a wait in Qt's queue would add a whole answer of another call.
        QVERIFY2(ttft >= kFirstWordMs * 9 / 10, what.constData());
        QVERIFY2(ttft < kFirstWordMs * 18 / 10, what.constData());
        QVERIFY2(total >= ttft && total < kFirstWordMs * 3, what.constData());
        // The exchange's timings run on the same clock.
        QVERIFY2(call->exchanges().constFirst().timings.totalMs < kFirstWordMs * 3,
                 what.constData());
    }
    qDeleteAll(calls);
}

void TstChatRunner::everyColumnRunsAtOnce()
{
    m_gateway.setTimeScale(kTimeScale);
    Engine::ChatRunner runner;
    QList<Engine::ChatColumn> columns;
    for (int i = 0; i < 8; ++i)
        columns.append(column(QStringLiteral("demo-slow"), prompt(i)));

    QStringList events; // "queued 3", "started 3", "finished 3", in the order they came
    int startedBeforeFirstFinish = -1;
    int started = 0;
    connect(&runner, &Engine::ChatRunner::queued, this, [&](int c) {
        events.append(QStringLiteral("queued %1").arg(c));
        QCOMPARE(runner.state(c), Engine::ChatRunner::State::Queued);
    });
    connect(&runner, &Engine::ChatRunner::started, this, [&](int c) {
        events.append(QStringLiteral("started %1").arg(c));
        QCOMPARE(runner.state(c), Engine::ChatRunner::State::Running);
        ++started;
    });
    connect(&runner, &Engine::ChatRunner::finished, this, [&](int c) {
        events.append(QStringLiteral("finished %1").arg(c));
        if (startedBeforeFirstFinish < 0)
            startedBeforeFirstFinish = started;
    });
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    QVERIFY(runner.start(columns));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(columns)); // one run at a time
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 30000);
    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.start({})); // nothing to run: the last run's results stay
    QCOMPARE(runner.columnCount(), 8);

    // No column waited for another's connection: every request was out before any answer
    // was complete.
    QCOMPARE(startedBeforeFirstFinish, 8);
    for (int i = 0; i < 8; ++i) {
        const qsizetype queued = events.indexOf(QStringLiteral("queued %1").arg(i));
        const qsizetype began = events.indexOf(QStringLiteral("started %1").arg(i));
        const qsizetype ended = events.indexOf(QStringLiteral("finished %1").arg(i));
        QVERIFY2(queued >= 0 && queued < began && began < ended, qPrintable(events.join(u',')));
        QCOMPARE(events.count(QStringLiteral("finished %1").arg(i)), 1);
        const std::optional<Engine::ChatResult> result = runner.result(i);
        QVERIFY(result && result->succeeded());
        const qint64 ttft = result->metrics.timeToFirstTokenMs.value_or(-1);
        QVERIFY2(ttft >= kFirstWordMs * 9 / 10 && ttft < kFirstWordMs * 18 / 10,
                 qPrintable(QStringLiteral("column %1: TTFT %2 ms").arg(i).arg(ttft)));
    }
}

void TstChatRunner::resultsBelongToTheirColumns()
{
    Engine::ChatRunner runner;
    const QList<Core::ApiKind> apis
        = {Core::ApiKind::ChatCompletions, Core::ApiKind::Responses, Core::ApiKind::Invocations};
    QList<Engine::ChatColumn> columns;
    for (int i = 0; i < 9; ++i) // more than one network manager's worth
        columns.append(column(i % 2 ? QStringLiteral("demo-slow") : QStringLiteral("demo-echo"),
                              prompt(i), apis.at(i % 3)));
    QList<int> finishedColumns;
    const QMetaObject::Connection checker = connect(
        &runner, &Engine::ChatRunner::finished, this, [&](int c, const Engine::ChatResult &result) {
            finishedColumns.append(c);
            QCOMPARE(result.message.text(), QStringLiteral("You said: ") + prompt(c));
            QCOMPARE(runner.result(c)->message, result.message);
        });
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    QVERIFY(runner.start(columns));
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 30000);
    QCOMPARE(finishedColumns.size(), 9);
    for (int i = 0; i < 9; ++i) {
        QVERIFY(finishedColumns.contains(i));
        const Engine::ChatResult result = *runner.result(i);
        QCOMPARE(result.model, columns.at(i).request.model);
        QCOMPARE(result.api, apis.at(i % 3));
        QCOMPARE(result.message.text(), QStringLiteral("You said: ") + prompt(i));
        QCOMPARE(result.finishReason, QStringLiteral("stop"));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.usage.outputTokens.value_or(0) > 0);
        QVERIFY(!result.incomplete);
    }
    // The next run starts afresh.
    disconnect(checker);
    QVERIFY(runner.start({column(QStringLiteral("demo-echo"), QStringLiteral("again"))}));
    QCOMPARE(runner.columnCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 2, 10000);
    QCOMPARE(runner.result(0)->message.text(), QStringLiteral("You said: again"));
}

void TstChatRunner::cancelOneColumn()
{
    Engine::ChatRunner runner;
    QList<Engine::ChatColumn> columns;
    for (int i = 0; i < 4; ++i)
        columns.append(column(QStringLiteral("demo-slow"), prompt(i)));
    QSignalSpy finished(&runner, &Engine::ChatRunner::finished);
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    connect(&runner, &Engine::ChatRunner::deltas, this, [&](int c) {
        if (c == 1 && !runner.call(1)->reply().text().isEmpty())
            runner.cancel(1); // mid-answer
    });
    QVERIFY(runner.start(columns));
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 20000);
    QCOMPARE(finished.size(), 4);
    QCOMPARE(finished.first().at(0).toInt(), 1); // the others still had words to come

    const Engine::ChatResult cancelled = *runner.result(1);
    QVERIFY(cancelled.error);
    QCOMPARE(cancelled.error->kind, Core::ApiError::Kind::Cancelled);
    QVERIFY(cancelled.incomplete);
    QVERIFY(!cancelled.message.text().isEmpty());
    QVERIFY(QString(QStringLiteral("You said: ") + prompt(1)).startsWith(cancelled.message.text()));
    for (int i : {0, 2, 3}) {
        const Engine::ChatResult result = *runner.result(i);
        QVERIFY(result.succeeded());
        QCOMPARE(result.message.text(), QStringLiteral("You said: ") + prompt(i));
    }
}

void TstChatRunner::cancelAll()
{
    Engine::ChatRunner runner;
    QList<Engine::ChatColumn> columns;
    for (int i = 0; i < 3; ++i)
        columns.append(column(QStringLiteral("demo-slow"), prompt(i)));
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    QVERIFY(runner.start(columns));
    runner.cancelAll(); // before any request went out
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 10000);
    for (int i = 0; i < 3; ++i) {
        const Engine::ChatResult result = *runner.result(i);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, Core::ApiError::Kind::Cancelled);
        QVERIFY(result.message.text().isEmpty());
        QVERIFY(!result.metrics.totalMs || *result.metrics.totalMs >= 0);
    }
}

void TstChatRunner::failingColumnBesideGoodOnes()
{
    Engine::ChatRunner runner;
    const QList<Engine::ChatColumn> columns = {
        column(QStringLiteral("demo-echo"), prompt(0)),
        column(QStringLiteral("demo-error"), prompt(1)),
        column(QStringLiteral("demo-slow"), prompt(2), Core::ApiKind::Responses),
        column(QStringLiteral("demo-error"), prompt(3), Core::ApiKind::Responses),
    };
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    QVERIFY(runner.start(columns));
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 20000);
    for (int i : {1, 3}) {
        const Engine::ChatResult failed = *runner.result(i);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->kind, Core::ApiError::Kind::Http);
        QCOMPARE(failed.httpStatus, 400);
        QVERIFY(failed.error->message.contains(QLatin1String("demo-error always fails")));
        QVERIFY(!failed.incomplete);
    }
    for (int i : {0, 2}) {
        const Engine::ChatResult result = *runner.result(i);
        QVERIFY2(result.succeeded(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.message.text(), QStringLiteral("You said: ") + prompt(i));
    }
}

void TstChatRunner::exchangesAreLoggedPerColumn()
{
    Engine::ExchangeLog log;
    Engine::ChatRunner runner;
    runner.setExchangeLog(&log, QStringLiteral("comparison-1"));
    const QList<Engine::ChatColumn> columns
        = {column(QStringLiteral("demo-echo"), prompt(0)),
           column(QStringLiteral("demo-lorem"), prompt(1), Core::ApiKind::Responses)};
    QSignalSpy allFinished(&runner, &Engine::ChatRunner::allFinished);
    QVERIFY(runner.start(columns));
    QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 10000);
    QCOMPARE(log.count(), 2);
    for (int i = 0; i < 2; ++i) {
        const Engine::ChatResult result = *runner.result(i);
        QCOMPARE(result.exchangeIds.size(), 1);
        const Net::Exchange *exchange = log.exchangeById(result.exchangeIds.first());
        QVERIFY(exchange);
        QCOMPARE(exchange->status, 200);
        QVERIFY(exchange->request.body.contains(columns.at(i).request.model.toUtf8()));
        QCOMPARE(log.conversationOf(result.exchangeIds.first()), QStringLiteral("comparison-1"));
        QCOMPARE(exchange->request.header("Authorization"), QByteArray("Bearer ****cdef"));
    }
}

QTEST_GUILESS_MAIN(TstChatRunner)
#include "tst_chatrunner.moc"
