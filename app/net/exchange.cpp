#include "net/exchange.h"

#include "net/sseparser.h"

namespace Parlance::Net {

Core::SseEvent Exchange::eventAt(qsizetype i) const
{
    const ExchangeEvent &recorded = events.at(i);
    const qsizetype from = qBound<qsizetype>(0, recorded.offset, responseBody.size());
    const qsizetype size = qBound<qsizetype>(0, recorded.size, responseBody.size() - from);
    Core::SseEvent event;
    SseParser parser;
    parser.feed(responseBody, QByteArrayView(responseBody).sliced(from, size),
                [&event](Core::SseEvent &&parsed) { event = std::move(parsed); });
    event.id = recorded.id;
    return event;
}

QList<ExchangeEvent> eventsOf(const QByteArray &body)
{
    QList<ExchangeEvent> events;
    SseParser parser;
    parser.feed(body, [&](Core::SseEvent &&event) {
        events.append({0, parser.eventStart(), parser.eventEnd() - parser.eventStart(), event.id});
    });
    return events;
}

} // namespace Parlance::Net
