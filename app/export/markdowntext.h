#pragma once

#include <QString>

// Building blocks for Markdown documents that no text put into them can break: the comparison
// and the conversation exports share them. Every text passes ComparisonLayout::printable()
// first. Internal to parlance-export.
namespace Parlance::Export::MarkdownText {

// The longest run of `c` in `text`: a fence or code span must be longer.
qsizetype longestRun(const QString &text, QChar c);
// One line of text with Markdown's inline syntax escaped.
QString escaped(const QString &text);
// An inline code span: no escaping needed inside, and a URL in it is never made a link.
QString code(const QString &text);
// A fenced block longer than any backtick run inside, followed by a blank line.
QString fenced(const QString &text, const QString &info = {});
// Quoted line by line, followed by a blank line.
QString quoted(const QString &text);

} // namespace Parlance::Export::MarkdownText
