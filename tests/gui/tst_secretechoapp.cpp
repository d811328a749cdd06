// The app against a gateway that sends the credential back: after chats that quote it in
// stream events, error bodies and headers, neither the history file nor anything the
// inspector copies to the clipboard holds it in any spelling.
#include "../support/echogateway.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "inspector/inspectorwidget.h"
#include "net/gatewayclient.h"
#include "store/historyservice.h"
#include "workspace/historykeeper.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;

namespace {

const QString kToken = QStringLiteral("app-echo-secret-Pl0Ok9Ij8Uh7");

QByteArray leakIn(const QByteArray &text)
{
    for (const QByteArray &s : EchoGateway::spellings(kToken)) {
        if (text.contains(s))
            return s;
    }
    return {};
}

} // namespace

class TstSecretEchoApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyAndInspectorHideTheEcho_data();
    void historyAndInspectorHideTheEcho();

private:
    EchoGateway m_gateway;
    QTemporaryDir m_dir;
};

void TstSecretEchoApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstSecretEchoApp::historyAndInspectorHideTheEcho_data()
{
    QTest::addColumn<Core::Connection::Auth>("auth");
    QTest::newRow("bearer") << Core::Connection::Auth::Bearer;
    QTest::newRow("basic") << Core::Connection::Auth::Basic;
}

void TstSecretEchoApp::historyAndInspectorHideTheEcho()
{
    QFETCH(Core::Connection::Auth, auth);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite");
    Net::GatewayClient client;
    Engine::ExchangeLog log;
    Engine::ChatSession session(&client, &log);
    Core::Connection connection;
    connection.name = QStringLiteral("echo");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = m_gateway.baseUrl();
    connection.auth = auth;
    connection.retries = 0;
    session.setConnection(connection, kToken);
    {
        Store::HistoryService service(file);
        QSettings remembered(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Workspace::HistoryKeeper keeper(&session, &service, &remembered);
        keeper.setConnectionName(connection.name);
        QSignalSpy finished(&session, &Engine::ChatSession::replyFinished);
        int sent = 0;
        for (const QByteArray &model : EchoGateway::modes()) {
            Core::ChatSettings settings;
            settings.model = QString::fromUtf8(model);
            QVERIFY(session.send(QStringLiteral("tell me my key"), settings));
            ++sent;
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), sent, 15000);
        }
        keeper.saveNow();
    } // the service finishes its writes before it goes

    // The history file, its journal and anything beside it.
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        if (!name.startsWith(QString::fromLatin1(QTest::currentDataTag())))
            continue;
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(leakIn(bytes).isEmpty(), qPrintable(name + u" holds the token"));
    }

    // Every copy action of the inspector, on every exchange.
    Ui::InspectorWidget inspector(&log);
    inspector.resize(1000, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTableView *list = inspector.exchangeList();
    QVERIFY(list->model()->rowCount() >= EchoGateway::modes().size());
    QAction *copyAsCurl = nullptr;
    for (QAction *action : inspector.findChildren<QAction *>()) {
        if (action->text() == Ui::InspectorWidget::tr("Copy as curl"))
            copyAsCurl = action;
    }
    QVERIFY(copyAsCurl);
    int copies = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        list->selectRow(row);
        QApplication::clipboard()->clear();
        copyAsCurl->trigger();
        QByteArray copied = QApplication::clipboard()->text().toUtf8();
        QVERIFY(!copied.isEmpty());
        for (QAbstractButton *button : inspector.findChildren<QAbstractButton *>()) {
            if (!button->text().startsWith(u"Copy") || !button->isEnabled())
                continue;
            button->click();
            copied += '\n' + QApplication::clipboard()->text().toUtf8();
            ++copies;
        }
        QVERIFY2(leakIn(copied).isEmpty(), copied.left(3000).constData());
    }
    QVERIFY(copies > 0);
}

QTEST_MAIN(TstSecretEchoApp)
#include "tst_secretechoapp.moc"
