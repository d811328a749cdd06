#include "engine/resultjson.h"

#include "engine/batchrunner.h"
#include "engine/chatresult.h"

#include <QJsonArray>

namespace Parlance::Engine {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The keys of a result line; a column of the input with one of these names goes in as
// input_NAME instead, so it never hides a part of the result.
const QSet<QString> &reservedKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("model"),     QStringLiteral("api"),        QStringLiteral("text"),
        QStringLiteral("reasoning"), QStringLiteral("tool_calls"), QStringLiteral("finish_reason"),
        QStringLiteral("usage"),     QStringLiteral("metrics"),    QStringLiteral("http"),
        QStringLiteral("error"),     QStringLiteral("incomplete"), QStringLiteral("input_index"),
        QStringLiteral("prompt"),    QStringLiteral("checks"),
    };
    return keys;
}

} // namespace

QJsonObject batchCellJson(const BatchCell &cell)
{
    QJsonObject line = chatResultJson(cell.result);
    const BatchRow &row = *cell.row;
    for (auto it = row.columns.constBegin(); it != row.columns.constEnd(); ++it) {
        QString key = it.key();
        while (reservedKeys().contains(key) || (key != it.key() && line.contains(key)))
            key.prepend(QLatin1String("input_"));
        line.insert(key, it.value());
    }
    line.insert(QStringLiteral("input_index"), row.index);
    line.insert(QStringLiteral("prompt"), row.prompt);
    QJsonArray checks;
    for (const BatchCheckResult &check : cell.checks)
        checks.append(checkResultJson(check));
    line.insert(QStringLiteral("checks"), checks);
    return line;
}

QJsonObject checkResultJson(const BatchCheckResult &check)
{
    QJsonObject entry{{QStringLiteral("name"), check.name}, {QStringLiteral("pass"), check.pass}};
    if (check.score)
        entry.insert(QStringLiteral("score"), *check.score);
    if (!check.detail.isEmpty())
        entry.insert(QStringLiteral("detail"), check.detail);
    return entry;
}

QJsonObject chatResultJson(const ChatResult &result)
{
    QJsonArray toolCalls;
    for (const Core::ContentPart &part : result.message.toolCalls()) {
        toolCalls.append(QJsonObject{{QStringLiteral("id"), part.toolCallId},
                                     {QStringLiteral("name"), part.toolName},
                                     {QStringLiteral("arguments"), part.toolArguments}});
    }
    QJsonValue error(QJsonValue::Null);
    if (result.error) {
        const Core::ApiError &e = *result.error;
        error = QJsonObject{
            {QStringLiteral("status"), e.httpStatus ? QJsonValue(e.httpStatus) : QJsonValue()},
            {QStringLiteral("code"), stringOrNull(e.code)},
            {QStringLiteral("message"), e.message}};
    }
    return QJsonObject{
        {QStringLiteral("model"), result.model},
        {QStringLiteral("api"), Core::apiKindName(result.api)},
        {QStringLiteral("text"), result.message.text()},
        {QStringLiteral("reasoning"), stringOrNull(result.message.reasoning())},
        {QStringLiteral("tool_calls"), toolCalls},
        {QStringLiteral("finish_reason"), stringOrNull(result.finishReason)},
        {QStringLiteral("usage"), result.usage.toNormalizedJson()},
        {QStringLiteral("metrics"), result.metrics.toJson()},
        {QStringLiteral("http"),
         QJsonObject{{QStringLiteral("status"),
                      result.httpStatus ? QJsonValue(result.httpStatus) : QJsonValue()},
                     {QStringLiteral("attempts"), result.attempts}}},
        {QStringLiteral("error"), error},
        // Explicit rather than inferred from `error`: a failure can leave a partial answer in
        // `text`, and a reader must not take that for the whole of it.
        {QStringLiteral("incomplete"), result.incomplete},
    };
}

} // namespace Parlance::Engine
