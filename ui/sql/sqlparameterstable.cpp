#include "sql/sqlparameterstable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

// On a name cell: the row came from a marker in the text, not from the user.
constexpr int FromMarkerRole = Qt::UserRole + 1;

} // namespace

SqlParametersTable::SqlParametersTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("sqlParameters"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // values are cut, not scrolled
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setAccessibleName(tr("Statement parameters"));
    m_add->setObjectName(QStringLiteral("sqlAddParameter"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a parameter"));
    m_remove->setObjectName(QStringLiteral("sqlRemoveParameter"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected parameters"));

    auto *label = new QLabel(tr("&Parameters (bound to :name as strings)"), this);
    label->setBuddy(m_table);
    label->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] {
        const int row = addRow({}, {}, false);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int row : std::as_const(rows))
            m_table->removeRow(row);
    });
    // A name typed by hand is the user's: no marker takes its row away.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == 0 && item->data(FromMarkerRole).toBool())
            item->setData(FromMarkerRole, false);
    });
}

SqlParametersTable::~SqlParametersTable() = default;

int SqlParametersTable::rowOf(const QString &name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->text().trimmed() == name)
            return row;
    }
    return -1;
}

int SqlParametersTable::addRow(const QString &name, const QString &value, bool fromMarker)
{
    const QScopedValueRollback filling(m_filling, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(FromMarkerRole, fromMarker);
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    return row;
}

void SqlParametersTable::syncMarkers(const QStringList &markers)
{
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const bool typed = value && !value->text().isEmpty();
        if (name && name->data(FromMarkerRole).toBool() && !typed
            && !markers.contains(name->text().trimmed()))
            m_table->removeRow(row);
    }
    for (const QString &marker : markers) {
        if (rowOf(marker) < 0)
            addRow(marker, {}, true);
    }
}

void SqlParametersTable::setValue(const QString &name, const QString &value)
{
    const int row = rowOf(name);
    if (row < 0) {
        addRow(name, value, true);
        return;
    }
    m_table->item(row, 1)->setText(value);
}

QString SqlParametersTable::value(const QString &name) const
{
    const int row = rowOf(name);
    const QTableWidgetItem *item = row < 0 ? nullptr : m_table->item(row, 1);
    return item ? item->text() : QString();
}

Workspace::SqlParameters SqlParametersTable::parameters() const
{
    Workspace::SqlParameters parameters;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            parameters.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    return parameters;
}

} // namespace Parlance::Ui
