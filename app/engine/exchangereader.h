#pragma once

#include "core/apikind.h"
#include "core/httprequest.h"
#include "core/replydelta.h"
#include "core/sseevent.h"
#include "core/turn.h"
#include "net/exchange.h"

#include <QList>

#include <memory>
#include <optional>

class QUrl;

namespace Parlance::Api {
class StreamDecoder;
}

// Reading logged exchanges the way the chat read them, for whoever looks at them afterwards
// (the inspector's parsed events, a reply resent by hand). One rule decides the API here, so
// every view of an exchange agrees with the chat that made it.
namespace Parlance::Engine {

// The chat API `url` speaks by its path: .../responses is Responses, .../invocations is a
// serving endpoint's invocations, anything else Chat Completions.
Core::ApiKind apiForUrl(const QUrl &url);

// The API `request` was built for (recorded when the chat built it), else apiForUrl() of its
// URL: a request typed by hand or edited to another URL.
Core::ApiKind apiOf(const Core::HttpRequest &request);

// Decodes one stream's events in order, as the chat's decoder did.
class EventReader
{
public:
    explicit EventReader(Core::ApiKind api);
    ~EventReader();
    EventReader(const EventReader &) = delete;
    EventReader &operator=(const EventReader &) = delete;

    QList<Core::ReplyDelta> read(const Core::SseEvent &event);

private:
    std::unique_ptr<Api::StreamDecoder> m_decoder;
};

// The chat reply `exchange` carries (its stream's events, or its body), as the assistant turn
// the chat would have made of it: text, model (the one the request asked for, else the one the
// answer names), API, usage and finish reason. Nothing when it holds no reply.
std::optional<Core::Turn> replyTurnOf(const Net::Exchange &exchange);

} // namespace Parlance::Engine
