// The leaderboard of blind votes: Elo numbers worked out here from the formula, so a wrong
// K, sign or expected score shows, and the rules for which votes count.
#include "core/leaderboard.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Parlance::Core;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

Vote best(int minute, const QStringList &contestants, int index)
{
    return Vote{start.addSecs(60 * minute), contestants, Vote::Outcome::Best, index, {}, 0};
}

Vote tie(int minute, const QStringList &contestants, Vote::Outcome outcome = Vote::Outcome::Tie)
{
    return Vote{start.addSecs(60 * minute), contestants, outcome, -1, {}, 0};
}

// The new rating of a player rated `rating` after scoring `score` (1, 0.5 or 0) against
// `opponent`: R' = R + 32 (S - 1 / (1 + 10^((Ro - R) / 400))).
double rated(double rating, double opponent, double score)
{
    return rating + 32 * (score - 1 / (1 + std::pow(10.0, (opponent - rating) / 400)));
}

LeaderboardRow rowOf(const QList<LeaderboardRow> &rows, const QString &name)
{
    for (const LeaderboardRow &row : rows) {
        if (row.contestant == name)
            return row;
    }
    return LeaderboardRow{u"(missing %1)"_s.arg(name)};
}

// Elo to a millionth: the test sums the same changes in another order than the code may.
QString describe(const LeaderboardRow &row)
{
    return u"%1 won %2 tied %3 lost %4 elo %5"_s.arg(row.contestant)
        .arg(row.wins)
        .arg(row.ties)
        .arg(row.losses)
        .arg(row.elo, 0, 'f', 6);
}

QStringList names(const QList<LeaderboardRow> &rows)
{
    QStringList result;
    for (const LeaderboardRow &row : rows)
        result.append(row.contestant);
    return result;
}

} // namespace

class TstLeaderboard : public QObject
{
    Q_OBJECT

private slots:
    void noVotesNoRows();
    void oneWin();
    void winThenLoss();
    void drawsAreSymmetric();
    void allBadIsADraw();
    void bestOfThree();
    void tieOfThreeUsesRatingsBeforeTheVote();
    void inputOrderDoesNotMatter();
    void equalTimesKeepListOrder();
    void dateFilterBounds();
    void malformedVotesAreIgnored_data();
    void malformedVotesAreIgnored();
    void duplicateContestantPlaysOnce();
    void sortedByEloThenName();
};

void TstLeaderboard::noVotesNoRows()
{
    QCOMPARE(leaderboard({}), QList<LeaderboardRow>());
}

void TstLeaderboard::oneWin()
{
    const QList<LeaderboardRow> rows = leaderboard({best(0, {u"a"_s, u"b"_s}, 0)});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(describe(rows[0]), describe(LeaderboardRow{u"a"_s, 1, 0, 0, 1016}));
    QCOMPARE(describe(rows[1]), describe(LeaderboardRow{u"b"_s, 0, 0, 1, 984}));
    QCOMPARE(rated(1000, 1000, 1), 1016.0); // the formula the others rely on
}

void TstLeaderboard::winThenLoss()
{
    const QList<LeaderboardRow> rows
        = leaderboard({best(0, {u"a"_s, u"b"_s}, 0), best(1, {u"a"_s, u"b"_s}, 1)});
    const double a = rated(1016, 984, 0);
    const double b = rated(984, 1016, 1);
    QCOMPARE(describe(rowOf(rows, u"a"_s)), describe(LeaderboardRow{u"a"_s, 1, 0, 1, a}));
    QCOMPARE(describe(rowOf(rows, u"b"_s)), describe(LeaderboardRow{u"b"_s, 1, 0, 1, b}));
    QVERIFY(b > 1000); // the upset against the stronger player is worth more than 16
    QCOMPARE(rows[0].contestant, u"b"_s);
}

void TstLeaderboard::drawsAreSymmetric()
{
    // Equal ratings: a draw changes nothing.
    QList<LeaderboardRow> rows = leaderboard({tie(0, {u"a"_s, u"b"_s})});
    QCOMPARE(describe(rowOf(rows, u"a"_s)), describe(LeaderboardRow{u"a"_s, 0, 1, 0, 1000}));
    QCOMPARE(describe(rowOf(rows, u"b"_s)), describe(LeaderboardRow{u"b"_s, 0, 1, 0, 1000}));

    // After a win the draw moves both back by the same amount, whichever is named first.
    for (const QStringList &order : {QStringList{u"a"_s, u"b"_s}, QStringList{u"b"_s, u"a"_s}}) {
        rows = leaderboard({best(0, {u"a"_s, u"b"_s}, 0), tie(1, order)});
        const double a = rated(1016, 984, 0.5);
        const double b = rated(984, 1016, 0.5);
        QCOMPARE(describe(rowOf(rows, u"a"_s)), describe(LeaderboardRow{u"a"_s, 1, 1, 0, a}));
        QCOMPARE(describe(rowOf(rows, u"b"_s)), describe(LeaderboardRow{u"b"_s, 0, 1, 1, b}));
        QVERIFY(a < 1016);
        QCOMPARE(1016 - a, b - 984);
    }
}

void TstLeaderboard::allBadIsADraw()
{
    const QList<LeaderboardRow> viaTie
        = leaderboard({best(0, {u"a"_s, u"b"_s}, 0), tie(1, {u"a"_s, u"b"_s})});
    const QList<LeaderboardRow> viaAllBad = leaderboard(
        {best(0, {u"a"_s, u"b"_s}, 0), tie(1, {u"a"_s, u"b"_s}, Vote::Outcome::AllBad)});
    QCOMPARE(viaAllBad, viaTie);
}

void TstLeaderboard::bestOfThree()
{
    const QList<LeaderboardRow> rows = leaderboard({best(0, {u"a"_s, u"b"_s, u"c"_s}, 1)});
    // b beats a and c, each game rated from 1000 against 1000; a and c do not play.
    QCOMPARE(rows, (QList<LeaderboardRow>{
                       {u"b"_s, 2, 0, 0, 1032}, {u"a"_s, 0, 0, 1, 984}, {u"c"_s, 0, 0, 1, 984}}));
}

void TstLeaderboard::tieOfThreeUsesRatingsBeforeTheVote()
{
    const Vote first = best(0, {u"a"_s, u"b"_s}, 0); // a 1016, b 984, c unrated (1000)
    const QList<LeaderboardRow> rows = leaderboard({first, tie(1, {u"a"_s, u"b"_s, u"c"_s})});
    const double a = 1016 + (rated(1016, 984, 0.5) - 1016) + (rated(1016, 1000, 0.5) - 1016);
    const double b = 984 + (rated(984, 1016, 0.5) - 984) + (rated(984, 1000, 0.5) - 984);
    const double c = 1000 + (rated(1000, 1016, 0.5) - 1000) + (rated(1000, 984, 0.5) - 1000);
    QCOMPARE(describe(rowOf(rows, u"a"_s)), describe(LeaderboardRow{u"a"_s, 1, 2, 0, a}));
    QCOMPARE(describe(rowOf(rows, u"b"_s)), describe(LeaderboardRow{u"b"_s, 0, 2, 1, b}));
    QCOMPARE(describe(rowOf(rows, u"c"_s)), describe(LeaderboardRow{u"c"_s, 0, 2, 0, c}));

    const QList<LeaderboardRow> reordered = leaderboard({first, tie(1, {u"c"_s, u"b"_s, u"a"_s})});
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        QCOMPARE(rowOf(reordered, name).elo, rowOf(rows, name).elo);
}

void TstLeaderboard::inputOrderDoesNotMatter()
{
    const QStringList models{u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s};
    QList<Vote> votes;
    std::mt19937 rng(42);
    for (int minute = 0; minute < 60; ++minute) {
        QStringList contestants = models;
        std::shuffle(contestants.begin(), contestants.end(), rng);
        contestants.resize(2 + int(rng() % 3));
        if (rng() % 4 == 0)
            votes.append(tie(minute, contestants));
        else
            votes.append(best(minute, contestants, int(rng() % contestants.size())));
    }
    const QList<LeaderboardRow> expected = leaderboard(votes);
    QCOMPARE(expected.size(), 4);
    for (int round = 0; round < 5; ++round) {
        QList<Vote> shuffled = votes;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        QCOMPARE(leaderboard(shuffled), expected);
    }
    std::reverse(votes.begin(), votes.end());
    QCOMPARE(leaderboard(votes), expected);
}

void TstLeaderboard::equalTimesKeepListOrder()
{
    const Vote aWins = best(5, {u"a"_s, u"b"_s}, 0);
    const Vote bWins = best(5, {u"a"_s, u"b"_s}, 1);
    const double lastWinner = rated(984, 1016, 1);
    QCOMPARE(rowOf(leaderboard({aWins, bWins}), u"b"_s).elo, lastWinner);
    QCOMPARE(rowOf(leaderboard({bWins, aWins}), u"a"_s).elo, lastWinner);
}

void TstLeaderboard::dateFilterBounds()
{
    const QList<Vote> votes{best(0, {u"a"_s, u"b"_s}, 0), best(10, {u"c"_s, u"d"_s}, 0),
                            best(20, {u"e"_s, u"f"_s}, 0)};
    auto winners = [&](const QDateTime &from, const QDateTime &to) {
        QStringList result;
        for (const LeaderboardRow &row : leaderboard(votes, from, to)) {
            if (row.wins > 0)
                result.append(row.contestant);
        }
        result.sort();
        return result;
    };
    const QDateTime at10 = start.addSecs(600);
    const QDateTime at20 = start.addSecs(1200);
    QCOMPARE(winners({}, {}), (QStringList{u"a"_s, u"c"_s, u"e"_s}));
    QCOMPARE(winners(at10, {}), (QStringList{u"c"_s, u"e"_s})); // from is inclusive
    QCOMPARE(winners({}, at20), (QStringList{u"a"_s, u"c"_s})); // to is exclusive
    QCOMPARE(winners(at10, at20), (QStringList{u"c"_s}));
    QCOMPARE(winners(at10.addMSecs(1), at20), QStringList());
    QCOMPARE(winners(at10, at10), QStringList());
    // Bounds in another time zone mean the same instants.
    QCOMPARE(winners(at10.toTimeZone(QTimeZone("Asia/Tokyo")), {}), (QStringList{u"c"_s, u"e"_s}));
}

void TstLeaderboard::malformedVotesAreIgnored_data()
{
    QTest::addColumn<Vote>("vote");

    QTest::newRow("no contestants") << tie(1, {});
    QTest::newRow("one contestant, best") << best(1, {u"a"_s}, 0);
    QTest::newRow("one contestant, tie") << tie(1, {u"a"_s});
    QTest::newRow("one contestant twice") << best(1, {u"a"_s, u"a"_s}, 0);
    QTest::newRow("best -1") << best(1, {u"a"_s, u"b"_s}, -1);
    QTest::newRow("best past the end") << best(1, {u"a"_s, u"b"_s}, 2);
    QTest::newRow("empty name") << best(1, {u"a"_s, QString()}, 0);
    Vote timeless = best(1, {u"a"_s, u"b"_s}, 0);
    timeless.at = QDateTime();
    QTest::newRow("no time") << timeless;
}

void TstLeaderboard::malformedVotesAreIgnored()
{
    QFETCH(Vote, vote);
    const Vote good = best(0, {u"x"_s, u"y"_s}, 0);
    QCOMPARE(leaderboard({vote}), QList<LeaderboardRow>());
    QCOMPARE(leaderboard({good, vote}), leaderboard({good}));
}

void TstLeaderboard::duplicateContestantPlaysOnce()
{
    // The same model in two columns (say with different parameters) is one player.
    const QList<LeaderboardRow> rows = leaderboard({best(0, {u"a"_s, u"b"_s, u"a"_s}, 1)});
    QCOMPARE(rows, (QList<LeaderboardRow>{{u"b"_s, 1, 0, 0, 1016}, {u"a"_s, 0, 0, 1, 984}}));
    const QList<LeaderboardRow> winnerTwice = leaderboard({best(0, {u"a"_s, u"b"_s, u"a"_s}, 2)});
    QCOMPARE(winnerTwice, (QList<LeaderboardRow>{{u"a"_s, 1, 0, 0, 1016}, {u"b"_s, 0, 0, 1, 984}}));
}

void TstLeaderboard::sortedByEloThenName()
{
    const QList<LeaderboardRow> rows = leaderboard(
        {tie(0, {u"zeta"_s, u"alpha"_s, u"mu"_s}), best(1, {u"omega"_s, u"beta"_s}, 0)});
    QCOMPARE(names(rows), (QStringList{u"omega"_s, u"alpha"_s, u"mu"_s, u"zeta"_s, u"beta"_s}));
}

QTEST_GUILESS_MAIN(TstLeaderboard)
#include "tst_leaderboard.moc"
