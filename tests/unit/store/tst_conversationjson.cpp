// Turns and chat settings as the history stores them: everything a view shows survives a
// round trip through JSON text, unset values stay unset, and damaged members are reported
// rather than silently defaulted.
#include "store/conversationjson.h"
#include "storetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace StoreTesting;

namespace {

// Through bytes, as the store writes and reads them, so number and string encoding count.
QJsonObject throughText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.object();
}

} // namespace

class tst_ConversationJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void turnRoundTrip_data();
    void turnRoundTrip();
    void fullTurnIsWrittenAsDocumented();
    void minimalTurnStaysMinimal();
    void unsetOptionalsStayUnset();
    void incompleteTurnComesBackIncomplete();
    void nullReadsAsUnset();
    void turnWrongTypes_data();
    void turnWrongTypes();
    void turnUnknownMembersIgnored();
    void settingsRoundTrip();
    void settingsUnsetOptionalsStayUnset();
    void settingsWrongTypes_data();
    void settingsWrongTypes();
    void settingsUnknownMembersIgnored();
};

void tst_ConversationJson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConversationJson::turnRoundTrip_data()
{
    QTest::addColumn<Core::Turn>("turn");

    QTest::newRow("user") << userTurn(QStringLiteral("What is 17 × 23? 🤔"));
    QTest::newRow("assistant, every field") << fullAssistantTurn();

    Core::Turn tool;
    tool.message = Core::Message::make(Core::Role::Tool, QStringLiteral(R"({"result": 391})"));
    tool.message.toolCallId = QStringLiteral("call_42");
    QTest::newRow("tool result") << tool;

    QTest::newRow("system") << Core::Turn{Core::Message::system(QStringLiteral("Be terse.")),
                                          {},
                                          Core::ApiKind::ChatCompletions,
                                          {},
                                          {},
                                          {},
                                          std::nullopt};

    Core::Turn cancelled;
    cancelled.message.role = Core::Role::Assistant;
    cancelled.error
        = Core::ApiError{Core::ApiError::Kind::Cancelled, 0, {}, {}, {}, {}, std::nullopt, {}};
    QTest::newRow("assistant, bare cancelled error") << cancelled;

    QTest::newRow("minimal") << Core::Turn();
}

void tst_ConversationJson::turnRoundTrip()
{
    QFETCH(Core::Turn, turn);
    QString error = QStringLiteral("untouched");
    const std::optional<Core::Turn> back
        = Store::turnFromJson(throughText(Store::turnToJson(turn)), &error);
    QVERIFY2(back, qPrintable(error));
    compareTurns(*back, turn);
}

void tst_ConversationJson::fullTurnIsWrittenAsDocumented()
{
    // The file format is a contract with older and newer builds: spot-check the names.
    const QJsonObject json = Store::turnToJson(fullAssistantTurn());
    QCOMPARE(json.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(json.value(QLatin1String("api")).toString(), QStringLiteral("responses"));
    QCOMPARE(json.value(QLatin1String("incomplete")).toBool(), true);
    const QJsonArray parts = json.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0)[QLatin1String("kind")].toString(), QStringLiteral("reasoning"));
    QCOMPARE(parts.at(0)[QLatin1String("signature")].toString(), QStringLiteral("EqRk+sig/Ω=="));
    QCOMPARE(parts.at(2)[QLatin1String("kind")].toString(), QStringLiteral("refusal"));
    QCOMPARE(parts.at(3)[QLatin1String("kind")].toString(), QStringLiteral("tool_call"));
    const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.size(), 5);
    QCOMPARE(usage.value(QLatin1String("cached_input_tokens")).toInteger(), 1024);
    const QJsonObject metrics = json.value(QLatin1String("metrics")).toObject();
    QCOMPARE(metrics.value(QLatin1String("ttft_ms")).toInteger(), 412);
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("stream"));
    QCOMPARE(error.value(QLatin1String("raw")).toString().toLatin1(),
             fullAssistantTurn().error->raw.toBase64());
    QVERIFY(!json.contains(QLatin1String("streaming")));
}

void tst_ConversationJson::minimalTurnStaysMinimal()
{
    // Defaults are left out, so a long history does not repeat empty members on every turn.
    const QJsonObject json = Store::turnToJson(Core::Turn());
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("api"), QStringLiteral("parts"), QStringLiteral("role")}));

    const std::optional<Core::Turn> back = Store::turnFromJson(parse(R"({"role": "assistant"})"));
    QVERIFY(back);
    QCOMPARE(back->message.role, Core::Role::Assistant);
    QVERIFY(back->message.parts.isEmpty());
    QCOMPARE(back->api, Core::ApiKind::ChatCompletions);
    QVERIFY(back->usage.isEmpty());
    QVERIFY(!back->error);
}

void tst_ConversationJson::unsetOptionalsStayUnset()
{
    Core::Turn turn = fullAssistantTurn();
    turn.usage = {};
    turn.usage.outputTokens = 0; // zero is a value, not "unknown"
    turn.metrics = {};
    turn.metrics.totalMs = 900;
    turn.error->retryAfterSeconds.reset();
    turn.error->httpStatus = 0;

    const std::optional<Core::Turn> back
        = Store::turnFromJson(throughText(Store::turnToJson(turn)));
    QVERIFY(back);
    QCOMPARE(back->usage.outputTokens, std::optional<qint64>(0));
    QVERIFY(!back->usage.inputTokens);
    QVERIFY(!back->usage.totalTokens);
    QVERIFY(!back->usage.reasoningTokens);
    QVERIFY(!back->usage.cachedInputTokens);
    QCOMPARE(back->metrics.totalMs, std::optional<qint64>(900));
    QVERIFY(!back->metrics.timeToFirstTokenMs);
    QVERIFY(!back->metrics.outputTokens);
    QVERIFY(back->error);
    QVERIFY(!back->error->retryAfterSeconds);
    QCOMPARE(back->error->httpStatus, 0);

    turn.error.reset();
    const std::optional<Core::Turn> noError
        = Store::turnFromJson(throughText(Store::turnToJson(turn)));
    QVERIFY(noError);
    QVERIFY(!noError->error);
}

void tst_ConversationJson::incompleteTurnComesBackIncomplete()
{
    Core::Turn turn;
    turn.message = Core::Message::assistant(QStringLiteral("Half an ans"));
    turn.message.incomplete = true;

    const QJsonObject json = Store::turnToJson(turn);
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"incomplete\":true"), text.constData());

    const std::optional<Core::Turn> back = Store::turnFromJson(throughText(json));
    QVERIFY(back);
    QCOMPARE(back->message.incomplete, true);
    QCOMPARE(back->message.text(), QStringLiteral("Half an ans"));
}

void tst_ConversationJson::nullReadsAsUnset()
{
    const std::optional<Core::Turn> back = Store::turnFromJson(parse(
        R"({"role": "assistant", "model": null, "usage": {"input_tokens": null}, "error": null})"));
    QVERIFY(back);
    QVERIFY(back->model.isEmpty());
    QVERIFY(!back->usage.inputTokens);
    QVERIFY(!back->error);
}

void tst_ConversationJson::turnWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");

    auto row = [](const char *name, const char *json, const char *member) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(member);
    };
    row("role missing", R"({"parts": []})", "role");
    row("role a number", R"({"role": 1})", "role");
    row("role unknown", R"({"role": "developer"})", "role");
    row("parts an object", R"({"role": "user", "parts": {}})", "parts");
    row("part not an object", R"({"role": "user", "parts": ["hi"]})", "parts[0]");
    row("part kind missing", R"({"role": "user", "parts": [{"text": "hi"}]})", "parts[0].kind");
    row("part kind unknown", R"({"role": "user", "parts": [{"kind": "image"}]})", "parts[0].kind");
    row("part text a number",
        R"({"role": "user", "parts": [{"kind": "text", "text": "a"}, {"kind": "text", "text": 5}]})",
        "parts[1].text");
    row("tool arguments an object",
        R"({"role": "assistant", "parts": [{"kind": "tool_call", "arguments": {}}]})",
        "parts[0].arguments");
    row("tool_call_id a list", R"({"role": "tool", "tool_call_id": []})", "tool_call_id");
    row("incomplete a string", R"({"role": "assistant", "incomplete": "yes"})", "incomplete");
    row("model a number", R"({"role": "assistant", "model": 4})", "model");
    row("api unknown", R"({"role": "assistant", "api": "grpc"})", "api");
    row("usage a list", R"({"role": "assistant", "usage": [1, 2]})", "usage");
    row("usage count a string", R"({"role": "assistant", "usage": {"input_tokens": "12"}})",
        "usage.input_tokens");
    row("usage count a fraction", R"({"role": "assistant", "usage": {"output_tokens": 1.5}})",
        "usage.output_tokens");
    row("metrics a string", R"({"role": "assistant", "metrics": "fast"})", "metrics");
    row("metrics ttft a bool", R"({"role": "assistant", "metrics": {"ttft_ms": true}})",
        "metrics.ttft_ms");
    row("finish_reason a list", R"({"role": "assistant", "finish_reason": []})", "finish_reason");
    row("error a string", R"({"role": "assistant", "error": "boom"})", "error");
    row("error kind unknown", R"({"role": "assistant", "error": {"kind": "cosmic"}})",
        "error.kind");
    row("error status a string", R"({"role": "assistant", "error": {"http_status": "429"}})",
        "error.http_status");
    row("error retry a string",
        R"({"role": "assistant", "error": {"retry_after_seconds": "soon"}})",
        "error.retry_after_seconds");
    row("error raw not base64", R"({"role": "assistant", "error": {"raw": "@@not base64@@"}})",
        "error.raw");
    row("error raw a number", R"({"role": "assistant", "error": {"raw": 12}})", "error.raw");
}

void tst_ConversationJson::turnWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);

    QString error;
    const std::optional<Core::Turn> turn = Store::turnFromJson(parse(json.constData()), &error);
    QVERIFY(!turn);
    QVERIFY2(error.contains(QLatin1Char('"') + member + QLatin1Char('"')), qPrintable(error));
    // Callers may not care why; passing no error pointer must be safe.
    QVERIFY(!Store::turnFromJson(parse(json.constData())));
}

void tst_ConversationJson::turnUnknownMembersIgnored()
{
    // What a newer build might add: members at every level.
    const Core::Turn turn = fullAssistantTurn();
    QJsonObject json = Store::turnToJson(turn);
    json.insert(QLatin1String("attachments"), QJsonArray{QStringLiteral("a.png")});
    json.insert(QLatin1String("rating"), 5);
    QJsonArray parts = json.value(QLatin1String("parts")).toArray();
    QJsonObject first = parts.at(0).toObject();
    first.insert(QLatin1String("redacted"), true);
    parts.replace(0, first);
    json.insert(QLatin1String("parts"), parts);
    QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    usage.insert(QLatin1String("audio_tokens"), 3);
    json.insert(QLatin1String("usage"), usage);
    QJsonObject error = json.value(QLatin1String("error")).toObject();
    error.insert(QLatin1String("request_id"), QStringLiteral("r-1"));
    json.insert(QLatin1String("error"), error);

    QString message;
    const std::optional<Core::Turn> back = Store::turnFromJson(throughText(json), &message);
    QVERIFY2(back, qPrintable(message));
    compareTurns(*back, turn);
}

void tst_ConversationJson::settingsRoundTrip()
{
    const Core::ChatSettings settings = fullSettings();
    QString error;
    const std::optional<Core::ChatSettings> back
        = Store::settingsFromJson(throughText(Store::settingsToJson(settings)), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->model, settings.model);
    QCOMPARE(back->api, Core::ApiKind::Invocations);
    QCOMPARE(back->params.systemPrompt, settings.params.systemPrompt);
    QCOMPARE(back->params.maxTokens, std::optional<int>(512));
    QCOMPARE(back->params.temperature, std::optional<double>(0.7));
    QCOMPARE(back->params.topP, std::optional<double>(0.95));
    QCOMPARE(back->params.stop, (QStringList{QStringLiteral("\n\n"), QStringLiteral("END")}));
    QCOMPARE(back->params.extra, settings.params.extra);
    QCOMPARE(back->params.stream, false);
    QVERIFY(back->params == settings.params);
}

void tst_ConversationJson::settingsUnsetOptionalsStayUnset()
{
    Core::ChatSettings settings;
    settings.model = QStringLiteral("demo-echo");
    settings.params.temperature = 0.0; // zero is a value, not "server default"

    const QJsonObject json = Store::settingsToJson(settings);
    QVERIFY(!json.contains(QLatin1String("max_tokens")));
    QVERIFY(!json.contains(QLatin1String("top_p")));
    const std::optional<Core::ChatSettings> back = Store::settingsFromJson(throughText(json));
    QVERIFY(back);
    QCOMPARE(back->model, QStringLiteral("demo-echo"));
    QCOMPARE(back->api, Core::ApiKind::ChatCompletions);
    QCOMPARE(back->params.temperature, std::optional<double>(0.0));
    QVERIFY(!back->params.maxTokens);
    QVERIFY(!back->params.topP);
    QVERIFY(back->params.stop.isEmpty());
    QVERIFY(back->params.extra.isEmpty());
    QVERIFY(back->params.systemPrompt.isEmpty());
    QCOMPARE(back->params.stream, true);
    QVERIFY(back->params == settings.params);
}

void tst_ConversationJson::settingsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");

    auto row = [](const char *name, const char *json, const char *member) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(member);
    };
    row("model a number", R"({"model": 1})", "model");
    row("api unknown", R"({"api": "soap"})", "api");
    row("stream a string", R"({"stream": "no"})", "stream");
    row("system_prompt a list", R"({"system_prompt": ["a"]})", "system_prompt");
    row("max_tokens a string", R"({"max_tokens": "100"})", "max_tokens");
    row("max_tokens a fraction", R"({"max_tokens": 10.5})", "max_tokens");
    row("max_tokens too large", R"({"max_tokens": 1e12})", "max_tokens");
    row("temperature a string", R"({"temperature": "hot"})", "temperature");
    row("top_p a bool", R"({"top_p": true})", "top_p");
    row("stop a string", R"({"stop": "END"})", "stop");
    row("stop entry a number", R"({"stop": ["END", 3]})", "stop[1]");
    row("extra a list", R"({"extra": []})", "extra");
}

void tst_ConversationJson::settingsWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);

    QString error;
    QVERIFY(!Store::settingsFromJson(parse(json.constData()), &error));
    QVERIFY2(error.contains(QLatin1Char('"') + member + QLatin1Char('"')), qPrintable(error));
}

void tst_ConversationJson::settingsUnknownMembersIgnored()
{
    QJsonObject json = Store::settingsToJson(fullSettings());
    json.insert(QLatin1String("reasoning_effort"), QStringLiteral("high"));
    json.insert(QLatin1String("tools"), QJsonArray{QJsonObject{}});
    const std::optional<Core::ChatSettings> back = Store::settingsFromJson(json);
    QVERIFY(back);
    QVERIFY(back->params == fullSettings().params);
    QCOMPARE(back->model, fullSettings().model);
}

QTEST_GUILESS_MAIN(tst_ConversationJson)
#include "tst_conversationjson.moc"
