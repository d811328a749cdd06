#pragma once

#include <QList>
#include <QString>

namespace Parlance::Ui {

// A reply's Markdown cut at fenced code blocks, so each code block can be drawn on its own
// shaded card with a Copy button, and between independent paragraphs, so a growing reply
// only re-reads its last segment.
struct MarkdownSegment
{
    enum class Kind { Prose, Code };

    Kind kind = Kind::Prose;
    QString text;        // Prose: Markdown source; Code: the code, fences and indentation removed
    QString language;    // Code: the info string's first word, may be empty
    qsizetype start = 0; // offset of the segment in the source
    bool closed = true;  // Code: the closing fence was seen (false while a reply streams)

    friend bool operator==(const MarkdownSegment &, const MarkdownSegment &) = default;
};

// Splits `source` from offset `from` (which must be the start of a line, e.g. the `start` of
// a previous segment). Blank prose between blocks is dropped.
QList<MarkdownSegment> splitMarkdown(const QString &source, qsizetype from = 0);

// The segments of `text`, which grew by appending to a text of `previousSize` characters that
// was split into `segments`: only the tail is split again, and the text before it is not read
// (nor compared: a streaming reply only grows). Equal to splitMarkdown(text) when `text` did
// grow from that one. `unchanged`, when given, is set to the number of leading segments that
// were kept without looking at them again.
QList<MarkdownSegment> updateSegments(QList<MarkdownSegment> segments, qsizetype previousSize,
                                      const QString &text, qsizetype *unchanged = nullptr);

} // namespace Parlance::Ui
