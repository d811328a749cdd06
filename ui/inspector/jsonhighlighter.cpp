#include "inspector/jsonhighlighter.h"

#include <QGuiApplication>

namespace Parlance::Ui {

JsonHighlighter::JsonHighlighter(QObject *parent) : QSyntaxHighlighter(parent)
{
    setColors(JsonColors::forPalette(QGuiApplication::palette()));
}

void JsonHighlighter::setColors(const JsonColors &colors)
{
    m_key.setForeground(colors.key);
    m_string.setForeground(colors.string);
    m_number.setForeground(colors.number);
    m_keyword.setForeground(colors.keyword);
    if (document())
        rehighlight();
}

static bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
           || c == QLatin1Char('e') || c == QLatin1Char('E');
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = qMin(text.size(), qsizetype(MaxColouredLineLength));
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"')) {
                if (text.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = qMin(end + 1, n);
            qsizetype after = end;
            while (after < n && text.at(after).isSpace())
                ++after;
            const bool isKey = after < n && text.at(after) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c == QLatin1Char('t') || c == QLatin1Char('f') || c == QLatin1Char('n')) {
            qsizetype end = i;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == QLatin1StringView("true") || word == QLatin1StringView("false")
                || word == QLatin1StringView("null"))
                setFormat(int(i), int(end - i), m_keyword);
            i = qMax(end, i + 1);
        } else {
            ++i;
        }
    }
}

} // namespace Parlance::Ui
