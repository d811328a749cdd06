// What happens to a token the keychain will not take, driven through the real settings dialog
// and workbench. Registered with KEYRING (tests/with-keyring.sh): a throwaway gnome-keyring runs
// on a private session bus, but the test first points DBUS_SESSION_BUS_ADDRESS at nothing, so
// the keychain fails as a missing or locked one does; the retry case then brings it back.

#include "config/profilestore.h"
#include "config/secretstore.h"
#include "engine/chatsession.h"
#include "settings/keychainfailureprompt.h"
#include "settings/settingsdialog.h"
#include "sim/simulatedgateway.h"
#include "workspace/workbench.h"

#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/stat.h>

using namespace Parlance;
using Config::SecretStore;
using Ui::TokenStorageChoice;

namespace {

const QString kConnection = QStringLiteral("sim");
const QString kToken = QStringLiteral("dapi-keychain-choice-0123456789");
const QByteArray kNoBus = "unix:path=/nonexistent/parlance-no-session-bus";

std::optional<SecretStore::Result> await(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretStore::Result> answer;
    start([&answer](const SecretStore::Result &result) { answer = result; });
    QDeadlineTimer deadline(20000);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TstKeychainChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sessionOnlyWritesNothingAndChats();
    void fileChoiceWritesPrivateFile();
    void cancelKeepsTheDialogOpen();
    void headerSecretTakesTheSameChoice();
    void retryStoresOnceTheKeychainIsBack(); // last: it brings the keychain back

private:
    // Opens the settings dialog on the saved connection and types the token into it.
    std::unique_ptr<Ui::SettingsDialog> openWithToken();
    static void pressOk(Ui::SettingsDialog *dialog);
    static QMessageBox *waitForPrompt(Ui::SettingsDialog *dialog);
    std::optional<SecretStore::Result> storedToken() const;

    QByteArray m_realBus;
    Sim::SimulatedGateway m_gateway;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace::Workbench> m_workbench;
};

void TstKeychainChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_realBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(!m_realBus.isEmpty(),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
    // Before anything in this process touches D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", kNoBus);
    m_gateway.setRequiredToken(kToken);
    QVERIFY2(m_gateway.listen(), qPrintable(m_gateway.errorString()));
}

void TstKeychainChoice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    Workspace::WorkbenchSetup setup;
    setup.environment = env;
    setup.historyFile = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_workbench = std::make_unique<Workspace::Workbench>(setup);
    m_workbench->secrets()->setFallbackDirectory(m_dir->filePath(QStringLiteral("secrets")));
    Core::Connection sim;
    sim.name = kConnection;
    sim.kind = Core::Connection::Kind::OpenAiCompatible;
    sim.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    sim.auth = Core::Connection::Auth::Bearer;
    QVERIFY(m_workbench->profiles()->save(sim));
}

void TstKeychainChoice::cleanup()
{
    Ui::KeychainFailurePrompt::clearNextAnswers();
    if (m_workbench) {
        m_workbench->profiles()->remove(kConnection);
        await([&](auto done) { m_workbench->secrets()->removeToken(kConnection, done); });
    }
    m_workbench.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<Ui::SettingsDialog> TstKeychainChoice::openWithToken()
{
    auto dialog = std::make_unique<Ui::SettingsDialog>(
        m_workbench->profiles(), m_workbench->secrets(), m_workbench->client());
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the settings dialog did not become active");
    if (!dialog->selectConnection(kConnection))
        qWarning("the saved connection is not listed");
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    // The keychain is asked first (and fails): wait until the field is the user's again.
    if (!QTest::qWaitFor([token] { return token->isEnabled(); }, 20000))
        qWarning("the token was never read");
    token->setFocus();
    QTest::keyClick(token, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(token, kToken);
    return dialog;
}

void TstKeychainChoice::pressOk(Ui::SettingsDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QMessageBox *TstKeychainChoice::waitForPrompt(Ui::SettingsDialog *dialog)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = dialog->findChild<QMessageBox *>(QStringLiteral("keychainFailurePrompt"));
            return box && box->isVisible();
        },
        20000);
    return shown ? box : nullptr;
}

std::optional<SecretStore::Result> TstKeychainChoice::storedToken() const
{
    // A fresh store: what the workbench's store holds in memory cannot stand in for storage.
    SecretStore reader;
    reader.setFallbackDirectory(m_workbench->secrets()->fallbackDirectory());
    return await([&](auto done) { reader.readToken(kConnection, done); });
}

void TstKeychainChoice::sessionOnlyWritesNothingAndChats()
{
    auto dialog = openWithToken();
    pressOk(dialog.get());
    // The user is asked at once, with the keychain's reason, instead of a silent file.
    QMessageBox *box = waitForPrompt(dialog.get());
    QVERIFY(box);
    QVERIFY(box->text().contains(kConnection));
    QVERIFY2(box->informativeText().contains(QStringLiteral("connect"), Qt::CaseInsensitive),
             qPrintable(box->informativeText()));
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QString secrets = m_workbench->secrets()->fallbackDirectory();
    QCOMPARE(filesIn(secrets), QStringList());
    QCOMPARE(m_workbench->secrets()->sessionOnlyConnections(), QStringList{kConnection});
    const auto stored = storedToken();
    QVERIFY(stored && !stored->ok && stored->notFound);

    // The rest of the app gets the token as from the keychain: models list, a chat answers.
    QSignalSpy loaded(m_workbench.get(), &Workspace::Workbench::modelsLoaded);
    m_workbench->useSavedConnection(kConnection);
    QVERIFY(loaded.wait(20000));
    Core::ChatSettings settings;
    settings.model = QStringLiteral("demo-echo");
    Engine::ChatSession *session = m_workbench->session();
    QVERIFY(session->send(QStringLiteral("kept in memory"), settings));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: kept in memory"));
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
    QCOMPARE(filesIn(secrets), QStringList());

    // Reopened, the dialog shows the token and says it will not outlive the session.
    auto again = std::make_unique<Ui::SettingsDialog>(
        m_workbench->profiles(), m_workbench->secrets(), m_workbench->client());
    again->show();
    QVERIFY(again->selectConnection(kConnection));
    auto *token = again->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QTRY_COMPARE(token->text(), kToken);
    auto *banner = again->findChild<QLabel *>(QStringLiteral("keychainBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("session only")), qPrintable(banner->text()));
}

void TstKeychainChoice::fileChoiceWritesPrivateFile()
{
    ::umask(0); // the 0600 must not come from the umask
    auto dialog = openWithToken();
    Ui::KeychainFailurePrompt::setNextAnswer(TokenStorageChoice::File);
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QString path = m_workbench->secrets()->fallbackFilePath(kConnection);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), kToken);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(m_workbench->secrets()->sessionOnlyConnections().isEmpty());
    const auto stored = storedToken();
    QVERIFY(stored && stored->ok && stored->usedFallback);
    QCOMPARE(stored->token, kToken);
    QFile profiles(m_workbench->profiles()->filePath());
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    QVERIFY(!profiles.readAll().contains(kToken.toUtf8()));
}

void TstKeychainChoice::cancelKeepsTheDialogOpen()
{
    auto dialog = openWithToken();
    Ui::KeychainFailurePrompt::setNextAnswer(TokenStorageChoice::Cancel);
    pressOk(dialog.get());
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("token was not")), 20000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(filesIn(m_workbench->secrets()->fallbackDirectory()), QStringList());
    QVERIFY(m_workbench->secrets()->sessionOnlyConnections().isEmpty());
    // The typed token is still there for another try.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(), kToken);
}

void TstKeychainChoice::headerSecretTakesTheSameChoice()
{
    const QString key = QStringLiteral("sk-header-in-a-file-97531");
    auto dialog = openWithToken();
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("headersTable"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addHeaderButton")),
                      Qt::LeftButton);
    table->item(0, 0)->setText(QStringLiteral("X-Api-Key"));
    table->item(0, 1)->setText(key);
    // The header is asked about as the token is: both to the file.
    Ui::KeychainFailurePrompt::setNextAnswer(TokenStorageChoice::File);
    Ui::KeychainFailurePrompt::setNextAnswer(TokenStorageChoice::File);
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QString path = m_workbench->secrets()->fallbackFilePath(
        SecretStore::Entry::headerValue(kConnection, "X-Api-Key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), key);
    QCOMPARE(modeOf(path), 0600);
    QFile profiles(m_workbench->profiles()->filePath());
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    QVERIFY(!profiles.readAll().contains(key.toUtf8()));

    // The workbench reads it back with the token, and it goes out with the request.
    QSignalSpy loaded(m_workbench.get(), &Workspace::Workbench::modelsLoaded);
    m_workbench->useSavedConnection(kConnection);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_gateway.requests().last().headers.value(QStringLiteral("x-api-key")), key);
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
    await([&](auto done) {
        m_workbench->secrets()->remove(SecretStore::Entry::headerValue(kConnection, "X-Api-Key"),
                                       done);
    });
}

void TstKeychainChoice::retryStoresOnceTheKeychainIsBack()
{
    auto dialog = openWithToken();
    pressOk(dialog.get());
    QMessageBox *box = waitForPrompt(dialog.get());
    QVERIFY(box);
    // The user starts (or unlocks) the keychain, then tries again.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_realBus);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("retryKeychainButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->findChildren<QMessageBox *>().isEmpty());
    const auto stored = storedToken();
    QVERIFY(stored);
    QVERIFY2(stored->ok, qPrintable(stored->error));
    QVERIFY(!stored->usedFallback);
    QCOMPARE(stored->token, kToken);
    QCOMPARE(filesIn(m_workbench->secrets()->fallbackDirectory()), QStringList());
    QVERIFY(!m_workbench->secrets()->usingFallback());
}

QTEST_MAIN(TstKeychainChoice)
#include "tst_keychainchoice.moc"
