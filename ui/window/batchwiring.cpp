// The batch view's place in the window: a page of the stack beside the chat and the compare
// view, its View menu action, the models of the connection and the inspector.
#include "batch/batchview.h"
#include "conversation/chatpane.h"
#include "history/historypanel.h"
#include "sql/sqlconsole.h"
#include "window/mainwindow.h"
#include "window/welcomepanel.h"
#include "workspace/batchkeeper.h"
#include "workspace/sqlsession.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

namespace Parlance::Ui {

void MainWindow::setUpBatch()
{
    m_stack->addWidget(m_batch);
    // A run takes the API and parameters of the Parameters panel when it starts.
    m_batch->setSettingsProvider([this] { return currentSettings(); });
    connect(m_batch, &BatchView::showExchangeRequested, this, &MainWindow::showInspectorFor);
    connect(m_workbench, &Workspace::Workbench::modelsLoaded, m_batch,
            [this](const QList<Core::ModelInfo> &models) {
                QStringList names;
                for (const Core::ModelInfo &model : models) {
                    if (model.isChat())
                        names.append(model.name);
                }
                m_batch->setAvailableModels(names);
            });

    // A set for a warehouse goes to the SQL console (created after this), which comes to the
    // front with it, ready to run.
    Workspace::SqlSession *sql = m_workbench->sql();
    m_batch->setWarehouseAvailable(sql->isAvailable());
    connect(sql, &Workspace::SqlSession::connectionChanged, m_batch,
            [this, sql] { m_batch->setWarehouseAvailable(sql->isAvailable()); });
    connect(m_batch, &BatchView::warehouseSqlRequested, this, [this](const QString &statement) {
        if (!m_sql || !m_sqlAction)
            return;
        m_batchAction->setChecked(false);
        m_sqlAction->setChecked(true);
        m_sql->setStatement(statement);
    });

    m_batchAction = new QAction(tr("&Batch run"), this);
    m_batchAction->setObjectName(QStringLiteral("batchAction"));
    m_batchAction->setCheckable(true);
    m_batchAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_batchAction->setToolTip(
        tr("Run a prompt set against several models (%1)")
            .arg(m_batchAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_batchAction); // its shortcut works while the menu is closed
    connect(m_batchAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_compareAction->setChecked(false); // one view in front
            if (m_stack->currentWidget() == m_welcome && !m_workbench->hasConnection())
                return; // a connection first: the welcome panel says how
            m_stack->setCurrentWidget(m_batch);
            m_batch->runButton()->setFocus();
        } else if (m_stack->currentWidget() == m_batch) {
            m_stack->setCurrentWidget(m_chat);
        }
    });
    connect(m_compareAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_batchAction->setChecked(false);
    });

    // A batch from the history opens in front, connection or not: a kept table can be read
    // and exported before one is chosen.
    Workspace::BatchKeeper *keeper = m_workbench->batchKeeper();
    connect(keeper, &Workspace::BatchKeeper::opened, this,
            [this](const QString &key, const QStringList &droppedChecks) {
                m_batchAction->setChecked(true);
                m_stack->setCurrentWidget(m_batch);
                m_history->setCurrentKey(key);
                m_batch->showReopened(droppedChecks);
                if (m_status->text() == m_status->property(kOpeningProperty).toString())
                    m_status->clear();
            });
    connect(keeper, &Workspace::BatchKeeper::openFailed, this,
            [this](const QString &message) { m_status->setText(message); });
}

} // namespace Parlance::Ui
