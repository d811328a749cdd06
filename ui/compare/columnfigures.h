#pragma once

#include "core/turn.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace Parlance::Ui {

// The figures a compare column's metrics strip shows for its latest answer, and which column
// did best on each. Kept apart from the widgets so the "best" rules are tested on their own.
struct ColumnFigures
{
    enum Figure {
        TimeToFirstToken, // ms, lower is better
        TotalTime,        // ms, lower is better
        TokensPerSecond,  // higher is better
        InputTokens,      // no better direction: shown, never marked
        OutputTokens,
        ReasoningTokens,
        Cost, // USD, lower is better; unknown without a price
        FigureCount
    };

    std::array<std::optional<double>, FigureCount> values;
    QString finishReason;
    bool answered = false; // there is a finished answer without an error

    // What a price table makes of a model's usage; nothing when no price is known.
    using CostFunction
        = std::function<std::optional<double>(const QString &model, const Core::Usage &usage)>;

    // The figures of `reply` (an assistant turn, finished); an empty set for none. A reply
    // that failed or was stopped is not `answered`, and only its timings are shown.
    static ColumnFigures of(const Core::Turn *reply, const CostFunction &cost = {});

    // Whether a lower value is better (true), a higher one (false), or neither (nullopt).
    static std::optional<bool> lowerIsBetter(Figure figure);

    // The columns holding the best value of `figure` among answered columns (several on a
    // tie); none when fewer than two answered columns have the figure or it has no direction.
    static QList<int> best(const QList<ColumnFigures> &columns, Figure figure);
};

} // namespace Parlance::Ui
