#pragma once

#include <QRect>
#include <QScrollBar>

namespace Parlance::Ui {

// A scroll bar that repaints only what would look different. While a reply streams and the
// view follows it, the range and the value change on every refresh, and the handle moves or
// shrinks by a pixel or two (on a long list not at all); QScrollBar repaints all of itself
// every time, and its groove's fill is one of the dearer things a refresh paints.
class QuietScrollBar final : public QScrollBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietScrollBar)

public:
    explicit QuietScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Between these, changes are only noted; release() repaints once what they changed. A
    // layout sets the range (the value is clamped: the handle leaves the end) and then puts
    // the value back at the end: the handle is where it was, nothing to repaint.
    void hold();
    void release();

protected:
    void sliderChange(SliderChange change) override;
    // After these Qt repaints all of it: what it shows is known anew.
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        friend bool operator==(const Look &, const Look &) = default;
    };
    Look look() const;
    void repaintChanged(SliderChange change);

    Look m_painted;
    bool m_known = false;
    int m_holds = 0;
    bool m_changed = false; // while held
};

} // namespace Parlance::Ui
