#pragma once

#include "workspace/sqlsession.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace Parlance::Ui {

// The statement's named parameters, a name and a value a row, each bound as a STRING to its
// `:name` marker. Markers typed into the statement add their rows by themselves (and take
// them away again while their value is empty); rows can be added and removed by hand too.
class SqlParametersTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlParametersTable)

public:
    explicit SqlParametersTable(QWidget *parent = nullptr);
    ~SqlParametersTable() override;

    // The markers the statement holds now, in order.
    void syncMarkers(const QStringList &markers);
    // Sets `name`'s value, adding its row when there is none.
    void setValue(const QString &name, const QString &value);
    QString value(const QString &name) const;
    // The rows that have a name.
    Workspace::SqlParameters parameters() const;

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

private:
    int rowOf(const QString &name) const;
    int addRow(const QString &name, const QString &value, bool fromMarker);

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_filling = false; // rows being added, not edited by the user
};

} // namespace Parlance::Ui
