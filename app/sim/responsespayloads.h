#pragma once

#include "sim/demomodels.h"
#include "sim/response.h"

#include <QByteArray>

namespace Parlance::Sim {

// What a Responses API answer echoes from its request, plus its ids.
struct ResponsesFormat
{
    QByteArray id;         // resp_sim7
    QByteArray itemSuffix; // sim7: item ids are rs_sim7, msg_sim7, fc_sim7
    QByteArray model;
    qint64 createdAt = 0;
    QByteArray instructionsJson = QByteArrayLiteral("null");
    QByteArray maxOutputTokensJson = QByteArrayLiteral("null");
    QByteArray toolsJson = QByteArrayLiteral("[]");
};

// A `response` object (application/json). A reply cut by max_output_tokens is status
// "incomplete" with incomplete_details.reason "max_output_tokens", as OpenAI answers.
Response responsesBody(const ResponsesFormat &format, const ModelReply &reply);

// Typed events (`event: <type>` + `data: {"type":<type>,...,"sequence_number":n}`), from
// response.created to response.completed (or response.incomplete); no `[DONE]`.
Response responsesStream(const ResponsesFormat &format, const ModelReply &reply);

} // namespace Parlance::Sim
