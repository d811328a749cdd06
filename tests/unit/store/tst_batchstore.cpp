// Batch runs in the history file: what is saved loads back, a save replaces the rows and cells of
// its key, a running batch's cells are saved a few at a time and counted in the list, a key is
// never a batch's and a chat's or comparison's, rename, pin, delete, undo, purge and remove work
// on batches, damage is named, and a batch of 10,000 prompts and 4 models saves and loads.
#include "store/historyschema.h"
#include "store/historystore.h"
#include "storetesting.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Parlance;
using namespace StoreTesting;
using namespace Qt::StringLiterals;
using Parlance::Store::ConversationSummary;
using Parlance::Store::HistoryStore;
using Parlance::Store::StoredBatch;
using Kind = Parlance::Store::ConversationSummary::Kind;

class tst_BatchStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemaHasBatchTables();
    void callsBeforeOpenFail();
    void roundTrip();
    void saveReplacesRowsAndCells();
    void cellsAreSavedIncrementally();
    void cellsOfNoBatchAreRefused();
    void cellOutsideTheBatchIsRefused();
    void keysOfTheOtherKindsAreRefused();
    void listMixesBatchesWithTheOthers();
    void renamePinDeleteUndo();
    void deletedBatchIsPurgedAtOpen();
    void removeTakesRowsCellsAndSearchRows();
    void damagedRowsAreReported_data();
    void damagedRowsAreReported();
    void tenThousandRowsByFourModels();

private:
    QString path(const QString &name = u"history.sqlite"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QStringList kModels = {u"databricks-gpt-oss-120b"_s, u"databricks-claude-sonnet-4-5"_s,
                             u"databricks-meta-llama-3-3-70b-instruct"_s};

// Three prompts, three models, cells given out of order: one failed, one row without any.
StoredBatch fullBatch(const QString &key = u"batch-1"_s)
{
    StoredBatch b = batch(key, u"Capitals, 3 prompts"_s, utc("2024-07-01T09:30:00.250Z"),
                          {u"What is the capital of France?"_s, u"Und die von Österreich?"_s,
                           u"Capital of Japan?\nOne word."_s},
                          kModels);
    b.cells = {cell(2, 1, u"Tokyo"_s), cell(0, 0, u"Paris"_s),
               cell(0, 2, u"429 Too Many Requests"_s, true), cell(0, 1, u"Paris."_s),
               cell(2, 0, u"Tokyo."_s)};
    return b;
}

// The cells of `b` in (row, model) order, as loadBatch() gives them.
QList<StoredBatch::Cell> sortedCells(QList<StoredBatch::Cell> cells)
{
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
        return std::pair(a.row, a.model) < std::pair(b.row, b.model);
    });
    return cells;
}

QStringList keysOf(const QList<ConversationSummary> &summaries)
{
    QStringList keys;
    for (const ConversationSummary &summary : summaries)
        keys.append(summary.key);
    return keys;
}

int count(SqlProbe &probe, const QString &sql)
{
    return probe.scalar(sql).toInt();
}

} // namespace

void tst_BatchStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_BatchStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_BatchStore::cleanup()
{
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void tst_BatchStore::schemaHasBatchTables()
{
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), Store::HistorySchema::kVersion);
    QCOMPARE(count(probe, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                          "('batches', 'batch_rows', 'batch_cells')"_s),
             3);
    // One row per cell, keyed by it, so a cell save is small.
    QCOMPARE(count(probe, u"SELECT count(*) FROM pragma_table_info('batch_cells') WHERE pk > 0"_s),
             3);
    QCOMPARE(count(probe, u"SELECT count(*) FROM pragma_foreign_key_list('batch_cells') "
                          "WHERE \"table\" = 'batches' AND on_delete = 'CASCADE'"_s),
             1);
}

void tst_BatchStore::callsBeforeOpenFail()
{
    HistoryStore store;
    QString error;
    QVERIFY(!store.saveBatch(fullBatch(), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.saveBatchCells(u"batch-1"_s, utc("2024-07-01T10:00:00.000Z"),
                                  {cell(0, 0, u"x"_s)}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.loadBatch(u"batch-1"_s, &error));
    QVERIFY(!error.isEmpty());
}

void tst_BatchStore::roundTrip()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const StoredBatch saved = fullBatch();
    QVERIFY2(store.saveBatch(saved, &error), qPrintable(error));

    StoredBatch expected = saved;
    expected.cells = sortedCells(saved.cells);
    const std::optional<StoredBatch> loaded = store.loadBatch(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareBatches(*loaded, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded->created.timeSpec(), Qt::UTC);

    // A new store on the same file reads the same.
    HistoryStore again;
    QVERIFY2(again.open(path(), &error), qPrintable(error));
    const std::optional<StoredBatch> reread = again.loadBatch(saved.key, &error);
    QVERIFY2(reread, qPrintable(error));
    compareBatches(*reread, expected);
    if (QTest::currentTestFailed())
        return;

    // Nothing but the key is needed; a batch without a key is refused.
    StoredBatch empty;
    empty.key = u"empty"_s;
    QVERIFY2(store.saveBatch(empty, &error), qPrintable(error));
    const std::optional<StoredBatch> emptyLoaded = store.loadBatch(u"empty"_s, &error);
    QVERIFY2(emptyLoaded, qPrintable(error));
    compareBatches(*emptyLoaded, empty);
    StoredBatch keyless = saved;
    keyless.key.clear();
    QVERIFY(!store.saveBatch(keyless, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    QVERIFY(!store.loadBatch(u"missing"_s, &error));
    QVERIFY2(error.contains(u"no longer"_s), qPrintable(error));
}

void tst_BatchStore::saveReplacesRowsAndCells()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const StoredBatch first = fullBatch();
    QVERIFY2(store.saveBatch(first, &error), qPrintable(error));
    // Another batch's cells are not this key's, and stay.
    QVERIFY2(store.saveBatch(fullBatch(u"other"_s), &error), qPrintable(error));

    StoredBatch second = first;
    second.title = u"Capitals, 2 prompts"_s;
    second.updated = utc("2024-07-02T00:00:00.000Z");
    second.models.removeLast();
    second.rows.removeLast();
    second.setup.insert(u"parallelism"_s, 1);
    // The same cell twice: the later one is the one kept.
    second.cells = {cell(1, 1, u"Wien"_s), cell(0, 0, u"Paris"_s), cell(1, 1, u"Vienna"_s, true)};
    QVERIFY2(store.saveBatch(second, &error), qPrintable(error));

    StoredBatch expected = second;
    expected.cells = {cell(0, 0, u"Paris"_s), cell(1, 1, u"Vienna"_s, true)};
    const std::optional<StoredBatch> loaded = store.loadBatch(first.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareBatches(*loaded, expected);
    if (QTest::currentTestFailed())
        return;
    const ConversationSummary summary = store.list(&error)->first();
    QCOMPARE(summary.key, first.key);
    QCOMPARE(summary.turnCount, 2);
    QCOMPARE(summary.modelCount, 2);
    QCOMPARE(summary.cellsDone, 2);
    QCOMPARE(summary.cellsFailed, 1);

    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_rows WHERE batch_key = 'batch-1'"_s), 2);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE batch_key = 'batch-1'"_s), 2);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE batch_key = 'other'"_s), 5);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_rows WHERE batch_key = 'other'"_s), 3);
}

void tst_BatchStore::cellsAreSavedIncrementally()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    StoredBatch running = fullBatch();
    running.cells = {cell(0, 0, u"Paris"_s), cell(0, 1, u"timeout"_s, true)};
    QVERIFY2(store.saveBatch(running, &error), qPrintable(error));
    // Newer than the batch until the batch saves cells.
    QVERIFY(
        store.save(conversation(u"chat"_s, u"Chat"_s, utc("2024-07-01T12:00:00.000Z")), &error));
    QCOMPARE(keysOf(*store.list(&error)), (QStringList{u"chat"_s, u"batch-1"_s}));

    // The failed cell is retried and answers; two more arrive, one of them failing.
    const QDateTime later = utc("2024-07-01T12:00:01.500Z");
    QVERIFY2(store.saveBatchCells(
                 running.key, later,
                 {cell(0, 1, u"Paris!"_s), cell(1, 2, u"Wien"_s), cell(2, 0, u"500"_s, true)},
                 &error),
             qPrintable(error));

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(keysOf(*list), (QStringList{u"batch-1"_s, u"chat"_s}));
    const ConversationSummary &summary = list->first();
    QCOMPARE(summary.kind, Kind::Batch);
    QCOMPARE(summary.updated, later);
    QCOMPARE(summary.cellsDone, 4);
    QCOMPARE(summary.cellsFailed, 1);
    QCOMPARE(summary.modelCount, 3);
    QCOMPARE(summary.turnCount, 3);

    StoredBatch expected = running;
    expected.updated = later;
    expected.cells = {cell(0, 0, u"Paris"_s), cell(0, 1, u"Paris!"_s), cell(1, 2, u"Wien"_s),
                      cell(2, 0, u"500"_s, true)};
    const std::optional<StoredBatch> loaded = store.loadBatch(running.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareBatches(*loaded, expected);
    if (QTest::currentTestFailed())
        return;

    // A cell that answered fails on a rerun: done stays, failed goes up; the same cell twice
    // in one call counts once. No cells at all only moves the time.
    const QDateTime latest = utc("2024-07-01T12:00:03.000Z");
    QVERIFY2(store.saveBatchCells(running.key, latest,
                                  {cell(0, 0, u"x"_s), cell(0, 0, u"502"_s, true)}, &error),
             qPrintable(error));
    QVERIFY2(store.saveBatchCells(running.key, latest.addSecs(1), {}, &error), qPrintable(error));
    const ConversationSummary after = store.list(&error)->first();
    QCOMPARE(after.cellsDone, 4);
    QCOMPARE(after.cellsFailed, 2);
    QCOMPARE(after.updated, latest.addSecs(1));
    const std::optional<StoredBatch> reloaded = store.loadBatch(running.key, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->cells.first(), cell(0, 0, u"502"_s, true));
    QCOMPARE(reloaded->rows, running.rows);
    QCOMPARE(reloaded->title, running.title);

    // The counts the list shows are what the cells say.
    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells"_s), after.cellsDone);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE failed"_s), after.cellsFailed);
}

void tst_BatchStore::cellsOfNoBatchAreRefused()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    // A chat's key is no batch either.
    QVERIFY(
        store.save(conversation(u"chat"_s, u"Chat"_s, utc("2024-07-01T12:00:00.000Z")), &error));
    for (const QString &key : {u"nowhere"_s, u"chat"_s}) {
        QVERIFY(!store.saveBatchCells(key, utc("2024-07-01T12:00:00.000Z"), {cell(0, 0, u"x"_s)},
                                      &error));
        QVERIFY2(error.contains(u"no longer"_s), qPrintable(error));
        QVERIFY2(error.contains(key), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells"_s), 0);
}

void tst_BatchStore::cellOutsideTheBatchIsRefused()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    StoredBatch outside = fullBatch();
    outside.cells.append(cell(3, 0, u"a fourth row"_s));
    QVERIFY(!store.saveBatch(outside, &error));
    QVERIFY2(error.contains(u"row 4"_s), qPrintable(error));
    QVERIFY(store.list(&error)->isEmpty());

    const StoredBatch saved = fullBatch();
    QVERIFY2(store.saveBatch(saved, &error), qPrintable(error));
    QVERIFY(!store.saveBatchCells(saved.key, utc("2024-07-09T00:00:00.000Z"),
                                  {cell(1, 0, u"fine"_s), cell(0, 3, u"a fourth model"_s)},
                                  &error));
    QVERIFY2(error.contains(u"model 4"_s), qPrintable(error));
    // Nothing of the call was written, its time included.
    const std::optional<StoredBatch> loaded = store.loadBatch(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->updated, saved.updated);
    QCOMPARE(loaded->cells.size(), saved.cells.size());
}

void tst_BatchStore::keysOfTheOtherKindsAreRefused()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(
        conversation(u"chat"_s, u"Chat"_s, utc("2024-01-01T00:00:00.000Z"), {userTurn(u"q"_s)}),
        &error));
    QVERIFY2(store.saveComparison(fullComparison(u"cmp"_s), &error), qPrintable(error));
    const StoredBatch saved = fullBatch();
    QVERIFY2(store.saveBatch(saved, &error), qPrintable(error));

    QVERIFY(!store.saveBatch(fullBatch(u"chat"_s), &error));
    QVERIFY2(error.contains(u"belongs to a chat"_s), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    QVERIFY(!store.saveBatch(fullBatch(u"cmp"_s), &error));
    QVERIFY2(error.contains(u"belongs to a comparison"_s), qPrintable(error));
    QVERIFY(
        !store.save(conversation(saved.key, u"Chat"_s, utc("2024-01-01T00:00:00.000Z")), &error));
    QVERIFY2(error.contains(u"belongs to a batch run"_s), qPrintable(error));
    QVERIFY(!store.saveComparison(fullComparison(saved.key), &error));
    QVERIFY2(error.contains(u"belongs to a batch run"_s), qPrintable(error));

    // Each is as it was, and nothing else was written.
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 3);
    QCOMPARE(store.load(u"chat"_s, &error)->turns.size(), 1);
    QVERIFY(!store.loadBatch(u"chat"_s, &error));
    QVERIFY(store.loadComparison(u"cmp"_s, &error));
    QVERIFY(!store.loadBatch(u"cmp"_s, &error));
    QVERIFY(store.votes(&error)->size() == fullComparison().votes.size());
    StoredBatch expected = saved;
    expected.cells = sortedCells(saved.cells);
    compareBatches(*store.loadBatch(saved.key, &error), expected);
    if (QTest::currentTestFailed())
        return;
    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_rows"_s), 3);
    QCOMPARE(count(probe, u"SELECT count(*) FROM search_rows WHERE owner = 'chat'"_s), 2);
}

void tst_BatchStore::listMixesBatchesWithTheOthers()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(u"chat-old"_s, u"Old chat"_s, utc("2024-01-01T00:00:00.000Z")),
                       &error));
    Core::Comparison comparison = fullComparison(u"cmp-mid"_s);
    comparison.updated = utc("2024-01-02T00:00:00.000Z");
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));
    StoredBatch newest = fullBatch(u"batch-new"_s);
    newest.updated = utc("2024-01-03T00:00:00.000Z");
    QVERIFY2(store.saveBatch(newest, &error), qPrintable(error));
    QVERIFY2(store.saveBatch(batch(u"batch-old"_s, u"Empty"_s, utc("2023-12-31T00:00:00.000Z"), {},
                                   {u"solo"_s}),
                             &error),
             qPrintable(error));

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(keysOf(*list),
             (QStringList{u"batch-new"_s, u"cmp-mid"_s, u"chat-old"_s, u"batch-old"_s}));
    ConversationSummary expected;
    expected.key = u"batch-new"_s;
    expected.title = newest.title;
    expected.model = u"databricks-gpt-oss-120b, databricks-claude-sonnet-4-5, "
                     "databricks-meta-llama-3-3-70b-instruct"_s;
    expected.updated = newest.updated;
    expected.turnCount = 3;
    expected.kind = Kind::Batch;
    expected.modelCount = 3;
    expected.cellsDone = 5;
    expected.cellsFailed = 1;
    QCOMPARE(list->at(0), expected);
    // The others' batch fields stay empty.
    QCOMPARE(list->at(1).kind, Kind::Comparison);
    QCOMPARE(list->at(1).modelCount, 0);
    QCOMPARE(list->at(1).cellsDone, 0);
    QCOMPARE(list->at(2).kind, Kind::Chat);
    QCOMPARE(list->at(2).cellsDone, 0);
    QCOMPARE(list->at(3).model, u"solo"_s);
    QCOMPARE(list->at(3).turnCount, 0);
    QCOMPARE(list->at(3).modelCount, 1);
}

void tst_BatchStore::renamePinDeleteUndo()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const StoredBatch saved = fullBatch();
    QVERIFY2(store.saveBatch(saved, &error), qPrintable(error));
    QVERIFY(
        store.save(conversation(u"chat"_s, u"Chat"_s, utc("2025-01-01T00:00:00.000Z")), &error));

    QVERIFY2(store.rename(saved.key, u"  My   capitals "_s, &error), qPrintable(error));
    QCOMPARE(store.list(&error)->at(1).title, u"My capitals"_s);
    std::optional<StoredBatch> loaded = store.loadBatch(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->title, u"My capitals"_s);
    // Saving what was loaded, and cells as the batch runs on, keeps the user's name; clearing
    // it gives back the title the batch was saved with, not the user's.
    QVERIFY2(store.saveBatch(*loaded, &error), qPrintable(error));
    QVERIFY2(store.saveBatchCells(saved.key, utc("2024-07-01T09:31:00.000Z"),
                                  {cell(1, 1, u"Wien"_s)}, &error),
             qPrintable(error));
    QCOMPARE(store.loadBatch(saved.key, &error)->title, u"My capitals"_s);
    QCOMPARE(store.search(u"capitals"_s, &error)->size(), 1);
    QVERIFY2(store.rename(saved.key, QString(), &error), qPrintable(error));
    QCOMPARE(store.loadBatch(saved.key, &error)->title, saved.title);

    QVERIFY2(store.setPinned(saved.key, true, &error), qPrintable(error));
    std::optional<QList<ConversationSummary>> list = store.list(&error);
    QCOMPARE(keysOf(*list), (QStringList{saved.key, u"chat"_s}));
    QVERIFY(list->first().pinned);
    QVERIFY2(store.setPinned(saved.key, false, &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), (QStringList{u"chat"_s, saved.key}));

    QVERIFY2(store.setDeleted(saved.key, true, &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"chat"_s});
    QVERIFY(store.search(u"France"_s, &error)->isEmpty());
    // Still there to undo, cells and all.
    QCOMPARE(store.loadBatch(saved.key, &error)->cells.size(), saved.cells.size() + 1);
    QVERIFY2(store.setDeleted(saved.key, false, &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), (QStringList{u"chat"_s, saved.key}));
    QCOMPARE(store.search(u"France"_s, &error)->size(), 1);
}

void tst_BatchStore::deletedBatchIsPurgedAtOpen()
{
    QString error;
    {
        HistoryStore store;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
        QVERIFY2(store.saveBatch(fullBatch(u"gone"_s), &error), qPrintable(error));
        QVERIFY2(store.saveBatch(fullBatch(u"recent"_s), &error), qPrintable(error));
        QVERIFY2(store.setDeleted(u"gone"_s, true, &error), qPrintable(error));
        QVERIFY2(store.setDeleted(u"recent"_s, true, &error), qPrintable(error));
    }
    {
        // As if the app had crashed long enough ago.
        SqlProbe probe(path());
        QVERIFY(probe.exec(u"UPDATE batches SET deleted_at = '2000-01-01T00:00:00.000Z' "
                           "WHERE key = 'gone'"_s));
    }
    HistoryStore store;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(!store.loadBatch(u"gone"_s, &error));
    QVERIFY2(error.contains(u"no longer"_s), qPrintable(error));
    // Within its grace time: still there to undo.
    QVERIFY2(store.setDeleted(u"recent"_s, false, &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"recent"_s});
    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE batch_key = 'gone'"_s), 0);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_rows WHERE batch_key = 'gone'"_s), 0);
    QCOMPARE(count(probe, u"SELECT count(*) FROM search_rows WHERE owner = 'gone'"_s), 0);
}

void tst_BatchStore::removeTakesRowsCellsAndSearchRows()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY2(store.saveBatch(fullBatch(), &error), qPrintable(error));
    QVERIFY2(store.saveBatch(fullBatch(u"kept"_s), &error), qPrintable(error));
    QVERIFY2(store.remove(u"batch-1"_s, &error), qPrintable(error));
    QVERIFY(!store.loadBatch(u"batch-1"_s, &error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"kept"_s});
    QCOMPARE(store.search(u"France"_s, &error)->size(), 1);
    SqlProbe probe(path());
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE batch_key = 'batch-1'"_s), 0);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_rows WHERE batch_key = 'batch-1'"_s), 0);
    QCOMPARE(count(probe, u"SELECT count(*) FROM search_rows WHERE owner = 'batch-1'"_s), 0);
    QCOMPARE(count(probe, u"SELECT count(*) FROM batch_cells WHERE batch_key = 'kept'"_s), 5);
}

void tst_BatchStore::damagedRowsAreReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("where");
    QTest::newRow("cell not JSON")
        << u"UPDATE batch_cells SET json = '{\"answer\": ' WHERE row = 1 AND model = 0"_s
        << u"cell 2/1: "_s;
    QTest::newRow("cell not an object")
        << u"UPDATE batch_cells SET json = '[]' WHERE row = 2 AND model = 1"_s
        << u"cell 3/2: not a JSON object"_s;
    QTest::newRow("cell of no row")
        << u"INSERT INTO batch_cells VALUES ('batch-1', 7, 0, '{}', 0)"_s
        << u"cell 8/1: the batch has no such row"_s;
    QTest::newRow("cell of no model")
        << u"INSERT INTO batch_cells VALUES ('batch-1', 1, 3, '{}', 0)"_s
        << u"cell 2/4: the batch has no such model"_s;
    QTest::newRow("row not JSON") << u"UPDATE batch_rows SET json = 'prompt' WHERE position = 2"_s
                                  << u"row 3: "_s;
    QTest::newRow("row missing") << u"DELETE FROM batch_rows WHERE position = 1"_s
                                 << u"row 3: the row before it is missing"_s;
    QTest::newRow("setup") << u"UPDATE batches SET setup = '[1]'"_s << u"setup: "_s;
    QTest::newRow("models") << u"UPDATE batches SET models = '[\"a\", 2]'"_s << u"models: "_s;
}

void tst_BatchStore::damagedRowsAreReported()
{
    QFETCH(QString, sql);
    QFETCH(QString, where);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    StoredBatch saved = fullBatch();
    saved.cells.append(cell(1, 0, u"Wien"_s));
    QVERIFY2(store.saveBatch(saved, &error), qPrintable(error));
    {
        SqlProbe probe(path());
        // Off, as a hand edit in the sqlite3 shell would be.
        QVERIFY(probe.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(probe.exec(sql));
    }
    QVERIFY(!store.loadBatch(saved.key, &error));
    QVERIFY2(error.contains(u"\""_s + saved.title + u"\""_s), qPrintable(error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    // Still listed, so it can be deleted.
    QCOMPARE(store.list(&error)->size(), 1);
    QVERIFY2(store.remove(saved.key, &error), qPrintable(error));
    QVERIFY(store.list(&error)->isEmpty());
}

// Correctness only: how long it takes is measured in tests/bench, not asserted here.
void tst_BatchStore::tenThousandRowsByFourModels()
{
    constexpr int kRows = 10'000;
    const QStringList models = {u"m0"_s, u"m1"_s, u"m2"_s, u"m3"_s};
    QStringList prompts;
    prompts.reserve(kRows);
    for (int r = 0; r < kRows; ++r)
        prompts.append(u"Prompt number %1: summarise ticket %1."_s.arg(r));
    StoredBatch big
        = batch(u"big"_s, u"Tickets"_s, utc("2024-08-01T00:00:00.000Z"), prompts, models);
    big.cells.reserve(kRows * models.size());
    for (int r = 0; r < kRows; ++r) {
        for (int m = 0; m < models.size(); ++m)
            big.cells.append(cell(r, m, u"Summary %1/%2"_s.arg(r).arg(m), (r + m) % 97 == 0));
    }
    const int failed = int(std::count_if(big.cells.cbegin(), big.cells.cend(),
                                         [](const StoredBatch::Cell &c) { return c.failed; }));

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY2(store.saveBatch(big, &error), qPrintable(error));
    std::optional<StoredBatch> loaded = store.loadBatch(big.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareBatches(*loaded, big);
    if (QTest::currentTestFailed())
        return;

    // A second of a running batch: four cells rerun, two of them now failing.
    const QDateTime later = big.updated.addSecs(1);
    const QList<StoredBatch::Cell> rerun = {cell(0, 0, u"again"_s, true), cell(9'999, 3, u"z"_s),
                                            cell(5'000, 1, u"y"_s), cell(1, 2, u"x"_s, true)};
    QVERIFY2(store.saveBatchCells(big.key, later, rerun, &error), qPrintable(error));
    const ConversationSummary summary = store.list(&error)->first();
    QCOMPARE(summary.turnCount, kRows);
    QCOMPARE(summary.cellsDone, kRows * 4);
    // (0,0) failed before and still does; of the others only (1,2) fails now, and did not.
    QCOMPARE(summary.cellsFailed, failed + 1);
    QCOMPARE(summary.updated, later);
    loaded = store.loadBatch(big.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->cells.size(), kRows * 4);
    QCOMPARE(loaded->cells.at(0), rerun.at(0));
    QCOMPARE(loaded->cells.at(1 * 4 + 2), rerun.at(3));
    QCOMPARE(loaded->cells.at(5'000 * 4 + 1), rerun.at(2));
    QCOMPARE(loaded->cells.last(), rerun.at(1));
    QCOMPARE(loaded->cells.at(4'321 * 4 + 3), big.cells.at(4'321 * 4 + 3));
    QCOMPARE(loaded->rows.size(), kRows);
    QCOMPARE(loaded->rows.at(9'999), big.rows.at(9'999));
    // Found by a prompt deep in the set, at its row.
    const std::optional<QList<Store::SearchHit>> hits = store.search(u"ticket 8765"_s, &error);
    QVERIFY2(hits, qPrintable(error));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().turn, 8'765);
}

QTEST_GUILESS_MAIN(tst_BatchStore)
#include "tst_batchstore.moc"
