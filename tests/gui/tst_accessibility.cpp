// What assistive tools get: every control of the window and the settings dialog has a name,
// and the conversation's drawn messages and buttons are objects with names and actions.
// Checked through QAccessible, as a screen reader's bridge would ask.

#include "chatpanerig.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "controls/modelpicker.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "inspector/inspectorwidget.h"
#include "inspector/resenddialog.h"
#include "net/gatewayclient.h"
#include "settings/settingsdialog.h"
#include "sim/simulatedgateway.h"
#include "window/mainwindow.h"
#include "window/welcomepanel.h"
#include "workspace/workbench.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using M = Ui::ConversationModel;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyControlOfTheWindowHasAName();
    void everyControlOfTheSettingsDialogHasAName();
    void everyControlOfTheResendDialogHasAName();
    void messagesAreListItemsWithTheirText();
    void messageButtonsAreChildrenThatAct();
    void codeBlocksAndReasoningAreReachable();
    void rowsComeAndGoWithTheConversation();

private:
    static QStringList unnamedControls(QWidget *root);
    void showPane();
    void sendAndWait(const QString &text);
    QAccessibleInterface *conversation() const;
    static QAccessibleInterface *childNamed(QAccessibleInterface *parent, const QString &name);

    QTemporaryDir m_home;
    ChatPaneRig m_rig;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.databrickscfg, no saved connections
}

void TestAccessibility::cleanup()
{
    m_rig.reset();
}

// Every widget that takes the keyboard focus must have a name a screen reader can say: its
// own text, an accessible name, or a label that is its buddy. Labels are not controls: they
// take the focus only to let their text be selected, and their text is their name.
QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget *widget : std::as_const(widgets)) {
        // Popups (a combo box's list) are windows of their own, named by their owner.
        if (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy()
            || widget->window() != root->window() || qobject_cast<QLabel *>(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (iface && !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        QString path = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty())
            path += QLatin1Char('#') + widget->objectName();
        for (QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget()) {
            QString name = QString::fromLatin1(parent->metaObject()->className());
            if (!parent->objectName().isEmpty())
                name += QLatin1Char('#') + parent->objectName();
            path.prepend(name + QStringLiteral(" > "));
        }
        unnamed.append(path);
        qWarning().noquote() << "unnamed:" << path;
    }
    return unnamed;
}

void TestAccessibility::everyControlOfTheWindowHasAName()
{
    Workspace::Workbench workbench;
    Ui::MainWindow window(&workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY(window.welcomePanel()->isVisible());
    window.workbench()->startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(window.modelPicker()->currentModel(), QStringLiteral("demo-echo"),
                              10000);
    // A sent message fills the inspector, so its tabs' widgets exist and are checked too.
    QPlainTextEdit *input = window.chatPane()->composer()->input();
    QTest::keyClicks(input, QStringLiteral("names"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    Engine::ChatSession *session = window.workbench()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->turns().size() == 2 && !session->isBusy(), 10000);
    QTableView *exchanges = window.inspector()->exchangeList();
    exchanges->setCurrentIndex(exchanges->model()->index(0, 0));

    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without a name:\n  ")
                                           + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::everyControlOfTheSettingsDialogHasAName()
{
    QTemporaryDir dir;
    Config::ProfileStore store(dir.filePath(QStringLiteral("connections.ini")));
    Config::SecretStore secrets(QStringLiteral("ParlanceAccessibilityTest"));
    secrets.setFallbackDirectory(dir.filePath(QStringLiteral("secrets")));
    Net::GatewayClient client;
    Ui::SettingsDialog dialog(&store, &secrets, &client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A connection being edited shows the whole form.
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);

    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without a name:\n  ")
                                           + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::everyControlOfTheResendDialogHasAName()
{
    Core::HttpRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/chat/completions"));
    request.headers.append(Core::HttpHeader("Content-Type", "application/json"));
    request.body = R"({"model":"demo-echo","messages":[]})";
    Ui::ResendDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without a name:\n  ")
                                           + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::showPane()
{
    m_rig.start();
    m_rig.showPane();
}

void TestAccessibility::sendAndWait(const QString &text)
{
    const int before = m_rig.session->turns().size();
    m_rig.pane->composer()->setText(text);
    QTest::keyClick(m_rig.pane->composer()->input(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_rig.session->turns().size() == before + 2 && !m_rig.session->isBusy(), 10000);
}

QAccessibleInterface *TestAccessibility::conversation() const
{
    return QAccessible::queryAccessibleInterface(m_rig.pane->conversationView()->listView());
}

QAccessibleInterface *TestAccessibility::childNamed(QAccessibleInterface *parent,
                                                    const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (child && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

void TestAccessibility::messagesAreListItemsWithTheirText()
{
    showPane();
    sendAndWait(QStringLiteral("first **bold** words"));
    sendAndWait(QStringLiteral("second"));

    QAccessibleInterface *list = conversation();
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Conversation"));
    QCOMPARE(list->childCount(), m_rig.pane->conversationView()->model()->rowCount());
    QCOMPARE(list->childCount(), 4);

    const QStringList texts{QStringLiteral("first **bold** words"),
                            QStringLiteral("You said: first bold words"), // as shown, no Markdown
                            QStringLiteral("second"), QStringLiteral("You said: second")};
    for (int i = 0; i < 4; ++i) {
        QAccessibleInterface *message = list->child(i);
        QVERIFY(message && message->isValid());
        QCOMPARE(message->role(), QAccessible::ListItem);
        const QString name = message->text(QAccessible::Name);
        QVERIFY2(name.contains(texts.at(i)), qPrintable(name));
        QVERIFY2(name.startsWith(i % 2 ? QStringLiteral("Assistant") : QStringLiteral("You")),
                 qPrintable(name));
        QCOMPARE(list->indexOfChild(message), i);
        QCOMPARE(message->parent(), list);
        QCOMPARE(list->child(i), message); // the same object each time it is asked for
        QVERIFY(!message->rect().isEmpty());
    }
    QVERIFY(list->child(1)->text(QAccessible::Description).contains(QStringLiteral("demo-echo")));

    // The message the keyboard is on is the focused child.
    Ui::TurnListView *view = m_rig.pane->conversationView()->listView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(2, 0));
    QCOMPARE(list->focusChild(), list->child(2));
    QVERIFY(list->child(2)->state().focused);
    QVERIFY(!list->child(1)->state().focused);
    // And the child at a point is the message drawn there.
    const QPoint centre = list->child(3)->rect().center();
    QCOMPARE(list->childAt(centre.x(), centre.y()), list->child(3));
}

void TestAccessibility::messageButtonsAreChildrenThatAct()
{
    showPane();
    sendAndWait(QStringLiteral("act on me"));
    QAccessibleInterface *list = conversation();
    QAccessibleInterface *user = list->child(0);
    QAccessibleInterface *reply = list->child(1);

    QVERIFY(childNamed(user, QStringLiteral("Edit and resend")));
    QVERIFY(!childNamed(user, QStringLiteral("Regenerate reply")));
    QVERIFY(childNamed(reply, QStringLiteral("Show in inspector")) == nullptr); // no error card
    QAccessibleInterface *copy = childNamed(reply, QStringLiteral("Copy message"));
    QVERIFY(copy);
    QCOMPARE(copy->role(), QAccessible::Button);
    QCOMPARE(copy->parent(), reply);
    QCOMPARE(reply->indexOfChild(copy), reply->childCount() - 3); // Copy, Regenerate, Delete
    QVERIFY(!copy->rect().isEmpty());
    QVERIFY(reply->rect().contains(copy->rect()));
    QCOMPARE(reply->childAt(copy->rect().center().x(), copy->rect().center().y()), copy);

    QAccessibleActionInterface *press = copy->actionInterface();
    QVERIFY(press);
    QCOMPARE(press->actionNames(), QStringList{QAccessibleActionInterface::pressAction()});
    QGuiApplication::clipboard()->clear();
    press->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("You said: act on me"));

    QAccessibleInterface *regenerate = childNamed(reply, QStringLiteral("Regenerate reply"));
    QVERIFY(regenerate);
    QVERIFY(!regenerate->state().disabled);
    regenerate->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(m_rig.session->isBusy());
    // The reply being regenerated is a new message; nothing is edited while it runs.
    QVERIFY(childNamed(list->child(0), QStringLiteral("Edit and resend"))->state().disabled);
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig.session->isBusy(), 10000);

    QAccessibleInterface *edit = childNamed(list->child(0), QStringLiteral("Edit and resend"));
    edit->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(m_rig.pane->conversationView()->isEditing(0));

    QAccessibleInterface *remove = childNamed(list->child(1), QStringLiteral("Delete message"));
    QVERIFY(remove);
    remove->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_rig.pane->conversationView()->model()->rowCount(), 1);
    QCOMPARE(list->childCount(), 1);
}

void TestAccessibility::codeBlocksAndReasoningAreReachable()
{
    showPane();
    sendAndWait(QStringLiteral("Read [this](https://example.com/a).\n\n```sh\necho hi\n```"));
    QAccessibleInterface *reply = conversation()->child(1);
    QAccessibleInterface *code = childNamed(reply, QStringLiteral("Copy code block 1"));
    QVERIFY(code);
    QGuiApplication::clipboard()->clear();
    code->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("echo hi"));
    QAccessibleInterface *link = childNamed(reply, QStringLiteral("Link: https://example.com/a"));
    QVERIFY(link);
    QCOMPARE(link->role(), QAccessible::Link);

    m_rig.settings.model = QStringLiteral("demo-reasoning");
    sendAndWait(QStringLiteral("What is 17 times 23?"));
    QAccessibleInterface *thinking = conversation()->child(3);
    QAccessibleInterface *toggle = childNamed(thinking, QStringLiteral("Show reasoning"));
    QVERIFY(toggle);
    QCOMPARE(toggle->role(), QAccessible::CheckBox);
    QVERIFY(!toggle->state().checked);
    toggle->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(m_rig.pane->conversationView()->isReasoningExpanded(3));
    QVERIFY(toggle->state().checked);
    QCOMPARE(toggle->text(QAccessible::Name), QStringLiteral("Hide reasoning"));
}

void TestAccessibility::rowsComeAndGoWithTheConversation()
{
    showPane();
    sendAndWait(QStringLiteral("one"));
    sendAndWait(QStringLiteral("two"));
    QAccessibleInterface *list = conversation();
    QCOMPARE(list->childCount(), 4);
    QAccessibleInterface *first = list->child(0);
    QAccessibleInterface *last = list->child(3);
    const QAccessible::Id lastId = QAccessible::uniqueId(last);

    m_rig.pane->conversationView()->deleteTurn(0);
    QCOMPARE(list->childCount(), 3);
    // The interface of a removed message is gone; the others follow their rows.
    QCOMPARE(QAccessible::accessibleInterface(lastId), last);
    QCOMPARE(list->indexOfChild(last), 2);
    QCOMPARE(list->child(2), last);
    QVERIFY(!list->child(0)->text(QAccessible::Name).contains(QStringLiteral("You: one")));
    Q_UNUSED(first)

    m_rig.session->clear();
    QCOMPARE(list->childCount(), 0);
    QVERIFY(!QAccessible::accessibleInterface(lastId));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
