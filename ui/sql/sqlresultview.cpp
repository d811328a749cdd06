#include "sql/sqlresultview.h"

#include "sql/sqlresultmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>

namespace Parlance::Ui {

SqlResultView::SqlResultView(QWidget *parent)
    : QTableView(parent), m_model(new SqlResultModel(this)), m_copy(new QAction(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("sqlResults"));
    setModel(m_model);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAccessibleName(tr("Statement result"));

    m_copy->setObjectName(QStringLiteral("sqlCopyCells"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &SqlResultView::copySelection);
    addAction(m_copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

SqlResultView::~SqlResultView() = default;

void SqlResultView::copySelection()
{
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    if (indexes.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->copyText(indexes));
}

void SqlResultView::fitColumns()
{
    // Measuring every row of a large result would take seconds; the first ones tell enough.
    horizontalHeader()->setResizeContentsPrecision(50);
    resizeColumnsToContents();
    const int widest = qMax(120, viewport()->width() / 3);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (columnWidth(column) > widest)
            setColumnWidth(column, widest);
    }
}

} // namespace Parlance::Ui
