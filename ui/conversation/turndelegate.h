#pragma once

#include "conversation/heightestimate.h"
#include "conversation/turnlayout.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QStyledItemDelegate>

#include <memory>
#include <unordered_map>
#include <utility>

class QAbstractItemView;

namespace Parlance::Ui {

// Draws the turns of a ConversationModel. Each row's TurnLayout is cached by the row's key
// and rebuilt only when the row's revision (or the view's width) changes; the view decides
// how often a streaming row is refreshed. Clicks on the row's buttons come out as
// targetActivated(); code copying, links and the reasoning toggle are handled here.
//
// A row is measured (its layout made at the view's width) only when the view asks for it:
// sizeHint() gives the measured height of a row that has one, and an estimate from the text
// for the others, so a conversation of 1,000 messages is laid out without parsing them. The
// documents that drawing needs are kept for the rows drawn last, within a budget; the other
// rows keep only their sizes.
class TurnDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnDelegate)

public:
    explicit TurnDelegate(QAbstractItemView *view);
    ~TurnDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    // Over a reply's footer, the tooltip names each of its figures.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Inline "edit and resend" of a user turn, opened as a persistent editor by the view.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // `pos` in viewport coordinates.
    TurnLayout::Hit hitTest(const QModelIndex &index, const QPoint &pos) const;
    QRect targetRect(const QModelIndex &index, TurnLayout::Target target, int n = 0) const;
    QString codeText(const QModelIndex &index, int n) const;
    QList<TurnLayout::FooterLine> footerLines(const QModelIndex &index) const; // viewport coords
    int codeBlockCount(const QModelIndex &index) const;

    bool isReasoningExpanded(const QModelIndex &index) const;
    void setReasoningExpanded(const QModelIndex &index, bool expanded);
    // Follows the mouse; returns whether it is over something clickable.
    bool setHover(const QModelIndex &index, const QPoint &pos);
    void copyCode(const QModelIndex &index, int n);
    // Does what a click on `hit` does; the keyboard and accessibility tools come here too.
    void activate(const QModelIndex &index, const TurnLayout::Hit &hit);
    // Everything on the row that a click can activate, in reading order.
    QList<TurnLayout::Hit> targets(const QModelIndex &index) const;
    // The row's text as shown (Markdown rendered), as copying all of it would give.
    QString plainText(const QModelIndex &index) const;

    // Text selection, within one turn at a time. `pos` in viewport coordinates.
    void beginSelection(const QModelIndex &index, const QPoint &pos);
    void extendSelection(const QPoint &pos); // while the button is held; clamps to the row
    void endSelection();                     // a press without a drag selects nothing
    bool isSelecting() const { return m_selecting; }
    void selectWord(const QModelIndex &index, const QPoint &pos);
    void selectAll(const QModelIndex &index);
    void clearSelection();
    bool hasSelection() const;
    QModelIndex selectionIndex() const { return m_selectionIndex; }
    QString selectedText() const;
    bool isOverText(const QModelIndex &index, const QPoint &pos) const;

    void forget(const QModelIndex &index); // the row is going away
    void forgetAll();

    // Whether the row is laid out for its content at the view's width (else it is estimated).
    bool isMeasured(const QModelIndex &index) const;
    // Lays the row out at the view's width and returns its height; without `keepDocuments`
    // it keeps only the sizes (for a row measured ahead of being shown).
    int measure(const QModelIndex &index, bool keepDocuments = true);
    // Whether the height the view last asked for (sizeHint) is not the row's height now.
    bool sizeChanged(const QModelIndex &index) const;
    // Where in the row (from its top) the last change of its content starts to show.
    int changedTop(const QModelIndex &index) const;
    // The next sizeHint() measures the row rather than estimate it (its content changed).
    void measureNext(const QModelIndex &index);
    // Rows painted between these two keep their documents; others may lose them after.
    // `dirty`: the part of the viewport being painted; nothing outside it is drawn.
    void beginPaintPass(const QRect &dirty = {});
    void endPaintPass();
    int rowsWithDocuments() const { return int(m_withDocuments.size()); } // for tests

signals:
    void targetActivated(const QModelIndex &index, Parlance::Ui::TurnLayout::Target target);
    void editSubmitted(const QModelIndex &index, const QString &text);
    void editCancelled(const QModelIndex &index);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    struct Entry
    {
        quint64 revision = 0;
        bool expanded = false;
        QFont font;
        std::unique_ptr<TurnLayout> layout;
        int reported = -1; // the height sizeHint() last gave
        // The estimate for the content and width it was made for, and how far off the last
        // one was when the row was measured (so a measured row's estimate starts from that).
        quint64 estimateRevision = 0;
        int estimateWidth = -1;
        int estimate = 0;
        double correction = 1.0;
        quint64 pass = 0; // the paint pass that last used the row
    };

    TurnLayout *layoutFor(const QModelIndex &index, const QFont &font) const;
    bool isCurrent(const Entry &entry, const QModelIndex &index, const QFont &font) const;
    int estimateFor(Entry &entry, const QModelIndex &index, int width) const;
    int withEditor(const QModelIndex &index, int height) const;
    // Keeps the documents of the rows used last within the budget (never of `keep`).
    void trimDocuments(quint64 keep) const;
    // The row's layout, and `pos` (viewport coordinates) relative to the row.
    std::pair<TurnLayout *, QPoint> layoutAt(const QModelIndex &index, const QPoint &pos) const;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    int viewWidth() const;
    void flash(const QModelIndex &index, const TurnLayout::Hit &hit);
    void setSelection(const QModelIndex &index, const TurnLayout::Selection &selection);

    QAbstractItemView *m_view;
    mutable std::unordered_map<quint64, Entry> m_cache;
    mutable QList<quint64> m_withDocuments; // rows whose layout may hold documents, last used last
    mutable std::unique_ptr<HeightEstimate> m_estimate;
    mutable QFont m_estimateFont;
    mutable QSet<quint64> m_measureNext;
    quint64 m_pass = 0;
    bool m_inPass = false;
    QRect m_dirty;
    QSet<quint64> m_expanded;
    mutable QSet<quint64> m_editing;
    quint64 m_hoverKey = 0;
    TurnLayout::Hit m_hover;
    quint64 m_flashKey = 0;
    TurnLayout::Hit m_flash;
    QPersistentModelIndex m_selectionIndex;
    TurnLayout::Selection m_selection;
    bool m_selecting = false;
};

} // namespace Parlance::Ui
