#include "engine/chatcall.h"

#include "api/dialect.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

static bool isEventStream(const Core::HttpHeaders &headers)
{
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return h.second.trimmed().toLower().startsWith("text/event-stream");
    }
    return false;
}

ChatCall::ChatCall(Net::GatewayClient *client, Core::Connection connection, QString token,
                   ChatRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(std::move(connection))
    , m_token(std::move(token))
    , m_request(std::move(request))
    , m_secrets(Net::SecretRedactor::forConnection(m_connection, m_token))
{
    m_httpRequest = httpRequestFor(m_connection, m_request);
}

Core::HttpRequest ChatCall::httpRequestFor(const Core::Connection &connection,
                                           const ChatRequest &request)
{
    return Api::buildChatRequest(request.api, connection.urlFor(request.api, request.model),
                                 request.model, request.conversation, request.params);
}

ChatCall::~ChatCall()
{
    delete m_call;
}

int ChatCall::attempts() const
{
    return m_call ? m_call->attempts() : 0;
}

int ChatCall::httpStatus() const
{
    return m_call ? m_call->status() : 0;
}

QList<Net::Exchange> ChatCall::exchanges() const
{
    return m_call ? m_call->exchanges() : QList<Net::Exchange>{};
}

void ChatCall::start()
{
    m_decoder = Api::makeStreamDecoder(m_request.api);
    m_call = m_client->send(m_httpRequest, m_connection, m_token);
    Net::GatewayCall *call = m_call;
    connect(call, &Net::GatewayCall::attemptStarted, this, [this](int attempt) {
        // A retry starts the reply over: nothing of a failed attempt was delivered.
        m_decoder = Api::makeStreamDecoder(m_request.api);
        m_reply = Core::Reply{};
        m_deltaRedactor = DeltaRedactor(&m_secrets);
        m_metrics = Core::ReplyMetrics{};
        m_sawEvents = false;
        emit attemptStarted(attempt);
    });
    connect(call, &Net::GatewayCall::requestSent, this, &ChatCall::requestSent);
    connect(call, &Net::GatewayCall::retrying, this, &ChatCall::retrying);
    connect(call, &Net::GatewayCall::bytesReceived, this, &ChatCall::rawBytes);
    connect(call, &Net::GatewayCall::exchangeRecorded, this, &ChatCall::exchangeRecorded);
    connect(call, &Net::GatewayCall::eventsReceived, this,
            [this](const QList<Core::SseEvent> &events) {
                m_sawEvents = true;
                // One list serves every read. It is taken out while in use: a slot of deltas()
                // that makes more events arrive (a cancel that flushes the socket) gets its own.
                QList<Core::ReplyDelta> batch = std::exchange(m_readDeltas, {});
                batch.clear(); // keeps the capacity
                for (const Core::SseEvent &event : events)
                    m_decoder->decode(event, batch);
                applyDeltas(batch);
                m_readDeltas = std::move(batch);
            });
    connect(call, &Net::GatewayCall::finished, this, &ChatCall::onGatewayFinished);
}

void ChatCall::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ChatCall::applyDeltas(QList<Core::ReplyDelta> &batch)
{
    m_deltaRedactor.redact(batch);
    applyRedacted(batch);
}

void ChatCall::applyRedacted(const QList<Core::ReplyDelta> &batch)
{
    for (const Core::ReplyDelta &d : batch) {
        if (!m_metrics.timeToFirstTokenMs
            && (d.kind == Core::ReplyDelta::Kind::Text
                || d.kind == Core::ReplyDelta::Kind::Reasoning
                || d.kind == Core::ReplyDelta::Kind::Refusal
                || d.kind == Core::ReplyDelta::Kind::ToolCall)
            && m_call && m_sawEvents) {
            m_metrics.timeToFirstTokenMs = m_call->msSinceRequestSent();
        }
        m_reply.apply(d);
    }
    if (!batch.isEmpty())
        emit deltas(batch);
}

void ChatCall::onGatewayFinished()
{
    Net::GatewayCall *call = m_call;
    // A call cancelled before it was sent has no time to speak of.
    if (const qint64 total = call->msSinceRequestSent(); total >= 0)
        m_metrics.totalMs = total;
    applyRedacted(m_deltaRedactor.finish());

    if (call->error()) {
        m_error = call->error();
        // Cut off mid-answer (disconnect, stall, stop): keep what came, marked incomplete.
        m_incomplete = m_reply.hasContent() || m_sawEvents;
    } else if (!m_sawEvents && isEventStream(call->headers())) {
        // Without this, the empty body would be read as JSON: "Malformed JSON at offset 0".
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = call->status();
        error.message = call->streamHasPendingData()
                            ? tr("The stream ended before any complete event arrived: it broke "
                                 "off in the middle of the first one. Check the connection and "
                                 "any proxy in between, or try without streaming.")
                            : tr("The stream ended before any complete event arrived. Check "
                                 "that this server streams this API, or try without "
                                 "streaming.");
        m_error = error;
    } else if (!m_sawEvents && call->body().trimmed().isEmpty()) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = call->status();
        error.message = tr("The gateway answered HTTP %1 with an empty body instead of a reply. "
                           "Check that the URL and the API match what this server serves.")
                            .arg(call->status());
        m_error = error;
    } else if (!m_sawEvents) {
        // A JSON body, whether or not a stream was asked for (some servers ignore `stream`).
        QList<Core::ReplyDelta> body = Api::parseReplyBody(m_request.api, call->body());
        applyDeltas(body);
        if (m_reply.error)
            m_error = m_reply.error;
    } else if (m_reply.error) {
        m_error = m_reply.error; // an error event in the stream, or an event we could not read
        // An error after part of the answer cuts it short, even when the stream then ends
        // properly ([DONE] after the error event).
        m_incomplete = !m_decoder->isFinished() || m_reply.hasContent();
    } else if (!m_decoder->isFinished()) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.httpStatus = call->status();
        error.message = call->streamHasPendingData()
                            ? tr("The stream was cut off in the middle of an event.")
                            : tr("The stream ended before the gateway said it was complete "
                                 "(no [DONE] or final event).");
        m_error = error;
        m_incomplete = true;
    }
    m_metrics.outputTokens = m_reply.usage.outputTokens;
    m_finished = true;
    emit finished();
}

} // namespace Parlance::Engine
