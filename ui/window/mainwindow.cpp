#include "window/mainwindow.h"

#include "batch/batchview.h"
#include "compare/compareview.h"
#include "compare/leaderboarddialog.h"
#include "config/pricesettings.h"
#include "config/profilestore.h"
#include "controls/apiselector.h"
#include "controls/getcodedialog.h"
#include "controls/modelpicker.h"
#include "controls/parameterspanel.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/errordescription.h"
#include "conversation/turnreveal.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "export/codegenerator.h"
#include "export/codetarget.h"
#include "history/historypanel.h"
#include "inspector/harcredentials.h"
#include "inspector/inspectorhar.h"
#include "inspector/inspectorwidget.h"
#include "settings/pricetabledialog.h"
#include "settings/settingsdialog.h"
#include "sql/sqlconsole.h"
#include "window/conversationfileactions.h"
#include "window/focuschain.h"
#include "window/modelroutewarning.h"
#include "window/signinstatus.h"
#include "window/welcomepanel.h"
#include "workspace/batchkeeper.h"
#include "workspace/comparekeeper.h"
#include "workspace/comparesession.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace Parlance::Ui {

using Workspace::HistoryKeeper;
using Workspace::Workbench;

static const QString kDraftKey = QStringLiteral("chat/draft");

MainWindow::MainWindow(Workspace::Workbench *workbench, QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(workbench)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(m_stack))
    , m_chat(new ChatPane(m_workbench->session(), m_stack))
    , m_compare(new CompareView(m_workbench->compare(), m_workbench->settings(), m_stack))
    , m_batch(new BatchView(m_workbench->batch(), m_workbench->settings(), m_stack))
    , m_models(new ModelPicker(this))
    , m_api(new ApiSelector(this))
    , m_params(new ParametersPanel(this))
    , m_inspector(new InspectorWidget(m_workbench->log(), this))
    , m_history(new HistoryPanel(this))
{
    setWindowTitle(tr("Parlance"));
    setObjectName(QStringLiteral("MainWindow"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_chat);
    m_stack->addWidget(m_compare);
    setCentralWidget(m_stack);

    createToolBar();
    createDocks();
    setUpBatch();
    createMenus();
    connectWorkbench();
    connectHistory();

    // What is sent is read when the user sends, so every panel edit applies to the next turn.
    m_chat->setSettingsProvider([this] { return currentSettings(); });
    // Columns that do not override them use the toolbar's model, API and parameters.
    m_compare->setSharedSettingsProvider([this] { return currentSettings(); });
    connect(m_compare, &CompareView::showExchangeRequested, this, &MainWindow::showInspectorFor);
    connectCompareToInspector();
    connectGetCode();
    m_prices = Config::loadPrices(*m_workbench->settings());
    applyPrices();
    connect(m_compare, &CompareView::leaderboardRequested, this, &MainWindow::showLeaderboard);
    connect(m_api, &ApiSelector::apiChanged, m_compare, &CompareView::refreshSharedSettings);
    connect(m_models, &ModelPicker::modelChosen, m_compare, &CompareView::refreshSharedSettings);
    connect(m_params, &ParametersPanel::paramsChanged, m_compare,
            &CompareView::refreshSharedSettings);
    connect(m_chat, &ChatPane::showExchangeRequested, this, &MainWindow::showInspectorFor);
    connect(m_inspector, &InspectorWidget::resendRequested, m_workbench, &Workbench::resend);
    m_inspector->setHarCredentialReader(
        savedConnectionCredentials(m_workbench->profiles(), m_workbench->secrets()));
    connect(m_workbench, &Workbench::resendFinished, m_inspector, &InspectorWidget::showExchange);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(new SignInStatusLabel(m_workbench, this));
    // Tab goes round the window as it is laid out: the toolbar, the history on the left, the
    // conversation and composer, the parameters on the right, the inspector below.
    orderFocusChain({findChild<QToolBar *>(QStringLiteral("connectionToolBar")), m_historyDock,
                     m_stack, m_paramsDock, m_inspectorDock});
    // After the chain is ordered: Qt 6.4's setTabOrder() breaks the ring with it in the stack.
    createSqlConsole();

    resize(1280, 820);
    const QSettings &settings = *m_workbench->settings();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // What was typed and not sent when the window closed is still there.
    m_chat->composer()->setText(settings.value(kDraftKey).toString());
}

MainWindow::~MainWindow() = default;

Core::ChatSettings MainWindow::currentSettings()
{
    Core::ChatSettings settings;
    // The compare view asks while it is being built; there is nothing to tell yet.
    if (!m_status)
        return settings;
    if (!m_params->isValid()) {
        // No model means the session refuses the send, and the composer keeps the text.
        m_status->setText(tr("The extra parameters are not valid JSON (%1); fix them to send.")
                              .arg(m_params->validationError()));
        m_paramsDock->show();
        return settings;
    }
    if (m_models->currentModel().isEmpty())
        m_status->setText(tr("Choose a model first."));
    settings.model = m_models->currentModel();
    settings.api = m_api->currentApi();
    settings.params = m_params->params();
    return settings;
}

QString MainWindow::columnTag(int column) const
{
    const Workspace::CompareSession *compare = m_workbench->compare();
    const QString letter = compare->label(column);
    // A blind comparison says nothing of who answered until the vote.
    return compare->isRevealed()
               ? tr("%1 · %2").arg(letter, compare->effectiveSettings(column).model)
               : tr("Answer %1").arg(letter);
}

void MainWindow::connectCompareToInspector()
{
    Workspace::CompareSession *compare = m_workbench->compare();
    m_inspector->setTagger([this, compare](const QString &key) {
        const int column = compare->columnOfKey(key);
        if (column >= 0)
            return columnTag(column);
        // A column of a comparison started over since: still not a chat.
        return key.contains(u'#') ? tr("Earlier comparison") : QString();
    });
    const auto filterTo = [this, compare](int column) {
        if (column < 0 || column >= compare->columnCount())
            return;
        m_inspector->setConversationFilter(compare->columnKey(column), columnTag(column));
    };
    // Working in a column lists its exchanges only; asking for them shows the inspector too.
    connect(m_compare, &CompareView::columnActivated, this, filterTo);
    connect(m_compare, &CompareView::inspectColumnRequested, this, [this, filterTo](int column) {
        filterTo(column);
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });
    const auto retag = [this, compare] {
        m_inspector->refreshTags();
        const int filtered = compare->columnOfKey(m_inspector->conversationFilter());
        if (filtered >= 0)
            m_inspector->setConversationFilter(compare->columnKey(filtered), columnTag(filtered));
        else if (!m_inspector->conversationFilter().isEmpty())
            m_inspector->clearConversationFilter(); // its column is gone
    };
    connect(compare, &Workspace::CompareSession::blindChanged, this, retag);
    connect(compare, &Workspace::CompareSession::columnsChanged, this, retag);
    connect(compare, &Workspace::CompareSession::columnChanged, this, retag);
}

void MainWindow::showCompare(bool on)
{
    // The chat's exchanges are not filtered away behind a column the user left.
    if (!on)
        m_inspector->clearConversationFilter();
    if (m_compareAction->isChecked() != on)
        m_compareAction->setChecked(on); // comes back here through toggled()
    if (m_stack->currentWidget() == m_welcome && !m_workbench->hasConnection())
        return; // a connection first: the welcome panel says how
    QWidget *front = on                                        ? static_cast<QWidget *>(m_compare)
                     : m_sqlAction && m_sqlAction->isChecked() ? static_cast<QWidget *>(m_sql)
                                                               : m_chat;
    m_stack->setCurrentWidget(front);
    // The history marks what is open in front: the comparison or the chat.
    m_history->setCurrentKey(on ? m_workbench->compare()->key()
                                : m_workbench->history()->currentKey());
    if (on)
        m_compare->focusComposer();
    else if (front == m_sql)
        m_sql->focusEditor();
    else
        m_chat->focusInput();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);

    m_connectionButton = new QToolButton(bar);
    m_connectionButton->setObjectName(QStringLiteral("connectionButton"));
    m_connectionButton->setPopupMode(QToolButton::InstantPopup);
    m_connectionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_connectionButton->setText(tr("No connection"));
    m_connectionButton->setMenu(new QMenu(m_connectionButton));
    connect(m_connectionButton->menu(), &QMenu::aboutToShow, this,
            &MainWindow::rebuildConnectionMenu);
    bar->addWidget(m_connectionButton);

    auto *badge = new QLabel(tr("SIMULATED"), bar);
    badge->setObjectName(QStringLiteral("simulatedBadge"));
    badge->setToolTip(tr("Answers come from the demo gateway on this computer, not from a real "
                         "model."));
    badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #f5b041; color: #3b2a00; border-radius: 4px; padding: 2px 6px; "
        "font-weight: bold; }"));
    m_simulatedBadge = bar->addWidget(badge);
    m_simulatedBadge->setVisible(false);
    bar->addSeparator();

    auto *modelLabel = new QLabel(tr("Model:"), bar);
    modelLabel->setBuddy(m_models);
    bar->addWidget(modelLabel);
    m_models->setMinimumWidth(320);
    bar->addWidget(m_models);
    bar->addSeparator();
    auto *apiLabel = new QLabel(tr("API:"), bar);
    apiLabel->setBuddy(m_api);
    bar->addWidget(apiLabel);
    bar->addWidget(m_api);
    bar->addSeparator();

    m_compareAction = bar->addAction(tr("&Compare models"));
    m_compareAction->setIconText(tr("Compare")); // the toolbar's short name
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setCheckable(true);
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_compareAction->setToolTip(
        tr("Compare models side by side (%1)")
            .arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::showCompare);

    connect(m_models, &ModelPicker::refreshRequested, m_workbench, &Workbench::refreshModels);
    m_models->setRouteCheck([this](const QString &model) {
        return modelRouteWarning(m_workbench->connection(), m_api->currentApi(), model,
                                 m_workbench->models());
    });
    connect(m_api, &ApiSelector::apiChanged, m_models, &ModelPicker::recheckRoute);
    connect(m_models, &ModelPicker::modelChosen, this, [this](const QString &model) {
        m_params->setModelKey(m_workbench->connectionLabel(), model);
    });
}

void MainWindow::createDocks()
{
    m_paramsDock = new QDockWidget(tr("Parameters"), this);
    m_paramsDock->setObjectName(QStringLiteral("parametersDock"));
    m_paramsDock->setWidget(m_params);
    addDockWidget(Qt::RightDockWidgetArea, m_paramsDock);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);

    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspectorDock);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connections = file->addAction(tr("&Connections…"), this, &MainWindow::showSettings);
    // QKeySequence::Preferences is empty on some Linux desktops.
    connections->setShortcuts({QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))});
    file->addAction(tr("Try the &demo gateway"), m_workbench, &Workbench::startDemo);
    file->addAction(tr("Model &prices…"), this, &MainWindow::showPrices);
    file->addAction(m_inspector->har()->openAction());
    file->addSeparator();
    auto *files = new ConversationFileActions(m_workbench, this);
    file->addActions({files->importAction(), files->exportAction()});
    connect(files, &ConversationFileActions::imported, this, [this] {
        m_compareAction->setChecked(false);
        m_stack->setCurrentWidget(m_chat);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *newChat = chat->addAction(tr("&New chat"), this, [this] {
        m_workbench->history()->startNew();
        m_chat->focusInput();
    });
    newChat->setShortcut(QKeySequence::New);
    QAction *refresh = chat->addAction(tr("&Refresh models"), m_models, &ModelPicker::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = m_historyDock->toggleViewAction();
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    view->addAction(history);
    view->addAction(m_paramsDock->toggleViewAction());
    QAction *inspector = m_inspectorDock->toggleViewAction();
    inspector->setShortcut(QKeySequence(tr("Ctrl+I")));
    view->addAction(inspector);
    view->addSeparator();
    view->addAction(m_compareAction);
    view->setObjectName(QStringLiteral("viewMenu")); // the SQL console joins it
    view->addAction(m_batchAction);

    // Every compare action from the keyboard (Alt+M), not only from the compare toolbar.
    QMenu *compare = menuBar()->addMenu(tr("Co&mpare"));
    compare->setObjectName(QStringLiteral("compareMenu"));
    compare->addAction(m_compareAction);
    compare->addSeparator();
    compare->addAction(m_compare->addColumnAction());
    compare->addAction(m_compare->stopAllAction());
    compare->addAction(m_compare->newComparisonAction());
    compare->addSeparator();
    compare->addAction(m_compare->blindAction());
    compare->addAction(m_compare->syncScrollAction());
    compare->addSeparator();
    QMenu *sets = compare->addMenu(tr("Comparison &sets"));
    connect(sets, &QMenu::aboutToShow, this, [this, sets] {
        // The compare view's own menu, rebuilt for what is saved now.
        QMenu *own = m_compare->setsButton()->menu();
        emit own->aboutToShow();
        sets->clear();
        sets->addActions(own->actions());
    });
    QMenu *exports = compare->addMenu(tr("&Export comparison"));
    exports->addActions(m_compare->exportButton()->menu()->actions());
    compare->addAction(m_compare->leaderboardAction());
    // Used from the menu while the chat is shown, they act on the compare view: show it.
    for (QAction *action : {m_compare->addColumnAction(), m_compare->stopAllAction(),
                            m_compare->newComparisonAction(), m_compare->blindAction(),
                            m_compare->syncScrollAction(), m_compare->leaderboardAction()}) {
        connect(action, &QAction::triggered, this, [this] {
            if (m_workbench->hasConnection())
                showCompare(true);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Parlance"), this, [this] {
        QMessageBox::about(this, tr("About Parlance"),
                           tr("<h3>Parlance %1</h3><p>A desktop workbench for LLM gateways: "
                              "chat with models, compare them side by side and inspect the raw "
                              "API traffic.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::connectWorkbench()
{
    m_workbench->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    connect(m_welcome, &WelcomePanel::addConnectionRequested, this, &MainWindow::showSettings);
    connect(m_welcome, &WelcomePanel::demoRequested, m_workbench, &Workbench::startDemo);
    connect(m_welcome, &WelcomePanel::databricksProfileChosen, m_workbench,
            &Workbench::useDatabricksProfile);

    connect(m_workbench, &Workbench::welcomeNeeded, this, [this](const QStringList &profiles) {
        m_welcome->setDatabricksProfiles(profiles);
        m_stack->setCurrentWidget(m_welcome);
    });
    connect(m_workbench, &Workbench::connectionFailed, this, [this](const QString &message) {
        m_welcome->setMessage(message);
        m_status->setText(message);
    });
    connect(m_workbench, &Workbench::connectionChanged, this, &MainWindow::onConnectionChanged);
    connect(m_workbench, &Workbench::modelsLoading, this, [this] {
        m_models->setBusy(true);
        m_status->setText(tr("Listing models of %1…").arg(m_workbench->connectionLabel()));
    });
    connect(m_workbench, &Workbench::modelsLoaded, this, &MainWindow::onModelsLoaded);
    connect(m_workbench, &Workbench::modelsFailed, this, [this](const Core::ApiError &error) {
        const ErrorDescription description = describeError(error);
        m_models->setError(description.what + QLatin1Char(' ') + description.advice);
        m_status->setText(tr("Could not list models: %1").arg(description.what));
    });
}

void MainWindow::connectHistory()
{
    HistoryKeeper *keeper = m_workbench->history();
    connect(keeper, &HistoryKeeper::conversationsChanged, this,
            [this, keeper] { m_history->setConversations(keeper->conversations()); });
    connect(keeper, &HistoryKeeper::currentChanged, this, [this](const QString &key) {
        if (m_stack->currentWidget() != m_compare)
            m_history->setCurrentKey(key);
    });
    // A comparison started over or reopened is another entry of the history.
    connect(m_workbench->compare(), &Workspace::CompareSession::columnsChanged, this, [this] {
        if (m_stack->currentWidget() == m_compare)
            m_history->setCurrentKey(m_workbench->compare()->key());
    });
    connect(keeper, &HistoryKeeper::errorChanged, this, [this](const QString &message) {
        m_history->setError(message);
        if (!message.isEmpty())
            m_status->setText(message);
    });
    connect(keeper, &HistoryKeeper::opened, this,
            [this](const Store::StoredConversation &conversation) {
                // The next message goes to the model and API the conversation last used.
                const Core::ChatSettings &settings = conversation.settings;
                if (!settings.model.isEmpty()) {
                    m_models->setCurrentModel(settings.model);
                    m_params->setModelKey(m_workbench->connectionLabel(), settings.model);
                }
                m_api->setCurrentApi(settings.api);
                m_chat->focusInput();
            });
    connect(
        m_history, &HistoryPanel::openRequested, this,
        [this, keeper](const QString &key, int revealTurn) {
            for (const Store::ConversationSummary &summary : keeper->conversations()) {
                if (summary.key == key
                    && summary.kind == Store::ConversationSummary::Kind::Comparison) {
                    m_workbench->compareKeeper()->open(key);
                    showCompare(true);
                    return;
                }
                if (summary.key == key && summary.kind == Store::ConversationSummary::Kind::Batch) {
                    // A large table takes a moment to read; it comes to the front once open.
                    const QString opening = tr("Opening the batch run “%1”…").arg(summary.title);
                    m_status->setText(opening);
                    m_status->setProperty(kOpeningProperty, opening);
                    m_workbench->batchKeeper()->open(key);
                    return;
                }
            }
            keeper->open(key, revealTurn);
            // Stored conversations can be read before a connection is chosen.
            m_compareAction->setChecked(false);
            m_stack->setCurrentWidget(m_chat);
        });
    // A search result opens at the message it found.
    connect(keeper, &HistoryKeeper::revealRequested, this,
            [this](int row) { revealTurn(m_chat->conversationView(), row); });
    connect(m_history, &HistoryPanel::removeRequested, keeper, &HistoryKeeper::remove);
    connect(m_history, &HistoryPanel::undoRemoveRequested, keeper, &HistoryKeeper::undoRemove);
    connect(keeper, &HistoryKeeper::undoableRemovalChanged, m_history,
            &HistoryPanel::setUndoableRemoval);
    connect(m_history, &HistoryPanel::renameRequested, keeper, &HistoryKeeper::rename);
    connect(m_history, &HistoryPanel::pinRequested, keeper, &HistoryKeeper::setPinned);
    Workspace::CompareKeeper *compareKeeper = m_workbench->compareKeeper();
    connect(compareKeeper, &Workspace::CompareKeeper::opened, this, [this] { showCompare(true); });
    connect(compareKeeper, &Workspace::CompareKeeper::openFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    // A deleted comparison that is open starts over, or its next change would bring it back.
    connect(m_history, &HistoryPanel::removeRequested, this, [this](const QString &key) {
        if (key == m_workbench->compare()->key())
            m_workbench->compare()->clear();
    });
    connect(m_history, &HistoryPanel::searchRequested, keeper, &HistoryKeeper::search);
    connect(keeper, &HistoryKeeper::searchResults, m_history, &HistoryPanel::setSearchResults);
    connect(m_history, &HistoryPanel::newChatRequested, this, [this, keeper] {
        keeper->startNew();
        m_chat->focusInput();
    });
}

void MainWindow::onConnectionChanged()
{
    m_connectionButton->setText(m_workbench->connectionLabel());
    m_simulatedBadge->setVisible(m_workbench->isSimulated());
    m_models->setConnectionName(m_workbench->connectionLabel());
    // Parameters are kept per connection and model: a model chosen (or a conversation opened)
    // before this connection came up was keyed to the one before it.
    m_params->setModelKey(m_workbench->connectionLabel(), m_models->currentModel());
    // Invocations are a Databricks serving route.
    m_api->setApiEnabled(Core::ApiKind::Invocations,
                         m_workbench->connection().kind == Core::Connection::Kind::Databricks
                             || m_workbench->isSimulated());
    showCompare(m_compareAction->isChecked());
    m_models->recheckRoute();
}

void MainWindow::onModelsLoaded()
{
    m_models->setModels(m_workbench->models());
    m_compare->setSharedModels(m_workbench->models());
    m_models->recheckRoute(); // the list may name the endpoint to suggest
    if (m_models->currentModel().isEmpty()) {
        const QString model = m_workbench->defaultModel();
        m_models->setCurrentModel(model);
        m_params->setModelKey(m_workbench->connectionLabel(), model);
    }
    m_status->setText(tr("%1: %2 models listed")
                          .arg(m_workbench->connectionLabel())
                          .arg(m_workbench->models().size()));
    if (m_stack->currentWidget() == m_chat) // not from the compare view or the SQL console
        m_chat->focusInput();
}

void MainWindow::rebuildConnectionMenu()
{
    QMenu *menu = m_connectionButton->menu();
    menu->clear();
    for (const Core::Connection &connection : m_workbench->profiles()->connections()) {
        QAction *action = menu->addAction(connection.name, m_workbench, [this, connection] {
            m_workbench->useSavedConnection(connection.name);
        });
        action->setCheckable(true);
        action->setChecked(m_workbench->hasConnection()
                           && connection.name == m_workbench->connection().name);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("Demo gateway (simulated)"), m_workbench, &Workbench::startDemo);
    menu->addAction(tr("Manage connections…"), this, &MainWindow::showSettings);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_workbench->profiles(), m_workbench->secrets(),
                                      m_workbench->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    SignInStatusLabel::connectDialog(dialog, m_workbench->signInState());
    if (m_workbench->hasConnection())
        dialog->selectConnection(m_workbench->connection().name);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A first connection made from the welcome panel is used straight away.
        const QList<Core::Connection> saved = m_workbench->profiles()->connections();
        if (!m_workbench->hasConnection() && !saved.isEmpty())
            m_workbench->useSavedConnection(saved.first().name);
        else if (m_workbench->hasConnection() && !m_workbench->isSimulated())
            m_workbench->useSavedConnection(m_workbench->connection().name);
        Q_UNUSED(dialog)
    });
    dialog->open();
}

void MainWindow::applyPrices()
{
    // Setting it again makes the compare view work the costs out anew.
    m_compare->setCostFunction([this](const QString &model, const Core::Usage &usage) {
        return m_prices.costOf(model, usage);
    });
}

QDialog *MainWindow::showPrices()
{
    QStringList models;
    for (const Core::ModelInfo &model : m_workbench->models())
        models.append(model.name);
    auto *dialog = new PriceTableDialog(m_prices, models, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_prices = dialog->prices();
        Config::savePrices(*m_workbench->settings(), m_prices);
        applyPrices();
    });
    dialog->open();
    return dialog;
}

QDialog *MainWindow::showGetCode(const Core::HttpRequest &request,
                                 const Core::Connection &connection)
{
    QList<GetCodeDialog::Target> targets;
    for (const Export::CodeTargetInfo &info : Export::codeTargets())
        targets.append({info.id, info.displayName, info.language, info.fileSuffix});
    auto *dialog = new GetCodeDialog(
        targets,
        [request, connection](const QString &id) {
            const std::optional<Export::CodeTarget> target = Export::codeTargetFromId(id);
            return target ? Export::generateCode(*target, request, connection).code : QString();
        },
        m_workbench->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::connectGetCode()
{
    const auto noRequest = [this] {
        m_status->setText(tr("There is no request to turn into code yet: send a message first."));
    };
    connect(m_chat, &ChatPane::getCodeRequested, this, [this, noRequest](int row) {
        const std::optional<Core::HttpRequest> request = m_workbench->session()->requestFor(row);
        if (!request)
            return noRequest();
        showGetCode(*request, m_workbench->session()->connection());
    });
    connect(m_compare, &CompareView::getCodeRequested, this,
            [this, noRequest](int column, int row) {
                Workspace::CompareSession *compare = m_workbench->compare();
                Engine::ChatSession *session = compare->session(column);
                const Core::Connection *connection = compare->connection(column);
                if (!session || !connection)
                    return noRequest();
                const std::optional<Core::HttpRequest> request
                    = session->requestFor(row >= 0 ? row : int(session->turns().size()) - 1);
                if (!request)
                    return noRequest();
                showGetCode(*request, *connection);
            });
    connect(m_inspector, &InspectorWidget::getCodeRequested, this, [this](quint64 id) {
        const Net::Exchange *exchange = m_workbench->log()->exchangeById(id);
        if (!exchange)
            return;
        // A compare column's exchange went over that column's connection.
        Workspace::CompareSession *compare = m_workbench->compare();
        const int column = compare->columnOfKey(m_workbench->log()->conversationOf(id));
        const Core::Connection *connection
            = column >= 0 ? compare->connection(column) : &m_workbench->connection();
        showGetCode(exchange->request, connection ? *connection : m_workbench->connection());
    });
}

QDialog *MainWindow::showLeaderboard()
{
    auto *dialog = new LeaderboardDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Workspace::CompareKeeper *keeper = m_workbench->compareKeeper();
    connect(keeper, &Workspace::CompareKeeper::votesListed, dialog, &LeaderboardDialog::setVotes);
    keeper->requestVotes();
    dialog->show();
    return dialog;
}

void MainWindow::showInspectorFor(quint64 exchangeId)
{
    m_inspectorDock->show();
    m_inspectorDock->raise();
    m_inspector->showExchange(exchangeId);
}

void MainWindow::start()
{
    m_workbench->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings &settings = *m_workbench->settings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_params->saveNow();
    m_workbench->history()->saveNow();
    const QString draft = m_chat->composer()->text();
    if (draft.isEmpty())
        settings.remove(kDraftKey);
    else
        settings.setValue(kDraftKey, draft);
    QMainWindow::closeEvent(event);
}

} // namespace Parlance::Ui
