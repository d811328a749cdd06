// The conversation as Markdown: a header of what it was held with, a heading per turn, the
// messages' own Markdown (code blocks included) as it is, reasoning folded away, tool calls and
// results fenced, and no message able to swallow what follows it.
#include "conversationtesting.h"
#include "export/conversationmarkdown.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using namespace ConversationTesting;
using Export::conversationMarkdown;

class tst_ConversationMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerAndHeadings();
    void reasoningFoldsAway();
    void toolCallsAndResultsAreFencedJson();
    void codeBlocksStayCodeBlocks();
    void unclosedFenceIsClosedBeforeTheNextTurn_data();
    void unclosedFenceIsClosedBeforeTheNextTurn();
    void backticksInFencedTextGetALongerFence();
    void reasoningCannotCloseItsDetails();
    void incompleteErrorAndMetrics();
    void hugeAndUnicodeMessages();
};

namespace {

Store::StoredConversation chat(const QList<Core::Turn> &turns)
{
    Store::StoredConversation c;
    c.title = u"T"_s;
    c.settings.model = u"m"_s;
    c.turns = turns;
    return c;
}

Core::Turn reply(const QList<Core::ContentPart> &parts, const QString &model = u"model-x"_s)
{
    Core::Turn turn;
    turn.message.role = Core::Role::Assistant;
    turn.message.parts = parts;
    turn.model = model;
    return turn;
}

} // namespace

void tst_ConversationMarkdown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_ConversationMarkdown::headerAndHeadings()
{
    const QString md = conversationMarkdown(richConversation());
    QVERIFY(md.startsWith(u"# Wetter in Zürich ☀️ — مرحبا\n\n"_s));
    QVERIFY(md.contains(u"- Model: `databricks-claude-sonnet-4-5`\n"_s));
    QVERIFY(md.contains(u"- API: `responses`\n"_s));
    QVERIFY(md.contains(u"- Connection: `workspace-prod`\n"_s));
    QVERIFY(md.contains(u"- Created: 2024-06-01 08:00 UTC\n"_s));
    QVERIFY(md.contains(u"- Temperature: `0.25`\n"_s));
    QVERIFY(md.contains(
        u"**System prompt**\n\n```\nYou are terse.\nAntworte auf Deutsch. 🙂\n```\n"_s));
    QCOMPARE(md.count(u"\n## You\n"_s), 2);
    QCOMPARE(md.count(u"\n## Assistant (databricks-claude-sonnet-4-5)\n"_s), 3);
    QCOMPARE(md.count(u"\n## Tool result\n"_s), 1);
    QCOMPARE(md.count(u"\n## System\n"_s), 1);
    QVERIFY(md.endsWith(u"*Exported from Parlance*\n"_s));
    // Names cannot become Markdown.
    Store::StoredConversation hostile
        = chat({reply({Core::ContentPart::makeText(u"x"_s)}, u"[evil](http://x) **m**"_s)});
    QVERIFY(conversationMarkdown(hostile).contains(
        u"## Assistant (\\[evil\\](http://x) \\*\\*m\\*\\*)\n"_s));
}

void tst_ConversationMarkdown::reasoningFoldsAway()
{
    const QString md = conversationMarkdown(
        chat({userTurn(u"q"_s), reply({Core::ContentPart::makeReasoning(u"Think *hard*."_s),
                                       Core::ContentPart::makeText(u"Answer."_s)})}));
    QVERIFY2(
        md.contains(u"<details>\n<summary>Reasoning</summary>\n\nThink *hard*.\n\n</details>\n\n"
                    "Answer.\n\n"_s),
        qPrintable(md));
}

void tst_ConversationMarkdown::toolCallsAndResultsAreFencedJson()
{
    const QString md = conversationMarkdown(richConversation());
    QVERIFY2(md.contains(u"**Tool call** `get_weather` (`call_1`)\n\n```json\n{\n    \"city\": "
                         "\"Zürich\",\n    \"unit\": \"c\"\n}\n```\n"_s),
             qPrintable(md.left(3000)));
    QVERIFY(md.contains(u"## Tool result\n\nAnswer to `call_1`\n\n```json\n{\n    \"sky\": "
                        "\"sunny\"\n}\n```\n"_s));
    // Arguments that are not JSON are shown exactly as they came.
    const QString broken = conversationMarkdown(
        chat({reply({Core::ContentPart::makeToolCall(u"c"_s, u"f"_s, u"{\"cut"_s)})}));
    QVERIFY(broken.contains(u"```\n{\"cut\n```\n"_s));
}

void tst_ConversationMarkdown::codeBlocksStayCodeBlocks()
{
    const QString text = u"Here:\n\n```python\nprint(\"hi\")\n```\n\nDone."_s;
    const QString md = conversationMarkdown(chat(
        {userTurn(u"code?"_s), reply({Core::ContentPart::makeText(text)}), userTurn(u"next"_s)}));
    QVERIFY2(md.contains(text + u"\n\n## You\n\nnext\n\n"_s), qPrintable(md));
}

void tst_ConversationMarkdown::unclosedFenceIsClosedBeforeTheNextTurn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // what precedes the next heading

    QTest::newRow("backticks") << u"```python\nprint(1)"_s << u"```python\nprint(1)\n```\n\n"_s;
    QTest::newRow("long fence, short inside")
        << u"`````\n```\nstill code"_s << u"`````\n```\nstill code\n`````\n\n"_s;
    QTest::newRow("tildes") << u"~~~\ncode\n"_s << u"~~~\ncode\n~~~\n\n"_s;
    QTest::newRow("indented up to three") << u"   ```\ncode"_s << u"   ```\ncode\n```\n\n"_s;
    QTest::newRow("closed then opened again")
        << u"```\na\n```\ntext\n```sh\nb"_s << u"```\na\n```\ntext\n```sh\nb\n```\n\n"_s;
    // Not fences, so nothing to close: adding one would open a block instead.
    QTest::newRow("inline code") << u"use ```x``` here"_s << u"use ```x``` here\n\n"_s;
    QTest::newRow("four spaces") << u"    ```\nindented"_s << u"    ```\nindented\n\n"_s;
    QTest::newRow("two backticks") << u"``\nx"_s << u"``\nx\n\n"_s;
}

void tst_ConversationMarkdown::unclosedFenceIsClosedBeforeTheNextTurn()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString md = conversationMarkdown(
        chat({userTurn(u"q"_s), reply({Core::ContentPart::makeText(text)}), userTurn(u"after"_s)}));
    QVERIFY2(md.contains(u"## Assistant (model-x)\n\n"_s + expected + u"## You\n\nafter\n\n"_s),
             qPrintable(md));
}

void tst_ConversationMarkdown::backticksInFencedTextGetALongerFence()
{
    Store::StoredConversation c = chat(
        {userTurn(u"q"_s),
         reply({Core::ContentPart::makeToolCall(u"c"_s, u"f"_s, u"not json ````` here"_s)})});
    c.settings.params.systemPrompt = u"Use ``` fences.\n````\nfour"_s;
    const QString md = conversationMarkdown(c);
    QVERIFY2(md.contains(u"\n`````\nUse ``` fences.\n````\nfour\n`````\n"_s), qPrintable(md));
    QVERIFY2(md.contains(u"\n``````\nnot json ````` here\n``````\n"_s), qPrintable(md));
}

void tst_ConversationMarkdown::reasoningCannotCloseItsDetails()
{
    const QString md = conversationMarkdown(chat(
        {reply({Core::ContentPart::makeReasoning(u"a </details> b </SUMMARY>\n```\nopen"_s)})}));
    QVERIFY2(md.contains(u"a &lt;/details> b &lt;/SUMMARY>\n```\nopen\n```\n\n</details>\n"_s),
             qPrintable(md));
    QCOMPARE(md.count(u"</details>"_s), 1);
}

void tst_ConversationMarkdown::incompleteErrorAndMetrics()
{
    const QString md = conversationMarkdown(richConversation());
    QVERIFY(md.contains(u"Morgen wird es\n\n*The answer was cut off before it finished.*\n\n"_s));
    QVERIFY(md.contains(u"**Error:** Too many requests (HTTP 429)\n"_s));
    QVERIFY2(md.contains(u"Time to first token: 300 ms · Total time: 910 ms"_s), qPrintable(md));
    QVERIFY(md.contains(u"Finish reason: stop"_s));
    QVERIFY(md.contains(u"**Refusal**\n\n> Not the forecast.\n"_s));
}

void tst_ConversationMarkdown::hugeAndUnicodeMessages()
{
    const QString md = conversationMarkdown(richConversation());
    QVERIFY(md.contains(megabyteMessage().trimmed()));
    QVERIFY(md.contains(u"What is the weather in Zürich? 👩‍💻 שלום"_s));
}

QTEST_GUILESS_MAIN(tst_ConversationMarkdown)
#include "tst_conversationmarkdown.moc"
