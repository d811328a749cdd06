#include "controls/codehighlighter.h"

#include <QRegularExpression>
#include <QSet>

namespace Parlance::Ui {

namespace {

// Inside a multi-line string at the end of the line before.
enum State { Plain = 0, InTripleDouble = 1, InTripleSingle = 2, InTemplate = 3 };

const QSet<QString> &keywords(CodeHighlighter::Language language)
{
    static const QSet<QString> python{
        u"import"_qs, u"from"_qs,  u"as"_qs,     u"def"_qs,   u"return"_qs, u"for"_qs,
        u"in"_qs,     u"if"_qs,    u"else"_qs,   u"elif"_qs,  u"with"_qs,   u"None"_qs,
        u"True"_qs,   u"False"_qs, u"print"_qs,  u"and"_qs,   u"or"_qs,     u"not"_qs,
        u"class"_qs,  u"try"_qs,   u"except"_qs, u"raise"_qs, u"lambda"_qs};
    static const QSet<QString> javascript{
        u"import"_qs, u"from"_qs, u"const"_qs, u"let"_qs,      u"await"_qs,  u"async"_qs,
        u"for"_qs,    u"of"_qs,   u"if"_qs,    u"else"_qs,     u"return"_qs, u"new"_qs,
        u"null"_qs,   u"true"_qs, u"false"_qs, u"function"_qs, u"process"_qs};
    static const QSet<QString> shell{u"curl"_qs, u"export"_qs, u"if"_qs, u"then"_qs, u"fi"_qs};
    static const QSet<QString> sql{u"SELECT"_qs,      u"FROM"_qs, u"AS"_qs,    u"WHERE"_qs,
                                   u"select"_qs,      u"from"_qs, u"as"_qs,    u"where"_qs,
                                   u"NULL"_qs,        u"TRUE"_qs, u"FALSE"_qs, u"ai_query"_qs,
                                   u"named_struct"_qs};
    switch (language) {
    case CodeHighlighter::Language::Python:
        return python;
    case CodeHighlighter::Language::JavaScript:
        return javascript;
    case CodeHighlighter::Language::Shell:
        return shell;
    case CodeHighlighter::Language::Sql:
        return sql;
    }
    return python;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x0a, 0x7d, 0x32));
    m_number.setForeground(QColor(0x1c, 0x5f, 0xb8));
    m_keyword.setForeground(QColor(0x8f, 0x2d, 0xa8));
    m_keyword.setFontWeight(QFont::Bold);
}

void CodeHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

CodeHighlighter::Language CodeHighlighter::guess(const QString &code)
{
    const QString head = code.left(2000);
    if (head.contains(u"curl ") || head.startsWith(u"#!/bin/sh") || head.startsWith(u"#!/bin/bash"))
        return Language::Shell;
    if (head.contains(QRegularExpression(QStringLiteral("^\\s*(SELECT|select)\\b"),
                                         QRegularExpression::MultilineOption))
        || head.startsWith(u"--")) {
        return Language::Sql;
    }
    if (head.contains(u"import OpenAI") || head.contains(u"const ") || head.startsWith(u"//"))
        return Language::JavaScript;
    return Language::Python;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    int i = 0;
    const int n = int(text.size());
    int state = previousBlockState() < 0 ? Plain : previousBlockState();
    // Continue a string left open by the line before.
    const auto closeMultiline = [&](const QString &closer, int from) {
        const int end = int(text.indexOf(closer, from));
        if (end < 0) {
            setFormat(from, n - from, m_string);
            i = n;
            return false;
        }
        setFormat(from, end + int(closer.size()) - from, m_string);
        i = end + int(closer.size());
        return true;
    };
    if (state == InTripleDouble && !closeMultiline(QStringLiteral("\"\"\""), 0)) {
        setCurrentBlockState(state);
        return;
    }
    if (state == InTripleSingle && !closeMultiline(QStringLiteral("'''"), 0)) {
        setCurrentBlockState(state);
        return;
    }
    if (state == InTemplate && !closeMultiline(QStringLiteral("`"), 0)) {
        setCurrentBlockState(state);
        return;
    }
    state = Plain;
    const QSet<QString> &words = keywords(m_language);
    const bool hashComments = m_language == Language::Python || m_language == Language::Shell;
    while (i < n) {
        const QChar c = text.at(i);
        const QStringView rest = QStringView(text).mid(i);
        if ((hashComments && c == u'#')
            || (m_language == Language::JavaScript && rest.startsWith(u"//"))
            || (m_language == Language::Sql && rest.startsWith(u"--"))) {
            setFormat(i, n - i, m_comment);
            break;
        }
        if (m_language == Language::Python
            && (rest.startsWith(u"\"\"\"") || rest.startsWith(u"'''"))) {
            const QString closer = rest.left(3).toString();
            const int start = i;
            if (!closeMultiline(closer, i + 3)) {
                setFormat(start, n - start, m_string);
                state = closer == u"\"\"\"" ? InTripleDouble : InTripleSingle;
                break;
            }
            setFormat(start, i - start, m_string); // the opening quotes too
            continue;
        }
        if (m_language == Language::JavaScript && c == u'`') {
            const int start = i;
            if (!closeMultiline(QStringLiteral("`"), i + 1)) {
                setFormat(start, n - start, m_string);
                state = InTemplate;
                break;
            }
            setFormat(start, i - start, m_string); // the opening quote too
            continue;
        }
        if (c == u'"' || c == u'\'') {
            int j = i + 1;
            while (j < n && text.at(j) != c) {
                // A backslash escapes the next character, except in shell single quotes.
                if (text.at(j) == u'\\' && !(m_language == Language::Shell && c == u'\''))
                    ++j;
                ++j;
            }
            const int end = std::min(n, j + 1);
            setFormat(i, end - i, m_string);
            i = end;
            continue;
        }
        if (c.isDigit() && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            int j = i;
            while (j < n && (text.at(j).isDigit() || text.at(j) == u'.'))
                ++j;
            setFormat(i, j - i, m_number);
            i = j;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            int j = i;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'_'))
                ++j;
            if (words.contains(text.mid(i, j - i)))
                setFormat(i, j - i, m_keyword);
            i = j;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

} // namespace Parlance::Ui
