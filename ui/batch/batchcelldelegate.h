#pragma once

#include <QStyledItemDelegate>

namespace Parlance::Ui {

// Paints a batch cell in a fixed height: the answer's first lines elided, then a line with
// the time and tokens and the checks passed (✓) and failed (✗); a failure's error in red
// instead of the answer. Every row is as high as every other, so a view of 10,000 rows lays
// out nothing and scrolls by arithmetic.
class BatchCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kTextLines = 2; // of the answer; the figures take one more
    static constexpr int kPadding = 4;

    using QStyledItemDelegate::QStyledItemDelegate;

    // The height of every row for `font`.
    static int rowHeight(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Parlance::Ui
