// The SQL console's place in the window: a view of the central stack beside the chat and the
// compare view, shown by a checkable View action. Kept apart from mainwindow.cpp, which only
// calls createSqlConsole() and lets showCompare() put it in front while its action is checked.
#include "sql/sqlconsole.h"
#include "window/mainwindow.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace Parlance::Ui {

void MainWindow::createSqlConsole()
{
    m_sql = new SqlConsole(m_workbench->sql(), m_workbench->settings(), m_stack);
    m_stack->addWidget(m_sql);
    m_sql->setSettingsProvider([this] { return currentSettings(); });
    connect(m_sql, &SqlConsole::manageConnectionsRequested, this, &MainWindow::showSettings);

    m_sqlAction = new QAction(tr("&SQL console"), this);
    m_sqlAction->setObjectName(QStringLiteral("sqlConsoleAction"));
    m_sqlAction->setCheckable(true);
    m_sqlAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_sqlAction->setToolTip(tr("Run SQL on a Databricks SQL warehouse (%1)")
                                .arg(m_sqlAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_sqlAction);
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(m_sqlAction);
    connect(m_sqlAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            showCompare(false); // which shows the console while its action is checked
        else if (m_stack->currentWidget() == m_sql)
            showCompare(m_compareAction->isChecked());
    });
    // Anything else put in front (the comparison, a chat opened from the history) ends it.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_stack->currentWidget() != m_sql)
            m_sqlAction->setChecked(false);
    });
}

} // namespace Parlance::Ui
