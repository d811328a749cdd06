// ModelsCall over real loopback sockets against the simulated gateway: the serving endpoints,
// and on an AI Gateway route the Unity AI Gateway model services merged in under both names,
// over several pages, and left out without fuss where a workspace does not have them.
#include "engine/chatcall.h"
#include "engine/modelscall.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/demomodels.h"
#include "sim/simulatedgateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

class TstModelsCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void endpointsAlone();
    void servicesMergedOnTheAiGateway();
    void servicesOverSeveralPages();
    void workspaceWithoutServices();
    void notAskedWhereTheRouteTakesEndpointNames();
    void aServiceNameAnswersOnTheAiGatewayOnly();

private:
    struct Listed
    {
        QList<Core::ModelInfo> models;
        QString note;
        bool failed = false;
        int servicePages = 0;
    };
    Listed list(const Core::Connection &connection, bool services);
    int serviceRequests() const;

    Sim::SimulatedGateway m_gateway;
    Net::GatewayClient m_client;
    Core::Connection m_connection;
};

void TstModelsCall::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway.url();
    m_connection.timeoutSeconds = 10;
    m_gateway.setModelServices(true);
}

void TstModelsCall::cleanup()
{
    m_gateway.setModelServices(true);
    m_gateway.clearRequests();
}

TstModelsCall::Listed TstModelsCall::list(const Core::Connection &connection, bool services)
{
    Listed listed;
    Engine::ModelsCall call(&m_client, connection, QStringLiteral("dapi-models-token"));
    call.setModelServices(services);
    connect(&call, &Engine::ModelsCall::callStarted, this, [&listed] { ++listed.servicePages; });
    QSignalSpy finished(&call, &Engine::ModelsCall::finished);
    call.start();
    if (!finished.wait(10000)) {
        listed.failed = true;
        return listed;
    }
    listed.failed = call.error().has_value();
    listed.models = call.models();
    listed.note = call.modelServicesNote();
    // Every request made is there for the inspector: the endpoints and each page.
    if (call.gatewayCalls().size() != 1 + listed.servicePages)
        listed.failed = true;
    return listed;
}

int TstModelsCall::serviceRequests() const
{
    int count = 0;
    for (const Sim::RecordedRequest &r : m_gateway.requests())
        count += r.path.startsWith(u"/api/2.1/unity-catalog/model-services");
    return count;
}

void TstModelsCall::endpointsAlone()
{
    // What the CLI's `models` asks for: its output is a contract, endpoints only.
    const Listed listed = list(m_connection, false);
    QVERIFY(!listed.failed);
    QCOMPARE(listed.models.size(), Sim::DemoModels::endpoints().size());
    QCOMPARE(listed.models.first().name, Sim::DemoModels::endpoints().first().name);
    QCOMPARE(serviceRequests(), 0);
}

void TstModelsCall::servicesMergedOnTheAiGateway()
{
    const Listed listed = list(m_connection, true); // the default route is the AI Gateway
    QVERIFY(!listed.failed);
    QVERIFY(listed.note.isEmpty());
    QCOMPARE(listed.servicePages, 1);
    QCOMPARE(serviceRequests(), 1);
    QStringList names;
    for (const Core::ModelInfo &m : listed.models)
        names << m.name;
    // Each chat model once, under its service name with the endpoint name beside it.
    for (const QString &chat : Sim::DemoModels::chatModels()) {
        const qsizetype at = names.indexOf(u"system.ai." + chat);
        QVERIFY2(at >= 0, qPrintable(chat));
        QCOMPARE(listed.models.at(at).alias, chat);
        QVERIFY(!names.contains(chat));
    }
    // A team's service, with no endpoint of its name, and the endpoints no service names.
    const qsizetype team = names.indexOf(u"main.support.answer-bot"_qs);
    QVERIFY(team >= 0);
    QVERIFY(listed.models.at(team).alias.isEmpty());
    QCOMPARE(listed.models.at(team).description, u"The support team's governed chat model."_qs);
    QVERIFY(names.contains(u"demo-embeddings"_qs));
    QCOMPARE(names.size(), Sim::DemoModels::endpoints().size() + 1);
}

void TstModelsCall::servicesOverSeveralPages()
{
    m_gateway.setModelServices(true, 2);
    const Listed listed = list(m_connection, true);
    QVERIFY(!listed.failed);
    const int services = int(Sim::DemoModels::services().size());
    QCOMPARE(listed.servicePages, (services + 1) / 2);
    QCOMPARE(serviceRequests(), (services + 1) / 2);
    int joined = 0;
    for (const Core::ModelInfo &m : listed.models)
        joined += !m.alias.isEmpty();
    QCOMPARE(joined, Sim::DemoModels::chatModels().size());
}

void TstModelsCall::workspaceWithoutServices()
{
    m_gateway.setModelServices(false);
    const Listed listed = list(m_connection, true);
    QVERIFY(!listed.failed); // not an error: the endpoints are all there is
    QVERIFY2(listed.note.contains(u"not enabled"), qPrintable(listed.note));
    QCOMPARE(listed.models.size(), Sim::DemoModels::endpoints().size());
    for (const Core::ModelInfo &m : listed.models)
        QVERIFY(m.alias.isEmpty());
}

void TstModelsCall::notAskedWhereTheRouteTakesEndpointNames()
{
    Core::Connection serving = m_connection;
    serving.gatewayPath = QStringLiteral("/serving-endpoints");
    QVERIFY(!list(serving, true).failed);
    Core::Connection openai;
    openai.kind = Core::Connection::Kind::OpenAiCompatible;
    openai.baseUrl = QUrl(m_gateway.url().toString() + u"/v1"_qs);
    QVERIFY(!list(openai, true).failed);
    QCOMPARE(serviceRequests(), 0);
}

void TstModelsCall::aServiceNameAnswersOnTheAiGatewayOnly()
{
    const auto ask = [this](const Core::Connection &connection, Core::ApiKind api) {
        Engine::ChatRequest request;
        request.api = api;
        request.model = QStringLiteral("system.ai.demo-echo");
        request.conversation = Core::Conversation::singleTurn(QStringLiteral("routed"));
        Engine::ChatCall call(&m_client, connection, QStringLiteral("dapi-models-token"), request);
        QSignalSpy finished(&call, &Engine::ChatCall::finished);
        call.start();
        if (!finished.wait(10000))
            return QStringLiteral("(no answer)");
        return call.error() ? u"error " + QString::number(call.error()->httpStatus)
                            : call.reply().text();
    };
    QVERIFY(ask(m_connection, Core::ApiKind::ChatCompletions).contains(u"routed"));
    QVERIFY(ask(m_connection, Core::ApiKind::Responses).contains(u"routed"));
    Core::Connection serving = m_connection;
    serving.gatewayPath = QStringLiteral("/serving-endpoints");
    QCOMPARE(ask(serving, Core::ApiKind::ChatCompletions), u"error 404"_qs);
    QCOMPARE(ask(m_connection, Core::ApiKind::Invocations), u"error 404"_qs);
}

QTEST_GUILESS_MAIN(TstModelsCall)
#include "tst_modelscall.moc"
