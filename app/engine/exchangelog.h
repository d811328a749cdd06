#pragma once

#include "net/exchange.h"

#include <QAbstractListModel>

#include <deque>

namespace Parlance::Engine {

// Every request attempt of the session, newest last: the inspector's list. Entries are kept
// in a ring so a long session does not grow without bound; ids stay valid while retained.
class ExchangeLog final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64, stable across eviction of older entries
        StatusRole,                // int, 0 when no HTTP answer
        IsErrorRole,               // bool
        IsStreamRole,              // bool
    };

    explicit ExchangeLog(QObject *parent = nullptr, int capacity = 500);
    ~ExchangeLog() override;

    // Returns the id of the new entry.
    quint64 append(const Net::Exchange &exchange);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Net::Exchange &exchangeAt(int row) const;
    int rowForId(quint64 id) const; // -1 when unknown or evicted
    const Net::Exchange *exchangeById(quint64 id) const;

signals:
    void appended(quint64 id);

private:
    struct Entry
    {
        quint64 id;
        Net::Exchange exchange;
    };
    std::deque<Entry> m_entries;
    quint64 m_nextId = 1;
    int m_capacity;
};

} // namespace Parlance::Engine
