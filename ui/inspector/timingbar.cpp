#include "inspector/timingbar.h"

#include <QPainter>

namespace Parlance::Ui {

// More ticks than pixels only repaint the same pixels.
static constexpr int MaxTicks = 2000;

TimingBar::TimingBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimingBar::setTimings(qint64 headersMs, qint64 firstByteMs, qint64 totalMs,
                           const QList<qint64> &eventTimes)
{
    m_headers = headersMs;
    m_firstByte = firstByteMs;
    m_total = totalMs;
    m_eventTimes.clear();
    const qsizetype step = qMax(qsizetype(1), eventTimes.size() / MaxTicks);
    for (qsizetype i = 0; i < eventTimes.size(); i += step)
        m_eventTimes.append(eventTimes[i]);
    setToolTip(totalMs < 0 ? QString()
                           : tr("Headers after %1 ms, first byte after %2 ms, done after %3 ms")
                                 .arg(headersMs)
                                 .arg(firstByteMs)
                                 .arg(totalMs));
    update();
}

static QColor blend(const QColor &color, const QColor &base, double amount)
{
    return QColor::fromRgbF(float(color.redF() * amount + base.redF() * (1 - amount)),
                            float(color.greenF() * amount + base.greenF() * (1 - amount)),
                            float(color.blueF() * amount + base.blueF() * (1 - amount)));
}

TimingBar::Colors TimingBar::colors(const QPalette &palette)
{
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor base = palette.color(QPalette::Base);
    return {blend(accent, base, 0.3), blend(accent, base, 0.6), accent};
}

QSize TimingBar::sizeHint() const
{
    return {360, fontMetrics().height() + 10};
}

QSize TimingBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 10};
}

void TimingBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 2.5, -0.5, -2.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(area);
    if (m_total <= 0)
        return;
    const auto x = [&](qint64 ms) {
        return area.left()
               + area.width() * double(qBound(qint64(0), ms, m_total)) / double(m_total);
    };
    const Colors phases = colors(palette());
    painter.setPen(Qt::NoPen);
    const qint64 headersEnd = m_headers >= 0 ? m_headers : m_total;
    painter.setBrush(phases.waiting);
    painter.drawRect(QRectF(QPointF(x(0), area.top()), QPointF(x(headersEnd), area.bottom())));
    if (m_firstByte >= 0) {
        painter.setBrush(phases.firstByte);
        painter.drawRect(
            QRectF(QPointF(x(headersEnd), area.top()), QPointF(x(m_firstByte), area.bottom())));
        painter.setBrush(phases.receiving);
        painter.drawRect(
            QRectF(QPointF(x(m_firstByte), area.top()), QPointF(x(m_total), area.bottom())));
    }
    painter.setPen(palette().color(QPalette::HighlightedText));
    for (const qint64 at : m_eventTimes) {
        const double px = x(at);
        painter.drawLine(QPointF(px, area.top() + area.height() * 0.3),
                         QPointF(px, area.bottom() - area.height() * 0.3));
    }
}

} // namespace Parlance::Ui
