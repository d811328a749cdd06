#pragma once

#include "core/leaderboard.h"

#include <QAbstractTableModel>

namespace Parlance::Ui {

// The leaderboard as a table: rank, model, Elo, wins, ties, losses, games.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)

public:
    enum Column {
        RankColumn,
        ContestantColumn,
        EloColumn,
        WinsColumn,
        TiesColumn,
        LossesColumn,
        GamesColumn,
        ColumnCount
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setRows(const QList<Core::LeaderboardRow> &rows);
    const QList<Core::LeaderboardRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::LeaderboardRow> m_rows;
};

} // namespace Parlance::Ui
