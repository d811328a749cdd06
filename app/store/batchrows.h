#pragma once

#include "store/storedbatch.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The rows that hold batch runs, read and written inside a transaction the caller
// (HistoryStore) opened; the caller turns failures into messages. A row that does not parse is
// not an SQL failure: it is described in `damage` ("row 3: …", "cell 2/1: …", counted from 1)
// so the message can say where to look.
namespace Parlance::Store::BatchRows {

// What the history list shows for a batch's models: their names joined with ", ".
QString modelsOf(const QStringList &models);
// The text of a prompt row the search looks through: its "prompt" string.
QString promptOf(const QJsonObject &row);

// The first cell whose row or model is not one of the batch's, if any.
std::optional<StoredBatch::Cell> cellOutside(const QList<StoredBatch::Cell> &cells, qint64 rows,
                                             qint64 models);

// Inserts or replaces the batch's row, its prompt rows and all its cells with `batch`'s (cells
// of the key not in batch.cells go). A later cell of the same (row, model) wins.
std::optional<QSqlError> write(QSqlDatabase &db, const StoredBatch &batch);

// What writeCells() found.
struct CellsWritten
{
    bool batchFound = false;
    // Set when a cell is outside the batch's rows or models; nothing was written then.
    std::optional<StoredBatch::Cell> outside;
};

// Inserts or replaces `cells` of the batch `key`, sets its `updated` and its counts of cells
// done and failed. Costs in proportion to `cells`: the counts change by what these cells
// change, rather than being counted again.
std::optional<QSqlError> writeCells(QSqlDatabase &db, const QString &key, const QDateTime &updated,
                                    const QList<StoredBatch::Cell> &cells, CellsWritten *result);

// The batch `key`, cells in (row, model) order; `out` stays empty when there is none. With
// `damage` set, `out` holds only the key and title, to name it in the message.
std::optional<QSqlError> read(QSqlDatabase &db, const QString &key, std::optional<StoredBatch> *out,
                              QString *damage);

} // namespace Parlance::Store::BatchRows
