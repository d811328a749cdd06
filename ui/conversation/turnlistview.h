#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QTimer>

namespace Parlance::Ui {

class TurnDelegate;

// The list under the conversation: per-pixel scrolling, rows as wide as the view, a
// coalesced refresh of the streaming row, and "stick to the bottom" while a reply grows
// unless the user scrolled up to read.
//
// Only the rows in view are measured before they are shown; the others stand at an estimated
// height (TurnDelegate) and are measured in small slices while the application is idle,
// nearest to the view first. When a row's measured height replaces its estimate, the row at
// the top of the view (or the bottom, when following it) stays where it is on screen.
class TurnListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnListView)

public:
    explicit TurnListView(QWidget *parent = nullptr);
    ~TurnListView() override;

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    // Measures the row first, so that it lands where asked whatever was estimated of it.
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    TurnDelegate *turnDelegate() const { return m_delegate; }
    // A row's full height, also when it is taller than the 32,767 pixels QListView keeps of it.
    QRect visualRect(const QModelIndex &index) const override;

    // Re-measures one row (its content or height changed outside a dataChanged).
    void refreshRow(const QModelIndex &index);
    bool isFollowingBottom() const { return m_followBottom; }
    void scrollToEnd();

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Lays out the streaming rows that changed since the last tick (StreamTicker), repainting
    // only what changed: the new lines, and what moved below them.
    void flushStreaming();
    // Whether a layout of all rows, repainting them all, is due (for tests).
    bool isFullLayoutDue() const { return m_fullLayoutDue; }
    // Whether every row has been measured at the current width (for tests).
    bool isFullyMeasured() const { return m_refineDone && !m_refineTimer.isActive(); }

signals:
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // A row and where its top is in the viewport; no row: the view follows the bottom.
    struct Anchor
    {
        QPersistentModelIndex row;
        int offset = 0;
    };
    Anchor topAnchor(bool measuredOnly) const;
    void keep(const Anchor &anchor);
    // Measures the rows the view shows with `anchor` in place (before a layout).
    void measureInView(const Anchor &anchor);
    // Lays out again, as long as a row in view was measured at another height than the
    // layout has, keeping `anchor` in place. Returns whether it had to lay out again.
    bool settle(const Anchor &anchor);
    void startRefining();
    void refineSlice();
    QAction *actionForKey(const QKeyEvent *event) const;
    // Page Up/Down, Home and End scroll by pixels (a reply can be many pages tall), and the
    // current message follows what is in view.
    bool scrollByKey(const QKeyEvent *event);
    void setCurrentWithoutScrolling(const QModelIndex &index);

    TurnDelegate *m_delegate;
    QList<QPersistentModelIndex> m_dirty;
    bool m_followBottom = true;
    bool m_adjustingScroll = false;
    bool m_inLayout = false;
    // A layout that must repaint everything is due (rows came or went, a row changed).
    bool m_fullLayoutDue = true;
    // Laying out a streaming row without repainting the viewport: its scrolls wait in
    // m_quietScroll, to be done as one blit afterwards.
    bool m_quiet = false;
    int m_quietScroll = 0;
    bool m_settledAgain = false; // rows in view were measured at other heights
    Anchor m_anchor;             // where the view was when it last moved or was laid out
    QTimer m_refineTimer;
    QTimer m_refineLayoutTimer;
    int m_refineAbove = -1; // the next rows to measure, above and below the view
    int m_refineBelow = 0;
    bool m_refineDone = true;
    QString m_placeholder;
};

} // namespace Parlance::Ui
