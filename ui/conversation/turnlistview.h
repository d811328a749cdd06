#pragma once

#include <QListView>
#include <QTimer>

namespace Parlance::Ui {

class TurnDelegate;

// The list under the conversation: per-pixel scrolling, rows as wide as the view, a
// coalesced refresh of the streaming row, and "stick to the bottom" while a reply grows
// unless the user scrolled up to read.
class TurnListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnListView)

public:
    explicit TurnListView(QWidget *parent = nullptr);
    ~TurnListView() override;

    void setModel(QAbstractItemModel *model) override;
    TurnDelegate *turnDelegate() const { return m_delegate; }
    // A row's full height, also when it is taller than the 32,767 pixels QListView keeps of it.
    QRect visualRect(const QModelIndex &index) const override;

    // Re-measures one row (its content or height changed outside a dataChanged).
    void refreshRow(const QModelIndex &index);
    bool isFollowingBottom() const { return m_followBottom; }
    void scrollToEnd();

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // How long changes of a streaming row are gathered before the row is laid out again.
    static constexpr int StreamRefreshMs = 40;

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

private:
    void flushStreaming();
    QAction *actionForKey(const QKeyEvent *event) const;
    // Page Up/Down, Home and End scroll by pixels (a reply can be many pages tall), and the
    // current message follows what is in view.
    bool scrollByKey(const QKeyEvent *event);
    void setCurrentWithoutScrolling(const QModelIndex &index);

    TurnDelegate *m_delegate;
    QTimer m_streamTimer;
    QList<QPersistentModelIndex> m_dirty;
    bool m_followBottom = true;
    bool m_adjustingScroll = false;
    QString m_placeholder;
};

} // namespace Parlance::Ui
