// HistoryStore against real SQLite files in a temporary folder: what is saved loads back,
// a save replaces in one transaction, and files the store must not own are left untouched.
#include "store/historyschema.h"
#include "store/historystore.h"
#include "storetesting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <sys/stat.h>

using namespace Parlance;
using namespace StoreTesting;
using namespace Qt::StringLiterals;
using Parlance::Store::ConversationSummary;
using Parlance::Store::HistoryStore;
using Parlance::Store::SearchHit;
using Parlance::Store::StoredConversation;

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultFilePathIsAppData();
    void openCreatesFoldersFileAndSchema();
    void callsBeforeOpenFail();
    void saveLoadRoundTrip();
    void emptyFieldsRoundTrip();
    void timesAreStoredAsUtcWithMilliseconds();
    void saveSameKeyReplaces();
    void failedSaveKeepsPreviousVersion();
    void listNewestFirst();
    void remove();
    void loadMissingKeyFails();
    void reopenKeepsData();
    void newHistoryIsPrivate();
    void existingHistoryIsMadePrivate();
    void defaultFolderIsMadePrivate();
    void notADatabaseIsRefusedUntouched_data();
    void notADatabaseIsRefusedUntouched();
    void emptyFileBecomesHistory();
    void newerSchemaIsRefusedUntouched();
    void otherProgramsDatabaseIsRefusedUntouched();
    void folderUnderRegularFileFails();
    void corruptFileIsSaid();
    void lockedFileIsSaid();
    void readOnlyFileIsSaid();
    void readOnlyFolderIsSaid();
    void renameKeepsTheUsersTitle();
    void pinnedOnTop();
    void deletedPendingUndo();
    void deletionLeftByACrashIsFinishedLater();
    void damagedTurnIsReported();
    void unicodeSurvives();
    void largeConversationRoundTrips();
    void connectionsAreUniqueAndRemoved();
    void twoStoresCreatingOneFileAtOnce();
    void titleFor_data();
    void titleFor();
    void search_data();
    void search();
    void searchNewestFirstWithListFields();
    void searchFindsWhatContainsFinds();
    void searchEmptyTextFindsNothing_data();
    void searchEmptyTextFindsNothing();
    void searchVeryLongText();
    void searchFailures();
    void searchLargeHistory();

private:
    QString path(const QString &name = QStringLiteral("history.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Core::Turn assistantTurn(const QList<Core::ContentPart> &parts)
{
    Core::Turn turn;
    turn.message.role = Core::Role::Assistant;
    turn.message.parts = parts;
    turn.model = QStringLiteral("databricks-gpt-oss-120b");
    turn.usage.inputTokens = 31;
    turn.usage.outputTokens = 7;
    turn.finishReason = QStringLiteral("stop");
    return turn;
}

Core::ContentPart refusal(const QString &text)
{
    return {Core::ContentPart::Kind::Refusal, text, {}, {}, {}, {}};
}

// The permission bits of `path` (0600), or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

// The usual umask for a test's scope, so files would be 0644 and folders 0755 unless the store
// asks for less.
class UsualUmask
{
public:
    UsualUmask() : m_saved(::umask(022)) {}
    ~UsualUmask() { ::umask(m_saved); }
    Q_DISABLE_COPY_MOVE(UsualUmask)

private:
    mode_t m_saved;
};

constexpr QFile::Permissions kWorldReadable
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

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

// A store that searches without the full-text index, as with an SQLite lacking FTS5: the
// search tests of this file are of that fallback (tst_historysearch tests the index).
void withoutIndex(HistoryStore &store)
{
    store.setFullTextAllowed(false);
}

// One history with the text to find in each place a conversation can hold it, and with all
// the JSON keys and metadata a naive search of the stored JSON would find. Keys are in
// `updated` order, "j" the newest.
QList<StoredConversation> searchCorpus()
{
    const auto day = [](int d) {
        return utc("2024-03-01T09:00:00.000Z").addDays(d);
    };
    return {
        conversation(QStringLiteral("a-title"), QStringLiteral("Deploying vLLM on Databricks"),
                     day(1),
                     {userTurn(QStringLiteral("How?")),
                      assistantTurn({Core::ContentPart::makeText(QStringLiteral("Like so."))})}),
        conversation(QStringLiteral("b-answer"), QStringLiteral("Serving"), day(2),
                     {userTurn(QStringLiteral("Which engine?")),
                      assistantTurn({Core::ContentPart::makeText(
                          QStringLiteral("Use vllm with paged attention."))})}),
        conversation(QStringLiteral("c-reasoning"), QStringLiteral("Math"), day(3),
                     {userTurn(QStringLiteral("17 × 23?")),
                      assistantTurn({Core::ContentPart::makeReasoning(
                                         QStringLiteral("Carry the seven, then add."),
                                         QStringLiteral("c2lnbmF0dXJl")),
                                     Core::ContentPart::makeText(QStringLiteral("391"))})}),
        conversation(QStringLiteral("d-tool"), QStringLiteral("Weather"), day(4),
                     {userTurn(QStringLiteral("Weather up north?")),
                      assistantTurn({Core::ContentPart::makeToolCall(
                          QStringLiteral("call_99"), QStringLiteral("get_forecast"),
                          QStringLiteral(R"({"city": "Reykjavík", "unit": "celsius"})"))})}),
        conversation(
            QStringLiteral("e-refusal"), QStringLiteral("Secrets"), day(5),
            {userTurn(QStringLiteral("Tell me.")),
             assistantTurn({refusal(QStringLiteral("I cannot share the launch codes."))})}),
        conversation(QStringLiteral("f-unicode"), QStringLiteral("Vacances"), day(6),
                     {userTurn(QStringLiteral("Nous partons en été à Genève.")),
                      assistantTurn({Core::ContentPart::makeText(QStringLiteral("Bon voyage"))})}),
        conversation(QStringLiteral("g-special"), QStringLiteral("Escapes"), day(7),
                     {userTurn(QStringLiteral("She said \"hi\"\nthen left C:\\temp\\new")),
                      assistantTurn({Core::ContentPart::makeText(
                          QStringLiteral("Discount: 50% off, see a_b."))})}),
        conversation(QStringLiteral("h-near-misses"), QStringLiteral("Near misses"), day(8),
                     {userTurn(QStringLiteral("axb and 50 percent, said hi")),
                      assistantTurn({Core::ContentPart::makeText(QStringLiteral("Line one\nLine "
                                                                                "two"))})}),
        conversation(QStringLiteral("i-folding"), QStringLiteral("Cold"), day(9),
                     // KELVIN SIGN and LONG S fold to the ASCII 'k' and 's'.
                     {userTurn(QStringLiteral("Cooled to 3 \u212A in the \u017Ftore"))}),
        // Every metadata field set, the text of its parts nothing the rows look for.
        conversation(QStringLiteral("j-metadata"), QStringLiteral("Metadata"), day(10),
                     {userTurn(QStringLiteral("What is 17 × 23?")), fullAssistantTurn()}),
    };
}

} // namespace

void tst_HistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // QtSql warns about connections left in use or used from the wrong thread.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_HistoryStore::cleanup()
{
    // Every store and probe removes its connection when it goes.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void tst_HistoryStore::defaultFilePathIsAppData()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/history.sqlite");
    QCOMPARE(HistoryStore::defaultFilePath(), expected);
}

void tst_HistoryStore::openCreatesFoldersFileAndSchema()
{
    const QString file = path(QStringLiteral("deep/er/history.sqlite"));
    QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
    {
        HistoryStore store;
        QVERIFY(!store.isOpen());
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.filePath(), file);
        QVERIFY(QFileInfo(file).isFile());
    }
    SqlProbe probe(file);
    QVERIFY(probe.isOpen());
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Store::HistorySchema::kVersion);
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'table' AND name IN ('conversations', 'turns')"))
                 .toInt(),
             2);
    const QString turnsSql
        = probe.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'turns'"))
              .toString();
    QVERIFY2(turnsSql.contains(QStringLiteral("ON DELETE CASCADE")), qPrintable(turnsSql));
}

void tst_HistoryStore::callsBeforeOpenFail()
{
    HistoryStore store;
    QString error;
    QVERIFY(!store.save(
        conversation(QStringLiteral("k"), QStringLiteral("t"), utc("2024-01-01T00:00:00.000Z")),
        &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.list(&error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.load(QStringLiteral("k"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.remove(QStringLiteral("k"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.search(QStringLiteral("k"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_HistoryStore::saveLoadRoundTrip()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));

    StoredConversation saved;
    saved.key = QStringLiteral("6f1c9a2e-0000-4000-8000-000000000001");
    saved.title = QStringLiteral("What is 17 × 23?");
    saved.created = utc("2024-05-01T10:20:30.123Z");
    saved.updated = utc("2024-05-01T10:25:00.456Z");
    saved.connectionName = QStringLiteral("workspace-prod");
    saved.settings = fullSettings();
    saved.turns = {userTurn(QStringLiteral("What is 17 × 23?")), fullAssistantTurn(),
                   userTurn(QStringLiteral("Thanks"))};
    QVERIFY2(store.save(saved, &error), qPrintable(error));

    const std::optional<StoredConversation> loaded = store.load(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->key, saved.key);
    QCOMPARE(loaded->title, saved.title);
    QCOMPARE(loaded->created, saved.created);
    QCOMPARE(loaded->updated, saved.updated);
    QCOMPARE(loaded->created.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->connectionName, saved.connectionName);
    QCOMPARE(loaded->settings.model, saved.settings.model);
    QCOMPARE(loaded->settings.api, saved.settings.api);
    QVERIFY(loaded->settings.params == saved.settings.params);
    QCOMPARE(loaded->turns.size(), saved.turns.size());
    for (qsizetype i = 0; i < saved.turns.size(); ++i) {
        compareTurns(loaded->turns.at(i), saved.turns.at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("turn %1 differs").arg(i)));
    }

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).key, saved.key);
    QCOMPARE(list->at(0).title, saved.title);
    QCOMPARE(list->at(0).model, saved.settings.model);
    QCOMPARE(list->at(0).updated, saved.updated);
    QCOMPARE(list->at(0).turnCount, 3);
}

void tst_HistoryStore::emptyFieldsRoundTrip()
{
    // The demo gateway has no connection name, a new chat no title and no turns yet.
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    StoredConversation saved;
    saved.key = QStringLiteral("bare");
    QVERIFY2(store.save(saved, &error), qPrintable(error));
    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("bare"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->title.isEmpty());
    QVERIFY(loaded->connectionName.isEmpty());
    QVERIFY(!loaded->created.isValid());
    QVERIFY(!loaded->updated.isValid());
    QVERIFY(loaded->settings.model.isEmpty());
    QVERIFY(loaded->turns.isEmpty());

    // A conversation needs a key to be found again.
    StoredConversation keyless;
    QVERIFY(!store.save(keyless, &error));
    QVERIFY(!error.isEmpty());
}

void tst_HistoryStore::timesAreStoredAsUtcWithMilliseconds()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    // 12:20:30.123 at UTC+02:00 is 10:20:30.123Z.
    const QDateTime local(QDate(2024, 5, 1), QTime(12, 20, 30, 123), QTimeZone(2 * 3600));
    StoredConversation saved = conversation(QStringLiteral("k"), QStringLiteral("t"), local);
    QVERIFY2(store.save(saved, &error), qPrintable(error));

    SqlProbe probe(path());
    QCOMPARE(probe.scalar(QStringLiteral("SELECT updated FROM conversations")).toString(),
             QStringLiteral("2024-05-01T10:20:30.123Z"));
    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("k"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->updated, local);
    QCOMPARE(loaded->updated.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->updated.time(), QTime(10, 20, 30, 123));
}

void tst_HistoryStore::saveSameKeyReplaces()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));

    QList<Core::Turn> five;
    for (int i = 0; i < 5; ++i)
        five.append(userTurn(QStringLiteral("old %1").arg(i)));
    QVERIFY(store.save(conversation(QStringLiteral("a"), QStringLiteral("Old title"),
                                    utc("2024-01-01T00:00:00.000Z"), five),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("other"), QStringLiteral("Other"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("keep me"))}),
                       &error));

    StoredConversation replacement = conversation(
        QStringLiteral("a"), QStringLiteral("New title"), utc("2024-02-01T00:00:00.000Z"),
        {userTurn(QStringLiteral("new 0")), fullAssistantTurn()});
    replacement.settings.model = QStringLiteral("new-model");
    QVERIFY2(store.save(replacement, &error), qPrintable(error));

    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("a"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->title, QStringLiteral("New title"));
    QCOMPARE(loaded->updated, replacement.updated);
    QCOMPARE(loaded->settings.model, QStringLiteral("new-model"));
    QCOMPARE(loaded->turns.size(), 2);
    QCOMPARE(loaded->turns.at(0).message.text(), QStringLiteral("new 0"));
    compareTurns(loaded->turns.at(1), fullAssistantTurn());
    if (QTest::currentTestFailed())
        return;

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).key, QStringLiteral("a"));
    QCOMPARE(list->at(0).turnCount, 2);
    QCOMPARE(list->at(0).model, QStringLiteral("new-model"));

    // No turn of the old version is left behind, and the other conversation is untouched.
    SqlProbe probe(path());
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM turns WHERE conversation_key "
                                        "= 'a'"))
                 .toInt(),
             2);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM turns")).toInt(), 3);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 2);
}

void tst_HistoryStore::failedSaveKeepsPreviousVersion()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<Core::Turn> original
        = {userTurn(QStringLiteral("one")), userTurn(QStringLiteral("two"))};
    QVERIFY(store.save(conversation(QStringLiteral("a"), QStringLiteral("Original"),
                                    utc("2024-01-01T00:00:00.000Z"), original),
                       &error));

    // Make SQLite itself fail half-way through the next save: after the row was updated and
    // the old turns deleted, at the fourth new turn.
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TRIGGER fail_fourth BEFORE INSERT ON turns WHEN NEW.position = 3 "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    }
    QList<Core::Turn> six;
    for (int i = 0; i < 6; ++i)
        six.append(userTurn(QStringLiteral("new %1").arg(i)));
    error.clear();
    QVERIFY(!store.save(conversation(QStringLiteral("a"), QStringLiteral("Replacement"),
                                     utc("2024-03-01T00:00:00.000Z"), six),
                        &error));
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Replacement")), qPrintable(error));

    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("a"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->title, QStringLiteral("Original"));
    QCOMPARE(loaded->updated, utc("2024-01-01T00:00:00.000Z"));
    QCOMPARE(loaded->turns.size(), 2);
    QCOMPARE(loaded->turns.at(0).message.text(), QStringLiteral("one"));
    QCOMPARE(loaded->turns.at(1).message.text(), QStringLiteral("two"));
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).turnCount, 2);

    // The store is still usable after the rollback.
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("DROP TRIGGER fail_fourth")));
    }
    QVERIFY2(store.save(conversation(QStringLiteral("a"), QStringLiteral("Replacement"),
                                     utc("2024-03-01T00:00:00.000Z"), six),
                        &error),
             qPrintable(error));
    QCOMPARE(store.load(QStringLiteral("a"), &error)->turns.size(), 6);
}

void tst_HistoryStore::listNewestFirst()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<Core::Turn> two = {userTurn(QStringLiteral("q")), fullAssistantTurn()};
    // Saved in an order that is neither newest- nor oldest-first, and with times whose
    // milliseconds and years decide the order.
    QVERIFY(store.save(conversation(QStringLiteral("mid"), QStringLiteral("Middle"),
                                    utc("2024-06-01T12:00:00.500Z"), two),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("new"), QStringLiteral("Newest"),
                                    utc("2024-06-01T12:00:00.501Z")),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("old"), QStringLiteral("Oldest"),
                                    utc("2023-12-31T23:59:59.999Z"), {userTurn({})}),
                       &error));

    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY2(list, qPrintable(error));
    const QList<ConversationSummary> expected = {
        {QStringLiteral("new"), QStringLiteral("Newest"), QStringLiteral("model-of-new"),
         utc("2024-06-01T12:00:00.501Z"), 0},
        {QStringLiteral("mid"), QStringLiteral("Middle"), QStringLiteral("model-of-mid"),
         utc("2024-06-01T12:00:00.500Z"), 2},
        {QStringLiteral("old"), QStringLiteral("Oldest"), QStringLiteral("model-of-old"),
         utc("2023-12-31T23:59:59.999Z"), 1},
    };
    QCOMPARE(list->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(list->at(i).key, expected.at(i).key);
        QCOMPARE(list->at(i).title, expected.at(i).title);
        QCOMPARE(list->at(i).model, expected.at(i).model);
        QCOMPARE(list->at(i).updated, expected.at(i).updated);
        QCOMPARE(list->at(i).turnCount, expected.at(i).turnCount);
    }
    QVERIFY(*list == expected);

    // Saving the oldest again with a newer time moves it to the top.
    QVERIFY(store.save(conversation(QStringLiteral("old"), QStringLiteral("Oldest"),
                                    utc("2025-01-01T00:00:00.000Z")),
                       &error));
    QCOMPARE(store.list(&error)->at(0).key, QStringLiteral("old"));
}

void tst_HistoryStore::remove()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<Core::Turn> turns = {userTurn(QStringLiteral("q")), fullAssistantTurn()};
    QVERIFY(store.save(conversation(QStringLiteral("gone"), QStringLiteral("Gone"),
                                    utc("2024-01-02T00:00:00.000Z"), turns),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("kept"), QStringLiteral("Kept"),
                                    utc("2024-01-01T00:00:00.000Z"), turns),
                       &error));

    QVERIFY2(store.remove(QStringLiteral("gone"), &error), qPrintable(error));
    const std::optional<QList<ConversationSummary>> list = store.list(&error);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).key, QStringLiteral("kept"));
    QVERIFY(!store.load(QStringLiteral("gone"), &error));
    QCOMPARE(store.load(QStringLiteral("kept"), &error)->turns.size(), 2);
    {
        // The turns went with the conversation.
        SqlProbe probe(path());
        QCOMPARE(probe
                     .scalar(QStringLiteral("SELECT count(*) FROM turns WHERE "
                                            "conversation_key = 'gone'"))
                     .toInt(),
                 0);
        QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM turns")).toInt(), 2);
    }

    error.clear();
    QVERIFY2(store.remove(QStringLiteral("never-there"), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(store.list(&error)->size(), 1);
}

void tst_HistoryStore::loadMissingKeyFails()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(!store.load(QStringLiteral("nope"), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
}

void tst_HistoryStore::reopenKeepsData()
{
    const StoredConversation saved = conversation(
        QStringLiteral("k"), QStringLiteral("Kept across restarts"),
        utc("2024-04-04T04:04:04.004Z"), {userTurn(QStringLiteral("hi")), fullAssistantTurn()});
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
        QVERIFY2(store.save(saved, &error), qPrintable(error));
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("k"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->title, saved.title);
    QCOMPARE(loaded->connectionName, saved.connectionName);
    QCOMPARE(loaded->turns.size(), 2);
    compareTurns(loaded->turns.at(1), fullAssistantTurn());
    if (QTest::currentTestFailed())
        return;

    // Opening the same store again on another file leaves the first one.
    QVERIFY2(store.open(path(QStringLiteral("second.sqlite")), &error), qPrintable(error));
    QCOMPARE(store.list(&error)->size(), 0);
}

void tst_HistoryStore::newHistoryIsPrivate()
{
    const UsualUmask umask;
    const QString file = path(QStringLiteral("deep/er/history.sqlite"));
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(file, &error), qPrintable(error));
    QCOMPARE(modeOf(path(QStringLiteral("deep"))), 0700);
    QCOMPARE(modeOf(path(QStringLiteral("deep/er"))), 0700);
    QCOMPARE(modeOf(file), 0600);

    // In WAL mode a save goes to the -wal file, indexed by the -shm file: both stay while the
    // store is open, and SQLite gives them the database file's mode.
    QVERIFY2(store.save(conversation(QStringLiteral("k"), QStringLiteral("private"),
                                     utc("2024-01-01T00:00:00.000Z"),
                                     {userTurn(QStringLiteral("my secret"))}),
                        &error),
             qPrintable(error));
    QCOMPARE(modeOf(file + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(file + QStringLiteral("-shm")), 0600);
}

void tst_HistoryStore::existingHistoryIsMadePrivate()
{
    const UsualUmask umask;
    const QString file = path();
    HistoryStore first;
    QString error;
    QVERIFY2(first.open(file, &error), qPrintable(error));
    QVERIFY2(first.save(conversation(QStringLiteral("k"), QStringLiteral("t"),
                                     utc("2024-01-01T00:00:00.000Z")),
                        &error),
             qPrintable(error));
    // As an older version left them.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY(QFile::setPermissions(file + suffix, kWorldReadable));
        QCOMPARE(modeOf(file + suffix), 0644);
    }

    HistoryStore second;
    QVERIFY2(second.open(file, &error), qPrintable(error));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QCOMPARE(modeOf(file + suffix), 0600);
    QCOMPARE(second.list(&error)->size(), 1);

    // A folder the caller chose is left as it was, since it may be shared; the file is private.
    QVERIFY(QDir().mkdir(path(QStringLiteral("shared"))));
    QCOMPARE(modeOf(path(QStringLiteral("shared"))), 0755);
    HistoryStore third;
    QVERIFY2(third.open(path(QStringLiteral("shared/history.sqlite")), &error), qPrintable(error));
    QCOMPARE(modeOf(path(QStringLiteral("shared"))), 0755);
    QCOMPARE(modeOf(path(QStringLiteral("shared/history.sqlite"))), 0600);
}

// Parlance's own data folder, as an older version created it, becomes private.
void tst_HistoryStore::defaultFolderIsMadePrivate()
{
    const UsualUmask umask;
    const QString file = HistoryStore::defaultFilePath(); // under ~/.qttest in test mode
    const QString folder = QFileInfo(file).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, kWorldReadable | QFile::ExeOwner | QFile::ExeGroup
                                              | QFile::ExeOther));
    QCOMPARE(modeOf(folder), 0755);
    QVERIFY(!QFileInfo::exists(file) || QFile::remove(file));
    const auto removeFile = qScopeGuard([&file] { QFile::remove(file); });
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(file), 0600);
    }
}

void tst_HistoryStore::notADatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    noise[0] = 'X'; // never the SQLite header by chance
    QTest::newRow("random bytes") << noise;
    QTest::newRow("text") << QByteArray("These are my notes, not a database.\n");
    QTest::newRow("one byte") << QByteArray("S");
    QTest::newRow("header cut short") << QByteArray("SQLite form");
}

void tst_HistoryStore::notADatabaseIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    const QString file = path();
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }
    const QDateTime modified = QFileInfo(file).lastModified();

    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QCOMPARE(fileBytes(file), content);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    QVERIFY(!store.list(&error));
}

void tst_HistoryStore::emptyFileBecomesHistory()
{
    // `touch history.sqlite` is an empty database to SQLite, not a foreign file.
    {
        QFile out(path());
        QVERIFY(out.open(QIODevice::WriteOnly));
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(
        conversation(QStringLiteral("k"), QStringLiteral("t"), utc("2024-01-01T00:00:00.000Z")),
        &error));
    QCOMPARE(store.list(&error)->size(), 1);
}

void tst_HistoryStore::newerSchemaIsRefusedUntouched()
{
    const QString file = path();
    {
        SqlProbe probe(file);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE conversations (key TEXT PRIMARY KEY, "
                                          "title TEXT, folder TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO conversations VALUES ('k', 't', 'f')")));
        QVERIFY(probe.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Store::HistorySchema::kVersion + 1)));
    }
    const QByteArray before = fileBytes(file);
    QVERIFY(before.startsWith("SQLite format 3"));

    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }
    QCOMPARE(fileBytes(file), before);
    SqlProbe probe(file);
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Store::HistorySchema::kVersion + 1);
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
}

void tst_HistoryStore::otherProgramsDatabaseIsRefusedUntouched()
{
    const QString file = path();
    {
        SqlProbe probe(file);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
    }
    const QByteArray before = fileBytes(file);

    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QCOMPARE(fileBytes(file), before);
}

void tst_HistoryStore::folderUnderRegularFileFails()
{
    const QString blocker = path(QStringLiteral("blocker"));
    {
        QFile out(blocker);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("a file, not a folder");
    }
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(blocker + QStringLiteral("/sub/history.sqlite"), &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker)), qPrintable(error));
    QCOMPARE(fileBytes(blocker), QByteArray("a file, not a folder"));
}

// A history whose pages are damaged (a disk error, a copy cut short) is refused with what
// happened, what to do and where; the file is left for recovery.
void tst_HistoryStore::corruptFileIsSaid()
{
    const QString file = path();
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QVERIFY(store.save(conversation(QStringLiteral("k"), QStringLiteral("Precious"),
                                        utc("2024-01-01T00:00:00.000Z"),
                                        {userTurn(QStringLiteral("keep me"))}),
                           &error));
    }
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); // checkpointed on close
    {
        // The header stays (it is still an SQLite file); the schema page after it is garbage.
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite));
        QVERIFY(out.seek(100));
        out.write(QByteArray(1000, '\xa5'));
    }
    const QByteArray before = fileBytes(file);
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error)); // SQLite's words
    QVERIFY2(error.contains(QStringLiteral("history is off")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Move or rename the file")), qPrintable(error));
    QCOMPARE(fileBytes(file), before);
}

// Another program holds the write lock for longer than a save takes: said at once, not at the
// first save, and naming the file.
void tst_HistoryStore::lockedFileIsSaid()
{
    const QString file = path();
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
    }
    SqlProbe other(file);
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("DELETE FROM conversations")));
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("is locked by another program")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("history is off")), qPrintable(error));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(store.open(file, &error), qPrintable(error));
}

// Checked before SQLite, which would open the file read-only and fail at the first save (and,
// run as root, would write it all the same).
void tst_HistoryStore::readOnlyFileIsSaid()
{
    const QString file = path();
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser));
    const auto restore
        = qScopeGuard([&] { QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); });
    const QByteArray before = fileBytes(file);
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("make the file writable")), qPrintable(error));
    QCOMPARE(fileBytes(file), before);
}

void tst_HistoryStore::readOnlyFolderIsSaid()
{
    const QString folder = path(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/history.sqlite");
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(file, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
}

void tst_HistoryStore::renameKeepsTheUsersTitle()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<Core::Turn> turns = {userTurn(QStringLiteral("what the keeper names it after"))};
    QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("Automatic"),
                                    utc("2024-01-01T00:00:00.000Z"), turns),
                       &error));
    QVERIFY(store.saveComparison(fullComparison(QStringLiteral("cmp")), &error));

    QVERIFY2(store.rename(QStringLiteral("chat"), QStringLiteral("  Mine,\n all mine "), &error),
             qPrintable(error));
    QVERIFY2(store.rename(QStringLiteral("cmp"), QStringLiteral("Bake-off"), &error),
             qPrintable(error));
    const auto titleOf = [&](const QString &key) {
        const std::optional<QList<ConversationSummary>> list = store.list(&error);
        for (const ConversationSummary &summary : *list) {
            if (summary.key == key)
                return summary.title;
        }
        return QString();
    };
    QCOMPARE(titleOf(QStringLiteral("chat")), QStringLiteral("Mine, all mine"));
    QCOMPARE(titleOf(QStringLiteral("cmp")), QStringLiteral("Bake-off"));
    QCOMPARE(store.load(QStringLiteral("chat"), &error)->title, QStringLiteral("Mine, all mine"));
    QCOMPARE(store.loadComparison(QStringLiteral("cmp"), &error)->title,
             QStringLiteral("Bake-off"));

    // Saves go on making their own title; the user's stays until it is cleared.
    QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("Automatic 2"),
                                    utc("2024-01-02T00:00:00.000Z"), turns),
                       &error));
    QVERIFY(store.saveComparison(fullComparison(QStringLiteral("cmp")), &error));
    QCOMPARE(titleOf(QStringLiteral("chat")), QStringLiteral("Mine, all mine"));
    QCOMPARE(titleOf(QStringLiteral("cmp")), QStringLiteral("Bake-off"));
    QVERIFY(store.rename(QStringLiteral("chat"), QStringLiteral(" \t "), &error));
    QCOMPARE(titleOf(QStringLiteral("chat")), QStringLiteral("Automatic 2"));
    // A comparison saved back as it was loaded (under the user's name) keeps its own title
    // to fall back to.
    QVERIFY(store.saveComparison(*store.loadComparison(QStringLiteral("cmp"), &error), &error));
    QCOMPARE(titleOf(QStringLiteral("cmp")), QStringLiteral("Bake-off"));
    QVERIFY(store.rename(QStringLiteral("cmp"), QString(), &error));
    QCOMPARE(titleOf(QStringLiteral("cmp")), fullComparison().title);

    // Nothing to rename is no failure (it may have gone in another window).
    QVERIFY2(store.rename(QStringLiteral("never-there"), QStringLiteral("x"), &error),
             qPrintable(error));
}

void tst_HistoryStore::pinnedOnTop()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(store.save(conversation(QStringLiteral("c%1").arg(i), QStringLiteral("T"),
                                        utc("2024-01-01T00:00:00.000Z").addDays(i)),
                           &error));
    }
    QVERIFY(store.saveComparison(fullComparison(QStringLiteral("cmp")), &error)); // 2024-06
    QCOMPARE(keysOf(*store.list(&error)),
             (QStringList{u"cmp"_s, u"c3"_s, u"c2"_s, u"c1"_s, u"c0"_s}));

    QVERIFY(store.setPinned(QStringLiteral("c1"), true, &error));
    QVERIFY(store.setPinned(QStringLiteral("c0"), true, &error));
    std::optional<QList<ConversationSummary>> list = store.list(&error);
    // Pinned ones first, newest first among them; then the others.
    QCOMPARE(keysOf(*list), (QStringList{u"c1"_s, u"c0"_s, u"cmp"_s, u"c3"_s, u"c2"_s}));
    QVERIFY(list->at(0).pinned && list->at(1).pinned && !list->at(2).pinned);
    // A save does not unpin, and moving to the top happens among the pinned ones.
    QVERIFY(store.save(
        conversation(QStringLiteral("c0"), QStringLiteral("T"), utc("2025-01-01T00:00:00.000Z")),
        &error));
    QCOMPARE(keysOf(*store.list(&error)),
             (QStringList{u"c0"_s, u"c1"_s, u"cmp"_s, u"c3"_s, u"c2"_s}));
    // Kept across opening again.
    QVERIFY(store.setPinned(QStringLiteral("cmp"), true, &error));
    QVERIFY(store.setPinned(QStringLiteral("c1"), false, &error));
    HistoryStore reopened;
    QVERIFY2(reopened.open(path(), &error), qPrintable(error));
    QCOMPARE(keysOf(*reopened.list(&error)),
             (QStringList{u"c0"_s, u"cmp"_s, u"c3"_s, u"c2"_s, u"c1"_s}));
}

void tst_HistoryStore::deletedPendingUndo()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("T"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("hello"))}),
                       &error));
    QVERIFY(store.saveComparison(fullComparison(QStringLiteral("cmp")), &error));

    QVERIFY(store.setDeleted(QStringLiteral("chat"), true, &error));
    QVERIFY(store.setDeleted(QStringLiteral("cmp"), true, &error));
    QCOMPARE(store.list(&error)->size(), 0);
    // Not gone: another open (another window, a restart within the grace) keeps it too.
    {
        HistoryStore other;
        QVERIFY2(other.open(path(), &error), qPrintable(error));
        QCOMPARE(other.list(&error)->size(), 0);
    }
    QVERIFY(store.load(QStringLiteral("chat"), &error));
    // Undone: back as it was, in its place.
    QVERIFY(store.setDeleted(QStringLiteral("chat"), false, &error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"chat"_s});
    QCOMPARE(store.load(QStringLiteral("chat"), &error)->turns.size(), 1);
    // Or for good.
    QVERIFY(store.remove(QStringLiteral("cmp"), &error));
    QVERIFY(store.setDeleted(QStringLiteral("cmp"), false, &error)); // too late: nothing there
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"chat"_s});
    QVERIFY(store.votes(&error)->size() == 2); // the leaderboard keeps its votes
}

// Parlance quit or crashed while a deletion could still be undone: the next open after the
// grace period finishes it, so a deleted conversation never comes back; a recent one waits
// (another window may still undo it).
void tst_HistoryStore::deletionLeftByACrashIsFinishedLater()
{
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path(), &error), qPrintable(error));
        for (const QString &key : {u"old"_s, u"recent"_s, u"kept"_s}) {
            QVERIFY(store.save(conversation(key, key, utc("2024-01-01T00:00:00.000Z"),
                                            {userTurn(QStringLiteral("text of ") + key)}),
                               &error));
        }
        QVERIFY(store.saveComparison(fullComparison(QStringLiteral("cmp")), &error));
        for (const QString &key : {u"old"_s, u"recent"_s, u"cmp"_s})
            QVERIFY(store.setDeleted(key, true, &error));
    }
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("UPDATE conversations SET deleted_at = "
                                          "'2024-01-01T00:00:00.000Z' WHERE key = 'old'")));
        QVERIFY(probe.exec(QStringLiteral("UPDATE comparisons SET deleted_at = "
                                          "'2024-01-01T00:00:00.000Z'")));
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QCOMPARE(keysOf(*store.list(&error)), QStringList{u"kept"_s});
    QVERIFY(!store.load(QStringLiteral("old"), &error));
    QVERIFY(!store.loadComparison(QStringLiteral("cmp"), &error));
    QVERIFY(store.load(QStringLiteral("recent"), &error)); // still pending
    SqlProbe probe(path());
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM turns WHERE conversation_key = "
                                        "'old'"))
                 .toInt(),
             0);
    QCOMPARE(probe
                 .scalar(QStringLiteral("SELECT count(*) FROM search_rows WHERE owner IN "
                                        "('old', 'cmp')"))
                 .toInt(),
             0);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM votes")).toInt(), 2);
}

void tst_HistoryStore::damagedTurnIsReported()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("a"), QStringLiteral("Hand edited"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("q")), fullAssistantTurn()}),
                       &error));
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("UPDATE turns SET json = '{\"role\": \"assistant\", "
                                          "\"usage\": {\"input_tokens\": \"many\"}}' "
                                          "WHERE position = 1")));
    }
    QVERIFY(!store.load(QStringLiteral("a"), &error));
    QVERIFY2(error.contains(QStringLiteral("Hand edited")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("usage.input_tokens")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
    // The list still shows it, so it can be deleted.
    QCOMPARE(store.list(&error)->size(), 1);
    QVERIFY(store.remove(QStringLiteral("a"), &error));
}

void tst_HistoryStore::unicodeSurvives()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("Verläufe 历史/history.sqlite")), &error),
             qPrintable(error));
    const QString title
        = QStringLiteral("Grüße, 你好, привет, שלום — 🚀👩‍💻");
    const QString text = QStringLiteral("e\u0301 (combining), \u200Bzero width, emoji 🧪, "
                                        "quote ' and \" and NUL-free \\0, tab\tend");
    StoredConversation saved = conversation(QStringLiteral("ключ-🔑"), title,
                                            utc("2024-01-01T00:00:00.000Z"), {userTurn(text)});
    saved.connectionName = QStringLiteral("Zürich-prod");
    QVERIFY2(store.save(saved, &error), qPrintable(error));

    const std::optional<StoredConversation> loaded = store.load(saved.key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->title, title);
    QCOMPARE(loaded->connectionName, saved.connectionName);
    QCOMPARE(loaded->turns.at(0).message.text(), text);
    QCOMPARE(store.list(&error)->at(0).title, title);
}

void tst_HistoryStore::largeConversationRoundTrips()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));

    constexpr int kTurns = 2000;
    QList<Core::Turn> turns;
    turns.reserve(kTurns);
    for (int i = 0; i < kTurns; ++i) {
        // 4 KB of text that differs per turn, so a mix-up of positions would show.
        const QString text = QStringLiteral("%1:").arg(i, 5, 10, QLatin1Char('0'))
                             + QString(4090, QChar(u'a' + i % 26));
        Core::Turn turn = i % 2 == 0 ? userTurn(text) : fullAssistantTurn();
        if (i % 2)
            turn.message.parts[1].text = text;
        turns.append(turn);
    }
    const StoredConversation saved = conversation(QStringLiteral("big"), QStringLiteral("Big"),
                                                  utc("2024-01-01T00:00:00.000Z"), turns);

    QElapsedTimer clock;
    clock.start();
    QVERIFY2(store.save(saved, &error), qPrintable(error));
    const qint64 saveMs = clock.restart();
    const std::optional<StoredConversation> loaded = store.load(QStringLiteral("big"), &error);
    const qint64 loadMs = clock.elapsed();
    qInfo("2,000 turns of 4 KB: save %lld ms, load %lld ms", saveMs, loadMs);

    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->turns.size(), kTurns);
    for (int i = 0; i < kTurns; ++i) {
        if (loaded->turns.at(i).message != turns.at(i).message)
            QFAIL(qPrintable(QStringLiteral("turn %1 differs").arg(i)));
    }
    compareTurns(loaded->turns.at(kTurns - 1), turns.at(kTurns - 1));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store.list(&error)->at(0).turnCount, kTurns);
}

void tst_HistoryStore::connectionsAreUniqueAndRemoved()
{
    {
        HistoryStore first;
        HistoryStore second;
        QString error;
        QVERIFY2(first.open(path(QStringLiteral("one.sqlite")), &error), qPrintable(error));
        QVERIFY2(second.open(path(QStringLiteral("two.sqlite")), &error), qPrintable(error));
        QCOMPARE(QSqlDatabase::connectionNames().size(), 2);
        QVERIFY(first.save(conversation(QStringLiteral("only-in-one"), QStringLiteral("1"),
                                        utc("2024-01-01T00:00:00.000Z")),
                           &error));
        QCOMPARE(first.list(&error)->size(), 1);
        QCOMPARE(second.list(&error)->size(), 0);

        // A refused open leaves no connection behind either.
        HistoryStore refused;
        QFile garbage(path(QStringLiteral("garbage")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("garbage");
        garbage.close();
        QVERIFY(!refused.open(garbage.fileName(), &error));
        QCOMPARE(QSqlDatabase::connectionNames().size(), 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void tst_HistoryStore::titleFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    const QString a80(80, u'a');
    const QString ellipsis(QChar(0x2026));
    QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t \r\n ") << QString();
    QTest::newRow("first line") << QStringLiteral("First line\nSecond line")
                                << QStringLiteral("First line");
    QTest::newRow("crlf") << QStringLiteral("Windows line\r\nnext")
                          << QStringLiteral("Windows line");
    QTest::newRow("trimmed") << QStringLiteral("   padded\t \nrest") << QStringLiteral("padded");
    QTest::newRow("leading blank lines")
        << QStringLiteral("\n\n   \nReal start\nmore") << QStringLiteral("Real start");
    QTest::newRow("exactly 80") << a80 << a80;
    QTest::newRow("81 is cut") << a80 + QLatin1Char('b') << QString(79, u'a') + ellipsis;
    QTest::newRow("long first line, short second")
        << QString(200, u'x') + QStringLiteral("\nshort") << QString(79, u'x') + ellipsis;
    QTest::newRow("long second line does not matter")
        << QStringLiteral("short\n") + QString(200, u'x') << QStringLiteral("short");
    QTest::newRow("no space before the ellipsis")
        << QString(78, u'a') + QStringLiteral(" bbbbbbbbbb") << QString(78, u'a') + ellipsis;
    QTest::newRow("surrogate pair not split")
        << QString(78, u'a') + QStringLiteral("🚀bbbbb") << QString(78, u'a') + ellipsis;
    QTest::newRow("unicode kept") << QStringLiteral("  Grüße 你好 🚀  ")
                                  << QStringLiteral("Grüße 你好 🚀");
}

void tst_HistoryStore::titleFor()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    const QString result = Store::titleFor(text);
    QCOMPARE(result, title);
    QVERIFY(result.size() <= 80);
}

void tst_HistoryStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // newest first

    const auto keys = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *key : list)
            result.append(QString::fromLatin1(key));
        return result;
    };
    QTest::newRow("title") << QStringLiteral("deploying") << keys({"a-title"});
    QTest::newRow("answer text") << QStringLiteral("paged attention") << keys({"b-answer"});
    QTest::newRow("reasoning") << QStringLiteral("carry the seven") << keys({"c-reasoning"});
    QTest::newRow("tool-call arguments") << QStringLiteral("celsius") << keys({"d-tool"});
    QTest::newRow("tool-call arguments with quotes")
        << QStringLiteral(R"("unit": "CELSIUS")") << keys({"d-tool"});
    QTest::newRow("tool name") << QStringLiteral("get_FORECAST") << keys({"d-tool"});
    QTest::newRow("refusal") << QStringLiteral("launch codes") << keys({"e-refusal"});
    QTest::newRow("user text") << QStringLiteral("up north") << keys({"d-tool"});
    QTest::newRow("ASCII case") << QStringLiteral("VLLM") << keys({"b-answer", "a-title"});
    QTest::newRow("non-ASCII case") << QStringLiteral("ÉTÉ") << keys({"f-unicode"});
    QTest::newRow("non-ASCII case, no ASCII at all") << QStringLiteral("É") << keys({"f-unicode"});
    QTest::newRow("non-ASCII in tool arguments") << QStringLiteral("REYKJAVÍK") << keys({"d-tool"});
    QTest::newRow("KELVIN SIGN folds to k") << QStringLiteral("3 K in") << keys({"i-folding"});
    QTest::newRow("LONG S folds to s") << QStringLiteral("STORE") << keys({"i-folding"});
    QTest::newRow("quotes and newline")
        << QStringLiteral("said \"hi\"\nthen") << keys({"g-special"});
    QTest::newRow("quote") << QStringLiteral("\"hi\"") << keys({"g-special"});
    QTest::newRow("backslashes") << QStringLiteral("c:\\temp\\new") << keys({"g-special"});
    // A backslash and an n, not the newline that "j-metadata" and "h-near-misses" hold and
    // that their JSON writes as \n.
    QTest::newRow("backslash n is not a newline") << QStringLiteral("\\n") << keys({"g-special"});
    QTest::newRow("newline") << QStringLiteral("one\nline") << keys({"h-near-misses"});
    QTest::newRow("percent") << QStringLiteral("50%") << keys({"g-special"});
    QTest::newRow("percent is no wildcard") << QStringLiteral("50% p") << QStringList();
    QTest::newRow("underscore") << QStringLiteral("a_b") << keys({"g-special"});
    QTest::newRow("underscore is no wildcard") << QStringLiteral("a_b and") << QStringList();
    QTest::newRow("text of two parts") << QStringLiteral("seven, then add.391") << QStringList();
    QTest::newRow("no match") << QStringLiteral("kubernetes") << QStringList();

    // What the stored JSON holds besides the message text.
    for (const char *metadata : {"role",
                                 "model",
                                 "usage",
                                 "parts",
                                 "kind",
                                 "text",
                                 "assistant",
                                 "user",
                                 "tool_call",
                                 "reasoning",
                                 "refusal",
                                 "arguments",
                                 "signature",
                                 "incomplete",
                                 "finish_reason",
                                 "stop",
                                 "input_tokens",
                                 "1200",
                                 "ttft_ms",
                                 "responses",
                                 "chat_completions",
                                 "databricks-claude",
                                 "gpt-oss",
                                 "REQUEST_LIMIT_EXCEEDED",
                                 "rate_limit_error",
                                 "call_42",
                                 "call_99",
                                 "EqRk+sig",
                                 "c2lnbmF0dXJl",
                                 "model-of-",
                                 "workspace-prod",
                                 R"("kind":"text")",
                                 R"(":")"}) {
        QTest::addRow("metadata %s", metadata) << QString::fromUtf8(metadata) << QStringList();
    }
}

void tst_HistoryStore::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    for (const StoredConversation &saved : searchCorpus())
        QVERIFY2(store.save(saved, &error), qPrintable(error));

    const std::optional<QList<SearchHit>> found = store.search(text, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), expected);
}

void tst_HistoryStore::searchNewestFirstWithListFields()
{
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<Core::Turn> mention
        = {userTurn(QStringLiteral("q")),
           assistantTurn({Core::ContentPart::makeText(QStringLiteral("Try Needle."))})};
    const QList<Core::Turn> other = {userTurn(QStringLiteral("nothing here"))};
    // Saved in no particular order; milliseconds and years decide, and the key breaks a tie.
    QVERIFY(store.save(conversation(QStringLiteral("mid"), QStringLiteral("Middle"),
                                    utc("2024-06-01T12:00:00.500Z"), mention),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("skip"), QStringLiteral("Skipped"),
                                    utc("2024-06-01T12:00:00.800Z"), other),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("old"), QStringLiteral("NEEDLE in the title"),
                                    utc("2023-12-31T23:59:59.999Z"), other),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("tie-b"), QStringLiteral("Tie"),
                                    utc("2024-06-01T12:00:00.501Z"), mention),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("tie-a"), QStringLiteral("needle too"),
                                    utc("2024-06-01T12:00:00.501Z"), mention),
                       &error));

    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("needle"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), (QStringList{QStringLiteral("tie-a"), QStringLiteral("tie-b"),
                                          QStringLiteral("mid"), QStringLiteral("old")}));

    // The same summaries as list() gives, in the same order.
    const std::optional<QList<ConversationSummary>> all = store.list(&error);
    QVERIFY2(all, qPrintable(error));
    QList<ConversationSummary> expected = *all;
    expected.removeIf([](const ConversationSummary &s) { return s.key == u"skip"; });
    QCOMPARE(found->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(found->at(i).conversation.title, expected.at(i).title);
        QCOMPARE(found->at(i).conversation.model, expected.at(i).model);
        QCOMPARE(found->at(i).conversation.updated, expected.at(i).updated);
        QCOMPARE(found->at(i).conversation.turnCount, expected.at(i).turnCount);
    }
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY(found->at(i).conversation == expected.at(i));
    QCOMPARE(found->at(0).conversation.turnCount, 2);
    QCOMPARE(found->at(0).conversation.model, QStringLiteral("model-of-tie-a"));
}

// The prefilter may only narrow what QString::contains decides: for needles drawn from the
// corpus's own text (every substring of a few lengths, in both cases) the store answers
// exactly what contains() says, whatever the quotes, backslashes and folding in them.
void tst_HistoryStore::searchFindsWhatContainsFinds()
{
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const QList<StoredConversation> corpus = searchCorpus();
    for (const StoredConversation &saved : corpus)
        QVERIFY2(store.save(saved, &error), qPrintable(error));

    const auto expectedFor = [&corpus](const QString &needle) {
        QStringList keys;
        for (const StoredConversation &c : corpus) {
            bool hit = c.title.contains(needle, Qt::CaseInsensitive);
            for (const Core::Turn &turn : c.turns) {
                for (const Core::ContentPart &part : turn.message.parts) {
                    hit = hit || part.text.contains(needle, Qt::CaseInsensitive)
                          || part.toolName.contains(needle, Qt::CaseInsensitive)
                          || part.toolArguments.contains(needle, Qt::CaseInsensitive);
                }
            }
            if (hit)
                keys.prepend(c.key); // the corpus is oldest first
        }
        return keys;
    };

    QSet<QString> needles;
    for (const StoredConversation &c : corpus) {
        for (const Core::Turn &turn : c.turns) {
            for (const Core::ContentPart &part : turn.message.parts) {
                for (const QString &source : {part.text, part.toolArguments}) {
                    for (qsizetype length : {1, 2, 3, 5}) {
                        for (qsizetype i = 0; i + length <= source.size(); ++i) {
                            const QString needle = source.mid(i, length);
                            needles.insert(needle);
                            needles.insert(needle.toUpper());
                        }
                    }
                }
            }
        }
    }
    int checked = 0;
    for (const QString &needle : std::as_const(needles)) {
        if (needle.trimmed().isEmpty())
            continue;
        const std::optional<QList<SearchHit>> found = store.search(needle, &error);
        QVERIFY2(found, qPrintable(error));
        const QStringList expected = expectedFor(needle);
        if (keysOf(*found) != expected) {
            QFAIL(qPrintable(QStringLiteral("\"%1\": found %2, expected %3")
                                 .arg(needle, keysOf(*found).join(u','), expected.join(u','))));
        }
        ++checked;
    }
    QVERIFY(checked > 500);
}

void tst_HistoryStore::searchEmptyTextFindsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("whitespace") << QStringLiteral(" \n\t\r ");
}

void tst_HistoryStore::searchEmptyTextFindsNothing()
{
    QFETCH(QString, text);
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    // Every conversation holds the empty string, and this one each row's whitespace too; none
    // is "found" by them.
    for (const StoredConversation &saved : searchCorpus())
        QVERIFY2(store.save(saved, &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("blank"), QStringLiteral("Gaps   in  it"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("a \n\t\r b   c"))}),
                       &error));

    error.clear();
    const std::optional<QList<SearchHit>> found = store.search(text, &error);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->isEmpty());
    QVERIFY(error.isEmpty());
}

// SQLite refuses LIKE patterns over 50,000 bytes; a pasted page of text is still searched (no
// "s" or "k" in it, so none of it is left out of the prefilter).
void tst_HistoryStore::searchVeryLongText()
{
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QString page;
    for (int i = 0; page.size() < 80000; ++i)
        page += QStringLiteral("Line %1 of a \"quoted\" row, 100% done\n").arg(i);
    QVERIFY(store.save(conversation(QStringLiteral("long"), QStringLiteral("Log"),
                                    utc("2024-01-02T00:00:00.000Z"), {userTurn(page)}),
                       &error));
    QVERIFY(store.save(conversation(QStringLiteral("other"), QStringLiteral("Other"),
                                    utc("2024-01-01T00:00:00.000Z"), {userTurn(page.left(30000))}),
                       &error));

    const QString needle = page.mid(20000, 60000).toUpper();
    std::optional<QList<SearchHit>> found = store.search(needle, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), QStringList{QStringLiteral("long")});
    found = store.search(needle + u'!', &error);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->isEmpty());
}

void tst_HistoryStore::searchFailures()
{
    // Never opened.
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.search(QStringLiteral("anything"), &error));
        QVERIFY(!error.isEmpty());
    }

    // Refused at open: the message names the file.
    const QString refusedFile = path(QStringLiteral("notes.txt"));
    {
        QFile out(refusedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("These are my notes, not a database.\n");
    }
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(refusedFile, &error));
        error.clear();
        QVERIFY(!store.search(QStringLiteral("notes"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(refusedFile)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    }

    // SQLite fails: its message and the file are in the error, and the store recovers.
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("k"), QStringLiteral("Title"),
                                    utc("2024-01-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("body"))}),
                       &error));
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE search_rows RENAME TO rows_elsewhere")));
    }
    for (const QString &text : {QStringLiteral("body"), QStringLiteral("été")}) {
        error.clear();
        QVERIFY(!store.search(text, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
    }
    {
        SqlProbe probe(path());
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE rows_elsewhere RENAME TO search_rows")));
    }
    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("BODY"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), QStringList{QStringLiteral("k")});
}

// 500 conversations of 20 turns: how long a search takes when SQLite can rule most turns out
// (an ASCII word) and when every turn must be parsed (text SQLite cannot fold).
void tst_HistoryStore::searchLargeHistory()
{
    HistoryStore store;
    withoutIndex(store);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));

    constexpr int kConversations = 500;
    constexpr int kTurns = 20;
    QStringList rare;
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < kConversations; ++c) {
        QList<Core::Turn> turns;
        for (int t = 0; t < kTurns; ++t) {
            const QString text = QStringLiteral("Conversation %1, turn %2: the model answers "
                                                "at some length about serving endpoints, "
                                                "tokens, latency and usage. ")
                                     .arg(c)
                                     .arg(t)
                                 + QString(300, QChar(u'a' + (c + t) % 26));
            if (t % 2 == 0) {
                turns.append(userTurn(text));
            } else {
                Core::Turn turn = fullAssistantTurn();
                turn.message.parts[1].text = text;
                turns.append(turn);
            }
        }
        if (c % 100 == 7) {
            // Deep in one conversation in a hundred, in a reply.
            turns[13].message.parts[1].text += QStringLiteral(" Zanzibar été.");
            rare.prepend(QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0')));
        }
        QVERIFY2(store.save(conversation(QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("Chat %1").arg(c),
                                         utc("2024-01-01T00:00:00.000Z").addSecs(c), turns),
                            &error),
                 qPrintable(error));
    }
    const qint64 saveMs = clock.restart();

    std::optional<QList<SearchHit>> found = store.search(QStringLiteral("zanzibar"), &error);
    const qint64 rareMs = clock.restart();
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), rare);

    found = store.search(QStringLiteral("ÉTÉ"), &error);
    const qint64 nonAsciiMs = clock.restart();
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), rare);

    found = store.search(QStringLiteral("ÿ"), &error);
    const qint64 unfilteredMs = clock.restart();
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->isEmpty());

    found = store.search(QStringLiteral("serving endpoints"), &error);
    const qint64 everywhereMs = clock.restart();
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), kConversations);

    // In the JSON of every reply, so SQLite keeps them all, and in no text.
    found = store.search(QStringLiteral("input_tokens"), &error);
    const qint64 metadataMs = clock.elapsed();
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->isEmpty());

    qInfo("%d conversations of %d turns: saved in %lld ms; search for a rare word %lld ms, "
          "for \"ÉTÉ\" %lld ms, for text in no turn and no ASCII (all parsed) %lld ms, for "
          "text in every conversation %lld ms, for a JSON key in every reply %lld ms",
          kConversations, kTurns, saveMs, rareMs, nonAsciiMs, unfilteredMs, everywhereMs,
          metadataMs);
}

// Two windows starting at once on a new history: both open it, one creates the schema, and
// what either saves the other reads.
void tst_HistoryStore::twoStoresCreatingOneFileAtOnce()
{
    for (int round = 0; round < 25; ++round) {
        const QString file = path(QStringLiteral("race-%1.sqlite").arg(round));
        QString errors[2];
        bool opened[2] = {false, false};
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                HistoryStore store;
                opened[i] = store.open(file, &errors[i]);
                if (!opened[i])
                    return;
                const StoredConversation saved
                    = conversation(QStringLiteral("from-%1").arg(i), QStringLiteral("race"),
                                   utc("2026-11-27T10:00:00.000Z"));
                if (!store.save(saved, &errors[i]))
                    opened[i] = false;
            });
        }
        threads[0]->start();
        threads[1]->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(20000));
            delete thread;
        }
        QVERIFY2(opened[0], qPrintable(errors[0]));
        QVERIFY2(opened[1], qPrintable(errors[1]));
        HistoryStore reader;
        QString error;
        QVERIFY2(reader.open(file, &error), qPrintable(error));
        const auto list = reader.list(&error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
