#include "workspace/sqlmarkers.h"

namespace Parlance::Workspace {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNamePart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Index just past a quoted run opened at `from` (Spark takes a backslash as an escape in
// string literals, and a doubled quote as a quote inside backquoted names).
qsizetype skipQuoted(const QString &sql, qsizetype from)
{
    const QChar quote = sql.at(from);
    qsizetype i = from + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\\' && quote != u'`') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return i;
}

} // namespace

QStringList sqlParameterMarkers(const QString &sql)
{
    QStringList markers;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`') {
            i = skipQuoted(sql, i);
            continue;
        }
        if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end + 1;
            continue;
        }
        if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
            continue;
        }
        if (c != u':') {
            ++i;
            continue;
        }
        if (i + 1 < sql.size() && sql.at(i + 1) == u':') {
            i += 2; // a cast: value::type
            continue;
        }
        const QChar before = i > 0 ? sql.at(i - 1) : QChar();
        const bool jsonPath
            = isNamePart(before) || before == u')' || before == u']' || before == u'`';
        qsizetype end = i + 1;
        if (end < sql.size() && isNameStart(sql.at(end))) {
            while (end < sql.size() && isNamePart(sql.at(end)))
                ++end;
            const QString name = sql.mid(i + 1, end - i - 1);
            if (!jsonPath && !markers.contains(name))
                markers.append(name);
        }
        i = end;
    }
    return markers;
}

} // namespace Parlance::Workspace
