#include "export/markdowntext.h"

#include "export/comparisonlayout.h"

#include <QStringList>

#include <algorithm>

namespace Parlance::Export::MarkdownText {

using namespace Qt::StringLiterals;
using ComparisonLayout::printable;

qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar x : text) {
        run = x == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

QString escaped(const QString &text)
{
    static const QString special = u"\\`*_[]<>#!|~&"_s;
    const QString line = printable(text).simplified();
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString code(const QString &text)
{
    const QString line = printable(text).simplified();
    if (line.isEmpty())
        return u"\"\""_s;
    const QString ticks(longestRun(line, u'`') + 1, u'`');
    // A span that starts or ends with a backtick needs a space to tell it from the delimiter.
    const bool pad = line.startsWith(u'`') || line.endsWith(u'`');
    const QString space = pad ? u" "_s : QString();
    return ticks + space + line + space + ticks;
}

QString fenced(const QString &text, const QString &info)
{
    const QString body = printable(text);
    const QString fence(std::max<qsizetype>(3, longestRun(body, u'`') + 1), u'`');
    return fence + info + u'\n' + body + (body.endsWith(u'\n') ? u""_s : u"\n"_s) + fence
           + u"\n\n"_s;
}

QString quoted(const QString &text)
{
    QString out;
    const QStringList lines = printable(text).split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        out += line.isEmpty() ? u">\n"_s : u"> "_s + line + u'\n';
    }
    return out + u'\n';
}

} // namespace Parlance::Export::MarkdownText
