#include "sim/faults.h"

#include <QUrl>

#include <limits>

namespace Parlance::Sim {

namespace {

// Fewer than `few` content deltas keep at least one.
qsizetype deltasToKeep(const QList<StreamEvent> &events, qsizetype few)
{
    qsizetype deltas = 0;
    for (const StreamEvent &e : events)
        deltas += e.kind == StreamEvent::Kind::Delta ? 1 : 0;
    return qMax<qsizetype>(1, qMin(few, (deltas + 1) / 2));
}

// Index just past the `count`-th delta event (or the end).
qsizetype afterDeltas(const QList<StreamEvent> &events, qsizetype count)
{
    qsizetype seen = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).kind == StreamEvent::Kind::Delta && ++seen == count)
            return i + 1;
    }
    return events.size();
}

StreamEvent malformedEvent(StreamStyle style)
{
    // Cut off inside the JSON, as a proxy that mangles a frame would leave it.
    if (style == StreamStyle::Responses) {
        return {QByteArrayLiteral("event: response.output_text.delta\n"
                                  "data: {\"type\":\"response.output_text.delta\","
                                  "\"item_id\":\"msg_x\",\"delta\":\"oops\"\n\n"),
                0, StreamEvent::Kind::Meta};
    }
    return {QByteArrayLiteral("data: {\"id\":\"chatcmpl-x\",\"choices\":[{\"delta\":"
                              "{\"content\":\"oops\"\n\n"),
            0, StreamEvent::Kind::Meta};
}

// sequence: the Responses sequence_number the error event takes (events are numbered from 0).
QList<StreamEvent> midStreamError(StreamStyle style, qsizetype sequence)
{
    if (style == StreamStyle::Responses) {
        // The Responses grammar has its own flat `error` event and no [DONE].
        return {{"event: error\n"
                 "data: {\"type\":\"error\",\"code\":\"internal_error\","
                 "\"message\":\"simulated failure mid-stream\",\"param\":null,"
                 "\"sequence_number\":"
                     + QByteArray::number(sequence) + "}\n\n",
                 0, StreamEvent::Kind::Meta}};
    }
    return {{QByteArrayLiteral("data: {\"error\":{\"message\":\"simulated failure mid-stream\","
                               "\"type\":\"server_error\",\"code\":\"internal_error\"}}\n\n"),
             0, StreamEvent::Kind::Meta},
            {QByteArrayLiteral("data: [DONE]\n\n"), 0, StreamEvent::Kind::Terminal}};
}

const QByteArray html502Body = QByteArrayLiteral(
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n");

bool isRedirected(const Request &request)
{
    const qsizetype question = request.target.indexOf('?');
    if (question < 0)
        return false;
    for (const QByteArray &item : request.target.mid(question + 1).split('&')) {
        if (item.split('=').value(0) == Faults::RedirectMarker)
            return true;
    }
    return false;
}

} // namespace

Faults Faults::fromRequest(const Request &request, std::optional<Response> *invalid)
{
    Faults f;
    const ErrorStyle style = errorStyleForPath(request.path);
    auto reject = [&](const QString &message) {
        *invalid = badRequest(style, message);
        return Faults();
    };
    const QByteArray spec = request.header("x-sim-fault");
    for (const QByteArray &raw : spec.split(',')) {
        const QByteArray knob = raw.trimmed();
        if (knob.isEmpty())
            continue;
        const qsizetype eq = knob.indexOf('=');
        const QByteArray name = (eq < 0 ? knob : knob.left(eq)).toLower();
        const QByteArray value = eq < 0 ? QByteArray() : knob.mid(eq + 1).trimmed();
        if (name == "disconnect") {
            f.m_disconnect = true;
        } else if (name == "stall") {
            f.m_stall = true;
        } else if (name == "malformed") {
            f.m_malformed = true;
        } else if (name == "html502") {
            f.m_html502 = true;
        } else if (name == "no-done") {
            f.m_noDone = true;
        } else if (name == "mid-stream-error") {
            f.m_midStreamError = true;
        } else if (name == "status") {
            bool ok = false;
            f.m_status = value.toInt(&ok);
            if (!ok || f.m_status < 400 || f.m_status > 599)
                return reject(
                    QStringLiteral("X-Sim-Fault: status=NNN needs a status from 400 to 599."));
        } else if (name == "rate-limit") {
            bool ok = false;
            f.m_rateLimit = value.toInt(&ok);
            if (!ok || f.m_rateLimit < 1)
                return reject(QStringLiteral("X-Sim-Fault: rate-limit=N needs a count from 1."));
        } else if (name == "redirect") {
            const QUrl url(QString::fromUtf8(value));
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                return reject(QStringLiteral("X-Sim-Fault: redirect=URL needs an absolute URL."));
            f.m_redirect = value;
            while (f.m_redirect.endsWith('/'))
                f.m_redirect.chop(1);
        } else {
            return reject(u"Unknown X-Sim-Fault knob '" % QString::fromUtf8(knob)
                          % u"'. Known: disconnect, stall, malformed, html502, no-done, "
                            u"mid-stream-error, status=NNN, redirect=URL, rate-limit=N.");
        }
    }
    const QByteArray chunk = request.header("x-sim-chunk-bytes");
    if (!chunk.isEmpty()) {
        bool ok = false;
        f.m_chunkBytes = chunk.toInt(&ok);
        if (!ok || f.m_chunkBytes < 1)
            return reject(QStringLiteral("X-Sim-Chunk-Bytes needs a positive integer."));
    }
    return f;
}

std::optional<Response> Faults::replacement(const Request &request, ErrorStyle style) const
{
    if (!m_redirect.isEmpty() && !isRedirected(request)) {
        // A client repeats the request headers, X-Sim-Fault included, at the new location;
        // the marker in the query makes that second hop answer normally instead of looping.
        QByteArray location = m_redirect + request.target;
        location += request.target.contains('?') ? '&' : '?';
        location += RedirectMarker;
        location += "=1";
        Response r;
        r.status = 307;
        r.headers.append({QByteArrayLiteral("Location"), location});
        return r;
    }
    if (m_html502) {
        Response r;
        r.status = 502;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
        r.body = html502Body;
        return r;
    }
    if (m_status != 0) {
        return errorResponse(style,
                             errorForStatus(m_status, u"Simulated HTTP " % QString::number(m_status)
                                                          % u" (X-Sim-Fault: status)."));
    }
    return std::nullopt;
}

void Faults::apply(Response &response) const
{
    response.chunkBytes = m_chunkBytes;
    if (!response.streaming) {
        if (m_malformed)
            response.body.truncate(response.body.size() / 2);
        if (m_disconnect) {
            response.bodyBytesToSend = response.body.size() / 2;
            response.ending = Response::Ending::Disconnect;
        } else if (m_stall) {
            response.bodyBytesToSend = 0;
            response.ending = Response::Ending::Stall;
        }
        return;
    }

    QList<StreamEvent> &events = response.events;
    if (m_malformed)
        events.insert(afterDeltas(events, 1), malformedEvent(response.streamStyle));
    if (m_midStreamError) {
        events.resize(afterDeltas(events, deltasToKeep(events, 3)));
        events.append(midStreamError(response.streamStyle, events.size()));
    }
    if (m_noDone) {
        events.removeIf([](const StreamEvent &e) { return e.kind == StreamEvent::Kind::Terminal; });
    }
    if (m_disconnect) {
        const qsizetype keep
            = afterDeltas(events, deltasToKeep(events, std::numeric_limits<qsizetype>::max()));
        if (keep < events.size())
            response.cutEvent = events.at(keep).bytes;
        events.resize(keep);
        response.ending = Response::Ending::Disconnect;
    } else if (m_stall) {
        events.resize(afterDeltas(events, 1));
        response.ending = Response::Ending::Stall;
    }
}

} // namespace Parlance::Sim
