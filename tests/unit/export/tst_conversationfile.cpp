// The conversation file: export then import gives back everything the format holds; the
// documented example is the fixture, read and written again byte for byte; OpenAI-style
// messages import with their tool calls; and every kind of bad input is refused with a message
// that says what is wrong and where.
#include "conversationtesting.h"
#include "export/conversationfile.h"
#include "support/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using namespace ConversationTesting;
using Export::conversationJson;
using Export::readConversation;

class tst_ConversationFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsLossless();
    void emptyValuesRoundTrip();
    void loneSurrogatesRoundTrip();
    void fixtureReadsAndWritesBackByteForByte();
    void documentationShowsTheFixture();
    void fileStartsWithFormatAndVersion();
    void newerVersionIsRefused();
    void unknownMembersAreIgnored();
    void openAiMessagesWithToolCalls();
    void openAiSystemMessages();
    void openAiReasoningAndRefusal();
    void chatCompletionsBody();
    void hostileInput_data();
    void hostileInput();
    void invalidUtf8NamesTheByte();
    void hugeFileIsRefusedUnread();
    void hugeBytesAreRefused();
};

namespace {

Store::StoredConversation mustRead(const QByteArray &bytes)
{
    QString error;
    std::optional<Store::StoredConversation> read = readConversation(bytes, &error);
    if (!read)
        qFatal("could not read: %s", qPrintable(error));
    return *read;
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                           : QJsonDocument(value.toObject()).toJson();
}

} // namespace

void tst_ConversationFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConversationFile::roundTripIsLossless()
{
    const Store::StoredConversation original = richConversation();
    const QByteArray bytes = conversationJson(original);
    QString error;
    const std::optional<Store::StoredConversation> back = readConversation(bytes, &error);
    QVERIFY2(back, qPrintable(error));
    compareConversations(*back, original);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(back->key.isEmpty()); // an import is always a new conversation
    // And again: what was read writes the same file.
    QCOMPARE(conversationJson(*back), bytes);
}

void tst_ConversationFile::emptyValuesRoundTrip()
{
    // Unset stays unset: nothing is read back as zero, empty as absent text is fine.
    Store::StoredConversation original;
    original.turns.append(userTurn(u"hi"_s));
    Core::Turn empty;
    empty.message.role = Core::Role::Assistant;
    original.turns.append(empty);
    const Store::StoredConversation back = mustRead(conversationJson(original));
    compareConversations(back, original);
    QVERIFY(!back.created.isValid());
    QVERIFY(!back.settings.params.temperature);
    QVERIFY(!back.turns.at(1).usage.inputTokens);
}

void tst_ConversationFile::loneSurrogatesRoundTrip()
{
    // Text a server sent as "\ud83d" alone. UTF-8 cannot hold it; the file keeps it as that
    // escape, so it still reads back as it was (and the file is valid UTF-8, or the reader,
    // which checks that first, would refuse it).
    const QString lone = u"a"_s + QChar(0xD83D) + u"b"_s + QChar(0xDC00);
    Store::StoredConversation original;
    original.title = lone;
    original.turns.append(userTurn(lone));
    original.settings.params.extra.insert(lone, lone);
    const QByteArray bytes = conversationJson(original);
    QVERIFY(bytes.contains(R"(a\ud83db\udc00)"));
    compareConversations(mustRead(bytes), original);
}

void tst_ConversationFile::fixtureReadsAndWritesBackByteForByte()
{
    const QByteArray fixture = Testing::readData(u"conversation-v1.json");
    const Store::StoredConversation read = mustRead(fixture);
    QCOMPARE(read.title, u"Weather in Zürich"_s);
    QCOMPARE(read.connectionName, u"workspace-prod"_s);
    QCOMPARE(read.created.toMSecsSinceEpoch(), 1717228800125);
    QCOMPARE(read.settings.params.systemPrompt,
             u"You are a careful assistant. Use the weather tool for weather."_s);
    QCOMPARE(read.settings.params.extra.value("seed"_L1).toInt(), 7);
    QCOMPARE(read.turns.size(), 6);
    const Core::Message &call = read.turns.at(1).message;
    QCOMPARE(call.reasoning(), u"The user wants current weather; call the tool."_s);
    QCOMPARE(call.toolCalls().size(), 1);
    QCOMPARE(call.toolCalls().first().toolName, u"get_weather"_s);
    QCOMPARE(read.turns.at(2).message.role, Core::Role::Tool);
    QCOMPARE(read.turns.at(2).message.toolCallId, u"call_1"_s);
    QCOMPARE(read.turns.at(3).usage.totalTokens, std::optional<qint64>(204));
    QVERIFY(read.turns.at(5).message.incomplete);
    QVERIFY(read.turns.at(5).error);
    QCOMPARE(read.turns.at(5).error->kind, Core::ApiError::Kind::Timeout);
    // The published format is what Parlance writes: should the history's JSON (which the file
    // builds on) ever change, this fails rather than the format changing unannounced.
    QCOMPARE(QString::fromUtf8(conversationJson(read)), QString::fromUtf8(fixture));
}

void tst_ConversationFile::documentationShowsTheFixture()
{
    QFile doc(Testing::sourcePath(u"docs/conversation-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const QByteArray fixture = Testing::readData(u"conversation-v1.json");
    QVERIFY2(text.contains(QByteArray("```json\n" + fixture + "```\n")),
             "docs/conversation-format.md must show tests/data/conversation-v1.json verbatim");
}

void tst_ConversationFile::fileStartsWithFormatAndVersion()
{
    const QList<QByteArray> lines = conversationJson(richConversation()).split('\n');
    QCOMPARE(lines.at(0), "{");
    QCOMPARE(lines.at(1), R"(    "format": "parlance.conversation",)");
    QCOMPARE(lines.at(2), R"(    "version": 1,)");
}

void tst_ConversationFile::newerVersionIsRefused()
{
    QJsonObject file = QJsonDocument::fromJson(Testing::readData(u"conversation-v1.json")).object();
    file.insert("version"_L1, 2);
    QString error;
    QVERIFY(!readConversation(json(file), &error));
    QVERIFY2(error.contains(u"newer Parlance"_s), qPrintable(error));
    QVERIFY2(error.contains(u"version 2"_s), qPrintable(error));
}

void tst_ConversationFile::unknownMembersAreIgnored()
{
    // A later version 1 may add members: this one still reads the file.
    QJsonObject file = QJsonDocument::fromJson(Testing::readData(u"conversation-v1.json")).object();
    file.insert("pinned"_L1, true);
    QJsonArray turns = file.value("turns"_L1).toArray();
    QJsonObject first = turns.at(0).toObject();
    first.insert("attachments"_L1, QJsonArray{1, 2});
    turns.replace(0, first);
    file.insert("turns"_L1, turns);
    const Store::StoredConversation read = mustRead(json(file));
    QCOMPARE(read.turns.size(), 6);
    QCOMPARE(read.turns.at(0).message.text(), u"What is the weather in Zürich? ☀️"_s);
}

void tst_ConversationFile::openAiMessagesWithToolCalls()
{
    const QByteArray bytes = R"([
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Weather in Paris?\nThanks"},
        {"role": "assistant", "content": null, "tool_calls": [
            {"id": "call_a", "type": "function",
             "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
            {"id": "call_b", "type": "function",
             "function": {"name": "get_time", "arguments": {"tz": "CET"}}}]},
        {"role": "tool", "tool_call_id": "call_a", "content": "{\"sky\":\"rain\"}"},
        {"role": "tool", "tool_call_id": "call_b",
         "content": [{"type": "text", "text": "09:00"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "Rain, "},
                                          {"type": "output_text", "text": "at 9."}]},
        {"role": "user", "content": [{"type": "input_text", "text": "And "}, "tomorrow?"],
         "name": "ignored"}
    ])";
    const Store::StoredConversation read = mustRead(bytes);
    QCOMPARE(read.settings.params.systemPrompt, u"Be brief."_s);
    QCOMPARE(read.title, u"Weather in Paris?"_s);
    QVERIFY(read.key.isEmpty());
    QCOMPARE(read.turns.size(), 6);
    QCOMPARE(read.turns.at(0).message.role, Core::Role::User);
    QCOMPARE(read.turns.at(0).message.text(), u"Weather in Paris?\nThanks"_s);

    const Core::Message &calls = read.turns.at(1).message;
    QCOMPARE(calls.role, Core::Role::Assistant);
    QVERIFY(calls.text().isEmpty());
    QCOMPARE(calls.toolCalls().size(), 2);
    QCOMPARE(calls.toolCalls().at(0), Core::ContentPart::makeToolCall(u"call_a"_s, u"get_weather"_s,
                                                                      uR"({"city":"Paris"})"_s));
    // Arguments given as an object are kept as the JSON text the wire would carry.
    QCOMPARE(calls.toolCalls().at(1).toolArguments, uR"({"tz":"CET"})"_s);

    QCOMPARE(read.turns.at(2).message.role, Core::Role::Tool);
    QCOMPARE(read.turns.at(2).message.toolCallId, u"call_a"_s);
    QCOMPARE(read.turns.at(2).message.text(), uR"({"sky":"rain"})"_s);
    QCOMPARE(read.turns.at(3).message.toolCallId, u"call_b"_s);
    QCOMPARE(read.turns.at(3).message.text(), u"09:00"_s);
    QCOMPARE(read.turns.at(4).message.text(), u"Rain, at 9."_s);
    QCOMPARE(read.turns.at(5).message.text(), u"And tomorrow?"_s);

    // What was imported exports and imports again unchanged.
    compareConversations(mustRead(conversationJson(read)), read);
}

void tst_ConversationFile::openAiSystemMessages()
{
    // The instructions before the conversation are its system prompt ("developer" is the
    // newer name); one said later stays where it was.
    const QByteArray bytes = R"([
        {"role": "system", "content": "One."},
        {"role": "developer", "content": [{"type": "text", "text": "Two."}]},
        {"role": "user", "content": "Hi"},
        {"role": "system", "content": "Now be loud."},
        {"role": "user", "content": "Hi again"}
    ])";
    const Store::StoredConversation read = mustRead(bytes);
    QCOMPARE(read.settings.params.systemPrompt, u"One.\n\nTwo."_s);
    QCOMPARE(read.turns.size(), 3);
    QCOMPARE(read.turns.at(1).message.role, Core::Role::System);
    QCOMPARE(read.turns.at(1).message.text(), u"Now be loud."_s);
}

void tst_ConversationFile::openAiReasoningAndRefusal()
{
    const QByteArray bytes = R"([
        {"role": "user", "content": "Why?"},
        {"role": "assistant", "reasoning_content": "Think first.", "content": "Because."},
        {"role": "user", "content": "How?"},
        {"role": "assistant", "content": [
            {"type": "reasoning", "summary": [
                {"type": "summary_text", "text": "Signed thought", "signature": "c2ln"}]},
            {"type": "text", "text": "Like so."},
            {"type": "refusal", "refusal": "Not that part."}]},
        {"role": "user", "content": "Do it"},
        {"role": "assistant", "content": null, "refusal": "I cannot."}
    ])";
    const Store::StoredConversation read = mustRead(bytes);
    QCOMPARE(read.turns.size(), 6);
    using Part = Core::ContentPart;
    QCOMPARE(read.turns.at(1).message.parts,
             (QList<Part>{Part::makeReasoning(u"Think first."_s), Part::makeText(u"Because."_s)}));
    QCOMPARE(read.turns.at(3).message.parts,
             (QList<Part>{Part::makeReasoning(u"Signed thought"_s, u"c2ln"_s),
                          Part::makeText(u"Like so."_s),
                          {Part::Kind::Refusal, u"Not that part."_s, {}, {}, {}, {}}}));
    QCOMPARE(read.turns.at(5).message.parts,
             (QList<Part>{{Part::Kind::Refusal, u"I cannot."_s, {}, {}, {}, {}}}));
}

void tst_ConversationFile::chatCompletionsBody()
{
    const QByteArray bytes = R"({
        "model": "databricks-gpt-oss-120b",
        "messages": [{"role": "system", "content": "Terse."},
                     {"role": "user", "content": "Hello"},
                     {"role": "assistant", "content": "Hi."},
                     {"role": "user", "content": "Bye"}],
        "temperature": 0.3, "top_p": 0.8, "max_completion_tokens": 300, "stop": "END",
        "stream": true, "stream_options": {"include_usage": true},
        "tools": [{"type": "function", "function": {"name": "f"}}],
        "response_format": {"type": "json_object"}
    })";
    const Store::StoredConversation read = mustRead(bytes);
    const Core::GenerationParams &params = read.settings.params;
    QCOMPARE(read.settings.model, u"databricks-gpt-oss-120b"_s);
    QCOMPARE(params.systemPrompt, u"Terse."_s);
    QCOMPARE(params.temperature, std::optional<double>(0.3));
    QCOMPARE(params.topP, std::optional<double>(0.8));
    QCOMPARE(params.maxTokens, std::optional<int>(300));
    QCOMPARE(params.stop, QStringList{u"END"_s});
    QVERIFY(params.stream);
    // What Parlance has no field for goes along as extra parameters; what it sends itself
    // (stream_options) and what the conversation holds (messages) do not.
    QCOMPARE(params.extra.keys(), (QStringList{u"response_format"_s, u"tools"_s}));
    QCOMPARE(read.turns.size(), 3);
    QCOMPARE(read.turns.at(1).model, u"databricks-gpt-oss-120b"_s); // the replies were its
    QVERIFY(read.turns.at(0).model.isEmpty());

    // A body that does not ask to stream was not streamed.
    const Store::StoredConversation plain
        = mustRead(R"({"messages": [{"role": "user", "content": "x"}]})");
    QVERIFY(!plain.settings.params.stream);
}

void tst_ConversationFile::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // each must be in the message

    const auto row = [](const char *name, const QByteArray &bytes, const QStringList &expected) {
        QTest::newRow(name) << bytes << expected;
    };
    const QByteArray head = R"("format": "parlance.conversation", "version": 1)";
    const auto file = [&head](const char *rest) -> QByteArray {
        return "{" + head + ", " + rest + "}";
    };

    row("empty", "", {u"not valid JSON"_s});
    row("cut JSON", "{\n  \"format\": ", {u"not valid JSON"_s, u"line 2"_s});
    row("trailing garbage", "[]x", {u"not valid JSON"_s, u"column 3"_s});
    row("neither format", R"({"hello": 1})", {u"neither"_s});
    row("a comparison", R"({"format": "parlance.comparison", "version": 1})", {u"comparison"_s});
    row("another format", R"({"format": "har", "version": 1})", {u"\"format\""_s});
    row("format not text", R"({"format": 1})", {u"\"format\""_s});
    row("version text", R"({"format": "parlance.conversation", "version": "1"})",
        {u"\"version\""_s});
    row("version fraction", R"({"format": "parlance.conversation", "version": 1.5})",
        {u"\"version\""_s});
    row("version zero", R"({"format": "parlance.conversation", "version": 0})", {u"\"version\""_s});
    row("no turns", "{" + head + "}", {u"\"turns\""_s});
    row("turns empty", file(R"("turns": [])"), {u"no messages"_s});
    row("turns an object", file(R"("turns": {})"), {u"\"turns\""_s});
    row("turn not an object", file(R"("turns": [{"role": "user"}, "hello"])"), {u"turns[1]"_s});
    row("turn unknown role", file(R"("turns": [{"role": "wizard"}])"),
        {u"turns[0]"_s, u"wizard"_s});
    row("turn without role", file(R"("turns": [{"parts": []}])"), {u"turns[0]"_s, u"role"_s});
    row("part kind wrong", file(R"("turns": [{"role": "user", "parts": [{"kind": 3}]}])"),
        {u"turns[0]"_s, u"parts[0].kind"_s});
    row("usage fraction",
        file(R"("turns": [{"role": "assistant", "usage": {"input_tokens": 1.5}}])"),
        {u"turns[0]"_s, u"usage.input_tokens"_s});
    row("raw not base64", file(R"("turns": [{"role": "assistant", "error": {"raw": "!!"}}])"),
        {u"turns[0]"_s, u"error.raw"_s});
    row("created not a date", file(R"("created": "yesterday", "turns": [{"role": "user"}])"),
        {u"\"created\""_s});
    row("title a number", file(R"("title": 5, "turns": [{"role": "user"}])"), {u"\"title\""_s});
    row("settings a list", file(R"("settings": [], "turns": [{"role": "user"}])"),
        {u"\"settings\""_s});
    row("settings api unknown",
        file(R"("settings": {"api": "telepathy"}, "turns": [{"role": "user"}])"),
        {u"settings"_s, u"telepathy"_s});

    row("scalar", "42", {});
    row("no messages", "[]", {u"no messages"_s});
    row("message not an object", R"([{"role": "user", "content": "a"}, 7])", {u"messages[1]"_s});
    row("message without role", R"([{"content": "a"}])", {u"messages[0].role"_s});
    row("role not text", R"([{"role": 1}])", {u"messages[0].role"_s});
    row("unknown role", R"([{"role": "user", "content": "a"}, {"role": "wizard"}])",
        {u"messages[1].role"_s, u"wizard"_s});
    row("content a number", R"([{"role": "user", "content": 5}])", {u"messages[0].content"_s});
    row("image part",
        R"([{"role": "user", "content": [{"type": "text", "text": "a"},
            {"type": "image_url", "image_url": {"url": "x"}}]}])",
        {u"messages[0].content[1]"_s, u"image_url"_s});
    row("part without type", R"([{"role": "user", "content": [{"text": "a"}]}])",
        {u"messages[0].content[0].type"_s});
    row("text part not text", R"([{"role": "user", "content": [{"type": "text", "text": 1}]}])",
        {u"messages[0].content[0].text"_s});
    row("tool without call id", R"([{"role": "user", "content": "a"}, {"role": "tool"}])",
        {u"messages[1].tool_call_id"_s});
    row("tool calls an object", R"([{"role": "assistant", "tool_calls": {}}])",
        {u"messages[0].tool_calls"_s});
    row("tool call without function", R"([{"role": "assistant", "tool_calls": [{"id": "a"}]}])",
        {u"messages[0].tool_calls[0].function"_s});
    row("tool call of another type",
        R"([{"role": "assistant", "tool_calls": [{"type": "web_search"}]}])",
        {u"messages[0].tool_calls[0]"_s, u"web_search"_s});
    row("arguments a number",
        R"([{"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": 1}}]}])",
        {u"messages[0].tool_calls[0].function.arguments"_s});
    row("body messages an object", R"({"messages": {}})", {u"\"messages\""_s});
    row("body temperature text",
        R"({"messages": [{"role": "user", "content": "a"}], "temperature": "hot"})",
        {u"\"temperature\""_s});
    row("body max tokens fraction",
        R"({"messages": [{"role": "user", "content": "a"}], "max_tokens": 2.5})",
        {u"\"max_tokens\""_s});
    row("body stream text", R"({"messages": [{"role": "user", "content": "a"}], "stream": "yes"})",
        {u"\"stream\""_s});
    row("body model a number", R"({"messages": [{"role": "user", "content": "a"}], "model": 1})",
        {u"\"model\""_s});
    row("body stop numbers", R"({"messages": [{"role": "user", "content": "a"}], "stop": [1]})",
        {u"stop[0]"_s});
    row("deeply nested", QByteArray(5000, '[') + QByteArray(5000, ']'), {});
}

void tst_ConversationFile::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QString error;
    QVERIFY(!readConversation(bytes, &error));
    QVERIFY2(!error.isEmpty(), "a refusal must say why");
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + error));
}

void tst_ConversationFile::invalidUtf8NamesTheByte()
{
    QByteArray bytes = R"([{"role": "user", "content": "ok"},)"
                       "\n"
                       R"( {"role": "user", "content": "caf)";
    const qsizetype at = bytes.size();
    bytes += "\xe9\"}]"; // Latin-1 é
    QString error;
    QVERIFY(!readConversation(bytes, &error));
    QVERIFY2(error.contains(u"UTF-8"_s), qPrintable(error));
    QVERIFY2(error.contains(u"byte %1"_s.arg(at)), qPrintable(error));
    QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
}

void tst_ConversationFile::hugeFileIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: as large as the limit allows plus one, without writing it.
    QVERIFY(file.resize(Export::kMaxConversationFileBytes + 1));
    file.close();
    QString error;
    QVERIFY(!Export::readConversationFile(path, &error));
    QVERIFY2(error.contains(u"too large"_s) && error.contains(u"huge.json"_s), qPrintable(error));

    QVERIFY(!Export::readConversationFile(dir.filePath(u"missing.json"_s), &error));
    QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));

    // One within the limit is read.
    QFile small(dir.filePath(u"small.json"_s));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(R"([{"role": "user", "content": "hi"}])");
    small.close();
    QVERIFY2(Export::readConversationFile(small.fileName(), &error), qPrintable(error));
}

void tst_ConversationFile::hugeBytesAreRefused()
{
    QString error;
    QVERIFY(!readConversation(QByteArray(Export::kMaxConversationFileBytes + 1, ' '), &error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ConversationFile)
#include "tst_conversationfile.moc"
