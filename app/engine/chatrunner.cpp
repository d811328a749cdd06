#include "engine/chatrunner.h"

#include "engine/exchangelog.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

ChatRunner::ChatRunner(QObject *parent) : QObject(parent) {}

ChatRunner::~ChatRunner()
{
    // The calls first: each takes its request off a client's network manager.
    for (const Column &column : std::as_const(m_columns))
        delete column.call;
}

void ChatRunner::setRecordEvents(bool record)
{
    m_recordEvents = record;
    for (Net::GatewayClient *client : std::as_const(m_clients))
        client->setRecordEvents(record);
}

void ChatRunner::setExchangeLog(ExchangeLog *log, const QString &conversation)
{
    m_log = log;
    m_conversation = conversation;
}

Net::GatewayClient *ChatRunner::clientFor(int column)
{
    const int index = column / kColumnsPerClient;
    while (m_clients.size() <= index) {
        auto *client = new Net::GatewayClient(this);
        client->setRecordEvents(m_recordEvents);
        m_clients.append(client);
    }
    return m_clients.at(index);
}

bool ChatRunner::start(const QList<ChatColumn> &columns)
{
    if (isRunning() || columns.isEmpty())
        return false;
    for (const Column &column : std::as_const(m_columns)) {
        if (column.call) {
            column.call->disconnect(this);
            column.call->deleteLater(); // a listener of the last run may still be on the stack
        }
    }
    m_columns.clear();
    m_columns.resize(columns.size());
    m_unfinished = int(columns.size());

    for (int i = 0; i < columns.size(); ++i) {
        const ChatColumn &spec = columns.at(i);
        auto *call = new ChatCall(clientFor(i), spec.connection, spec.token, spec.request, this);
        m_columns[i].call = call;
        connect(call, &ChatCall::deltas, this,
                [this, i](const QList<Core::ReplyDelta> &batch) { emit deltas(i, batch); });
        connect(call, &ChatCall::retrying, this,
                [this, i](int next, double delay, const Core::ApiError &reason) {
                    emit retrying(i, next, delay, reason);
                });
        connect(call, &ChatCall::exchangeRecorded, this,
                [this, i](const Net::Exchange &exchange) { emit exchangeRecorded(i, exchange); });
        connect(call, &ChatCall::requestSent, this, [this, i] {
            if (m_columns.at(i).state != State::Queued)
                return;
            m_columns[i].state = State::Running;
            emit started(i);
        });
        connect(call, &ChatCall::finished, this, [this, i] { onFinished(i); });
    }
    for (int i = 0; i < columns.size(); ++i) {
        ChatCall *call = m_columns.at(i).call;
        call->start();
        // A retry or a redirect sends a new request, which may wait for a connection again.
        connect(call->gatewayCall(), &Net::GatewayCall::exchangeStarted, this, [this, i] {
            if (m_columns.at(i).state != State::Running)
                return;
            m_columns[i].state = State::Queued;
            emit queued(i);
        });
        if (m_log) {
            m_log->follow(call->gatewayCall(), m_conversation, [this, i](quint64 id) {
                if (i < m_columns.size())
                    m_columns[i].exchangeIds.append(id);
            });
        }
        emit queued(i);
    }
    return true;
}

void ChatRunner::cancel(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (ChatCall *call = m_columns.at(column).call; call && !call->isFinished())
        call->cancel();
}

void ChatRunner::cancelAll()
{
    for (int i = 0; i < m_columns.size(); ++i)
        cancel(i);
}

ChatRunner::State ChatRunner::state(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).state : State::Finished;
}

const ChatCall *ChatRunner::call(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).call.data() : nullptr;
}

std::optional<ChatResult> ChatRunner::result(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).result : std::nullopt;
}

void ChatRunner::onFinished(int column)
{
    Column &c = m_columns[column];
    if (c.state == State::Finished)
        return;
    c.state = State::Finished;
    ChatResult result = ChatResult::of(*c.call);
    result.exchangeIds = c.exchangeIds;
    c.result = result;
    --m_unfinished;
    emit finished(column, result);
    if (m_unfinished == 0)
        emit allFinished();
}

} // namespace Parlance::Engine
