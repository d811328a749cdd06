#pragma once

#include <QList>
#include <QString>

namespace Parlance::Core {

// One piece of a word diff: text both sides share, or text only one of them has.
struct DiffSpan
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

// Word-level difference from `baseline` to `other`, fewest tokens changed.
//
// Tokens: runs of letters and digits, runs of whitespace, and single other characters; a CJK
// ideograph or kana (languages written without spaces) is a token of its own. Tokens are made of
// whole characters as the user sees them: a surrogate pair, a letter and its accents, a flag or
// an emoji with its skin tone or joined parts is never split.
//
// No span is empty and no two neighbours have the same kind; where both sides changed, the
// Removed span comes before the Added one. Concatenating the Same and Removed spans gives
// `baseline`, the Same and Added spans `other`.
//
// The work is capped: inputs too far apart to compare in reasonable time (two long answers that
// differ almost everywhere) get a coarse diff instead: their common start and end as Same, the
// rest as one Removed and one Added span.
QList<DiffSpan> wordDiff(const QString &baseline, const QString &other);

} // namespace Parlance::Core
