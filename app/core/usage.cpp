#include "core/usage.h"

#include "core/wirenumber.h"

namespace Parlance::Core {

// A count that is negative, fractional or beyond 2^53 is a server bug: unknown, not clamped,
// so a total derived from it is not made up either.
static std::optional<qint64> tokenCount(const QJsonObject &object, QLatin1StringView key)
{
    return wireInteger(object.value(key));
}

Usage Usage::fromJson(const QJsonObject &object)
{
    Usage usage;
    usage.inputTokens = tokenCount(object, QLatin1StringView("prompt_tokens"));
    if (!usage.inputTokens)
        usage.inputTokens = tokenCount(object, QLatin1StringView("input_tokens"));
    usage.outputTokens = tokenCount(object, QLatin1StringView("completion_tokens"));
    if (!usage.outputTokens)
        usage.outputTokens = tokenCount(object, QLatin1StringView("output_tokens"));
    usage.totalTokens = tokenCount(object, QLatin1StringView("total_tokens"));

    const QJsonObject outputDetails
        = object.value(QLatin1StringView("completion_tokens_details")).isObject()
              ? object.value(QLatin1StringView("completion_tokens_details")).toObject()
              : object.value(QLatin1StringView("output_tokens_details")).toObject();
    usage.reasoningTokens = tokenCount(outputDetails, QLatin1StringView("reasoning_tokens"));
    if (!usage.reasoningTokens) // Databricks puts it at the top level
        usage.reasoningTokens = tokenCount(object, QLatin1StringView("reasoning_tokens"));

    const QJsonObject inputDetails
        = object.value(QLatin1StringView("prompt_tokens_details")).isObject()
              ? object.value(QLatin1StringView("prompt_tokens_details")).toObject()
              : object.value(QLatin1StringView("input_tokens_details")).toObject();
    usage.cachedInputTokens = tokenCount(inputDetails, QLatin1StringView("cached_tokens"));
    return usage;
}

QJsonObject Usage::toNormalizedJson() const
{
    auto toJson = [](std::optional<qint64> value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    std::optional<qint64> total = totalTokens;
    if (!total && inputTokens && outputTokens)
        total = *inputTokens + *outputTokens;
    return QJsonObject{{QStringLiteral("input_tokens"), toJson(inputTokens)},
                       {QStringLiteral("output_tokens"), toJson(outputTokens)},
                       {QStringLiteral("total_tokens"), toJson(total)}};
}

} // namespace Parlance::Core
