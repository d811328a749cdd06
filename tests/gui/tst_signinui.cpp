// Signing in from the GUI, against the simulator's OAuth server: the settings dialog's sign-in
// panel (browser sign-in, sign out, a failure with Retry and Details, Cancel), an oauth-m2m
// connection's client secret in the keychain, the status bar, and a chat whose sign-in fails.
// Registered with KEYRING: refresh tokens and client secrets go through a real Secret Service
// (tests/with-keyring.sh).

#include "auth/signedinbrowser.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "config/signinmethod.h"
#include "controls/modelpicker.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "engine/chatsession.h"
#include "settings/settingsdialog.h"
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"
#include "window/mainwindow.h"
#include "window/signinstatus.h"
#include "workspace/signinstate.h"
#include "workspace/workbench.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Parlance;
using Config::SecretStore;
using Core::Connection;
using Ui::SettingsDialog;

namespace {

const QString kSecret = QStringLiteral("sp-app-secret-0123456789");

template<typename T>
T *find(const QObject *parent, const QString &name)
{
    T *child = parent->findChild<T *>(name);
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

void retype(QWidget *target, const QString &text)
{
    target->setFocus();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, text);
}

std::optional<SecretStore::Result> await(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretStore::Result> answer;
    start([&answer](const SecretStore::Result &result) { answer = result; });
    QDeadlineTimer deadline(20000);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

// Presses a button the way a keyboard user reaches it: Tab from the form until it has the focus.
bool tabTo(QWidget *dialog, QWidget *button)
{
    find<QLineEdit>(dialog, QStringLiteral("nameEdit"))->setFocus();
    for (int i = 0; i < 60 && QApplication::focusWidget() != button; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != button)
        return false;
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

} // namespace

class TstSignInUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void browserSignInShowsWhoAndUntilThenSignsOut();
    void failureShowsMessageAndRetryWorks();
    void cancelEndsABrowserSignIn();
    void clientSecretGoesToTheKeychainAndSignsIn();
    void renamedConnectionKeepsItsClientSecret();
    void databricksCliSignInNamesTheUserFromScim();
    void statusBarFollowsAndAFailedSendKeepsTheText();

private:
    std::unique_ptr<Workspace::Workbench> makeWorkbench();
    std::unique_ptr<SettingsDialog> openDialog(const QString &select);
    void saveConnection(const QString &name, Connection::SignIn method,
                        const QString &profile = {});
    void useFetchingBrowser();
    std::optional<SecretStore::Result> stored(const QString &connection, const char *secret);

    Sim::SimulatedGateway m_gateway;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace::Workbench> m_workbench;
    QNetworkAccessManager m_browser;
};

void TstSignInUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
    QVERIFY(m_gateway.listen());
    m_gateway.oauth().addServicePrincipal(QStringLiteral("sp-app"), kSecret);
}

void TstSignInUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_workbench = makeWorkbench();
}

void TstSignInUi::cleanup()
{
    m_gateway.oauth().setTokenEndpointDown(false);
    // Each test starts from an empty keychain.
    SecretStore *secrets = m_workbench->secrets();
    for (const QString &name :
         {QStringLiteral("sim"), QStringLiteral("sp"), QStringLiteral("sp renamed")}) {
        for (const char *entry : {"oauth-refresh-token", Config::ClientSecretEntry}) {
            await([&](auto done) {
                secrets->remove(SecretStore::Entry::signInSecret(name, entry), done);
            });
        }
    }
    m_workbench.reset();
}

std::unique_ptr<Workspace::Workbench> TstSignInUi::makeWorkbench()
{
    // A profile that names the service principal but not its secret: that comes from the
    // keychain.
    const QString cfg = m_dir->filePath(QStringLiteral("databrickscfg"));
    QFile file(cfg);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(cfg));
    file.write("[sp]\nhost = " + m_gateway.url().toEncoded() + "\nclient_id = sp-app\n");
    file.close();
    Workspace::WorkbenchSetup setup;
    setup.environment.insert(QStringLiteral("HOME"), m_dir->path());
    setup.environment.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), cfg);
    // The fake `databricks` (tests/data/signin) for databricks-cli connections.
    setup.environment.insert(QStringLiteral("PATH"),
                             QStringLiteral(PARLANCE_TEST_DATA_DIR "/signin:/usr/bin:/bin"));
    setup.historyFile = m_dir->filePath(QStringLiteral("history.sqlite"));
    setup.connectionsFile = m_dir->filePath(QStringLiteral("connections.ini"));
    setup.settings = m_settings.get();
    return std::make_unique<Workspace::Workbench>(setup);
}

void TstSignInUi::useFetchingBrowser()
{
    m_workbench->setBrowserOpener([this](const QUrl &url) {
        Auth::fetchLikeASignedInBrowser(&m_browser, url);
        return true;
    });
}

void TstSignInUi::saveConnection(const QString &name, Connection::SignIn method,
                                 const QString &profile)
{
    Connection c;
    c.name = name;
    c.host = m_gateway.url();
    c.gatewayPath = QStringLiteral("/serving-endpoints");
    c.signIn = method;
    c.signInProfile = profile;
    QVERIFY(m_workbench->profiles()->save(c));
}

std::unique_ptr<SettingsDialog> TstSignInUi::openDialog(const QString &select)
{
    auto dialog = std::make_unique<SettingsDialog>(m_workbench->profiles(), m_workbench->secrets(),
                                                   m_workbench->client());
    Ui::SignInStatusLabel::connectDialog(dialog.get(), m_workbench->signInState());
    if (!select.isEmpty() && !dialog->selectConnection(select))
        qFatal("no connection %s", qPrintable(select));
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the settings dialog did not become active");
    return dialog;
}

std::optional<SecretStore::Result> TstSignInUi::stored(const QString &connection,
                                                       const char *secret)
{
    // A fresh store: what the workbench's remembers cannot stand in for the keychain.
    SecretStore reader;
    reader.setFallbackDirectory(m_dir->filePath(QStringLiteral("no-fallback")));
    return await([&](auto done) {
        reader.read(SecretStore::Entry::signInSecret(connection, secret), done);
    });
}

void TstSignInUi::browserSignInShowsWhoAndUntilThenSignsOut()
{
    useFetchingBrowser();
    saveConnection(QStringLiteral("sim"), Connection::SignIn::ExternalBrowser);
    auto dialog = openDialog(QStringLiteral("sim"));
    auto *status = find<QLabel>(dialog.get(), QStringLiteral("signInStatus"));
    auto *signIn = find<QPushButton>(dialog.get(), QStringLiteral("signInButton"));
    auto *signOut = find<QPushButton>(dialog.get(), QStringLiteral("signOutButton"));
    QVERIFY(find<QWidget>(dialog.get(), QStringLiteral("signInPanel"))->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Not signed in"));
    QVERIFY(signIn->isVisible());
    QVERIFY(!signOut->isVisible());

    // Tab goes from the sign-in method's fields to the panel, then on to the authentication.
    auto *profile = find<QLineEdit>(dialog.get(), QStringLiteral("signInProfileEdit"));
    find<QComboBox>(dialog.get(), QStringLiteral("signInCombo"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), profile);
    QTest::keyClick(profile, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), signIn);
    QTest::keyClick(signIn, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(dialog.get(), QStringLiteral("authCombo")));

    QVERIFY2(tabTo(dialog.get(), signIn), "Sign in is not reachable with Tab");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().startsWith(QStringLiteral("Signed in as sim-user@parlance.local until ")),
        10000);
    const Core::SignInStatus state = m_workbench->signInState()->status(
        *m_workbench->profiles()->connection(QStringLiteral("sim")));
    QVERIFY(state.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY2(status->text().endsWith(state.expiresAt.toLocalTime().toString(u"HH:mm")),
             qPrintable(status->text()));
    QVERIFY(signOut->isVisible());
    QVERIFY(!signIn->isVisible());
    const auto refresh = stored(QStringLiteral("sim"), "oauth-refresh-token");
    QVERIFY(refresh && refresh->ok && !refresh->token.isEmpty());

    QVERIFY2(tabTo(dialog.get(), signOut), "Sign out is not reachable with Tab");
    QTRY_COMPARE(status->text(), QStringLiteral("Not signed in"));
    QVERIFY(signIn->isVisible());
    // Gone from the keychain too.
    QTRY_VERIFY((stored(QStringLiteral("sim"), "oauth-refresh-token")->notFound));
}

void TstSignInUi::failureShowsMessageAndRetryWorks()
{
    useFetchingBrowser();
    saveConnection(QStringLiteral("sim"), Connection::SignIn::ExternalBrowser);
    m_gateway.oauth().setTokenEndpointDown(true);
    auto dialog = openDialog(QStringLiteral("sim"));
    SettingsDialog *d = dialog.get();
    // Something typed before signing in, not saved yet.
    auto *timeout = find<QSpinBox>(d, QStringLiteral("timeoutSpin"));
    retype(timeout, QStringLiteral("77"));
    QCOMPARE(timeout->value(), 77);

    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("signInButton")), Qt::LeftButton);
    auto *message = find<QLabel>(d, QStringLiteral("signInMessage"));
    auto *retry = find<QPushButton>(d, QStringLiteral("retrySignInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QCOMPARE(find<QLabel>(d, QStringLiteral("signInStatus"))->text(),
             QStringLiteral("Sign-in failed"));
    QVERIFY(message->text().contains(QStringLiteral("retry")));
    QVERIFY(retry->isVisible());
    // Details: the raw error, one click away.
    auto *details = find<QPlainTextEdit>(d, QStringLiteral("signInDetails"));
    QVERIFY(!details->isVisible());
    QVERIFY2(tabTo(d, find<QToolButton>(d, QStringLiteral("signInDetailsButton"))),
             "Details is not reachable with Tab");
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains(QStringLiteral("503")),
             qPrintable(details->toPlainText()));
    QCOMPARE(timeout->value(), 77); // nothing typed is lost

    m_gateway.oauth().setTokenEndpointDown(false);
    QVERIFY2(tabTo(d, retry), "Retry is not reachable with Tab");
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(d, QStringLiteral("signInStatus"))
                                 ->text()
                                 .startsWith(QStringLiteral("Signed in as sim-user")),
                             10000);
    QVERIFY(!message->isVisible());
    QVERIFY(!retry->isVisible());
    QCOMPARE(timeout->value(), 77);
}

void TstSignInUi::cancelEndsABrowserSignIn()
{
    // A browser window the user closed: the redirect never comes.
    m_workbench->setBrowserOpener([](const QUrl &) { return true; });
    saveConnection(QStringLiteral("sim"), Connection::SignIn::ExternalBrowser);
    auto dialog = openDialog(QStringLiteral("sim"));
    SettingsDialog *d = dialog.get();
    auto *status = find<QLabel>(d, QStringLiteral("signInStatus"));
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE(status->text(), QStringLiteral("Signing in… (a browser window is open)"));
    auto *cancel = find<QPushButton>(d, QStringLiteral("cancelSignInButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY2(tabTo(d, cancel), "Cancel is not reachable with Tab");
    QTRY_COMPARE(status->text(), QStringLiteral("Not signed in"));
    QVERIFY(!cancel->isVisible());

    // The loopback port is free again: the next sign-in, with a browser that answers, works.
    useFetchingBrowser();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Signed in as sim-user")),
                             10000);
}

void TstSignInUi::clientSecretGoesToTheKeychainAndSignsIn()
{
    saveConnection(QStringLiteral("sp"), Connection::SignIn::OAuthM2M, QStringLiteral("sp"));
    const auto typeSecretAndSave = [this](const QString &secret) {
        auto dialog = openDialog(QStringLiteral("sp"));
        auto *field = find<QLineEdit>(dialog.get(), QStringLiteral("clientSecretEdit"));
        QVERIFY(field->isVisible());
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(field->text().isEmpty()); // never read back into the form
        retype(field, secret);
        QTest::mouseClick(find<QDialogButtonBox>(dialog.get(), QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    };

    // A wrong secret first: saved to the keychain, refused by the workspace.
    typeSecretAndSave(QStringLiteral("not-the-secret"));
    if (QTest::currentTestFailed())
        return;
    auto dialog = openDialog(QStringLiteral("sp"));
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("signInButton")), Qt::LeftButton);
    auto *message = find<QLabel>(d, QStringLiteral("signInMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QVERIFY(message->text().contains(QStringLiteral("client ID or secret")));
    QVERIFY(!find<QPlainTextEdit>(d, QStringLiteral("signInDetails"))->toPlainText().isEmpty());
    dialog.reset();

    typeSecretAndSave(kSecret);
    if (QTest::currentTestFailed())
        return;
    // In the keychain, and nowhere in the connections file.
    const auto secret = stored(QStringLiteral("sp"), Config::ClientSecretEntry);
    QVERIFY(secret && secret->ok);
    QCOMPARE(secret->token, kSecret);
    QFile connections(m_dir->filePath(QStringLiteral("connections.ini")));
    QVERIFY(connections.open(QIODevice::ReadOnly));
    QVERIFY(!connections.readAll().contains(kSecret.toUtf8()));

    // Retry reads the corrected secret.
    dialog = openDialog(QStringLiteral("sp"));
    d = dialog.get();
    QVERIFY(find<QLabel>(d, QStringLiteral("signInMessage"))->isVisible());
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("retrySignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(d, QStringLiteral("signInStatus"))
                                 ->text()
                                 .startsWith(QStringLiteral("Signed in as sp-app until ")),
                             10000);
}

void TstSignInUi::renamedConnectionKeepsItsClientSecret()
{
    saveConnection(QStringLiteral("sp"), Connection::SignIn::OAuthM2M, QStringLiteral("sp"));
    const auto pressOk = [](SettingsDialog *dialog) {
        QTest::mouseClick(find<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    };
    {
        auto dialog = openDialog(QStringLiteral("sp"));
        retype(find<QLineEdit>(dialog.get(), QStringLiteral("clientSecretEdit")), kSecret);
        pressOk(dialog.get());
    }
    {
        auto dialog = openDialog(QStringLiteral("sp"));
        retype(find<QLineEdit>(dialog.get(), QStringLiteral("nameEdit")),
               QStringLiteral("sp renamed"));
        pressOk(dialog.get());
    }
    const auto moved = stored(QStringLiteral("sp renamed"), Config::ClientSecretEntry);
    QVERIFY(moved && moved->ok);
    QCOMPARE(moved->token, kSecret);
    QVERIFY(stored(QStringLiteral("sp"), Config::ClientSecretEntry)->notFound);
}

void TstSignInUi::databricksCliSignInNamesTheUserFromScim()
{
    const auto restore = qScopeGuard([] { qunsetenv("FAKE_DATABRICKS_MODE"); });
    qputenv("FAKE_DATABRICKS_MODE", "fail");
    saveConnection(QStringLiteral("cli"), Connection::SignIn::DatabricksCli);
    auto dialog = openDialog(QStringLiteral("cli"));
    SettingsDialog *d = dialog.get();
    auto *status = find<QLabel>(d, QStringLiteral("signInStatus"));
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("signInButton")), Qt::LeftButton);
    auto *message = find<QLabel>(d, QStringLiteral("signInMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("databricks auth login --host ")),
             qPrintable(message->text()));
    QVERIFY(find<QPlainTextEdit>(d, QStringLiteral("signInDetails"))
                ->toPlainText()
                .contains(QStringLiteral("not configured for this host")));

    // The CLI's token is no JWT: who it belongs to comes from GET .../scim/v2/Me.
    qunsetenv("FAKE_DATABRICKS_MODE");
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("retrySignInButton")), Qt::LeftButton);
    const QString until
        = QDateTime(QDate(2099, 1, 1), QTime(11, 0), Qt::UTC).toLocalTime().toString(u"HH:mm");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Signed in as sim-user@parlance.local until ") + until,
                              10000);
}

void TstSignInUi::statusBarFollowsAndAFailedSendKeepsTheText()
{
    saveConnection(QStringLiteral("sim"), Connection::SignIn::ExternalBrowser);
    Ui::MainWindow window(m_workbench.get());
    useFetchingBrowser(); // instead of the desktop's browser, which the window sets
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = find<QLabel>(&window, QStringLiteral("signInStatusBar"));
    // Using the connection lists its models, which signs in (the browser opens).
    m_workbench->useSavedConnection(QStringLiteral("sim"));
    QTRY_VERIFY_WITH_TIMEOUT(
        label->text().startsWith(QStringLiteral("Signed in as sim-user@parlance.local · until ")),
        10000);
    QVERIFY(label->isVisible());

    Workspace::SignInState *state = m_workbench->signInState();
    state->signOut(m_workbench->connection());
    QTRY_COMPARE(label->text(), QStringLiteral("Sign-in needed"));

    // The chat's sign-in fails: the message sent stays in the conversation with the error, and
    // what was typed meanwhile stays in the composer.
    m_gateway.oauth().setTokenEndpointDown(true);
    Engine::ChatSession *session = m_workbench->session();
    Ui::Composer *composer = window.chatPane()->composer();
    QPlainTextEdit *input = composer->input();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("first question"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->turns().size(), 2, 5000);
    QTest::keyClicks(input, QStringLiteral("typed while signing in"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    QVERIFY(session->turns().at(1).error.has_value());
    QCOMPARE(session->turns().at(0).message.text(), QStringLiteral("first question"));
    QCOMPARE(input->toPlainText(), QStringLiteral("typed while signing in"));
    QCOMPARE(label->text(), QStringLiteral("Sign-in needed"));

    // Signed in again, the status bar says so.
    m_gateway.oauth().setTokenEndpointDown(false);
    state->signIn(m_workbench->connection());
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Signed in as sim-user")),
                             10000);
    QCOMPARE(input->toPlainText(), QStringLiteral("typed while signing in"));
}

QTEST_MAIN(TstSignInUi)
#include "tst_signinui.moc"
