#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Parlance::Ui {

class TurnListView;

// One clock for the streaming rows of every conversation view in the application. Each view
// gathers its changes until the tick; then all of them lay out and paint together, so the
// window repaints once for eight compare columns rather than once for each, at times of its
// own, with a key's echo waiting behind all of them.
class StreamTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTicker)

public:
    static StreamTicker *instance();

    // The view's streaming rows are laid out with the next tick.
    void request(TurnListView *view);

    static constexpr int IntervalMs = 40;

private:
    explicit StreamTicker(QObject *parent);
    void tick();

    QTimer m_timer;
    QList<QPointer<TurnListView>> m_views;
};

} // namespace Parlance::Ui
