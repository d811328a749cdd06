#pragma once

#include <QAbstractTableModel>

namespace Parlance::Engine {
class ExchangeLog;
}

namespace Parlance::Ui {

// The inspector's list as a table over the session's ExchangeLog: one row per attempt, oldest
// first, with the time, method, path, status (or what the attempt is doing) and duration.
class ExchangeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeTableModel)

public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64, stable across eviction of older entries
        StatusRole,                // int, 0 when no HTTP answer
        IsErrorRole,               // bool: failed, or answered 4xx/5xx
        IsStreamRole,              // bool
        StateRole,                 // Engine::ExchangeLog::State
    };

    explicit ExchangeTableModel(Engine::ExchangeLog *log, QObject *parent = nullptr);

    Engine::ExchangeLog *log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Engine::ExchangeLog *m_log;
};

} // namespace Parlance::Ui
