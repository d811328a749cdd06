#include "cli/resultjson.h"

#include "engine/chatcall.h"

#include <QJsonArray>

namespace Parlance::Cli {

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject chatResultJson(const Engine::ChatCall &call)
{
    const Core::Reply &reply = call.reply();
    QJsonArray toolCalls;
    for (const Core::ContentPart &part : reply.primary().message.toolCalls()) {
        toolCalls.append(QJsonObject{{QStringLiteral("id"), part.toolCallId},
                                     {QStringLiteral("name"), part.toolName},
                                     {QStringLiteral("arguments"), part.toolArguments}});
    }
    QJsonValue error(QJsonValue::Null);
    if (call.error()) {
        const Core::ApiError &e = *call.error();
        error = QJsonObject{
            {QStringLiteral("status"), e.httpStatus ? QJsonValue(e.httpStatus) : QJsonValue()},
            {QStringLiteral("code"), stringOrNull(e.code)},
            {QStringLiteral("message"), e.message}};
    }
    return QJsonObject{
        {QStringLiteral("model"), call.request().model},
        {QStringLiteral("api"), Core::apiKindName(call.request().api)},
        {QStringLiteral("text"), reply.text()},
        {QStringLiteral("reasoning"), stringOrNull(reply.reasoning())},
        {QStringLiteral("tool_calls"), toolCalls},
        {QStringLiteral("finish_reason"), stringOrNull(reply.finishReason())},
        {QStringLiteral("usage"), reply.usage.toNormalizedJson()},
        {QStringLiteral("metrics"), call.metrics().toJson()},
        {QStringLiteral("http"),
         QJsonObject{{QStringLiteral("status"),
                      call.httpStatus() ? QJsonValue(call.httpStatus()) : QJsonValue()},
                     {QStringLiteral("attempts"), call.attempts()}}},
        {QStringLiteral("error"), error},
        // Explicit rather than inferred from `error`: a failure can leave a partial answer in
        // `text`, and a reader must not take that for the whole of it.
        {QStringLiteral("incomplete"), call.isIncomplete()},
    };
}

} // namespace Parlance::Cli
