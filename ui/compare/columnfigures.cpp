#include "compare/columnfigures.h"

namespace Parlance::Ui {

static std::optional<double> toDouble(const std::optional<qint64> &value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

ColumnFigures ColumnFigures::of(const Core::Turn *reply, const CostFunction &cost)
{
    ColumnFigures figures;
    if (!reply || reply->isUser())
        return figures;
    // Timings are -1 when the clock never started (stopped before the request left).
    const auto timing = [](const std::optional<qint64> &ms) {
        return ms && *ms >= 0 ? std::optional<double>(double(*ms)) : std::nullopt;
    };
    figures.values[TimeToFirstToken] = timing(reply->metrics.timeToFirstTokenMs);
    figures.values[TotalTime] = timing(reply->metrics.totalMs);
    figures.answered = !reply->error && !reply->message.incomplete;
    if (!figures.answered)
        return figures;
    figures.values[TokensPerSecond] = reply->metrics.outputTokensPerSecond();
    figures.values[InputTokens] = toDouble(reply->usage.inputTokens);
    figures.values[OutputTokens] = toDouble(reply->usage.outputTokens);
    figures.values[ReasoningTokens] = toDouble(reply->usage.reasoningTokens);
    if (cost)
        figures.values[Cost] = cost(reply->model, reply->usage);
    figures.finishReason = reply->finishReason;
    return figures;
}

std::optional<bool> ColumnFigures::lowerIsBetter(Figure figure)
{
    switch (figure) {
    case TimeToFirstToken:
    case TotalTime:
    case Cost:
        return true;
    case TokensPerSecond:
        return false;
    default:
        return std::nullopt;
    }
}

QList<int> ColumnFigures::best(const QList<ColumnFigures> &columns, Figure figure)
{
    const std::optional<bool> lower = lowerIsBetter(figure);
    if (!lower)
        return {};
    std::optional<double> bestValue;
    int known = 0;
    for (const ColumnFigures &column : columns) {
        const std::optional<double> &value = column.values[figure];
        if (!column.answered || !value)
            continue;
        ++known;
        if (!bestValue || (*lower ? *value < *bestValue : *value > *bestValue))
            bestValue = value;
    }
    QList<int> best;
    if (known < 2)
        return best;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnFigures &column = columns.at(i);
        if (column.answered && column.values[figure] == bestValue)
            best.append(i);
    }
    return best;
}

} // namespace Parlance::Ui
