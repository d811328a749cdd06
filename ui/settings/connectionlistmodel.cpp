#include "settings/connectionlistmodel.h"

#include <QFont>

namespace Parlance::Ui {

ConnectionListModel::ConnectionListModel(QObject *parent) : QAbstractListModel(parent) {}

ConnectionListModel::~ConnectionListModel() = default;

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionDraft &draft = m_drafts.at(index.row());
    const Core::Connection &c = draft.connection;
    const bool databricks = c.kind == Core::Connection::Kind::Databricks;
    switch (role) {
    case Qt::DisplayRole:
        return c.name.trimmed().isEmpty() ? tr("(unnamed)") : c.name;
    case Qt::ToolTipRole: {
        const QString where = (databricks ? c.host : c.baseUrl).toDisplayString();
        const QString kind = databricks ? tr("Databricks") : tr("OpenAI-compatible");
        QString tip = where.isEmpty() ? kind : QString(kind + QStringLiteral(": ") + where);
        if (m_withErrors.contains(draft.id))
            tip += QLatin1Char('\n') + tr("Needs fixing before it can be saved.");
        return tip;
    }
    case Qt::FontRole:
        if (m_withErrors.contains(draft.id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return int(c.kind);
    case IdRole:
        return draft.id;
    case HasErrorsRole:
        return m_withErrors.contains(draft.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(HasErrorsRole, QByteArrayLiteral("hasErrors"));
    return names;
}

void ConnectionListModel::reset(QList<ConnectionDraft> drafts)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    m_withErrors.clear();
    for (ConnectionDraft &draft : m_drafts)
        draft.id = m_nextId++;
    endResetModel();
}

int ConnectionListModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == id)
            return row;
    }
    return -1;
}

int ConnectionListModel::append(ConnectionDraft draft)
{
    const int row = int(m_drafts.size());
    draft.id = m_nextId++;
    beginInsertRows({}, row, row);
    m_drafts.append(std::move(draft));
    endInsertRows();
    return row;
}

void ConnectionListModel::update(int row, const ConnectionDraft &draft)
{
    Q_ASSERT(row >= 0 && row < m_drafts.size() && m_drafts.at(row).id == draft.id);
    m_drafts[row] = draft;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void ConnectionListModel::removeAt(int row)
{
    Q_ASSERT(row >= 0 && row < m_drafts.size());
    beginRemoveRows({}, row, row);
    m_withErrors.remove(m_drafts.at(row).id);
    m_drafts.removeAt(row);
    endRemoveRows();
}

void ConnectionListModel::setHasErrors(quint64 id, bool errors)
{
    if (m_withErrors.contains(id) == errors)
        return;
    if (errors)
        m_withErrors.insert(id);
    else
        m_withErrors.remove(id);
    const int row = rowOf(id);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {Qt::ToolTipRole, Qt::FontRole, HasErrorsRole});
    }
}

QStringList ConnectionListModel::namesExcept(int row) const
{
    QStringList names;
    for (int r = 0; r < m_drafts.size(); ++r) {
        if (r != row)
            names.append(m_drafts.at(r).connection.name);
    }
    return names;
}

QString ConnectionListModel::uniqueName(const QString &base) const
{
    const QStringList names = namesExcept(-1);
    QString candidate = base;
    for (int n = 2; names.contains(candidate); ++n)
        candidate = base + QLatin1Char(' ') + QString::number(n);
    return candidate;
}

} // namespace Parlance::Ui
