#pragma once

#include "core/replydelta.h"
#include "core/sseevent.h"

#include <QList>

namespace Parlance::Api {

// Turns the SSE events of one streamed reply into deltas. One decoder per reply; events are
// fed in order. Work per event is proportional to the event, never to the reply so far.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;

    // Malformed payloads yield an Error delta of kind Protocol; an error the server reported
    // in the stream yields an Error delta of kind Stream. Decoding goes on after either.
    virtual QList<Core::ReplyDelta> decode(const Core::SseEvent &event) = 0;

    // The same deltas appended to `out`, so a caller that reuses one list does not allocate one
    // per event (the streaming hot path).
    virtual void decode(const Core::SseEvent &event, QList<Core::ReplyDelta> &out)
    {
        out.append(decode(event));
    }

    // The stream said it is complete ([DONE], or a terminal Responses event). A stream that
    // ends without this was cut off.
    virtual bool isFinished() const = 0;
};

} // namespace Parlance::Api
