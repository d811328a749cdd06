#pragma once

#include <QByteArray>

#include <optional>

namespace Parlance::Core {

// One dispatched Server-Sent Event. Fields are UTF-8 (the parser has already replaced invalid
// sequences with U+FFFD), kept as bytes so JSON payloads go to the JSON parser without a copy.
struct SseEvent
{
    QByteArray type; // the `event:` field; empty means the default "message"
    QByteArray data; // `data:` lines joined with '\n'
    QByteArray id;   // last event id, persists across events as the spec says
    std::optional<int> retryMs;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace Parlance::Core
