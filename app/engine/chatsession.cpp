#include "engine/chatsession.h"

#include "engine/chatcall.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

ChatSession::ChatSession(Net::GatewayClient *client, ExchangeLog *log, QObject *parent)
    : QObject(parent), m_client(client), m_log(log)
{}

ChatSession::~ChatSession()
{
    delete m_call;
}

void ChatSession::setConnection(const Core::Connection &connection, const QString &token)
{
    m_connection = connection;
    m_token = token;
    m_hasConnection = true;
}

bool ChatSession::isStreaming(int row) const
{
    return row >= 0 && row < m_live.size() && m_live.at(row).streaming;
}

QList<quint64> ChatSession::exchangeIds(int row) const
{
    return row >= 0 && row < m_live.size() ? m_live.at(row).exchangeIds : QList<quint64>{};
}

const Core::Message &ChatSession::messageAt(int row) const
{
    if (row == m_callRow && m_call)
        return m_call->reply().primary().message;
    return m_turns.at(row).message;
}

Core::Conversation ChatSession::conversationBefore(int row) const
{
    Core::Conversation conversation;
    for (int i = 0; i < row && i < m_turns.size(); ++i) {
        const Core::Turn &turn = m_turns.at(i);
        // Failed or empty replies are not part of what the model is told.
        if (!turn.isUser() && (turn.error && !turn.message.incomplete))
            continue;
        if (turn.message.parts.isEmpty())
            continue;
        conversation.append(turn.message);
    }
    return conversation;
}

std::optional<Core::HttpRequest> ChatSession::requestFor(int row) const
{
    if (row < 0 || row >= m_turns.size())
        return std::nullopt;
    const int reply = m_turns.at(row).isUser() ? row + 1 : row;
    const bool hasReply = reply < m_turns.size() && !m_turns.at(reply).isUser();
    if (hasReply && m_log) {
        const QList<quint64> &ids = m_live.at(reply).exchangeIds;
        if (!ids.isEmpty()) {
            if (const Net::Exchange *exchange = m_log->exchangeById(ids.last()))
                return exchange->request;
        }
    }
    const Core::ChatSettings settings = sentWith(hasReply ? reply : row);
    if (settings.model.isEmpty() || !m_hasConnection)
        return std::nullopt;
    return ChatCall::httpRequestFor(
        m_connection, {settings.api, settings.model, conversationBefore(reply), settings.params});
}

bool ChatSession::send(const QString &text, const Core::ChatSettings &settings)
{
    if (isBusy() || !m_hasConnection || text.trimmed().isEmpty() || settings.model.isEmpty())
        return false;
    Core::Turn user;
    user.message = Core::Message::user(text);
    const int row = int(m_turns.size());
    m_turns.append(user);
    m_live.append({settings, false, {}});
    emit turnInserted(row);
    return startReply(row + 1, settings);
}

bool ChatSession::regenerate(int row, const Core::ChatSettings &settings)
{
    if (isBusy() || row < 0 || row >= m_turns.size() || m_turns.at(row).isUser())
        return false;
    truncate(row);
    return startReply(row, settings);
}

bool ChatSession::editAndResend(int row, const QString &text, const Core::ChatSettings &settings)
{
    if (isBusy() || row < 0 || row >= m_turns.size() || !m_turns.at(row).isUser()
        || text.trimmed().isEmpty())
        return false;
    truncate(row + 1);
    m_turns[row].message = Core::Message::user(text);
    emit turnChanged(row);
    return startReply(row + 1, settings);
}

bool ChatSession::retry(int row)
{
    if (row < 0 || row >= m_live.size())
        return false;
    return regenerate(row, m_live.at(row).sentWith);
}

bool ChatSession::appendReply(const Core::Turn &turn, const QList<quint64> &exchangeIds)
{
    if (isBusy())
        return false;
    const int row = int(m_turns.size());
    m_turns.append(turn);
    Core::ChatSettings settings;
    settings.model = turn.model;
    settings.api = turn.api;
    m_live.append({settings, false, exchangeIds});
    emit turnInserted(row);
    return true;
}

bool ChatSession::restore(const QList<Core::Turn> &turns, const Core::ChatSettings &settings)
{
    if (isBusy())
        return false;
    m_turns = turns;
    m_live.clear();
    for (const Core::Turn &turn : std::as_const(m_turns)) {
        Core::ChatSettings sent = settings;
        if (!turn.isUser()) {
            sent.model = turn.model;
            sent.api = turn.api;
        }
        m_live.append({sent, false, {}});
    }
    emit turnsReset();
    return true;
}

Core::ChatSettings ChatSession::sentWith(int row) const
{
    return row >= 0 && row < m_live.size() ? m_live.at(row).sentWith : Core::ChatSettings{};
}

void ChatSession::removeTurn(int row)
{
    if (row < 0 || row >= m_turns.size() || (isBusy() && row == m_callRow))
        return;
    if (isBusy() && row < m_callRow)
        --m_callRow;
    m_turns.removeAt(row);
    m_live.removeAt(row);
    emit turnRemoved(row);
}

void ChatSession::stop()
{
    if (!m_call)
        return;
    // A held request ends like any other: started, then cancelled before a byte leaves.
    if (std::exchange(m_held, false))
        startCall();
    m_call->cancel();
}

void ChatSession::releaseHeld()
{
    if (std::exchange(m_held, false) && m_call)
        startCall();
}

void ChatSession::clear()
{
    stop();
    m_turns.clear();
    m_live.clear();
    emit turnsReset();
}

void ChatSession::truncate(int fromRow)
{
    while (m_turns.size() > fromRow) {
        const int last = int(m_turns.size()) - 1;
        m_turns.removeLast();
        m_live.removeLast();
        emit turnRemoved(last);
    }
}

bool ChatSession::startReply(int row, const Core::ChatSettings &settings)
{
    Core::Turn reply;
    reply.message = Core::Message::make(Core::Role::Assistant, {});
    reply.model = settings.model;
    reply.api = settings.api;
    m_turns.insert(row, reply);
    m_live.insert(row, {settings, true, {}});
    emit turnInserted(row);

    ChatRequest request;
    request.api = settings.api;
    request.model = settings.model;
    request.conversation = conversationBefore(row);
    request.params = settings.params;
    m_call = new ChatCall(m_client, m_connection, m_token, request, this);
    m_callRow = row;
    ChatCall *call = m_call;
    connect(call, &ChatCall::retrying, this,
            [this](int nextAttempt, double delaySeconds, const Core::ApiError &reason) {
                emit retrying(m_callRow, nextAttempt, delaySeconds, reason);
            });
    connect(call, &ChatCall::attemptStarted, this,
            [this](int attempt) { emit attemptStarted(m_callRow, attempt); });
    connect(call, &ChatCall::deltas, this, [this] {
        if (m_callRow >= 0 && m_callRow < m_turns.size())
            emit turnChanged(m_callRow);
    });
    connect(call, &ChatCall::finished, this, [this, call] {
        const int row = m_callRow;
        m_callRow = -1;
        call->deleteLater();
        m_call = nullptr;
        if (row < 0 || row >= m_turns.size()) { // cleared while it was finishing
            emit busyChanged(false);
            return;
        }
        Core::Turn &turn = m_turns[row];
        turn.message.parts = call->reply().primary().message.parts;
        turn.message.incomplete = call->isIncomplete();
        turn.usage = call->reply().usage;
        turn.metrics = call->metrics();
        turn.finishReason = call->reply().finishReason();
        turn.error = call->error();
        m_live[row].streaming = false;
        emit turnChanged(row);
        emit busyChanged(false);
        emit replyFinished(row);
    });
    emit busyChanged(true);
    if (m_holdRequests) {
        m_held = true;
        emit requestHeld(row);
        return true;
    }
    startCall();
    return true;
}

void ChatSession::startCall()
{
    ChatCall *call = m_call;
    call->start();
    if (m_log) {
        m_log->follow(call->gatewayCall(), m_conversationKey, [this](quint64 id) {
            if (m_callRow >= 0 && m_callRow < m_turns.size())
                m_live[m_callRow].exchangeIds.append(id);
        });
    }
}

} // namespace Parlance::Engine
