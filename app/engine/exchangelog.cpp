#include "engine/exchangelog.h"


namespace Parlance::Engine {

ExchangeLog::ExchangeLog(QObject *parent, int capacity)
    : QAbstractListModel(parent)
    , m_capacity(qMax(1, capacity))
{}

ExchangeLog::~ExchangeLog() = default;

quint64 ExchangeLog::append(const Net::Exchange &exchange)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({m_nextId, exchange});
    endInsertRows();
    emit appended(m_nextId);
    return m_nextId++;
}

void ExchangeLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ExchangeLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExchangeLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    const Net::Exchange &e = entry.exchange;
    switch (role) {
    case IdRole:
        return entry.id;
    case StatusRole:
        return e.status;
    case IsErrorRole:
        return e.error.has_value() || e.status >= 400;
    case IsStreamRole:
        return !e.events.isEmpty();
    case Qt::ToolTipRole:
        return e.request.url.toString(QUrl::RemoveUserInfo);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(e.request.method);
        case UrlColumn:
            return e.request.url.path();
        case StatusColumn:
            if (e.status > 0)
                return e.status;
            return e.error ? tr("failed") : tr("…");
        case DurationColumn:
            return e.timings.totalMs >= 0 ? tr("%1 ms").arg(e.timings.totalMs) : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ExchangeLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

const Net::Exchange &ExchangeLog::exchangeAt(int row) const
{
    return m_entries.at(size_t(row)).exchange;
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

} // namespace Parlance::Engine
