#pragma once

#include "core/apierror.h"
#include "core/apikind.h"
#include "core/message.h"
#include "core/replymetrics.h"
#include "core/usage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Parlance::Engine {

class ChatCall;

// What one finished chat call came to, detached from the call: everything the CLI's `--json`
// prints and a compare column shows, so the call (and its sockets) can go once it is taken.
struct ChatResult
{
    QString model;
    Core::ApiKind api = Core::ApiKind::ChatCompletions;
    // The first choice's answer: its text, reasoning and tool calls, secrets masked.
    Core::Message message = Core::Message::make(Core::Role::Assistant, {});
    QString finishReason;
    Core::Usage usage;
    Core::ReplyMetrics metrics; // measured from when the request was written, not queued
    int httpStatus = 0;         // of the answer delivered, 0 if none
    int attempts = 0;
    std::optional<Core::ApiError> error;
    // The answer stopped before the gateway said it was complete: `message` holds what came.
    bool incomplete = false;
    QList<quint64> exchangeIds; // ExchangeLog entries of its attempts, when they were logged

    bool succeeded() const { return !error; }

    // The result of `call`, which must have finished.
    static ChatResult of(const ChatCall &call);
};

} // namespace Parlance::Engine
