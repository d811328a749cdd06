// Everything by keyboard: Tab walks the assembled window without getting stuck in a table,
// and the messages of the conversation are reached, marked and acted on with keys only.
// Driven with QTest key events against the simulated gateway over loopback.

#include "chatpanerig.h"
#include "controls/apiselector.h"
#include "controls/modelpicker.h"
#include "controls/parameterspanel.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turneditor.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "history/historypanel.h"
#include "inspector/exchangeview.h"
#include "inspector/headersview.h"
#include "inspector/inspectorwidget.h"
#include "inspector/messagepanel.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "window/mainwindow.h"
#include "window/welcomepanel.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using M = Ui::ConversationModel;

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabWalksTheWindowAndComesBack();
    void arrowsMoveBetweenMessagesAndTheCurrentOneIsMarked();
    void menuKeyOpensTheMessageMenuWithItsKeys();
    void menuItemsChosenByKeyboardAct();
    void keysActOnTheCurrentMessage();
    void messageKeysWinOverWindowShortcuts();
    void codeAndLinksReachableFromTheMenu();

private:
    void showPane();
    void send(const QString &text);
    void sendAndWait(const QString &text);
    void focusConversation();
    QMenu *openMenu(Qt::Key key, Qt::KeyboardModifiers modifiers = {});
    static QMenu *visibleMenu();
    static QAction *findAction(QMenu *menu, const QString &text);
    static void chooseByKeyboard(QMenu *menu, const QString &text);
    static QString describe(const QWidget *widget);
    M *model() const { return m_rig.pane->conversationView()->model(); }
    Ui::TurnListView *list() const { return m_rig.pane->conversationView()->listView(); }

    QTemporaryDir m_home;
    ChatPaneRig m_rig;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.databrickscfg, no saved connections
}

void TestKeyboard::init()
{
    m_rig.start();
}

void TestKeyboard::cleanup()
{
    m_rig.reset();
}

// A chat pane on its own, for the tests of the conversation's keys.
void TestKeyboard::showPane()
{
    if (m_rig.pane)
        return;
    m_rig.showPane();
    QVERIFY(QTest::qWaitForWindowActive(m_rig.pane.get()));
}

void TestKeyboard::send(const QString &text)
{
    showPane();
    QPlainTextEdit *input = m_rig.pane->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
}

void TestKeyboard::sendAndWait(const QString &text)
{
    const int before = m_rig.session->turns().size();
    send(text);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_rig.session->turns().size() == before + 2 && !m_rig.session->isBusy(), 10000);
}

// From the composer, Shift+Tab goes up into the conversation.
void TestKeyboard::focusConversation()
{
    QPlainTextEdit *input = m_rig.pane->composer()->input();
    input->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QTest::keyClick(input, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list()));
}

QMenu *TestKeyboard::visibleMenu()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            return menu;
    }
    return nullptr;
}

QMenu *TestKeyboard::openMenu(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(list(), key, modifiers);
    QMenu *menu = nullptr;
    [&] {
        QTRY_VERIFY((menu = visibleMenu()));
    }();
    return menu;
}

QAction *TestKeyboard::findAction(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Down to the item, then Return, as a user without a mouse would.
void TestKeyboard::chooseByKeyboard(QMenu *menu, const QString &text)
{
    QVERIFY2(menu, "no menu opened");
    QAction *wanted = findAction(menu, text);
    QVERIFY2(wanted, qPrintable(text));
    for (int i = 0; i < menu->actions().size() && menu->activeAction() != wanted; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), wanted);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_VERIFY(!menu->isVisible());
}

QString TestKeyboard::describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char(' ') + widget->objectName();
    if (widget->parentWidget())
        text += QStringLiteral(" in ")
                + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
    return text;
}

void TestKeyboard::tabWalksTheWindowAndComesBack()
{
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.start();
    QTRY_VERIFY(window.welcomePanel()->isVisible());
    window.workbench()->startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                              10000);
    QPlainTextEdit *input = window.chatPane()->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("walk"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    Engine::ChatSession *session = window.workbench()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
    // The inspector shows the exchange: its list and header tables have rows to trap Tab in.
    QTableView *exchanges = window.inspector()->exchangeList();
    QTRY_VERIFY(exchanges->model()->rowCount() > 0);
    exchanges->setCurrentIndex(exchanges->model()->index(0, 0));
    Ui::HeadersView *headers = window.inspector()->exchangeView()->requestPanel()->headersView();
    QTRY_VERIFY(headers->isVisible() && headers->rowCount() > 0);

    input->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QList<QWidget *> visited;
    for (int press = 0; press < 200; ++press) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        QVERIFY2(after != before, qPrintable(QStringLiteral("Tab stayed in ") + describe(before)));
        QVERIFY2(!visited.contains(after),
                 qPrintable(QStringLiteral("Tab came back to ") + describe(after)
                            + QStringLiteral(" before it reached the composer again")));
        visited.append(after);
        if (after == input)
            break;
    }
    QCOMPARE(visited.constLast(), static_cast<QWidget *>(input));

    const QList<std::pair<const char *, QWidget *>> expected{
        {"conversation", window.chatPane()->conversationView()->listView()},
        {"model picker", window.modelPicker()->lineEdit()},
        {"API selector", window.apiSelector()},
        {"history filter", window.historyPanel()->filterEdit()},
        {"history list", window.historyPanel()->listView()},
        {"exchange list", exchanges},
        {"request headers", headers},
    };
    for (const auto &[name, widget] : expected)
        QVERIFY2(visited.contains(widget), name);
    // The ring follows the layout: from the composer to the parameters on the right, the
    // inspector below, then round to the toolbar, the history, and the conversation.
    const QList<QWidget *> inOrder{
        window.parametersPanel()->findChild<QPlainTextEdit *>(QStringLiteral("systemPromptEdit")),
        exchanges,
        window.findChild<QWidget *>(QStringLiteral("connectionButton")),
        window.modelPicker()->lineEdit(),
        window.historyPanel()->filterEdit(),
        window.chatPane()->conversationView()->listView(),
        input,
    };
    for (qsizetype i = 1; i < inOrder.size(); ++i) {
        QVERIFY2(visited.indexOf(inOrder.at(i - 1)) < visited.indexOf(inOrder.at(i)),
                 qPrintable(describe(inOrder.at(i - 1)) + QStringLiteral(" comes after ")
                            + describe(inOrder.at(i))));
    }

    // Shift+Tab walks the same ring the other way.
    QList<QWidget *> expectedBack(visited.crbegin() + 1, visited.crend());
    expectedBack.append(input);
    QList<QWidget *> back;
    for (qsizetype press = 0; press < visited.size(); ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        back.append(QApplication::focusWidget());
    }
    QCOMPARE(back, expectedBack);
}

void TestKeyboard::arrowsMoveBetweenMessagesAndTheCurrentOneIsMarked()
{
    sendAndWait(QStringLiteral("first"));
    sendAndWait(QStringLiteral("second"));
    QCOMPARE(model()->rowCount(), 4);

    // Coming in from the composer lands on the latest message, not the first.
    focusConversation();
    QCOMPARE(list()->currentIndex().row(), 3);
    QTest::keyClick(list(), Qt::Key_Up);
    QCOMPARE(list()->currentIndex().row(), 2);
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(list()->currentIndex().row(), 0);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 1);
    QTest::keyClick(list(), Qt::Key_End);
    QCOMPARE(list()->currentIndex().row(), 3);

    // The current message is drawn differently while the conversation has the focus.
    QTest::keyClick(list(), Qt::Key_Up);
    const QRect row = list()->visualRect(list()->currentIndex());
    QVERIFY(!row.isEmpty());
    const QImage focused = list()->viewport()->grab(row).toImage();
    m_rig.pane->composer()->input()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_rig.pane->composer()->input());
    const QImage unfocused = list()->viewport()->grab(row).toImage();
    QVERIFY(focused != unfocused);
}

void TestKeyboard::menuKeyOpensTheMessageMenuWithItsKeys()
{
    sendAndWait(QStringLiteral("menu please"));
    focusConversation();
    QCOMPARE(list()->currentIndex().row(), 1);

    QMenu *menu = openMenu(Qt::Key_Menu);
    QVERIFY(menu);
    QAction *regenerate = findAction(menu, QStringLiteral("Regenerate"));
    QVERIFY(regenerate);
    QCOMPARE(regenerate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(findAction(menu, QStringLiteral("Copy Message"))->shortcut(),
             QKeySequence(QKeySequence::Copy));
    QCOMPARE(findAction(menu, QStringLiteral("Delete"))->shortcut(),
             QKeySequence(QKeySequence::Delete));
    QCOMPARE(findAction(menu, QStringLiteral("Select All"))->shortcut(),
             QKeySequence(QKeySequence::SelectAll));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!visibleMenu());

    // Shift+F10 opens it as well; on the user's message it offers Edit with its key.
    QTest::keyClick(list(), Qt::Key_Up);
    menu = openMenu(Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY(menu);
    QAction *edit = findAction(menu, QStringLiteral("Edit && Resend…"));
    QVERIFY(edit);
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
    QVERIFY(!findAction(menu, QStringLiteral("Regenerate")));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!visibleMenu());
}

void TestKeyboard::menuItemsChosenByKeyboardAct()
{
    sendAndWait(QStringLiteral("pick me"));
    focusConversation();

    QGuiApplication::clipboard()->clear();
    chooseByKeyboard(openMenu(Qt::Key_Menu), QStringLiteral("Copy Message"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("You said: pick me"));

    QSignalSpy inspect(m_rig.pane.get(), &Ui::ChatPane::showExchangeRequested);
    chooseByKeyboard(openMenu(Qt::Key_Menu), QStringLiteral("Show in Inspector"));
    QCOMPARE(inspect.size(), 1);

    chooseByKeyboard(openMenu(Qt::Key_Menu), QStringLiteral("Delete"));
    QCOMPARE(model()->rowCount(), 1);
}

void TestKeyboard::keysActOnTheCurrentMessage()
{
    sendAndWait(QStringLiteral("alpha"));
    sendAndWait(QStringLiteral("beta"));
    focusConversation();

    // Ctrl+C copies the current message.
    QTest::keyClick(list(), Qt::Key_Up); // "beta"
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(list(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("beta"));

    // F2 edits a message of the user's; Esc gives the keyboard back to the list.
    QTest::keyClick(list(), Qt::Key_F2);
    Ui::ConversationView *view = m_rig.pane->conversationView();
    QVERIFY(view->isEditing(2));
    auto *editor = qobject_cast<Ui::TurnEditor *>(view->editorAt(2));
    QVERIFY(editor);
    QTRY_VERIFY(editor->textEdit()->hasFocus());
    QTest::keyClick(editor->textEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!view->isEditing(2));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list()));

    // Ctrl+R regenerates the current reply.
    QTest::keyClick(list(), Qt::Key_Down); // the reply to "beta"
    QSignalSpy busy(m_rig.session.get(), &Engine::ChatSession::busyChanged);
    QTest::keyClick(list(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!busy.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig.session->isBusy(), 10000);
    QCOMPARE(model()->rowCount(), 4);
    QCOMPARE(model()->index(3, 0).data(M::TextRole).toString(), QStringLiteral("You said: beta"));

    // Del deletes it, and the next Del the one now current.
    focusConversation();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(list()->currentIndex().isValid());
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(model()->rowCount(), 2);
}

void TestKeyboard::messageKeysWinOverWindowShortcuts()
{
    sendAndWait(QStringLiteral("who wins"));
    // A window-wide action on the same key, as a desktop's Refresh (Ctrl+R on GNOME) is.
    auto *windowAction = new QAction(m_rig.pane.get());
    windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rig.pane->addAction(windowAction);
    QSignalSpy windowTriggered(windowAction, &QAction::triggered);

    focusConversation();
    QSignalSpy busy(m_rig.session.get(), &Engine::ChatSession::busyChanged);
    QTest::keyClick(list(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!busy.isEmpty());
    QCOMPARE(windowTriggered.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig.session->isBusy(), 10000);

    // Elsewhere in the window the window's action keeps its key.
    m_rig.pane->composer()->input()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_rig.pane->composer()->input());
    QTest::keyClick(m_rig.pane->composer()->input(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(windowTriggered.size(), 1);
}

void TestKeyboard::codeAndLinksReachableFromTheMenu()
{
    showPane();
    m_rig.pane->composer()->setText(QStringLiteral("See [the docs](https://example.com/docs).\n\n"
                                                   "```sh\necho one\n```\n\n```sh\necho two\n```"));
    QTest::keyClick(m_rig.pane->composer()->input(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_rig.session->turns().size() == 2 && !m_rig.session->isBusy(), 10000);
    focusConversation();
    QCOMPARE(list()->currentIndex().row(), 1);

    QGuiApplication::clipboard()->clear();
    chooseByKeyboard(openMenu(Qt::Key_Menu), QStringLiteral("Copy Code Block 2"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("echo two"));

    QMenu *menu = openMenu(Qt::Key_Menu);
    QAction *links = findAction(menu, QStringLiteral("Open Link"));
    QVERIFY(links && links->menu());
    QCOMPARE(links->menu()->actions().size(), 1);
    QCOMPARE(links->menu()->actions().constFirst()->text(),
             QStringLiteral("https://example.com/docs"));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!visibleMenu());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
