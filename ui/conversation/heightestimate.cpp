#include "conversation/heightestimate.h"

#include "conversation/conversationmodel.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QModelIndex>

namespace Parlance::Ui {

namespace {

// As TurnLayout spaces a turn.
constexpr int Margin = 14;
constexpr int Pad = 10;
constexpr int Gap = 8;
constexpr int RowSpace = 8;

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

} // namespace

HeightEstimate::HeightEstimate(const QFont &font)
{
    const QFontMetrics fm(font);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font.pointSizeF() * 0.95);
    m_lineHeight = fm.lineSpacing();
    m_smallLineHeight = QFontMetrics(small).height() + 6;
    m_monoLineHeight = QFontMetrics(mono).lineSpacing();
    // Markdown's markup is counted as text: a little wider per character than the average
    // makes up for the syntax that is not shown.
    m_charWidth = qMax(1, fm.averageCharWidth());
}

int HeightEstimate::of(const QModelIndex &index, int width) const
{
    using M = ConversationModel;
    const bool isUser = index.data(M::IsUserRole).toBool();
    int height = ofText(isUser, index.data(M::TextRole).toString(), width);
    if (isUser)
        return height;
    if (!index.data(M::ReasoningRole).toString().isEmpty())
        height += m_smallLineHeight + 4;
    const int tools = int(index.data(M::ToolCallsRole).toList().size());
    height += tools * (m_smallLineHeight + 4 * m_monoLineHeight + Pad + Gap);
    if (!index.data(M::RefusalRole).toString().isEmpty())
        height += 2 * m_lineHeight + 2 * Pad + Gap;
    if (index.data(M::HasErrorRole).toBool())
        height += 4 * m_lineHeight + 3 * Pad + Gap;
    return height;
}

HeightEstimate::Counts HeightEstimate::count(const QString &text, int charsPerLine)
{
    Counts counts;
    bool inCode = false;
    bool afterBlank = true;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        const QStringView line = QStringView(text).mid(pos, eol - pos);
        pos = eol + 1;
        if (isFence(line)) {
            inCode = !inCode;
            if (inCode)
                ++counts.codeBlocks;
            afterBlank = true;
            continue;
        }
        if (inCode) {
            ++counts.codeLines; // code does not wrap much; its lines are short
            continue;
        }
        if (line.trimmed().isEmpty()) {
            afterBlank = true;
            continue;
        }
        if (afterBlank)
            ++counts.blocks;
        afterBlank = false;
        counts.lines += int((line.size() + charsPerLine - 1) / charsPerLine);
    }
    return counts;
}

int HeightEstimate::ofText(bool isUser, const QString &text, int width) const
{
    const int avail = qMax(width - 2 * Margin, 120);
    if (isUser) {
        const int maxText = qMin(avail, qMax(avail * 4 / 5, 200)) - 2 * Pad;
        const Counts c = count(text, qMax(8, maxText / m_charWidth));
        const int lines = qMax(1, c.lines + c.codeLines + qMax(0, c.blocks - 1));
        // The bubble, and its action line beside or under it.
        return RowSpace + lines * m_lineHeight + 2 * Pad + 4 + m_smallLineHeight / 2 + RowSpace;
    }
    const Counts c = count(text, qMax(8, avail / m_charWidth));
    int height = RowSpace + c.lines * m_lineHeight + c.codeLines * m_monoLineHeight;
    height += qMax(0, c.blocks + c.codeBlocks - 1) * Gap;
    height += c.codeBlocks * (m_smallLineHeight + 4 + Pad); // a code card's header and padding
    // The footer, and the action line under it.
    height += 2 * m_smallLineHeight + RowSpace;
    return height;
}

} // namespace Parlance::Ui
