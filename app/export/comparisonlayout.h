#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How the three comparison exports read a comparison, so they agree: the columns in the order
// the user saw them, their letters, what a blind comparison still hides, the rounds, and the
// fixed words every format prints. Internal to parlance-export.
namespace Parlance::Export::ComparisonLayout {

struct Column
{
    int index = 0;  // in Comparison::columns, the order of a vote's contestants
    QString letter; // "A", "B", … by display position
    const Core::ComparisonColumn *value = nullptr;
};

// One column's reply to one round: the turns after its user turn, up to the next one. Several
// assistant turns (a tool loop) are joined; the last one says how the round ended.
struct Answer
{
    bool present = false; // false: this column has no such round
    QString text;
    QString reasoning;
    QString refusal;
    QList<Core::ContentPart> toolCalls;
    bool incomplete = false;
    const Core::Turn *last = nullptr; // the last assistant turn; null when none came
};

struct Round
{
    QString prompt;        // the first column's user turn (another's when it has none)
    QList<Answer> answers; // by display position, like Layout::columns
};

struct Layout
{
    // Blind and not voted on yet: model, connection, API, parameters and metrics stay out.
    bool hidden = false;
    QList<Column> columns; // in display order
    QList<Round> rounds;
};

Layout layoutOf(const Core::Comparison &comparison);

// "A", or "A — model-x" once the model may be shown.
QString labelOf(const Column &column, bool hidden);
// The letter of column `index` (a vote's `best`), or empty when there is no such column.
QString letterOfIndex(const Layout &layout, int index);

// "B — model-x was best", "Tie: all answers equally good", "All answers were bad".
QString voteText(const Core::Vote &vote, const Layout &layout);
// "best", "tie", "all_bad": the JSON format's names.
QString outcomeName(Core::Vote::Outcome outcome);

// A label and its value, for the parameters and the metrics every format lists.
struct Item
{
    QString label;
    QString value;
    bool block = false; // several lines (a system prompt): printed apart from the list
};
QList<Item> parameterItems(const Core::GenerationParams &params);
QList<Item> metricItems(const Core::Turn &turn);
// The error of the round's last turn as one line, or empty.
QString errorText(const Core::Turn &turn);
// Output tokens over the generation time, from usage when the metrics lack the count.
std::optional<double> tokensPerSecond(const Core::Turn &turn);

QString titleOf(const Core::Comparison &comparison); // a fallback when it has none
QString dateText(const QDateTime &time);             // "2024-06-01 08:00 UTC", empty if invalid
QString connectionText(const QString &name);         // the demo gateway's for an empty name
// Header line: date, column count, blind state.
QString summaryLine(const Core::Comparison &comparison, const Layout &layout);

// Text any export may carry: lone surrogates (which cannot be written as UTF-8) become U+FFFD.
QString validUnicode(const QString &text);
// For a human document too: control characters other than tab and line breaks become U+FFFD.
QString printable(const QString &text);

} // namespace Parlance::Export::ComparisonLayout
