#pragma once

#include <QJsonObject>

#include <optional>

namespace Parlance::Core {

// Client-side timings of one reply, measured from the moment the request was sent.
struct ReplyMetrics
{
    std::optional<qint64> timeToFirstTokenMs; // first content or reasoning delta
    std::optional<qint64> totalMs;
    std::optional<qint64> outputTokens; // from usage when known

    // Tokens per second over the generation phase (first token to end). Falls back to the
    // whole request when there was no distinct first token (non-streamed replies).
    std::optional<double> outputTokensPerSecond() const;

    // {"ttft_ms","total_ms","output_tokens_per_s"}, null where unknown.
    QJsonObject toJson() const;
};

} // namespace Parlance::Core
