#pragma once

#include "core/turn.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace Parlance::Workspace {
class SqlSession;
}

namespace Parlance::Ui {

class SqlErrorPanel;
class SqlParametersTable;
class SqlResultView;
class WarehouseBar;

// The SQL console of a Databricks connection: a warehouse picker, a statement editor with
// named parameters and an ai_query template for the current model, Run (Ctrl+Enter) and Cancel
// (Esc) with the statement's state and time, and its result or error. On any other connection
// it says why it cannot run and what to do instead.
//
// What is typed is kept: the statement stays through failed runs and connection changes, and is
// saved per connection in the settings (the SQL only; tokens never go there).
class SqlConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlConsole)

public:
    // Neither is owned; both must outlive the console.
    SqlConsole(Workspace::SqlSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~SqlConsole() override;

    // The model and generation parameters the ai_query template is made for, asked each time.
    void setSettingsProvider(std::function<Core::ChatSettings()> provider);

    QPlainTextEdit *editor() const { return m_editor; }
    WarehouseBar *warehouseBar() const { return m_warehouses; }
    SqlParametersTable *parametersTable() const { return m_parameters; }
    SqlResultView *resultView() const { return m_results; }
    SqlErrorPanel *errorPanel() const { return m_error; }
    QLabel *stateLine() const { return m_stateLine; }
    QLabel *unavailableMessage() const { return m_unavailableText; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *templateButton() const { return m_template; }
    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    void focusEditor();
    // Inserts SELECT ai_query(:endpoint, :prompt, ...) for the current model at the cursor and
    // fills in its parameters.
    void insertAiQueryTemplate();

public slots:
    // Replaces the statement (undoably) and shows it, ready to run: how other views hand SQL
    // over, such as a batch to run on a warehouse.
    void setStatement(const QString &sql);
    void run();
    void cancel();

signals:
    void manageConnectionsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildConsole();
    QWidget *buildUnavailable();
    void onConnectionChanged();
    void onFinished();
    void updateActions();
    void updateStateLine();
    void saveStatement();
    void replaceText(const QString &text);
    QString settingsKey(const QString &what) const;

    Workspace::SqlSession *m_session;
    QSettings *m_settings;
    std::function<Core::ChatSettings()> m_settingsProvider;
    QString m_connectionGroup; // where the statement of the current connection is kept
    QStackedWidget *m_pages;
    QLabel *m_unavailableText = nullptr;
    WarehouseBar *m_warehouses = nullptr;
    QPushButton *m_template = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_stateLine = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SqlParametersTable *m_parameters = nullptr;
    QStackedWidget *m_outcome = nullptr;
    QLabel *m_placeholder = nullptr;
    SqlResultView *m_results = nullptr;
    SqlErrorPanel *m_error = nullptr;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QTimer m_ticker;
    QTimer m_saveTimer;
};

} // namespace Parlance::Ui
