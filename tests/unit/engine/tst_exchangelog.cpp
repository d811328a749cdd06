// ExchangeLog's two budgets: a batch run (logged under "batch:...") evicts only older batch
// entries, chats and comparisons only older ones of theirs, and the rows stay the entries in
// the order they were logged, with every eviction announced at the row it takes.
#include "engine/exchangelog.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <vector>

using namespace Parlance;

class TstExchangeLog : public QObject
{
    Q_OBJECT

private slots:
    void aBatchDoesNotEvictChats();
    void chatsStillEvictOlderChats();
    void rowsFollowMixedEvictions();

private:
    static Net::Exchange exchange(int status)
    {
        Net::Exchange e;
        e.status = status;
        return e;
    }
    // Every row's id, and the id's row, as the log says them.
    static QList<quint64> rows(const Engine::ExchangeLog &log)
    {
        QList<quint64> ids;
        for (int row = 0; row < log.count(); ++row) {
            ids.append(log.idAt(row));
            if (log.rowForId(ids.last()) != row)
                return {}; // rowForId disagrees with idAt
        }
        return ids;
    }
};

void TstExchangeLog::aBatchDoesNotEvictChats()
{
    Engine::ExchangeLog log; // the default capacity, 500 of each
    QList<quint64> chats;
    for (int i = 0; i < 10; ++i)
        chats.append(log.append(exchange(200 + i), QStringLiteral("chat-%1").arg(i)));
    QList<quint64> batch;
    for (int i = 0; i < 2000; ++i)
        batch.append(log.begin(exchange(0), QStringLiteral("batch:run")));

    QCOMPARE(log.count(), 510);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(log.rowForId(chats.at(i)), i);
        QCOMPARE(log.exchangeById(chats.at(i))->status, 200 + i);
        QCOMPARE(log.conversationOf(chats.at(i)), QStringLiteral("chat-%1").arg(i));
        QCOMPARE(log.exchangeAt(i).status, 200 + i);
    }
    QVERIFY(!log.exchangeById(batch.at(1499)));
    QCOMPARE(log.rowForId(batch.at(1499)), -1);
    QCOMPARE(log.rowForId(batch.at(1500)), 10);
    QCOMPARE(log.idAt(509), batch.last());
    QCOMPARE(log.stateAt(509), Engine::ExchangeLog::State::Pending);

    // A batch entry evicted while in flight is finished into nothing; one retained is found.
    QSignalSpy changed(&log, &Engine::ExchangeLog::changed);
    log.finish(batch.at(0), exchange(200));
    QCOMPARE(changed.size(), 0);
    log.finish(batch.at(1600), exchange(201));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 110);
    QCOMPARE(log.exchangeAt(110).status, 201);
    QCOMPARE(log.stateAt(110), Engine::ExchangeLog::State::Done);

    // A chat after the batch joins the end, evicting nothing.
    QSignalSpy evicted(&log, &Engine::ExchangeLog::evicted);
    const quint64 late = log.append(exchange(299), QStringLiteral("chat-late"));
    QCOMPARE(evicted.size(), 0);
    QCOMPARE(log.rowForId(late), 510);
}

void TstExchangeLog::chatsStillEvictOlderChats()
{
    Engine::ExchangeLog log;
    QList<quint64> chats;
    QSignalSpy aboutToEvict(&log, &Engine::ExchangeLog::aboutToEvict);
    for (int i = 0; i < 600; ++i) {
        // Keyless entries (model lists, sign-ins) share the chats' budget.
        chats.append(log.append(exchange(200), i % 2 ? QStringLiteral("chat") : QString()));
        if (i == 299)
            log.append(exchange(202), QStringLiteral("batch:one")); // not the chats' to evict
    }
    QCOMPARE(log.count(), 501);
    QCOMPARE(aboutToEvict.size(), 100);
    for (const QList<QVariant> &args : aboutToEvict)
        QCOMPARE(args.first().toInt(), 0); // the oldest chat was always the first row
    QVERIFY(!log.exchangeById(chats.at(99)));
    QCOMPARE(log.rowForId(chats.at(100)), 0);
    QCOMPARE(log.exchangeAt(200).status, 202); // the batch entry, where it was logged
    QCOMPARE(log.idAt(500), chats.last());

    log.clear();
    QCOMPARE(log.count(), 0);
    QCOMPARE(log.rowForId(chats.last()), -1);
    const quint64 again = log.append(exchange(200), QStringLiteral("batch:two"));
    QCOMPARE(log.rowForId(again), 0);
}

void TstExchangeLog::rowsFollowMixedEvictions()
{
    // Against a plain list that does the same the slow way: the rows the log announces for
    // each eviction and append, and where every id ends up.
    constexpr int capacity = 4;
    Engine::ExchangeLog log(nullptr, capacity);
    std::vector<std::pair<quint64, bool>> expected; // (id, batch) in row order
    QList<quint64> announced;
    connect(&log, &Engine::ExchangeLog::aboutToEvict, this,
            [&](int row) { announced.append(quint64(row)); });
    QRandomGenerator random(42);
    for (int step = 0; step < 400; ++step) {
        const bool batch = random.bounded(3) != 0;
        const auto inRing = [&](bool b) {
            return std::count_if(expected.begin(), expected.end(),
                                 [b](const auto &e) { return e.second == b; });
        };
        int evictedRow = -1;
        if (inRing(batch) == capacity) {
            const auto oldest = std::find_if(expected.begin(), expected.end(),
                                             [batch](const auto &e) { return e.second == batch; });
            evictedRow = int(oldest - expected.begin());
            expected.erase(oldest);
        }
        announced.clear();
        const quint64 id = log.append(exchange(200 + step),
                                      batch ? QStringLiteral("batch:x") : QStringLiteral("chat"));
        expected.emplace_back(id, batch);
        QCOMPARE(announced,
                 evictedRow < 0 ? QList<quint64>{} : QList<quint64>{quint64(evictedRow)});

        QList<quint64> want;
        for (const auto &e : expected)
            want.append(e.first);
        QCOMPARE(rows(log), want);
        for (const auto &e : expected)
            QCOMPARE(log.conversationOf(e.first),
                     e.second ? QStringLiteral("batch:x") : QStringLiteral("chat"));
    }
}

QTEST_GUILESS_MAIN(TstExchangeLog)
#include "tst_exchangelog.moc"
