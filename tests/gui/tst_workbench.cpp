// The services behind the window: first-run choice of connection, the demo gateway, model
// listing and resending a hand-edited request.
#include "app/historykeeper.h"
#include "app/workbench.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "sim/simulatedgateway.h"

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
    void demoGatewayStartsAndListsModels();
    void resendLogsTheExchange();
    void resendReplyJoinsOnlyItsOwnConversation();
    void modelErrorsAreReported();

private:
    QProcessEnvironment cleanEnv() const;
    // A history of this test function's own: the last conversation of another would reopen.
    QString historyFile() const;
    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_home;
};

void TstWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_gateway.listen());
}

void TstWorkbench::init()
{
    QSettings().clear(); // the connection one test used would be the next one's last used
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
    Ui::Workbench workbench(nullptr, env, historyFile());
    QSignalSpy loaded(&workbench, &Ui::Workbench::modelsLoaded);
    QSignalSpy welcome(&workbench, &Ui::Workbench::welcomeNeeded);
    workbench.start();
    QVERIFY(workbench.hasConnection());
    QCOMPARE(workbench.connection().kind, Core::Connection::Kind::Databricks);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(welcome.size(), 0);
    QVERIFY(workbench.models().size() >= 7);
    QCOMPARE(workbench.defaultModel(), QStringLiteral("demo-echo"));
    QVERIFY(!workbench.isSimulated());
    QCOMPARE(m_gateway.requests().last().authorizationScheme, QStringLiteral("Bearer"));
    // the model listing shows up in the request log too
    QCOMPARE(workbench.log()->rowCount(), 1);
}

void TstWorkbench::welcomeWithoutAnything()
{
    Ui::Workbench workbench(nullptr, cleanEnv(), historyFile());
    QSignalSpy welcome(&workbench, &Ui::Workbench::welcomeNeeded);
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
    Ui::Workbench workbench(nullptr, env, historyFile());
    QSignalSpy welcome(&workbench, &Ui::Workbench::welcomeNeeded);
    workbench.start();
    QCOMPARE(welcome.size(), 1);
    QCOMPARE(welcome.first().first().toStringList(), QStringList{QStringLiteral("dev")});
    QSignalSpy loaded(&workbench, &Ui::Workbench::modelsLoaded);
    workbench.useDatabricksProfile(QStringLiteral("dev"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(workbench.connectionLabel(), QStringLiteral("dev"));
}

void TstWorkbench::demoGatewayStartsAndListsModels()
{
    Ui::Workbench workbench(nullptr, cleanEnv(), historyFile());
    QSignalSpy loaded(&workbench, &Ui::Workbench::modelsLoaded);
    workbench.startDemo();
    QVERIFY(loaded.wait(10000));
    QVERIFY(workbench.isSimulated());
    QVERIFY(workbench.connectionLabel().contains(QStringLiteral("simulated")));
    QCOMPARE(workbench.connection().baseUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(workbench.defaultModel(), QStringLiteral("demo-echo"));

    Engine::ChatSettings settings;
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
    Ui::Workbench workbench(nullptr, env, historyFile());
    QSignalSpy loaded(&workbench, &Ui::Workbench::modelsLoaded);
    workbench.start();
    QVERIFY(loaded.wait(10000));
    Core::HttpRequest request;
    request.url = QUrl(m_gateway.url().toString() + QStringLiteral("/v1/chat/completions"));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body
        = R"({"model":"demo-echo","messages":[{"role":"user","content":"edited by hand"}]})";
    QSignalSpy finished(&workbench, &Ui::Workbench::resendFinished);
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
    Ui::Workbench workbench(nullptr, env, historyFile());
    QSignalSpy loaded(&workbench, &Ui::Workbench::modelsLoaded);
    workbench.start();
    QVERIFY(loaded.wait(10000));
    Engine::ChatSession *session = workbench.session();
    Engine::ExchangeLog *log = workbench.log();
    Ui::HistoryKeeper *history = workbench.history();
    Engine::ChatSettings settings;
    settings.model = QStringLiteral("demo-echo");

    // Chat B, then chat A, which stays open.
    QVERIFY(session->send(QStringLiteral("about bravo"), settings));
    QTRY_VERIFY(!session->isBusy());
    const QString keyB = history->currentKey();
    const quint64 fromB = session->turns().at(1).exchangeIds.last();
    history->startNew();
    QVERIFY(session->send(QStringLiteral("about alpha"), settings));
    QTRY_VERIFY(!session->isBusy());
    const QString keyA = history->currentKey();
    QVERIFY(!keyA.isEmpty() && !keyB.isEmpty() && keyA != keyB);
    const quint64 fromA = session->turns().at(1).exchangeIds.last();
    QCOMPARE(log->conversationOf(fromA), keyA);
    QCOMPARE(log->conversationOf(fromB), keyB);

    // B's exchange resent while A is open: the inspector has the answer, A gains nothing.
    QSignalSpy finished(&workbench, &Ui::Workbench::resendFinished);
    const int logged = log->rowCount();
    workbench.resend(log->exchangeById(fromB)->request, fromB);
    QVERIFY(finished.wait(10000));
    const quint64 resent = finished.last().first().toULongLong();
    QCOMPARE(log->rowCount(), logged + 1);
    QCOMPARE(log->stateAt(log->rowForId(resent)), Engine::ExchangeLog::State::Done);
    QCOMPARE(log->exchangeById(resent)->status, 200);
    QVERIFY(log->exchangeById(resent)->responseBody.contains("bravo")); // a stream, word by word
    QCOMPARE(log->conversationOf(resent), keyB);
    QCOMPARE(session->turns().size(), 2);
    QCOMPARE(session->turns().at(1).message.text(), QStringLiteral("You said: about alpha"));

    // Nor did the history: both chats read back as they were.
    QSignalSpy opened(history, &Ui::HistoryKeeper::opened);
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
    const Engine::Turn &turn = session->turns().last();
    QCOMPARE(turn.message.text(), QStringLiteral("You said: about alpha"));
    QCOMPARE(turn.model, QStringLiteral("demo-echo"));
    QCOMPARE(turn.exchangeIds, QList<quint64>{finished.last().first().toULongLong()});
}

void TstWorkbench::modelErrorsAreReported()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    Ui::Workbench workbench(nullptr, env, historyFile());
    QSignalSpy failed(&workbench, &Ui::Workbench::modelsFailed);
    workbench.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Core::ApiError>().kind, Core::ApiError::Kind::Network);
}

QTEST_MAIN(TstWorkbench)
#include "tst_workbench.moc"
