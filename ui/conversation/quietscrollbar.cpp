#include "conversation/quietscrollbar.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace Parlance::Ui {

QuietScrollBar::QuietScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{}

QuietScrollBar::Look QuietScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return {
        style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
        value() == minimum(), value() == maximum()};
}

void QuietScrollBar::sliderChange(SliderChange change)
{
    // QListView sets the steps on every layout, changed or not: they count like the rest. A
    // transient scroll bar shows itself on changes: QScrollBar does that.
    if (change == SliderOrientationChange
        || style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this)) {
        m_known = false;
        QScrollBar::sliderChange(change);
        return;
    }
    if (m_holds > 0) {
        m_changed = true;
        return;
    }
    repaintChanged(change);
}

void QuietScrollBar::hold()
{
    ++m_holds;
}

void QuietScrollBar::release()
{
    if (m_holds > 0 && --m_holds == 0 && std::exchange(m_changed, false))
        repaintChanged(SliderValueChange);
}

void QuietScrollBar::repaintChanged(SliderChange change)
{
    const Look now = look();
    if (m_known && now == m_painted)
        return; // the same pixels: nothing to repaint
    const bool handleOnly = m_known && now.atMinimum == m_painted.atMinimum
                            && now.atMaximum == m_painted.atMaximum && !isSliderDown();
    const QRect before = m_painted.handle;
    m_painted = now;
    m_known = true;
    if (!handleOnly) {
        QScrollBar::sliderChange(change);
        return;
    }
    // Where the handle was and is; the arrows (whose look may follow the ends) are unchanged.
    const QRect changed = before.united(now.handle);
    update(orientation() == Qt::Vertical ? changed.adjusted(0, -2, 0, 2)
                                         : changed.adjusted(-2, 0, 2, 0));
}

void QuietScrollBar::resizeEvent(QResizeEvent *event)
{
    QScrollBar::resizeEvent(event);
    m_painted = look(); // what the repaint that follows a resize draws
    m_known = true;
}

void QuietScrollBar::changeEvent(QEvent *event)
{
    QScrollBar::changeEvent(event);
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::EnabledChange:
    case QEvent::LayoutDirectionChange:
        m_painted = look(); // Qt repaints all of it for these
        m_known = true;
        break;
    default:
        break;
    }
}

} // namespace Parlance::Ui
