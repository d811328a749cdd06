#pragma once

#include "core/sseevent.h"

#include <QByteArrayView>
#include <QList>

namespace Parlance::Net {

// Incremental text/event-stream decoder (WHATWG rules). Bytes may arrive split anywhere,
// including inside a CRLF or a multi-byte UTF-8 sequence.
class SseParser
{
public:
    QList<Core::SseEvent> feed(QByteArrayView bytes);
};

} // namespace Parlance::Net
