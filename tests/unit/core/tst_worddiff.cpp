// The word diff the compare workspace shows against a baseline column: whole words, never
// half a character, both sides always rebuilt exactly, fewest tokens changed, and bounded work.
#include "core/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Parlance::Core;
using namespace Qt::StringLiterals;

namespace {

// "=[Same]-[Removed]+[Added]", so a failure shows the whole diff at once.
QString describe(const QList<DiffSpan> &spans)
{
    QString result;
    for (const DiffSpan &span : spans) {
        switch (span.kind) {
        case DiffSpan::Kind::Same:
            result += u'=';
            break;
        case DiffSpan::Kind::Removed:
            result += u'-';
            break;
        case DiffSpan::Kind::Added:
            result += u'+';
            break;
        }
        result += u'[' + span.text + u']';
    }
    return result;
}

QString rebuild(const QList<DiffSpan> &spans, DiffSpan::Kind side)
{
    QString result;
    for (const DiffSpan &span : spans) {
        if (span.kind == DiffSpan::Kind::Same || span.kind == side)
            result += span.text;
    }
    return result;
}

// What the header promises of every diff, whatever the input. Empty when it holds.
QString brokenPromise(const QString &baseline, const QString &other, const QList<DiffSpan> &spans)
{
    if (rebuild(spans, DiffSpan::Kind::Removed) != baseline)
        return u"Same + Removed is not the baseline"_s;
    if (rebuild(spans, DiffSpan::Kind::Added) != other)
        return u"Same + Added is not the other text"_s;
    QChar lastOfBaseline;
    QChar lastOfOther;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans[i].text.isEmpty())
            return u"empty span at %1"_s.arg(i);
        if (i > 0 && spans[i - 1].kind == spans[i].kind)
            return u"two spans of one kind at %1"_s.arg(i);
        if (i > 0 && spans[i - 1].kind == DiffSpan::Kind::Added
            && spans[i].kind == DiffSpan::Kind::Removed)
            return u"Added before Removed at %1"_s.arg(i);
        const bool inBaseline = spans[i].kind != DiffSpan::Kind::Added;
        const bool inOther = spans[i].kind != DiffSpan::Kind::Removed;
        const QChar first = spans[i].text.front();
        if (first.isLowSurrogate()
            && ((inBaseline && lastOfBaseline.isHighSurrogate())
                || (inOther && lastOfOther.isHighSurrogate())))
            return u"surrogate pair cut at %1"_s.arg(i);
        if (inBaseline)
            lastOfBaseline = spans[i].text.back();
        if (inOther)
            lastOfOther = spans[i].text.back();
    }
    return {};
}

qsizetype longestCommonSubsequence(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<qsizetype>> table(a.size() + 1,
                                              std::vector<qsizetype>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1
                                       : std::max(table[i + 1][j], table[i][j + 1]);
        }
    }
    return table[0][0];
}

// Words joined by single spaces: the tokens are the words and the spaces between them.
QStringList spacedTokens(const QString &text)
{
    QStringList tokens;
    const QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            tokens.append(u" "_s);
        if (!words[i].isEmpty())
            tokens.append(words[i]);
    }
    return tokens;
}

// Tokens of a Same span of such a text: it starts and ends on token boundaries.
qsizetype spacedTokenCount(const QString &piece)
{
    qsizetype count = 0;
    bool inWord = false;
    for (const QChar c : piece) {
        if (c == u' ') {
            ++count;
            inWord = false;
        } else if (!inWord) {
            ++count;
            inWord = true;
        }
    }
    return count;
}

qsizetype sameTokens(const QList<DiffSpan> &spans, qsizetype (*count)(const QString &))
{
    qsizetype total = 0;
    for (const DiffSpan &span : spans) {
        if (span.kind == DiffSpan::Kind::Same)
            total += count(span.text);
    }
    return total;
}

// Text of single-character tokens only (ideographs, punctuation, emoji): one token per
// grapheme.
const QStringList singleTokenAlphabet{u"中"_s, u"文"_s, u"字"_s, u","_s,        u"!"_s,
                                      u"🐱"_s,  u"🐶"_s,  u"😀"_s,  u"👍🏽"_s, u"🇩🇪"_s};

QStringList randomPick(QRandomGenerator &rng, const QStringList &alphabet, int maxLength)
{
    QStringList picked;
    const int length = rng.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        picked.append(alphabet.at(rng.bounded(int(alphabet.size()))));
    return picked;
}

// A random edit of `tokens`, so the pair shares a good part, as two answers do.
QStringList mutated(QRandomGenerator &rng, QStringList tokens, const QStringList &alphabet)
{
    const int edits = rng.bounded(5);
    for (int i = 0; i < edits; ++i) {
        const int what = rng.bounded(3);
        const int at = rng.bounded(int(tokens.size()) + 1);
        const QString token = alphabet.at(rng.bounded(int(alphabet.size())));
        if (what == 0 || tokens.isEmpty())
            tokens.insert(at, token);
        else if (what == 1)
            tokens.removeAt(std::min(at, int(tokens.size()) - 1));
        else
            tokens[std::min(at, int(tokens.size()) - 1)] = token;
    }
    return tokens;
}

// `count` words from `vocabulary`, joined by single spaces.
QString words(QRandomGenerator &rng, const QStringList &vocabulary, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += u' ';
        text += vocabulary.at(rng.bounded(int(vocabulary.size())));
    }
    return text;
}

} // namespace

class TstWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void randomWordsAreMinimal();
    void randomSingleTokensAreMinimal();
    void randomCodeUnitsRebuild();
    void hugeAndDifferentFallsBackToCoarse();
    void hugeAndCloseStaysFine();
};

void TstWordDiff::table_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("baseline empty") << QString() << u"Hello there"_s << u"+[Hello there]"_s;
    QTest::newRow("other empty") << u"Hello there"_s << QString() << u"-[Hello there]"_s;
    QTest::newRow("identical") << u"Hello, world."_s << u"Hello, world."_s << u"=[Hello, world.]"_s;
    QTest::newRow("one word changed")
        << u"The quick brown fox jumps."_s << u"The quick brown cat jumps."_s
        << u"=[The quick brown ]-[fox]+[cat]=[ jumps.]"_s;
    QTest::newRow("word inside a word is the whole word")
        << u"its colour is red"_s << u"its color is red"_s
        << u"=[its ]-[colour]+[color]=[ is red]"_s;
    QTest::newRow("number") << u"costs 10 dollars"_s << u"costs 12 dollars"_s
                            << u"=[costs ]-[10]+[12]=[ dollars]"_s;
    QTest::newRow("letters and digits are one word")
        << u"model gpt4o wins"_s << u"model gpt4 wins"_s << u"=[model ]-[gpt4o]+[gpt4]=[ wins]"_s;
    QTest::newRow("word inserted") << u"a b"_s << u"a new b"_s << u"=[a ]+[new ]=[b]"_s;
    QTest::newRow("word removed") << u"one two three"_s << u"one three"_s
                                  << u"=[one ]-[two ]=[three]"_s;
    QTest::newRow("punctuation removed")
        << u"Hello, world!"_s << u"Hello world!"_s << u"=[Hello]-[,]=[ world!]"_s;
    QTest::newRow("punctuation is a token per character")
        << u"wait..."_s << u"wait.."_s << u"=[wait..]-[.]"_s;
    QTest::newRow("several changes") << u"red green blue"_s << u"red yellow blue black"_s
                                     << u"=[red ]-[green]+[yellow]=[ blue]+[ black]"_s;
    QTest::newRow("all different")
        << u"alpha beta"_s << u"gamma delta"_s << u"-[alpha]+[gamma]=[ ]-[beta]+[delta]"_s;

    QTest::newRow("whitespace only, same") << u"  \n "_s << u"  \n "_s << u"=[  \n ]"_s;
    QTest::newRow("whitespace only, different") << u"   "_s << u"\t"_s << u"-[   ]+[\t]"_s;
    QTest::newRow("whitespace run is one token") << u"a b"_s << u"a  b"_s << u"=[a]-[ ]+[  ]=[b]"_s;
    QTest::newRow("blank line added") << u"line one\nline two"_s << u"line one\n\nline two"_s
                                      << u"=[line one]-[\n]+[\n\n]=[line two]"_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"a\nb"_s << u"=[a]-[\r\n]+[\n]=[b]"_s;

    QTest::newRow("accented letter in a word")
        << u"caf\u00e9 au lait"_s << u"cafe au lait"_s << u"-[caf\u00e9]+[cafe]=[ au lait]"_s;
    QTest::newRow("combining accent stays with its letter")
        << u"cafe\u0301 ok"_s << u"cafe ok"_s << u"-[cafe\u0301]+[cafe]=[ ok]"_s;
    QTest::newRow("umlauts") << u"Grüße aus Köln"_s << u"Grüße aus Kiel"_s
                             << u"=[Grüße aus ]-[Köln]+[Kiel]"_s;
    QTest::newRow("cyrillic") << u"привет мир"_s << u"привет всем"_s
                              << u"=[привет ]-[мир]+[всем]"_s;
    QTest::newRow("cjk ideographs one by one")
        << u"我喜欢猫。"_s << u"我喜欢狗。"_s << u"=[我喜欢]-[猫]+[狗]=[。]"_s;
    QTest::newRow("cjk inserted") << u"我喜欢猫"_s << u"我很喜欢猫"_s << u"=[我]+[很]=[喜欢猫]"_s;
    QTest::newRow("kana one by one")
        << u"ねこがすき"_s << u"いぬがすき"_s << u"-[ねこ]+[いぬ]=[がすき]"_s;
    QTest::newRow("cjk next to latin")
        << u"GPT模型"_s << u"GPT型号"_s << u"=[GPT]-[模]=[型]+[号]"_s;
    // 🐱 U+1F431 and 🐶 U+1F436 share their high surrogate: a code-unit diff would cut the pair.
    QTest::newRow("emoji sharing a high surrogate")
        << u"I like 🐱 most"_s << u"I like 🐶 most"_s << u"=[I like ]-[🐱]+[🐶]=[ most]"_s;
    QTest::newRow("emoji added") << u"Done"_s << u"Done 🎉"_s << u"=[Done]+[ 🎉]"_s;
    QTest::newRow("skin tone is part of the emoji")
        << u"ok 👍🏽"_s << u"ok 👍🏿"_s << u"=[ok ]-[👍🏽]+[👍🏿]"_s;
    QTest::newRow("flag is one token") << u"🇩🇪 wins"_s << u"🇫🇷 wins"_s << u"-[🇩🇪]+[🇫🇷]=[ wins]"_s;
    QTest::newRow("flag after an emoji is one token")
        << u"🐶🇩🇪🇩🇪"_s << u"🐶🇩🇪🇫🇷"_s << u"=[🐶🇩🇪]-[🇩🇪]+[🇫🇷]"_s;
    QTest::newRow("zwj family is one token") << u"👨\u200d👩\u200d👧"_s << u"👨\u200d👩\u200d👦"_s
                                             << u"-[👨\u200d👩\u200d👧]+[👨\u200d👩\u200d👦]"_s;
    QTest::newRow("lone surrogate survives")
        << u"a \xd800 b"_s << u"a \xdc00 b"_s << u"=[a ]-[\xd800]+[\xdc00]=[ b]"_s;
}

void TstWordDiff::table()
{
    QFETCH(QString, baseline);
    QFETCH(QString, other);
    QFETCH(QString, expected);

    const QList<DiffSpan> spans = wordDiff(baseline, other);
    QCOMPARE(describe(spans), expected);
    QCOMPARE(brokenPromise(baseline, other, spans), QString());
}

// Minimal means the Same spans hold a longest common subsequence of the tokens.
void TstWordDiff::randomWordsAreMinimal()
{
    const QStringList vocabulary{u"a"_s, u"b"_s, u"c"_s, u"dd"_s, u"e1"_s};
    for (quint32 seed = 1; seed <= 3000; ++seed) {
        QRandomGenerator rng(seed);
        const QStringList baseWords = randomPick(rng, vocabulary, 10);
        const QStringList otherWords = rng.bounded(2) ? mutated(rng, baseWords, vocabulary)
                                                      : randomPick(rng, vocabulary, 10);
        const QString baseline = baseWords.join(u' ');
        const QString other = otherWords.join(u' ');

        const QList<DiffSpan> spans = wordDiff(baseline, other);
        const QString broken = brokenPromise(baseline, other, spans);
        if (!broken.isEmpty())
            QFAIL(qPrintable(u"seed %1: %2: %3"_s.arg(seed).arg(broken, describe(spans))));
        const qsizetype lcs = longestCommonSubsequence(spacedTokens(baseline), spacedTokens(other));
        if (sameTokens(spans, spacedTokenCount) != lcs) {
            QFAIL(
                qPrintable(u"seed %1: %2 tokens kept, %3 could be: \"%4\" -> \"%5\": %6"_s.arg(seed)
                               .arg(sameTokens(spans, spacedTokenCount))
                               .arg(lcs)
                               .arg(baseline, other, describe(spans))));
        }
    }
}

void TstWordDiff::randomSingleTokensAreMinimal()
{
    auto graphemes = [](const QString &text) {
        qsizetype count = 0;
        for (const QString &token : singleTokenAlphabet)
            count += text.count(token);
        return count;
    };
    for (quint32 seed = 1; seed <= 3000; ++seed) {
        QRandomGenerator rng(seed);
        const QStringList baseTokens = randomPick(rng, singleTokenAlphabet, 12);
        const QStringList otherTokens = rng.bounded(2)
                                            ? mutated(rng, baseTokens, singleTokenAlphabet)
                                            : randomPick(rng, singleTokenAlphabet, 12);
        const QString baseline = baseTokens.join(QString());
        const QString other = otherTokens.join(QString());

        const QList<DiffSpan> spans = wordDiff(baseline, other);
        const QString broken = brokenPromise(baseline, other, spans);
        if (!broken.isEmpty())
            QFAIL(qPrintable(u"seed %1: %2: %3"_s.arg(seed).arg(broken, describe(spans))));
        qsizetype kept = 0;
        for (const DiffSpan &span : spans) {
            if (span.kind == DiffSpan::Kind::Same)
                kept += graphemes(span.text);
        }
        const qsizetype lcs = longestCommonSubsequence(baseTokens, otherTokens);
        if (kept != lcs) {
            QFAIL(qPrintable(
                u"seed %1: %2 tokens kept, %3 could be: %4"_s.arg(seed).arg(kept).arg(lcs).arg(
                    describe(spans))));
        }
    }
}

// Any UTF-16 at all, valid or not, comes back exactly on both sides.
void TstWordDiff::randomCodeUnitsRebuild()
{
    const QList<char16_t> units{u'a',   u'b',   u' ',   u'\n',  u'1',   u'.',   0x0301, 0x200d,
                                0xfe0f, 0x4e2d, 0xd83d, 0xdc31, 0xdc36, 0xd800, 0xdfff, 0x00e9};
    for (quint32 seed = 1; seed <= 3000; ++seed) {
        QRandomGenerator rng(seed);
        auto randomText = [&] {
            QString text;
            const int length = rng.bounded(16);
            for (int i = 0; i < length; ++i)
                text += QChar(units.at(rng.bounded(int(units.size()))));
            return text;
        };
        const QString baseline = randomText();
        const QString other = randomText();
        const QList<DiffSpan> spans = wordDiff(baseline, other);
        if (rebuild(spans, DiffSpan::Kind::Removed) != baseline
            || rebuild(spans, DiffSpan::Kind::Added) != other) {
            QFAIL(qPrintable(u"seed %1 does not rebuild: %2"_s.arg(seed).arg(describe(spans))));
        }
    }
}

// Two long answers with nothing in common but the spaces: an exact diff would take billions of
// steps. It finishes, coarse, and still rebuilds both sides.
void TstWordDiff::hugeAndDifferentFallsBackToCoarse()
{
    QRandomGenerator rng(8);
    const QString start = u"Here is the answer:\n"_s;
    const QString end = u"\nHope this helps."_s;
    const QString baseline
        = start + words(rng, {u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s}, 50'000) + end;
    const QString other
        = start + words(rng, {u"one"_s, u"two"_s, u"three"_s, u"four"_s}, 50'000) + end;

    const QList<DiffSpan> spans = wordDiff(baseline, other);
    QCOMPARE(brokenPromise(baseline, other, spans), QString());
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans[0], (DiffSpan{DiffSpan::Kind::Same, u"Here is the answer:\n"_s}));
    QCOMPARE(spans[1].kind, DiffSpan::Kind::Removed);
    QCOMPARE(spans[2].kind, DiffSpan::Kind::Added);
    QCOMPARE(spans[3], (DiffSpan{DiffSpan::Kind::Same, u"\nHope this helps."_s}));
}

// Long but nearly equal, as a re-run of one model often is: the diff is still word by word.
void TstWordDiff::hugeAndCloseStaysFine()
{
    QRandomGenerator rng(9);
    const QStringList vocabulary{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"epsilon"_s};
    const QString first = words(rng, vocabulary, 30'000);
    const QString middle = words(rng, vocabulary, 30'000);
    const QString last = words(rng, vocabulary, 30'000);
    const QString baseline = first + u" fox "_s + middle + u" dog "_s + last;
    const QString other = first + u" cat "_s + middle + u" "_s + last;

    const QList<DiffSpan> spans = wordDiff(baseline, other);
    QCOMPARE(brokenPromise(baseline, other, spans), QString());
    QCOMPARE(spans.size(), 6);
    QCOMPARE(spans[1], (DiffSpan{DiffSpan::Kind::Removed, u"fox"_s}));
    QCOMPARE(spans[2], (DiffSpan{DiffSpan::Kind::Added, u"cat"_s}));
    QCOMPARE(spans[3].kind, DiffSpan::Kind::Same);
    QCOMPARE(spans[4].kind, DiffSpan::Kind::Removed);
    QCOMPARE(spans[4].text.trimmed(), u"dog"_s);
    QCOMPARE(spans[5].kind, DiffSpan::Kind::Same);
}

QTEST_GUILESS_MAIN(TstWordDiff)
#include "tst_worddiff.moc"
