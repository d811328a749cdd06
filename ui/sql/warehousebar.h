#pragma once

#include "workspace/sqlsession.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace Parlance::Ui {

class RefreshButton;

// The warehouse to run on: a list of the workspace's SQL warehouses, each with a badge of its
// state, a Start button for a stopped one, and a refresh.
class WarehouseBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseBar)

public:
    explicit WarehouseBar(QWidget *parent = nullptr);
    ~WarehouseBar() override;

    // Keeps the chosen warehouse when it is still listed, else the one `preferred` names, else
    // the first running one.
    void setWarehouses(const QList<Workspace::SqlWarehouse> &warehouses,
                       const QString &preferred = {});
    void setBusy(bool busy);
    QString currentWarehouseId() const;
    QString currentState() const;

    QComboBox *comboBox() const { return m_combo; }
    QPushButton *startButton() const { return m_start; }
    RefreshButton *refreshButton() const { return m_refresh; }

    // The words and the badge colour for a warehouse state.
    static QString stateText(const QString &state);

signals:
    void refreshRequested();
    void startRequested(const QString &warehouseId);
    void currentWarehouseChanged(const QString &warehouseId);

private:
    void updateStart();

    QComboBox *m_combo;
    QPushButton *m_start;
    RefreshButton *m_refresh;
};

} // namespace Parlance::Ui
