// HistoryService: the store on a thread of its own. Answers come back on the caller's thread
// in call order, no SQL runs on the caller's thread, and quitting right after a save keeps it.
#include "store/historyservice.h"
#include "store/historystore.h"
#include "storetesting.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Parlance;
using namespace StoreTesting;
using Parlance::Store::ConversationSummary;
using Parlance::Store::HistoryService;
using Parlance::Store::HistoryStore;
using Parlance::Store::SearchHit;
using Parlance::Store::StoredConversation;

class tst_HistoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensGoodPath();
    void badPathReportsOpenedFalseAndFailed();
    void answersArriveOnCallerThreadInCallOrder();
    void searchAnswersOnCallerThreadInCallOrder();
    void comparisonAnswersOnCallerThreadInCallOrder();
    void batchAnswersOnCallerThreadInCallOrder();
    void sqlRunsOffTheCallerThread();
    void destroyRightAfterSaveKeepsIt();
    void destroyWhileOpeningIsClean();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // "connection still in use", "database does not belong to the calling thread": each is a
    // threading mistake.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_HistoryService::cleanup()
{
    // The worker's connection was removed on its own thread when the service went.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void tst_HistoryService::opensGoodPath()
{
    HistoryService service(path());
    QCOMPARE(service.filePath(), path());
    QSignalSpy opened(&service, &HistoryService::opened);
    QSignalSpy failed(&service, &HistoryService::failed);
    QVERIFY(opened.wait());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QVERIFY(opened.at(0).at(1).toString().isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(QFileInfo(path()).isFile());
}

void tst_HistoryService::badPathReportsOpenedFalseAndFailed()
{
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile out(blocker);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("x");
    }
    HistoryService service(blocker + QStringLiteral("/history.sqlite"));
    QSignalSpy opened(&service, &HistoryService::opened);
    QSignalSpy failed(&service, &HistoryService::failed);
    QVERIFY(opened.wait());
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    const QString message = opened.at(0).at(1).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(blocker)), qPrintable(message));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), message);

    // Later calls fail too, with a message, rather than hang or crash.
    QSignalSpy found(&service, &HistoryService::found);
    service.requestList();
    service.save(
        conversation(QStringLiteral("k"), QStringLiteral("t"), utc("2024-01-01T00:00:00.000Z")));
    service.requestSearch(QStringLiteral("t"));
    QTRY_COMPARE(failed.size(), 4);
    QVERIFY(!failed.at(1).at(0).toString().isEmpty());
    QVERIFY(!failed.at(2).at(0).toString().isEmpty());
    const QString searchFailure = failed.at(3).at(0).toString();
    QVERIFY2(searchFailure.contains(QDir::toNativeSeparators(blocker)), qPrintable(searchFailure));
    QCOMPARE(opened.size(), 1);
    QVERIFY(found.isEmpty());
}

void tst_HistoryService::answersArriveOnCallerThreadInCallOrder()
{
    HistoryService service(path());
    QStringList events;
    int offThread = 0;
    QList<ConversationSummary> lastList;
    StoredConversation loaded;
    auto note = [&](const QString &event) {
        if (QThread::currentThread() != thread())
            ++offThread;
        events.append(event);
    };
    // Direct connections run the slot on whichever thread emits, so they see where the
    // service really emits; an auto connection would hide a signal sent from the worker.
    const auto direct = Qt::DirectConnection;
    connect(
        &service, &HistoryService::opened, this,
        [&](bool ok, const QString &) { note(QStringLiteral("opened:%1").arg(ok)); }, direct);
    connect(
        &service, &HistoryService::saved, this,
        [&](const QString &key) { note(QStringLiteral("saved:") + key); }, direct);
    connect(
        &service, &HistoryService::listed, this,
        [&](const QList<ConversationSummary> &list) {
            lastList = list;
            QStringList keys;
            for (const ConversationSummary &summary : list)
                keys.append(summary.key);
            note(QStringLiteral("listed:") + keys.join(QLatin1Char(',')));
        },
        direct);
    connect(
        &service, &HistoryService::loaded, this,
        [&](const StoredConversation &c) {
            loaded = c;
            note(QStringLiteral("loaded:") + c.key);
        },
        direct);
    connect(
        &service, &HistoryService::removed, this,
        [&](const QString &key) { note(QStringLiteral("removed:") + key); }, direct);
    connect(
        &service, &HistoryService::failed, this,
        [&](const QString &) { note(QStringLiteral("failed")); }, direct);

    // Everything is asked at once, before the file is even open; nothing waits in between.
    const StoredConversation a = conversation(QStringLiteral("a"), QStringLiteral("First"),
                                              utc("2024-01-01T00:00:00.000Z"),
                                              {userTurn(QStringLiteral("q")), fullAssistantTurn()});
    service.save(a);
    service.save(conversation(QStringLiteral("b"), QStringLiteral("Second"),
                              utc("2024-01-02T00:00:00.000Z")));
    service.requestList();
    service.requestLoad(QStringLiteral("a"));
    service.requestLoad(QStringLiteral("missing"));
    service.remove(QStringLiteral("b"));
    service.requestList();
    service.remove(QStringLiteral("never-there"));

    const QStringList expected = {
        QStringLiteral("opened:1"),
        QStringLiteral("saved:a"),
        QStringLiteral("saved:b"),
        QStringLiteral("listed:b,a"),
        QStringLiteral("loaded:a"),
        QStringLiteral("failed"),
        QStringLiteral("removed:b"),
        QStringLiteral("listed:a"),
        QStringLiteral("removed:never-there"),
    };
    QTRY_COMPARE(events.size(), expected.size());
    QCOMPARE(events, expected);
    QCOMPARE(offThread, 0);

    QCOMPARE(loaded.title, QStringLiteral("First"));
    QCOMPARE(loaded.turns.size(), 2);
    compareTurns(loaded.turns.at(1), fullAssistantTurn());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(lastList.size(), 1);
    QCOMPARE(lastList.at(0).title, QStringLiteral("First"));
    QCOMPARE(lastList.at(0).turnCount, 2);
}

void tst_HistoryService::searchAnswersOnCallerThreadInCallOrder()
{
    HistoryService service(path());
    QStringList events;
    int offThread = 0;
    QList<QList<SearchHit>> answers;
    auto note = [&](const QString &event) {
        if (QThread::currentThread() != thread())
            ++offThread;
        events.append(event);
    };
    // Direct, so the slot runs on the thread the service really emits on.
    const auto direct = Qt::DirectConnection;
    connect(
        &service, &HistoryService::opened, this,
        [&](bool ok, const QString &) { note(QStringLiteral("opened:%1").arg(ok)); }, direct);
    connect(
        &service, &HistoryService::saved, this,
        [&](const QString &key) { note(QStringLiteral("saved:") + key); }, direct);
    connect(
        &service, &HistoryService::removed, this,
        [&](const QString &key) { note(QStringLiteral("removed:") + key); }, direct);
    connect(
        &service, &HistoryService::listed, this,
        [&](const QList<ConversationSummary> &list) {
            note(QStringLiteral("listed:%1").arg(list.size()));
        },
        direct);
    connect(
        &service, &HistoryService::found, this,
        [&](const QString &text, const QList<SearchHit> &matches) {
            answers.append(matches);
            QStringList keys;
            for (const SearchHit &hit : matches)
                keys.append(hit.conversation.key);
            note(QStringLiteral("found:%1=%2").arg(text, keys.join(QLatin1Char(','))));
        },
        direct);
    connect(
        &service, &HistoryService::failed, this,
        [&](const QString &) { note(QStringLiteral("failed")); }, direct);

    // All asked at once: each search sees exactly the saves and removals asked before it.
    const QList<Core::Turn> turns = {userTurn(QStringLiteral("How do I serve a model?")),
                                     fullAssistantTurn()}; // its reasoning says "17 × 20 = 340"
    service.requestSearch(QStringLiteral("340"));
    service.save(conversation(QStringLiteral("a"), QStringLiteral("Serving"),
                              utc("2024-01-01T00:00:00.000Z"), turns));
    service.requestSearch(QStringLiteral("340"));
    service.save(conversation(QStringLiteral("b"), QStringLiteral("More serving"),
                              utc("2024-01-02T00:00:00.000Z"), turns));
    service.requestSearch(QStringLiteral("SERVE"));
    service.requestList();
    service.remove(QStringLiteral("a"));
    service.requestSearch(QStringLiteral("340"));
    service.requestSearch(QStringLiteral("  "));

    const QStringList expected = {
        QStringLiteral("opened:1"),    QStringLiteral("found:340="),
        QStringLiteral("saved:a"),     QStringLiteral("found:340=a"),
        QStringLiteral("saved:b"),     QStringLiteral("found:SERVE=b,a"),
        QStringLiteral("listed:2"),    QStringLiteral("removed:a"),
        QStringLiteral("found:340=b"), QStringLiteral("found:  ="),
    };
    QTRY_COMPARE(events.size(), expected.size());
    QCOMPARE(events, expected);
    QCOMPARE(offThread, 0);

    // The summaries come through whole, as list() has them, with where the text was found.
    QCOMPARE(answers.size(), 5);
    const QList<SearchHit> &both = answers.at(2);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).conversation.title, QStringLiteral("More serving"));
    QCOMPARE(both.at(0).conversation.model, QStringLiteral("model-of-b"));
    QCOMPARE(both.at(0).conversation.updated, utc("2024-01-02T00:00:00.000Z"));
    QCOMPARE(both.at(0).conversation.turnCount, 2);
    QCOMPARE(both.at(0).turn, 0);
    QCOMPARE(both.at(0).snippet, QStringLiteral("How do I serve a model?"));
    QCOMPARE(both.at(0).spans, (QList<SearchHit::Span>{{9, 5}}));
}

void tst_HistoryService::comparisonAnswersOnCallerThreadInCallOrder()
{
    HistoryService service(path());
    QStringList events;
    int offThread = 0;
    Core::Comparison loaded;
    QList<Core::Vote> votes;
    QList<ConversationSummary> listed;
    auto note = [&](const QString &event) {
        if (QThread::currentThread() != thread())
            ++offThread;
        events.append(event);
    };
    // Direct, so the slot runs on the thread the service really emits on.
    const auto direct = Qt::DirectConnection;
    connect(
        &service, &HistoryService::opened, this,
        [&](bool ok, const QString &) { note(QStringLiteral("opened:%1").arg(ok)); }, direct);
    connect(
        &service, &HistoryService::saved, this,
        [&](const QString &key) { note(QStringLiteral("saved:") + key); }, direct);
    connect(
        &service, &HistoryService::saveFailed, this,
        [&](const QString &key) { note(QStringLiteral("saveFailed:") + key); }, direct);
    connect(
        &service, &HistoryService::comparisonLoaded, this,
        [&](const Core::Comparison &comparison) {
            loaded = comparison;
            note(QStringLiteral("comparison:") + comparison.key);
        },
        direct);
    connect(
        &service, &HistoryService::votesListed, this,
        [&](const QList<Core::Vote> &list) {
            votes = list;
            note(QStringLiteral("votes:%1").arg(list.size()));
        },
        direct);
    connect(
        &service, &HistoryService::listed, this,
        [&](const QList<ConversationSummary> &list) {
            listed = list;
            note(QStringLiteral("listed:%1").arg(list.size()));
        },
        direct);
    connect(
        &service, &HistoryService::removed, this,
        [&](const QString &key) { note(QStringLiteral("removed:") + key); }, direct);
    connect(
        &service, &HistoryService::failed, this,
        [&](const QString &) { note(QStringLiteral("failed")); }, direct);

    // All asked at once, chat and comparison calls mixed: one queue, one order.
    const Core::Comparison comparison = fullComparison(QStringLiteral("cmp"));
    service.saveComparison(comparison);
    service.save(conversation(QStringLiteral("chat"), QStringLiteral("Chat"),
                              utc("2024-01-01T00:00:00.000Z")));
    service.saveComparison(fullComparison(QStringLiteral("chat"))); // a chat's key
    service.requestComparison(QStringLiteral("cmp"));
    service.requestComparison(QStringLiteral("missing"));
    service.requestList();
    service.remove(QStringLiteral("cmp"));
    service.requestVotes();

    const QStringList expected = {
        QStringLiteral("opened:1"),    QStringLiteral("saved:cmp"),
        QStringLiteral("saved:chat"),  QStringLiteral("saveFailed:chat"),
        QStringLiteral("failed"),      QStringLiteral("comparison:cmp"),
        QStringLiteral("failed"),      QStringLiteral("listed:2"),
        QStringLiteral("removed:cmp"), QStringLiteral("votes:2"),
    };
    QTRY_COMPARE(events.size(), expected.size());
    QCOMPARE(events, expected);
    QCOMPARE(offThread, 0);

    // The values come through whole.
    compareComparisons(loaded, comparison);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(votes, comparison.votes);
    QCOMPARE(listed.at(0).kind, ConversationSummary::Kind::Comparison);
    QCOMPARE(listed.at(0).turnCount, 2);
    QCOMPARE(listed.at(1).kind, ConversationSummary::Kind::Chat);
}

void tst_HistoryService::batchAnswersOnCallerThreadInCallOrder()
{
    HistoryService service(path());
    QStringList events;
    QStringList failures;
    int offThread = 0;
    Store::StoredBatch loaded;
    QList<ConversationSummary> listed;
    auto note = [&](const QString &event) {
        if (QThread::currentThread() != thread())
            ++offThread;
        events.append(event);
    };
    // Direct, so the slot runs on the thread the service really emits on.
    const auto direct = Qt::DirectConnection;
    connect(
        &service, &HistoryService::opened, this,
        [&](bool ok, const QString &) { note(QStringLiteral("opened:%1").arg(ok)); }, direct);
    connect(
        &service, &HistoryService::saved, this,
        [&](const QString &key) { note(QStringLiteral("saved:") + key); }, direct);
    connect(
        &service, &HistoryService::saveFailed, this,
        [&](const QString &key) { note(QStringLiteral("saveFailed:") + key); }, direct);
    connect(
        &service, &HistoryService::batchLoaded, this,
        [&](const Store::StoredBatch &batch) {
            loaded = batch;
            note(QStringLiteral("batch:") + batch.key);
        },
        direct);
    connect(
        &service, &HistoryService::listed, this,
        [&](const QList<ConversationSummary> &list) {
            listed = list;
            note(QStringLiteral("listed:%1").arg(list.size()));
        },
        direct);
    connect(
        &service, &HistoryService::failed, this,
        [&](const QString &message) {
            failures.append(message);
            note(QStringLiteral("failed"));
        },
        direct);

    // All asked at once, mixed with a chat: one queue, one order.
    Store::StoredBatch run
        = batch(QStringLiteral("run"), QStringLiteral("Capitals"), utc("2024-07-01T00:00:00.000Z"),
                {QStringLiteral("France?"), QStringLiteral("Japan?")},
                {QStringLiteral("model-a"), QStringLiteral("model-b")});
    run.cells = {cell(0, 0, QStringLiteral("Paris"))};
    const QDateTime later = utc("2024-07-01T00:00:01.000Z");
    const QList<Store::StoredBatch::Cell> more
        = {cell(1, 1, QStringLiteral("Tokyo")), cell(0, 1, QStringLiteral("429"), true)};
    service.saveBatch(run);
    service.save(conversation(QStringLiteral("chat"), QStringLiteral("Chat"),
                              utc("2024-01-01T00:00:00.000Z")));
    service.saveBatch(batch(QStringLiteral("chat"), QStringLiteral("Clash"), later, {}, {}));
    service.saveBatchCells(QStringLiteral("run"), later, more);
    service.saveBatchCells(QStringLiteral("missing"), later, more);
    service.requestBatch(QStringLiteral("run"));
    service.requestBatch(QStringLiteral("missing"));
    service.requestList();

    const QStringList expected = {
        QStringLiteral("opened:1"),
        QStringLiteral("saved:run"),
        QStringLiteral("saved:chat"),
        QStringLiteral("saveFailed:chat"),
        QStringLiteral("failed"),
        QStringLiteral("saved:run"),
        QStringLiteral("saveFailed:missing"),
        QStringLiteral("failed"),
        QStringLiteral("batch:run"),
        QStringLiteral("failed"),
        QStringLiteral("listed:2"),
    };
    QTRY_COMPARE(events.size(), expected.size());
    QCOMPARE(events, expected);
    QCOMPARE(offThread, 0);
    QVERIFY2(failures.at(0).contains(QStringLiteral("belongs to a chat")),
             qPrintable(failures.at(0)));
    QVERIFY2(failures.at(1).contains(QStringLiteral("missing")), qPrintable(failures.at(1)));
    QVERIFY2(failures.at(2).contains(QStringLiteral("no longer")), qPrintable(failures.at(2)));

    // The values come through whole.
    Store::StoredBatch expectedBatch = run;
    expectedBatch.updated = later;
    expectedBatch.cells = {run.cells.at(0), more.at(1), more.at(0)};
    compareBatches(loaded, expectedBatch);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listed.at(0).kind, ConversationSummary::Kind::Batch);
    QCOMPARE(listed.at(0).cellsDone, 3);
    QCOMPARE(listed.at(0).cellsFailed, 1);
    QCOMPARE(listed.at(0).model, QStringLiteral("model-a, model-b"));
}

void tst_HistoryService::sqlRunsOffTheCallerThread()
{
    auto service = std::make_unique<HistoryService>(path());
    QSignalSpy opened(service.get(), &HistoryService::opened);
    QVERIFY(opened.wait());
    QCOMPARE(opened.at(0).at(0).toBool(), true);

    // The service's thread is not this one and is running.
    const QList<QThread *> threads = service->findChildren<QThread *>();
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads.at(0) != QThread::currentThread());
    QVERIFY(threads.at(0)->isRunning());

    // The one SQL connection there is was made on another thread: QtSql hands it only to the
    // thread that added it, and refuses it here.
    const QStringList connections = QSqlDatabase::connectionNames();
    QCOMPARE(connections.size(), 1);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("does not belong to the calling "
                                                           "thread")));
    QVERIFY(!QSqlDatabase::database(connections.at(0), false).isValid());

    service.reset();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

void tst_HistoryService::destroyRightAfterSaveKeepsIt()
{
    QList<Core::Turn> turns;
    for (int i = 0; i < 50; ++i)
        turns.append(i % 2 ? fullAssistantTurn() : userTurn(QStringLiteral("question %1").arg(i)));
    {
        HistoryService service(path());
        for (int i = 0; i < 10; ++i) {
            service.save(conversation(QStringLiteral("c%1").arg(i),
                                      QStringLiteral("Chat %1").arg(i),
                                      utc("2024-01-01T00:00:00.000Z").addSecs(i), turns));
        }
        // No event loop runs: the destructor alone must see the saves through.
    }

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 10);
    QCOMPARE(list->at(0).key, QStringLiteral("c9"));
    const std::optional<StoredConversation> last = store.load(QStringLiteral("c9"), &error);
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->turns.size(), 50);
    compareTurns(last->turns.at(49), fullAssistantTurn());
}

void tst_HistoryService::destroyWhileOpeningIsClean()
{
    // Created and dropped at once, repeatedly: the thread, the worker and the connection all go.
    for (int i = 0; i < 20; ++i)
        HistoryService service(path());
    QVERIFY(QFileInfo(path()).isFile());
}

QTEST_GUILESS_MAIN(tst_HistoryService)
#include "tst_historyservice.moc"
