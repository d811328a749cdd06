#include "inspector/exchangetablemodel.h"

#include "engine/exchangelog.h"

#include <QLocale>

namespace Parlance::Ui {

using State = Engine::ExchangeLog::State;

ExchangeTableModel::ExchangeTableModel(Engine::ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    using Log = Engine::ExchangeLog;
    connect(log, &Log::aboutToAppend, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(log, &Log::appended, this, [this] {
        m_tags.push_back(tagFor(int(m_tags.size())));
        const bool tagged = !m_tags.back().isEmpty();
        endInsertRows();
        setTagCount(m_taggedRows + (tagged ? 1 : 0));
    });
    // A batch's entries are evicted apart from the others, so the row may be any row.
    connect(log, &Log::aboutToEvict, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(log, &Log::evicted, this, [this](int row) {
        const auto at = m_tags.begin() + row;
        const bool tagged = !at->isEmpty();
        m_tags.erase(at);
        endRemoveRows();
        setTagCount(m_taggedRows - (tagged ? 1 : 0));
    });
    // The key an entry was logged under never changes, so neither does its tag.
    connect(log, &Log::changed, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(log, &Log::aboutToClear, this, [this] { beginResetModel(); });
    connect(log, &Log::cleared, this, [this] {
        m_tags.clear();
        endResetModel();
        setTagCount(0);
    });
    m_tags.resize(size_t(log->count()));
}

void ExchangeTableModel::setTagger(Tagger tagger)
{
    m_tagger = std::move(tagger);
    refreshTags();
}

void ExchangeTableModel::refreshTags()
{
    int tagged = 0;
    for (size_t row = 0; row < m_tags.size(); ++row) {
        m_tags[row] = tagFor(int(row));
        tagged += m_tags[row].isEmpty() ? 0 : 1;
    }
    if (!m_tags.empty())
        emit dataChanged(index(0, SourceColumn), index(int(m_tags.size()) - 1, SourceColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    setTagCount(tagged);
}

QString ExchangeTableModel::tagFor(int row) const
{
    if (m_log->exchangeAt(row).origin == Net::Exchange::Origin::SignIn)
        return tr("Sign-in");
    if (!m_tagger)
        return {};
    return m_tagger(m_log->conversationOf(m_log->idAt(row)));
}

void ExchangeTableModel::setTagCount(int taggedRows)
{
    const bool had = hasTags();
    m_taggedRows = taggedRows;
    if (had != hasTags())
        emit hasTagsChanged(hasTags());
}

int ExchangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log->count();
}

int ExchangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Net::Exchange &e = m_log->exchangeAt(row);
    const State state = m_log->stateAt(row);
    switch (role) {
    case IdRole:
        return m_log->idAt(row);
    case StatusRole:
        return e.status;
    case StateRole:
        return QVariant::fromValue(state);
    case IsErrorRole:
        return state == State::Failed || (state == State::Done && e.status >= 400);
    case IsStreamRole:
        return !e.events.isEmpty() || state == State::Streaming;
    case ConversationRole:
        return m_log->conversationOf(m_log->idAt(row));
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && !m_tags[size_t(row)].isEmpty())
            return m_tags[size_t(row)]; // the column is narrow; the whole name is here
        if (index.column() == StatusColumn && e.error
            && (state == State::Failed || state == State::Cancelled)) {
            return e.error->message;
        }
        return e.request.url.toString(QUrl::RemoveUserInfo);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case SourceColumn:
            return m_tags[size_t(row)];
        case MethodColumn:
            return QString::fromLatin1(e.request.method);
        case UrlColumn:
            return e.request.url.path();
        case StatusColumn:
            switch (state) {
            case State::Pending:
                return tr("pending");
            case State::Receiving:
                return tr("receiving");
            case State::Streaming:
                return tr("streaming");
            case State::Cancelled:
                return tr("cancelled");
            case State::Failed:
                return tr("failed");
            case State::Done:
                break;
            }
            return e.status;
        case DurationColumn:
            return e.timings.totalMs >= 0 ? tr("%1 ms").arg(QLocale().toString(e.timings.totalMs))
                                          : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ExchangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
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

} // namespace Parlance::Ui
