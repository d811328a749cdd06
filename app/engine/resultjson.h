#pragma once

#include <QJsonObject>

namespace Parlance::Engine {

struct BatchCell;
struct BatchCheckResult;
struct ChatResult;

// The normalized result object of `chat --json` (and of each compare/batch entry):
// {"model","api","text","reasoning","tool_calls":[{"id","name","arguments"}],"finish_reason",
//  "usage":{...},"metrics":{...},"http":{"status","attempts"},"error":null|{"status","code","message"},
//  "incomplete":true|false}: true when the answer in "text" stopped before the gateway said it
//  was complete (a stream cut off, a failure after part of the answer).
QJsonObject chatResultJson(const ChatResult &result);

// One line of a batch's JSONL output, as `parlance-cli batch` writes it and the batch view
// exports it: the chat result, the row's columns (a column named like a result key goes in as
// input_NAME), "input_index", "prompt" and "checks":[{"name","pass","score"?,"detail"?}].
QJsonObject batchCellJson(const BatchCell &cell);
// One entry of a line's "checks": {"name","pass","score"?,"detail"?}.
QJsonObject checkResultJson(const BatchCheckResult &check);

} // namespace Parlance::Engine
