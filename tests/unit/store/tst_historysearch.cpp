// The history's full-text search through SQLite's FTS5 index: Debian's SQLite has FTS5, words
// are found by their start in any case and accent, each result says which message matched and
// shows the match, and the index follows every save, rename and removal exactly. The search
// without the index (an SQLite lacking FTS5) is tested in tst_historystore.
#include "store/historystore.h"
#include "store/searchrows.h"
#include "storetesting.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace StoreTesting;
using Parlance::Store::HistoryStore;
using Parlance::Store::SearchHit;
using Parlance::Store::StoredConversation;

class tst_HistorySearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void debianSqliteHasFts5();
    void words_data();
    void words();
    void matchExpression_data();
    void matchExpression();
    void hitSaysWhereAndMarksTheMatch();
    void comparisonHitNamesColumnAndTurn();
    void batchHitNamesRow();
    void withoutIndexHitsSayWhereToo();
    void indexFollowsEveryChange();
    void resavingRewritesOnlyChangedRows();
    void renamedTitleIsSearched();
    void deletedAndPinned();

private:
    QString path(const QString &name = QStringLiteral("history.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QStringList keysOf(const QList<SearchHit> &hits)
{
    QStringList keys;
    for (const SearchHit &hit : hits)
        keys.append(hit.conversation.key);
    return keys;
}

Core::Turn reply(const QList<Core::ContentPart> &parts)
{
    Core::Turn turn;
    turn.message.role = Core::Role::Assistant;
    turn.message.parts = parts;
    turn.model = QStringLiteral("databricks-gpt-oss-120b");
    turn.usage.inputTokens = 31;
    turn.finishReason = QStringLiteral("stop");
    return turn;
}

Core::Turn replyText(const QString &text)
{
    return reply({Core::ContentPart::makeText(text)});
}

// Keys in `updated` order, "j" the newest.
QList<StoredConversation> corpus()
{
    const auto day = [](int d) {
        return utc("2024-03-01T09:00:00.000Z").addDays(d);
    };
    return {
        conversation(QStringLiteral("a-title"), QStringLiteral("Deploying vLLM on Databricks"),
                     day(1), {userTurn(QStringLiteral("How?")), replyText(QStringLiteral("So."))}),
        conversation(QStringLiteral("b-answer"), QStringLiteral("Serving"), day(2),
                     {userTurn(QStringLiteral("Which engine?")),
                      replyText(QStringLiteral("Use vllm with paged attention."))}),
        conversation(
            QStringLiteral("c-reasoning"), QStringLiteral("Math"), day(3),
            {userTurn(QStringLiteral("17 × 23?")),
             reply({Core::ContentPart::makeReasoning(QStringLiteral("Carry the seven, then add."),
                                                     QStringLiteral("c2lnbmF0dXJl")),
                    Core::ContentPart::makeText(QStringLiteral("391"))})}),
        conversation(QStringLiteral("d-tool"), QStringLiteral("Weather"), day(4),
                     {userTurn(QStringLiteral("Weather up north?")),
                      reply({Core::ContentPart::makeToolCall(
                          QStringLiteral("call_99"), QStringLiteral("get_forecast"),
                          QStringLiteral(R"({"city": "Reykjavík", "unit": "celsius"})"))})}),
        conversation(QStringLiteral("e-refusal"), QStringLiteral("Secrets"), day(5),
                     {userTurn(QStringLiteral("Tell me.")),
                      reply({{Core::ContentPart::Kind::Refusal,
                              QStringLiteral("I cannot share the launch codes."),
                              {},
                              {},
                              {},
                              {}}})}),
        conversation(QStringLiteral("f-unicode"), QStringLiteral("Vacances"), day(6),
                     {userTurn(QStringLiteral("Nous partons en été à Genève.")),
                      replyText(QStringLiteral("Bon voyage"))}),
        conversation(QStringLiteral("g-special"), QStringLiteral("Escapes"), day(7),
                     {userTurn(QStringLiteral("She said \"hi\"\nthen left C:\\temp\\new")),
                      replyText(QStringLiteral("Discount: 50% off, see a_b."))}),
        conversation(QStringLiteral("h-near-misses"), QStringLiteral("Near misses"), day(8),
                     {userTurn(QStringLiteral("axb and 50 percent, said hi")),
                      replyText(QStringLiteral("Line one\nLine two"))}),
        // Every metadata field set; none of its text is what the rows look for.
        conversation(QStringLiteral("j-metadata"), QStringLiteral("Metadata"), day(10),
                     {userTurn(QStringLiteral("What is 17 × 23?")), fullAssistantTurn()}),
    };
}

// The index agrees with its content table row by row (FTS5 compares them).
bool indexIsConsistent(const QString &file)
{
    SqlProbe probe(file);
    return probe.exec(QStringLiteral(
        "INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

void tst_HistorySearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistorySearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_HistorySearch::cleanup()
{
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

// Qt's SQLite driver on Debian 12 is the system's libsqlite3, built with FTS5: the history
// uses the index, not the fallback.
void tst_HistorySearch::debianSqliteHasFts5()
{
    {
        SqlProbe probe(path(QStringLiteral("probe.sqlite")));
        QCOMPARE(
            probe.scalar(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).toInt(),
            1);
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.hasFullTextSearch());
    SqlProbe probe(path());
    QVERIFY(probe.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_text'"))
                .toString()
                .contains(QStringLiteral("fts5")));
}

void tst_HistorySearch::words_data()
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
    QTest::newRow("answer") << QStringLiteral("paged attention") << keys({"b-answer"});
    QTest::newRow("any order") << QStringLiteral("attention paged") << keys({"b-answer"});
    QTest::newRow("quoted: in that order")
        << QStringLiteral("\"paged attention\"") << keys({"b-answer"});
    QTest::newRow("quoted: not in another order")
        << QStringLiteral("\"attention paged\"") << QStringList();
    QTest::newRow("starts of words") << QStringLiteral("pag att") << keys({"b-answer"});
    QTest::newRow("not inside a word") << QStringLiteral("aged") << QStringList();
    QTest::newRow("every word in one message")
        << QStringLiteral("engine attention") << QStringList();
    QTest::newRow("reasoning") << QStringLiteral("carry the seven") << keys({"c-reasoning"});
    QTest::newRow("tool arguments") << QStringLiteral("celsius") << keys({"d-tool"});
    QTest::newRow("tool name") << QStringLiteral("get_FORECAST") << keys({"d-tool"});
    QTest::newRow("refusal") << QStringLiteral("launch codes") << keys({"e-refusal"});
    QTest::newRow("case") << QStringLiteral("VLLM") << keys({"b-answer", "a-title"});
    QTest::newRow("accents typed") << QStringLiteral("ÉTÉ") << keys({"f-unicode"});
    QTest::newRow("accents left out") << QStringLiteral("ete geneve") << keys({"f-unicode"});
    QTest::newRow("accents in arguments") << QStringLiteral("REYKJAVIK") << keys({"d-tool"});
    QTest::newRow("punctuation is no operator")
        << QStringLiteral("said \"hi\" -left") << keys({"g-special"});
    QTest::newRow("a number") << QStringLiteral("50%") << keys({"h-near-misses", "g-special"});
    QTest::newRow("no word: the text itself") << QStringLiteral("%") << keys({"g-special"});
    QTest::newRow("no word, nowhere") << QStringLiteral("->") << QStringList();
    QTest::newRow("FTS5 syntax is text")
        << QStringLiteral("NEAR(line two) OR AND NOT *") << QStringList();
    QTest::newRow("an unmatched quote") << QStringLiteral("\"line two") << keys({"h-near-misses"});
    QTest::newRow("nothing") << QStringLiteral("kubernetes") << QStringList();

    // What the stored JSON holds besides the message text.
    for (const char *metadata : {"role",
                                 "usage",
                                 "assistant",
                                 "tool_call",
                                 "finish_reason",
                                 "input_tokens",
                                 "1200",
                                 "ttft_ms",
                                 "responses",
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

void tst_HistorySearch::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.hasFullTextSearch());
    for (const StoredConversation &saved : corpus())
        QVERIFY2(store.save(saved, &error), qPrintable(error));
    const std::optional<QList<SearchHit>> found = store.search(text, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), expected);
}

void tst_HistorySearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("paged  attention")
                           << QStringLiteral("\"paged\"* \"attention\"*");
    QTest::newRow("a phrase") << QStringLiteral("say \"paged attention\" now")
                              << QStringLiteral("\"say\"* \"paged attention\"* \"now\"*");
    QTest::newRow("an open quote")
        << QStringLiteral("\"paged attention") << QStringLiteral("\"paged\"* \"attention\"*");
    QTest::newRow("operators are words")
        << QStringLiteral("a OR b*") << QStringLiteral("\"a\"* \"OR\"* \"b*\"*");
    QTest::newRow("no letter or digit") << QStringLiteral(" %% -> \"\" ") << QString();
    QTest::newRow("whitespace of any kind")
        << QStringLiteral("one\ttwo\nthree") << QStringLiteral("\"one\"* \"two\"* \"three\"*");
}

void tst_HistorySearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(Store::SearchRows::matchExpression(text), expression);
}

void tst_HistorySearch::hitSaysWhereAndMarksTheMatch()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QString longAnswer;
    for (int i = 0; i < 200; ++i)
        longAnswer += QStringLiteral("Filler sentence number %1 about nothing much. ").arg(i);
    longAnswer += QStringLiteral("The **ZEBRA** `crossing` is here.\n\nMore ") + longAnswer;
    QVERIFY(
        store.save(conversation(QStringLiteral("chat"), QStringLiteral("Road safety"),
                                utc("2024-05-01T00:00:00.000Z"),
                                {userTurn(QStringLiteral("Tell me about crossings")),
                                 replyText(QStringLiteral("Several kinds.")),
                                 userTurn(QStringLiteral("And the striped one?")),
                                 replyText(longAnswer), userTurn(QStringLiteral("zebras, then?"))}),
                   &error));
    QVERIFY(store.save(conversation(QStringLiteral("titled"), QStringLiteral("Zebra facts"),
                                    utc("2024-04-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("stripes"))}),
                       &error));

    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("zeb"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), (QStringList{QStringLiteral("chat"), QStringLiteral("titled")}));

    // The first matching message, counted with the others; the snippet is the text around
    // the match, on one line, cut with ellipses, the matched word marked whole.
    const SearchHit &chat = found->at(0);
    QCOMPARE(chat.turn, 3);
    QCOMPARE(chat.column, -1);
    QCOMPARE(chat.matchingMessages, 2);
    QVERIFY(!chat.titleMatches);
    QCOMPARE(chat.conversation.title, QStringLiteral("Road safety"));
    QVERIFY2(chat.snippet.startsWith(QChar(0x2026)) && chat.snippet.endsWith(QChar(0x2026)),
             qPrintable(chat.snippet));
    QVERIFY2(chat.snippet.size() < 200, qPrintable(chat.snippet));
    QVERIFY2(!chat.snippet.contains(u'\n'), qPrintable(chat.snippet));
    QCOMPARE(chat.spans.size(), 1);
    QCOMPARE(chat.snippet.mid(chat.spans.at(0).start, chat.spans.at(0).length),
             QStringLiteral("ZEBRA"));
    QVERIFY2(chat.snippet.contains(QStringLiteral("The ZEBRA crossing")), qPrintable(chat.snippet));

    // Only the title: no message to go to, the title shown with the match.
    const SearchHit &titled = found->at(1);
    QCOMPARE(titled.turn, -1);
    QCOMPARE(titled.matchingMessages, 0);
    QVERIFY(titled.titleMatches);
    QCOMPARE(titled.snippet, QStringLiteral("Zebra facts"));
    QCOMPARE(titled.spans, (QList<SearchHit::Span>{{0, 5}}));
}

void tst_HistorySearch::comparisonHitNamesColumnAndTurn()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    Core::Comparison comparison = fullComparison(QStringLiteral("cmp"));
    comparison.columns[2].turns[3] = answerTurn(QStringLiteral("m"), QStringLiteral("A quokka."));
    comparison.columns[0].turns[3] = answerTurn(QStringLiteral("m"), QStringLiteral("Quokkas!"));
    QVERIFY2(store.saveComparison(comparison, &error), qPrintable(error));

    std::optional<QList<SearchHit>> found = store.search(QStringLiteral("QUOKKA"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).conversation.kind, Store::ConversationSummary::Kind::Comparison);
    QCOMPARE(found->at(0).turn, 3);
    QCOMPARE(found->at(0).column, 0); // the first column of the first round that matches
    QCOMPARE(found->at(0).matchingMessages, 2);
    QCOMPARE(found->at(0).snippet, QStringLiteral("Quokkas!"));

    // The prompt every column shares: the first column's copy.
    found = store.search(QStringLiteral("18 × 23"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).turn, 2);
    QCOMPARE(found->at(0).column, 0);
    QCOMPARE(found->at(0).matchingMessages, 3);
}

// A batch is found by its title and its prompts, with and without the index; a hit's turn is
// the prompt's row. Its results are not searched: the prompts are what the user wrote.
void tst_HistorySearch::batchHitNamesRow()
{
    for (const bool index : {true, false}) {
        HistoryStore store;
        store.setFullTextAllowed(index);
        QString error;
        QVERIFY2(store.open(
                     path(index ? QStringLiteral("index.sqlite") : QStringLiteral("plain.sqlite")),
                     &error),
                 qPrintable(error));
        QCOMPARE(store.hasFullTextSearch(), index);
        Store::StoredBatch run = batch(
            QStringLiteral("batch"), QStringLiteral("Marsupials"), utc("2024-05-01T00:00:00.000Z"),
            {QStringLiteral("Where do wombats live?"), QStringLiteral("What does a quokka eat?"),
             QStringLiteral("Is a QUOKKA\nfriendly?")},
            {QStringLiteral("model-a"), QStringLiteral("model-b")});
        run.rows[1].insert(QStringLiteral("note"), QStringLiteral("not a prompt: platypus"));
        run.cells = {cell(0, 0, QStringLiteral("Australia, in burrows (echidna)"))};
        QVERIFY2(store.saveBatch(run, &error), qPrintable(error));
        QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("Chat"),
                                        utc("2024-04-01T00:00:00.000Z"),
                                        {userTurn(QStringLiteral("A quokka selfie?"))}),
                           &error));

        std::optional<QList<SearchHit>> found = store.search(QStringLiteral("quokka"), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(keysOf(*found), (QStringList{QStringLiteral("batch"), QStringLiteral("chat")}));
        const SearchHit &hit = found->at(0);
        QCOMPARE(hit.conversation.kind, Store::ConversationSummary::Kind::Batch);
        QCOMPARE(hit.turn, 1);
        QCOMPARE(hit.column, -1);
        QCOMPARE(hit.matchingMessages, 2);
        QVERIFY(!hit.titleMatches);
        QCOMPARE(hit.snippet, QStringLiteral("What does a quokka eat?"));
        QCOMPARE(hit.spans.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.spans.at(0).start, hit.spans.at(0).length),
                 QStringLiteral("quokka"));

        found = store.search(QStringLiteral("marsupial"), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).turn, -1);
        QVERIFY(found->at(0).titleMatches);
        QCOMPARE(found->at(0).spans.size(), 1);

        // Neither a result, another member of a row, nor a model name is a prompt.
        for (const QString &text :
             {QStringLiteral("echidna"), QStringLiteral("platypus"), QStringLiteral("model-b")}) {
            found = store.search(text, &error);
            QVERIFY2(found, qPrintable(error));
            QVERIFY2(found->isEmpty(), qPrintable(text));
        }

        // Saved again with other prompts: the old ones are no longer found, the new ones are.
        run.rows = {run.rows.at(0),
                    QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Do koalas drink?")}}};
        run.cells.clear();
        QVERIFY2(store.saveBatch(run, &error), qPrintable(error));
        QCOMPARE(keysOf(*store.search(QStringLiteral("quokka"), &error)),
                 QStringList{QStringLiteral("chat")});
        found = store.search(QStringLiteral("koalas"), &error);
        QVERIFY2(found && found->size() == 1, qPrintable(error));
        QCOMPARE(found->at(0).turn, 1);
        if (index) {
            SqlProbe probe(store.filePath());
            QVERIFY(probe.exec(QStringLiteral("INSERT INTO search_text (search_text, rank) "
                                              "VALUES ('integrity-check', 1)")));
        }
    }
}

// Without the index the same hit comes back, the typed text marked where it is.
void tst_HistorySearch::withoutIndexHitsSayWhereToo()
{
    HistoryStore store;
    store.setFullTextAllowed(false);
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(!store.hasFullTextSearch());
    QString before;
    for (int i = 0; i < 30; ++i)
        before += QStringLiteral("word%1 ").arg(i);
    QVERIFY(
        store.save(conversation(QStringLiteral("chat"), QStringLiteral("Title"),
                                utc("2024-05-01T00:00:00.000Z"),
                                {userTurn(QStringLiteral("nothing")),
                                 replyText(before + QStringLiteral("the Needle\nand a needle"))}),
                   &error));
    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("needle"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), 1);
    const SearchHit &hit = found->at(0);
    QCOMPARE(hit.turn, 1);
    QCOMPARE(hit.matchingMessages, 1);
    QVERIFY2(hit.snippet.startsWith(QChar(0x2026)), qPrintable(hit.snippet));
    QVERIFY2(hit.snippet.endsWith(QStringLiteral("the Needle and a needle")),
             qPrintable(hit.snippet));
    QCOMPARE(hit.spans.size(), 2);
    for (const SearchHit::Span &span : hit.spans)
        QCOMPARE(hit.snippet.mid(span.start, span.length).toLower(), QStringLiteral("needle"));
}

// Every way a conversation's text changes reaches the index, and the index matches its content
// row for row after all of them (a 'delete' with the wrong text would not).
void tst_HistorySearch::indexFollowsEveryChange()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    const auto find = [&](const QString &text) {
        const std::optional<QList<SearchHit>> found = store.search(text, &error);
        return found ? keysOf(*found) : QStringList{QStringLiteral("error: ") + error};
    };
    StoredConversation chat = conversation(
        QStringLiteral("chat"), QStringLiteral("Alpha title"), utc("2024-05-01T00:00:00.000Z"),
        {userTurn(QStringLiteral("bravo")), replyText(QStringLiteral("charlie")),
         userTurn(QStringLiteral("delta")), replyText(QStringLiteral("echo"))});
    QVERIFY(store.save(chat, &error));
    QCOMPARE(find(QStringLiteral("charlie")), QStringList{QStringLiteral("chat")});

    // A reply edited, the last exchange deleted, the title changed with the first message.
    chat.turns[1] = replyText(QStringLiteral("foxtrot"));
    chat.turns.resize(2);
    chat.title = QStringLiteral("Golf title");
    QVERIFY(store.save(chat, &error));
    for (const QString &gone : {QStringLiteral("charlie"), QStringLiteral("delta"),
                                QStringLiteral("echo"), QStringLiteral("alpha")}) {
        QCOMPARE(find(gone), QStringList());
    }
    QCOMPARE(find(QStringLiteral("foxtrot")), QStringList{QStringLiteral("chat")});
    QCOMPARE(find(QStringLiteral("golf")), QStringList{QStringLiteral("chat")});
    QVERIFY(indexIsConsistent(path()));

    // A comparison loses a column.
    Core::Comparison comparison = fullComparison(QStringLiteral("cmp"));
    comparison.columns[2].turns[1] = answerTurn(QStringLiteral("m"), QStringLiteral("hotel"));
    QVERIFY(store.saveComparison(comparison, &error));
    QCOMPARE(find(QStringLiteral("hotel")), QStringList{QStringLiteral("cmp")});
    comparison.columns.removeLast();
    QVERIFY(store.saveComparison(comparison, &error));
    QCOMPARE(find(QStringLiteral("hotel")), QStringList());
    QVERIFY(indexIsConsistent(path()));

    // Renamed, then back to the automatic title.
    QVERIFY(store.rename(QStringLiteral("chat"), QStringLiteral("India"), &error));
    QCOMPARE(find(QStringLiteral("india")), QStringList{QStringLiteral("chat")});
    QCOMPARE(find(QStringLiteral("golf")), QStringList());
    QVERIFY(store.rename(QStringLiteral("chat"), QString(), &error));
    QCOMPARE(find(QStringLiteral("india")), QStringList());
    QCOMPARE(find(QStringLiteral("golf")), QStringList{QStringLiteral("chat")});

    // Removed.
    QVERIFY(store.remove(QStringLiteral("chat"), &error));
    QVERIFY(store.remove(QStringLiteral("cmp"), &error));
    QCOMPARE(find(QStringLiteral("foxtrot")), QStringList());
    QVERIFY(indexIsConsistent(path()));
    SqlProbe probe(path());
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM search_rows")).toInt(), 0);
}

// A reply streaming into a long conversation is saved every second: the rows of the turns that
// did not change stay as they are.
void tst_HistorySearch::resavingRewritesOnlyChangedRows()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    StoredConversation chat = conversation(QStringLiteral("long"), QStringLiteral("Long"),
                                           utc("2024-05-01T00:00:00.000Z"));
    for (int i = 0; i < 200; ++i)
        chat.turns.append(i % 2 ? replyText(QStringLiteral("answer %1").arg(i))
                                : userTurn(QStringLiteral("question %1").arg(i)));
    QVERIFY(store.save(chat, &error));
    const auto rows = [this] {
        SqlProbe probe(path());
        return probe
            .scalar(QStringLiteral("SELECT group_concat(id || ':' || text, '|') FROM "
                                   "(SELECT id, text FROM search_rows WHERE position < 199 "
                                   "ORDER BY position)"))
            .toString();
    };
    const QString before = rows();
    const auto lastId = [this] {
        SqlProbe probe(path());
        return probe.scalar(QStringLiteral("SELECT id FROM search_rows WHERE position = 199"))
            .toLongLong();
    };
    const qint64 last = lastId();

    chat.turns.last() = replyText(QStringLiteral("answer 199, streaming on: kilo"));
    QVERIFY(store.save(chat, &error));
    QCOMPARE(rows(), before);
    QCOMPARE(lastId(), last);
    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("kilo"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).turn, 199);
    QVERIFY(indexIsConsistent(path()));
}

void tst_HistorySearch::renamedTitleIsSearched()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QVERIFY(store.save(conversation(QStringLiteral("chat"), QStringLiteral("First message"),
                                    utc("2024-05-01T00:00:00.000Z"),
                                    {userTurn(QStringLiteral("First message"))}),
                       &error));
    QVERIFY(store.rename(QStringLiteral("chat"), QStringLiteral("Lima plans"), &error));
    // A later save (the keeper's title from the first message) keeps the user's title.
    QVERIFY(store.save(
        conversation(QStringLiteral("chat"), QStringLiteral("First message"),
                     utc("2024-05-02T00:00:00.000Z"),
                     {userTurn(QStringLiteral("First message")), replyText(QStringLiteral("ok"))}),
        &error));
    const std::optional<QList<SearchHit>> found = store.search(QStringLiteral("lima"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found), QStringList{QStringLiteral("chat")});
    QCOMPARE(found->at(0).conversation.title, QStringLiteral("Lima plans"));
    QVERIFY(found->at(0).titleMatches);
}

void tst_HistorySearch::deletedAndPinned()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(
            store.save(conversation(QStringLiteral("c%1").arg(i), QStringLiteral("Mike %1").arg(i),
                                    utc("2024-05-01T00:00:00.000Z").addDays(i)),
                       &error));
    }
    QVERIFY(store.setPinned(QStringLiteral("c0"), true, &error));
    QVERIFY(store.setDeleted(QStringLiteral("c2"), true, &error));
    std::optional<QList<SearchHit>> found = store.search(QStringLiteral("mike"), &error);
    QVERIFY2(found, qPrintable(error));
    // In the list's order: the pinned one first; the deleted one not at all.
    QCOMPARE(keysOf(*found), (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
    QVERIFY(found->at(0).conversation.pinned);
    QVERIFY(store.setDeleted(QStringLiteral("c2"), false, &error));
    found = store.search(QStringLiteral("mike"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(keysOf(*found),
             (QStringList{QStringLiteral("c0"), QStringLiteral("c2"), QStringLiteral("c1")}));
}

QTEST_GUILESS_MAIN(tst_HistorySearch)
#include "tst_historysearch.moc"
