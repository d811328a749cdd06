// The inspector's HAR actions on real exchanges (requests sent to the simulated gateway): export
// the selected entries from the keyboard through the export dialog, open the file back into the
// inspector as imported entries with their bodies and events, and broken files that say why.
#include "../support/harvalidator.h"
#include "api/dialect.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "core/connection.h"
#include "engine/exchangelog.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/exchangeview.h"
#include "inspector/harcredentials.h"
#include "inspector/harexportdialog.h"
#include "inspector/inspectorhar.h"
#include "inspector/inspectorwidget.h"
#include "inspector/resenddialog.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using Ui::InspectorWidget;

Q_DECLARE_METATYPE(Parlance::Core::HttpRequest)

namespace {

const QString kToken = QStringLiteral("dapi-gui-har-token-Zx9Cv8Bn7M");

QJsonArray entriesOf(const QByteArray &har)
{
    return QJsonDocument::fromJson(har)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_InspectorHar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportSelectedThenOpenBack();
    void includeCredentialsReadsTheKeychain();
    void brokenFilesSayWhy_data();
    void brokenFilesSayWhy();

private:
    quint64 run(const QString &model, bool stream, const QString &prompt);
    QString exportThroughDialog(const QString &name, bool credentials);
    QMessageBox *waitForErrorBox();

    Sim::SimulatedGateway m_gateway;
    Net::GatewayClient m_client;
    Engine::ExchangeLog m_log;
    Core::Connection m_connection;
    QTemporaryDir m_dir;
    std::unique_ptr<InspectorWidget> m_inspector;
    quint64 m_stream = 0;
    quint64 m_plain = 0;
};

quint64 tst_InspectorHar::run(const QString &model, bool stream, const QString &prompt)
{
    Core::GenerationParams params;
    params.stream = stream;
    const Core::ApiKind api = Core::ApiKind::ChatCompletions;
    const Core::HttpRequest request
        = Api::buildChatRequest(api, m_connection.urlFor(api, model), model,
                                Core::Conversation::singleTurn(prompt), params);
    Net::GatewayCall *call = m_client.send(request, m_connection, kToken);
    quint64 last = 0;
    connect(call, &Net::GatewayCall::exchangeRecorded, this,
            [this, &last](const Net::Exchange &e) { last = m_log.append(e); });
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    if (!finished.wait(20000))
        qWarning("request to %s did not finish", qPrintable(model));
    call->deleteLater();
    return last;
}

void tst_InspectorHar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Core::HttpRequest>();
    m_gateway.setRequiredToken(kToken);
    QVERIFY2(m_gateway.listen(), qPrintable(m_gateway.errorString()));
    QVERIFY(m_dir.isValid());
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway.url();
    m_stream = run(QStringLiteral("demo-echo"), true, QStringLiteral("Hello HAR"));
    m_plain = run(QStringLiteral("demo-echo"), false, QStringLiteral("Plain one"));
    run(QStringLiteral("demo-error"), false, QStringLiteral("not exported"));
    QCOMPARE(m_log.count(), 3);
}

void tst_InspectorHar::init()
{
    m_inspector = std::make_unique<InspectorWidget>(&m_log);
    m_inspector->resize(1100, 700);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    // Shortcuts need an active window; without a window manager nobody activates it.
    QApplication::setActiveWindow(m_inspector.get());
}

void tst_InspectorHar::cleanup()
{
    m_inspector.reset();
}

QString tst_InspectorHar::exportThroughDialog(const QString &name, bool credentials)
{
    QTableView *list = m_inspector->exchangeList();
    list->setFocus();
    // The first two entries, from the keyboard: the first, then Shift+Down.
    list->setCurrentIndex(list->model()->index(0, Ui::ExchangeTableModel::UrlColumn));
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    if (m_inspector->selectedIds() != QList<quint64>{m_stream, m_plain})
        return QStringLiteral("selection");
    QTest::keyClick(list, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    if (!QTest::qWaitFor([this] { return m_inspector->har()->exportDialog() != nullptr; }))
        return QStringLiteral("no dialog");
    Ui::HarExportDialog *dialog = m_inspector->har()->exportDialog();
    if (!dialog->selectedButton()->isChecked()
        || !dialog->selectedButton()->text().contains(u"(2)"))
        return QStringLiteral("scope");
    if (dialog->credentialsWarning()->isVisible())
        return QStringLiteral("warning shown unasked");
    if (credentials) {
        dialog->credentialsBox()->setFocus();
        QTest::keyClick(dialog->credentialsBox(), Qt::Key_Space);
        if (!dialog->credentialsWarning()->isVisible())
            return QStringLiteral("no warning");
    }
    const QString path = m_dir.filePath(name);
    dialog->pathEdit()->selectAll();
    QTest::keyClicks(dialog->pathEdit(), path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return); // Export is the default button
    return path;
}

QMessageBox *tst_InspectorHar::waitForErrorBox()
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_inspector->findChild<QMessageBox *>(QStringLiteral("harErrorBox"));
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void tst_InspectorHar::exportSelectedThenOpenBack()
{
    const QString path = exportThroughDialog(QStringLiteral("selected.har"), false);
    QVERIFY2(path.startsWith(u'/'), qPrintable(path));
    QTRY_VERIFY(m_inspector->notice()->isVisible());
    QVERIFY2(m_inspector->notice()->text().contains(QStringLiteral("Exported 2 requests")),
             qPrintable(m_inspector->notice()->text()));

    const QByteArray har = readFile(path);
    const QStringList problems = HarValidator::validate(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(entriesOf(har).size(), 2);
    QVERIFY(!har.contains(kToken.toUtf8()));
    QVERIFY(!har.contains(kToken.right(4).toUtf8())); // not even the masked tail
    QVERIFY(har.contains("\"Bearer ****\""));

    // Open it back, through the File dialog the action shows.
    const int before = m_log.count();
    m_inspector->har()->openAction()->trigger();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = m_inspector->findChild<QFileDialog *>(QStringLiteral("openHarDialog"))));
    files->selectFile(path);
    QVERIFY(QMetaObject::invokeMethod(files, "accept")); // what its Open button does
    QTRY_COMPARE(m_log.count(), before + 2);
    QTRY_COMPARE(m_inspector->listedIds().size(), 2); // the list shows the file's entries only
    QVERIFY(m_inspector->filterBar()->isVisible());
    QVERIFY(m_inspector->notice()->text().contains(QStringLiteral("Opened 2 requests")));

    // Tagged as imported, in the Source column.
    QTableView *list = m_inspector->exchangeList();
    QVERIFY(!list->isColumnHidden(Ui::ExchangeTableModel::SourceColumn));
    const QModelIndex source = list->model()->index(0, Ui::ExchangeTableModel::SourceColumn);
    QCOMPARE(source.data().toString(), QStringLiteral("HAR: selected.har"));

    // The first is shown, with the body and the events it had.
    const quint64 first = m_inspector->listedIds().first();
    QCOMPARE(m_inspector->currentId(), first);
    const Net::Exchange &original = *m_log.exchangeById(m_stream);
    const Net::Exchange &imported = m_inspector->exchangeView()->exchange();
    QCOMPARE(imported.request.body, original.request.body);
    QCOMPARE(imported.responseBody, original.responseBody);
    QCOMPARE(imported.events.size(), original.events.size());
    QVERIFY(imported.events.size() > 2);
    QCOMPARE(imported.events.last().atMs, original.events.last().atMs);
    QCOMPARE(imported.timings.totalMs, original.timings.totalMs);
    const Net::Exchange &second = *m_log.exchangeById(m_inspector->listedIds().at(1));
    QCOMPARE(second.responseBody, m_log.exchangeById(m_plain)->responseBody);

    // Resent, it is a request of its own, not one of the file's.
    QSignalSpy resend(m_inspector.get(), &InspectorWidget::resendRequested);
    m_inspector->editAndResend();
    QTRY_VERIFY(m_inspector->resendDialog());
    QTest::mouseClick(m_inspector->resendDialog()->sendButton(), Qt::LeftButton);
    QCOMPARE(resend.size(), 1);
    QCOMPARE(resend.at(0).at(1).toULongLong(), quint64(0));
}

void tst_InspectorHar::includeCredentialsReadsTheKeychain()
{
    // A saved connection to the gateway whose token (and a secret header) the secret store
    // holds for the session: the export reads them asynchronously, as from the keychain.
    Config::ProfileStore profiles(m_dir.filePath(QStringLiteral("connections.ini")));
    Core::Connection saved = m_connection;
    saved.name = QStringLiteral("sim");
    saved.extraHeaders = {{"X-Team-Secret", {}}};
    saved.secretHeaders = {"X-Team-Secret"};
    QVERIFY(profiles.save(saved));
    Config::SecretStore secrets(QStringLiteral("ParlanceTest"));
    secrets.keepForSession(Config::SecretStore::Entry::token(saved.name), kToken);
    secrets.keepForSession(Config::SecretStore::Entry::headerValue(saved.name, "X-Team-Secret"),
                           QStringLiteral("team-secret-77"));
    m_inspector->setHarCredentialReader(Ui::savedConnectionCredentials(&profiles, &secrets));

    const QString path = exportThroughDialog(QStringLiteral("credentials.har"), true);
    QVERIFY2(path.startsWith(u'/'), qPrintable(path));
    QTRY_VERIFY(m_inspector->notice()->isVisible());
    const QByteArray har = readFile(path);
    QVERIFY(HarValidator::validate(har).isEmpty());
    QVERIFY2(har.contains(QByteArray("\"Bearer " + kToken.toUtf8() + '"')), har.constData());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // The exchanges never sent the secret header: it is not added.
    QVERIFY(!har.contains("team-secret-77"));
}

void tst_InspectorHar::brokenFilesSayWhy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("invalid JSON") << QByteArray("{\"log\": {\"entries\": [") << "not valid JSON";
    QTest::newRow("wrong version")
        << QByteArray(R"({"log":{"version":"3.0","entries":[]}})") << "version 3.0";
    QTest::newRow("no log") << QByteArray(R"({"entries":[]})") << "no \"log\"";
    QTest::newRow("no entries that can be read")
        << QByteArray(R"({"log":{"version":"1.2","entries":[{"request":{}}]}})")
        << "no request that could be read";
}

void tst_InspectorHar::brokenFilesSayWhy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QStringLiteral("broken.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const int before = m_log.count();
    m_inspector->har()->open(path);
    QMessageBox *box = waitForErrorBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(says), qPrintable(box->text()));
    QVERIFY(box->windowTitle().contains(QStringLiteral("broken.har")));
    QCOMPARE(m_log.count(), before);
    box->close();
}

QTEST_MAIN(tst_InspectorHar)
#include "tst_inspectorhar.moc"
