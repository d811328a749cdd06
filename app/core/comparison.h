#pragma once

#include "core/apikind.h"
#include "core/generationparams.h"
#include "core/turn.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Core {

// One column of a comparison as the user set it up: its model, and for connection, API and
// parameters either the shared defaults (the window's) or an override of its own.
struct CompareColumnSpec
{
    QString model;
    std::optional<QString> connectionName; // a saved connection; unset: the shared one
    std::optional<ApiKind> api;
    std::optional<GenerationParams> params;

    friend bool operator==(const CompareColumnSpec &, const CompareColumnSpec &) = default;
};

// A named list of columns to compare again ("comparison sets").
struct ComparisonSet
{
    QString name;
    QList<CompareColumnSpec> columns;

    friend bool operator==(const ComparisonSet &, const ComparisonSet &) = default;
};

// The user's verdict on one round of a comparison (one prompt answered by every column).
struct Vote
{
    enum class Outcome {
        Best,   // contestants[best] gave the best answer
        Tie,    // all equally good
        AllBad, // none was good enough
    };

    QDateTime at; // UTC
    // What each column was, in column order, as the leaderboard names it: the model, with the
    // API after an "@" when the comparison set one model's APIs against each other.
    QStringList contestants;
    Outcome outcome = Outcome::Tie;
    int best = -1; // with Outcome::Best, an index into contestants
    QString comparisonKey;
    int round = 0; // the user turn judged, from 0

    friend bool operator==(const Vote &, const Vote &) = default;
};

// One column of a comparison as the history keeps it and exports write it. Never a token.
struct ComparisonColumn
{
    QString connectionName; // as shown; empty for the demo gateway
    ChatSettings settings;  // model, API and parameters it was last sent with
    QList<Turn> turns;
};

// A whole comparison: what was asked, every column's conversation, and the votes cast.
struct Comparison
{
    QString key; // stable identity (a UUID); saving again replaces
    QString title;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    // Blind mode: columns were shown shuffled and labelled A, B, C… until voted on;
    // blindOrder[i] is the column shown at position i.
    bool blind = false;
    QList<int> blindOrder;
    QList<ComparisonColumn> columns;
    QList<Vote> votes;
};

} // namespace Parlance::Core
