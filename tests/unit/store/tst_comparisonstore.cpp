// Comparisons and votes in the history file: what is saved loads back, a save replaces the
// columns, turns and votes of its key, comparisons share the list and the search with chats,
// votes outlive their comparison, and a version 1 file gains the new tables and keeps its chats.
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
using Parlance::Store::StoredConversation;
using Kind = Parlance::Store::ConversationSummary::Kind;

class tst_ComparisonStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemaHasComparisonTables();
    void callsBeforeOpenFail();
    void roundTripThreeColumns();
    void emptyComparisonRoundTrips();
    void saveReplacesColumnsTurnsAndVotes();
    void votesAreStoredUnderTheComparisonsKey();
    void listMixesChatsAndComparisons();
    void search_data();
    void search();
    void removeKeepsVotes();
    void chatAndComparisonNeverShareAKey();
    void votesOldestFirstAcrossComparisons();
    void versionOneFileIsMigrated();
    void failedMigrationLeavesVersionOne();
    void newerSchemaIsRefusedUntouched();
    void damagedRowsAreReported_data();
    void damagedRowsAreReported();
    void damagedVoteIsReported();

private:
    QString path(const QString &name = QStringLiteral("history.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// The schema of format 1 exactly as Parlance 0.1 created it, copied rather than taken from the
// store, so a change to the store's copy cannot make this test agree with it.
const char *const kVersionOneSchema[] = {
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
    "PRAGMA user_version = 1",
};

// A version 1 file with two chats, written with plain SQL as version 0.1 wrote them.
void writeVersionOneFile(const QString &file)
{
    SqlProbe probe(file);
    QVERIFY(probe.isOpen());
    QVERIFY(probe.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    for (const char *statement : kVersionOneSchema)
        QVERIFY(probe.exec(QString::fromLatin1(statement)));
    QVERIFY(probe.exec(QStringLiteral(
        "INSERT INTO conversations VALUES ('old-1', 'Grüße from 0.1', "
        "'2024-01-01T10:00:00.000Z', '2024-01-01T10:05:00.000Z', 'workspace-prod', "
        "'databricks-gpt-oss-120b', '{\"model\":\"databricks-gpt-oss-120b\",\"api\":\"chat\","
        "\"stream\":true,\"temperature\":0.2}', 2)")));
    QVERIFY(probe.exec(QStringLiteral(
        "INSERT INTO turns VALUES ('old-1', 0, '{\"role\":\"user\",\"parts\":[{\"kind\":\"text\","
        "\"text\":\"Hello\"}],\"api\":\"chat\"}')")));
    QVERIFY(probe.exec(QStringLiteral(
        "INSERT INTO turns VALUES ('old-1', 1, '{\"role\":\"assistant\",\"parts\":[{\"kind\":"
        "\"text\",\"text\":\"Hi there\"}],\"api\":\"chat\",\"model\":\"databricks-gpt-oss-120b\","
        "\"usage\":{\"input_tokens\":3,\"output_tokens\":2}}')")));
    QVERIFY(probe.exec(QStringLiteral(
        "INSERT INTO conversations VALUES ('old-2', 'Second', '2024-01-02T10:00:00.000Z', "
        "'2024-01-02T10:00:00.000Z', '', 'demo', '{\"model\":\"demo\",\"api\":\"responses\"}', "
        "0)")));
}

QStringList keysOf(const QList<ConversationSummary> &summaries)
{
    QStringList keys;
    for (const ConversationSummary &summary : summaries)
        keys.append(summary.key);
    return keys;
}

Core::Comparison smallComparison(const QString &key, const QString &title, const QDateTime &updated,
                                 const QStringList &answers)
{
    Core::Comparison comparison;
    comparison.key = key;
    comparison.title = title;
    comparison.created = updated.addSecs(-60);
    comparison.updated = updated;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        Core::ComparisonColumn column;
        column.settings.model = QStringLiteral("model-%1").arg(QChar(char16_t(u'a' + i)));
        column.turns = {userTurn(title), answerTurn(column.settings.model, answers.at(i))};
        comparison.columns.append(column);
    }
    return comparison;
}

Core::Vote vote(const QString &at, Core::Vote::Outcome outcome, int best = -1)
{
    Core::Vote v;
    v.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    v.contestants = {QStringLiteral("model-a"), QStringLiteral("model-b@responses")};
    v.outcome = outcome;
    v.best = best;
    return v;
}

} // namespace

void tst_ComparisonStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ComparisonStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ComparisonStore::cleanup()
{
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void tst_ComparisonStore::schemaHasComparisonTables()
{
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Store::HistorySchema::kVersion);
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name IN ('conversations', 'turns', 'comparisons', "
                                        "'comparison_columns', 'comparison_turns', 'votes')"))
                 .toInt(),
             6);
    // The leaderboard's data must not go with a deleted comparison.
    const QString votesSql
        = probe.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'votes'"))
              .toString();
    QVERIFY2(!votesSql.contains(QStringLiteral("REFERENCES")), qPrintable(votesSql));
}

void tst_ComparisonStore::callsBeforeOpenFail()
{
    HistoryStore store;
    QString error;
    QVERIFY(!store.saveComparison(fullComparison(), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.loadComparison(QStringLiteral("k"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.votes(&error));
    QVERIFY(!error.isEmpty());
}

void tst_ComparisonStore::roundTripThreeColumns()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const Core::Comparison saved = fullComparison();
    QVERIFY2(store.saveComparison(saved, &error), qPrintable(error));

    const std::optional<Core::Comparison> loaded = store.loadComparison(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareComparisons(*loaded, saved);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded->created.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->votes.at(0).at.timeSpec(), Qt::UTC);

    const std::optional<QList<Core::Vote>> votes = store.votes(&error);
    QVERIFY2(votes, qPrintable(error));
    QCOMPARE(*votes, saved.votes);

    // A new store on the same file reads the same.
    HistoryStore again;
    QVERIFY2(again.open(path(), &error), qPrintable(error));
    const std::optional<Core::Comparison> reread = again.loadComparison(saved.key, &error);
    QVERIFY2(reread, qPrintable(error));
    compareComparisons(*reread, saved);
}

void tst_ComparisonStore::emptyComparisonRoundTrips()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    Core::Comparison empty;
    empty.key = QStringLiteral("empty");
    QVERIFY2(store.saveComparison(empty, &error), qPrintable(error));
    const std::optional<Core::Comparison> loaded = store.loadComparison(empty.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareComparisons(*loaded, empty);
    if (QTest::currentTestFailed())
        return;
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).model, QString());
    QCOMPARE(list->at(0).turnCount, 0);

    Core::Comparison keyless = fullComparison();
    keyless.key.clear();
    QVERIFY(!store.saveComparison(keyless, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
}

void tst_ComparisonStore::saveReplacesColumnsTurnsAndVotes()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const Core::Comparison first = fullComparison();
    QVERIFY2(store.saveComparison(first, &error), qPrintable(error));
    // Another comparison's votes are not this key's, and stay.
    Core::Comparison other = smallComparison(QStringLiteral("other"), QStringLiteral("Other"),
                                             utc("2024-06-02T00:00:00.000Z"),
                                             {QStringLiteral("x"), QStringLiteral("y")});
    other.votes = {vote(QStringLiteral("2024-06-02T00:00:00.000Z"), Core::Vote::Outcome::Tie)};
    other.votes[0].comparisonKey = other.key;
    QVERIFY2(store.saveComparison(other, &error), qPrintable(error));

    Core::Comparison second = first;
    second.title = QStringLiteral("Renamed");
    second.updated = utc("2024-06-03T00:00:00.000Z");
    second.blind = false;
    second.blindOrder.clear();
    second.columns.removeLast();
    second.columns[0].turns.removeLast();
    second.columns[1].connectionName = QStringLiteral("workspace-other");
    second.votes = {first.votes.at(1)};
    QVERIFY2(store.saveComparison(second, &error), qPrintable(error));

    const std::optional<Core::Comparison> loaded = store.loadComparison(first.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareComparisons(*loaded, second);
    if (QTest::currentTestFailed())
        return;

    SqlProbe probe(path());
    const QString key = first.key;
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM comparison_columns WHERE "
                                        "comparison_key = '%1'")
                             .arg(key))
                 .toInt(),
             2);
    QCOMPARE(
        probe
            .scalar(QStringLiteral("SELECT count(*) FROM comparison_turns WHERE comparison_key = "
                                   "'%1'")
                        .arg(key))
            .toInt(),
        3 + 4);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM votes")).toInt(), 2);
    const std::optional<QList<Core::Vote>> votes = store.votes(&error);
    QVERIFY2(votes, qPrintable(error));
    QCOMPARE(*votes, (QList<Core::Vote>{second.votes.at(0), other.votes.at(0)}));
}

void tst_ComparisonStore::votesAreStoredUnderTheComparisonsKey()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    Core::Comparison comparison = fullComparison();
    comparison.votes[0].comparisonKey.clear();
    comparison.votes[1].comparisonKey = QStringLiteral("some-other-key");
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));
    const std::optional<QList<Core::Vote>> votes = store.votes(&error);
    QVERIFY2(votes, qPrintable(error));
    QCOMPARE(votes->size(), 2);
    QCOMPARE(votes->at(0).comparisonKey, comparison.key);
    QCOMPARE(votes->at(1).comparisonKey, comparison.key);
}

void tst_ComparisonStore::listMixesChatsAndComparisons()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("chat-old"), QStringLiteral("Old chat"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("q")), fullAssistantTurn()}),
                       &error));
    Core::Comparison three = fullComparison(QStringLiteral("cmp-mid"));
    three.updated = utc("2024-01-02T00:00:00.000Z");
    QVERIFY2(store.saveComparison(three, &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("chat-new"), QStringLiteral("New chat"),
                                    utc("2024-01-03T00:00:00.000Z")),
                       &error));
    QVERIFY2(
        store.saveComparison(smallComparison(QStringLiteral("cmp-new"), QStringLiteral("Newest"),
                                             utc("2024-01-04T00:00:00.000Z"),
                                             {QStringLiteral("x"), QStringLiteral("y")}),
                             &error),
        qPrintable(error));
    // Same time as cmp-new: the key decides.
    QVERIFY(store.save(conversation(QStringLiteral("chat-tie"), QStringLiteral("Tie"),
                                    utc("2024-01-04T00:00:00.000Z")),
                       &error));

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(keysOf(*list), (QStringList{QStringLiteral("chat-tie"), QStringLiteral("cmp-new"),
                                         QStringLiteral("chat-new"), QStringLiteral("cmp-mid"),
                                         QStringLiteral("chat-old")}));
    QCOMPARE(list->at(0).kind, Kind::Chat);
    QCOMPARE(list->at(1).kind, Kind::Comparison);
    QCOMPARE(list->at(1).model, QStringLiteral("model-a vs model-b"));
    QCOMPARE(list->at(1).turnCount, 1);
    QCOMPARE(list->at(1).title, QStringLiteral("Newest"));
    QCOMPARE(list->at(2).kind, Kind::Chat);
    const ConversationSummary &mid = list->at(3);
    QCOMPARE(mid.kind, Kind::Comparison);
    QCOMPARE(mid.model, QStringLiteral("databricks-gpt-oss-120b vs databricks-claude-sonnet-4-5 "
                                       "vs databricks-meta-llama-3-3-70b-instruct"));
    QCOMPARE(mid.turnCount, 2); // rounds, not the 12 turns
    QCOMPARE(mid.updated, three.updated);
    QCOMPARE(mid.title, three.title);
    QCOMPARE(list->at(4).kind, Kind::Chat);
    QCOMPARE(list->at(4).turnCount, 2);
}

void tst_ComparisonStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys"); // newest first: cmp-answers, cmp-title, chat
    QTest::newRow("comparison title") << QStringLiteral("bake-off") << QStringList{u"cmp-title"_s};
    QTest::newRow("first column") << QStringLiteral("PAGED attention")
                                  << QStringList{u"cmp-answers"_s};
    QTest::newRow("last column") << QStringLiteral("speculative decoding")
                                 << QStringList{u"cmp-answers"_s};
    QTest::newRow("chat and comparison")
        << QStringLiteral("throughput") << QStringList{u"cmp-answers"_s, u"chat"_s};
    // The prefilter's way (no ASCII run) and the LIKE way both reach comparison turns.
    QTest::newRow("no ASCII run") << QStringLiteral("ÿ") << QStringList{u"cmp-answers"_s};
    QTest::newRow("model names are not text") << QStringLiteral("model-b") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("absent") << QStringList{};
}

void tst_ComparisonStore::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    // With the full-text index and without it (an SQLite lacking FTS5).
    for (const bool index : {true, false}) {
        HistoryStore store;
        store.setFullTextAllowed(index);
        QString error;
        QVERIFY2(store.open(path(index ? u"index.sqlite"_s : u"plain.sqlite"_s), &error),
                 qPrintable(error));
        QCOMPARE(store.hasFullTextSearch(), index);
        QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("Serving"),
                                        utc("2024-01-01T00:00:00.000Z"),
                                        {userTurn(QStringLiteral("What limits throughput?"))}),
                           &error));
        QVERIFY2(store.saveComparison(smallComparison(QStringLiteral("cmp-answers"),
                                                      QStringLiteral("Engines"),
                                                      utc("2024-01-03T00:00:00.000Z"),
                                                      {QStringLiteral("vLLM uses paged attention."),
                                                       QStringLiteral("Throughput: high. ÿ"),
                                                       QStringLiteral("Speculative decoding.")}),
                                      &error),
                 qPrintable(error));
        QVERIFY2(store.saveComparison(smallComparison(QStringLiteral("cmp-title"),
                                                      QStringLiteral("The great bake-off"),
                                                      utc("2024-01-02T00:00:00.000Z"),
                                                      {QStringLiteral("a"), QStringLiteral("b")}),
                                      &error),
                 qPrintable(error));
        const std::optional<QList<SearchHit>> found = store.search(text, &error);
        QVERIFY2(found, qPrintable(error));
        // Newest first, as the list.
        QStringList foundKeys;
        for (const SearchHit &hit : *found) {
            foundKeys.append(hit.conversation.key);
            QCOMPARE(hit.conversation.kind,
                     hit.conversation.key.startsWith(u"cmp") ? Kind::Comparison : Kind::Chat);
        }
        QCOMPARE(foundKeys, keys);
    }
}

void tst_ComparisonStore::removeKeepsVotes()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const Core::Comparison comparison = fullComparison();
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));
    QVERIFY(
        store.save(conversation(QStringLiteral("chat"), QStringLiteral("Chat"),
                                utc("2024-01-01T00:00:00.000Z"), {userTurn(QStringLiteral("q"))}),
                   &error));

    QVERIFY2(store.remove(comparison.key, &error), qPrintable(error));
    QVERIFY(!store.loadComparison(comparison.key, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer")), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{QStringLiteral("chat")});
    {
        SqlProbe probe(path());
        QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM comparison_columns")).toInt(),
                 0);
        QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM comparison_turns")).toInt(), 0);
    }
    const std::optional<QList<Core::Vote>> votes = store.votes(&error);
    QVERIFY2(votes, qPrintable(error));
    QCOMPARE(*votes, comparison.votes);

    // The chat is removed by the same call, and a key that is nowhere is no error.
    QVERIFY2(store.remove(QStringLiteral("chat"), &error), qPrintable(error));
    QVERIFY(store.list(&error)->isEmpty());
    QVERIFY2(store.remove(QStringLiteral("nowhere"), &error), qPrintable(error));
}

void tst_ComparisonStore::chatAndComparisonNeverShareAKey()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const StoredConversation chat
        = conversation(QStringLiteral("shared"), QStringLiteral("Chat"),
                       utc("2024-01-01T00:00:00.000Z"), {userTurn(QStringLiteral("q"))});
    QVERIFY(store.save(chat, &error));
    QVERIFY(!store.saveComparison(fullComparison(QStringLiteral("shared")), &error));
    QVERIFY2(error.contains(QStringLiteral("belongs to a chat")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    // Nothing of the comparison was written, votes included; the chat is as it was.
    QVERIFY(store.votes(&error)->isEmpty());
    QCOMPARE(store.list(&error)->size(), 1);
    QCOMPARE(store.list(&error)->at(0).kind, Kind::Chat);
    QCOMPARE(store.load(QStringLiteral("shared"), &error)->turns.size(), 1);

    const Core::Comparison comparison = fullComparison(QStringLiteral("cmp"));
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));
    QVERIFY(!store.save(conversation(QStringLiteral("cmp"), QStringLiteral("Chat"),
                                     utc("2024-01-01T00:00:00.000Z")),
                        &error));
    QVERIFY2(error.contains(QStringLiteral("belongs to a comparison")), qPrintable(error));
    QVERIFY(!store.load(QStringLiteral("cmp"), &error));
    const std::optional<Core::Comparison> kept
        = store.loadComparison(QStringLiteral("cmp"), &error);
    QVERIFY2(kept, qPrintable(error));
    compareComparisons(*kept, comparison);
}

void tst_ComparisonStore::votesOldestFirstAcrossComparisons()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    Core::Comparison a
        = smallComparison(QStringLiteral("a"), QStringLiteral("A"), utc("2024-01-01T00:00:00.000Z"),
                          {QStringLiteral("x"), QStringLiteral("y")});
    a.votes = {vote(QStringLiteral("2024-01-01T00:00:03.000Z"), Core::Vote::Outcome::Best, 1),
               vote(QStringLiteral("2024-01-01T00:00:01.000Z"), Core::Vote::Outcome::Tie)};
    Core::Comparison b
        = smallComparison(QStringLiteral("b"), QStringLiteral("B"), utc("2024-01-01T00:00:00.000Z"),
                          {QStringLiteral("x"), QStringLiteral("y")});
    b.votes = {vote(QStringLiteral("2024-01-01T00:00:02.000Z"), Core::Vote::Outcome::AllBad)};
    b.votes[0].round = 4;
    QVERIFY2(store.saveComparison(a, &error), qPrintable(error));
    QVERIFY2(store.saveComparison(b, &error), qPrintable(error));
    const std::optional<QList<Core::Vote>> votes = store.votes(&error);
    QVERIFY2(votes, qPrintable(error));
    QCOMPARE(votes->size(), 3);
    QCOMPARE(votes->at(0).outcome, Core::Vote::Outcome::Tie);
    QCOMPARE(votes->at(0).comparisonKey, QStringLiteral("a"));
    QCOMPARE(votes->at(1).outcome, Core::Vote::Outcome::AllBad);
    QCOMPARE(votes->at(1).comparisonKey, QStringLiteral("b"));
    QCOMPARE(votes->at(1).round, 4);
    QCOMPARE(votes->at(2).outcome, Core::Vote::Outcome::Best);
    QCOMPARE(votes->at(2).best, 1);
    QCOMPARE(votes->at(2).contestants, a.votes.at(0).contestants);
}

void tst_ComparisonStore::versionOneFileIsMigrated()
{
    writeVersionOneFile(path());
    if (QTest::currentTestFailed())
        return;

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    {
        SqlProbe probe(path());
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::HistorySchema::kVersion);
        QCOMPARE(probe
                     .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                            "'table' AND name IN ('comparisons', "
                                            "'comparison_columns', 'comparison_turns', 'votes')"))
                     .toInt(),
                 4);
    }

    // Every chat is there, as it was.
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(keysOf(*list), (QStringList{QStringLiteral("old-2"), QStringLiteral("old-1")}));
    QCOMPARE(list->at(1).title, QStringLiteral("Grüße from 0.1"));
    QCOMPARE(list->at(1).model, QStringLiteral("databricks-gpt-oss-120b"));
    QCOMPARE(list->at(1).turnCount, 2);
    QCOMPARE(list->at(1).kind, Kind::Chat);
    const std::optional<StoredConversation> old = store.load(QStringLiteral("old-1"), &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->connectionName, QStringLiteral("workspace-prod"));
    QCOMPARE(old->created, utc("2024-01-01T10:00:00.000Z"));
    QCOMPARE(old->settings.params.temperature, std::optional<double>(0.2));
    QCOMPARE(old->turns.size(), 2);
    QCOMPARE(old->turns.at(0).message.text(), QStringLiteral("Hello"));
    QCOMPARE(old->turns.at(1).message.text(), QStringLiteral("Hi there"));
    QCOMPARE(old->turns.at(1).usage.outputTokens, std::optional<qint64>(2));
    QCOMPARE(store.load(QStringLiteral("old-2"), &error)->settings.api, Core::ApiKind::Responses);

    // The new tables work, and the old ones still cascade.
    QVERIFY2(store.saveComparison(fullComparison(), &error), qPrintable(error));
    QCOMPARE(store.list(&error)->size(), 3);
    QVERIFY(store.remove(QStringLiteral("old-1"), &error));
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM turns")).toInt(), 0);
}

void tst_ComparisonStore::failedMigrationLeavesVersionOne()
{
    writeVersionOneFile(path());
    if (QTest::currentTestFailed())
        return;
    {
        // Something in the way of the upgrade: it must fail as a whole.
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE votes (x)")));
    }
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("format 1 to 4")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("votes")), qPrintable(error));
    }
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                        "('comparisons', 'comparison_columns')"))
                 .toInt(),
             0);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 2);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM turns")).toInt(), 2);
}

void tst_ComparisonStore::newerSchemaIsRefusedUntouched()
{
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
        QVERIFY2(store.saveComparison(fullComparison(), &error), qPrintable(error));
    }
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(probe.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Store::HistorySchema::kVersion + 1)));
    }
    const QByteArray before = fileBytes(path());
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }
    QCOMPARE(fileBytes(path()), before);
}

void tst_ComparisonStore::damagedRowsAreReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("where");
    QTest::newRow("turn not JSON")
        << QStringLiteral("UPDATE comparison_turns SET json = '{\"role\": ' "
                          "WHERE column_position = 1 AND position = 3")
        << QStringLiteral("column 2, turn 4");
    QTest::newRow("turn member of the wrong type")
        << QStringLiteral("UPDATE comparison_turns SET json = '{\"role\": \"assistant\", "
                          "\"usage\": {\"input_tokens\": \"many\"}}' "
                          "WHERE column_position = 2 AND position = 1")
        << QStringLiteral("column 3, turn 2: The member \"usage.input_tokens\"");
    QTest::newRow("settings") << QStringLiteral(
        "UPDATE comparison_columns SET settings = '[1]' WHERE position = 0")
                              << QStringLiteral("column 1 settings");
    QTest::newRow("blind order") << QStringLiteral(
        "UPDATE comparisons SET blind_order = '[0, \"x\"]'")
                                 << QStringLiteral("blind order");
    QTest::newRow("turn without its column")
        << QStringLiteral("INSERT INTO comparison_turns VALUES ((SELECT key FROM comparisons), "
                          "7, 0, '{\"role\": \"user\"}')")
        << QStringLiteral("column 8, turn 1");
    QTest::newRow("vote outcome") << QStringLiteral(
        "UPDATE votes SET outcome = 'landslide' WHERE round = 1")
                                  << QStringLiteral("landslide");
}

void tst_ComparisonStore::damagedRowsAreReported()
{
    QFETCH(QString, sql);
    QFETCH(QString, where);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const Core::Comparison comparison = fullComparison();
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));
    {
        SqlProbe probe(path());
        // Off, as a hand edit in the sqlite3 shell would be.
        QVERIFY(probe.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(probe.exec(sql));
    }
    QVERIFY(!store.loadComparison(comparison.key, &error));
    QVERIFY2(error.contains(comparison.title), qPrintable(error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    // Still listed, so it can be deleted.
    QCOMPARE(store.list(&error)->size(), 1);
    QVERIFY2(store.remove(comparison.key, &error), qPrintable(error));
    QVERIFY(store.list(&error)->isEmpty());
}

void tst_ComparisonStore::damagedVoteIsReported()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY2(store.saveComparison(fullComparison(), &error), qPrintable(error));
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("UPDATE votes SET contestants = '[\"a\", 2]' "
                                          "WHERE round = 1")));
    }
    QVERIFY(!store.votes(&error));
    QVERIFY2(error.contains(QStringLiteral("vote 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("contestant")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ComparisonStore)
#include "tst_comparisonstore.moc"
