#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "core/pricetable.h"
#include "core/turn.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace Parlance::Workspace {
class Workbench;
}

namespace Parlance::Ui {

class ApiSelector;
class ChatPane;
class BatchView;
class CompareView;
class HistoryPanel;
class InspectorWidget;
class ModelPicker;
class ParametersPanel;
class SqlConsole;
class WelcomePanel;

// Assembles the workbench: toolbar (connection, model, API), the chat in the middle,
// parameters and the raw inspector in docks, around a workbench that holds the behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `workbench` must outlive the window; its settings keep the window's layout and draft.
    explicit MainWindow(Workspace::Workbench *workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Chooses the first connection (or shows the welcome panel); call once shown.
    void start();

    Workspace::Workbench *workbench() const { return m_workbench; }
    ChatPane *chatPane() const { return m_chat; }
    CompareView *compareView() const { return m_compare; }
    QAction *compareAction() const { return m_compareAction; }
    SqlConsole *sqlConsole() const { return m_sql; }
    QAction *sqlConsoleAction() const { return m_sqlAction; }
    BatchView *batchView() const { return m_batch; }
    QAction *batchAction() const { return m_batchAction; }
    ModelPicker *modelPicker() const { return m_models; }
    ApiSelector *apiSelector() const { return m_api; }
    ParametersPanel *parametersPanel() const { return m_params; }
    InspectorWidget *inspector() const { return m_inspector; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    HistoryPanel *historyPanel() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }

    // Opens the connections dialog (non-modal, so tests and the window stay live).
    void showSettings();
    // The price table (non-modal); returned for tests.
    QDialog *showPrices();
    // The leaderboard of every vote (non-modal); returned for tests.
    QDialog *showLeaderboard();
    // "Get code" for a request sent (or to send) over `connection` (non-modal); for tests.
    QDialog *showGetCode(const Core::HttpRequest &request, const Core::Connection &connection);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The status text "Opening …" while a stored table is read, so opening it clears only that.
    static constexpr const char *kOpeningProperty = "parlanceOpening";

    void createToolBar();
    void createDocks();
    void createMenus();
    void connectWorkbench();
    void connectHistory();
    void onConnectionChanged();
    void onModelsLoaded();
    void rebuildConnectionMenu();
    void showInspectorFor(quint64 exchangeId);
    Core::ChatSettings currentSettings();
    void showCompare(bool on);
    void createSqlConsole(); // mainwindowsql.cpp
    void setUpBatch();       // batchwiring.cpp
    void connectCompareToInspector();
    void connectGetCode();
    void applyPrices();                  // the price table's costs into the compare view
    QString columnTag(int column) const; // how the inspector names a compare column

    Workspace::Workbench *m_workbench;
    QStackedWidget *m_stack;
    WelcomePanel *m_welcome;
    ChatPane *m_chat;
    CompareView *m_compare;
    BatchView *m_batch = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_compareAction = nullptr;
    SqlConsole *m_sql = nullptr;
    QAction *m_sqlAction = nullptr;
    ModelPicker *m_models;
    ApiSelector *m_api;
    ParametersPanel *m_params;
    InspectorWidget *m_inspector;
    HistoryPanel *m_history;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_paramsDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QToolButton *m_connectionButton = nullptr;
    QAction *m_simulatedBadge = nullptr; // a toolbar widget is shown through its action
    QLabel *m_status = nullptr;
    Core::PriceTable m_prices;
};

} // namespace Parlance::Ui
