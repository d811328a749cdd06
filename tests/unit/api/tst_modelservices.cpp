// Unity AI Gateway model services: the Unity Catalog listing parsed (hostile pages too), merged
// with the serving endpoints under both names, and which names fit which route.
#include "api/modelservices.h"
#include "core/modelroute.h"

#include <QTest>
#include <QUrlQuery>

using namespace Parlance;
using Core::ModelInfo;

class TstModelServices : public QObject
{
    Q_OBJECT

private slots:
    void parsesAPage_data();
    void parsesAPage();
    void urlCarriesThePageToken();
    void mergeJoinsSystemServicesWithTheirEndpoints();
    void routeFit_data();
    void routeFit();
};

namespace {

ModelInfo endpoint(const QString &name, const QString &task = QStringLiteral("llm/v1/chat"))
{
    ModelInfo info;
    info.name = name;
    info.task = task;
    info.state = QStringLiteral("READY");
    info.description = name + u" endpoint";
    return info;
}

ModelInfo service(const QString &name, const QString &comment = {})
{
    ModelInfo info;
    info.name = name;
    info.description = comment;
    return info;
}

} // namespace

void TstModelServices::parsesAPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("next");

    QTest::newRow("documented shape")
        << QByteArray(R"({"model_services":[{"name":"model-services/system.ai.claude-sonnet-4-5",)"
                      R"("owner":"System user","comment":"","supported_api_types":["x"]},)"
                      R"({"name":"model-services/main.team.bot","comment":"ours"}],)"
                      R"("next_page_token":"abc"})")
        << true << QStringList{u"system.ai.claude-sonnet-4-5"_qs, u"main.team.bot"_qs} << u"abc"_qs;
    QTest::newRow("name without the resource prefix")
        << QByteArray(R"({"model_services":[{"name":"system.ai.gpt-5"}]})") << true
        << QStringList{u"system.ai.gpt-5"_qs} << QString();
    QTest::newRow("empty last page") << QByteArray("{}") << true << QStringList() << QString();
    QTest::newRow("entries without a name are skipped")
        << QByteArray(R"({"model_services":[{"comment":"x"},42,{"name":""},{"name":"a.b.c"}]})")
        << true << QStringList{u"a.b.c"_qs} << QString();
    QTest::newRow("not json") << QByteArray("<html>502</html>") << false << QStringList()
                              << QString();
    QTest::newRow("array, not object") << QByteArray("[]") << false << QStringList() << QString();
    QTest::newRow("list of wrong type") << QByteArray(R"({"model_services":{"name":"a.b.c"}})")
                                        << false << QStringList() << QString();
    QTest::newRow("token of wrong type")
        << QByteArray(R"({"model_services":[],"next_page_token":7})") << false << QStringList()
        << QString();
    QTest::newRow("truncated") << QByteArray(R"({"model_services":[{"name":"a.b)") << false
                               << QStringList() << QString();
}

void TstModelServices::parsesAPage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, names);
    QFETCH(QString, next);
    QList<ModelInfo> services{service(u"left.over.x"_qs)};
    QString token = u"stale"_qs;
    QCOMPARE(Api::parseModelServiceList(body, &services, &token), ok);
    if (!ok)
        return;
    QStringList parsed;
    for (const ModelInfo &s : services)
        parsed << s.name;
    QCOMPARE(parsed, names);
    QCOMPARE(token, next);
    if (QTest::currentDataTag() == QByteArrayView("documented shape"))
        QCOMPARE(services.at(1).description, u"ours"_qs);
}

void TstModelServices::urlCarriesThePageToken()
{
    Core::Connection connection;
    connection.host = QUrl(u"https://adb-1.azuredatabricks.net/"_qs);
    const QUrl first = Api::modelServicesUrl(connection);
    QCOMPARE(first.path(), u"/api/2.1/unity-catalog/model-services"_qs);
    QCOMPARE(QUrlQuery(first).queryItemValue(u"page_size"_qs), u"1000"_qs);
    QVERIFY(!QUrlQuery(first).hasQueryItem(u"page_token"_qs));
    // An opaque token may hold anything; it must come back to the server as it was.
    const QString token = u"a+b/c=&d e"_qs;
    const QUrl next = Api::modelServicesUrl(connection, token);
    QCOMPARE(QUrlQuery(next).queryItemValue(u"page_token"_qs, QUrl::FullyDecoded), token);
}

void TstModelServices::mergeJoinsSystemServicesWithTheirEndpoints()
{
    const QList<ModelInfo> endpoints{
        endpoint(u"databricks-claude-sonnet-4-5"_qs),
        endpoint(u"my-rag-agent"_qs, u"agent/v1/responses"_qs),
        endpoint(u"databricks-gte-large-en"_qs, u"llm/v1/embeddings"_qs), endpoint(u"bot"_qs)};
    const QList<ModelInfo> services{service(u"system.ai.claude-sonnet-4-5"_qs),
                                    service(u"system.ai.databricks-gte-large-en"_qs, u"GTE"_qs),
                                    service(u"main.team.bot"_qs, u"ours"_qs),
                                    service(u"system.ai.gpt-5"_qs)};
    const QList<ModelInfo> merged = Api::mergeModelServices(endpoints, services);
    QStringList names;
    for (const ModelInfo &m : merged)
        names << m.name;
    // Services first; a joined endpoint is not listed again; a team's service is never joined
    // by its last part (its "bot" endpoint may be anything).
    QCOMPARE(names, (QStringList{u"system.ai.claude-sonnet-4-5"_qs,
                                 u"system.ai.databricks-gte-large-en"_qs, u"main.team.bot"_qs,
                                 u"system.ai.gpt-5"_qs, u"my-rag-agent"_qs, u"bot"_qs}));
    QCOMPARE(merged.at(0).alias, u"databricks-claude-sonnet-4-5"_qs);
    QCOMPARE(merged.at(0).task, u"llm/v1/chat"_qs);
    QCOMPARE(merged.at(0).state, u"READY"_qs);
    QCOMPARE(merged.at(0).description, u"databricks-claude-sonnet-4-5 endpoint"_qs);
    QCOMPARE(merged.at(1).alias, u"databricks-gte-large-en"_qs);
    QCOMPARE(merged.at(1).task, u"llm/v1/embeddings"_qs);
    QCOMPARE(merged.at(1).description, u"GTE"_qs); // its own comment wins
    QVERIFY(merged.at(2).alias.isEmpty());
    QVERIFY(merged.at(3).alias.isEmpty()); // no such endpoint in this workspace
    QVERIFY(merged.at(3).task.isEmpty());  // unknown, so still offered as a chat model
    QVERIFY(merged.at(3).isChat());
    QCOMPARE(Api::mergeModelServices(endpoints, {}), endpoints);
}

void TstModelServices::routeFit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("gatewayPath");
    QTest::addColumn<int>("api");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("fit");

    const int databricks = int(Core::Connection::Kind::Databricks);
    const int openai = int(Core::Connection::Kind::OpenAiCompatible);
    const int chat = int(Core::ApiKind::ChatCompletions);
    const int responses = int(Core::ApiKind::Responses);
    const int invocations = int(Core::ApiKind::Invocations);
    const int fits = int(Core::ModelRouteFit::Fits);
    const int gateway = int(Core::ModelRouteFit::ServiceNameNeedsGateway);
    const int invocation = int(Core::ModelRouteFit::ServiceNameWithInvocations);
    const QString service = u"system.ai.claude-sonnet-4-5"_qs;

    QTest::newRow("service on the AI Gateway")
        << databricks << u"/ai-gateway/mlflow/v1"_qs << chat << service << fits;
    QTest::newRow("service on the default path")
        << databricks << QString() << responses << service << fits;
    QTest::newRow("service on the OpenAI-style gateway")
        << databricks << u"/ai-gateway/openai/v1"_qs << chat << service << fits;
    QTest::newRow("service on /serving-endpoints")
        << databricks << u"/serving-endpoints"_qs << chat << service << gateway;
    QTest::newRow("service with invocations")
        << databricks << u"/ai-gateway/mlflow/v1"_qs << invocations << service << invocation;
    QTest::newRow("endpoint on /serving-endpoints")
        << databricks << u"/serving-endpoints"_qs << chat << u"databricks-claude-sonnet-4-5"_qs
        << fits;
    QTest::newRow("endpoint with invocations")
        << databricks << QString() << invocations << u"databricks-claude-sonnet-4-5"_qs << fits;
    QTest::newRow("two parts is no service")
        << databricks << u"/serving-endpoints"_qs << chat << u"ai.model"_qs << fits;
    QTest::newRow("four parts is no service")
        << databricks << u"/serving-endpoints"_qs << chat << u"a.b.c.d"_qs << fits;
    QTest::newRow("empty part is no service")
        << databricks << u"/serving-endpoints"_qs << chat << u"a..c"_qs << fits;
    QTest::newRow("openai names are the server's business")
        << openai << QString() << invocations << u"llama3.2.q4.gguf"_qs << fits;
    QTest::newRow("openai three parts")
        << openai << QString() << chat << u"org.team.model"_qs << fits;
}

void TstModelServices::routeFit()
{
    QFETCH(int, kind);
    QFETCH(QString, gatewayPath);
    QFETCH(int, api);
    QFETCH(QString, model);
    QFETCH(int, fit);
    Core::Connection connection;
    connection.kind = Core::Connection::Kind(kind);
    connection.host = QUrl(u"https://adb-1.azuredatabricks.net"_qs);
    connection.baseUrl = QUrl(u"http://127.0.0.1:8080/v1"_qs);
    connection.gatewayPath = gatewayPath;
    QCOMPARE(int(Core::modelRouteFit(connection, Core::ApiKind(api), model)), fit);
}

QTEST_GUILESS_MAIN(TstModelServices)
#include "tst_modelservices.moc"
