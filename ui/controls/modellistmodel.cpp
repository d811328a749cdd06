#include "controls/modellistmodel.h"

#include <QSet>

#include <algorithm>

namespace Parlance::Ui {

namespace {

bool lessByName(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

ModelListModel::ModelListModel(QObject *parent) : ModelListModel(ModelPreferences(), parent) {}

ModelListModel::ModelListModel(ModelPreferences preferences, QObject *parent)
    : QAbstractListModel(parent), m_preferences(std::move(preferences))
{
    m_favourites = m_preferences.favourites(m_connection);
    m_recents = m_preferences.recents(m_connection);
    m_rows = buildRows();
}

ModelListModel::~ModelListModel() = default;

void ModelListModel::setConnectionName(const QString &connection)
{
    beginResetModel();
    m_connection = connection;
    m_favourites = m_preferences.favourites(connection);
    m_recents = m_preferences.recents(connection);
    m_rows = buildRows();
    endResetModel();
}

void ModelListModel::setModels(const QList<Core::ModelInfo> &models)
{
    beginResetModel();
    m_models = models;
    m_hasList = true;
    m_rows = buildRows();
    endResetModel();
}

void ModelListModel::setFavourite(const QString &name, bool favourite)
{
    if (name.isEmpty() || isFavourite(name) == favourite)
        return;
    if (favourite)
        m_favourites.append(name);
    else
        m_favourites.removeAll(name);
    m_preferences.setFavourites(m_connection, m_favourites);
    rebuild();
}

void ModelListModel::addRecent(const QString &name)
{
    if (name.isEmpty() || (!m_recents.isEmpty() && m_recents.constFirst() == name))
        return;
    m_recents.removeAll(name);
    m_recents.prepend(name);
    m_recents = m_recents.mid(0, ModelPreferences::maxRecents);
    m_preferences.setRecents(m_connection, m_recents);
    rebuild();
}

int ModelListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.name == name)
            return row;
    }
    return -1;
}

QString ModelListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.name : QString();
}

int ModelListModel::nonChatCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.section == Section::OtherEndpoints;
    }));
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Core::ModelInfo &info = row.info;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return info.name;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!info.alias.isEmpty())
            lines << tr("Also answers as: %1").arg(info.alias);
        if (!info.description.isEmpty())
            lines << info.description;
        if (!info.task.isEmpty())
            lines << tr("Task: %1").arg(info.task);
        if (!info.state.isEmpty())
            lines << tr("State: %1").arg(stateText(info.state));
        if (!info.ownedBy.isEmpty())
            lines << tr("Owned by: %1").arg(info.ownedBy);
        if (!row.listed && m_hasList)
            lines << tr("Not in the model list the server sent last.");
        return lines.join(u'\n');
    }
    case TaskRole:
        return info.task;
    case StateRole:
        return info.state;
    case DescriptionRole:
        return info.description;
    case AliasRole:
        return info.alias;
    case FavouriteRole:
        return isFavourite(info.name);
    case RecentRole:
        return m_recents.contains(info.name);
    case SectionRole:
        return QVariant::fromValue(row.section);
    case ChatRole:
        return info.isChat();
    case ReadyRole:
        return info.state.compare(QLatin1StringView("NOT_READY"), Qt::CaseInsensitive) != 0;
    case ListedRole:
        return row.listed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(TaskRole, QByteArrayLiteral("task"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(AliasRole, QByteArrayLiteral("alias"));
    names.insert(FavouriteRole, QByteArrayLiteral("favourite"));
    names.insert(RecentRole, QByteArrayLiteral("recent"));
    names.insert(SectionRole, QByteArrayLiteral("section"));
    names.insert(ChatRole, QByteArrayLiteral("chat"));
    names.insert(ReadyRole, QByteArrayLiteral("ready"));
    names.insert(ListedRole, QByteArrayLiteral("listed"));
    return names;
}

QString ModelListModel::sectionTitle(Section section)
{
    switch (section) {
    case Section::Favourites:
        return tr("Favourites");
    case Section::Recent:
        return tr("Recently used");
    case Section::Models:
        return tr("Models");
    case Section::OtherEndpoints:
        return tr("Other endpoints (not for chat)");
    }
    return {};
}

QString ModelListModel::stateText(const QString &state)
{
    if (state.compare(QLatin1StringView("READY"), Qt::CaseInsensitive) == 0)
        return tr("ready");
    if (state.compare(QLatin1StringView("NOT_READY"), Qt::CaseInsensitive) == 0)
        return tr("not ready");
    return state.toLower().replace(u'_', u' ');
}

QList<ModelListModel::Row> ModelListModel::buildRows() const
{
    QList<Row> rows;
    QSet<QString> seen;
    for (const Core::ModelInfo &info : m_models) {
        if (info.name.isEmpty() || seen.contains(info.name))
            continue;
        seen.insert(info.name);
        rows.append({info, true, Section::Models});
    }
    for (const QStringList *names : {&m_favourites, &m_recents}) {
        for (const QString &name : *names) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            Core::ModelInfo info;
            info.name = name;
            rows.append({info, false, Section::Models});
        }
    }
    for (Row &row : rows) {
        if (isFavourite(row.info.name))
            row.section = Section::Favourites;
        else if (m_recents.contains(row.info.name))
            row.section = Section::Recent;
        else if (!row.info.isChat())
            row.section = Section::OtherEndpoints;
    }
    // Favourites keep a stable alphabetical place; recents read newest first.
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.section == Section::Recent)
            return m_recents.indexOf(a.info.name) < m_recents.indexOf(b.info.name);
        return lessByName(a.info.name, b.info.name);
    });
    return rows;
}

// Toggling a favourite or choosing a model moves rows: done as a layout change when the same
// names stay, so views keep their selection and scroll position.
void ModelListModel::rebuild()
{
    QList<Row> rows = buildRows();
    bool sameNames = rows.size() == m_rows.size();
    QHash<QString, int> newRowOf;
    for (int row = 0; row < rows.size(); ++row)
        newRowOf.insert(rows.at(row).info.name, row);
    for (const Row &row : std::as_const(m_rows))
        sameNames = sameNames && newRowOf.contains(row.info.name);
    if (!sameNames) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? this->index(newRowOf.value(nameAt(index.row())), 0)
                                     : QModelIndex());
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0));
}

} // namespace Parlance::Ui
