#include "cli/resultjson.h"

#include "engine/chatresult.h"

#include <QJsonArray>

namespace Parlance::Cli {

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject chatResultJson(const Engine::ChatResult &result)
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

} // namespace Parlance::Cli
