// BatchKeeper against a real batch session, the simulated gateway and a history file: a run is
// kept as it goes (cells at most a second behind, while it still runs), a finished table is
// listed and reopens cell for cell in a fresh session, a cancelled one reopens and resumes
// asking only the missing pairs, opening another table stops a run first, and a table removed
// from the history is not written back.
#include "engine/batchrunner.h"
#include "engine/exchangelog.h"
#include "sim/simulatedgateway.h"
#include "store/historyservice.h"
#include "store/historystore.h"
#include "workspace/batchkeeper.h"
#include "workspace/batchrecord.h"
#include "workspace/batchsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Workspace::BatchSession;

class TstBatchKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRunIsKeptAsItGoes();
    void aFinishedTableIsListedAndReopens();
    void aCancelledTableReopensAndResumesTheRest();
    void openingAnotherTableStopsTheRunFirst();
    void aPreparedTableThatNeverRanIsNotKept();
    void aRemovedTableIsNotWrittenBack();
    void aDamagedTableSaysWhy();

private:
    void makeKeeper();
    std::optional<Store::StoredBatch> stored(const QString &key);
    std::optional<QList<Store::ConversationSummary>> listed();
    void prepare(int rows, const QStringList &models, int parallel = 4, int words = 3);
    QList<QPair<int, int>> askedPairs() const;

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<BatchSession> m_batch;
    std::unique_ptr<Store::HistoryService> m_service;
    std::unique_ptr<Workspace::BatchKeeper> m_keeper;
};

void TstBatchKeeper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstBatchKeeper::init()
{
    m_gateway.setTimeScale(0.0);
    m_gateway.clearRequests();
    m_file = m_dir.filePath(
        u"history-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_log = std::make_unique<Engine::ExchangeLog>(nullptr, 5000);
    makeKeeper();
}

void TstBatchKeeper::cleanup()
{
    m_keeper.reset();
    m_service.reset();
    m_batch.reset();
    m_log.reset();
}

// A fresh session, service and keeper on the same file: what a restart of the app gives.
void TstBatchKeeper::makeKeeper()
{
    m_keeper.reset(); // saves through the old service before it goes
    m_service.reset();
    m_batch = std::make_unique<BatchSession>(m_log.get());
    Core::Connection connection;
    connection.name = u"Simulated"_s;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + u"/v1"_s);
    connection.auth = Core::Connection::Auth::None;
    m_batch->setConnection(connection, {});
    m_service = std::make_unique<Store::HistoryService>(m_file);
    m_keeper = std::make_unique<Workspace::BatchKeeper>(m_batch.get(), m_service.get());
}

std::optional<Store::StoredBatch> TstBatchKeeper::stored(const QString &key)
{
    // Through a store of its own, after what the service was asked to do is done.
    QSignalSpy listedSpy(m_service.get(), &Store::HistoryService::listed);
    m_service->requestList();
    if (!listedSpy.wait(5000))
        return std::nullopt;
    Store::HistoryStore store;
    QString error;
    if (!store.open(m_file, &error))
        return std::nullopt;
    return store.loadBatch(key, &error);
}

std::optional<QList<Store::ConversationSummary>> TstBatchKeeper::listed()
{
    QSignalSpy listedSpy(m_service.get(), &Store::HistoryService::listed);
    m_service->requestList();
    if (!listedSpy.wait(5000))
        return std::nullopt;
    return listedSpy.last().at(0).value<QList<Store::ConversationSummary>>();
}

void TstBatchKeeper::prepare(int rows, const QStringList &models, int parallel, int words)
{
    BatchSession::RunSetup setup;
    for (int i = 0; i < rows; ++i) {
        Engine::BatchRow row;
        row.index = i;
        row.line = i + 1;
        QStringList text{u"Prompt %1:"_s.arg(i)};
        for (int w = 0; w < words; ++w)
            text.append(u"word%1"_s.arg(w));
        row.prompt = text.join(u' ');
        row.conversation = Core::Conversation::singleTurn(row.prompt);
        row.columns = QJsonObject{{"n"_L1, i}};
        setup.rows.append(row);
    }
    setup.models = models;
    setup.parallel = parallel;
    setup.params.maxTokens = 64;
    QString error;
    setup.checks.append(*Engine::BatchCheck::parse(u"contains:word"_s, &error));
    QVERIFY(m_batch->prepare(std::move(setup)));
}

QList<QPair<int, int>> TstBatchKeeper::askedPairs() const
{
    // (row, model) of every chat request, from the prompt and the model it sent.
    QList<QPair<int, int>> pairs;
    for (const Sim::RecordedRequest &request : m_gateway.requests()) {
        if (!request.path.endsWith(u"/chat/completions"))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString prompt
            = body.value("messages"_L1).toArray().last().toObject().value("content"_L1).toString();
        const int row = prompt.section(u':', 0, 0).mid(7).toInt(); // "Prompt N: …"
        pairs.append({row, int(m_batch->models().indexOf(body.value("model"_L1).toString()))});
    }
    return pairs;
}

void TstBatchKeeper::aRunIsKeptAsItGoes()
{
    // demo-slow writes a word every 50 ms: each answer takes about a second and a half.
    m_gateway.setTimeScale(1.0);
    prepare(6, {u"demo-slow"_s}, 1, 30);
    const QString key = m_batch->logKey();
    QVERIFY(m_batch->run());
    // The table is in the history as soon as it runs, every prompt with it.
    std::optional<Store::StoredBatch> early = stored(key);
    QVERIFY(early);
    QCOMPARE(early->rows.size(), 6);
    QCOMPARE(early->models, QStringList{u"demo-slow"_s});
    QCOMPARE(early->connectionName, u"Simulated"_s);
    QVERIFY(early->title.startsWith(u"Prompt 0:"));
    // Answers follow while the run still goes on.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const std::optional<Store::StoredBatch> now = stored(key);
            return now && !now->cells.isEmpty();
        }(),
        10000);
    QVERIFY(m_batch->isActive());
    m_batch->cancel();
    QTRY_VERIFY(!m_batch->isActive());
    // What finished is all on disk once the run stopped.
    const std::optional<Store::StoredBatch> after = stored(key);
    QVERIFY(after);
    QCOMPARE(after->cells.size(), qsizetype(m_batch->done()));
}

void TstBatchKeeper::aFinishedTableIsListedAndReopens()
{
    prepare(5, {u"demo-echo"_s, u"demo-error"_s});
    const QString key = m_batch->logKey();
    QVERIFY(m_batch->run());
    QTRY_COMPARE_WITH_TIMEOUT(m_batch->state(), BatchSession::State::Finished, 20000);
    QList<QJsonObject> lines;
    for (int row = 0; row < 5; ++row) {
        for (int model = 0; model < 2; ++model)
            lines.append(m_batch->line(row, model));
    }

    const auto list = listed();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const Store::ConversationSummary &summary = list->first();
    QCOMPARE(summary.key, key);
    QCOMPARE(summary.kind, Store::ConversationSummary::Kind::Batch);
    QCOMPARE(summary.turnCount, 5);
    QCOMPARE(summary.modelCount, 2);
    QCOMPARE(summary.cellsDone, 10);
    QCOMPARE(summary.cellsFailed, 5); // demo-error always fails

    // A restart: a new session knows nothing until the table is opened.
    makeKeeper();
    QCOMPARE(m_batch->rowCount(), 0);
    QSignalSpy opened(m_keeper.get(), &Workspace::BatchKeeper::opened);
    m_keeper->open(key);
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().at(0).toString(), key);
    QCOMPARE(m_batch->logKey(), key);
    QCOMPARE(m_batch->state(), BatchSession::State::Finished);
    QCOMPARE(m_batch->models(), (QStringList{u"demo-echo"_s, u"demo-error"_s}));
    QCOMPARE(m_batch->checks().size(), 1);
    for (int row = 0; row < 5; ++row) {
        for (int model = 0; model < 2; ++model)
            QCOMPARE(m_batch->line(row, model), lines.at(row * 2 + model));
    }
    QVERIFY(m_batch->cell(0, 1).failed());
    // Opening it again is the table already there.
    m_keeper->open(key);
    QCOMPARE(opened.size(), 2);
}

void TstBatchKeeper::aCancelledTableReopensAndResumesTheRest()
{
    // demo-slow at a fifth of its pace: about a tenth of a second an answer, so the run is
    // cancelled halfway.
    m_gateway.setTimeScale(0.2);
    prepare(12, {u"demo-slow"_s, u"demo-lorem"_s}, 2);
    const QString key = m_batch->logKey();
    QVERIFY(m_batch->run());
    QTRY_VERIFY_WITH_TIMEOUT(m_batch->done() >= 4, 20000);
    m_batch->cancel();
    QTRY_COMPARE(m_batch->state(), BatchSession::State::Cancelled);
    const qint64 doneBefore = m_batch->done();
    QVERIFY(doneBefore < 24);

    makeKeeper();
    m_gateway.setTimeScale(0.0);
    m_gateway.clearRequests();
    QSignalSpy opened(m_keeper.get(), &Workspace::BatchKeeper::opened);
    m_keeper->open(key);
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_batch->state(), BatchSession::State::Cancelled);
    QCOMPARE(m_batch->done(), doneBefore);
    QSet<QPair<int, int>> keptBefore;
    for (int row = 0; row < 12; ++row) {
        for (int model = 0; model < 2; ++model) {
            if (m_batch->cell(row, model).done())
                keptBefore.insert({row, model});
        }
    }
    QVERIFY(m_batch->resume());
    QTRY_COMPARE_WITH_TIMEOUT(m_batch->state(), BatchSession::State::Finished, 20000);
    // Only the missing pairs were asked (a 429 may ask one twice), and every pair is kept once.
    QSet<QPair<int, int>> asked;
    for (const QPair<int, int> &pair : askedPairs())
        asked.insert(pair);
    QCOMPARE(asked.size(), int(24 - doneBefore));
    QVERIFY(!asked.intersects(keptBefore));
    const std::optional<Store::StoredBatch> after = stored(key);
    QVERIFY(after);
    QCOMPARE(after->cells.size(), 24);
    QSet<QPair<int, int>> pairs;
    for (const Store::StoredBatch::Cell &cell : after->cells)
        pairs.insert({cell.row, cell.model});
    QCOMPARE(pairs.size(), 24);
    const auto list = listed();
    QVERIFY(list);
    QCOMPARE(list->first().cellsDone, 24);
}

void TstBatchKeeper::openingAnotherTableStopsTheRunFirst()
{
    prepare(2, {u"demo-echo"_s});
    const QString first = m_batch->logKey();
    QVERIFY(m_batch->run());
    QTRY_COMPARE_WITH_TIMEOUT(m_batch->state(), BatchSession::State::Finished, 20000);

    m_gateway.setTimeScale(0.2);
    prepare(30, {u"demo-slow"_s}, 1);
    const QString second = m_batch->logKey();
    QVERIFY(m_batch->run());
    QTRY_VERIFY_WITH_TIMEOUT(m_batch->done() >= 1, 20000);
    QSignalSpy opened(m_keeper.get(), &Workspace::BatchKeeper::opened);
    m_keeper->open(first);
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_batch->logKey(), first);
    QCOMPARE(m_batch->rowCount(), 2);
    QVERIFY(!m_batch->isActive());
    // The run it stopped kept what it had finished, and can be resumed later.
    const std::optional<Store::StoredBatch> stopped = stored(second);
    QVERIFY(stopped);
    QVERIFY(!stopped->cells.isEmpty());
    QVERIFY(stopped->cells.size() < 30);
}

void TstBatchKeeper::aPreparedTableThatNeverRanIsNotKept()
{
    prepare(3, {u"demo-echo"_s});
    m_keeper->saveNow();
    const auto list = listed();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
}

void TstBatchKeeper::aRemovedTableIsNotWrittenBack()
{
    m_gateway.setTimeScale(0.2);
    prepare(10, {u"demo-slow"_s}, 1);
    const QString key = m_batch->logKey();
    QVERIFY(m_batch->run());
    QTRY_VERIFY_WITH_TIMEOUT(m_batch->done() >= 1, 20000);
    m_batch->pause();
    QTRY_COMPARE(m_batch->state(), BatchSession::State::Paused);
    QSignalSpy removed(m_service.get(), &Store::HistoryService::removed);
    m_service->remove(key);
    QVERIFY(removed.wait(5000));
    QSignalSpy failed(m_service.get(), &Store::HistoryService::failed);
    m_gateway.setTimeScale(0.0);
    QVERIFY(m_batch->resume());
    QTRY_COMPARE_WITH_TIMEOUT(m_batch->state(), BatchSession::State::Finished, 20000);
    m_keeper->saveNow();
    const auto list = listed();
    QVERIFY(list);
    QVERIFY(list->isEmpty()); // not brought back by the cells that came after
    QCOMPARE(failed.size(), 0);
}

void TstBatchKeeper::aDamagedTableSaysWhy()
{
    Store::StoredBatch batch;
    batch.key = u"batch:damaged"_s;
    batch.title = u"A damaged run"_s;
    batch.created = batch.updated = QDateTime::currentDateTimeUtc();
    batch.models = {u"demo-echo"_s};
    batch.rows
        = {QJsonObject{{"index"_L1, 0}, {"prompt"_L1, "hi"_L1}, {"messages"_L1, QJsonArray{}}}};
    batch.cells = {{0, 0, QJsonObject{{"turn"_L1, 7}}, false}};
    {
        Store::HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_file, &error), qPrintable(error));
        QVERIFY2(store.saveBatch(batch, &error), qPrintable(error));
    }
    QSignalSpy failed(m_keeper.get(), &Workspace::BatchKeeper::openFailed);
    m_keeper->open(batch.key);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(u"A damaged run") && message.contains(u"demo-echo"),
             qPrintable(message));
    QCOMPARE(m_batch->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstBatchKeeper)
#include "tst_batchkeeper.moc"
