// BatchRunner over real loopback sockets against the simulated gateway: rows are pulled only as
// requests free up (so a long set is never held whole), done pairs are skipped, and a cancelled
// run hands out nothing more; a paused run starts nothing new until it goes on, and logged
// requests (the judges' too, secrets masked) are named in their cells.
#include "engine/batchrunner.h"
#include "engine/exchangelog.h"
#include "sim/simulatedgateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

class TstBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullsRowsAsSlotsFree();
    void skipsDonePairs();
    void cancelStopsTheRun();
    void pauseLetsInFlightFinishAndStartsNothing();
    void cellsNameTheirLoggedExchanges();
    void judgeRequestsAreLoggedToo();
    void cancelStopsTheJudgesToo();

private:
    Engine::BatchRunner::Setup setup(const QStringList &models, int parallel) const
    {
        Engine::BatchRunner::Setup s;
        s.connection.kind = Core::Connection::Kind::OpenAiCompatible;
        s.connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
        s.connection.auth = Core::Connection::Auth::None;
        s.models = models;
        s.parallel = parallel;
        return s;
    }
    // A source of `count` rows that counts how many were taken.
    static Engine::BatchRunner::RowSource rows(qint64 count, qint64 *taken)
    {
        return [count, taken]() -> std::optional<Engine::BatchRow> {
            if (*taken >= count)
                return std::nullopt;
            Engine::BatchRow row;
            row.index = (*taken)++;
            row.prompt = QStringLiteral("row %1").arg(row.index);
            row.conversation = Core::Conversation::singleTurn(row.prompt);
            return row;
        };
    }

    Sim::SimulatedGateway m_gateway;
};

void TstBatchRunner::initTestCase()
{
    QVERIFY(m_gateway.listen());
}

void TstBatchRunner::pullsRowsAsSlotsFree()
{
    Engine::BatchRunner runner(setup({QStringLiteral("demo-echo")}, 3));
    qint64 taken = 0;
    qint64 mostAhead = 0; // rows taken beyond the cells handed out
    qint64 handedOut = 0;
    QSet<qint64> seen;
    connect(&runner, &Engine::BatchRunner::cellFinished, this, [&](const Engine::BatchCell &cell) {
        ++handedOut;
        seen.insert(cell.row->index);
        QVERIFY(runner.inFlight() <= 3);
        mostAhead = qMax(mostAhead, taken - handedOut);
        QCOMPARE(cell.result.message.text(), QStringLiteral("You said: ") + cell.row->prompt);
    });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    runner.start(rows(500, &taken));
    QCOMPARE(taken, 3); // one row per slot, no more
    QVERIFY(finished.wait(60000));
    QCOMPARE(handedOut, 500);
    QCOMPARE(seen.size(), 500);
    QVERIFY2(mostAhead <= 3, qPrintable(QString::number(mostAhead)));
}

void TstBatchRunner::skipsDonePairs()
{
    m_gateway.clearRequests();
    Engine::BatchRunner runner(
        setup({QStringLiteral("demo-echo"), QStringLiteral("demo-lorem")}, 4));
    qint64 taken = 0;
    QStringList pairs;
    connect(&runner, &Engine::BatchRunner::cellFinished, this, [&](const Engine::BatchCell &cell) {
        pairs.append(QString::number(cell.row->index) + u'/' + cell.model);
    });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    runner.start(rows(5, &taken), [](qint64 index, const QString &model) {
        return index != 2 || model == u"demo-lorem"; // only 2/demo-echo is missing
    });
    QVERIFY(finished.wait(30000));
    QCOMPARE(pairs, QStringList{QStringLiteral("2/demo-echo")});
    QCOMPARE(taken, 5);
    QCOMPARE(m_gateway.requests().size(), 1);

    // Nothing to ask at all: finished at once.
    Engine::BatchRunner idle(setup({QStringLiteral("demo-echo")}, 2));
    QSignalSpy idleFinished(&idle, &Engine::BatchRunner::finished);
    qint64 none = 0;
    idle.start(rows(3, &none), [](qint64, const QString &) { return true; });
    QCOMPARE(idleFinished.size(), 1);
}

void TstBatchRunner::cancelStopsTheRun()
{
    m_gateway.setTimeScale(1.0);
    Engine::BatchRunner runner(setup({QStringLiteral("demo-slow")}, 2));
    qint64 taken = 0;
    QSignalSpy cells(&runner, &Engine::BatchRunner::cellFinished);
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    runner.start(rows(100, &taken));
    QTRY_VERIFY(m_gateway.requests().size() >= 2);
    runner.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(cells.size(), 0); // the cancelled cells are not handed out: a resume asks them
    QCOMPARE(taken, 2);
}

void TstBatchRunner::pauseLetsInFlightFinishAndStartsNothing()
{
    m_gateway.setTimeScale(0.1);
    m_gateway.clearRequests();
    Engine::BatchRunner runner(setup({QStringLiteral("demo-slow")}, 2));
    qint64 taken = 0;
    QStringList pairs;
    connect(&runner, &Engine::BatchRunner::cellFinished, this, [&](const Engine::BatchCell &cell) {
        pairs.append(QString::number(cell.row->index) + u'/' + cell.model);
    });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    runner.start(rows(10, &taken));
    QCOMPARE(runner.inFlight(), 2);
    runner.setPaused(true);
    QVERIFY(runner.isPaused());
    QTRY_COMPARE(runner.inFlight(), 0);
    // The one in flight finished and was handed out; handing out starts the next cells at once
    // (synchronously) unless paused, so no new row was taken.
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(taken, 2);
    QCOMPARE(finished.size(), 0);
    runner.setPaused(false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(pairs.size(), 10);
    QCOMPARE(QSet<QString>(pairs.begin(), pairs.end()).size(), 10); // each pair once
    m_gateway.setTimeScale(1.0);
}

void TstBatchRunner::cellsNameTheirLoggedExchanges()
{
    Engine::ExchangeLog log;
    Engine::BatchRunner::Setup s = setup({QStringLiteral("demo-echo")}, 2);
    s.log = &log;
    s.logKey = QStringLiteral("batch-1");
    Engine::BatchRunner runner(s);
    QList<Engine::BatchCell> cells;
    connect(&runner, &Engine::BatchRunner::cellFinished, this,
            [&](const Engine::BatchCell &cell) { cells.append(cell); });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    qint64 taken = 0;
    runner.start(rows(3, &taken));
    QVERIFY(finished.wait(30000));
    QCOMPARE(cells.size(), 3);
    QSet<quint64> ids;
    for (const Engine::BatchCell &cell : cells) {
        QCOMPARE(cell.result.exchangeIds.size(), 1);
        const quint64 id = cell.result.exchangeIds.first();
        ids.insert(id);
        QCOMPARE(log.conversationOf(id), QStringLiteral("batch-1"));
        QVERIFY(log.exchangeById(id)->request.body.contains(cell.row->prompt.toUtf8()));
    }
    QCOMPARE(ids.size(), 3);
}

void TstBatchRunner::judgeRequestsAreLoggedToo()
{
    const QString token = QStringLiteral("judge-token-abcdef");
    m_gateway.setRequiredToken(token);
    Engine::ExchangeLog log;
    Engine::BatchRunner::Setup s = setup({QStringLiteral("demo-echo")}, 2);
    s.connection.auth = Core::Connection::Auth::Bearer;
    s.token = token;
    s.log = &log;
    s.logKey = QStringLiteral("batch:judged");
    QString error;
    const std::optional<Engine::BatchCheck> judge
        = Engine::BatchCheck::parse(QStringLiteral("judge:demo-lorem:Is it an echo?"), &error);
    QVERIFY2(judge, qPrintable(error));
    s.checks = {*Engine::BatchCheck::parse(QStringLiteral("contains:row"), &error), *judge};
    Engine::BatchRunner runner(s);
    QList<Engine::BatchCell> cells;
    connect(&runner, &Engine::BatchRunner::cellFinished, this,
            [&](const Engine::BatchCell &cell) { cells.append(cell); });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    qint64 taken = 0;
    runner.start(rows(3, &taken));
    QVERIFY(finished.wait(30000));
    m_gateway.setRequiredToken({});
    QCOMPARE(cells.size(), 3);
    QCOMPARE(log.count(), 6); // an answer and a judge per cell
    QSet<quint64> ids;
    for (const Engine::BatchCell &cell : cells) {
        QVERIFY(cell.result.succeeded());
        QCOMPARE(cell.checks.size(), 2);
        QVERIFY2(!cell.checks.at(1).detail.startsWith(u"the judge could not"),
                 qPrintable(cell.checks.at(1).detail));
        QCOMPARE(cell.result.exchangeIds.size(), 1);
        QCOMPARE(cell.judgeExchangeIds.size(), 1);
        const quint64 answerId = cell.result.exchangeIds.first();
        const quint64 judgeId = cell.judgeExchangeIds.first();
        QVERIFY(answerId < judgeId); // the judge reads the answer, so it is asked after it
        ids << answerId << judgeId;
        QCOMPARE(log.conversationOf(judgeId), QStringLiteral("batch:judged"));
        QCOMPARE(log.stateAt(log.rowForId(judgeId)), Engine::ExchangeLog::State::Done);
        const Net::Exchange *exchange = log.exchangeById(judgeId);
        QCOMPARE(exchange->status, 200);
        QVERIFY(exchange->request.body.contains("demo-lorem"));
        QVERIFY(exchange->request.body.contains("Is it an echo?"));
        QVERIFY(exchange->request.body.contains(cell.row->prompt.toUtf8()));
        QCOMPARE(exchange->request.header("Authorization"), QByteArray("Bearer ****cdef"));
    }
    QCOMPARE(ids.size(), 6);
}

void TstBatchRunner::cancelStopsTheJudgesToo()
{
    // demo-slow echoes the judge's question a word every 50 ms: several seconds of judging.
    m_gateway.setTimeScale(1.0);
    Engine::ExchangeLog log;
    Engine::BatchRunner::Setup s = setup({QStringLiteral("demo-echo")}, 1);
    s.log = &log;
    s.logKey = QStringLiteral("batch:cancelled-judge");
    QString error;
    const std::optional<Engine::BatchCheck> judge = Engine::BatchCheck::parse(
        QStringLiteral("judge:demo-slow:Is it a faithful echo of every word asked?"), &error);
    QVERIFY2(judge, qPrintable(error));
    s.checks = {*judge};
    Engine::BatchRunner runner(s);
    QList<Engine::BatchCell> cells;
    connect(&runner, &Engine::BatchRunner::cellFinished, this,
            [&](const Engine::BatchCell &cell) { cells.append(cell); });
    QSignalSpy finished(&runner, &Engine::BatchRunner::finished);
    qint64 taken = 0;
    runner.start(rows(1, &taken));
    // The answer is in, the judge is asking.
    QTRY_COMPARE_WITH_TIMEOUT(log.count(), 2, 10000);
    const int judgeRow = 1;
    QTRY_VERIFY(log.stateAt(judgeRow) == Engine::ExchangeLog::State::Streaming);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    // The judge was stopped, not left to run to its end, and the cell is not handed out.
    QCOMPARE(log.stateAt(judgeRow), Engine::ExchangeLog::State::Cancelled);
    QVERIFY(cells.isEmpty());
    QCOMPARE(runner.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TstBatchRunner)
#include "tst_batchrunner.moc"
