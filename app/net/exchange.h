#pragma once

#include "core/apierror.h"
#include "core/httprequest.h"
#include "core/sseevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

namespace Parlance::Net {

// One event of a streamed answer as the record keeps it: where it lies in the body, not a
// copy. A long answer has an event per token, and copies of them (an allocation each) took
// more memory than the body itself; Exchange::eventAt() reads the event again.
struct ExchangeEvent
{
    qint64 atMs = 0;   // since the attempt's request was sent
    qint64 offset = 0; // in Exchange::responseBody: from the end of the block before it
    qint64 size = 0;   // to the end of the blank line that ended it
    QByteArray id;     // the last event id as of this event (ids carry over between events)
};

} // namespace Parlance::Net

// A stream's record grows by one event per token: let QList move events with realloc.
Q_DECLARE_TYPEINFO(Parlance::Net::ExchangeEvent, Q_RELOCATABLE_TYPE);

namespace Parlance::Net {

// What went over the wire for one attempt (or one redirect hop): the inspector's record and
// what `--inspect` prints. Credentials are masked before anything is stored here.
struct Exchange
{
    // Who sent it: the work the user asked for, or the sign-in that got its token (OAuth
    // discovery, the token endpoint), which the inspector, --inspect and HAR files label so.
    enum class Origin { Gateway, SignIn };

    Origin origin = Origin::Gateway;
    int attempt = 1;
    QDateTime startedAt;
    Core::HttpRequest request; // as sent, with Authorization and other secrets masked

    int status = 0; // 0: no HTTP answer (network error, timeout)
    QByteArray reason;
    Core::HttpHeaders responseHeaders;
    // The body; for a stream, the raw event-stream bytes. A body larger than the record keeps
    // its head and its tail, with a marker line where omittedBodyBytes were left out.
    QByteArray responseBody;
    qint64 omittedBodyBytes = 0;
    // Streamed responses: the events, in arrival order, whose bytes are in the body's head.
    QList<ExchangeEvent> events;
    qint64 omittedEvents = 0; // events that arrived past the record limit

    struct Timings
    {
        qint64 headersMs = -1;   // status line and headers received
        qint64 firstByteMs = -1; // first body byte
        qint64 totalMs = -1;
    } timings;

    QUrl redirectedTo; // set when this hop answered with a redirect that was followed
    std::optional<Core::ApiError> error;

    bool isStream() const { return !events.isEmpty() || request.streaming; }
    // Event `i` of `events`, read again from the body (its data shares the body's storage).
    Core::SseEvent eventAt(qsizetype i) const;
};

// The events of an event-stream body, as a record keeps them (at 0 ms): for an exchange made
// by hand, from a body alone.
QList<ExchangeEvent> eventsOf(const QByteArray &body);

} // namespace Parlance::Net
