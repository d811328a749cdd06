#pragma once

#include "sim/demomodels.h"
#include "sim/response.h"

#include <QByteArray>

namespace Parlance::Sim {

// Wire format of a chat-completion answer, as OpenAI-compatible endpoints send it or as the
// Databricks invocations endpoint does (usage on every chunk, backend model name, no
// system_fingerprint or refusal fields).
struct ChatFormat
{
    enum class Flavor { OpenAi, Databricks };

    Flavor flavor = Flavor::OpenAi;
    QByteArray id;    // chatcmpl-sim7 / chatcmpl_<uuid>
    QByteArray model; // the model name the answer reports
    qint64 created = 0;
    int choices = 1;                // n
    bool includeUsageChunk = false; // stream_options.include_usage (OpenAI flavor)
};

// A chat.completion object (application/json).
Response chatCompletionBody(const ChatFormat &format, const ModelReply &reply);

// chat.completion.chunk events: role chunk, deltas (interleaved across choices), finish chunks,
// the usage-only chunk when asked, then `data: [DONE]`.
Response chatCompletionStream(const ChatFormat &format, const ModelReply &reply);

} // namespace Parlance::Sim
