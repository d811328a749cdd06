#pragma once

#include "core/comparison.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Parlance::Ui {

class LeaderboardModel;

// Wins, ties, losses and an Elo rating per model from every vote cast in comparisons, for all
// time or between two dates.
class LeaderboardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardDialog)

public:
    explicit LeaderboardDialog(QWidget *parent = nullptr);
    ~LeaderboardDialog() override;

    void setVotes(const QList<Core::Vote> &votes);
    // Only votes from `from` to `to` (whole days, both included); invalid dates: no bound.
    void setDateRange(const QDate &from, const QDate &to);

    LeaderboardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *allTimeBox() const { return m_allTime; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString summary() const;

private:
    void recompute();

    QList<Core::Vote> m_votes;
    LeaderboardModel *m_model;
    QTableView *m_table;
    QCheckBox *m_allTime;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
};

} // namespace Parlance::Ui
