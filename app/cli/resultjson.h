#pragma once

#include <QJsonObject>

namespace Parlance::Engine {
struct ChatResult;
}

namespace Parlance::Cli {

// The normalized result object of `chat --json` (and of each compare/batch entry):
// {"model","api","text","reasoning","tool_calls":[{"id","name","arguments"}],"finish_reason",
//  "usage":{...},"metrics":{...},"http":{"status","attempts"},"error":null|{"status","code","message"},
//  "incomplete":true|false}: true when the answer in "text" stopped before the gateway said it
//  was complete (a stream cut off, a failure after part of the answer).
QJsonObject chatResultJson(const Engine::ChatResult &result);

} // namespace Parlance::Cli
