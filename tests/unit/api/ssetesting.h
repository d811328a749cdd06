#pragma once

#include "core/sseevent.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

// Test scaffolding for the dialect tests, which link no network code: not the SSE parser
// (that is app/net). Blank-line separated blocks, `event:` and `data:` fields with one leading
// space stripped, every other field dropped, a block with an event type but no data kept (as
// openai-python and our parser do), and an unterminated last block discarded.
namespace SseTesting {

inline QList<Parlance::Core::SseEvent> splitSse(QByteArray text)
{
    text.replace("\r\n", "\n");
    QList<Parlance::Core::SseEvent> events;
    Parlance::Core::SseEvent current;
    QByteArrayList dataLines;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty()) {
            if (!dataLines.isEmpty() || !current.type.isEmpty()) {
                current.data = dataLines.join('\n');
                events.append(current);
            }
            current = {};
            dataLines.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event")
            current.type = value;
        else if (field == "data")
            dataLines.append(value);
    }
    return events;
}

inline Parlance::Core::SseEvent dataEvent(const QByteArray &data, const QByteArray &type = {})
{
    Parlance::Core::SseEvent event;
    event.type = type;
    event.data = data;
    return event;
}

} // namespace SseTesting
