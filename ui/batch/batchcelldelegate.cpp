#include "batch/batchcelldelegate.h"

#include "batch/batchresultmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Parlance::Ui {

namespace {

const QColor kPassColor(0x2e, 0x7d, 0x32);
const QColor kFailColor(0xc6, 0x28, 0x28);

// Up to `lines` lines of `text` wrapped at `width`, the last one elided when more follows.
void drawWrapped(QPainter *painter, const QFont &font, const QString &text, const QRect &rect,
                 int lines)
{
    const QFontMetrics metrics(font);
    // Only what can show is laid out: twice the characters of average width that fit, so a
    // long answer costs no more than a short one.
    const qsizetype budget
        = qsizetype(lines) * rect.width() / std::max(1, metrics.averageCharWidth()) * 2 + 1;
    QString flat = text.trimmed().left(budget);
    flat.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int y = 0;
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const bool last = i == lines - 1;
        const int end = line.textStart() + line.textLength();
        if (last && end < flat.size()) {
            // The rest goes on this line, cut with an ellipsis.
            QString rest = flat.mid(line.textStart());
            rest.replace(QChar::LineSeparator, u' ');
            painter->drawText(QPoint(rect.left(), rect.top() + y + metrics.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, rect.width()));
            break;
        }
        QString part = flat.mid(line.textStart(), line.textLength());
        part.remove(QChar::LineSeparator);
        painter->drawText(QPoint(rect.left(), rect.top() + y + metrics.ascent()), part);
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

} // namespace

int BatchCellDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).lineSpacing() * (kTextLines + 1) + 2 * kPadding;
}

QSize BatchCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, rowHeight(option.font)};
}

void BatchCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus only; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : palette.color(QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    const QFontMetrics metrics(option.font);
    painter->setClipRect(option.rect);
    painter->setFont(option.font);

    if (index.column() == 0) {
        painter->setPen(text);
        drawWrapped(painter, option.font, index.data(BatchResultModel::AnswerRole).toString(), area,
                    kTextLines + 1);
        painter->restore();
        return;
    }
    if (!index.data(BatchResultModel::DoneRole).toBool()) {
        painter->setPen(quiet);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop, index.data().toString());
        painter->restore();
        return;
    }
    const QString error = index.data(BatchResultModel::ErrorRole).toString();
    const QRect textRect(area.left(), area.top(), area.width(), metrics.lineSpacing() * kTextLines);
    if (!error.isEmpty()) {
        painter->setPen(selected ? text : kFailColor);
        drawWrapped(painter, option.font, error, textRect, kTextLines);
    } else {
        painter->setPen(text);
        drawWrapped(painter, option.font, index.data(BatchResultModel::AnswerRole).toString(),
                    textRect, kTextLines);
    }

    // The figures line: time and tokens on the left, the checks on the right.
    const int baseline = area.top() + metrics.lineSpacing() * kTextLines + metrics.ascent();
    int checksLeft = area.right();
    const int total = index.data(BatchResultModel::ChecksTotalRole).toInt();
    if (total > 0) {
        const int passed = index.data(BatchResultModel::ChecksPassedRole).toInt();
        const QString fail = QStringLiteral("✗ %1").arg(total - passed);
        const QString pass = QStringLiteral("✓ %1").arg(passed);
        const int failWidth = metrics.horizontalAdvance(fail);
        const int passWidth = metrics.horizontalAdvance(pass);
        checksLeft = area.right() - failWidth - metrics.horizontalAdvance(u' ') - passWidth;
        painter->setPen(selected ? text : kPassColor);
        painter->drawText(QPoint(checksLeft, baseline), pass);
        painter->setPen(selected ? text : (passed < total ? kFailColor : quiet));
        painter->drawText(QPoint(area.right() - failWidth, baseline), fail);
    }
    painter->setPen(quiet);
    const int figuresWidth = std::max(0, checksLeft - area.left() - metrics.averageCharWidth());
    painter->drawText(QPoint(area.left(), baseline),
                      metrics.elidedText(index.data(BatchResultModel::FiguresRole).toString(),
                                         Qt::ElideRight, figuresWidth));
    painter->restore();
}

} // namespace Parlance::Ui
