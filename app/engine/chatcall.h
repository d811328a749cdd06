#pragma once

#include "api/streamdecoder.h"
#include "core/apikind.h"
#include "core/connection.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/reply.h"
#include "core/replymetrics.h"
#include "engine/deltaredactor.h"
#include "net/exchange.h"
#include "net/gatewaycall.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Parlance::Net {
class GatewayClient;
} // namespace Parlance::Net

namespace Parlance::Engine {

struct ChatRequest
{
    Core::ApiKind api = Core::ApiKind::ChatCompletions;
    QString model;
    Core::Conversation conversation;
    Core::GenerationParams params;
};

// One chat turn end to end: the dialect builds the request, GatewayClient sends it, the
// dialect's decoder turns the answer into deltas, and the Reply grows one delta at a time.
// What arrived before a failure is kept, and the reply is then marked incomplete.
class ChatCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCall)

public:
    ChatCall(Net::GatewayClient *client, Core::Connection connection, QString token,
             ChatRequest request, QObject *parent = nullptr);
    ~ChatCall() override;

    // The HTTP request a call for `request` sends over `connection`, before GatewayClient adds
    // the auth and the connection's extra headers: what `parlance-cli code` and "Get code"
    // turn into snippets.
    static Core::HttpRequest httpRequestFor(const Core::Connection &connection,
                                            const ChatRequest &request);

    void start();
    void cancel();

    const ChatRequest &request() const { return m_request; }
    const Core::HttpRequest &httpRequest() const { return m_httpRequest; }
    const Core::Reply &reply() const { return m_reply; }
    const Core::ReplyMetrics &metrics() const { return m_metrics; }
    const std::optional<Core::ApiError> &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    // The answer stopped before the gateway said it was complete.
    bool isIncomplete() const { return m_incomplete; }
    int attempts() const;
    int httpStatus() const;
    QList<Net::Exchange> exchanges() const;
    // Null until start(); it starts sending from the event loop, so a listener connected right
    // after start() hears every hop.
    Net::GatewayCall *gatewayCall() const { return m_call; }

signals:
    // Deltas already applied to reply(), a batch at a time (the events of one read, at most
    // GatewayCall::kEventBatch of them), so a listener (a view, a terminal) does its work once
    // per batch rather than once per token.
    void deltas(const QList<Core::ReplyDelta> &deltas);
    void rawBytes(QByteArrayView bytes); // the delivered answer's body as it arrives
    void retrying(int nextAttempt, double delaySeconds, const Core::ApiError &reason);
    void attemptStarted(int attempt); // the reply starts over
    // The request (of this attempt or redirect hop) was written to the socket; before that it
    // may wait for a free connection. Metrics are timed from here.
    void requestSent();
    void exchangeRecorded(const Parlance::Net::Exchange &exchange);
    void finished();

private:
    void applyDeltas(QList<Core::ReplyDelta> &batch);
    void applyRedacted(const QList<Core::ReplyDelta> &batch);
    void onGatewayFinished();

    Net::GatewayClient *m_client;
    const Core::Connection m_connection;
    const QString m_token;
    const ChatRequest m_request;
    const Net::SecretRedactor m_secrets;
    DeltaRedactor m_deltaRedactor{&m_secrets};
    Core::HttpRequest m_httpRequest;

    QPointer<Net::GatewayCall> m_call;
    std::unique_ptr<Api::StreamDecoder> m_decoder;
    QList<Core::ReplyDelta> m_readDeltas; // reused for the deltas of every read
    bool m_sawEvents = false;
    Core::Reply m_reply;
    Core::ReplyMetrics m_metrics;
    std::optional<Core::ApiError> m_error;
    bool m_incomplete = false;
    bool m_finished = false;
};

} // namespace Parlance::Engine
