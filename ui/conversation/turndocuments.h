#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <memory>

class QFont;
class QPainter;
class QRect;
class QTextDocument;

namespace Parlance::Ui {

// The text documents a turn is drawn from, and the colours it is drawn in. Colours are mixed
// from the palette so light and dark themes both work.

// `bWeight` of b, the rest of a.
QColor mixColors(const QColor &a, const QColor &b, qreal bWeight);

std::unique_ptr<QTextDocument> makeDocument(const QFont &font);
// GitHub-flavoured Markdown; indented code blocks shaded.
std::unique_ptr<QTextDocument> proseDocument(const QString &markdown, const QFont &font);
std::unique_ptr<QTextDocument> plainDocument(const QString &text, const QFont &font,
                                             bool wrapAnywhere);
// Indented JSON, or the text unchanged when it is not (yet) valid JSON.
QString prettyJson(const QString &text);
int docHeight(QTextDocument *doc);
// QTextDocument lays itself out again on every setTextWidth(), even to the same width; a
// growing reply must not pay that for every paragraph it already has.
void setDocumentWidth(QTextDocument *doc, int width);
// Draws `doc` at `rect` with `color` as its default text colour, and the characters from
// `selectionStart` to `selectionEnd` highlighted as selected text. Only the lines within
// `visible` (same coordinates as `rect`; empty: all of `rect`) are drawn.
void drawDocument(QPainter *painter, QTextDocument *doc, const QRect &rect, const QColor &color,
                  const QPalette &palette, int selectionStart = 0, int selectionEnd = 0,
                  const QRect &visible = {});

} // namespace Parlance::Ui
