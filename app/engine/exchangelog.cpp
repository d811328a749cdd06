#include "engine/exchangelog.h"

#include "net/gatewaycall.h"

#include <memory>

namespace Parlance::Engine {

ExchangeLog::ExchangeLog(QObject *parent, int capacity)
    : QObject(parent), m_capacity(qMax(1, capacity))
{}

ExchangeLog::~ExchangeLog() = default;

quint64 ExchangeLog::append(const Net::Exchange &exchange, const QString &conversation)
{
    return insert(exchange, conversation, true);
}

quint64 ExchangeLog::begin(const Net::Exchange &exchange, const QString &conversation)
{
    return insert(exchange, conversation, false);
}

quint64 ExchangeLog::insert(const Net::Exchange &exchange, const QString &conversation,
                            bool finished)
{
    if (int(m_entries.size()) >= m_capacity) {
        emit aboutToEvictOldest();
        m_entries.pop_front();
        emit evictedOldest();
    }
    emit aboutToAppend(int(m_entries.size()));
    m_entries.push_back({m_nextId, exchange, conversation, finished});
    emit appended(m_nextId);
    return m_nextId++;
}

void ExchangeLog::update(quint64 id, const Net::Exchange &exchange)
{
    replace(id, exchange, false);
}

void ExchangeLog::finish(quint64 id, const Net::Exchange &exchange)
{
    replace(id, exchange, true);
}

void ExchangeLog::replace(quint64 id, const Net::Exchange &exchange, bool finished)
{
    const int row = rowForId(id);
    if (row < 0)
        return; // evicted while in flight
    Entry &entry = m_entries[size_t(row)];
    if (entry.finished)
        return;
    entry.exchange = exchange;
    entry.finished = finished;
    emit changed(row);
}

void ExchangeLog::abandon(quint64 id)
{
    const int row = rowForId(id);
    if (row < 0 || m_entries[size_t(row)].finished)
        return;
    Net::Exchange exchange = m_entries[size_t(row)].exchange;
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Cancelled;
    error.httpStatus = exchange.status;
    error.message = tr("The request was dropped before it finished.");
    exchange.error = error;
    finish(id, exchange);
}

void ExchangeLog::follow(Net::GatewayCall *call, const QString &conversation,
                         std::function<void(quint64)> added)
{
    struct Followed
    {
        QString conversation;
        std::function<void(quint64)> added;
        quint64 open = 0; // a call's hops run one after another: at most one is in flight
    };
    auto followed = std::make_shared<Followed>(Followed{conversation, std::move(added)});
    const auto logged = [followed](quint64 id) {
        if (followed->added)
            followed->added(id);
    };
    connect(call, &Net::GatewayCall::exchangeStarted, this,
            [this, followed, logged](const Net::Exchange &exchange) {
                abandon(followed->open);
                followed->open = begin(exchange, followed->conversation);
                logged(followed->open);
            });
    connect(call, &Net::GatewayCall::responseStarted, this,
            [this, followed, call] { update(followed->open, call->currentExchange()); });
    connect(call, &Net::GatewayCall::exchangeRecorded, this,
            [this, followed, logged](const Net::Exchange &exchange) {
                if (followed->open) {
                    finish(std::exchange(followed->open, 0), exchange);
                    return;
                }
                logged(append(exchange, followed->conversation)); // followed mid-hop
            });
    connect(call, &QObject::destroyed, this, [this, followed] { abandon(followed->open); });
}

void ExchangeLog::clear()
{
    emit aboutToClear();
    m_entries.clear();
    emit cleared();
}

ExchangeLog::State ExchangeLog::stateOf(const Entry &entry)
{
    const Net::Exchange &e = entry.exchange;
    if (!entry.finished) {
        if (e.status == 0)
            return State::Pending;
        return e.status >= 200 && e.status < 300 && e.isStream() ? State::Streaming
                                                                 : State::Receiving;
    }
    if (!e.error)
        return State::Done;
    if (e.error->kind == Core::ApiError::Kind::Cancelled)
        return State::Cancelled;
    // An error status is an answer like any other; a 2xx that broke off is not.
    return e.status >= 300 ? State::Done : State::Failed;
}

const Net::Exchange &ExchangeLog::exchangeAt(int row) const
{
    return m_entries.at(size_t(row)).exchange;
}

ExchangeLog::State ExchangeLog::stateAt(int row) const
{
    return stateOf(m_entries.at(size_t(row)));
}

quint64 ExchangeLog::idAt(int row) const
{
    return m_entries.at(size_t(row)).id;
}

int ExchangeLog::rowForId(quint64 id) const
{
    if (m_entries.empty() || id < m_entries.front().id || id > m_entries.back().id)
        return -1;
    // Ids grow by one per entry and only the oldest are evicted, so the row is an offset.
    return int(id - m_entries.front().id);
}

const Net::Exchange *ExchangeLog::exchangeById(quint64 id) const
{
    const int row = rowForId(id);
    return row < 0 ? nullptr : &m_entries[size_t(row)].exchange;
}

QString ExchangeLog::conversationOf(quint64 id) const
{
    const int row = rowForId(id);
    return row < 0 ? QString() : m_entries[size_t(row)].conversation;
}

} // namespace Parlance::Engine
