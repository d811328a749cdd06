// The assembled window, driven like a user: first run from environment variables against the
// simulated gateway, pick a model, send, stream, stop, regenerate, error card, inspector.
#include "controls/apiselector.h"
#include "controls/modellistmodel.h"
#include "controls/modelpicker.h"
#include "controls/parameterspanel.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "history/historylistmodel.h"
#include "history/historypanel.h"
#include "inspector/inspectorwidget.h"
#include "sim/simulatedgateway.h"
#include "store/historystore.h"
#include "window/mainwindow.h"
#include "window/welcomepanel.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Parlance;

static const QByteArray kToken = "dapi-mainwindow-token-0123456789wxyz";

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstRunFromEnvironment();
    void modelServicesWithBothNamesAndRouteWarnings();
    void noTwoActionsShareAShortcut();
    void welcomeThenDemo();
    void promisesComparingNowThatItExists();
    void restartWithTheDemoReopensTheLastChat();
    void parametersFollowTheConnectionChosenAfterARestart();
    void historyKeepsAndReopensConversations();
    void searchResultOpensAtTheMatchingMessage();
    void damagedHistoryStillStartsAndChats();
    void unsentDraftSurvivesClosing();

private:
    static void send(Ui::MainWindow &window, const QString &text);
    static void chooseModel(Ui::MainWindow &window, const QString &model);
    static QString allInspectorText(Ui::InspectorWidget *inspector);

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_home;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.databrickscfg, no saved connections
}

void TstMainWindow::cleanup()
{
    QSettings().clear();
    qunsetenv("DATABRICKS_HOST");
    qunsetenv("DATABRICKS_TOKEN");
}

void TstMainWindow::send(Ui::MainWindow &window, const QString &text)
{
    QPlainTextEdit *input = window.chatPane()->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
}

void TstMainWindow::chooseModel(Ui::MainWindow &window, const QString &model)
{
    QLineEdit *edit = window.modelPicker()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, model);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier); // take the name as typed
    QTRY_COMPARE(window.modelPicker()->currentModel(), model);
}

QString TstMainWindow::allInspectorText(Ui::InspectorWidget *inspector)
{
    QString text;
    for (QPlainTextEdit *edit : inspector->findChildren<QPlainTextEdit *>())
        text += edit->toPlainText() + QLatin1Char('\n');
    for (QTextEdit *edit : inspector->findChildren<QTextEdit *>())
        text += edit->toPlainText() + QLatin1Char('\n');
    for (QAbstractItemView *view : inspector->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int r = 0; r < qMin(model->rowCount(), 200); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                text += model->index(r, c).data().toString() + QLatin1Char('\t');
    }
    return text;
}

void TstMainWindow::firstRunFromEnvironment()
{
    qputenv("DATABRICKS_HOST", m_gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();

    // The environment's connection is used, its models listed, the first chat model chosen,
    // and the composer has the keyboard focus.
    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                              10000);
    QVERIFY(window.workbench()->hasConnection());
    QVERIFY(!window.workbench()->isSimulated());
    QTRY_VERIFY(window.chatPane()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(window.chatPane()->composer()->input()));

    Engine::ChatSession *session = window.workbench()->session();
    send(window, QStringLiteral("hello window"));
    QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: hello window"));
    QVERIFY(window.chatPane()->composer()->input()->toPlainText().isEmpty());

    // The inspector has the model listing, the ask for Unity AI Gateway's model services (this
    // workspace has none: 404) and the chat request; the token is masked.
    Engine::ExchangeLog *log = window.workbench()->log();
    QCOMPARE(log->count(), 3);
    QVERIFY(log->exchangeAt(1).request.url.path().endsWith(u"/unity-catalog/model-services"));
    QCOMPARE(log->exchangeAt(1).status, 404);
    // A workspace without them is not asked again at the next refresh.
    window.modelPicker()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->isBusy(), 10000);
    QCOMPARE(log->count(), 4);
    QVERIFY(log->exchangeAt(3).request.url.path().endsWith(u"/serving-endpoints"));
    const quint64 chatId = session->exchangeIds(1).last();
    window.inspector()->showExchange(chatId);
    QCOMPARE(window.inspector()->currentId(), chatId);
    QTRY_VERIFY(allInspectorText(window.inspector()).contains(QStringLiteral("Bearer ****wxyz")));
    const QString shown = allInspectorText(window.inspector());
    QVERIFY(!shown.contains(QString::fromLatin1(kToken)));
    QVERIFY(shown.contains(QStringLiteral("[DONE]")));

    // Stop a slow reply with Esc: the partial text stays, marked incomplete.
    chooseModel(window, QStringLiteral("demo-slow"));
    send(window, QStringLiteral("one two three four five six"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->messageAt(3).text().isEmpty(), 10000);
    QTest::keyClick(window.chatPane()->composer()->input(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QVERIFY(session->turns().at(3).message.incomplete);
    QVERIFY(!session->turns().at(3).message.text().isEmpty());

    // Regenerate the last reply with another model, through the view's action.
    chooseModel(window, QStringLiteral("demo-lorem"));
    window.chatPane()->conversationView()->regenerateTurn(3);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    QCOMPARE(session->turns().at(3).model, QStringLiteral("demo-lorem"));
    QVERIFY(session->turns().at(3).message.text().startsWith(QStringLiteral("Lorem")));

    // An error model gives an error card in the model; "Show in inspector" selects its exchange.
    chooseModel(window, QStringLiteral("demo-error"));
    send(window, QStringLiteral("fail please"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    const int errorRow = int(session->turns().size()) - 1;
    const QModelIndex errorIndex
        = window.chatPane()->conversationView()->model()->index(errorRow, 0);
    QVERIFY(errorIndex.data(Ui::ConversationModel::HasErrorRole).toBool());
    QVERIFY(!errorIndex.data(Ui::ConversationModel::ErrorWhatRole).toString().isEmpty());
    window.chatPane()->conversationView()->showExchange(errorRow);
    QVERIFY(window.inspectorDock()->isVisible());
    QCOMPARE(window.inspector()->currentId(), session->exchangeIds(errorRow).last());
    QTRY_VERIFY(
        allInspectorText(window.inspector()).contains(QStringLiteral("demo-error always fails")));

    // Responses API through the selector.
    chooseModel(window, QStringLiteral("demo-echo"));
    window.apiSelector()->setCurrentApi(Core::ApiKind::Responses);
    send(window, QStringLiteral("via responses"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    QCOMPARE(session->turns().last().message.text(), QStringLiteral("You said: via responses"));
    QCOMPARE(log->exchangeAt(log->count() - 1).request.url.path(),
             QStringLiteral("/ai-gateway/mlflow/v1/responses"));
}

// A workspace with Unity AI Gateway's model services: the picker lists them first, each with
// the serving endpoint Databricks also answers to, and a chat goes to the service by name.
// A service name warns where the route takes endpoint names (REST invocations).
void TstMainWindow::modelServicesWithBothNamesAndRouteWarnings()
{
    Sim::SimulatedGateway gateway;
    gateway.setModelServices(true);
    QVERIFY(gateway.listen());
    qputenv("DATABRICKS_HOST", gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();

    Ui::ModelPicker *picker = window.modelPicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentModel(), u"system.ai.demo-echo"_qs, 10000);
    Ui::ModelListModel *list = picker->listModel();
    const QModelIndex echo = list->index(list->rowOf(u"system.ai.demo-echo"_qs), 0);
    QCOMPARE(echo.data(Ui::ModelListModel::AliasRole).toString(), u"demo-echo"_qs);
    QVERIFY(echo.data(Qt::ToolTipRole).toString().contains(u"demo-echo"));
    QVERIFY(picker->routeWarning().isEmpty());

    // Typing the endpoint name finds the service it is the same model as.
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), u"demo-tools"_qs);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(picker->currentModel(), u"system.ai.demo-tools"_qs);
    chooseModel(window, u"system.ai.demo-echo"_qs);

    send(window, u"through the service"_qs);
    Engine::ChatSession *session = workbench.session();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && session->turns().size() == 2, 10000);
    QCOMPARE(session->turns().at(1).message.text(), u"You said: through the service"_qs);

    // REST invocations name an endpoint: the picker says so, and which one to use.
    window.apiSelector()->setCurrentApi(Core::ApiKind::Invocations);
    QVERIFY2(picker->routeWarning().contains(u"demo-echo"), qPrintable(picker->routeWarning()));
    QCOMPARE(picker->lineEdit()->accessibleDescription(), picker->routeWarning());
    const auto warningShown = [picker] {
        for (QAction *action : picker->lineEdit()->actions()) {
            if (action->objectName() == u"modelRouteWarning")
                return action->isVisible();
        }
        return false;
    };
    QVERIFY(warningShown());
    chooseModel(window, u"demo-echo"_qs);
    QVERIFY(picker->routeWarning().isEmpty());
    QVERIFY(!warningShown());
    chooseModel(window, u"main.support.answer-bot"_qs); // a service with no endpoint of its name
    QVERIFY(picker->routeWarning().contains(u"an endpoint name"));
    window.apiSelector()->setCurrentApi(Core::ApiKind::ChatCompletions);
    QVERIFY(picker->routeWarning().isEmpty());
}

// A key that two actions claim does nothing at all (Qt calls it ambiguous), so every shortcut
// that can fire while the window has focus must belong to one action. Actions limited to their
// own widget may repeat a key another widget's action uses (Ctrl+C in two views), but never a
// key of the window's.
void TstMainWindow::noTwoActionsShareAShortcut()
{
    qputenv("DATABRICKS_HOST", m_gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);

    QHash<QKeySequence, QString> windowWide;
    QList<std::pair<QKeySequence, QString>> local;
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty())
                continue;
            if (action->shortcutContext() == Qt::WindowShortcut
                || action->shortcutContext() == Qt::ApplicationShortcut) {
                QVERIFY2(
                    !windowWide.contains(key),
                    qPrintable(key.toString() + u": " + windowWide.value(key) + u" and " + name));
                windowWide.insert(key, name);
            } else {
                local.append({key, name});
            }
        }
    }
    QVERIFY(windowWide.size() > 5);
    for (const auto &[key, name] : std::as_const(local)) {
        QVERIFY2(!windowWide.contains(key),
                 qPrintable(key.toString() + u": " + windowWide.value(key) + u" and " + name));
    }
}

void TstMainWindow::welcomeThenDemo()
{
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(window.welcomePanel()->isVisible());
    auto *demo = window.welcomePanel()->findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                              10000);
    QVERIFY(window.workbench()->isSimulated());
    auto *badge = window.findChild<QWidget *>(QStringLiteral("simulatedBadge"));
    QVERIFY(badge);
    QTRY_VERIFY(badge->isVisible());
    send(window, QStringLiteral("demo time"));
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench()->session()->turns().size() == 2
                                 && !window.workbench()->session()->isBusy(),
                             10000);
    QCOMPARE(window.workbench()->session()->turns().at(1).message.text(),
             QStringLiteral("You said: demo time"));
}

// There is no comparison view yet: the first screen and the About box must not offer one.
void TstMainWindow::promisesComparingNowThatItExists()
{
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString welcome;
    for (const QLabel *label : window.welcomePanel()->findChildren<QLabel *>())
        welcome += label->text() + QLatin1Char('\n');
    QVERIFY(welcome.contains(QStringLiteral("every byte")));
    QVERIFY2(welcome.contains(QStringLiteral("compare them"), Qt::CaseInsensitive),
             qPrintable(welcome));
    // What is promised is there: in the toolbar and the View menu, with its shortcut.
    QVERIFY(window.compareAction());
    QVERIFY(!window.compareAction()->shortcut().isEmpty());
    QVERIFY(window.compareAction()->associatedObjects().size() >= 2);

    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString aboutText;
    QTimer closer; // the About box runs its own event loop
    connect(&closer, &QTimer::timeout, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            aboutText = box->text();
            box->accept();
        }
    });
    closer.start(10);
    about->trigger();
    closer.stop();
    QVERIFY(aboutText.contains(QStringLiteral("inspect the raw API traffic")));
    QVERIFY2(aboutText.contains(QStringLiteral("compare them side by side")),
             qPrintable(aboutText));
}

// The visible row of the history entry titled `title`, or -1.
static int historyRow(Ui::MainWindow &window, const QString &title)
{
    QAbstractItemModel *model = window.historyPanel()->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == title)
            return row;
    }
    return -1;
}

void TstMainWindow::historyKeepsAndReopensConversations()
{
    qputenv("DATABRICKS_HOST", m_gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    const QString title = QStringLiteral("remember this conversation");
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                                  10000);
        Engine::ChatSession *session = window.workbench()->session();
        QVERIFY(window.historyDock()->isVisible());

        send(window, title);
        QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
        // Listed under its first message, marked as the open one.
        QTRY_VERIFY_WITH_TIMEOUT(historyRow(window, title) >= 0, 5000);
        QListView *list = window.historyPanel()->listView();
        const QModelIndex entry = list->model()->index(historyRow(window, title), 0);
        QTRY_VERIFY(entry.data(Ui::HistoryListModel::CurrentRole).toBool());

        // Searching finds it by what the answer said, not only by its title.
        QTest::keyClicks(window.historyPanel()->filterEdit(), QStringLiteral("SAID"));
        QCOMPARE(historyRow(window, title), -1); // not in the title; the messages come next
        QTRY_VERIFY_WITH_TIMEOUT(historyRow(window, title) >= 0, 5000);
        window.historyPanel()->filterEdit()->clear();

        // A new chat empties the window; the conversation stays in the list.
        QTest::mouseClick(window.historyPanel()->newChatButton(), Qt::LeftButton);
        QTRY_VERIFY(session->turns().isEmpty());
        QVERIFY(historyRow(window, title) >= 0);

        // Another model meanwhile: opening the conversation brings its model back.
        chooseModel(window, QStringLiteral("demo-lorem"));
        const QModelIndex again = list->model()->index(historyRow(window, title), 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(again).center());
        QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 5000);
        QCOMPARE(session->turns().at(0).message.text(), title);
        QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: ") + title);
        QCOMPARE(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"));
    }

    // The next start reopens it; it can be deleted from the list and brought back, and a
    // deletion not undone before quitting is final.
    QString key;
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        Engine::ChatSession *session = window.workbench()->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 10000);
        QCOMPARE(session->turns().at(0).message.text(), title);
        QTRY_VERIFY(historyRow(window, title) >= 0);
        key = window.workbench()->history()->currentKey();

        QListView *list = window.historyPanel()->listView();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(historyRow(window, title), 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(historyRow(window, title), -1);
        QVERIFY(session->turns().isEmpty());
        QTRY_VERIFY(window.historyPanel()->undoBar()->isVisible());
        QTest::mouseClick(window.historyPanel()->undoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(historyRow(window, title) >= 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 5000); // it was the open one
        QVERIFY(!window.historyPanel()->undoBar()->isVisible());

        list->setFocus();
        list->setCurrentIndex(list->model()->index(historyRow(window, title), 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(historyRow(window, title), -1);
        QVERIFY(window.close());
    }
    Store::HistoryStore store;
    QString error;
    QVERIFY2(store.open(Store::HistoryStore::defaultFilePath(), &error), qPrintable(error));
    QVERIFY(!key.isEmpty());
    QVERIFY(!store.load(key, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer in the history")), qPrintable(error));
}

// A search finds a word deep in a long conversation; opening the result shows that message at
// the top of the view, current and selected.
void TstMainWindow::searchResultOpensAtTheMatchingMessage()
{
    {
        Store::HistoryStore store;
        QString error;
        QVERIFY2(store.open(Store::HistoryStore::defaultFilePath(), &error), qPrintable(error));
        Store::StoredConversation stored;
        stored.key = QStringLiteral("long-one");
        stored.title = QStringLiteral("A long conversation");
        stored.created = QDateTime::currentDateTimeUtc().addDays(-1);
        stored.updated = stored.created;
        stored.settings.model = QStringLiteral("demo-echo");
        for (int i = 0; i < 60; ++i) {
            Core::Turn turn;
            const QString text = i == 7 ? QStringLiteral("Where does the okapi live?")
                                        : QStringLiteral("Message %1 about nothing in "
                                                         "particular.\n\nSecond paragraph.")
                                              .arg(i);
            turn.message = i % 2 ? Core::Message::assistant(text) : Core::Message::user(text);
            stored.turns.append(turn);
        }
        QVERIFY2(store.save(stored, &error), qPrintable(error));
    }
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    Ui::HistoryPanel *panel = window.historyPanel();
    QTRY_VERIFY_WITH_TIMEOUT(historyRow(window, QStringLiteral("A long conversation")) >= 0, 5000);

    panel->filterEdit()->setFocus();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("OKAP"));
    QListView *list = panel->listView();
    QTRY_VERIFY_WITH_TIMEOUT(
        list->model()->rowCount() == 1
            && list->model()->index(0, 0).data(Ui::HistoryListModel::HitRole).isValid(),
        5000);
    const QModelIndex result = list->model()->index(0, 0);
    QVERIFY(result.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("Found in message 8 of 60")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(result).center());

    Engine::ChatSession *session = window.workbench()->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 60, 5000);
    QTRY_VERIFY(window.chatPane()->isVisible());
    Ui::TurnListView *turns = window.chatPane()->conversationView()->listView();
    QTRY_COMPARE(turns->currentIndex().row(), 7);
    QCOMPARE(turns->turnDelegate()->selectionIndex().row(), 7);
    QVERIFY(turns->turnDelegate()->selectedText().contains(QStringLiteral("okapi")));
    // At the top of the view, not at the bottom where a reopened conversation starts.
    const QRect shown = turns->visualRect(turns->currentIndex());
    QTRY_VERIFY2(qAbs(turns->visualRect(turns->currentIndex()).top()) <= 2,
                 qPrintable(QStringLiteral("row at %1").arg(shown.top())));
    QVERIFY(turns->verticalScrollBar()->value() < turns->verticalScrollBar()->maximum());
}

// A history file that is not a readable database: the window starts, says what is wrong and
// where, and chatting works without a history.
void TstMainWindow::damagedHistoryStillStartsAndChats()
{
    const QString file = Store::HistoryStore::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    // The next tests find a history again.
    const auto removeFile = qScopeGuard([&file] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1StringView(suffix));
    });
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xa5'));
    }
    qputenv("DATABRICKS_HOST", m_gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QLabel *error = window.historyPanel()->errorLabel();
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY2(error->text().contains(QDir::toNativeSeparators(file)), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("history is off")), qPrintable(error->text()));

    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                              10000);
    send(window, QStringLiteral("no history, no problem"));
    Engine::ChatSession *session = window.workbench()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
    QCOMPARE(session->turns().at(1).message.text(),
             QStringLiteral("You said: no history, no problem"));
    QVERIFY(error->isVisible());
}

// The demo gateway is no saved connection; a restart after using it used to show the welcome
// page over the reopened chat (highlighted in History, not shown), with the Parameters panel
// keyed to "No connection" instead of the demo's model.
void TstMainWindow::restartWithTheDemoReopensTheLastChat()
{
    const QString title = QStringLiteral("a chat with the demo");
    const QString prompt = QStringLiteral("Answer in Latin.");
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_VERIFY(window.welcomePanel()->isVisible());
        QTest::mouseClick(
            window.welcomePanel()->findChild<QPushButton *>(QStringLiteral("demoButton")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                                  10000);
        chooseModel(window, QStringLiteral("demo-lorem"));
        window.parametersPanel()
            ->findChild<QPlainTextEdit *>(QStringLiteral("systemPromptEdit"))
            ->setPlainText(prompt);
        send(window, title);
        Engine::ChatSession *session = window.workbench()->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
        QVERIFY(window.close());
    }

    Workspace::Workbench workbench;

    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    Engine::ChatSession *session = window.workbench()->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 10000);
    QCOMPARE(session->turns().at(0).message.text(), title);
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench()->isSimulated(), 10000);
    QTRY_VERIFY(window.chatPane()->isVisible());
    QVERIFY(!window.welcomePanel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-lorem"),
                              10000);
    // The panel holds what was set for this model on this connection.
    Ui::ParametersPanel *params = window.parametersPanel();
    QTRY_COMPARE(params->connectionName(), window.workbench()->connectionLabel());
    QCOMPARE(params->modelName(), QStringLiteral("demo-lorem"));
    QCOMPARE(params->params().systemPrompt, prompt);
}

// Without a connection at the start, the reopened chat keys the Parameters panel to "No
// connection"; the connection chosen then must key it again, or the panel shows (and saves
// into) the values of a connection that is not in use.
void TstMainWindow::parametersFollowTheConnectionChosenAfterARestart()
{
    qputenv("DATABRICKS_HOST", m_gateway.url().toEncoded());
    qputenv("DATABRICKS_TOKEN", kToken);
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                                  10000);
        chooseModel(window, QStringLiteral("demo-lorem"));
        send(window, QStringLiteral("from the environment"));
        Engine::ChatSession *session = window.workbench()->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
        QVERIFY(window.close());
    }
    qunsetenv("DATABRICKS_HOST");
    qunsetenv("DATABRICKS_TOKEN");

    Workspace::Workbench workbench;

    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(window.welcomePanel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window.workbench()->session()->turns().size(), 2, 10000);
    QTest::mouseClick(window.welcomePanel()->findChild<QPushButton *>(QStringLiteral("demoButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench()->isSimulated(), 10000);
    QTRY_VERIFY(window.chatPane()->isVisible());
    QCOMPARE(window.modelPicker()->currentModel(), QStringLiteral("demo-lorem"));
    QCOMPARE(window.parametersPanel()->connectionName(), window.workbench()->connectionLabel());
    QCOMPARE(window.parametersPanel()->modelName(), QStringLiteral("demo-lorem"));
}

void TstMainWindow::unsentDraftSurvivesClosing()
{
    const QString draft = QStringLiteral("a long question I have not sent yet\nsecond line");
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.chatPane()->composer()->input()->setPlainText(draft);
        QVERIFY(window.close());
    }
    {
        Workspace::Workbench workbench;
        Ui::MainWindow window(&workbench);
        QCOMPARE(window.chatPane()->composer()->text(), draft);
        // Sent or cleared, it is not brought back again.
        window.chatPane()->composer()->setText({});
        QVERIFY(window.close());
    }
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    QCOMPARE(window.chatPane()->composer()->text(), QString());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
