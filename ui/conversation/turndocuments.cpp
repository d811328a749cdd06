#include "conversation/turndocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QJsonDocument>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace Parlance::Ui {

namespace {

// QTextLayout drops its shaped glyphs once a paragraph is laid out, and shapes it again on
// every paint: a conversation view repainted while a reply streams would shape everything on
// screen 25 times a second. The documents kept are few (TurnBlocks, TurnDelegate budgets).
void keepShaping(QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

} // namespace

QColor mixColors(const QColor &a, const QColor &b, qreal bWeight)
{
    return QColor::fromRgbF(a.redF() * (1 - bWeight) + b.redF() * bWeight,
                            a.greenF() * (1 - bWeight) + b.greenF() * bWeight,
                            a.blueF() * (1 - bWeight) + b.blueF() * bWeight);
}

std::unique_ptr<QTextDocument> makeDocument(const QFont &font)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    return doc;
}

std::unique_ptr<QTextDocument> proseDocument(const QString &markdown, const QFont &font)
{
    auto doc = makeDocument(font);
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Indented code blocks stay in the prose; shade them like fenced ones. Greys half-way
    // between black and white read on light and dark palettes alike.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.nonBreakableLines()) {
            format.setBackground(QColor(127, 127, 127, 36));
            QTextCursor(block).setBlockFormat(format);
        } else if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            // Quotes: set apart by colour as well as by indentation.
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat quote;
            quote.setForeground(QColor(127, 127, 127));
            cursor.mergeCharFormat(quote);
        }
    }
    // Qt's tables are cramped and double-ruled by default.
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderBrush(QColor(127, 127, 127, 120));
        table->setFormat(format);
    }
    keepShaping(doc.get());
    return doc;
}

std::unique_ptr<QTextDocument> plainDocument(const QString &text, const QFont &font,
                                             bool wrapAnywhere)
{
    auto doc = makeDocument(font);
    if (wrapAnywhere) {
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
    }
    doc->setPlainText(text);
    keepShaping(doc.get());
    return doc;
}

QString prettyJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || json.isNull())
        return text; // still streaming, or not JSON: show it as it came
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

int docHeight(QTextDocument *doc)
{
    return int(std::ceil(doc->size().height()));
}

void setDocumentWidth(QTextDocument *doc, int width)
{
    if (doc->textWidth() != qreal(width))
        doc->setTextWidth(width);
}

void drawDocument(QPainter *painter, QTextDocument *doc, const QRect &rect, const QColor &color,
                  const QPalette &palette, int selectionStart, int selectionEnd,
                  const QRect &visible)
{
    const QRect shown = visible.isEmpty() ? rect : rect & visible;
    if (shown.isEmpty())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, color);
    context.clip = QRectF(shown.translated(-rect.topLeft()));
    if (selectionEnd > selectionStart) {
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = QTextCursor(doc);
        selection.cursor.setPosition(selectionStart);
        selection.cursor.setPosition(selectionEnd, QTextCursor::KeepAnchor);
        selection.format.setBackground(palette.brush(QPalette::Highlight));
        selection.format.setForeground(palette.brush(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Parlance::Ui
