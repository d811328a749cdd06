#pragma once

#include "net/exchange.h"

#include <QObject>

#include <deque>
#include <functional>
#include <optional>

namespace Parlance::Net {
class GatewayCall;
}

namespace Parlance::Engine {

// Every request attempt of the session, newest last: what the inspector lists. An attempt
// appears when it is sent and is completed in place when it finishes, so a slow or stuck
// request is visible while it runs. Entries are kept in two rings of `capacity` each, so a long
// session does not grow without bound: one for batch runs (logged under a key that starts with
// "batch:") and one for everything else, so that a long batch evicts only older batch entries
// and never the chats and comparisons around it. An eviction may thus take a row from the
// middle. Ids stay valid while retained. A view follows the about-to/done signal pairs (a Qt
// item model needs to hear of a change before it happens).
class ExchangeLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    enum class State {
        Pending,   // sent, nothing answered yet
        Receiving, // answered, the body is arriving
        Streaming, // answered 2xx with an event stream that is arriving
        Done,      // finished with an HTTP answer (any status)
        Cancelled, // stopped by the user, or abandoned by whoever sent it
        Failed,    // no answer, or an answer that broke off (network, timeout, cut stream)
    };
    Q_ENUM(State)

    explicit ExchangeLog(QObject *parent = nullptr, int capacity = 500);
    ~ExchangeLog() override;

    // A finished attempt. `conversation` is the history key of the chat it belongs to, if any
    // (a batch run's starts with "batch:"). Returns the id of the new entry.
    quint64 append(const Net::Exchange &exchange, const QString &conversation = {});
    // An attempt that was just sent; update() and finish() complete it. Returns its id.
    quint64 begin(const Net::Exchange &exchange, const QString &conversation = {});
    void update(quint64 id, const Net::Exchange &exchange); // still in flight (headers arrived)
    void finish(quint64 id, const Net::Exchange &exchange);
    // Logs each attempt and redirect hop of `call` as it is sent, marks it streaming when its
    // answer starts and completes it when it is recorded; one the call drops unfinished (it
    // was deleted) shows as cancelled. `added` hears the id of each new entry.
    void follow(Net::GatewayCall *call, const QString &conversation = {},
                std::function<void(quint64 id)> added = {});
    void clear();

    int count() const { return int(m_rings[0].size() + m_rings[1].size()); }
    const Net::Exchange &exchangeAt(int row) const;
    State stateAt(int row) const;
    quint64 idAt(int row) const;
    int rowForId(quint64 id) const; // -1 when unknown or evicted
    const Net::Exchange *exchangeById(quint64 id) const;
    // The history key given when the entry was logged; empty when unknown or evicted.
    QString conversationOf(quint64 id) const;

signals:
    void aboutToAppend(int row);
    void appended(quint64 id);
    void aboutToEvict(int row); // the oldest entry of a ring goes, to make room
    void evicted(int row);
    void changed(int row);
    void aboutToClear();
    void cleared();

private:
    struct Entry
    {
        quint64 id;
        Net::Exchange exchange;
        QString conversation;
        bool finished = false;
    };
    enum Ring { Other, Batch };
    struct Place
    {
        int ring = Other;
        size_t index = 0;
    };
    static State stateOf(const Entry &entry);
    static int ringOf(const QString &conversation);
    quint64 insert(const Net::Exchange &exchange, const QString &conversation, bool finished);
    void replace(quint64 id, const Net::Exchange &exchange, bool finished);
    void abandon(quint64 id);
    std::optional<Place> placeOf(quint64 id) const;
    Place placeAt(int row) const;
    int rowOf(Place place) const;
    const Entry &entryAt(int row) const;
    // Entries of the other ring logged before `id`.
    size_t olderInOtherRing(int ring, quint64 id) const;

    // Each in id order; the rows are the two merged by id (ids grow with every entry).
    std::deque<Entry> m_rings[2];
    quint64 m_nextId = 1;
    int m_capacity; // of each ring
};

} // namespace Parlance::Engine
