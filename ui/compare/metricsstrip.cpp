#include "compare/metricsstrip.h"

#include "conversation/figureformat.h"

#include <QGridLayout>
#include <QLabel>

namespace Parlance::Ui {

static QString formatted(ColumnFigures::Figure figure, double value)
{
    switch (figure) {
    case ColumnFigures::TimeToFirstToken:
    case ColumnFigures::TotalTime:
        return formatMs(qint64(value));
    case ColumnFigures::TokensPerSecond:
        return MetricsStrip::tr("%1 tok/s").arg(formatRate(value));
    case ColumnFigures::Cost:
        return formatCost(value);
    default:
        return formatCount(qint64(value));
    }
}

MetricsStrip::MetricsStrip(QWidget *parent) : QWidget(parent), m_finish(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(1);
    // Two figures a row: the strip stays short enough to leave the conversation the room.
    for (int i = 0; i < ColumnFigures::FigureCount; ++i) {
        const auto figure = ColumnFigures::Figure(i);
        auto *name = new QLabel(figureName(figure), this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("–"), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        m_values[i] = value;
        grid->addWidget(name, i / 2, (i % 2) * 2);
        grid->addWidget(value, i / 2, (i % 2) * 2 + 1);
    }
    // The finish reason fills the place beside the last figure.
    static_assert(ColumnFigures::FigureCount % 2 == 1);
    auto *finishName = new QLabel(tr("Finish"), this);
    finishName->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(finishName, ColumnFigures::FigureCount / 2, 2);
    grid->addWidget(m_finish, ColumnFigures::FigureCount / 2, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_finish->setText(QStringLiteral("–"));
    setAccessibleName(tr("Metrics"));
}

MetricsStrip::~MetricsStrip() = default;

QString MetricsStrip::figureName(ColumnFigures::Figure figure)
{
    switch (figure) {
    case ColumnFigures::TimeToFirstToken:
        return tr("TTFT");
    case ColumnFigures::TotalTime:
        return tr("Total");
    case ColumnFigures::TokensPerSecond:
        return tr("Speed");
    case ColumnFigures::InputTokens:
        return tr("Tokens in");
    case ColumnFigures::OutputTokens:
        return tr("Tokens out");
    case ColumnFigures::ReasoningTokens:
        return tr("Reasoning");
    case ColumnFigures::Cost:
        return tr("Cost");
    case ColumnFigures::FigureCount:
        break;
    }
    return {};
}

void MetricsStrip::setFigures(const ColumnFigures &figures,
                              const QList<ColumnFigures::Figure> &best)
{
    for (int i = 0; i < ColumnFigures::FigureCount; ++i) {
        const auto figure = ColumnFigures::Figure(i);
        const std::optional<double> &value = figures.values[i];
        m_best[i] = value && best.contains(figure);
        QString text = value ? formatted(figure, *value) : QStringLiteral("–");
        QLabel *label = m_values[i];
        QFont font = label->font();
        font.setBold(m_best[i]);
        label->setFont(font);
        if (m_best[i]) {
            text = tr("★ %1").arg(text);
            label->setToolTip(tr("Best of the columns"));
            label->setAccessibleName(tr("%1: %2, best of the columns")
                                         .arg(figureName(figure), formatted(figure, *value)));
        } else {
            label->setToolTip(value ? QString() : tr("Not known for this answer"));
            label->setAccessibleName(tr("%1: %2").arg(figureName(figure), text));
        }
        label->setText(text);
    }
    m_finish->setText(figures.finishReason.isEmpty() ? QStringLiteral("–") : figures.finishReason);
    m_finish->setAccessibleName(tr("Finish reason: %1").arg(m_finish->text()));
}

QString MetricsStrip::valueText(ColumnFigures::Figure figure) const
{
    return m_values[figure]->text();
}

QString MetricsStrip::finishReasonText() const
{
    return m_finish->text();
}

bool MetricsStrip::isBest(ColumnFigures::Figure figure) const
{
    return m_best[figure];
}

} // namespace Parlance::Ui
