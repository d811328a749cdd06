#include "conversation/streamticker.h"

#include "conversation/turnlistview.h"

#include <QCoreApplication>

namespace Parlance::Ui {

StreamTicker::StreamTicker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamTicker::tick);
}

StreamTicker *StreamTicker::instance()
{
    // Owned by the application, so it goes before the widgets' event loop does.
    static QPointer<StreamTicker> ticker;
    if (!ticker)
        ticker = new StreamTicker(QCoreApplication::instance());
    return ticker;
}

void StreamTicker::request(TurnListView *view)
{
    if (!m_views.contains(view))
        m_views.append(view);
    if (!m_timer.isActive())
        m_timer.start();
}

void StreamTicker::tick()
{
    const QList<QPointer<TurnListView>> views = std::exchange(m_views, {});
    for (const QPointer<TurnListView> &view : views) {
        if (view)
            view->flushStreaming();
    }
}

} // namespace Parlance::Ui
