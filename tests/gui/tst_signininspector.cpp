// The sign-in in the inspector, as the app runs it: a Workbench on a service principal's
// connection signs in at the simulated workspace's token endpoint, chats, and the inspector's
// list shows the token exchange labelled "Sign-in", with no secret in its headers or bodies, nor
// in any file the app wrote (the history database among them).
#include "core/connection.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "inspector/bodyview.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/exchangeview.h"
#include "inspector/headersview.h"
#include "inspector/inspectorwidget.h"
#include "inspector/messagepanel.h"
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"
#include "workspace/workbench.h"

#include <QApplication>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using Ui::ExchangeTableModel;

namespace {
const QString kClientId = QStringLiteral("sp-gui-id");
const QString kSecret = QStringLiteral("sp-gui-secret-0123456789abcdef");
} // namespace

class TstSignInInspector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servicePrincipalChatShowsTheSignIn();

private:
    static QString cellText(const QTableWidget *table);
};

void TstSignInInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TstSignInInspector::cellText(const QTableWidget *table)
{
    QString all;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (const QTableWidgetItem *item = table->item(row, column))
                all += item->text() + QLatin1Char('\t');
        }
        all += QLatin1Char('\n');
    }
    return all;
}

void TstSignInInspector::servicePrincipalChatShowsTheSignIn()
{
    Sim::SimulatedGateway gateway;
    QVERIFY(gateway.listen());
    gateway.setRequiredToken(QStringLiteral("dapi-not-used-here-0123456789"));
    gateway.oauth().addServicePrincipal(kClientId, kSecret);

    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), kClientId);
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Workspace::WorkbenchSetup setup;
    setup.environment = env;
    setup.historyFile = home.filePath(QStringLiteral("history.sqlite"));
    setup.connectionsFile = home.filePath(QStringLiteral("connections.json"));
    setup.settings = &settings;
    auto workbench = std::make_unique<Workspace::Workbench>(setup);

    auto inspector = std::make_unique<Ui::InspectorWidget>(workbench->log());
    inspector->resize(1100, 800);
    inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(inspector.get()));

    Core::Connection connection;
    connection.kind = Core::Connection::Kind::Databricks;
    connection.name = QStringLiteral("service principal");
    connection.host = gateway.url();
    connection.signIn = Core::Connection::SignIn::OAuthM2M;
    workbench->useConnection(connection, QString());
    Core::ChatSettings chat;
    chat.model = QStringLiteral("demo-echo");
    QVERIFY(workbench->session()->send(QStringLiteral("hello as sp"), chat));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->session()->isBusy(), 20000);
    QCOMPARE(workbench->session()->turns().last().message.text(),
             QStringLiteral("You said: hello as sp"));
    QCOMPARE(gateway.oauth().counts().clientCredentialGrants, 1);

    // The list shows the sign-in, labelled, in a Source column that is shown.
    QTableView *list = inspector->exchangeList();
    QAbstractItemModel *model = list->model();
    QVERIFY(!list->isColumnHidden(ExchangeTableModel::SourceColumn));
    int signInRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ExchangeTableModel::SourceColumn).data().toString()
            == QLatin1String("Sign-in")) {
            QCOMPARE(signInRow, -1); // one token request for the whole session
            signInRow = row;
        }
    }
    QVERIFY2(signInRow >= 0, "no Sign-in row in the inspector");
    QCOMPARE(model->index(signInRow, ExchangeTableModel::UrlColumn).data().toString(),
             QStringLiteral("/oidc/v1/token"));
    QCOMPARE(model->index(signInRow, ExchangeTableModel::StatusColumn).data().toInt(), 200);
    QVERIFY(model->rowCount() >= 2); // and the requests it signed in for

    list->setCurrentIndex(model->index(signInRow, ExchangeTableModel::UrlColumn));
    Ui::ExchangeView *view = inspector->exchangeView();
    Ui::BodyView *requestBody = view->requestPanel()->bodyView();
    Ui::BodyView *responseBody = view->responsePanel()->bodyView();
    QTRY_VERIFY(requestBody->shownText().contains(QLatin1String("grant_type=client_credentials")));
    QTRY_VERIFY(responseBody->shownText().contains(QLatin1String("token_type")));
    QVERIFY(responseBody->shownText().contains(QLatin1String("****")));
    // Its secrets are masked: it cannot be sent again, nor made code.
    QVERIFY(!inspector->resendAction()->isEnabled());
    QVERIFY(!inspector->getCodeAction()->isEnabled());
    const QString requestHeaders = cellText(view->requestPanel()->headersView());
    QVERIFY2(requestHeaders.contains(QLatin1String("Basic ****")), qPrintable(requestHeaders));

    QList<QByteArray> secrets = gateway.oauth().issuedSecrets();
    QCOMPARE(secrets.size(), 1); // the access token
    secrets << kSecret.toUtf8()
            << QByteArray(kClientId.toUtf8() + ':' + kSecret.toUtf8()).toBase64();
    const QString shown = requestBody->shownText() + responseBody->shownText() + requestHeaders
                          + cellText(view->responsePanel()->headersView());
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!shown.contains(QString::fromUtf8(secret)), secret.constData());

    // Nothing the app wrote holds one: the history (written by the time the workbench is
    // gone), the settings, the saved connections.
    inspector.reset();
    workbench.reset();
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        files += file.fileName().contains(QLatin1String("history")) ? 1 : 0;
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 1);
}

QTEST_MAIN(TstSignInInspector)
#include "tst_signininspector.moc"
