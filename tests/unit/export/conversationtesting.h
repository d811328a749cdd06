#pragma once

// A conversation with everything the file format holds, and a comparison of two conversations
// member by member (Turn has no operator==: ReplyMetrics is compared field by field here), for
// the conversation export tests.
#include "store/storedconversation.h"

#include <QJsonObject>
#include <QTest>

namespace ConversationTesting {

using namespace Parlance;

inline Core::Turn userTurn(const QString &text)
{
    Core::Turn turn;
    turn.message = Core::Message::user(text);
    return turn;
}

// About 1 MB of text that is not one character repeated: every script, emoji (a ZWJ sequence
// too), right-to-left text, Markdown and backticks.
inline QString megabyteMessage()
{
    const QString line = QStringLiteral("Zürich · Ελληνικά · 日本語 · ")
                         + QStringLiteral("👩‍💻🎉 · ")
                         + QStringLiteral("مرحبا بالعالم · שלום עולם · ")
                         + QStringLiteral("```code``` · \"quotes\" \\ backslash\ttab\n");
    QString text;
    text.reserve(1024 * 1024 + line.size());
    while (text.size() < 1024 * 1024)
        text += line;
    return text;
}

// Two user turns; a reply with reasoning (signed) and a tool call; the tool's result; a reply
// with every figure; a reply cut off by an error whose raw body is not UTF-8; a system message
// in the middle; unicode everywhere and a 1 MB message.
inline Store::StoredConversation richConversation()
{
    Store::StoredConversation c;
    c.title = QStringLiteral("Wetter in Zürich ☀️ — مرحبا");
    c.created
        = QDateTime::fromString(QStringLiteral("2024-06-01T08:00:00.125Z"), Qt::ISODateWithMs);
    c.updated
        = QDateTime::fromString(QStringLiteral("2024-06-02T09:30:15.001Z"), Qt::ISODateWithMs);
    c.connectionName = QStringLiteral("workspace-prod");
    c.settings.model = QStringLiteral("databricks-claude-sonnet-4-5");
    c.settings.api = Core::ApiKind::Responses;
    Core::GenerationParams &params = c.settings.params;
    params.systemPrompt = QStringLiteral("You are terse.\nAntworte auf Deutsch. 🙂");
    params.maxTokens = 1024;
    params.temperature = 0.25;
    params.topP = 0.9;
    params.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    params.extra = QJsonObject{
        {QStringLiteral("seed"), 7},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
        {QStringLiteral("temperature"), QJsonValue::Null},
    };
    params.stream = false;

    c.turns.append(
        userTurn(QStringLiteral("What is the weather in Zürich? 👩‍💻 שלום")));

    Core::Turn call;
    call.message.role = Core::Role::Assistant;
    call.message.parts = {
        Core::ContentPart::makeReasoning(QStringLiteral("Call the tool."),
                                         QStringLiteral("EqRk+sig/Ω==")),
        Core::ContentPart::makeToolCall(QStringLiteral("call_1"), QStringLiteral("get_weather"),
                                        QStringLiteral(R"({"city": "Zürich", "unit": "c"})")),
    };
    call.model = QStringLiteral("databricks-claude-sonnet-4-5");
    call.api = Core::ApiKind::Responses;
    call.finishReason = QStringLiteral("tool_calls");
    call.usage.inputTokens = 120;
    call.usage.outputTokens = 38;
    call.metrics.timeToFirstTokenMs = 640;
    c.turns.append(call);

    Core::Turn result;
    result.message = Core::Message::make(Core::Role::Tool, QStringLiteral(R"({"sky": "sunny"})"));
    result.message.toolCallId = QStringLiteral("call_1");
    c.turns.append(result);

    Core::Turn answer;
    answer.message.role = Core::Role::Assistant;
    answer.message.parts = {
        Core::ContentPart::makeText(
            QStringLiteral("Es ist **sonnig**.\n\n```python\nprint(1)\n```\n")),
        {Core::ContentPart::Kind::Refusal, QStringLiteral("Not the forecast."), {}, {}, {}, {}},
    };
    answer.model = QStringLiteral("databricks-claude-sonnet-4-5");
    answer.api = Core::ApiKind::Invocations;
    answer.finishReason = QStringLiteral("stop");
    answer.usage = {190, 14, 204, 3, 128};
    answer.metrics.timeToFirstTokenMs = 300;
    answer.metrics.totalMs = 910;
    answer.metrics.outputTokens = 14;
    c.turns.append(answer);

    c.turns.append(userTurn(megabyteMessage()));

    Core::Turn cut;
    cut.message = Core::Message::assistant(QStringLiteral("Morgen wird es"));
    cut.message.incomplete = true;
    cut.model = QStringLiteral("databricks-claude-sonnet-4-5");
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Stream;
    error.httpStatus = 429;
    error.code = QStringLiteral("REQUEST_LIMIT_EXCEEDED");
    error.type = QStringLiteral("rate_limit_error");
    error.message = QStringLiteral("Too many requests");
    error.param = QStringLiteral("model");
    error.retryAfterSeconds = 2.5;
    error.raw = QByteArray("\xff\xfe\x80 raw\x00 body \xe2\x82", 15);
    cut.error = error;
    c.turns.append(cut);

    c.turns.append({Core::Message::system(QStringLiteral("From now on, answer in English.")),
                    {},
                    {},
                    {},
                    {},
                    {},
                    {}});
    return c;
}

// Every member the format holds, with the first difference named.
inline bool sameTurn(const Core::Turn &a, const Core::Turn &b, QString *difference)
{
    const auto differ = [difference](const char *what) {
        *difference = QString::fromLatin1(what);
        return false;
    };
    if (!(a.message == b.message))
        return differ("message");
    if (a.model != b.model)
        return differ("model");
    if (a.api != b.api)
        return differ("api");
    if (!(a.usage == b.usage))
        return differ("usage");
    if (a.metrics.timeToFirstTokenMs != b.metrics.timeToFirstTokenMs
        || a.metrics.totalMs != b.metrics.totalMs
        || a.metrics.outputTokens != b.metrics.outputTokens)
        return differ("metrics");
    if (a.finishReason != b.finishReason)
        return differ("finish reason");
    if (a.error != b.error)
        return differ("error");
    return true;
}

inline void compareConversations(const Store::StoredConversation &actual,
                                 const Store::StoredConversation &expected)
{
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.updated, expected.updated);
    QCOMPARE(actual.connectionName, expected.connectionName);
    QCOMPARE(actual.settings.model, expected.settings.model);
    QVERIFY(actual.settings.api == expected.settings.api);
    QVERIFY(actual.settings.params == expected.settings.params);
    QCOMPARE(actual.turns.size(), expected.turns.size());
    for (qsizetype i = 0; i < actual.turns.size(); ++i) {
        QString difference;
        QVERIFY2(sameTurn(actual.turns.at(i), expected.turns.at(i), &difference),
                 qPrintable(QStringLiteral("turn %1 differs: %2").arg(i).arg(difference)));
    }
}

} // namespace ConversationTesting
