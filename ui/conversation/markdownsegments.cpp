#include "conversation/markdownsegments.h"

namespace Parlance::Ui {

namespace {

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

// CommonMark: up to three spaces, then three or more backticks or tildes. Deeper indentation
// is accepted too, because models put fences inside list items.
bool parseFence(QStringView line, Fence *fence)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return false;
    const QChar marker = line.at(i);
    if (marker != QLatin1Char('`') && marker != QLatin1Char('~'))
        return false;
    qsizetype n = i;
    while (n < line.size() && line.at(n) == marker)
        ++n;
    if (n - i < 3)
        return false;
    const QStringView info = line.mid(n).trimmed();
    if (marker == QLatin1Char('`') && info.contains(QLatin1Char('`')))
        return false;
    fence->marker = marker;
    fence->length = n - i;
    fence->indent = i;
    fence->info = info.toString();
    return true;
}

bool closesFence(QStringView line, const Fence &open)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < open.length)
        return false;
    for (QChar c : trimmed) {
        if (c != open.marker)
            return false;
    }
    return true;
}

bool isListItem(QStringView line)
{
    if (line.size() >= 2
        && (line.at(0) == QLatin1Char('-') || line.at(0) == QLatin1Char('*')
            || line.at(0) == QLatin1Char('+'))
        && line.at(1) == QLatin1Char(' '))
        return true;
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isDigit())
        ++i;
    return i > 0 && i + 1 < line.size()
           && (line.at(i) == QLatin1Char('.') || line.at(i) == QLatin1Char(')'))
           && line.at(i + 1) == QLatin1Char(' ');
}

// After a blank line, does `line` start a block that owes nothing to what came before? Not
// when it is indented (a continuation or indented code) or a list item (the list may go on).
bool startsIndependentBlock(QStringView line)
{
    return !line.isEmpty() && !line.at(0).isSpace() && !isListItem(line);
}

QStringView stripIndent(QStringView line, qsizetype indent)
{
    qsizetype i = 0;
    while (i < indent && i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return line.mid(i);
}

} // namespace

QList<MarkdownSegment> splitMarkdown(const QString &source, qsizetype from)
{
    QList<MarkdownSegment> segments;
    qsizetype proseStart = from;
    qsizetype pos = from;

    auto flushProse = [&](qsizetype end) {
        const QStringView text = QStringView(source).mid(proseStart, end - proseStart);
        // A copy even when it is the whole source: a segment that shared a growing reply's
        // text would make the reply copy all of it on its next delta.
        if (!text.trimmed().isEmpty())
            segments.append({MarkdownSegment::Kind::Prose, text.toString(), {}, proseStart, true});
    };

    bool afterBlank = false;
    while (pos < source.size()) {
        qsizetype eol = source.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = source.size();
        const QStringView current = QStringView(source).mid(pos, eol - pos);
        Fence fence;
        if (!parseFence(current, &fence)) {
            // Paragraphs become segments of their own, so a growing reply re-reads only its
            // last paragraph, not everything before it.
            if (afterBlank && pos > proseStart && startsIndependentBlock(current)) {
                flushProse(pos);
                proseStart = pos;
            }
            afterBlank = current.trimmed().isEmpty();
            pos = eol + 1;
            continue;
        }
        afterBlank = false;
        flushProse(pos);
        MarkdownSegment code;
        code.kind = MarkdownSegment::Kind::Code;
        code.language = fence.info.section(QLatin1Char(' '), 0, 0);
        code.start = pos;
        code.closed = false;
        qsizetype line = eol + 1;
        QString text;
        while (line < source.size()) {
            qsizetype end = source.indexOf(QLatin1Char('\n'), line);
            if (end < 0)
                end = source.size();
            const QStringView content = QStringView(source).mid(line, end - line);
            if (closesFence(content, fence)) {
                code.closed = true;
                line = end + 1;
                break;
            }
            if (!text.isEmpty() || line > eol + 1)
                text += QLatin1Char('\n');
            text += stripIndent(content, fence.indent);
            line = end + 1;
        }
        code.text = text;
        segments.append(code);
        pos = line;
        proseStart = qMin(line, source.size());
    }
    flushProse(source.size());
    return segments;
}

QList<MarkdownSegment> updateSegments(QList<MarkdownSegment> segments, qsizetype previousSize,
                                      const QString &text, qsizetype *unchanged)
{
    if (unchanged)
        *unchanged = 0;
    if (segments.isEmpty() || previousSize <= 0 || text.size() < previousSize)
        return splitMarkdown(text);
    // Where a segment starts was decided by its first line. While that line was still
    // arriving the decision may change ("2" becoming "2. item"), so restart at the last
    // segment whose first line was complete. Only that line is read, never the text before:
    // the cost of an update is that of the tail, however long the reply has grown.
    auto firstLineWasComplete = [&](qsizetype start) {
        const qsizetype eol = text.indexOf(QLatin1Char('\n'), start);
        return eol >= 0 && eol < previousSize;
    };
    qsizetype keep = segments.size() - 1;
    while (keep > 0 && !firstLineWasComplete(segments.at(keep).start))
        --keep;
    const qsizetype from = segments.at(keep).start;
    segments.resize(keep);
    if (unchanged)
        *unchanged = keep;
    segments.append(splitMarkdown(text, from));
    return segments;
}

} // namespace Parlance::Ui
