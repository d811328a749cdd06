#pragma once

#include "core/replydelta.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The Stream tab's "parsed" column: one short line per SSE event saying what the dialect's
// decoder made of it. Uses the decoders as they are, so the column shows what the app saw.
namespace Parlance::Ui {

// e.g. `text "Hello"`, `reasoning "Let me…"`, `tool get_weather args +"{\"ci"`,
// `usage in 12 out 40`, `finish stop`; `[DONE]` for the terminator. Deltas are joined by "; ".
QString summarizeDeltas(const QList<Core::ReplyDelta> &deltas, const QByteArray &eventData);

} // namespace Parlance::Ui
