// Every older history format opened by this store: a file of each version, made with that
// version's own CREATE statements and rows as it wrote them, is upgraded in one step and has
// everything it had (chats, comparisons, votes), searchable, renamable, pinnable, and keeps batch
// runs besides; a failed upgrade leaves it as it was.
#include "store/historyschema.h"
#include "store/historystore.h"
#include "storetesting.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace StoreTesting;
using namespace Qt::StringLiterals;
using Parlance::Store::ConversationSummary;
using Parlance::Store::HistoryStore;
using Parlance::Store::SearchHit;
using Kind = Parlance::Store::ConversationSummary::Kind;

class tst_HistoryMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyOlderVersionIsCovered();
    void upgrade_data();
    void upgrade();
    void failedUpgradeLeavesVersionTwo();
    void failedUpgradeLeavesVersionThree();
    void indexIsMadeWhenFts5Arrives();

private:
    QString path(const QString &name = QStringLiteral("history.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// The statements of each released format, copied rather than taken from the store, so a change
// to the store's copy cannot make these tests agree with it. Version 1: Parlance 0.1, chats.
const char *const kVersion1[] = {
    "CREATE TABLE conversations ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " title TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " connection_name TEXT NOT NULL,"
    " model TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " turn_count INTEGER NOT NULL)",
    "CREATE INDEX conversations_by_updated ON conversations (updated)",
    "CREATE TABLE turns ("
    " conversation_key TEXT NOT NULL REFERENCES conversations (key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " PRIMARY KEY (conversation_key, position))",
};

// Version 2: comparisons and votes.
const char *const kVersion2[] = {
    "CREATE TABLE comparisons ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " title TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " blind INTEGER NOT NULL,"
    " blind_order TEXT NOT NULL,"
    " models TEXT NOT NULL,"
    " round_count INTEGER NOT NULL)",
    "CREATE INDEX comparisons_by_updated ON comparisons (updated)",
    "CREATE TABLE comparison_columns ("
    " comparison_key TEXT NOT NULL REFERENCES comparisons (key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " connection_name TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " PRIMARY KEY (comparison_key, position))",
    "CREATE TABLE comparison_turns ("
    " comparison_key TEXT NOT NULL,"
    " column_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " PRIMARY KEY (comparison_key, column_position, position),"
    " FOREIGN KEY (comparison_key, column_position)"
    " REFERENCES comparison_columns (comparison_key, position) ON DELETE CASCADE)",
    "CREATE TABLE votes ("
    " id INTEGER PRIMARY KEY,"
    " comparison_key TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " contestants TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " best INTEGER NOT NULL,"
    " round INTEGER NOT NULL)",
    "CREATE INDEX votes_by_comparison ON votes (comparison_key)",
    "CREATE INDEX votes_by_at ON votes (at)",
};

// Version 3: names of the user's own, pins, deletion pending an undo, and the search's text.
const char *const kVersion3[] = {
    "ALTER TABLE conversations ADD COLUMN custom_title TEXT",
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN deleted_at TEXT",
    "ALTER TABLE comparisons ADD COLUMN custom_title TEXT",
    "ALTER TABLE comparisons ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE comparisons ADD COLUMN deleted_at TEXT",
    "CREATE TABLE search_rows ("
    " id INTEGER PRIMARY KEY,"
    " owner TEXT NOT NULL,"
    " column_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL)",
    "CREATE INDEX search_rows_by_owner ON search_rows (owner, column_position, position)",
};

// The rows version 1 wrote: two chats, one with a turn damaged by hand.
const char *const kVersion1Rows[] = {
    "INSERT INTO conversations VALUES ('old-1', 'Grüße from 0.1', '2024-01-01T10:00:00.000Z', "
    "'2024-01-01T10:05:00.000Z', 'workspace-prod', 'databricks-gpt-oss-120b', "
    "'{\"model\":\"databricks-gpt-oss-120b\",\"api\":\"chat\",\"stream\":true,"
    "\"temperature\":0.2}', 3)",
    "INSERT INTO turns VALUES ('old-1', 0, '{\"role\":\"user\",\"parts\":[{\"kind\":\"text\","
    "\"text\":\"Hello from the Alps\"}],\"api\":\"chat\"}')",
    "INSERT INTO turns VALUES ('old-1', 1, '{\"role\":\"assistant\",\"parts\":[{\"kind\":"
    "\"reasoning\",\"text\":\"Greet back warmly\"},{\"kind\":\"text\",\"text\":\"Grüezi! "
    "The Matterhorn says hi\"}],\"api\":\"chat\",\"model\":\"databricks-gpt-oss-120b\","
    "\"usage\":{\"input_tokens\":3,\"output_tokens\":2}}')",
    "INSERT INTO turns VALUES ('old-1', 2, '{\"role\":\"user\",\"parts\":[{\"kind\":\"text\","
    "\"text\":\"And the weather?\"}],\"api\":\"chat\"}')",
    "INSERT INTO conversations VALUES ('old-2', 'Second', '2024-01-02T10:00:00.000Z', "
    "'2024-01-02T10:00:00.000Z', '', 'demo', '{\"model\":\"demo\",\"api\":\"responses\"}', 2)",
    // Damaged: its word must not be found, the other turn must.
    "INSERT INTO turns VALUES ('old-2', 0, '{\"role\":\"robot\",\"parts\":[{\"kind\":\"text\","
    "\"text\":\"orchid\"}]}')",
    "INSERT INTO turns VALUES ('old-2', 1, '{\"role\":\"assistant\",\"parts\":[{\"kind\":"
    "\"tool_call\",\"id\":\"call_7\",\"name\":\"lookup_glacier\",\"arguments\":"
    "\"{\\\"name\\\": \\\"Aletsch\\\"}\"}],\"api\":\"responses\"}')",
};

// The rows version 2 added: a comparison of two columns and two rounds, and its votes.
const char *const kVersion2Rows[] = {
    "INSERT INTO comparisons VALUES ('cmp-1', 'Which engine?', '2024-02-01T08:00:00.000Z', "
    "'2024-02-01T08:10:00.000Z', 1, '[1,0]', 'model-a vs model-b', 2)",
    "INSERT INTO comparison_columns VALUES ('cmp-1', 0, 'workspace-a', "
    "'{\"model\":\"model-a\",\"api\":\"chat\"}')",
    "INSERT INTO comparison_columns VALUES ('cmp-1', 1, 'workspace-b', "
    "'{\"model\":\"model-b\",\"api\":\"responses\"}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 0, 0, '{\"role\":\"user\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Which engine?\"}]}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 0, 1, '{\"role\":\"assistant\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"vLLM with paged attention\"}],\"model\":\"model-a\"}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 0, 2, '{\"role\":\"user\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Why?\"}]}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 0, 3, '{\"role\":\"assistant\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Throughput\"}],\"model\":\"model-a\"}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 1, 0, '{\"role\":\"user\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Which engine?\"}]}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 1, 1, '{\"role\":\"assistant\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Speculative decoding helps\"}],\"model\":\"model-b\"}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 1, 2, '{\"role\":\"user\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Why?\"}]}')",
    "INSERT INTO comparison_turns VALUES ('cmp-1', 1, 3, '{\"role\":\"assistant\",\"parts\":"
    "[{\"kind\":\"text\",\"text\":\"Latency\"}],\"model\":\"model-b\"}')",
    "INSERT INTO votes (comparison_key, at, contestants, outcome, best, round) VALUES ('cmp-1', "
    "'2024-02-01T08:05:00.000Z', '[\"model-a\",\"model-b\"]', 'best', 1, 0)",
    "INSERT INTO votes (comparison_key, at, contestants, outcome, best, round) VALUES ('cmp-1', "
    "'2024-02-01T08:09:00.000Z', '[\"model-a\",\"model-b\"]', 'tie', -1, 1)",
    // A vote of a comparison deleted under version 2: the leaderboard kept it.
    "INSERT INTO votes (comparison_key, at, contestants, outcome, best, round) VALUES ('gone', "
    "'2024-01-15T08:00:00.000Z', '[\"model-a\",\"model-c\"]', 'all_bad', -1, 0)",
};

// The search rows version 3 wrote for the rows of versions 1 and 2, as its upgrade made them:
// the titles and what a reader sees of each turn (parts joined by U+001F), not the damaged
// turn. Without the full-text index, as a build whose SQLite lacked FTS5 left it.
const char *const kVersion3Rows[] = {
    "INSERT INTO search_rows (owner, column_position, position, text) VALUES "
    "('old-1', -1, -1, 'Grüße from 0.1'), ('old-2', -1, -1, 'Second'), "
    "('cmp-1', -1, -1, 'Which engine?'), "
    "('old-1', -1, 0, 'Hello from the Alps'), "
    "('old-1', -1, 1, 'Greet back warmly' || char(31) || 'Grüezi! The Matterhorn says hi'), "
    "('old-1', -1, 2, 'And the weather?'), "
    "('old-2', -1, 1, 'lookup_glacier' || char(31) || '{\"name\": \"Aletsch\"}'), "
    "('cmp-1', 0, 0, 'Which engine?'), ('cmp-1', 0, 1, 'vLLM with paged attention'), "
    "('cmp-1', 0, 2, 'Why?'), ('cmp-1', 0, 3, 'Throughput'), "
    "('cmp-1', 1, 0, 'Which engine?'), ('cmp-1', 1, 1, 'Speculative decoding helps'), "
    "('cmp-1', 1, 2, 'Why?'), ('cmp-1', 1, 3, 'Latency')",
};

// A file as `version` wrote it, in WAL mode as every version set it.
void writeFile(const QString &file, int version)
{
    SqlProbe probe(file);
    QVERIFY(probe.isOpen());
    QVERIFY(probe.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(probe.exec(QStringLiteral("BEGIN")));
    for (const char *statement : kVersion1)
        QVERIFY(probe.exec(QString::fromUtf8(statement)));
    if (version >= 2) {
        for (const char *statement : kVersion2)
            QVERIFY(probe.exec(QString::fromUtf8(statement)));
    }
    for (const char *statement : kVersion1Rows)
        QVERIFY(probe.exec(QString::fromUtf8(statement)));
    if (version >= 2) {
        for (const char *statement : kVersion2Rows)
            QVERIFY(probe.exec(QString::fromUtf8(statement)));
    }
    // The rows of the earlier versions as version 3 found them when it upgraded the file.
    if (version >= 3) {
        for (const char *statement : kVersion3)
            QVERIFY(probe.exec(QString::fromUtf8(statement)));
        for (const char *statement : kVersion3Rows)
            QVERIFY(probe.exec(QString::fromUtf8(statement)));
    }
    QVERIFY(probe.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    QVERIFY(probe.exec(QStringLiteral("COMMIT")));
}

QStringList keysOf(const QList<ConversationSummary> &summaries)
{
    QStringList keys;
    for (const ConversationSummary &summary : summaries)
        keys.append(summary.key);
    return keys;
}

QStringList keysOf(const QList<SearchHit> &hits)
{
    QStringList keys;
    for (const SearchHit &hit : hits)
        keys.append(hit.conversation.key);
    return keys;
}

} // namespace

void tst_HistoryMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_HistoryMigration::cleanup()
{
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

// A new format must come with a file of the one before it in upgrade_data().
void tst_HistoryMigration::everyOlderVersionIsCovered()
{
    QCOMPARE(Store::HistorySchema::kVersion, 4);
}

void tst_HistoryMigration::upgrade_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("index");
    QTest::newRow("version 1") << 1 << true;
    QTest::newRow("version 2") << 2 << true;
    QTest::newRow("version 3") << 3 << true;
    QTest::newRow("version 1, SQLite without FTS5") << 1 << false;
    QTest::newRow("version 2, SQLite without FTS5") << 2 << false;
    QTest::newRow("version 3, SQLite without FTS5") << 3 << false;
}

void tst_HistoryMigration::upgrade()
{
    QFETCH(int, version);
    QFETCH(bool, index);
    writeFile(path(), version);
    if (QTest::currentTestFailed())
        return;

    HistoryStore store;
    store.setFullTextAllowed(index);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QCOMPARE(store.hasFullTextSearch(), index);
    {
        SqlProbe probe(path());
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::HistorySchema::kVersion);
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), u"ok"_s);
    }

    // Everything listed, as it was, in its order, none pinned.
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    const QStringList expected = version >= 2 ? QStringList{u"cmp-1"_s, u"old-2"_s, u"old-1"_s}
                                              : QStringList{u"old-2"_s, u"old-1"_s};
    QCOMPARE(keysOf(*list), expected);
    for (const ConversationSummary &summary : *list)
        QVERIFY(!summary.pinned);
    const ConversationSummary &oldest = list->last();
    QCOMPARE(oldest.title, u"Grüße from 0.1"_s);
    QCOMPARE(oldest.model, u"databricks-gpt-oss-120b"_s);
    QCOMPARE(oldest.turnCount, 3);
    QCOMPARE(oldest.updated, utc("2024-01-01T10:05:00.000Z"));
    QCOMPARE(oldest.kind, Kind::Chat);

    // Every field of the chats.
    const std::optional<Store::StoredConversation> old = store.load(u"old-1"_s, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->title, u"Grüße from 0.1"_s);
    QCOMPARE(old->connectionName, u"workspace-prod"_s);
    QCOMPARE(old->created, utc("2024-01-01T10:00:00.000Z"));
    QCOMPARE(old->settings.params.temperature, std::optional<double>(0.2));
    QCOMPARE(old->turns.size(), 3);
    QCOMPARE(old->turns.at(1).message.parts.at(0).kind, Core::ContentPart::Kind::Reasoning);
    QCOMPARE(old->turns.at(1).message.text(), u"Grüezi! The Matterhorn says hi"_s);
    QCOMPARE(old->turns.at(1).usage.outputTokens, std::optional<qint64>(2));
    QVERIFY(!store.load(u"old-2"_s, &error)); // damaged in the file, as before
    QVERIFY2(error.contains(u"turn 1"_s), qPrintable(error));

    if (version >= 2) {
        const std::optional<Core::Comparison> comparison = store.loadComparison(u"cmp-1"_s, &error);
        QVERIFY2(comparison, qPrintable(error));
        QCOMPARE(comparison->title, u"Which engine?"_s);
        QVERIFY(comparison->blind);
        QCOMPARE(comparison->blindOrder, (QList<int>{1, 0}));
        QCOMPARE(comparison->columns.size(), 2);
        QCOMPARE(comparison->columns.at(1).connectionName, u"workspace-b"_s);
        QCOMPARE(comparison->columns.at(1).settings.api, Core::ApiKind::Responses);
        QCOMPARE(comparison->columns.at(1).turns.at(3).message.text(), u"Latency"_s);
        QCOMPARE(comparison->votes.size(), 2);
        QCOMPARE(comparison->votes.at(1).outcome, Core::Vote::Outcome::Tie);
        QCOMPARE(list->first().kind, Kind::Comparison);
        QCOMPARE(list->first().model, u"model-a vs model-b"_s);
        QCOMPARE(list->first().turnCount, 2);
        const std::optional<QList<Core::Vote>> votes = store.votes(&error);
        QVERIFY2(votes, qPrintable(error));
        QCOMPARE(votes->size(), 3);
        QCOMPARE(votes->first().comparisonKey, u"gone"_s);
    }

    // Searchable: titles, every kind of text, comparisons' columns; not what cannot be read.
    const auto find = [&](const QString &text) {
        const std::optional<QList<SearchHit>> found = store.search(text, &error);
        return found ? keysOf(*found) : QStringList{u"error: "_s + error};
    };
    QCOMPARE(find(u"grüße"_s), QStringList{u"old-1"_s});
    QCOMPARE(find(u"matterhorn"_s), QStringList{u"old-1"_s});
    QCOMPARE(find(u"greet back"_s), QStringList{u"old-1"_s});
    QCOMPARE(find(u"aletsch"_s), QStringList{u"old-2"_s});
    QCOMPARE(find(u"lookup_glacier"_s), QStringList{u"old-2"_s});
    QCOMPARE(find(u"orchid"_s), QStringList());
    QCOMPARE(find(u"speculative"_s), version >= 2 ? QStringList{u"cmp-1"_s} : QStringList());
    const std::optional<QList<SearchHit>> weather = store.search(u"weather"_s, &error);
    QVERIFY2(weather && weather->size() == 1, qPrintable(error));
    QCOMPARE(weather->first().turn, 2);
    if (version >= 2) {
        const std::optional<QList<SearchHit>> latency = store.search(u"latency"_s, &error);
        QVERIFY2(latency && latency->size() == 1, qPrintable(error));
        QCOMPARE(latency->first().column, 1);
        QCOMPARE(latency->first().turn, 3);
    }

    // What this version adds works on what was there.
    QVERIFY2(store.rename(u"old-1"_s, u"Swiss greetings"_s, &error), qPrintable(error));
    QVERIFY2(store.setPinned(u"old-1"_s, true, &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)).first(), u"old-1"_s);
    QCOMPARE(find(u"swiss"_s), QStringList{u"old-1"_s});
    Store::StoredConversation more = *old;
    more.turns.append(userTurn(u"Any glaciers nearby?"_s));
    more.updated = utc("2024-03-01T00:00:00.000Z");
    QVERIFY2(store.save(more, &error), qPrintable(error));
    QCOMPARE(find(u"glaciers"_s), QStringList{u"old-1"_s});
    QCOMPARE(store.list(&error)->first().title, u"Swiss greetings"_s);
    QVERIFY2(store.setDeleted(u"old-1"_s, true, &error), qPrintable(error));
    QCOMPARE(find(u"matterhorn"_s), QStringList());
    QVERIFY2(store.remove(u"old-1"_s, &error), qPrintable(error));

    // Batch runs are kept alongside what was there.
    Store::StoredBatch run
        = batch(u"batch-1"_s, u"Glacier facts"_s, utc("2024-04-01T00:00:00.000Z"),
                {u"How long is the Aletsch glacier?"_s}, {u"model-a"_s});
    run.cells = {cell(0, 0, u"23 km"_s)};
    QVERIFY2(store.saveBatch(run, &error), qPrintable(error));
    QVERIFY2(store.saveBatchCells(run.key, utc("2024-04-01T00:00:01.000Z"),
                                  {cell(0, 0, u"About 23 km"_s)}, &error),
             qPrintable(error));
    const std::optional<QList<ConversationSummary>> withBatch = store.list(&error);
    QVERIFY2(withBatch, qPrintable(error));
    QCOMPARE(withBatch->first().key, run.key);
    QCOMPARE(withBatch->first().kind, Kind::Batch);
    QCOMPARE(withBatch->first().cellsDone, 1);
    QCOMPARE(find(u"aletsch"_s), (QStringList{u"batch-1"_s, u"old-2"_s}));
    const std::optional<Store::StoredBatch> runLoaded = store.loadBatch(run.key, &error);
    QVERIFY2(runLoaded, qPrintable(error));
    QCOMPARE(runLoaded->cells, QList<Store::StoredBatch::Cell>{cell(0, 0, u"About 23 km"_s)});
    if (version >= 2)
        QVERIFY2(store.loadComparison(u"cmp-1"_s, &error), qPrintable(error));
    if (index) {
        SqlProbe probe(path());
        QVERIFY(probe.exec(u"INSERT INTO search_text (search_text, rank) "
                           "VALUES ('integrity-check', 1)"_s));
    }
}

void tst_HistoryMigration::failedUpgradeLeavesVersionTwo()
{
    writeFile(path(), 2);
    if (QTest::currentTestFailed())
        return;
    {
        // Something in the way of the upgrade, after its first steps: all of it must go.
        SqlProbe probe(path());
        QVERIFY(probe.exec(u"CREATE TABLE search_rows (x)"_s));
    }
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(u"format 2 to 4"_s), qPrintable(error));
        QVERIFY2(error.contains(u"search_rows"_s), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), 2);
    // The columns added before the failing step are not there.
    QCOMPARE(probe
                 .scalar(u"SELECT count(*) FROM pragma_table_info('conversations') "
                         "WHERE name IN ('pinned', 'custom_title', 'deleted_at')"_s)
                 .toInt(),
             0);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM conversations"_s).toInt(), 2);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM comparison_turns"_s).toInt(), 8);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM votes"_s).toInt(), 3);
}

void tst_HistoryMigration::failedUpgradeLeavesVersionThree()
{
    writeFile(path(), 3);
    if (QTest::currentTestFailed())
        return;
    {
        // In the way of the last statement of the batch tables: all of them must go.
        SqlProbe probe(path());
        QVERIFY(probe.exec(u"CREATE TABLE batch_cells (x)"_s));
    }
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(u"format 3 to 4"_s), qPrintable(error));
        QVERIFY2(error.contains(u"batch_cells"_s), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(u"PRAGMA user_version"_s).toInt(), 3);
    QCOMPARE(probe
                 .scalar(u"SELECT count(*) FROM sqlite_master WHERE name IN ('batches', "
                         "'batch_rows', 'batches_by_updated')"_s)
                 .toInt(),
             0);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM conversations"_s).toInt(), 2);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM comparison_turns"_s).toInt(), 8);
    QCOMPARE(probe.scalar(u"SELECT count(*) FROM search_rows"_s).toInt(), 15);
}

// A history upgraded where SQLite had no FTS5 gets its index the first time a build with FTS5
// opens it, from the rows kept all along.
void tst_HistoryMigration::indexIsMadeWhenFts5Arrives()
{
    writeFile(path(), 2);
    if (QTest::currentTestFailed())
        return;
    QString error;
    {
        HistoryStore store;
        store.setFullTextAllowed(false);
        QVERIFY2(store.open(path(), &error), qPrintable(error));
        QVERIFY(store.save(conversation(u"new"_s, u"New"_s, utc("2024-05-01T00:00:00.000Z"),
                                        {userTurn(u"written without the index"_s)}),
                           &error));
    }
    {
        SqlProbe probe(path());
        QCOMPARE(probe.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'search_text'"_s)
                     .toInt(),
                 0);
    }
    HistoryStore store;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.hasFullTextSearch());
    const std::optional<QList<SearchHit>> found = store.search(u"without index"_s, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), QStringList{u"new"_s});
    QCOMPARE(keysOf(*store.search(u"paged"_s, &error)), QStringList{u"cmp-1"_s});

    // And back: a store that does not use the index does not leave it behind, out of date.
    {
        HistoryStore plain;
        plain.setFullTextAllowed(false);
        QVERIFY2(plain.open(path(), &error), qPrintable(error));
        QVERIFY(plain.save(conversation(u"newer"_s, u"Newer"_s, utc("2024-06-01T00:00:00.000Z"),
                                        {userTurn(u"saved while the index was away"_s)}),
                           &error));
        QVERIFY(plain.remove(u"new"_s, &error));
    }
    HistoryStore again;
    QVERIFY2(again.open(path(), &error), qPrintable(error));
    QCOMPARE(keysOf(*again.search(u"index away"_s, &error)), QStringList{u"newer"_s});
    QCOMPARE(keysOf(*again.search(u"without"_s, &error)), QStringList());
    SqlProbe probe(path());
    QVERIFY(probe.exec(u"INSERT INTO search_text (search_text, rank) "
                       "VALUES ('integrity-check', 1)"_s));
}

QTEST_GUILESS_MAIN(tst_HistoryMigration)
#include "tst_historymigration.moc"
