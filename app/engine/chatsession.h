#pragma once

#include "core/apierror.h"
#include "core/apikind.h"
#include "core/connection.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/message.h"
#include "core/replymetrics.h"
#include "core/usage.h"
#include "engine/chatcall.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Parlance::Net {
class GatewayClient;
}

namespace Parlance::Engine {

class ExchangeLog;

// One entry of a chat: a user message, or an assistant reply with everything the view shows
// about it (model, metrics, usage, finish reason, error, whether it is still streaming).
struct Turn
{
    Core::Message message; // final once !streaming; ChatSession::messageAt() is live
    QString model;         // assistant: the model that answered
    Core::ApiKind api = Core::ApiKind::ChatCompletions;
    Core::Usage usage;
    Core::ReplyMetrics metrics;
    QString finishReason;
    std::optional<Core::ApiError> error;
    bool streaming = false;
    QList<quint64> exchangeIds; // ExchangeLog ids of the attempts behind this reply

    bool isUser() const { return message.role == Core::Role::User; }
};

// What the next request is made with.
struct ChatSettings
{
    QString model;
    Core::ApiKind api = Core::ApiKind::ChatCompletions;
    Core::GenerationParams params;
};

// A conversation with one model at a time: owns the turns, runs one request at a time, and
// grows the last assistant turn delta by delta. Views read turns() and follow the signals;
// the compare view runs one session per column.
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    ChatSession(Net::GatewayClient *client, ExchangeLog *log, QObject *parent = nullptr);
    ~ChatSession() override;

    void setConnection(const Core::Connection &connection, const QString &token);
    // The history key of the conversation in the session: the exchanges of its replies are
    // logged under it, so a resend from the inspector knows which chat it belongs to.
    void setConversationKey(const QString &key) { m_conversationKey = key; }
    QString conversationKey() const { return m_conversationKey; }
    const Core::Connection &connection() const { return m_connection; }
    bool hasConnection() const { return m_hasConnection; }

    const QList<Turn> &turns() const { return m_turns; }
    // The message of `row` as it is now, including the text a streaming reply has received so
    // far. Views read this rather than turns()[row].message, which a streaming reply only
    // fills in when it finishes (copying the growing text on every delta would cost time
    // proportional to the whole message per token).
    const Core::Message &messageAt(int row) const;
    bool isBusy() const { return m_call != nullptr; }

    // Appends the user turn (at once, before the request leaves) and an assistant turn that
    // streams. Returns false (and changes nothing) while busy or without a connection.
    bool send(const QString &text, const ChatSettings &settings);
    // Replaces the assistant turn at `row` (and drops everything after it) with a new answer.
    bool regenerate(int row, const ChatSettings &settings);
    // Changes the user turn at `row`, drops what followed, and asks again.
    bool editAndResend(int row, const QString &text, const ChatSettings &settings);
    // Retries a failed assistant turn with the settings it was sent with.
    bool retry(int row);
    // Adds a reply that arrived outside the session (the inspector's "Edit and resend") as an
    // assistant turn at the end. Not while busy.
    bool appendReply(const Turn &turn);
    // Replaces every turn with `turns` (a conversation reopened from the history); a turn
    // marked streaming comes in finished. Assistant turns are retried with their own model
    // and API and `settings`' parameters. Not while busy.
    bool restore(const QList<Turn> &turns, const ChatSettings &settings);
    // The settings the turn at `row` was sent with (for a user turn, those of its reply).
    ChatSettings sentWith(int row) const;
    void removeTurn(int row); // not while that turn streams
    void stop();              // the streaming turn keeps its partial answer, marked incomplete
    void clear();

    // While set, a reply's request waits, its turn already streaming, until releaseHeld():
    // the history keeps requests waiting until the message they answer is on disk, so nothing
    // typed is lost should the process die while the answer streams.
    void setHoldRequests(bool hold) { m_holdRequests = hold; }
    void releaseHeld();

    // The conversation as sent to the model for a reply at `row` (turns before it).
    Core::Conversation conversationBefore(int row) const;

signals:
    void turnsReset();
    void turnInserted(int row);
    void turnChanged(int row);
    void turnRemoved(int row);
    void busyChanged(bool busy);
    // The reply at `row` finished (successfully or not).
    void replyFinished(int row);
    // The request of the reply at `row` failed in a way worth another try (429, 503, a refused
    // connection): it is sent again in `delaySeconds`, as attempt `nextAttempt`.
    void retrying(int row, int nextAttempt, double delaySeconds,
                  const Parlance::Core::ApiError &reason);
    void attemptStarted(int row, int attempt); // the reply at `row` starts (over)
    void requestHeld(int row);                 // the reply at `row` waits for releaseHeld()

private:
    bool startReply(int row, const ChatSettings &settings);
    void startCall();
    void truncate(int fromRow);

    Net::GatewayClient *m_client;
    ExchangeLog *m_log;
    Core::Connection m_connection;
    QString m_token;
    QString m_conversationKey;
    bool m_hasConnection = false;
    QList<Turn> m_turns;
    QList<ChatSettings> m_sentWith; // parallel to m_turns: the settings an assistant turn used
    QPointer<ChatCall> m_call;
    int m_callRow = -1;
    bool m_holdRequests = false;
    bool m_held = false; // m_call waits for releaseHeld()
};

} // namespace Parlance::Engine
