#pragma once

#include "compare/columnfigures.h"

#include <QWidget>

#include <array>

class QLabel;

namespace Parlance::Ui {

// The figures of a compare column's latest answer under its conversation: time to first
// token, total time, speed, tokens in/out/reasoning, finish reason and cost. The column's best
// values among all columns are marked with a star, in text and for screen readers alike.
class MetricsStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsStrip)

public:
    explicit MetricsStrip(QWidget *parent = nullptr);
    ~MetricsStrip() override;

    // `best`: the figures this column is best at.
    void setFigures(const ColumnFigures &figures, const QList<ColumnFigures::Figure> &best);

    // The value as shown for a figure ("312 ms", "★ 35.2 tok/s"), or "–" when unknown.
    QString valueText(ColumnFigures::Figure figure) const;
    QString finishReasonText() const;
    bool isBest(ColumnFigures::Figure figure) const;

    static QString figureName(ColumnFigures::Figure figure);

private:
    std::array<QLabel *, ColumnFigures::FigureCount> m_values{};
    std::array<bool, ColumnFigures::FigureCount> m_best{};
    QLabel *m_finish;
};

} // namespace Parlance::Ui
