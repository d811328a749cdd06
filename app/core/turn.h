#pragma once

#include "core/apierror.h"
#include "core/apikind.h"
#include "core/generationparams.h"
#include "core/message.h"
#include "core/replymetrics.h"
#include "core/usage.h"

#include <QString>

#include <optional>

namespace Parlance::Core {

// One entry of a chat as it is kept: a user message, or an assistant reply with what the view
// shows about it (model, API, metrics, usage, finish reason, error). What only exists while the
// app runs (whether it still streams, the exchanges behind it) is the chat session's.
struct Turn
{
    Message message;
    QString model; // assistant: the model that answered
    ApiKind api = ApiKind::ChatCompletions;
    Usage usage;
    ReplyMetrics metrics;
    QString finishReason;
    std::optional<ApiError> error;

    bool isUser() const { return message.role == Role::User; }
};

// What a request is made with.
struct ChatSettings
{
    QString model;
    ApiKind api = ApiKind::ChatCompletions;
    GenerationParams params;
};

} // namespace Parlance::Core
