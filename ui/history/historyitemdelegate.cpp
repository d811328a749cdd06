#include "history/historyitemdelegate.h"

#include "history/historylistmodel.h"
#include "store/storedconversation.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>

namespace Parlance::Ui {

namespace {

// A pushpin: the mark of a pinned conversation, at the end of its title.
const QString kPin = QStringLiteral("\U0001F4CC");

bool hasSnippet(const QModelIndex &index)
{
    const QVariant hit = index.data(HistoryListModel::HitRole);
    return hit.isValid() && !hit.value<Store::SearchHit>().snippet.isEmpty();
}

} // namespace

HistoryItemDelegate::HistoryItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QRect HistoryItemDelegate::titleRect(const QStyleOptionViewItem &option)
{
    const int height = option.fontMetrics.height();
    return {option.rect.left() + Padding, option.rect.top() + Padding,
            option.rect.width() - 2 * Padding, height};
}

QRect HistoryItemDelegate::snippetRect(const QStyleOptionViewItem &option)
{
    const QRect title = titleRect(option);
    return {title.left(), title.bottom() + 1 + Padding / 2, title.width(), title.height()};
}

QString HistoryItemDelegate::fitSnippet(const QString &snippet, qsizetype firstMatch,
                                        const QFont &font, int width, qsizetype *shift)
{
    *shift = 0;
    const QFontMetrics metrics(font);
    // The match starts within the first third of the line, after an ellipsis if cut.
    const int lead = width / 3;
    if (firstMatch <= 0 || metrics.horizontalAdvance(snippet.left(firstMatch)) <= lead)
        return snippet;
    const QString ellipsis(QChar(0x2026));
    qsizetype cut = firstMatch;
    while (cut > 0
           && metrics.horizontalAdvance(ellipsis + snippet.mid(cut - 1, firstMatch - cut + 1))
                  <= lead) {
        --cut;
    }
    if (cut > 0 && snippet.at(cut).isLowSurrogate())
        ++cut;
    // The ellipsis takes one character's place.
    *shift = cut - 1;
    return ellipsis + snippet.mid(cut);
}

void HistoryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background, selection and focus as the style draws them; the text is ours.
    const QString title = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    QRect titleArea = titleRect(opt);
    if (index.data(HistoryListModel::PinnedRole).toBool()) {
        const int pinWidth = opt.fontMetrics.horizontalAdvance(kPin);
        painter->setFont(option.font);
        painter->setPen(text);
        painter->drawText(
            QRect(titleArea.right() - pinWidth + 1, titleArea.top(), pinWidth, titleArea.height()),
            Qt::AlignRight | Qt::AlignVCenter, kPin);
        titleArea.setRight(titleArea.right() - pinWidth - Padding);
    }
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(title, Qt::ElideRight, titleArea.width()));

    if (hasSnippet(index)) {
        const auto hit = index.data(HistoryListModel::HitRole).value<Store::SearchHit>();
        const QRect area = snippetRect(opt);
        qsizetype shift = 0;
        const qsizetype first = hit.spans.isEmpty() ? 0 : hit.spans.constFirst().start;
        const QString shown = fitSnippet(hit.snippet, first, option.font, area.width(), &shift);
        QList<QTextLayout::FormatRange> formats;
        for (const Store::SearchHit::Span &span : hit.spans) {
            const qsizetype start = span.start - shift;
            if (start < 0 || start >= shown.size())
                continue;
            QTextLayout::FormatRange range;
            range.start = int(start);
            range.length = int(qMin(span.length, shown.size() - start));
            range.format.setFontWeight(QFont::Bold);
            if (selected) {
                range.format.setFontUnderline(true);
            } else {
                // Marked as a highlighter would, whatever the theme.
                range.format.setBackground(QColor(0xff, 0xd5, 0x4f));
                range.format.setForeground(QColor(0x20, 0x20, 0x20));
            }
            formats.append(range);
        }
        QTextLayout layout(shown, option.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(area.width());
        layout.endLayout();
        QColor faint = text;
        if (!selected)
            faint.setAlphaF(0.75f);
        painter->setPen(faint);
        painter->setClipRect(area);
        layout.draw(painter, area.topLeft());
    }
    painter->restore();
}

QSize HistoryItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int line = QFontMetrics(opt.font).height();
    const int lines = hasSnippet(index) ? 2 * line + Padding / 2 : line;
    return {opt.fontMetrics.horizontalAdvance(opt.text) + 2 * Padding, lines + 2 * Padding};
}

QWidget *HistoryItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("historyTitleEditor"));
    editor->setAccessibleName(tr("Conversation title"));
    editor->setPlaceholderText(tr("Empty: named after the first message"));
    editor->setFrame(false);
    return editor;
}

void HistoryItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    QRect title = titleRect(option);
    const int height = qMax(title.height(), editor->sizeHint().height());
    title.setTop(title.center().y() - height / 2);
    title.setHeight(height);
    editor->setGeometry(title);
}

} // namespace Parlance::Ui
