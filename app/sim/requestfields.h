#pragma once

#include "sim/demomodels.h"
#include "sim/errorresponses.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Parlance::Sim {

// Reading request bodies the way the real services do, shared by the route families.

// The body as a JSON object; false when it is not one.
bool parseJsonObject(const QByteArray &body, QJsonObject *object);

// Text of a message `content`: a string, or the text of its text / input_text / output_text
// parts joined; anything else gives an empty string.
QString contentText(const QJsonValue &content);

// An optional positive integer field. *error is set (and nullopt returned) when the field is
// present but not an integer in [1, max].
std::optional<int> positiveIntField(const QJsonObject &object, const QString &key, int max,
                                    bool *error);

// The error answer a model failure becomes.
Response modelErrorResponse(ErrorStyle style, const ModelError &error);

// Why a known endpoint cannot answer a chat request (embeddings, not ready); nullopt if it can.
std::optional<Response> unavailableModel(ErrorStyle style, const DemoEndpoint &endpoint);

} // namespace Parlance::Sim
