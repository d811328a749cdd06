#include "core/replymetrics.h"

#include <QJsonValue>

#include <cmath>

namespace Parlance::Core {

std::optional<double> ReplyMetrics::outputTokensPerSecond() const
{
    if (!outputTokens || !totalMs || *outputTokens <= 0)
        return std::nullopt;
    qint64 spanMs = *totalMs;
    if (timeToFirstTokenMs && *totalMs > *timeToFirstTokenMs)
        spanMs = *totalMs - *timeToFirstTokenMs;
    if (spanMs <= 0)
        return std::nullopt;
    return double(*outputTokens) * 1000.0 / double(spanMs);
}

QJsonObject ReplyMetrics::toJson() const
{
    auto toJson = [](auto value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    std::optional<double> rate = outputTokensPerSecond();
    if (rate)
        rate = std::round(*rate * 100.0) / 100.0;
    return QJsonObject{{QStringLiteral("ttft_ms"), toJson(timeToFirstTokenMs)},
                       {QStringLiteral("total_ms"), toJson(totalMs)},
                       {QStringLiteral("output_tokens_per_s"), toJson(rate)}};
}

} // namespace Parlance::Core
