#pragma once

#include "sim/request.h"

#include <QByteArray>
#include <QList>

namespace Parlance::Sim {

// One server-sent event, already in wire form ("data: ...\n\n" or "event: ...\ndata: ...\n\n").
struct StreamEvent
{
    enum class Kind : quint8 {
        Meta,     // framing: role chunk, lifecycle events, finish and usage chunks
        Delta,    // carries generated content (text, reasoning, tool-call arguments)
        Terminal, // ends the stream: `data: [DONE]`, response.completed / response.incomplete
    };

    QByteArray bytes;
    int delayMs = 0; // pause before this event is written
    Kind kind = Kind::Meta;
};

// Which event grammar a stream uses; the fault knobs need it to forge events of the same kind.
enum class StreamStyle : quint8 { ChatCompletions, Responses };

// What a route answers. HttpConnection turns it into bytes: a Content-Length body, or a chunked
// text/event-stream made of `events`, each written after its delay.
struct Response
{
    enum class Ending : quint8 {
        Complete,   // finish the message; keep the connection unless it must close
        Disconnect, // close the socket after what was written, without finishing the message
        Stall,      // write nothing more, keep the socket open (closed after a minute)
    };

    int status = 200;
    HeaderList headers; // Content-Type and route-specific headers; framing headers are added later
    QByteArray body;
    bool streaming = false;
    StreamStyle streamStyle = StreamStyle::ChatCompletions;
    QList<StreamEvent> events;

    int delayMs = 0;                // pause before the status line (a non-streamed generation time)
    qsizetype bodyBytesToSend = -1; // -1: all of `body`; else only that many (Content-Length stays)
    Ending ending = Ending::Complete;
    int chunkBytes = 0; // > 0: write everything in writes of at most this many bytes, paced
    // Ending::Disconnect of a stream: the event that was being written when the connection
    // dropped; only its first half goes out.
    QByteArray cutEvent;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }

    static Response json(int status, const QByteArray &body)
    {
        Response r;
        r.status = status;
        r.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = body;
        return r;
    }

    static Response eventStream(StreamStyle style, QList<StreamEvent> events)
    {
        Response r;
        r.headers.append({QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("text/event-stream; charset=utf-8")});
        r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
        r.streaming = true;
        r.streamStyle = style;
        r.events = std::move(events);
        return r;
    }
};

} // namespace Parlance::Sim
