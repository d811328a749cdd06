#include "longmarkdown.h"

#include <QRegularExpression>

namespace {

const QStringList &vocabulary()
{
    static const QStringList words
        = QStringLiteral(
              "the model streams tokens into a growing reply while the view keeps every line in "
              "place "
              "so reading writing scrolling and copying stay smooth across long answers with code "
              "lists quotes tables links and headings that span many screens of careful prose")
              .split(QLatin1Char(' '));
    return words;
}

class Writer
{
public:
    explicit Writer(LongMarkdown *out) : m_out(out) {}

    // Plain words for prose; every seventh carries a running number, so any stretch of a few
    // dozen words occurs once in the whole reply.
    QStringList words(int count)
    {
        QStringList out;
        for (int i = 0; i < count; ++i) {
            QString word = vocabulary().at(m_next % vocabulary().size());
            if (m_next % 7 == 3)
                word += QString::number(m_next);
            ++m_next;
            out.append(word);
        }
        return out;
    }

    // A paragraph's source, with inline markup on some words; the reader sees the bare words.
    QString inlineMarkup(const QStringList &plain, int section)
    {
        QStringList marked;
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QString &w = plain.at(i);
            if (i % 17 == 3)
                marked.append(QStringLiteral("**%1**").arg(w));
            else if (i % 19 == 5)
                marked.append(QStringLiteral("*%1*").arg(w));
            else if (i % 23 == 7)
                marked.append(QStringLiteral("`%1`").arg(w));
            else if (i % 29 == 11)
                marked.append(
                    QStringLiteral("[%1](https://example.com/s%2/%3)").arg(w).arg(section).arg(i));
            else
                marked.append(w);
        }
        return marked.join(QLatin1Char(' '));
    }

    void block(const QString &source, const QStringList &visible)
    {
        if (!m_out->markdown.isEmpty())
            m_out->markdown += QStringLiteral("\n\n");
        m_out->markdown += source;
        m_visible.append(visible);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        m_tokens += int(source.split(space, Qt::SkipEmptyParts).size());
    }

    int tokens() const { return m_tokens; }

    // Shaped like a model's long technical answer: more short lines (list items, code) than
    // long paragraphs.
    void section(int n)
    {
        const QStringList title = words(4);
        block(QStringLiteral("## Section %1: %2").arg(n).arg(title.join(QLatin1Char(' '))),
              QStringList{QStringLiteral("Section"), QStringLiteral("%1:").arg(n)} + title);

        const QStringList intro = words(30);
        block(inlineMarkup(intro, n), intro);

        QStringList bullets;
        QStringList bulletWords;
        for (int i = 0; i < 7; ++i) {
            const QStringList item = words(4 + i % 3);
            bullets.append(QStringLiteral("- ") + inlineMarkup(item, n));
            bulletWords += item;
        }
        block(bullets.join(QLatin1Char('\n')), bulletWords);

        QStringList steps;
        QStringList stepWords;
        for (int i = 0; i < 4; ++i) {
            const QStringList item = words(6);
            steps.append(QStringLiteral("%1. %2").arg(i + 1).arg(item.join(QLatin1Char(' '))));
            stepWords += item;
        }
        block(steps.join(QLatin1Char('\n')), stepWords);

        QStringList code{QStringLiteral("// section %1").arg(n),
                         QStringLiteral("int total%1 = 0;").arg(n)};
        for (int i = 0; i < 6; ++i) {
            code.append(QStringLiteral("if (ready(%1)) {").arg(i * n % 97));
            code.append(QStringLiteral("    total%1 += %2;").arg(n).arg(i + 1));
            code.append(QStringLiteral("}"));
        }
        code.append(QStringLiteral("return total%1;").arg(n));
        QStringList codeWords;
        for (const QString &line : std::as_const(code))
            codeWords += line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        block(QStringLiteral("```cpp\n") + code.join(QLatin1Char('\n')) + QStringLiteral("\n```"),
              codeWords);

        const QStringList quote = words(16);
        block(QStringLiteral("> ") + quote.join(QLatin1Char(' ')), quote);

        const QStringList tail = words(40);
        block(inlineMarkup(tail, n), tail);
    }

    QStringList visible() const { return m_visible; }

private:
    LongMarkdown *m_out;
    QStringList m_visible;
    int m_next = 0;
    int m_tokens = 0;
};

// One token per word, each with the whitespace before it.
QStringList tokenize(const QString &text)
{
    QStringList out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && text.at(i).isSpace())
            ++i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        out.append(text.mid(start, i - start));
    }
    return out;
}

} // namespace

LongMarkdown LongMarkdown::generate(int tokens)
{
    LongMarkdown out;
    Writer writer(&out);
    int section = 1;
    do
        writer.section(section++);
    while (writer.tokens() < tokens);
    out.tokens = tokenize(out.markdown);
    out.visibleText = writer.visible().join(QLatin1Char(' '));
    return out;
}

QString LongMarkdown::prefix(int count) const
{
    QString text;
    for (int i = 0; i < count && i < tokens.size(); ++i)
        text += tokens.at(i);
    return text;
}

QString collapseSpaces(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
}
