#pragma once

#include <QJsonObject>

#include <optional>

namespace Parlance::Core {

// Token counts as reported by the server. Databricks streams report cumulative usage on
// every chunk, so a later report replaces an earlier one; it is never added up.
struct Usage
{
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> totalTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> cachedInputTokens;

    bool isEmpty() const { return !inputTokens && !outputTokens && !totalTokens; }

    // Reads both the Chat Completions names (prompt_tokens/completion_tokens) and the
    // Responses names (input_tokens/output_tokens), with their *_details objects.
    static Usage fromJson(const QJsonObject &object);
    // {"input_tokens","output_tokens","total_tokens"}, null where unknown; total derived when
    // the server omitted it but gave both halves.
    QJsonObject toNormalizedJson() const;

    friend bool operator==(const Usage &, const Usage &) = default;
};

} // namespace Parlance::Core
