#include "controls/modelitemdelegate.h"

#include "controls/modellistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Parlance::Ui {

namespace {

constexpr int kPadding = 6;
constexpr int kStarSize = 14;
constexpr int kLineGap = 2;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QFont scaled(const QFont &font, qreal factor)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0) // a style sheet may have set the size in pixels
        result.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return result;
}

QFont headerFont(const QFont &font)
{
    QFont header = scaled(font, 0.85);
    header.setBold(true);
    return header;
}

QFont secondaryFont(const QFont &font)
{
    return scaled(font, 0.9);
}

QString secondaryText(const QModelIndex &index)
{
    const QString task = index.data(ModelListModel::TaskRole).toString();
    const QString description = index.data(ModelListModel::DescriptionRole).toString();
    const QString alias = index.data(ModelListModel::AliasRole).toString();
    QStringList parts;
    // Both names where both exist: people know the endpoint name from the serving page.
    if (!alias.isEmpty())
        parts << ModelItemDelegate::tr("also %1").arg(alias);
    if (!task.isEmpty())
        parts << task;
    if (!description.isEmpty())
        parts << description;
    return parts.join(QStringLiteral("  \u00b7  "));
}

} // namespace

ModelItemDelegate::ModelItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

ModelItemDelegate::~ModelItemDelegate() = default;

bool ModelItemDelegate::startsSection(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    const QModelIndex previous = index.sibling(index.row() - 1, 0);
    return previous.data(ModelListModel::SectionRole) != index.data(ModelListModel::SectionRole);
}

int ModelItemDelegate::headerHeight(const QFont &font)
{
    return QFontMetrics(headerFont(font)).height() + 2 * kPadding;
}

QRect ModelItemDelegate::itemRect(const QRect &visualRect, const QModelIndex &index,
                                  const QFont &font)
{
    QRect rect = visualRect;
    if (startsSection(index))
        rect.setTop(rect.top() + headerHeight(font));
    return rect;
}

QRect ModelItemDelegate::starRect(const QRect &visualRect, const QModelIndex &index,
                                  const QFont &font) const
{
    const QRect item = itemRect(visualRect, index, font);
    const int lineHeight = QFontMetrics(font).height();
    // A generous hit area around the painted star: it is a small target.
    return QRect(item.left(), item.top(), kStarSize + 2 * kPadding, lineHeight + 2 * kPadding);
}

QSize ModelItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    int height = QFontMetrics(option.font).height() + 2 * kPadding;
    if (!secondaryText(index).isEmpty())
        height += QFontMetrics(secondaryFont(option.font)).height() + kLineGap;
    if (startsSection(index))
        height += headerHeight(option.font);
    return QSize(240, height);
}

void ModelItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    if (startsSection(index)) {
        QRect header = option.rect;
        header.setHeight(headerHeight(option.font));
        paintHeader(painter, option, header, index);
    }
    option.rect = itemRect(opt.rect, index, option.font);
    option.text.clear();
    option.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background
        = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blend(text, background, 0.45);
    const bool dimmed = !index.data(ModelListModel::ChatRole).toBool()
                        || !index.data(ModelListModel::ReadyRole).toBool();

    const QRect content = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    QRect firstLine(content.left(), content.top(), content.width(), metrics.height());

    const QRectF star(firstLine.left(), firstLine.center().y() - kStarSize / 2.0 + 0.5, kStarSize,
                      kStarSize);
    paintStar(painter, star, index.data(ModelListModel::FavouriteRole).toBool(), muted);
    firstLine.setLeft(firstLine.left() + kStarSize + kPadding);

    const int badgeWidth = paintBadge(painter, option, firstLine, index);
    QRect nameRect = firstLine.adjusted(0, 0, -(badgeWidth ? badgeWidth + kPadding : 0), 0);
    const QString name = index.data(ModelListModel::NameRole).toString();
    painter->setFont(option.font);
    painter->setPen(dimmed ? muted : text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(name, Qt::ElideMiddle, nameRect.width()));

    const QString secondary = secondaryText(index);
    if (!secondary.isEmpty()) {
        const QFont font = secondaryFont(option.font);
        const QFontMetrics small(font);
        const QRect line(firstLine.left(), firstLine.bottom() + 1 + kLineGap,
                         content.right() - firstLine.left() + 1, small.height());
        painter->setFont(font);
        painter->setPen(muted);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(secondary, Qt::ElideRight, line.width()));
    }
    painter->restore();
}

void ModelItemDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QRect &rect, const QModelIndex &index) const
{
    const QColor text = option.palette.color(QPalette::Normal, QPalette::Text);
    const QColor base = option.palette.color(QPalette::Normal, QPalette::Base);
    if (index.row() > 0) {
        painter->setPen(blend(text, base, 0.85));
        painter->drawLine(rect.left() + kPadding, rect.top(), rect.right() - kPadding, rect.top());
    }
    const auto section = index.data(ModelListModel::SectionRole).value<ModelListModel::Section>();
    painter->setFont(headerFont(option.font));
    painter->setPen(blend(text, base, 0.4));
    painter->drawText(rect.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      ModelListModel::sectionTitle(section).toUpper());
}

void ModelItemDelegate::paintStar(QPainter *painter, const QRectF &rect, bool favourite,
                                  const QColor &outline) const
{
    // Drawn rather than a glyph: not every font has U+2605, and the outline must stay crisp.
    QPainterPath path;
    const QPointF centre = rect.center();
    const qreal outer = rect.width() / 2.0;
    const qreal inner = outer * 0.45;
    for (int point = 0; point < 10; ++point) {
        const qreal radius = point % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + point * 36.0);
        const QPointF at(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (point == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    path.closeSubpath();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (favourite) {
        const QColor gold(0xe0, 0xa1, 0x00);
        painter->setPen(QPen(gold.darker(115), 1.0));
        painter->setBrush(gold);
    } else {
        painter->setPen(QPen(outline, 1.0));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawPath(path);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

// Returns the width it took on the right of `line`, 0 when the server said nothing.
int ModelItemDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QRect &line, const QModelIndex &index) const
{
    const QString state = index.data(ModelListModel::StateRole).toString();
    if (state.isEmpty())
        return 0;
    const QString label = ModelListModel::stateText(state);
    const bool ready = index.data(ModelListModel::ReadyRole).toBool();
    const QFont font = secondaryFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(label) + 2 * kPadding;
    const int height = metrics.height() + 2;
    const QRect badge(line.right() - width + 1, line.center().y() - height / 2 + 1, width, height);

    const bool dark = isDark(option.palette);
    QColor fill;
    QColor ink;
    if (option.state & QStyle::State_Selected) {
        // On the highlight, green or grey ink would drown: use the highlighted text colour.
        ink = option.palette.color(QPalette::Normal, QPalette::HighlightedText);
        fill = ink;
        fill.setAlphaF(ready ? 0.22 : 0.12);
    } else if (ready) {
        ink = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
        fill = ink;
        fill.setAlphaF(0.16);
    } else {
        const QColor text = option.palette.color(QPalette::Normal, QPalette::Text);
        const QColor base = option.palette.color(QPalette::Normal, QPalette::Base);
        ink = blend(text, base, 0.45);
        fill = blend(text, base, 0.9);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, label);
    return width;
}

} // namespace Parlance::Ui
