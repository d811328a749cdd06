#include "store/storedconversation.h"

namespace Parlance::Store {

namespace {

constexpr qsizetype kMaxTitleLength = 80;

} // namespace

QString titleFor(const QString &text)
{
    // Leading blank lines are layout, not content: the title is the first line that says
    // something.
    const QString trimmed = text.trimmed();
    qsizetype end = trimmed.size();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator) {
            end = i;
            break;
        }
    }
    QString line = trimmed.left(end).trimmed();
    if (line.size() <= kMaxTitleLength)
        return line;

    // The ellipsis counts towards the limit; a cut never splits a surrogate pair, and the
    // space before the ellipsis would only look like a typo.
    qsizetype cut = kMaxTitleLength - 1;
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    line.truncate(cut);
    return line.trimmed() + QChar(0x2026);
}

} // namespace Parlance::Store
