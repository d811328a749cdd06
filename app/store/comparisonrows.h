#pragma once

#include "core/comparison.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The rows that hold comparisons and votes, read and written inside a transaction the caller
// (HistoryStore) opened; the caller turns failures into messages. A row that does not parse is
// not an SQL failure: it is described in `damage` ("column 2, turn 3: …") so the message can
// say where to look.
namespace Parlance::Store::ComparisonRows {

// What the history list shows for a comparison: the columns' models joined with " vs ", and
// its rounds (the user turns of the first column).
QString modelsOf(const Core::Comparison &comparison);
int roundsOf(const Core::Comparison &comparison);

// Inserts or replaces the comparison's row, its columns with their turns, and the votes of its
// key, with `comparison`'s. Every vote is stored under comparison.key.
std::optional<QSqlError> write(QSqlDatabase &db, const Core::Comparison &comparison);

// The comparison `key`; `out` stays empty when there is none. With `damage` set, `out` holds
// only the key and title, to name it in the message.
std::optional<QSqlError> read(QSqlDatabase &db, const QString &key,
                              std::optional<Core::Comparison> *out, QString *damage);

// Every vote, oldest first (cast time, then the order they were stored in).
std::optional<QSqlError> readVotes(QSqlDatabase &db, QList<Core::Vote> *out, QString *damage);

} // namespace Parlance::Store::ComparisonRows
