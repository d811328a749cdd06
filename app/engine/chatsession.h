#pragma once

#include "core/apierror.h"
#include "core/connection.h"
#include "core/conversation.h"
#include "core/message.h"
#include "core/turn.h"
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

    const QList<Core::Turn> &turns() const { return m_turns; }
    // Whether the reply at `row` is still arriving (its turn's message is then filled in only
    // when it finishes: read messageAt()).
    bool isStreaming(int row) const;
    // The ExchangeLog ids of the attempts behind the reply at `row`, oldest first.
    QList<quint64> exchangeIds(int row) const;
    // The message of `row` as it is now, including the text a streaming reply has received so
    // far. Views read this rather than turns()[row].message, which a streaming reply only
    // fills in when it finishes (copying the growing text on every delta would cost time
    // proportional to the whole message per token).
    const Core::Message &messageAt(int row) const;
    bool isBusy() const { return m_call != nullptr; }

    // Appends the user turn (at once, before the request leaves) and an assistant turn that
    // streams. Returns false (and changes nothing) while busy or without a connection.
    bool send(const QString &text, const Core::ChatSettings &settings);
    // Replaces the assistant turn at `row` (and drops everything after it) with a new answer.
    bool regenerate(int row, const Core::ChatSettings &settings);
    // Changes the user turn at `row`, drops what followed, and asks again.
    bool editAndResend(int row, const QString &text, const Core::ChatSettings &settings);
    // Retries a failed assistant turn with the settings it was sent with.
    bool retry(int row);
    // Adds a reply that arrived outside the session (the inspector's "Edit and resend") as an
    // assistant turn at the end, made by the logged exchanges `exchangeIds`. Not while busy.
    bool appendReply(const Core::Turn &turn, const QList<quint64> &exchangeIds = {});
    // Replaces every turn with `turns` (a conversation reopened from the history). Assistant
    // turns are retried with their own model and API and `settings`' parameters. Not while busy.
    bool restore(const QList<Core::Turn> &turns, const Core::ChatSettings &settings);
    // The settings the turn at `row` was sent with (for a user turn, those of its reply).
    Core::ChatSettings sentWith(int row) const;
    void removeTurn(int row); // not while that turn streams
    void stop();              // the streaming turn keeps its partial answer, marked incomplete
    void clear();

    // While set, a reply's request waits, its turn already streaming, until releaseHeld():
    // the history keeps requests waiting until the message they answer is on disk, so nothing
    // typed is lost should the process die while the answer streams.
    void setHoldRequests(bool hold) { m_holdRequests = hold; }
    void releaseHeld();
    bool isHoldingRequest() const { return m_held; }

    // The conversation as sent to the model for a reply at `row` (turns before it).
    Core::Conversation conversationBefore(int row) const;
    // The HTTP request behind the reply at `row` (for a user turn: its reply's), for "Get code":
    // the one logged for its last attempt, as sent; else (a conversation reopened from the
    // history) the one it would be sent with now. Nothing for a row without settings.
    std::optional<Core::HttpRequest> requestFor(int row) const;

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
    bool startReply(int row, const Core::ChatSettings &settings);
    void startCall();
    void truncate(int fromRow);

    Net::GatewayClient *m_client;
    ExchangeLog *m_log;
    Core::Connection m_connection;
    QString m_token;
    QString m_conversationKey;
    bool m_hasConnection = false;
    // What the session knows of a turn besides its value, only while the app runs.
    struct Live
    {
        Core::ChatSettings sentWith; // the settings an assistant turn used
        bool streaming = false;
        QList<quint64> exchangeIds;
    };
    QList<Core::Turn> m_turns;
    QList<Live> m_live; // parallel to m_turns
    QPointer<ChatCall> m_call;
    int m_callRow = -1;
    bool m_holdRequests = false;
    bool m_held = false; // m_call waits for releaseHeld()
};

} // namespace Parlance::Engine
