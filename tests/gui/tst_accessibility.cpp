// What assistive tools get: every control of the window and the settings dialog has a name,
// and the conversation's drawn messages and buttons are objects with names and actions.
// Checked through QAccessible, as a screen reader's bridge would ask.

#include "app/mainwindow.h"
#include "app/welcomepanel.h"
#include "app/workbench.h"
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

private:
    static QStringList unnamedControls(QWidget *root);

    QTemporaryDir m_home;
    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Ui::ChatPane> m_pane;
    Engine::ChatSettings m_settings;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.databrickscfg, no saved connections
}

void TestAccessibility::cleanup()
{
    m_pane.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
    m_gateway.reset();
    QSettings().clear();
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
    Ui::MainWindow window;
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
