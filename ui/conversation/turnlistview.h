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
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void flushStreaming();
    QAction *actionForKey(const QKeyEvent *event) const;

    TurnDelegate *m_delegate;
    QTimer m_streamTimer;
    QList<QPersistentModelIndex> m_dirty;
    bool m_followBottom = true;
    bool m_adjustingScroll = false;
    QString m_placeholder;
};

} // namespace Parlance::Ui
