#pragma once

#include <QStyledItemDelegate>

namespace Parlance::Ui {

// Draws a row of the history list: the title (bold when it is the open conversation), a pin
// when it is pinned, and, under it while searching, the text the search found with the matched
// words marked. Edits the title in place.
class HistoryItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryItemDelegate)

public:
    explicit HistoryItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Where the rows' parts go, relative to the row; public for tests.
    static constexpr int Padding = 4;
    static QRect titleRect(const QStyleOptionViewItem &option);
    static QRect snippetRect(const QStyleOptionViewItem &option);
    // The snippet's text as drawn in `width` pixels: its start cut (with an ellipsis) so the
    // first match is in view; `shift` is how many characters went.
    static QString fitSnippet(const QString &snippet, qsizetype firstMatch, const QFont &font,
                              int width, qsizetype *shift);
};

} // namespace Parlance::Ui
