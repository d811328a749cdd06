#pragma once

#include <QStyledItemDelegate>

namespace Parlance::Ui {

// Paints a ModelListModel row for the picker: a favourite star, the name with its state badge,
// the task and description underneath in a muted colour, and a section title above the first
// row of each section. Endpoints that are not for chat, and names the server did not list, are
// dimmed. Clicks are the picker's business; starRect() says where the star is.
class ModelItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelItemDelegate)

public:
    explicit ModelItemDelegate(QObject *parent = nullptr);
    ~ModelItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the star of `index` is, in the coordinates of `visualRect` (the view's rect for the
    // row); `font` is the view's.
    QRect starRect(const QRect &visualRect, const QModelIndex &index, const QFont &font) const;

private:
    static bool startsSection(const QModelIndex &index);
    static int headerHeight(const QFont &font);
    static QRect itemRect(const QRect &visualRect, const QModelIndex &index, const QFont &font);
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                     const QModelIndex &index) const;
    void paintStar(QPainter *painter, const QRectF &rect, bool favourite,
                   const QColor &outline) const;
    int paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
                   const QModelIndex &index) const;
};

} // namespace Parlance::Ui
