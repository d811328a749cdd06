// The connections settings dialog, driven through its real widgets. Registered with KEYRING:
// tests/with-keyring.sh gives it a private session bus with an unlocked gnome-keyring, so
// tokens really go through QtKeychain and the Secret Service. Without them the test fails.

#include "config/profilestore.h"
#include "config/secretstore.h"
#include "net/gatewayclient.h"
#include "settings/connectionlistmodel.h"
#include "settings/databricksimportdialog.h"
#include "settings/settingsdialog.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Parlance;
using Parlance::Config::SecretStore;
using Parlance::Core::Connection;
using Parlance::Ui::SettingsDialog;

namespace {

const QString kService = QStringLiteral("ParlanceSettingsDialogTest");
// Set in the child process that runs without a keychain (keychainFallbackShowsBanner).
const char kFallbackChild[] = "PARLANCE_TST_FALLBACK_CHILD";

template<typename T>
T *find(const QObject *parent, const QString &name)
{
    T *child = parent->findChild<T *>(name);
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

// Replaces what a line edit (or an editable combo's, or a spin box's) holds by typing.
void retype(QWidget *field, const QString &text)
{
    QWidget *target = field;
    if (auto *combo = qobject_cast<QComboBox *>(field))
        target = combo->lineEdit();
    target->setFocus();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(target, Qt::Key_Backspace);
    else
        QTest::keyClicks(target, text);
}

// Picks a combo entry with the keyboard, as a user tabbing through the form would.
void choose(QComboBox *combo, int index)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

// The editor a table opened for its current cell, once it has the focus. `previous` is the
// editor of the cell before, which keeps the focus until it is gone.
QLineEdit *waitForCellEditor(const QPointer<QLineEdit> &previous = {})
{
    QLineEdit *editor = nullptr;
    const bool found = QTest::qWaitFor([&] {
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return editor && editor != previous.data() && editor->isVisible();
    });
    return found ? editor : nullptr;
}

// Adds a header row with the form's button and types its name and value into the cells.
void typeHeader(QWidget *dialog, const QString &name, const QString &value)
{
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("addHeaderButton")), Qt::LeftButton);
    const QPointer<QLineEdit> nameEditor = waitForCellEditor();
    QVERIFY(nameEditor);
    QTest::keyClicks(nameEditor, name);
    QTest::keyClick(nameEditor, Qt::Key_Tab);
    const QPointer<QLineEdit> valueEditor = waitForCellEditor(nameEditor);
    QVERIFY(valueEditor);
    QTest::keyClicks(valueEditor, value);
    QTest::keyClick(valueEditor, Qt::Key_Return);
    // Return commits from the event loop, unlike Tab.
    QTRY_VERIFY(!valueEditor || !valueEditor->isVisible());
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listModel();
    void emptyStoreShowsPlaceholder();
    void databricksConnectionRoundTrips();
    void openAiConnectionRoundTrips();
    void signInMethodRoundTrips();
    void tokenShowHide();
    void cancelDiscards();
    void duplicateCopiesFieldsAndToken();
    void duplicateBeforeTokenIsRead();
    void removeAsksThenRemovesTokenOnOk();
    void renameMovesToken();
    void clearedTokenIsRemoved();
    void importFromDatabricksCfg();
    void importWithoutConfigFile();
    void testConnectionListsModels_data();
    void testConnectionListsModels();
    void testConnectionWrongToken();
    void testConnectionUnreachable();
    void validationMessages_data();
    void validationMessages();
    void duplicateNameRefused();
    void credentialHeaderRefused();
    void okRefusedWhileInvalid();
    void keychainFallbackShowsBanner();

private:
    std::unique_ptr<SettingsDialog> openDialog();
    void addConnection(SettingsDialog *dialog, const QString &name);
    void saveToken(const QString &name, const QString &token);
    std::optional<SecretStore::Result> storedToken(const QString &name);
    void waitForToken(SettingsDialog *dialog);
    void pressOk(SettingsDialog *dialog);
    bool isChild() const { return qEnvironmentVariableIsSet(kFallbackChild); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config::ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (isChild())
        return;
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
    SecretStore probe(kService);
    QTemporaryDir fallback;
    probe.setFallbackDirectory(fallback.path());
    const auto written = await([&](auto done) {
        probe.writeToken(QStringLiteral("probe"), QStringLiteral("probe-token"), done);
    });
    QVERIFY2(written, "the keychain never answered");
    QVERIFY2(written->ok && !probe.usingFallback(),
             qPrintable(QStringLiteral("the Secret Service is unusable: ") + written->error
                        + probe.fallbackReason()));
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Config::ProfileStore>(
        m_dir->filePath(QStringLiteral("connections.ini")));
    m_secrets = std::make_unique<SecretStore>(kService);
    // Tokens that land here instead of the keychain would fail the test below, not pass it.
    m_secrets->setFallbackDirectory(m_dir->filePath(QStringLiteral("secrets")));
    m_client = std::make_unique<Net::GatewayClient>();
}

void tst_SettingsDialog::cleanup()
{
    m_tester.reset();
    if (!isChild()) {
        // Each test starts from an empty keychain service.
        for (const QString &name :
             {QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("gamma"),
              QStringLiteral("alpha copy"), QStringLiteral("prod"), QStringLiteral("staging"),
              QStringLiteral("staging 2"), QStringLiteral("local"), QStringLiteral("sim")}) {
            await([&](auto done) { m_secrets->removeToken(name, done); });
        }
        QVERIFY(!m_secrets->usingFallback());
        QVERIFY(!QFileInfo::exists(m_secrets->fallbackDirectory()));
    }
    m_client.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> tst_SettingsDialog::openDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_store.get(), m_secrets.get(), m_client.get());
    auto *list = find<QListView>(dialog.get(), QStringLiteral("connectionList"));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    // Active, so the header table's editors get the keyboard focus as they would for a user.
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the settings dialog did not become active");
    return dialog;
}

void tst_SettingsDialog::addConnection(SettingsDialog *dialog, const QString &name)
{
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("addButton")), Qt::LeftButton);
    retype(find<QLineEdit>(dialog, QStringLiteral("nameEdit")), name);
}

void tst_SettingsDialog::saveToken(const QString &name, const QString &token)
{
    const auto written = await([&](auto done) { m_secrets->writeToken(name, token, done); });
    QVERIFY(written && written->ok && !written->usedFallback);
}

std::optional<SecretStore::Result> tst_SettingsDialog::storedToken(const QString &name)
{
    // A fresh store: nothing the dialog's store remembers can stand in for the keychain.
    SecretStore reader(kService);
    reader.setFallbackDirectory(m_secrets->fallbackDirectory());
    return await([&](auto done) { reader.readToken(name, done); });
}

void tst_SettingsDialog::waitForToken(SettingsDialog *dialog)
{
    auto *token = find<QLineEdit>(dialog, QStringLiteral("tokenEdit"));
    QTRY_VERIFY(token->placeholderText() != QStringLiteral("Reading from the keychain…"));
}

void tst_SettingsDialog::pressOk(SettingsDialog *dialog)
{
    auto *buttons = find<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void tst_SettingsDialog::listModel()
{
    Ui::ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Ui::ConnectionDraft a;
    a.connection.name = QStringLiteral("alpha");
    a.connection.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    Ui::ConnectionDraft b;
    b.connection.name = QStringLiteral("bravo");
    b.connection.kind = Connection::Kind::OpenAiCompatible;
    model.reset({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("alpha"));
    QVERIFY(model.data(model.index(0), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("adb-1.azuredatabricks.net")));
    QCOMPARE(model.data(model.index(1), Ui::ConnectionListModel::KindRole).toInt(),
             int(Connection::Kind::OpenAiCompatible));
    const quint64 idA = model.draft(0).id;
    QVERIFY(idA != model.draft(1).id);
    QCOMPARE(model.rowOf(model.draft(1).id), 1);

    QCOMPARE(model.uniqueName(QStringLiteral("alpha")), QStringLiteral("alpha 2"));
    QCOMPARE(model.uniqueName(QStringLiteral("charlie")), QStringLiteral("charlie"));
    QCOMPARE(model.namesExcept(0), QStringList{QStringLiteral("bravo")});

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Ui::ConnectionDraft c;
    QCOMPARE(model.append(c), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.data(model.index(2)).toString(), QStringLiteral("(unnamed)"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Ui::ConnectionDraft renamed = model.draft(0);
    renamed.connection.name = QStringLiteral("alpha prime");
    model.update(0, renamed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("alpha prime"));

    model.setHasErrors(idA, true);
    QVERIFY(model.data(model.index(0), Ui::ConnectionListModel::HasErrorsRole).toBool());
    QVERIFY(model.data(model.index(0), Qt::FontRole).value<QFont>().italic());
    model.setHasErrors(idA, true); // no change, no signal
    QCOMPARE(changed.size(), 2);

    model.removeAt(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(idA), -1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("bravo"));
}

void tst_SettingsDialog::emptyStoreShowsPlaceholder()
{
    auto dialog = openDialog();
    auto *stack = find<QStackedWidget>(dialog.get(), QStringLiteral("editorStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(!find<QPushButton>(dialog.get(), QStringLiteral("duplicateButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(dialog.get(), QStringLiteral("removeButton"))->isEnabled());
    QVERIFY(!find<QLabel>(dialog.get(), QStringLiteral("keychainBanner"))->isVisible());

    QTest::mouseClick(find<QPushButton>(dialog.get(), QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("editorPage"));
    QCOMPARE(find<QLineEdit>(dialog.get(), QStringLiteral("nameEdit"))->text(),
             QStringLiteral("New connection"));
}

void tst_SettingsDialog::signInMethodRoundTrips()
{
    {
        auto dialog = openDialog();
        SettingsDialog *d = dialog.get();
        addConnection(d, QStringLiteral("browser"));
        choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 0);
        retype(find<QLineEdit>(d, QStringLiteral("hostEdit")),
               QStringLiteral("adb-42.7.azuredatabricks.net"));
        auto *method = find<QComboBox>(d, QStringLiteral("signInCombo"));
        auto *profile = find<QLineEdit>(d, QStringLiteral("signInProfileEdit"));
        auto *token = find<QLineEdit>(d, QStringLiteral("tokenEdit"));
        QVERIFY(method->isVisible());
        QVERIFY(!profile->isVisible()); // a token connection has no profile to name
        QVERIFY(token->isVisible());

        choose(method, int(Connection::SignIn::ExternalBrowser));
        // Signing in gets the token: there is none to type, and no warning about it.
        QVERIFY(!token->isVisible());
        QVERIFY(!token->isEnabled());
        QVERIFY(profile->isVisible());
        QVERIFY(!find<QLabel>(d, QStringLiteral("tokenMessage"))->isVisible());
        retype(profile, QStringLiteral("team-dev"));

        // Other gateways do not sign in.
        choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 1);
        QVERIFY(!method->isVisible());
        QVERIFY(!profile->isVisible());
        QVERIFY(token->isVisible());
        choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 0);

        pressOk(d);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

    const std::optional<Connection> saved = m_store->connection(QStringLiteral("browser"));
    QVERIFY(saved);
    QCOMPARE(saved->signIn, Connection::SignIn::ExternalBrowser);
    QCOMPARE(saved->signInProfile, QStringLiteral("team-dev"));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QVERIFY(d->selectConnection(QStringLiteral("browser")));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("signInCombo"))->currentIndex(),
             int(Connection::SignIn::ExternalBrowser));
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("signInProfileEdit"))->text(),
             QStringLiteral("team-dev"));
    QVERIFY(!find<QLineEdit>(d, QStringLiteral("tokenEdit"))->isVisible());
}

void tst_SettingsDialog::databricksConnectionRoundTrips()
{
    QTemporaryFile ca(m_dir->filePath(QStringLiteral("ca-XXXXXX.pem")));
    QVERIFY(ca.open());
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();
    const QString token = QStringLiteral("dapi-fake-0123456789abcdef0123456789");

    {
        auto dialog = openDialog();
        QSignalSpy changed(dialog.get(), &SettingsDialog::connectionsChanged);
        addConnection(dialog.get(), QStringLiteral("prod"));
        SettingsDialog *d = dialog.get();
        choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 0);
        retype(find<QLineEdit>(d, QStringLiteral("hostEdit")),
               QStringLiteral("adb-42.7.azuredatabricks.net/"));
        retype(find<QComboBox>(d, QStringLiteral("gatewayPathCombo")),
               QStringLiteral("/serving-endpoints"));
        choose(find<QComboBox>(d, QStringLiteral("authCombo")), 1); // Basic
        retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")), token);

        // One extra header, typed into the table's editors.
        typeHeader(d, QStringLiteral("X-Team"), QStringLiteral("blue"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(d->isVisible()); // Return finished the cell; it did not press OK
        auto *headers = find<QTableWidget>(d, QStringLiteral("headersTable"));
        QCOMPARE(headers->rowCount(), 1);
        QCOMPARE(headers->item(0, 1)->text(), QStringLiteral("blue"));

        retype(find<QSpinBox>(d, QStringLiteral("timeoutSpin")), QStringLiteral("45"));
        retype(find<QSpinBox>(d, QStringLiteral("connectTimeoutSpin")), QStringLiteral("7"));
        retype(find<QSpinBox>(d, QStringLiteral("retriesSpin")), QStringLiteral("4"));
        choose(find<QComboBox>(d, QStringLiteral("proxyCombo")), 2); // Manual
        retype(find<QLineEdit>(d, QStringLiteral("proxyHostEdit")), QStringLiteral("proxy.corp"));
        retype(find<QSpinBox>(d, QStringLiteral("proxyPortSpin")), QStringLiteral("3128"));
        retype(find<QLineEdit>(d, QStringLiteral("caFileEdit")), ca.fileName());

        QVERIFY(!find<QLabel>(d, QStringLiteral("hostMessage"))->isVisible());
        pressOk(d);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
    }

    const std::optional<Connection> saved = m_store->connection(QStringLiteral("prod"));
    QVERIFY(saved);
    QCOMPARE(saved->kind, Connection::Kind::Databricks);
    QCOMPARE(saved->host, QUrl(QStringLiteral("https://adb-42.7.azuredatabricks.net")));
    QCOMPARE(saved->gatewayPath, QStringLiteral("/serving-endpoints"));
    QCOMPARE(saved->auth, Connection::Auth::Basic);
    QCOMPARE(saved->extraHeaders,
             (Core::HttpHeaders{{QByteArrayLiteral("X-Team"), QByteArrayLiteral("blue")}}));
    QCOMPARE(saved->timeoutSeconds, 45);
    QCOMPARE(saved->connectTimeoutSeconds, 7);
    QCOMPARE(saved->retries, 4);

    const auto stored = storedToken(QStringLiteral("prod"));
    QVERIFY(stored && stored->ok);
    QVERIFY(!stored->usedFallback);
    QCOMPARE(stored->token, token);
    QVERIFY(!readAll(m_store->filePath()).contains(token.toUtf8()));
    QVERIFY(!readAll(m_store->filePath()).contains("dapi"));

    QCOMPARE(saved->proxy, Connection::Proxy::Manual);
    QCOMPARE(saved->proxyHost, QStringLiteral("proxy.corp"));
    QCOMPARE(saved->proxyPort, quint16(3128));
    QCOMPARE(saved->caFile, ca.fileName());

    // Reopened, every field shows what was typed, the token read back from the keychain.
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QVERIFY(d->selectConnection(QStringLiteral("prod")));
    waitForToken(d);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("nameEdit"))->text(), QStringLiteral("prod"));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("kindCombo"))->currentIndex(), 0);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("hostEdit"))->text(),
             QStringLiteral("https://adb-42.7.azuredatabricks.net"));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("gatewayPathCombo"))->currentText(),
             QStringLiteral("/serving-endpoints"));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("authCombo"))->currentIndex(), 1);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("tokenEdit"))->text(), token);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("tokenEdit"))->echoMode(), QLineEdit::Password);
    auto *headers = find<QTableWidget>(d, QStringLiteral("headersTable"));
    QCOMPARE(headers->rowCount(), 1);
    QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("X-Team"));
    QCOMPARE(find<QSpinBox>(d, QStringLiteral("timeoutSpin"))->value(), 45);
    QCOMPARE(find<QSpinBox>(d, QStringLiteral("connectTimeoutSpin"))->value(), 7);
    QCOMPARE(find<QSpinBox>(d, QStringLiteral("retriesSpin"))->value(), 4);
    QCOMPARE(find<QComboBox>(d, QStringLiteral("proxyCombo"))->currentIndex(), 2);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("proxyHostEdit"))->text(),
             QStringLiteral("proxy.corp"));
    QCOMPARE(find<QSpinBox>(d, QStringLiteral("proxyPortSpin"))->value(), 3128);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("caFileEdit"))->text(), ca.fileName());

    // OK without a change writes nothing and says nothing changed.
    const QByteArray before = readAll(m_store->filePath());
    QSignalSpy changed(d, &SettingsDialog::connectionsChanged);
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(readAll(m_store->filePath()), before);
}

void tst_SettingsDialog::openAiConnectionRoundTrips()
{
    {
        auto dialog = openDialog();
        SettingsDialog *d = dialog.get();
        addConnection(d, QStringLiteral("local"));
        choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 1);
        // Only the fields of an OpenAI-compatible server are shown.
        QVERIFY(!find<QLineEdit>(d, QStringLiteral("hostEdit"))->isVisible());
        QVERIFY(!find<QComboBox>(d, QStringLiteral("gatewayPathCombo"))->isVisible());
        QVERIFY(find<QLineEdit>(d, QStringLiteral("baseUrlEdit"))->isVisible());
        retype(find<QLineEdit>(d, QStringLiteral("baseUrlEdit")),
               QStringLiteral("http://127.0.0.1:8080/v1"));
        choose(find<QComboBox>(d, QStringLiteral("authCombo")), 2); // None
        QVERIFY(!find<QLineEdit>(d, QStringLiteral("tokenEdit"))->isEnabled());
        QVERIFY(!find<QLabel>(d, QStringLiteral("baseUrlMessage"))->isVisible());
        QVERIFY(!find<QLabel>(d, QStringLiteral("tokenMessage"))->isVisible());
        pressOk(d);
        QTRY_VERIFY(!d->isVisible());
    }
    const std::optional<Connection> saved = m_store->connection(QStringLiteral("local"));
    QVERIFY(saved);
    QCOMPARE(saved->kind, Connection::Kind::OpenAiCompatible);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    QCOMPARE(saved->auth, Connection::Auth::None);
    const auto stored = storedToken(QStringLiteral("local"));
    QVERIFY(stored && stored->notFound);

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QVERIFY(d->selectConnection(QStringLiteral("local")));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("kindCombo"))->currentIndex(), 1);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("baseUrlEdit"))->text(),
             QStringLiteral("http://127.0.0.1:8080/v1"));
    QVERIFY(find<QLineEdit>(d, QStringLiteral("baseUrlEdit"))->isVisible());
    QVERIFY(!find<QLineEdit>(d, QStringLiteral("hostEdit"))->isVisible());
    QCOMPARE(find<QComboBox>(d, QStringLiteral("authCombo"))->currentIndex(), 2);
}

void tst_SettingsDialog::tokenShowHide()
{
    auto dialog = openDialog();
    addConnection(dialog.get(), QStringLiteral("alpha"));
    auto *token = find<QLineEdit>(dialog.get(), QStringLiteral("tokenEdit"));
    auto *show = find<QToolButton>(dialog.get(), QStringLiteral("showTokenButton"));
    retype(token, QStringLiteral("secret-token-1234"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), QStringLiteral("Hide"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    // A shown token is hidden again when another connection is selected.
    QTest::mouseClick(show, Qt::LeftButton);
    addConnection(dialog.get(), QStringLiteral("bravo"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(token->text(), QString());
}

void tst_SettingsDialog::cancelDiscards()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));
    saveToken(QStringLiteral("alpha"), QStringLiteral("alpha-token-0001"));
    const QByteArray before = readAll(m_store->filePath());

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QSignalSpy changed(d, &SettingsDialog::connectionsChanged);
    waitForToken(d);
    retype(find<QLineEdit>(d, QStringLiteral("hostEdit")), QStringLiteral("https://other.example"));
    retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")), QStringLiteral("changed-token-9999"));
    addConnection(d, QStringLiteral("bravo"));
    auto *buttons = find<QDialogButtonBox>(d, QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QCOMPARE(changed.size(), 0);

    QCOMPARE(readAll(m_store->filePath()), before);
    const auto stored = storedToken(QStringLiteral("alpha"));
    QVERIFY(stored && stored->ok);
    QCOMPARE(stored->token, QStringLiteral("alpha-token-0001"));
    QVERIFY(storedToken(QStringLiteral("bravo"))->notFound);
}

void tst_SettingsDialog::duplicateCopiesFieldsAndToken()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    alpha.auth = Connection::Auth::Basic;
    alpha.retries = 5;
    QVERIFY(m_store->save(alpha));
    saveToken(QStringLiteral("alpha"), QStringLiteral("alpha-token-0001"));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    waitForToken(d);
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("duplicateButton")), Qt::LeftButton);
    auto *list = find<QListView>(d, QStringLiteral("connectionList"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("nameEdit"))->text(), QStringLiteral("alpha copy"));
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("hostEdit"))->text(),
             QStringLiteral("https://adb-1.azuredatabricks.net"));
    QCOMPARE(find<QComboBox>(d, QStringLiteral("authCombo"))->currentIndex(), 1);
    QCOMPARE(find<QSpinBox>(d, QStringLiteral("retriesSpin"))->value(), 5);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("tokenEdit"))->text(),
             QStringLiteral("alpha-token-0001"));
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());

    QCOMPARE(m_store->names(),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha copy")}));
    Connection expected = alpha;
    expected.name = QStringLiteral("alpha copy");
    QVERIFY(m_store->connection(QStringLiteral("alpha copy")));
    QCOMPARE(*m_store->connection(QStringLiteral("alpha copy")), expected);
    QCOMPARE(storedToken(QStringLiteral("alpha copy"))->token, QStringLiteral("alpha-token-0001"));
    QCOMPARE(storedToken(QStringLiteral("alpha"))->token, QStringLiteral("alpha-token-0001"));
}

void tst_SettingsDialog::duplicateBeforeTokenIsRead()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));
    saveToken(QStringLiteral("alpha"), QStringLiteral("alpha-token-0001"));

    // Duplicated and saved before the keychain answered: the copy's token is read on save.
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("duplicateButton")), Qt::LeftButton);
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(storedToken(QStringLiteral("alpha copy"))->token, QStringLiteral("alpha-token-0001"));
}

void tst_SettingsDialog::removeAsksThenRemovesTokenOnOk()
{
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("bravo")}) {
        Connection c;
        c.name = name;
        c.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
        QVERIFY(m_store->save(c));
        saveToken(name, name + QStringLiteral("-token-0001"));
    }

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QVERIFY(d->selectConnection(QStringLiteral("bravo")));
    auto *list = find<QListView>(d, QStringLiteral("connectionList"));
    auto answer = [d](QMessageBox::ButtonRole role) {
        QTest::mouseClick(find<QPushButton>(d, QStringLiteral("removeButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d->findChild<QMessageBox *>(QStringLiteral("removeConfirmation")))
                    && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("bravo")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                QTest::mouseClick(button, Qt::LeftButton);
                break;
            }
        }
        QTRY_VERIFY(!d->findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
    };

    answer(QMessageBox::RejectRole);
    QCOMPARE(list->model()->rowCount(), 2);
    answer(QMessageBox::DestructiveRole);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("nameEdit"))->text(), QStringLiteral("alpha"));
    // Nothing is removed before OK.
    QCOMPARE(m_store->names().size(), 2);
    QVERIFY(storedToken(QStringLiteral("bravo"))->ok);

    pressOk(d);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("alpha")});
    QVERIFY(storedToken(QStringLiteral("bravo"))->notFound);
    QCOMPARE(storedToken(QStringLiteral("alpha"))->token, QStringLiteral("alpha-token-0001"));
}

void tst_SettingsDialog::renameMovesToken()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    alpha.proxy = Connection::Proxy::None;
    QVERIFY(m_store->save(alpha));
    saveToken(QStringLiteral("alpha"), QStringLiteral("alpha-token-0001"));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    waitForToken(d);
    QCOMPARE(find<QComboBox>(d, QStringLiteral("proxyCombo"))->currentIndex(), 1);
    retype(find<QLineEdit>(d, QStringLiteral("nameEdit")), QStringLiteral("gamma"));
    auto *list = find<QListView>(d, QStringLiteral("connectionList"));
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("gamma"));
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());

    QCOMPARE(m_store->names(), QStringList{QStringLiteral("gamma")});
    QCOMPARE(storedToken(QStringLiteral("gamma"))->token, QStringLiteral("alpha-token-0001"));
    QVERIFY(storedToken(QStringLiteral("alpha"))->notFound);
    // The proxy setting moved with the rename, nothing else changed.
    Connection gamma = alpha;
    gamma.name = QStringLiteral("gamma");
    QCOMPARE(*m_store->connection(QStringLiteral("gamma")), gamma);
}

void tst_SettingsDialog::clearedTokenIsRemoved()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));
    saveToken(QStringLiteral("alpha"), QStringLiteral("alpha-token-0001"));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    waitForToken(d);
    retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")), QString());
    QTRY_VERIFY(find<QLabel>(d, QStringLiteral("tokenMessage"))->isVisible());
    QVERIFY(find<QLabel>(d, QStringLiteral("tokenMessage"))
                ->text()
                .contains(QStringLiteral("No token")));
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());
    QVERIFY(storedToken(QStringLiteral("alpha"))->notFound);
}

void tst_SettingsDialog::importFromDatabricksCfg()
{
    const QString cfgPath = m_dir->filePath(QStringLiteral("databrickscfg"));
    QFile cfg(cfgPath);
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write("[staging]\n"
              "host = adb-222.azuredatabricks.net/\n"
              "token = dapiSTAGING000000000000000000001\n"
              "\n"
              "[prod]\n"
              "host = https://adb-111.azuredatabricks.net\n"
              "token = dapiPROD00000000000000000000002\n"
              "\n"
              "[oauth]\n"
              "host = https://adb-333.azuredatabricks.net\n"
              "auth_type = databricks-cli\n"
              "\n"
              "[nohost]\n"
              "token = dapiNOHOST000000000000000000003\n");
    cfg.close();
    qputenv("DATABRICKS_CONFIG_FILE", cfgPath.toLocal8Bit());
    auto restoreEnv = qScopeGuard([] { qunsetenv("DATABRICKS_CONFIG_FILE"); });

    // A saved "staging" already exists: the import is offered unticked, under a new name.
    Connection staging;
    staging.name = QStringLiteral("staging");
    staging.host = QUrl(QStringLiteral("https://old.example"));
    QVERIFY(m_store->save(staging));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("importButton")), Qt::LeftButton);
    Ui::DatabricksImportDialog *import = nullptr;
    QTRY_VERIFY((import = d->findChild<Ui::DatabricksImportDialog *>()) && import->isVisible());
    auto *profiles = find<QListWidget>(import, QStringLiteral("profileList"));
    QCOMPARE(profiles->count(), 4);
    QVERIFY(profiles->item(0)->text().startsWith(QStringLiteral("staging")));
    QCOMPARE(profiles->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(profiles->item(1)->checkState(), Qt::Checked); // prod
    QCOMPARE(profiles->item(2)->checkState(), Qt::Checked); // oauth, no token
    QVERIFY(profiles->item(2)->text().contains(QStringLiteral("no token")));
    QVERIFY(!(profiles->item(3)->flags() & Qt::ItemIsEnabled)); // nohost

    // Tick staging after all, untick oauth, with the keyboard.
    profiles->setFocus();
    profiles->setCurrentRow(0);
    QTest::keyClick(profiles, Qt::Key_Space);
    QCOMPARE(profiles->item(0)->checkState(), Qt::Checked);
    profiles->setCurrentRow(2);
    QTest::keyClick(profiles, Qt::Key_Space);
    QCOMPARE(profiles->item(2)->checkState(), Qt::Unchecked);

    auto *importButtons = import->findChild<QDialogButtonBox *>();
    QPushButton *importButton = nullptr;
    for (QAbstractButton *button : importButtons->buttons()) {
        if (importButtons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            importButton = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(importButton && importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY(!d->findChild<Ui::DatabricksImportDialog *>());

    auto *list = find<QListView>(d, QStringLiteral("connectionList"));
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("nameEdit"))->text(), QStringLiteral("staging 2"));
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("hostEdit"))->text(),
             QStringLiteral("https://adb-222.azuredatabricks.net"));
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("tokenEdit"))->text(),
             QStringLiteral("dapiSTAGING000000000000000000001"));
    pressOk(d);
    QTRY_VERIFY(!d->isVisible());

    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging"),
                                            QStringLiteral("staging 2")}));
    QCOMPARE(m_store->connection(QStringLiteral("prod"))->host,
             QUrl(QStringLiteral("https://adb-111.azuredatabricks.net")));
    QCOMPARE(m_store->connection(QStringLiteral("staging"))->host,
             QUrl(QStringLiteral("https://old.example")));
    QCOMPARE(storedToken(QStringLiteral("prod"))->token,
             QStringLiteral("dapiPROD00000000000000000000002"));
    QCOMPARE(storedToken(QStringLiteral("staging 2"))->token,
             QStringLiteral("dapiSTAGING000000000000000000001"));
    QVERIFY(storedToken(QStringLiteral("staging"))->notFound);
    const QByteArray file = readAll(m_store->filePath());
    QVERIFY(!file.contains("dapi"));
}

void tst_SettingsDialog::importWithoutConfigFile()
{
    qputenv("DATABRICKS_CONFIG_FILE", m_dir->filePath(QStringLiteral("missing.cfg")).toLocal8Bit());
    auto restoreEnv = qScopeGuard([] { qunsetenv("DATABRICKS_CONFIG_FILE"); });

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("importButton")), Qt::LeftButton);
    Ui::DatabricksImportDialog *import = nullptr;
    QTRY_VERIFY((import = d->findChild<Ui::DatabricksImportDialog *>()) && import->isVisible());
    auto *intro = find<QLabel>(import, QStringLiteral("importIntro"));
    QVERIFY2(intro->text().contains(QStringLiteral("holds no profiles")),
             qPrintable(intro->text()));
    QCOMPARE(find<QListWidget>(import, QStringLiteral("profileList"))->count(), 0);
    auto *buttons = import->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            QVERIFY(!button->isEnabled());
    }
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!d->findChild<Ui::DatabricksImportDialog *>());
    QCOMPARE(find<QListView>(d, QStringLiteral("connectionList"))->model()->rowCount(), 0);
}

void tst_SettingsDialog::testConnectionListsModels_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("databricks") << int(Connection::Kind::Databricks);
    QTest::newRow("openai") << int(Connection::Kind::OpenAiCompatible);
}

void tst_SettingsDialog::testConnectionListsModels()
{
    QFETCH(int, kind);
    Sim::SimulatedGateway gateway;
    gateway.setRequiredToken(QStringLiteral("sim-token-0123456789"));
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("sim"));
    choose(find<QComboBox>(d, QStringLiteral("kindCombo")), kind);
    if (kind == int(Connection::Kind::Databricks))
        retype(find<QLineEdit>(d, QStringLiteral("hostEdit")), gateway.url().toString());
    else
        retype(find<QLineEdit>(d, QStringLiteral("baseUrlEdit")),
               gateway.url().toString() + QStringLiteral("/v1"));
    retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")), QStringLiteral("sim-token-0123456789"));

    auto *test = find<QPushButton>(d, QStringLiteral("testButton"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    auto *result = find<QLabel>(d, QStringLiteral("testResult"));
    // The GUI thread is free while the request runs: the label says so before the answer.
    QVERIFY(result->text().startsWith(QStringLiteral("Connecting to")));
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Connected: ")),
                 qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("demo-echo")), qPrintable(result->text()));
    QVERIFY(!find<QToolButton>(d, QStringLiteral("testDetailsButton"))->isVisible());
    const QString path = gateway.requests().constLast().path;
    QCOMPARE(path, kind == int(Connection::Kind::Databricks)
                       ? QStringLiteral("/api/2.0/serving-endpoints")
                       : QStringLiteral("/v1/models"));

    // Testing saves nothing; an edit clears the stale result.
    QVERIFY(m_store->names().isEmpty());
    retype(find<QLineEdit>(d, QStringLiteral("nameEdit")), QStringLiteral("sim2"));
    QCOMPARE(result->text(), QString());
}

void tst_SettingsDialog::testConnectionWrongToken()
{
    Sim::SimulatedGateway gateway;
    gateway.setRequiredToken(QStringLiteral("right-token-0123456789"));
    QVERIFY(gateway.listen());

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("sim"));
    choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 1);
    retype(find<QLineEdit>(d, QStringLiteral("baseUrlEdit")),
           gateway.url().toString() + QStringLiteral("/v1"));
    retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")),
           QStringLiteral("wrong-token-9876543210"));
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("testButton")), Qt::LeftButton);

    auto *result = find<QLabel>(d, QStringLiteral("testResult"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("HTTP 401")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Check the token")));
    auto *detailsButton = find<QToolButton>(d, QStringLiteral("testDetailsButton"));
    auto *details = find<QWidget>(d, QStringLiteral("testDetails"));
    QVERIFY(detailsButton->isVisible());
    QVERIFY(!details->isVisible());
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(details->isVisible());
    const QString text = details->property("plainText").toString();
    QVERIFY2(text.contains(QStringLiteral("HTTP status: 401")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("wrong-token-9876543210")));
}

void tst_SettingsDialog::testConnectionUnreachable()
{
    // A port nobody listens on: a gateway that was listening and is gone.
    QUrl url;
    {
        Sim::SimulatedGateway gateway;
        QVERIFY(gateway.listen());
        url = gateway.url();
    }
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("gone"));
    choose(find<QComboBox>(d, QStringLiteral("kindCombo")), 1);
    retype(find<QLineEdit>(d, QStringLiteral("baseUrlEdit")),
           url.toString() + QStringLiteral("/v1"));
    choose(find<QComboBox>(d, QStringLiteral("authCombo")), 2);
    retype(find<QSpinBox>(d, QStringLiteral("retriesSpin")), QStringLiteral("0"));
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("testButton")), Qt::LeftButton);
    auto *result = find<QLabel>(d, QStringLiteral("testResult"));
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Could not reach")),
                 qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Check the address")));
}

void tst_SettingsDialog::validationMessages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");  // the label under the field
    QTest::addColumn<QString>("expected"); // empty: no message

    const int databricks = int(Connection::Kind::Databricks);
    const int openai = int(Connection::Kind::OpenAiCompatible);
    const QString host = QStringLiteral("hostEdit");
    const QString base = QStringLiteral("baseUrlEdit");
    QTest::newRow("missing host") << databricks << host << QString()
                                  << QStringLiteral("hostMessage")
                                  << QStringLiteral("Enter the workspace URL");
    QTest::newRow("host without scheme is https")
        << databricks << host << QStringLiteral("adb-1.azuredatabricks.net")
        << QStringLiteral("hostMessage") << QString();
    QTest::newRow("invalid host") << databricks << host << QStringLiteral("https://exa mple.com")
                                  << QStringLiteral("hostMessage")
                                  << QStringLiteral("not a valid URL");
    QTest::newRow("plain http host")
        << databricks << host << QStringLiteral("http://adb-1.azuredatabricks.net")
        << QStringLiteral("hostMessage")
        << QStringLiteral("Plain http: the token would cross the network unencrypted");
    QTest::newRow("http loopback is fine")
        << databricks << host << QStringLiteral("http://127.0.0.1:8080")
        << QStringLiteral("hostMessage") << QString();
    QTest::newRow("password in url")
        << databricks << host << QStringLiteral("https://user:pw@adb-1.azuredatabricks.net")
        << QStringLiteral("hostMessage") << QStringLiteral("Remove the password");
    QTest::newRow("missing base url")
        << openai << base << QString() << QStringLiteral("baseUrlMessage")
        << QStringLiteral("Enter the server's base URL");
    QTest::newRow("invalid base url")
        << openai << base << QStringLiteral("not a url") << QStringLiteral("baseUrlMessage")
        << QStringLiteral("not a valid URL");
    QTest::newRow("ftp base url") << openai << base << QStringLiteral("ftp://example.com/v1")
                                  << QStringLiteral("baseUrlMessage")
                                  << QStringLiteral("Start the URL with https://");
    QTest::newRow("plain http base url")
        << openai << base << QStringLiteral("http://gpu-box.lan:8000/v1")
        << QStringLiteral("baseUrlMessage")
        << QStringLiteral("Plain http: the token would cross the network unencrypted");
    QTest::newRow("localhost base url")
        << openai << base << QStringLiteral("http://localhost:11434/v1")
        << QStringLiteral("baseUrlMessage") << QString();
    QTest::newRow("empty name") << databricks << QStringLiteral("nameEdit") << QString()
                                << QStringLiteral("nameMessage")
                                << QStringLiteral("Give the connection a name");
    QTest::newRow("gateway path without slash")
        << databricks << QStringLiteral("gatewayPathCombo") << QStringLiteral("serving-endpoints")
        << QStringLiteral("gatewayPathMessage") << QStringLiteral("Start the gateway path with /");
    QTest::newRow("missing CA file")
        << databricks << QStringLiteral("caFileEdit") << QStringLiteral("/nonexistent/ca.pem")
        << QStringLiteral("caFileMessage") << QStringLiteral("does not exist");
    QTest::newRow("manual proxy without host")
        << databricks << QStringLiteral("proxyHostEdit") << QString()
        << QStringLiteral("proxyMessage") << QStringLiteral("Enter the proxy's host name");
    QTest::newRow("proxy with scheme")
        << databricks << QStringLiteral("proxyHostEdit") << QStringLiteral("http://proxy")
        << QStringLiteral("proxyMessage") << QStringLiteral("without a scheme");
}

void tst_SettingsDialog::validationMessages()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, expected);

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("checked"));
    choose(find<QComboBox>(d, QStringLiteral("kindCombo")), kind);
    // Everything valid first, so only the field under test can produce the message.
    if (kind == int(Connection::Kind::Databricks))
        retype(find<QLineEdit>(d, QStringLiteral("hostEdit")), QStringLiteral("https://adb-1.net"));
    else
        retype(find<QLineEdit>(d, QStringLiteral("baseUrlEdit")),
               QStringLiteral("https://api.example/v1"));
    if (field.startsWith(QStringLiteral("proxy")))
        choose(find<QComboBox>(d, QStringLiteral("proxyCombo")), 2);
    auto *label = find<QLabel>(d, message);

    retype(find<QWidget>(d, field), text);
    if (expected.isEmpty()) {
        QVERIFY2(!label->isVisible(), qPrintable(label->text()));
        return;
    }
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    // The message goes once the input is fixed.
    const QString fixed = field == QStringLiteral("nameEdit")           ? QStringLiteral("ok")
                          : field == QStringLiteral("gatewayPathCombo") ? QStringLiteral("/v1")
                          : field == QStringLiteral("caFileEdit")       ? QString()
                          : field == QStringLiteral("proxyHostEdit")    ? QStringLiteral("proxy")
                          : field == QStringLiteral("hostEdit")
                              ? QStringLiteral("https://adb-1.net")
                              : QStringLiteral("https://a.example/v1");
    retype(find<QWidget>(d, field), fixed);
    QVERIFY2(!label->isVisible(), qPrintable(label->text()));
}

void tst_SettingsDialog::duplicateNameRefused()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("alpha"));
    auto *label = find<QLabel>(d, QStringLiteral("nameMessage"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("already named \"alpha\"")),
             qPrintable(label->text()));
    // The other row is marked too: both carry the name.
    auto *list = find<QListView>(d, QStringLiteral("connectionList"));
    QVERIFY(list->model()->index(0, 0).data(Ui::ConnectionListModel::HasErrorsRole).toBool());
    retype(find<QLineEdit>(d, QStringLiteral("nameEdit")), QStringLiteral("alpha 2"));
    QVERIFY(!label->isVisible());
    QVERIFY(!list->model()->index(0, 0).data(Ui::ConnectionListModel::HasErrorsRole).toBool());
}

void tst_SettingsDialog::credentialHeaderRefused()
{
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    addConnection(d, QStringLiteral("alpha"));
    retype(find<QLineEdit>(d, QStringLiteral("hostEdit")), QStringLiteral("https://adb-1.net"));
    typeHeader(d, QStringLiteral("Authorization"), QStringLiteral("Bearer dapi123"));
    if (QTest::currentTestFailed())
        return;

    auto *label = find<QLabel>(d, QStringLiteral("headersMessage"));
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Authorization carries a credential")),
             qPrintable(label->text()));
    QVERIFY(!find<QPushButton>(d, QStringLiteral("testButton"))->isEnabled());
    pressOk(d);
    QVERIFY(d->isVisible());
    QVERIFY(m_store->names().isEmpty());

    auto *table = find<QTableWidget>(d, QStringLiteral("headersTable"));
    table->setCurrentCell(0, 0);
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("removeHeaderButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!label->isVisible());
}

void tst_SettingsDialog::okRefusedWhileInvalid()
{
    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));

    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("addButton")), Qt::LeftButton);
    // The new connection has no host; go back to alpha and press OK.
    QVERIFY(d->selectConnection(QStringLiteral("alpha")));
    pressOk(d);
    QVERIFY(d->isVisible());
    auto *status = find<QLabel>(d, QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("New connection")), qPrintable(status->text()));
    // The invalid one is selected, its message on show.
    QCOMPARE(find<QLineEdit>(d, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("New connection"));
    QVERIFY(find<QLabel>(d, QStringLiteral("hostMessage"))->isVisible());
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("alpha")});
}

void tst_SettingsDialog::keychainFallbackShowsBanner()
{
    if (!isChild()) {
        // Qt's and libsecret's D-Bus connections are per process: run this function again in a
        // child whose session bus does not exist.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/parlance-no-session-bus"));
        env.insert(QString::fromLatin1(kFallbackChild), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("keychainFallbackShowsBanner")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : tst_SettingsDialog::keychainFallbackShowsBanner"),
                 output.constData());
        return;
    }

    Connection alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(alpha));
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    auto *banner = find<QLabel>(d, QStringLiteral("keychainBanner"));
    // Reading alpha's token finds no keychain; from then on the banner says where tokens go.
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(m_secrets->usingFallback());
    QCOMPARE(banner->text(), m_secrets->fallbackWarning());
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(m_secrets->fallbackDirectory())));

    retype(find<QLineEdit>(d, QStringLiteral("tokenEdit")), QStringLiteral("file-token-0001"));
    pressOk(d);
    // Not silently: the user is asked where the token should go, and picks the file.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = d->findChild<QMessageBox *>(QStringLiteral("keychainFailurePrompt")))
                && box->isVisible());
    QTest::mouseClick(find<QPushButton>(box, QStringLiteral("fileButton")), Qt::LeftButton);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(readAll(m_secrets->fallbackFilePath(QStringLiteral("alpha"))),
             QByteArrayLiteral("file-token-0001"));
    QVERIFY(!readAll(m_store->filePath()).contains("file-token"));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
