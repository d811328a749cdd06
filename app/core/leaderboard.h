#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Parlance::Core {

// How one contestant (a model, or model@API) fared over the votes.
struct LeaderboardRow
{
    QString contestant;
    int wins = 0; // games, not votes: a Best vote among three is two games for the best
    int ties = 0;
    int losses = 0;
    double elo = 1000;

    friend bool operator==(const LeaderboardRow &, const LeaderboardRow &) = default;
};

// Elo ratings (K = 32, starting at 1000) from the votes taken in chronological order (sorted by
// `at` here, stable), only those with from <= at < to; an invalid bound leaves that end open.
//
// A vote is a set of pairwise games, all rated from the ratings before the vote, so the order of
// contestants within a vote does not matter. Best: the best beats each other contestant (the
// others do not play each other). Tie and AllBad: every pair draws. A contestant named twice
// in one vote plays once. Ignored: votes without a valid time, with an empty name, with fewer
// than two different contestants, or Best with an index out of range.
//
// Sorted by Elo, highest first, then by name.
QList<LeaderboardRow> leaderboard(const QList<Vote> &votes, const QDateTime &from = {},
                                  const QDateTime &to = {});

} // namespace Parlance::Core
