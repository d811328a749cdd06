#include "core/worddiff.h"

#include <QHash>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace Parlance::Core {

namespace {

// Work units (diagonals visited plus tokens compared) one diff may spend before the parts still
// undone are given coarsely. About a tenth of a second on a slow machine; two answers of a few
// thousand words each that share little still get a minimal diff.
constexpr qint64 WorkBudget = 20'000'000;

enum class TokenClass { Word, Space, Single };

TokenClass classOf(char32_t codePoint)
{
    if (QChar::isSpace(codePoint))
        return TokenClass::Space;
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return TokenClass::Single; // written without spaces: a run would be a whole clause
    default:
        break;
    }
    return QChar::isLetterOrNumber(codePoint) ? TokenClass::Word : TokenClass::Single;
}

char32_t codePointAt(const QString &text, qsizetype position)
{
    const QChar high = text.at(position);
    if (high.isHighSurrogate() && position + 1 < text.size()
        && text.at(position + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(high, text.at(position + 1));
    return high.unicode();
}

qsizetype afterCodePoint(const QString &text, qsizetype position)
{
    return position + (codePointAt(text, position) > 0xffff ? 2 : 1);
}

bool isRegionalIndicator(char32_t codePoint)
{
    return codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

// Continues the character before it: accents, variation selectors, emoji skin tones and tags,
// and the zero-width joiner of emoji sequences.
bool extendsCharacter(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        break;
    }
    return codePoint == 0x200d || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)
           || (codePoint >= 0xe0020 && codePoint <= 0xe007f);
}

// End of the character the user sees at `position`: a simplified extended grapheme cluster
// (Unicode annex 29). Not QTextBoundaryFinder: Qt 6.4 pairs flags wrongly after an emoji
// ("🐶🇩🇪" splits the flag), and one flag must be one token wherever it stands.
qsizetype characterEnd(const QString &text, qsizetype position)
{
    const char32_t first = codePointAt(text, position);
    qsizetype end = afterCodePoint(text, position);
    if (first == u'\r' && end < text.size() && text.at(end) == u'\n')
        return end + 1;
    if (QChar::category(first) == QChar::Other_Control)
        return end;
    if (isRegionalIndicator(first) && end < text.size()
        && isRegionalIndicator(codePointAt(text, end)))
        end = afterCodePoint(text, end);
    bool afterJoiner = false;
    while (end < text.size()) {
        const char32_t next = codePointAt(text, end);
        const bool joined
            = afterJoiner && !QChar::isSpace(next) && QChar::category(next) != QChar::Other_Control;
        if (!joined && !extendsCharacter(next))
            break;
        afterJoiner = next == 0x200d;
        end = afterCodePoint(text, end);
    }
    return end;
}

// Where each token starts, plus text.size() at the end, so token i is [starts[i], starts[i+1]).
std::vector<qsizetype> tokenStarts(const QString &text)
{
    std::vector<qsizetype> starts;
    std::optional<TokenClass> current;
    for (qsizetype position = 0; position < text.size();) {
        const TokenClass cls = classOf(codePointAt(text, position));
        if (!current || cls != *current || cls == TokenClass::Single)
            starts.push_back(position);
        current = cls;
        position = characterEnd(text, position);
    }
    starts.push_back(text.size());
    return starts;
}

struct Op
{
    DiffSpan::Kind kind;
    qsizetype begin; // token range: in the baseline for Same and Removed, else in the other
    qsizetype end;
};

// Myers' O(ND) difference over token ids, in linear space: the middle snake splits the problem
// (Myers 1986, section 4b; laid out as in diff-match-patch's bisect).
class Differ
{
public:
    Differ(std::vector<qsizetype> a, std::vector<qsizetype> b)
        : m_a(std::move(a)), m_b(std::move(b))
    {}

    std::vector<Op> run()
    {
        diff(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()));
        return std::move(m_ops);
    }

private:
    void record(DiffSpan::Kind kind, qsizetype begin, qsizetype end)
    {
        if (begin < end)
            m_ops.push_back({kind, begin, end});
    }

    void diff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        qsizetype prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
            ++prefix;
        record(DiffSpan::Kind::Same, a0, a0 + prefix);
        a0 += prefix;
        b0 += prefix;
        qsizetype suffix = 0;
        while (a0 < a1 - suffix && b0 < b1 - suffix && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        if (a0 == a1 || b0 == b1 || !split(a0, a1, b0, b1)) {
            record(DiffSpan::Kind::Removed, a0, a1);
            record(DiffSpan::Kind::Added, b0, b1);
        }
        record(DiffSpan::Kind::Same, a1, a1 + suffix);
    }

    // Finds the middle snake of a[a0, a1) against b[b0, b1) and diffs both halves around it.
    // False, having emitted nothing, when the work budget ran out or nothing is shared.
    bool split(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        const qsizetype n = a1 - a0;
        const qsizetype m = b1 - b0;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2; // diagonals -maxD .. maxD + 1
        std::vector<qsizetype> forward(length, -1);
        std::vector<qsizetype> backward(length, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const qsizetype delta = n - m;
        // With an odd delta the paths meet on a forward step, otherwise on a backward one.
        const bool meetForward = delta % 2 != 0;
        qsizetype forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0;

        for (qsizetype d = 0; d < maxD; ++d) {
            if (m_work > WorkBudget)
                return false;
            for (qsizetype k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
                const qsizetype at = offset + k;
                qsizetype x = (k == -d || (k != d && forward[at - 1] < forward[at + 1]))
                                  ? forward[at + 1]
                                  : forward[at - 1] + 1;
                qsizetype y = x - k;
                ++m_work;
                while (x < n && y < m && m_a[a0 + x] == m_b[b0 + y]) {
                    ++x;
                    ++y;
                    ++m_work;
                }
                forward[at] = x;
                if (x > n) {
                    forwardEnd += 2; // ran off the right edge
                } else if (y > m) {
                    forwardStart += 2; // ran off the bottom edge
                } else if (meetForward) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < length && backward[other] != -1
                        && x >= n - backward[other])
                        return halves(a0, a1, b0, b1, x, y);
                }
            }
            for (qsizetype k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
                const qsizetype at = offset + k;
                qsizetype x = (k == -d || (k != d && backward[at - 1] < backward[at + 1]))
                                  ? backward[at + 1]
                                  : backward[at - 1] + 1;
                qsizetype y = x - k;
                ++m_work;
                while (x < n && y < m && m_a[a1 - x - 1] == m_b[b1 - y - 1]) {
                    ++x;
                    ++y;
                    ++m_work;
                }
                backward[at] = x;
                if (x > n) {
                    backwardEnd += 2;
                } else if (y > m) {
                    backwardStart += 2;
                } else if (!meetForward) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < length && forward[other] != -1) {
                        const qsizetype forwardX = forward[other];
                        const qsizetype forwardY = forwardX - (other - offset);
                        if (forwardX >= n - x)
                            return halves(a0, a1, b0, b1, forwardX, forwardY);
                    }
                }
            }
        }
        // The paths meet before d = maxD unless the two share no token at all; then "all removed,
        // all added" is the minimal diff, and the caller's coarse answer is that.
        return false;
    }

    bool halves(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, qsizetype x, qsizetype y)
    {
        // A split at a corner would recurse on the same problem; the coarse diff is correct.
        if ((x == 0 && y == 0) || (x == a1 - a0 && y == b1 - b0))
            return false;
        diff(a0, a0 + x, b0, b0 + y);
        diff(a0 + x, a1, b0 + y, b1);
        return true;
    }

    std::vector<qsizetype> m_a;
    std::vector<qsizetype> m_b;
    std::vector<Op> m_ops;
    qint64 m_work = 0;
};

} // namespace

QList<DiffSpan> wordDiff(const QString &baseline, const QString &other)
{
    const std::vector<qsizetype> baseStarts = tokenStarts(baseline);
    const std::vector<qsizetype> otherStarts = tokenStarts(other);

    // Equal tokens get equal ids, so the diff compares integers, not strings.
    QHash<QStringView, qsizetype> ids;
    auto idsOf = [&ids](const QString &text, const std::vector<qsizetype> &starts) {
        std::vector<qsizetype> result;
        result.reserve(starts.size() - 1);
        for (size_t i = 0; i + 1 < starts.size(); ++i) {
            const QStringView token
                = QStringView(text).sliced(starts[i], starts[i + 1] - starts[i]);
            const auto found = ids.constFind(token);
            if (found != ids.cend()) {
                result.push_back(*found);
            } else {
                result.push_back(ids.size());
                ids.insert(token, ids.size());
            }
        }
        return result;
    };
    std::vector<qsizetype> baseIds = idsOf(baseline, baseStarts);
    std::vector<qsizetype> otherIds = idsOf(other, otherStarts);

    const std::vector<Op> ops = Differ(std::move(baseIds), std::move(otherIds)).run();

    // Changes between two Same spans are gathered into one Removed and one Added span.
    QList<DiffSpan> spans;
    QString removed;
    QString added;
    auto flush = [&] {
        if (!removed.isEmpty())
            spans.append({DiffSpan::Kind::Removed, std::exchange(removed, {})});
        if (!added.isEmpty())
            spans.append({DiffSpan::Kind::Added, std::exchange(added, {})});
    };
    for (const Op &op : ops) {
        const bool inBaseline = op.kind != DiffSpan::Kind::Added;
        const QString &text = inBaseline ? baseline : other;
        const std::vector<qsizetype> &starts = inBaseline ? baseStarts : otherStarts;
        const QStringView piece
            = QStringView(text).sliced(starts[op.begin], starts[op.end] - starts[op.begin]);
        switch (op.kind) {
        case DiffSpan::Kind::Removed:
            removed += piece;
            break;
        case DiffSpan::Kind::Added:
            added += piece;
            break;
        case DiffSpan::Kind::Same:
            flush();
            if (!spans.isEmpty() && spans.last().kind == DiffSpan::Kind::Same)
                spans.last().text += piece;
            else
                spans.append({DiffSpan::Kind::Same, piece.toString()});
            break;
        }
    }
    flush();
    return spans;
}

} // namespace Parlance::Core
