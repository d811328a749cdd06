#pragma once

#include "store/storedbatch.h"
#include "workspace/batchsession.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// A batch table as the history keeps it, and back. The rows, the setup and the cells become
// JSON the store keeps as it is: a cell as the chat history keeps a reply (every field of its
// error, usage and metrics), so a reopened table shows exactly what the run showed. The
// exchanges behind the answers are not kept, as for chats.
namespace Parlance::Workspace::BatchRecord {

QJsonObject rowToJson(const Engine::BatchRow &row);
std::optional<Engine::BatchRow> rowFromJson(const QJsonObject &json, QString *error);

QJsonObject cellToJson(const BatchSession::Cell &cell);
std::optional<BatchSession::Cell> cellFromJson(const QJsonObject &json, QString *error);

// The API, parameters, checks (as they were written) and parallelism of `setup`.
QJsonObject setupToJson(const BatchSession::RunSetup &setup);

// The whole table of `session`, cells with a result only.
Store::StoredBatch snapshot(const BatchSession &session);

// The session's prompt set as JSONL the batch view reads again: a row's prompt (the template
// already filled in) or its messages, and its columns, so Run asks the same prompts.
QString promptSetJsonl(const BatchSession &session);

// `stored` as a table to restore: its setup (rows and models included) and its cells,
// row-major. Nullopt with *error naming what is damaged. A check that no longer reads (the
// schema file of a json-schema check is gone) is left out of the setup, named in
// *droppedChecks: its results stay in the cells, but cells asked from now on go without it.
struct Restored
{
    BatchSession::RunSetup setup;
    std::vector<BatchSession::Cell> cells;
};
std::optional<Restored> restore(const Store::StoredBatch &stored, QString *error,
                                QStringList *droppedChecks);

} // namespace Parlance::Workspace::BatchRecord
