#include "store/batchrows.h"

#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace Parlance::Store::BatchRows {

namespace {

using namespace Qt::StringLiterals;
using namespace SqlValues;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Store::HistoryStore)
};

std::optional<QSqlError> exec(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

std::optional<QStringList> modelsFrom(const QString &text, QString *why)
{
    const std::optional<QJsonArray> array = jsonArray(text, why);
    if (!array)
        return std::nullopt;
    QStringList models;
    for (const QJsonValue &value : *array) {
        if (!value.isString()) {
            *why = Tr::tr("every model should be a name");
            return std::nullopt;
        }
        models.append(value.toString());
    }
    return models;
}

// Each (row, model) once, the last given winning, in (row, model) order.
QMap<std::pair<int, int>, const StoredBatch::Cell *>
distinctCells(const QList<StoredBatch::Cell> &cells)
{
    QMap<std::pair<int, int>, const StoredBatch::Cell *> distinct;
    for (const StoredBatch::Cell &cell : cells)
        distinct.insert({cell.row, cell.model}, &cell);
    return distinct;
}

} // namespace

QString modelsOf(const QStringList &models)
{
    return models.join(u", "_s);
}

QString promptOf(const QJsonObject &row)
{
    return row.value(u"prompt"_s).toString();
}

std::optional<StoredBatch::Cell> cellOutside(const QList<StoredBatch::Cell> &cells, qint64 rows,
                                             qint64 models)
{
    for (const StoredBatch::Cell &cell : cells) {
        if (cell.row < 0 || cell.row >= rows || cell.model < 0 || cell.model >= models)
            return cell;
    }
    return std::nullopt;
}

std::optional<QSqlError> write(QSqlDatabase &db, const StoredBatch &batch)
{
    const QString &key = batch.key;
    const auto cells = distinctCells(batch.cells);
    qint64 failed = 0;
    for (const StoredBatch::Cell *cell : cells)
        failed += cell->failed ? 1 : 0;

    // An upsert rather than INSERT OR REPLACE, as for chats: REPLACE deletes the row, and the
    // cascade that should follow depends on recursive_triggers. A batch loaded under the user's
    // name comes back with it as its title: that must not become the name it falls back to
    // when the user clears theirs.
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO batches (key, title, created, updated, connection_name, models, "
                   "setup, row_count, model_count, cells_done, cells_failed) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET title = CASE WHEN excluded.title = "
                   "batches.custom_title THEN batches.title ELSE excluded.title END, "
                   "created = excluded.created, updated = excluded.updated, "
                   "connection_name = excluded.connection_name, models = excluded.models, "
                   "setup = excluded.setup, row_count = excluded.row_count, "
                   "model_count = excluded.model_count, cells_done = excluded.cells_done, "
                   "cells_failed = excluded.cells_failed"_s);
    upsert.addBindValue(key);
    upsert.addBindValue(text(batch.title));
    upsert.addBindValue(timeText(batch.created));
    upsert.addBindValue(timeText(batch.updated));
    upsert.addBindValue(text(batch.connectionName));
    upsert.addBindValue(jsonText(QJsonArray::fromStringList(batch.models)));
    upsert.addBindValue(jsonText(batch.setup));
    upsert.addBindValue(qint64(batch.rows.size()));
    upsert.addBindValue(qint64(batch.models.size()));
    upsert.addBindValue(qint64(cells.size()));
    upsert.addBindValue(failed);
    if (const auto failure = exec(upsert))
        return failure;

    for (const QString &statement : {u"DELETE FROM batch_rows WHERE batch_key = ?"_s,
                                     u"DELETE FROM batch_cells WHERE batch_key = ?"_s}) {
        QSqlQuery remove(db);
        remove.prepare(statement);
        remove.addBindValue(key);
        if (const auto failure = exec(remove))
            return failure;
    }

    QSqlQuery row(db);
    if (!row.prepare(u"INSERT INTO batch_rows (batch_key, position, json) VALUES (?, ?, ?)"_s))
        return row.lastError();
    for (qsizetype r = 0; r < batch.rows.size(); ++r) {
        row.bindValue(0, key);
        row.bindValue(1, qint64(r));
        row.bindValue(2, jsonText(batch.rows.at(r)));
        if (const auto failure = exec(row))
            return failure;
    }

    QSqlQuery cell(db);
    if (!cell.prepare(u"INSERT INTO batch_cells (batch_key, row, model, json, failed) "
                      "VALUES (?, ?, ?, ?, ?)"_s)) {
        return cell.lastError();
    }
    for (const StoredBatch::Cell *value : cells) {
        cell.bindValue(0, key);
        cell.bindValue(1, value->row);
        cell.bindValue(2, value->model);
        cell.bindValue(3, jsonText(value->line));
        cell.bindValue(4, value->failed ? 1 : 0);
        if (const auto failure = exec(cell))
            return failure;
    }
    return std::nullopt;
}

std::optional<QSqlError> writeCells(QSqlDatabase &db, const QString &key, const QDateTime &updated,
                                    const QList<StoredBatch::Cell> &cells, CellsWritten *result)
{
    // A write first, so the transaction holds the write lock before it reads (a read first
    // could find its snapshot stale when it comes to write).
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE batches SET updated = ? WHERE key = ?"_s);
    touch.addBindValue(timeText(updated));
    touch.addBindValue(key);
    if (const auto failure = exec(touch))
        return failure;
    if (touch.numRowsAffected() <= 0)
        return std::nullopt; // no such batch: result->batchFound stays false
    result->batchFound = true;

    QSqlQuery size(db);
    size.setForwardOnly(true);
    size.prepare(u"SELECT row_count, model_count FROM batches WHERE key = ?"_s);
    size.addBindValue(key);
    if (const auto failure = exec(size))
        return failure;
    if (!size.next()) {
        if (size.lastError().isValid())
            return size.lastError();
        result->batchFound = false;
        return std::nullopt;
    }
    result->outside = cellOutside(cells, size.value(0).toLongLong(), size.value(1).toLongLong());
    if (result->outside)
        return std::nullopt;

    // Each cell's previous state, looked up by its key, says how the counts change.
    QSqlQuery previous(db);
    previous.setForwardOnly(true);
    if (!previous.prepare(u"SELECT failed FROM batch_cells WHERE batch_key = ? AND row = ? AND "
                          "model = ?"_s)) {
        return previous.lastError();
    }
    QSqlQuery replace(db);
    if (!replace.prepare(u"INSERT OR REPLACE INTO batch_cells (batch_key, row, model, json, "
                         "failed) VALUES (?, ?, ?, ?, ?)"_s)) {
        return replace.lastError();
    }
    qint64 done = 0;
    qint64 failed = 0;
    for (const StoredBatch::Cell *cell : distinctCells(cells)) {
        previous.bindValue(0, key);
        previous.bindValue(1, cell->row);
        previous.bindValue(2, cell->model);
        if (const auto failure = exec(previous))
            return failure;
        if (previous.next()) {
            failed -= previous.value(0).toInt() != 0 ? 1 : 0;
        } else {
            if (previous.lastError().isValid())
                return previous.lastError();
            ++done;
        }
        previous.finish();
        failed += cell->failed ? 1 : 0;
        replace.bindValue(0, key);
        replace.bindValue(1, cell->row);
        replace.bindValue(2, cell->model);
        replace.bindValue(3, jsonText(cell->line));
        replace.bindValue(4, cell->failed ? 1 : 0);
        if (const auto failure = exec(replace))
            return failure;
    }

    QSqlQuery counts(db);
    counts.prepare(u"UPDATE batches SET cells_done = cells_done + ?, "
                   "cells_failed = cells_failed + ? WHERE key = ?"_s);
    counts.addBindValue(done);
    counts.addBindValue(failed);
    counts.addBindValue(key);
    return exec(counts);
}

std::optional<QSqlError> read(QSqlDatabase &db, const QString &key, std::optional<StoredBatch> *out,
                              QString *damage)
{
    QSqlQuery row(db);
    row.setForwardOnly(true);
    row.prepare(u"SELECT coalesce(custom_title, title), created, updated, connection_name, "
                "models, setup FROM batches WHERE key = ?"_s);
    row.addBindValue(key);
    if (const auto failure = exec(row))
        return failure;
    if (!row.next())
        return row.lastError().isValid() ? std::optional(row.lastError()) : std::nullopt;

    StoredBatch batch;
    batch.key = key;
    batch.title = row.value(0).toString();
    batch.created = timeFromText(row.value(1).toString());
    batch.updated = timeFromText(row.value(2).toString());
    batch.connectionName = row.value(3).toString();
    // Set before any damage is found, so the message can name the batch by its title.
    *out = batch;
    QString why;
    std::optional<QStringList> models = modelsFrom(row.value(4).toString(), &why);
    if (!models) {
        *damage = Tr::tr("models: %1").arg(why);
        return std::nullopt;
    }
    batch.models = *std::move(models);
    std::optional<QJsonObject> setup = jsonObject(row.value(5).toString(), &why);
    if (!setup) {
        *damage = Tr::tr("setup: %1").arg(why);
        return std::nullopt;
    }
    batch.setup = *std::move(setup);

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT position, json FROM batch_rows WHERE batch_key = ? ORDER BY position"_s);
    rows.addBindValue(key);
    if (const auto failure = exec(rows))
        return failure;
    while (rows.next()) {
        const qint64 position = rows.value(0).toLongLong();
        std::optional<QJsonObject> json = jsonObject(rows.value(1).toString(), &why);
        // Positions are written 0, 1, 2…; a gap means a row was lost, and every cell after it
        // would be shown against the wrong prompt.
        if (json && position != batch.rows.size())
            why = Tr::tr("the row before it is missing");
        if (!json || position != batch.rows.size()) {
            *damage = Tr::tr("row %1: %2").arg(position + 1).arg(why);
            return std::nullopt;
        }
        batch.rows.append(*std::move(json));
    }
    if (rows.lastError().isValid())
        return rows.lastError();

    QSqlQuery cells(db);
    cells.setForwardOnly(true);
    cells.prepare(u"SELECT row, model, json, failed FROM batch_cells WHERE batch_key = ? "
                  "ORDER BY row, model"_s);
    cells.addBindValue(key);
    if (const auto failure = exec(cells))
        return failure;
    while (cells.next()) {
        StoredBatch::Cell cell;
        cell.row = cells.value(0).toInt();
        cell.model = cells.value(1).toInt();
        std::optional<QJsonObject> json = jsonObject(cells.value(2).toString(), &why);
        if (json && (cell.row < 0 || cell.row >= batch.rows.size()))
            why = Tr::tr("the batch has no such row");
        else if (json && (cell.model < 0 || cell.model >= batch.models.size()))
            why = Tr::tr("the batch has no such model");
        else if (json)
            why.clear();
        if (!json || !why.isEmpty()) {
            *damage = Tr::tr("cell %1/%2: %3")
                          .arg(qint64(cell.row) + 1)
                          .arg(qint64(cell.model) + 1)
                          .arg(why);
            return std::nullopt;
        }
        cell.line = *std::move(json);
        cell.failed = cells.value(3).toInt() != 0;
        batch.cells.append(std::move(cell));
    }
    if (cells.lastError().isValid())
        return cells.lastError();
    *out = std::move(batch);
    return std::nullopt;
}

} // namespace Parlance::Store::BatchRows
