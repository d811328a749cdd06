#pragma once

#include <QString>
#include <QStringList>

// A deterministic Markdown-rich reply of a given length, as a model would stream it: headings,
// paragraphs with bold, italics, inline code and links, bullet and numbered lists, fenced code
// blocks, quotes and long paragraphs. A token is one word with the whitespace before it, as
// the simulated gateway counts them.
struct LongMarkdown
{
    QString markdown;
    QStringList tokens;  // joined, they give `markdown`
    QString visibleText; // the words a reader sees (Markdown syntax removed), one space apart

    // At least `tokens` tokens, ending after a whole section.
    static LongMarkdown generate(int tokens);
    // The first `count` tokens, joined.
    QString prefix(int count) const;
};

// `text` with every run of whitespace turned into one space, trimmed.
QString collapseSpaces(const QString &text);
