// Secret headers in the connections settings dialog, through its real widgets and a real Secret
// Service (KEYRING: tests/with-keyring.sh). The values go to the keychain, never to
// connections.ini; they move with a rename, go with a removal, and an older file's plain text
// moves on the next save.

#include "../unit/config/headersecretstesting.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "net/gatewayclient.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Config::SecretStore;
using Core::Connection;
using Entry = Config::SecretStore::Entry;
using Ui::SettingsDialog;
using namespace HeaderSecretsTesting;

namespace {

const QString kService = QStringLiteral("ParlanceHeaderSecretsDialogTest");
const QByteArray kApiKey = "sk-dialog-api-key-13579";
const QByteArray kTenant = "tenant-dialog-secret-2468";
enum Column { NameColumn, ValueColumn, SecretColumn };

template<typename T>
T *find(const QObject *parent, const QString &name)
{
    T *child = parent->findChild<T *>(name);
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

QLineEdit *waitForCellEditor(const QPointer<QLineEdit> &previous = {})
{
    QLineEdit *editor = nullptr;
    const bool found = QTest::qWaitFor([&] {
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return editor && editor != previous.data() && editor->isVisible();
    });
    return found ? editor : nullptr;
}

// Adds a header row with the form's button and types its name and value; answers the value's
// editor's echo mode, which says whether the value was typed unseen.
QLineEdit::EchoMode typeHeader(QWidget *dialog, const QString &name, const QByteArray &value)
{
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("addHeaderButton")), Qt::LeftButton);
    const QPointer<QLineEdit> nameEditor = waitForCellEditor();
    if (!nameEditor)
        qFatal("no editor for the header's name");
    QTest::keyClicks(nameEditor, name);
    QTest::keyClick(nameEditor, Qt::Key_Tab);
    const QPointer<QLineEdit> valueEditor = waitForCellEditor(nameEditor);
    if (!valueEditor)
        qFatal("no editor for the header's value");
    const QLineEdit::EchoMode echo = valueEditor->echoMode();
    QTest::keyClicks(valueEditor, QString::fromUtf8(value));
    QTest::keyClick(valueEditor, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !valueEditor || !valueEditor->isVisible(); }))
        qWarning("the header's value was never committed");
    return echo;
}

// Ticks or clears a row's Secret box from the keyboard, as a user would.
void toggleSecret(QTableWidget *table, int row)
{
    table->setFocus();
    table->setCurrentCell(row, SecretColumn);
    QTest::keyClick(table, Qt::Key_Space);
}

void pressOk(SettingsDialog *dialog)
{
    auto *buttons = find<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class tst_HeaderSecretsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secretHeadersGoToTheKeychain();
    void savedValuesAreShownAgain();
    void renameMovesHeaderSecrets();
    void removalRemovesHeaderSecrets();
    void removedOrUntickedHeaderLeavesTheKeychain();
    void olderFileMovesOnTheNextSave();
    void repeatedSecretHeaderIsMarked();

private:
    std::unique_ptr<SettingsDialog> openDialog();
    void saveAlpha();
    std::optional<SecretStore::Result> stored(const QString &connection, const QByteArray &header);
    QString iniPath() const { return m_dir->filePath(QStringLiteral("connections.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config::ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Net::GatewayClient> m_client;
};

void tst_HeaderSecretsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through tests/with-keyring.sh (parlance_add_test KEYRING)");
}

void tst_HeaderSecretsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Config::ProfileStore>(iniPath());
    m_secrets = std::make_unique<SecretStore>(kService);
    m_secrets->setFallbackDirectory(m_dir->filePath(QStringLiteral("secrets")));
    m_client = std::make_unique<Net::GatewayClient>();
}

void tst_HeaderSecretsDialog::cleanup()
{
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("gamma"),
                                QStringLiteral("old"), QStringLiteral("first")}) {
        for (const Entry &entry : {Entry::token(name), Entry::headerValue(name, "X-Api-Key"),
                                   Entry::headerValue(name, "X-Tenant")}) {
            awaitAnswer<SecretStore::Result>([&](auto done) { m_secrets->remove(entry, done); });
        }
    }
    // The keychain worked throughout: nothing may have gone to the files.
    QVERIFY(!m_secrets->usingFallback());
    QVERIFY(!QFileInfo::exists(m_secrets->fallbackDirectory()));
    m_client.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> tst_HeaderSecretsDialog::openDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_store.get(), m_secrets.get(), m_client.get());
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the settings dialog did not become active");
    return dialog;
}

std::optional<SecretStore::Result> tst_HeaderSecretsDialog::stored(const QString &connection,
                                                                   const QByteArray &header)
{
    // A fresh store: nothing the dialog's store remembers can stand in for the keychain.
    SecretStore reader(kService);
    reader.setFallbackDirectory(m_secrets->fallbackDirectory());
    return awaitAnswer<SecretStore::Result>(
        [&](auto done) { reader.read(Entry::headerValue(connection, header), done); });
}

// "alpha", saved through the dialog with X-Api-Key (secret by name) and X-Tenant (ticked).
void tst_HeaderSecretsDialog::saveAlpha()
{
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("addButton")), Qt::LeftButton);
    auto *name = find<QLineEdit>(d, QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("alpha"));
    QTest::keyClicks(find<QLineEdit>(d, QStringLiteral("hostEdit")),
                     QStringLiteral("https://adb-1.azuredatabricks.net"));
    auto *table = find<QTableWidget>(d, QStringLiteral("headersTable"));

    QCOMPARE(typeHeader(d, QStringLiteral("X-Team"), "blue"), QLineEdit::Normal);
    // Secret by its name: ticked, and not the user's to clear.
    QCOMPARE(typeHeader(d, QStringLiteral("X-Api-Key"), kApiKey), QLineEdit::Password);
    QTableWidgetItem *apiKeyBox = table->item(1, SecretColumn);
    QCOMPARE(apiKeyBox->checkState(), Qt::Checked);
    QVERIFY(!(apiKeyBox->flags() & Qt::ItemIsEnabled));
    QCOMPARE(typeHeader(d, QStringLiteral("X-Tenant"), kTenant), QLineEdit::Normal);
    QCOMPARE(table->item(2, SecretColumn)->checkState(), Qt::Unchecked);
    toggleSecret(table, 2);
    QCOMPARE(table->item(2, SecretColumn)->checkState(), Qt::Checked);

    pressOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 20000);
    QCOMPARE(d->result(), int(QDialog::Accepted));
}

void tst_HeaderSecretsDialog::secretHeadersGoToTheKeychain()
{
    saveAlpha();
    if (QTest::currentTestFailed())
        return;

    const QByteArray file = readAll(iniPath());
    for (const QByteArray &secret : {kApiKey, kTenant})
        QVERIFY2(!file.contains(secret) && !file.contains(secret.toPercentEncoding()),
                 file.constData());
    QVERIFY(file.contains("blue"));
    const std::optional<Connection> saved = m_store->connection(QStringLiteral("alpha"));
    QVERIFY(saved);
    QCOMPARE(saved->extraHeaders,
             (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", ""}, {"X-Tenant", ""}}));
    QCOMPARE(saved->secretHeaders, QList<QByteArray>{"X-Tenant"});

    auto value = stored(QStringLiteral("alpha"), "X-Api-Key");
    QVERIFY(value && value->ok && !value->usedFallback);
    QCOMPARE(value->token.toUtf8(), kApiKey);
    value = stored(QStringLiteral("alpha"), "X-Tenant");
    QVERIFY(value && value->ok);
    QCOMPARE(value->token.toUtf8(), kTenant);
    QVERIFY(stored(QStringLiteral("alpha"), "X-Team")->notFound);
}

void tst_HeaderSecretsDialog::savedValuesAreShownAgain()
{
    saveAlpha();
    if (QTest::currentTestFailed())
        return;
    auto dialog = openDialog();
    auto *table = find<QTableWidget>(dialog.get(), QStringLiteral("headersTable"));
    QCOMPARE(table->rowCount(), 3);
    QTRY_COMPARE(table->item(1, ValueColumn)->text().toUtf8(), kApiKey);
    QTRY_COMPARE(table->item(2, ValueColumn)->text().toUtf8(), kTenant);
    QCOMPARE(table->item(2, SecretColumn)->checkState(), Qt::Checked);
    QVERIFY(table->item(2, SecretColumn)->flags() & Qt::ItemIsEnabled);

    // Unchanged, nothing is written again: the file stays byte for byte.
    const QByteArray before = readAll(iniPath());
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QCOMPARE(readAll(iniPath()), before);
}

void tst_HeaderSecretsDialog::renameMovesHeaderSecrets()
{
    saveAlpha();
    if (QTest::currentTestFailed())
        return;
    auto dialog = openDialog();
    auto *table = find<QTableWidget>(dialog.get(), QStringLiteral("headersTable"));
    QTRY_COMPARE(table->item(1, ValueColumn)->text().toUtf8(), kApiKey);
    auto *name = find<QLineEdit>(dialog.get(), QStringLiteral("nameEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("gamma"));
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);

    QCOMPARE(m_store->names(), QStringList{QStringLiteral("gamma")});
    QCOMPARE(stored(QStringLiteral("gamma"), "X-Api-Key")->token.toUtf8(), kApiKey);
    QCOMPARE(stored(QStringLiteral("gamma"), "X-Tenant")->token.toUtf8(), kTenant);
    QVERIFY(stored(QStringLiteral("alpha"), "X-Api-Key")->notFound);
    QVERIFY(stored(QStringLiteral("alpha"), "X-Tenant")->notFound);
    const QByteArray file = readAll(iniPath());
    QVERIFY(!file.contains(kApiKey) && !file.contains(kTenant));
}

void tst_HeaderSecretsDialog::removalRemovesHeaderSecrets()
{
    saveAlpha();
    if (QTest::currentTestFailed())
        return;
    auto dialog = openDialog();
    QTest::mouseClick(find<QPushButton>(dialog.get(), QStringLiteral("removeButton")),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("removeConfirmation"))));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);

    QVERIFY(m_store->names().isEmpty());
    QVERIFY(stored(QStringLiteral("alpha"), "X-Api-Key")->notFound);
    QVERIFY(stored(QStringLiteral("alpha"), "X-Tenant")->notFound);
}

void tst_HeaderSecretsDialog::removedOrUntickedHeaderLeavesTheKeychain()
{
    saveAlpha();
    if (QTest::currentTestFailed())
        return;
    auto dialog = openDialog();
    auto *table = find<QTableWidget>(dialog.get(), QStringLiteral("headersTable"));
    QTRY_COMPARE(table->item(2, ValueColumn)->text().toUtf8(), kTenant);
    // X-Tenant is no secret after all; X-Api-Key goes.
    toggleSecret(table, 2);
    QCOMPARE(table->item(2, SecretColumn)->checkState(), Qt::Unchecked);
    table->setCurrentCell(1, NameColumn);
    QTest::mouseClick(find<QPushButton>(dialog.get(), QStringLiteral("removeHeaderButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);

    QVERIFY(stored(QStringLiteral("alpha"), "X-Api-Key")->notFound);
    QVERIFY(stored(QStringLiteral("alpha"), "X-Tenant")->notFound);
    // An ordinary header now, as the user chose: its value is in the file.
    const std::optional<Connection> saved = m_store->connection(QStringLiteral("alpha"));
    QVERIFY(saved);
    QCOMPARE(saved->extraHeaders, (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Tenant", kTenant}}));
    QVERIFY(saved->secretHeaders.isEmpty());
}

void tst_HeaderSecretsDialog::olderFileMovesOnTheNextSave()
{
    writeOlderFile(iniPath(), QStringLiteral("https://gw.example.com/v1"));
    // "first" is the one the dialog shows; "old" is never looked at, and moves all the same.
    Connection first;
    first.name = QStringLiteral("first");
    first.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QVERIFY(m_store->save(first));
    QVERIFY(readAll(iniPath()).contains(kOldValue));

    auto dialog = openDialog();
    auto *list = find<QListView>(dialog.get(), QStringLiteral("connectionList"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("first"));
    pressOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);

    const QByteArray file = readAll(iniPath());
    QVERIFY2(!file.contains(kOldValue), file.constData());
    const auto moved = stored(QStringLiteral("old"), "X-Api-Key");
    QVERIFY(moved && moved->ok && !moved->usedFallback);
    QCOMPARE(moved->token.toUtf8(), kOldValue);
    const std::optional<Connection> old = m_store->connection(QStringLiteral("old"));
    QVERIFY(old);
    QCOMPARE(old->extraHeaders, (Core::HttpHeaders{{"X-Team", "blue"}, {"X-Api-Key", ""}}));
}

void tst_HeaderSecretsDialog::repeatedSecretHeaderIsMarked()
{
    // The keychain holds one value per header: a second Cookie cannot be saved beside the first.
    auto dialog = openDialog();
    SettingsDialog *d = dialog.get();
    QTest::mouseClick(find<QPushButton>(d, QStringLiteral("addButton")), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(d, QStringLiteral("hostEdit")),
                     QStringLiteral("https://adb-1.azuredatabricks.net"));
    typeHeader(d, QStringLiteral("Cookie"), "a=1");
    auto *message = find<QLabel>(d, QStringLiteral("headersMessage"));
    QVERIFY(!message->isVisible());
    typeHeader(d, QStringLiteral("cookie"), "b=2");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("appears twice")),
             qPrintable(message->text()));
    pressOk(d);
    QVERIFY(d->isVisible());
    QVERIFY(m_store->names().isEmpty());
}

QTEST_MAIN(tst_HeaderSecretsDialog)
#include "tst_headersecretsdialog.moc"
