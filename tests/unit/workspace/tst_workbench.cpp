// The services behind the window: first-run choice of connection, the demo gateway, model
// listing and resending a hand-edited request.
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "sim/demomodels.h"
#include "sim/oauthserver.h"
#include "sim/simulatedgateway.h"
#include "workspace/historykeeper.h"
#include "workspace/workbench.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;

class TstWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void environmentConnectionIsUsed();
    void welcomeWithoutAnything();
    void welcomeOffersDatabricksCfgProfiles();
    void servicePrincipalProfileSignsIn();
    void demoGatewayStartsAndListsModels();
    void resendLogsTheExchange();
    void resendReplyJoinsOnlyItsOwnConversation();
    void modelErrorsAreReported();

private:
    QProcessEnvironment cleanEnv() const;
    // A history of this test function's own: the last conversation of another would reopen.
    QString historyFile() const;
    // The workbench of this test function: its own history and settings.
    Workspace::WorkbenchSetup setup(const QProcessEnvironment &env) const;
    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
};

void TstWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_gateway.listen());
}

void TstWorkbench::init()
{
    // The connection one test used would be the next one's last used.
    m_settings = std::make_unique<QSettings>(
        m_home.filePath(QStringLiteral("settings-%1.ini")
                            .arg(QString::fromLatin1(QTest::currentTestFunction()))),
        QSettings::IniFormat);
    m_settings->clear();
}

Workspace::WorkbenchSetup TstWorkbench::setup(const QProcessEnvironment &env) const
{
    Workspace::WorkbenchSetup setup;
    setup.environment = env;
    setup.historyFile = historyFile();
    setup.settings = m_settings.get();
    return setup;
}

QProcessEnvironment TstWorkbench::cleanEnv() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path()); // no ~/.databrickscfg there
    return env;
}

QString TstWorkbench::historyFile() const
{
    return m_home.filePath(
        QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TstWorkbench::environmentConnectionIsUsed()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("DATABRICKS_HOST"), m_gateway.url().toString());
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("dapi-workbench-0123456789"));
    Workspace::Workbench workbench(setup(env));
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    QSignalSpy welcome(&workbench, &Workspace::Workbench::welcomeNeeded);
    workbench.start();
    QVERIFY(workbench.hasConnection());
    QCOMPARE(workbench.connection().kind, Core::Connection::Kind::Databricks);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(welcome.size(), 0);
    QVERIFY(workbench.models().size() >= 7);
    QCOMPARE(workbench.defaultModel(), QStringLiteral("demo-echo"));
    QVERIFY(!workbench.isSimulated());
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
    // The model listing shows up in the request log too, and so does the ask for Unity AI
    // Gateway's model services (this workspace has none: 404, and the list is the endpoints).
    QCOMPARE(workbench.log()->count(), 2);
    QCOMPARE(workbench.log()->exchangeAt(1).status, 404);
    QCOMPARE(workbench.models().size(), Sim::DemoModels::endpoints().size());
}

void TstWorkbench::welcomeWithoutAnything()
{
    Workspace::Workbench workbench(setup(cleanEnv()));
    QSignalSpy welcome(&workbench, &Workspace::Workbench::welcomeNeeded);
    workbench.start();
    QCOMPARE(welcome.size(), 1);
    QVERIFY(welcome.first().first().toStringList().isEmpty());
    QVERIFY(!workbench.hasConnection());
}

void TstWorkbench::welcomeOffersDatabricksCfgProfiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cfg"));
    QFile cfg(path);
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(QByteArray("[dev]\nhost = " + m_gateway.url().toEncoded()
                         + "\ntoken = dapi-cfg-0123456789abcd\n"));
    cfg.close();
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), path);
    Workspace::Workbench workbench(setup(env));
    QSignalSpy welcome(&workbench, &Workspace::Workbench::welcomeNeeded);
    workbench.start();
    QCOMPARE(welcome.size(), 1);
    QCOMPARE(welcome.first().first().toStringList(), QStringList{QStringLiteral("dev")});
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.useDatabricksProfile(QStringLiteral("dev"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(workbench.connectionLabel(), QStringLiteral("dev"));
}

// A ~/.databrickscfg profile of a service principal: the app's requests get their token from
// the sign-in (the client-credentials grant), not from a token the profile does not have.
void TstWorkbench::servicePrincipalProfileSignsIn()
{
    m_gateway.oauth().addServicePrincipal(QStringLiteral("sp-app"),
                                          QStringLiteral("sp-app-secret-0123456789"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cfg"));
    QFile cfg(path);
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(QByteArray("[sp]\nhost = " + m_gateway.url().toEncoded()
                         + "\nclient_id = sp-app\nclient_secret = sp-app-secret-0123456789\n"));
    cfg.close();
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), path);
    Workspace::Workbench workbench(setup(env));
    const int before = m_gateway.oauth().counts().clientCredentialGrants;
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.useDatabricksProfile(QStringLiteral("sp"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_gateway.oauth().counts().clientCredentialGrants, before + 1);
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
}

void TstWorkbench::demoGatewayStartsAndListsModels()
{
    Workspace::Workbench workbench(setup(cleanEnv()));
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.startDemo();
    QVERIFY(loaded.wait(10000));
    QVERIFY(workbench.isSimulated());
    QVERIFY(workbench.connectionLabel().contains(QStringLiteral("simulated")));
    QCOMPARE(workbench.connection().baseUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(workbench.defaultModel(), QStringLiteral("demo-echo"));

    Core::ChatSettings settings;
    settings.model = workbench.defaultModel();
    QVERIFY(workbench.session()->send(QStringLiteral("demo works"), settings));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.session()->isBusy(), 10000);
    QCOMPARE(workbench.session()->turns().last().message.text(),
             QStringLiteral("You said: demo works"));
}

void TstWorkbench::resendLogsTheExchange()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("OPENAI_BASE_URL"),
               m_gateway.url().toString() + QStringLiteral("/v1"));
    Workspace::Workbench workbench(setup(env));
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.start();
    QVERIFY(loaded.wait(10000));
    Core::HttpRequest request;
    request.url = QUrl(m_gateway.url().toString() + QStringLiteral("/v1/chat/completions"));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body
        = R"({"model":"demo-echo","messages":[{"role":"user","content":"edited by hand"}]})";
    QSignalSpy finished(&workbench, &Workspace::Workbench::resendFinished);
    workbench.resend(request);
    QVERIFY(finished.wait(10000));
    const Net::Exchange *exchange
        = workbench.log()->exchangeById(finished.first().first().toULongLong());
    QVERIFY(exchange);
    QCOMPARE(exchange->status, 200);
    QVERIFY(exchange->responseBody.contains("You said: edited by hand"));
    QCOMPARE(workbench.log()->conversationOf(finished.first().first().toULongLong()), QString());
    // Made by hand, it belongs to no conversation: the reply stays in the inspector.
    QVERIFY(workbench.session()->turns().isEmpty());
}

void TstWorkbench::resendReplyJoinsOnlyItsOwnConversation()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("OPENAI_BASE_URL"),
               m_gateway.url().toString() + QStringLiteral("/v1"));
    Workspace::Workbench workbench(setup(env));
    QSignalSpy loaded(&workbench, &Workspace::Workbench::modelsLoaded);
    workbench.start();
    QVERIFY(loaded.wait(10000));
    Engine::ChatSession *session = workbench.session();
    Engine::ExchangeLog *log = workbench.log();
    Workspace::HistoryKeeper *history = workbench.history();
    Core::ChatSettings settings;
    settings.model = QStringLiteral("demo-echo");

    // Chat B, then chat A, which stays open.
    QVERIFY(session->send(QStringLiteral("about bravo"), settings));
    QTRY_VERIFY(!session->isBusy());
    const QString keyB = history->currentKey();
    const quint64 fromB = session->exchangeIds(1).last();
    history->startNew();
    QVERIFY(session->send(QStringLiteral("about alpha"), settings));
    QTRY_VERIFY(!session->isBusy());
    const QString keyA = history->currentKey();
    QVERIFY(!keyA.isEmpty() && !keyB.isEmpty() && keyA != keyB);
    const quint64 fromA = session->exchangeIds(1).last();
    QCOMPARE(log->conversationOf(fromA), keyA);
    QCOMPARE(log->conversationOf(fromB), keyB);

    // B's exchange resent while A is open: the inspector has the answer, A gains nothing.
    QSignalSpy finished(&workbench, &Workspace::Workbench::resendFinished);
    const int logged = log->count();
    workbench.resend(log->exchangeById(fromB)->request, fromB);
    QVERIFY(finished.wait(10000));
    const quint64 resent = finished.last().first().toULongLong();
    QCOMPARE(log->count(), logged + 1);
    QCOMPARE(log->stateAt(log->rowForId(resent)), Engine::ExchangeLog::State::Done);
    QCOMPARE(log->exchangeById(resent)->status, 200);
    QVERIFY(log->exchangeById(resent)->responseBody.contains("bravo")); // a stream, word by word
    QCOMPARE(log->conversationOf(resent), keyB);
    QCOMPARE(session->turns().size(), 2);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: about alpha"));

    // Nor did the history: both chats read back as they were.
    QSignalSpy opened(history, &Workspace::HistoryKeeper::opened);
    history->open(keyB);
    QVERIFY(opened.wait(10000));
    QCOMPARE(session->turns().size(), 2);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: about bravo"));
    history->open(keyA);
    QVERIFY(opened.wait(10000));
    QCOMPARE(history->currentKey(), keyA);
    QCOMPARE(session->turns().size(), 2);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: about alpha"));

    // A's own exchange resent while A is open: the answer joins A.
    workbench.resend(log->exchangeById(fromA)->request, fromA);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(session->turns().size(), 3);
    const Core::Turn &turn = session->turns().last();
    QCOMPARE(turn.message.text(), QStringLiteral("You said: about alpha"));
    QCOMPARE(turn.model, QStringLiteral("demo-echo"));
    QCOMPARE(session->exchangeIds(2), QList<quint64>{finished.last().first().toULongLong()});
}

void TstWorkbench::modelErrorsAreReported()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    Workspace::Workbench workbench(setup(env));
    QSignalSpy failed(&workbench, &Workspace::Workbench::modelsFailed);
    workbench.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Core::ApiError>().kind, Core::ApiError::Kind::Network);
}

QTEST_MAIN(TstWorkbench)
#include "tst_workbench.moc"
