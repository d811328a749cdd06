#pragma once

#include <QFont>
#include <QString>

class QModelIndex;

namespace Parlance::Ui {

// A turn's height guessed from its text's length and line breaks, without parsing Markdown or
// laying out a document: what a long conversation's rows stand for until they are measured.
// It costs a pass over the text, so a conversation of 1,000 messages is estimated in about a
// millisecond; a measured row replaces it (and the view keeps what is on screen in place).
class HeightEstimate
{
public:
    explicit HeightEstimate(const QFont &font);

    int of(const QModelIndex &index, int width) const;
    int ofText(bool isUser, const QString &text, int width) const;

private:
    struct Counts
    {
        int lines = 0; // of prose, wrapped
        int blocks = 0;
        int codeBlocks = 0;
        int codeLines = 0;
    };
    static Counts count(const QString &text, int charsPerLine);

    int m_lineHeight;
    int m_monoLineHeight;
    int m_smallLineHeight;
    int m_charWidth;
};

} // namespace Parlance::Ui
