#pragma once

#include "engine/chatresult.h"

#include <QList>
#include <QString>

namespace Parlance::Cli {

// The metrics table `compare` prints after the answers: one row per column, in --models order,
// headed MODEL, TTFT, TOTAL, TOK/S, IN, OUT, FINISH, STATUS. Numbers are right-aligned, words
// left-aligned, "-" where a value is unknown; no line ends in a space.
QString compareTable(const QStringList &labels, const QList<Engine::ChatResult> &results);

// A column's outcome in a few words: "ok", "HTTP 400", "timeout", "cancelled"..., with
// ", incomplete" when the answer was cut short.
QString compareStatus(const Engine::ChatResult &result);

} // namespace Parlance::Cli
