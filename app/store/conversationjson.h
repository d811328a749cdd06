#pragma once

#include "core/turn.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Parlance::Store {

// Turns and chat settings as JSON, for the history. Everything a view shows is kept: every
// content part (text, reasoning with its signature, refusal, tool call), the incomplete mark,
// model, API, usage (all five counts), metrics, finish reason and error (every field, raw
// bytes base64). Unknown members are ignored, so older builds read newer files; a member of
// the wrong type is an error rather than a silent default.
QJsonObject turnToJson(const Core::Turn &turn);
std::optional<Core::Turn> turnFromJson(const QJsonObject &json, QString *error = nullptr);

QJsonObject settingsToJson(const Core::ChatSettings &settings);
std::optional<Core::ChatSettings> settingsFromJson(const QJsonObject &json,
                                                   QString *error = nullptr);

} // namespace Parlance::Store
