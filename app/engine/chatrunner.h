#pragma once

#include "core/apierror.h"
#include "core/replydelta.h"
#include "engine/chatcall.h"
#include "engine/chatresult.h"
#include "net/exchange.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Parlance::Net {
class GatewayClient;
}

namespace Parlance::Engine {

class ExchangeLog;

// One column of a comparison: one request to one model on one connection.
struct ChatColumn
{
    Core::Connection connection;
    QString token;
    ChatRequest request;
};

// Runs several chat calls at once, one per column, and hands back each column's result as it
// finishes. Columns are independent: one that fails or is cancelled leaves the others alone.
//
// Qt's HTTP/1.1 opens at most six connections to a host per network manager and holds the rest
// back, unseen. So every six columns get a network manager of their own, and a column's clocks
// start when its request is written, never while it waits: the numbers of one column can be set
// against those of another.
class ChatRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatRunner)

public:
    // Connections Qt 6.4 opens to one host (QHttpNetworkConnection's default), so the columns
    // one network manager carries without queueing any.
    static constexpr int kColumnsPerClient = 6;

    enum class State {
        Queued,   // handed to the network; its request waits for a connection or a retry
        Running,  // its request was written; the answer is awaited or arriving
        Finished, // result() holds what it came to
    };
    Q_ENUM(State)

    explicit ChatRunner(QObject *parent = nullptr);
    ~ChatRunner() override;

    // Whether exchanges keep every stream event (see GatewayClient::setRecordEvents). For the
    // runs started from now on.
    void setRecordEvents(bool record);
    // Logs every attempt of every column there, under `conversation`; the ids end up in each
    // result's exchangeIds. Null (the default) logs nothing.
    void setExchangeLog(ExchangeLog *log, const QString &conversation = {});

    // Starts every column at once; each says queued() before this returns, so connect first.
    // Returns false (and starts nothing) without columns, or while a previous run is going.
    bool start(const QList<ChatColumn> &columns);
    void cancel(int column); // it finishes as cancelled, keeping what arrived
    void cancelAll();

    bool isRunning() const { return m_unfinished > 0; }
    int columnCount() const { return int(m_columns.size()); }
    State state(int column) const;
    // The column's call, for what a view follows live (the reply as it grows, its exchanges);
    // null for an unknown column. It stays until the next start().
    const ChatCall *call(int column) const;
    // Set once the column finished.
    std::optional<ChatResult> result(int column) const;

signals:
    void queued(int column);
    void started(int column); // its request was written: its clocks run from here
    // Deltas already applied to call(column)->reply(), a batch at a time.
    void deltas(int column, const QList<Parlance::Core::ReplyDelta> &deltas);
    void retrying(int column, int nextAttempt, double delaySeconds,
                  const Parlance::Core::ApiError &reason);
    void exchangeRecorded(int column, const Parlance::Net::Exchange &exchange);
    void finished(int column, const Parlance::Engine::ChatResult &result);
    void allFinished();

private:
    struct Column
    {
        QPointer<ChatCall> call;
        State state = State::Queued;
        std::optional<ChatResult> result;
        QList<quint64> exchangeIds;
    };

    Net::GatewayClient *clientFor(int column);
    void onFinished(int column);

    QList<Net::GatewayClient *> m_clients; // children, one per kColumnsPerClient columns
    QList<Column> m_columns;
    int m_unfinished = 0;
    bool m_recordEvents = true;
    QPointer<ExchangeLog> m_log;
    QString m_conversation;
};

} // namespace Parlance::Engine
