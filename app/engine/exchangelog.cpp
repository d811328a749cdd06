#include "engine/exchangelog.h"

#include "net/gatewaycall.h"

#include <algorithm>
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

int ExchangeLog::ringOf(const QString &conversation)
{
    return conversation.startsWith(QLatin1String("batch:")) ? Batch : Other;
}

quint64 ExchangeLog::insert(const Net::Exchange &exchange, const QString &conversation,
                            bool finished)
{
    std::deque<Entry> &ring = m_rings[ringOf(conversation)];
    if (int(ring.size()) >= m_capacity) {
        const int row = rowOf({ringOf(conversation), 0});
        emit aboutToEvict(row);
        ring.pop_front();
        emit evicted(row);
    }
    // The newest id is the newest row, whichever ring it joins.
    emit aboutToAppend(count());
    ring.push_back({m_nextId, exchange, conversation, finished});
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
    const std::optional<Place> place = placeOf(id);
    if (!place)
        return; // evicted while in flight
    Entry &entry = m_rings[place->ring][place->index];
    if (entry.finished)
        return;
    entry.exchange = exchange;
    entry.finished = finished;
    emit changed(rowOf(*place));
}

void ExchangeLog::abandon(quint64 id)
{
    const std::optional<Place> place = placeOf(id);
    if (!place || m_rings[place->ring][place->index].finished)
        return;
    Net::Exchange exchange = m_rings[place->ring][place->index].exchange;
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
    m_rings[Other].clear();
    m_rings[Batch].clear();
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

size_t ExchangeLog::olderInOtherRing(int ring, quint64 id) const
{
    const std::deque<Entry> &other = m_rings[1 - ring];
    return size_t(std::partition_point(other.cbegin(), other.cend(),
                                       [id](const Entry &e) { return e.id < id; })
                  - other.cbegin());
}

int ExchangeLog::rowOf(Place place) const
{
    return int(place.index + olderInOtherRing(place.ring, m_rings[place.ring][place.index].id));
}

ExchangeLog::Place ExchangeLog::placeAt(int row) const
{
    const size_t wanted = size_t(row);
    // Without batch entries (or with nothing else) rows are the one ring's indexes.
    if (m_rings[Batch].empty())
        return {Other, wanted};
    if (m_rings[Other].empty())
        return {Batch, wanted};
    // The first entry of Other at `row` or after it: the ones before it are all the Other
    // entries above `row`, and the row is either this one or a Batch entry.
    const std::deque<Entry> &other = m_rings[Other];
    size_t lo = 0;
    size_t hi = other.size();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (mid + olderInOtherRing(Other, other[mid].id) < wanted)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < other.size() && lo + olderInOtherRing(Other, other[lo].id) == wanted)
        return {Other, lo};
    return {Batch, wanted - lo};
}

std::optional<ExchangeLog::Place> ExchangeLog::placeOf(quint64 id) const
{
    for (int ring : {Other, Batch}) {
        const std::deque<Entry> &entries = m_rings[ring];
        if (entries.empty() || id < entries.front().id || id > entries.back().id)
            continue;
        // A ring that holds every id in its span (no entry of the other ring between) finds it
        // by offset, as it did when there was one ring.
        if (entries.back().id - entries.front().id + 1 == entries.size())
            return Place{ring, size_t(id - entries.front().id)};
        const auto it = std::partition_point(entries.cbegin(), entries.cend(),
                                             [id](const Entry &e) { return e.id < id; });
        if (it != entries.cend() && it->id == id)
            return Place{ring, size_t(it - entries.cbegin())};
    }
    return std::nullopt;
}

const ExchangeLog::Entry &ExchangeLog::entryAt(int row) const
{
    const Place place = placeAt(row);
    return m_rings[place.ring].at(place.index); // throws for a row out of range, as it did
}

const Net::Exchange &ExchangeLog::exchangeAt(int row) const
{
    return entryAt(row).exchange;
}

ExchangeLog::State ExchangeLog::stateAt(int row) const
{
    return stateOf(entryAt(row));
}

quint64 ExchangeLog::idAt(int row) const
{
    return entryAt(row).id;
}

int ExchangeLog::rowForId(quint64 id) const
{
    const std::optional<Place> place = placeOf(id);
    return place ? rowOf(*place) : -1;
}

const Net::Exchange *ExchangeLog::exchangeById(quint64 id) const
{
    const std::optional<Place> place = placeOf(id);
    return place ? &m_rings[place->ring][place->index].exchange : nullptr;
}

QString ExchangeLog::conversationOf(quint64 id) const
{
    const std::optional<Place> place = placeOf(id);
    return place ? m_rings[place->ring][place->index].conversation : QString();
}

} // namespace Parlance::Engine
