#include "core/leaderboard.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Parlance::Core {

namespace {

constexpr double K = 32;

// Chance that a player rated `rating` beats one rated `opponent`.
double expectedScore(double rating, double opponent)
{
    return 1 / (1 + std::pow(10, (opponent - rating) / 400));
}

bool counts(const Vote &vote, const QDateTime &from, const QDateTime &to)
{
    if (!vote.at.isValid())
        return false;
    if (from.isValid() && vote.at < from)
        return false;
    if (to.isValid() && vote.at >= to)
        return false;
    return true;
}

} // namespace

QList<LeaderboardRow> leaderboard(const QList<Vote> &votes, const QDateTime &from,
                                  const QDateTime &to)
{
    QList<const Vote *> chosen;
    for (const Vote &vote : votes) {
        if (counts(vote, from, to))
            chosen.append(&vote);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Vote *a, const Vote *b) { return a->at < b->at; });

    QHash<QString, LeaderboardRow> rows;
    for (const Vote *vote : std::as_const(chosen)) {
        QStringList players = vote->contestants;
        players.removeDuplicates();
        if (players.size() < 2 || players.contains(QString()))
            continue;
        QString winner;
        if (vote->outcome == Vote::Outcome::Best) {
            if (vote->best < 0 || vote->best >= vote->contestants.size())
                continue;
            winner = vote->contestants.at(vote->best);
        }

        // Every player is in before any reference is taken: inserting may rehash.
        for (const QString &player : std::as_const(players)) {
            if (!rows.contains(player))
                rows.insert(player, LeaderboardRow{player});
        }
        QHash<QString, double> change;
        auto play = [&](const QString &a, const QString &b, double scoreOfA) {
            LeaderboardRow &rowA = rows[a];
            LeaderboardRow &rowB = rows[b];
            const double expectedA = expectedScore(rowA.elo, rowB.elo);
            change[a] += K * (scoreOfA - expectedA);
            change[b] += K * ((1 - scoreOfA) - (1 - expectedA));
            if (scoreOfA == 1) {
                ++rowA.wins;
                ++rowB.losses;
            } else {
                ++rowA.ties;
                ++rowB.ties;
            }
        };
        if (!winner.isNull()) {
            for (const QString &other : std::as_const(players)) {
                if (other != winner)
                    play(winner, other, 1);
            }
        } else {
            for (qsizetype i = 0; i < players.size(); ++i) {
                for (qsizetype j = i + 1; j < players.size(); ++j)
                    play(players.at(i), players.at(j), 0.5);
            }
        }
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            rows[it.key()].elo += it.value();
    }

    QList<LeaderboardRow> result = rows.values();
    std::sort(result.begin(), result.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
        if (a.elo != b.elo)
            return a.elo > b.elo;
        return a.contestant < b.contestant;
    });
    return result;
}

} // namespace Parlance::Core
