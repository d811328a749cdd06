// The SQL console driven like a user against the simulated warehouse on loopback: warehouses
// listed with their state and a stopped one started, SELECT 42 and an ai_query with parameters
// bound by name, a FAILED statement with its SQL state and message, Cancel while RUNNING, the
// keyboard alone, and in the window: the View action, the console only on Databricks
// connections, and the statement surviving a connection change and a restart.
#include "compare/compareview.h"
#include "controls/modelpicker.h"
#include "controls/refreshbutton.h"
#include "conversation/chatpane.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "sql/sqlconsole.h"
#include "sql/sqlerrorpanel.h"
#include "sql/sqlparameterstable.h"
#include "sql/sqlresultmodel.h"
#include "sql/sqlresultview.h"
#include "sql/warehousebar.h"
#include "window/mainwindow.h"
#include "workspace/sqlsession.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Parlance;
using Ui::SqlConsole;
using Workspace::SqlSession;

class TstSqlConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void warehousesListedAndAStoppedOneStarted();
    void runsSelect42();
    void aiQueryTemplateWithParametersBoundByName();
    void templateBesideOtherSqlRunsOnItsOwn();
    void failedStatementShowsSqlStateAndMessage();
    void cancelWhileRunning();
    void keyboardOnly();
    void setStatementHandsSqlOver();
    void windowShowsItOnDatabricksOnly();
    void statementSurvivesReopening();

private:
    void makeConsole();
    Core::Connection databricks() const;
    QString resultCell(int row, int column) const;
    void type(const QString &sql);
    QList<Sim::RecordedRequest> requestsTo(const QString &method, const QString &pathPart) const;
    Workspace::WorkbenchSetup windowSetup(QSettings *settings) const;

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<SqlConsole> m_console;
};

void TstSqlConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstSqlConsole::init()
{
    m_gateway = std::make_unique<Sim::SimulatedGateway>(); // its stopped warehouse stays stopped
    QVERIFY(m_gateway->listen());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_qs),
        QSettings::IniFormat);
}

void TstSqlConsole::cleanup()
{
    m_console.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
    m_settings.reset();
    m_gateway.reset();
}

Core::Connection TstSqlConsole::databricks() const
{
    Core::Connection connection;
    connection.name = QStringLiteral("Workspace");
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = m_gateway->url();
    return connection;
}

void TstSqlConsole::makeConsole()
{
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<SqlSession>(m_client.get(), m_log.get());
    m_session->setConnection(databricks(), QStringLiteral("dapi-console"));
    m_console = std::make_unique<SqlConsole>(m_session.get(), m_settings.get());
    m_console->resize(1000, 700);
    m_console->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
    // Shown, it lists the warehouses and picks the running one.
    QTRY_COMPARE(m_console->warehouseBar()->currentWarehouseId(), QStringLiteral("sim-warehouse"));
}

QString TstSqlConsole::resultCell(int row, int column) const
{
    return m_console->resultView()->model()->index(row, column).data().toString();
}

void TstSqlConsole::type(const QString &sql)
{
    QPlainTextEdit *editor = m_console->editor();
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, sql);
}

QList<Sim::RecordedRequest> TstSqlConsole::requestsTo(const QString &method,
                                                      const QString &pathPart) const
{
    QList<Sim::RecordedRequest> matching;
    for (const Sim::RecordedRequest &request : m_gateway->requests()) {
        if (request.method == method && request.path.contains(pathPart))
            matching.append(request);
    }
    return matching;
}

void TstSqlConsole::warehousesListedAndAStoppedOneStarted()
{
    makeConsole();
    QComboBox *combo = m_console->warehouseBar()->comboBox();
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->itemText(0).contains(u"Simulated warehouse"));
    QVERIFY(combo->itemText(0).contains(u"Running"));
    QVERIFY(combo->itemText(1).contains(u"Stopped warehouse"));
    QVERIFY(combo->itemText(1).contains(u"Stopped"));
    QVERIFY(!combo->itemIcon(0).isNull()); // the state's badge
    QPushButton *start = m_console->warehouseBar()->startButton();
    QVERIFY(!start->isEnabled()); // the running one needs no start

    combo->setCurrentIndex(1);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(combo->itemText(1).contains(u"Starting"));
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(combo->itemText(1).contains(u"Running"), 10000);
    QCOMPARE(m_console->warehouseBar()->currentWarehouseId(), QStringLiteral("sim-stopped"));
    QCOMPARE(requestsTo(u"POST"_qs, u"/api/2.0/sql/warehouses/sim-stopped/start"_qs).size(), 1);

    // Refresh asks again, and the choice is kept per connection.
    const qsizetype lists = requestsTo(u"GET"_qs, u"/api/2.0/sql/warehouses"_qs).size();
    QTest::mouseClick(m_console->warehouseBar()->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE(requestsTo(u"GET"_qs, u"/api/2.0/sql/warehouses"_qs).size(), lists + 1);
    QCOMPARE(m_settings->value(u"profiles/Workspace/sqlConsole/warehouse"_qs).toString(),
             QStringLiteral("sim-stopped"));
}

void TstSqlConsole::runsSelect42()
{
    makeConsole();
    type(QStringLiteral("SELECT 42"));
    QTest::mouseClick(m_console->runButton(), Qt::LeftButton);
    QVERIFY(!m_console->runButton()->isEnabled());
    QVERIFY(m_console->cancelButton()->isEnabled());
    QTRY_VERIFY(m_console->stateLine()->text().startsWith(u"SUCCEEDED"));
    QVERIFY(m_console->stateLine()->text().contains(u"1 row"));
    QVERIFY(m_console->resultView()->isVisible());
    QCOMPARE(m_console->resultView()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("42"));
    QCOMPARE(resultCell(0, 0), QStringLiteral("42"));
    QVERIFY(m_console->runButton()->isEnabled());
    QVERIFY(!m_console->cancelButton()->isEnabled());

    // A cell copies with the keyboard.
    Ui::SqlResultView *view = m_console->resultView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("42"));
    // Its requests are in the log, as the chat's are.
    QVERIFY(m_log->count() >= 4); // the list, the submit, two polls
}

void TstSqlConsole::aiQueryTemplateWithParametersBoundByName()
{
    makeConsole();
    m_console->setSettingsProvider([] {
        Core::ChatSettings settings;
        settings.model = QStringLiteral("demo-echo");
        settings.params.maxTokens = 64;
        return settings;
    });
    QTest::mouseClick(m_console->templateButton(), Qt::LeftButton);
    const QString sql = m_console->editor()->toPlainText();
    QVERIFY2(sql.startsWith(u"SELECT ai_query(:endpoint, :prompt"), qPrintable(sql));
    QVERIFY(sql.contains(u"'max_tokens', 64"));
    Ui::SqlParametersTable *parameters = m_console->parametersTable();
    QCOMPARE(parameters->value(u"endpoint"_qs), QStringLiteral("demo-echo"));
    QVERIFY(!parameters->value(u"prompt"_qs).isEmpty()); // a sample to start from

    // The prompt typed into its cell, then Ctrl+Enter from the editor.
    QTableWidget *table = parameters->table();
    const QList<QTableWidgetItem *> found = table->findItems(u"prompt"_qs, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->setFocus();
    table->setCurrentCell(found.first()->row(), 1);
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() != table);
    QWidget *cellEditor = QApplication::focusWidget();
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, QStringLiteral("Hello warehouse"));
    QTest::keyClick(cellEditor, Qt::Key_Return); // commits once back in the event loop
    QTRY_COMPARE(parameters->value(u"prompt"_qs), QStringLiteral("Hello warehouse"));
    m_console->editor()->setFocus();
    QTest::keyClick(m_console->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_console->stateLine()->text().startsWith(u"SUCCEEDED"));
    QCOMPARE(resultCell(0, 0), QStringLiteral("You said: Hello warehouse"));

    const QList<Sim::RecordedRequest> submits
        = requestsTo(u"POST"_qs, u"/api/2.0/sql/statements"_qs);
    QCOMPARE(submits.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(submits.first().body).object();
    QCOMPARE(body.value(u"statement").toString(), sql); // the text unchanged, values apart
    QCOMPARE(body.value(u"parameters").toArray(),
             (QJsonArray{QJsonObject{{u"name"_qs, u"endpoint"_qs},
                                     {u"value"_qs, u"demo-echo"_qs},
                                     {u"type"_qs, u"STRING"_qs}},
                         QJsonObject{{u"name"_qs, u"prompt"_qs},
                                     {u"value"_qs, u"Hello warehouse"_qs},
                                     {u"type"_qs, u"STRING"_qs}}}));
}

void TstSqlConsole::templateBesideOtherSqlRunsOnItsOwn()
{
    makeConsole();
    m_console->setSettingsProvider([] {
        Core::ChatSettings settings;
        settings.model = QStringLiteral("demo-echo");
        return settings;
    });
    type(QStringLiteral("SELECT 7"));
    QTest::mouseClick(m_console->templateButton(), Qt::LeftButton);
    const QString made = m_console->editor()->textCursor().selectedText();
    QVERIFY2(made.startsWith(u"SELECT ai_query("), qPrintable(made));
    QCOMPARE(m_console->editor()->toPlainText(), u"SELECT 7;\n"_qs + made);
    QTest::keyClick(m_console->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_console->stateLine()->text().startsWith(u"SUCCEEDED"));
    const QList<Sim::RecordedRequest> submits
        = requestsTo(u"POST"_qs, u"/api/2.0/sql/statements"_qs);
    QCOMPARE(submits.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(submits.first().body).object().value(u"statement").toString(),
             made);
    QVERIFY(resultCell(0, 0).startsWith(u"You said: "));
}

void TstSqlConsole::failedStatementShowsSqlStateAndMessage()
{
    makeConsole();
    const QString sql = QStringLiteral("SELECT ai_query(:endpoint)");
    type(sql);
    // The marker typed is a parameter row at once.
    QCOMPARE(m_console->parametersTable()->parameters(),
             (Workspace::SqlParameters{{u"endpoint"_qs, QString()}}));
    m_console->parametersTable()->setValue(u"endpoint"_qs, u"demo-echo"_qs);
    QTest::keyClick(m_console->editor(), Qt::Key_Return, Qt::ControlModifier);
    Ui::SqlErrorPanel *error = m_console->errorPanel();
    QTRY_VERIFY(error->isVisible());
    QVERIFY(m_console->stateLine()->text().startsWith(u"FAILED"));
    QVERIFY2(error->headline()->text().contains(u"SQL state 42605"),
             qPrintable(error->headline()->text()));
    QVERIFY(error->headline()->text().contains(u"BAD_REQUEST"));
    QVERIFY(error->message()->text().startsWith(u"[WRONG_NUM_ARGS]"));
    QVERIFY(!error->rawBody()->isVisible());
    QTest::mouseClick(error->detailsButton(), Qt::LeftButton);
    QVERIFY(error->rawBody()->isVisible());
    QVERIFY(error->rawBody()->toPlainText().contains(u"\"sql_state\": \"42605\""));
    // What was typed is still there to fix.
    QCOMPARE(m_console->editor()->toPlainText(), sql);
    QCOMPARE(m_console->parametersTable()->value(u"endpoint"_qs), QStringLiteral("demo-echo"));
}

void TstSqlConsole::cancelWhileRunning()
{
    makeConsole();
    type(QStringLiteral("SELECT 42"));
    // Esc the moment the state line says RUNNING, before another poll could see it end.
    connect(m_session.get(), &SqlSession::stateChanged, this, [this](const QString &state) {
        if (state == u"RUNNING") {
            QVERIFY(m_console->stateLine()->text().startsWith(u"RUNNING"));
            QTest::keyClick(m_console->editor(), Qt::Key_Escape);
        }
    });
    QTest::keyClick(m_console->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_console->errorPanel()->isVisible());
    QCOMPARE(m_console->errorPanel()->headline()->text(),
             QStringLiteral("The statement was cancelled."));
    QVERIFY(m_console->stateLine()->text().startsWith(u"CANCELED"));
    QTRY_COMPARE(requestsTo(u"POST"_qs, u"/cancel"_qs).size(), 1);
    QVERIFY(m_console->runButton()->isEnabled());
}

void TstSqlConsole::keyboardOnly()
{
    makeConsole();
    QComboBox *combo = m_console->warehouseBar()->comboBox();
    combo->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    // Tab goes top to bottom, left to right; disabled buttons (Start, Cancel) are passed by.
    const QList<QWidget *> expected = {
        static_cast<QWidget *>(m_console->warehouseBar()->refreshButton()),
        m_console->templateButton(),
        m_console->runButton(),
        m_console->editor(),
        m_console->parametersTable()->table(),
        m_console->parametersTable()->addButton(),
        m_console->parametersTable()->removeButton(),
    };
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // Shift+Tab back into the editor, which does not swallow Tab.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_console->editor());
    QTest::keyClicks(m_console->editor(), QStringLiteral("SELECT 7"));
    QTest::keyClick(m_console->editor(), Qt::Key_Enter, Qt::ControlModifier); // keypad Enter too
    QTRY_VERIFY(m_console->stateLine()->text().startsWith(u"SUCCEEDED"));
    QCOMPARE(resultCell(0, 0), QStringLiteral("7"));
}

void TstSqlConsole::setStatementHandsSqlOver()
{
    makeConsole();
    type(QStringLiteral("SELECT 1"));
    m_console->setStatement(QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS answer"));
    QCOMPARE(m_console->editor()->toPlainText(),
             QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS answer"));
    QCOMPARE(QApplication::focusWidget(), m_console->editor());
    QCOMPARE(m_console->parametersTable()->parameters().size(), 2);
    // Replaced, not lost: Undo brings the earlier statement back.
    QTest::keySequence(m_console->editor(), QKeySequence::Undo);
    QCOMPARE(m_console->editor()->toPlainText(), QStringLiteral("SELECT 1"));
}

Workspace::WorkbenchSetup TstSqlConsole::windowSetup(QSettings *settings) const
{
    Workspace::WorkbenchSetup setup;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("DATABRICKS_HOST"), m_gateway->url().toString());
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("dapi-window-token"));
    setup.environment = env;
    setup.historyFile
        = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_qs);
    setup.connectionsFile = m_dir.filePath(u"connections.json"_qs);
    setup.settings = settings;
    return setup;
}

void TstSqlConsole::windowShowsItOnDatabricksOnly()
{
    Workspace::Workbench workbench(windowSetup(m_settings.get()));
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(workbench.hasConnection());
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(stack->currentWidget(), window.sqlConsole());
    QVERIFY(window.sqlConsoleAction()->isChecked());
    QVERIFY(window.sqlConsole()->editor()->isVisible());
    QTRY_COMPARE(window.sqlConsole()->warehouseBar()->comboBox()->count(), 2);
    QTest::keyClicks(window.sqlConsole()->editor(), QStringLiteral("SELECT 42"));
    QPlainTextEdit *editor = window.sqlConsole()->editor();
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    // Models listed again (F5) leave the keyboard where it is, not in the hidden chat.
    QSignalSpy listed(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.refreshModels();
    QVERIFY(listed.wait(10000));
    QCOMPARE(QApplication::focusWidget(), editor);
    // Tab goes round the whole window from the editor and back to it, through the console's
    // warehouse list and parameters on the way.
    QList<QWidget *> visited;
    for (int press = 0; press < 200 && visited.value(visited.size() - 1) != editor; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!visited.contains(QApplication::focusWidget()));
        visited.append(QApplication::focusWidget());
    }
    QCOMPARE(visited.constLast(), editor);
    QVERIFY(visited.contains(window.sqlConsole()->warehouseBar()->comboBox()));
    QVERIFY(visited.contains(window.sqlConsole()->parametersTable()->table()));
    QVERIFY(visited.contains(static_cast<QWidget *>(window.modelPicker()->lineEdit())));

    // The compare view takes the front; the console's action goes off, and comes back on.
    window.compareAction()->trigger();
    QCOMPARE(stack->currentWidget(), window.compareView());
    QVERIFY(!window.sqlConsoleAction()->isChecked());
    window.sqlConsoleAction()->trigger();
    QCOMPARE(stack->currentWidget(), window.sqlConsole());
    QVERIFY(!window.compareAction()->isChecked());

    // On a gateway that is not Databricks it says why and what to do; the text waits.
    workbench.startDemo();
    QTRY_VERIFY(workbench.isSimulated());
    QCOMPARE(stack->currentWidget(), window.sqlConsole());
    QLabel *why = window.sqlConsole()->unavailableMessage();
    QTRY_VERIFY(why->isVisible());
    QVERIFY(why->text().contains(u"not a Databricks connection"));
    QVERIFY(why->text().contains(u"Choose a Databricks connection"));
    QVERIFY(!window.sqlConsole()->editor()->isVisible());

    Core::Connection back = databricks();
    back.name = QStringLiteral("Environment");
    workbench.useConnection(back, QStringLiteral("dapi-window-token"));
    QTRY_VERIFY(window.sqlConsole()->editor()->isVisible());
    QCOMPARE(window.sqlConsole()->editor()->toPlainText(), QStringLiteral("SELECT 42"));

    // Off again: the chat is in front.
    window.sqlConsoleAction()->trigger();
    QCOMPARE(stack->currentWidget(), window.chatPane());
}

void TstSqlConsole::statementSurvivesReopening()
{
    const QString sql = QStringLiteral("SELECT ai_query(:endpoint, :prompt)\n-- kept");
    {
        Workspace::Workbench workbench(windowSetup(m_settings.get()));
        Ui::MainWindow window(&workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_VERIFY(workbench.hasConnection());
        window.sqlConsoleAction()->trigger();
        QPlainTextEdit *editor = window.sqlConsole()->editor();
        QTRY_VERIFY(editor->isVisible());
        editor->setFocus();
        QTest::keyClicks(editor, sql.section(u'\n', 0, 0));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, sql.section(u'\n', 1));
        // A failed run changes nothing of it.
        QTRY_VERIFY(!window.sqlConsole()->warehouseBar()->currentWarehouseId().isEmpty());
        window.sqlConsole()->run();
        QTRY_VERIFY(window.sqlConsole()->errorPanel()->isVisible());
        QCOMPARE(editor->toPlainText(), sql);
        window.close();
    }
    QVERIFY(!m_settings->allKeys().filter(u"sqlConsole/statement"_qs).isEmpty());
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(!m_settings->value(key).toString().contains(u"dapi-"), qPrintable(key));

    Workspace::Workbench workbench(windowSetup(m_settings.get()));
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(workbench.hasConnection());
    window.sqlConsoleAction()->trigger();
    QTRY_COMPARE(window.sqlConsole()->editor()->toPlainText(), sql);
}

QTEST_MAIN(TstSqlConsole)
#include "tst_sqlconsole.moc"
