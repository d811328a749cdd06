#include "compare/leaderboardmodel.h"

#include <QLocale>

namespace Parlance::Ui {

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderboardModel::setRows(const QList<Core::LeaderboardRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::LeaderboardRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ContestantColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    // Sorting reads the numbers, the view shows them in the user's locale.
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case RankColumn:
        return index.row() + 1;
    case ContestantColumn:
        return row.contestant;
    case EloColumn:
        return display ? QVariant(QLocale().toString(row.elo, 'f', 0)) : QVariant(row.elo);
    case WinsColumn:
        return row.wins;
    case TiesColumn:
        return row.ties;
    case LossesColumn:
        return row.losses;
    case GamesColumn:
        return row.wins + row.ties + row.losses;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case ContestantColumn:
        return tr("Model");
    case EloColumn:
        return tr("Elo");
    case WinsColumn:
        return tr("Wins");
    case TiesColumn:
        return tr("Ties");
    case LossesColumn:
        return tr("Losses");
    case GamesColumn:
        return tr("Games");
    default:
        return {};
    }
}

} // namespace Parlance::Ui
