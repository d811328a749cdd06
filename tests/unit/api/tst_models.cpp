#include "api/models.h"
#include "support/testdata.h"

#include <QTest>

using namespace Parlance;
using Core::ModelInfo;

Q_DECLARE_METATYPE(ModelInfo)

namespace {

using Parlance::Testing::readExample;

ModelInfo model(const char *name, const char *task, const char *state, const char *ownedBy,
                const char *description)
{
    return ModelInfo{QString::fromUtf8(name),        QString::fromUtf8(task),
                     QString::fromUtf8(state),       QString::fromUtf8(ownedBy),
                     QString::fromUtf8(description), {}};
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void parseModelList_data();
    void parseModelList();
    void databricksListExample();
    void rejectsOtherBodies_data();
    void rejectsOtherBodies();
    void failureLeavesListAlone();
    void servingEndpointExample();
    void isChat_data();
    void isChat();
    void listRequest();
};

void tst_Models::parseModelList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<ModelInfo>>("expected");

    QTest::newRow("openai") << QByteArray(R"({"object":"list","data":[
            {"id":"gpt-4o","object":"model","created":1686935002,"owned_by":"openai"},
            {"id":"text-embedding-3-small","object":"model","created":1,"owned_by":"system"}]})")
                            << QList<ModelInfo>{
                                   model("gpt-4o", "", "", "openai", ""),
                                   model("text-embedding-3-small", "", "", "system", "")};
    QTest::newRow("databricks")
        << QByteArray(R"({"endpoints":[
            {"name":"databricks-claude-sonnet-4-5","task":"llm/v1/chat","state":{"ready":"READY",
             "config_update":"NOT_UPDATING"},"config":{"served_entities":[{"name":"e",
             "foundation_model":{"name":"claude","display_name":"Claude Sonnet 4.5",
             "description":"Hybrid reasoning model"}}]}},
            {"name":"gte","task":"llm/v1/embeddings","state":{"ready":"NOT_READY"},
             "description":"team embeddings"},
            {"name":"agent","task":"agent/v1/responses","config":{"served_entities":[
             {"foundation_model":{"display_name":"Only a name"}}]}},
            {"name":"ext","state":{"ready":"READY"},"config":{"served_entities":[{"external_model":
             {"provider":"openai","name":"gpt-4o","task":"llm/v1/chat"}}]}},
            {"task":"llm/v1/chat"},
            "not an object",
            {"name":42}]})")
        << QList<ModelInfo>{model("databricks-claude-sonnet-4-5", "llm/v1/chat", "READY", "",
                                  "Claude Sonnet 4.5: Hybrid reasoning model"),
                            model("gte", "llm/v1/embeddings", "NOT_READY", "", "team embeddings"),
                            model("agent", "agent/v1/responses", "", "", "Only a name"),
                            model("ext", "llm/v1/chat", "READY", "", "openai/gpt-4o")};
    QTest::newRow("ollama native")
        << QByteArray(R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest",
            "size":2019393189,"details":{"format":"gguf","family":"llama",
            "parameter_size":"3.2B","quantization_level":"Q4_K_M"}},{"model":"qwen3:8b"}]})")
        << QList<ModelInfo>{model("llama3.2:latest", "", "", "", "llama 3.2B Q4_K_M"),
                            model("qwen3:8b", "", "", "", "")};
    QTest::newRow("llama.cpp sends both lists: data wins")
        << QByteArray(R"({"models":[{"name":"model.gguf","model":"model.gguf"}],
            "object":"list","data":[{"id":"model.gguf","object":"model","owned_by":"llamacpp"}]})")
        << QList<ModelInfo>{model("model.gguf", "", "", "llamacpp", "")};
    QTest::newRow("databricks with no endpoints") << QByteArray("{}") << QList<ModelInfo>{};
    QTest::newRow("empty list") << QByteArray(R"({"object":"list","data":[]})")
                                << QList<ModelInfo>{};
    QTest::newRow("wrong types skipped")
        << QByteArray(R"({"data":[{"id":7},{"id":"ok","owned_by":3},null,[]]})")
        << QList<ModelInfo>{model("ok", "", "", "", "")};
}

void tst_Models::parseModelList()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<ModelInfo>, expected);
    QList<ModelInfo> models{model("stale", "", "", "", "")};
    QVERIFY(Api::parseModelList(body, &models));
    QCOMPARE(models.size(), expected.size());
    for (qsizetype i = 0; i < models.size(); ++i) {
        QCOMPARE(models.at(i).name, expected.at(i).name);
        QCOMPARE(models.at(i).task, expected.at(i).task);
        QCOMPARE(models.at(i).state, expected.at(i).state);
        QCOMPARE(models.at(i).ownedBy, expected.at(i).ownedBy);
        QCOMPARE(models.at(i).description, expected.at(i).description);
    }
    QVERIFY(models == expected);
}

void tst_Models::databricksListExample()
{
    QList<ModelInfo> models;
    QVERIFY(Api::parseModelList(readExample(QStringLiteral("databricks_list_endpoints.json")),
                                &models));
    QCOMPARE(models.size(), 1);
    const ModelInfo &m = models.first();
    QCOMPARE(m.name, QStringLiteral("feed-ads"));
    QCOMPARE(m.task, QStringLiteral("model-serving-task"));
    QCOMPARE(m.state, QStringLiteral("READY"));
    QCOMPARE(m.description, QStringLiteral("string")); // the doc sample's placeholder
    QVERIFY(m.ownedBy.isEmpty());
    QVERIFY(!m.isChat());
}

void tst_Models::rejectsOtherBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>502</html>");
    QTest::newRow("array") << QByteArray(R"([{"id":"gpt-4o"}])");
    QTest::newRow("other object") << QByteArray(R"({"error":{"message":"nope"}})");
    QTest::newRow("data not a list") << QByteArray(R"({"data":{"id":"x"}})");
    QTest::newRow("endpoints not a list") << QByteArray(R"({"endpoints":"x"})");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"x"})");
}

void tst_Models::rejectsOtherBodies()
{
    QFETCH(QByteArray, body);
    QList<ModelInfo> models;
    QVERIFY(!Api::parseModelList(body, &models));
}

void tst_Models::failureLeavesListAlone()
{
    QList<ModelInfo> models{model("kept", "", "", "", "")};
    QVERIFY(!Api::parseModelList(QByteArray("nonsense"), &models));
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.first().name, QStringLiteral("kept"));
}

void tst_Models::servingEndpointExample()
{
    ModelInfo m;
    QVERIFY(
        Api::parseServingEndpoint(readExample(QStringLiteral("databricks_get_endpoint.json")), &m));
    QCOMPARE(m.name, QStringLiteral("feed-ads"));
    QCOMPARE(m.task, QStringLiteral("model-serving-task"));
    QCOMPARE(m.state, QStringLiteral("READY"));
    QCOMPARE(m.description, QStringLiteral("string"));
    QVERIFY(!Api::parseServingEndpoint(QByteArray(R"({"endpoints":[]})"), &m));
    QVERIFY(!Api::parseServingEndpoint(QByteArray("[]"), &m));
}

void tst_Models::isChat_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<bool>("chat");
    QTest::newRow("unknown") << QString() << true;
    QTest::newRow("llm/v1/chat") << QStringLiteral("llm/v1/chat") << true;
    QTest::newRow("agent/v2/chat") << QStringLiteral("agent/v2/chat") << true;
    QTest::newRow("agent/v1/responses") << QStringLiteral("agent/v1/responses") << true;
    QTest::newRow("embeddings") << QStringLiteral("llm/v1/embeddings") << false;
    QTest::newRow("completions") << QStringLiteral("llm/v1/completions") << false;
    QTest::newRow("placeholder") << QStringLiteral("model-serving-task") << false;
}

void tst_Models::isChat()
{
    QFETCH(QString, task);
    ModelInfo info;
    info.name = QStringLiteral("x");
    info.task = task;
    QTEST(info.isChat(), "chat");
}

void tst_Models::listRequest()
{
    const QUrl url(QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/serving-endpoints"));
    const Core::HttpRequest request = Api::buildListModelsRequest(url);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url, url);
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.streaming);
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
