#include "engine/chatresult.h"

#include "engine/chatcall.h"

namespace Parlance::Engine {

ChatResult ChatResult::of(const ChatCall &call)
{
    const Core::Reply &reply = call.reply();
    ChatResult result;
    result.model = call.request().model;
    result.api = call.request().api;
    result.message = reply.primary().message;
    result.finishReason = reply.finishReason();
    result.usage = reply.usage;
    result.metrics = call.metrics();
    result.httpStatus = call.httpStatus();
    result.attempts = call.attempts();
    result.error = call.error();
    result.incomplete = call.isIncomplete();
    return result;
}

} // namespace Parlance::Engine
