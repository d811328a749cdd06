#include "../core/hostilenumbers.h"
#include "api/sqlstatements.h"
#include "core/connection.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QUrlQuery>

#include <limits>

using namespace Parlance;

namespace {

using Parlance::Testing::readExample;

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

const QUrl kRestRoot(QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0"));

// One string per row, values joined with '|' and null shown as <null>: compact to compare.
QStringList rowsAsText(const QList<QList<QJsonValue>> &rows)
{
    QStringList out;
    for (const QList<QJsonValue> &row : rows) {
        QStringList cells;
        for (const QJsonValue &value : row)
            cells << (value.isNull() ? QStringLiteral("<null>") : value.toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Parlance::Core::GenerationParams)

class TestSqlStatements : public QObject
{
    Q_OBJECT

private slots:
    void aiQueryStatementText_data();
    void aiQueryStatementText();
    void numbersIgnoreTheLocale();

    void executeStatementRequest();
    void restRootFromConnection_data();
    void restRootFromConnection();
    void requestFieldsFollowTheExamples();
    void promptIsOnlyAParameter_data();
    void promptIsOnlyAParameter();
    void statementUrls_data();
    void statementUrls();

    void parseStatement_data();
    void parseStatement();
    void parseStatementRejects_data();
    void parseStatementRejects();
    void failedWithoutErrorDetails();
    void hostileNumbersAreAbsent_data();
    void hostileNumbersAreAbsent();

    void parseResultChunk();
    void parseWarehouses();
    void parseWarehousesRejects_data();
    void parseWarehousesRejects();
};

void TestSqlStatements::aiQueryStatementText_data()
{
    QTest::addColumn<Core::GenerationParams>("params");
    QTest::addColumn<QString>("statement");

    const QString plain = QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS response");
    QTest::newRow("no parameters") << Core::GenerationParams() << plain;

    Core::GenerationParams all;
    all.maxTokens = 100;
    all.temperature = 0.5;
    all.topP = 0.9;
    QTest::newRow("all") << all
                         << QStringLiteral(
                                "SELECT ai_query(:endpoint, :prompt, modelParameters => "
                                "named_struct('max_tokens', 100, 'temperature', 0.5, 'top_p', "
                                "0.9)) AS response");

    Core::GenerationParams maxOnly;
    maxOnly.maxTokens = 4096;
    QTest::newRow("max tokens only")
        << maxOnly
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => "
                          "named_struct('max_tokens', 4096)) AS response");

    Core::GenerationParams wholeTemperature;
    wholeTemperature.temperature = 1.0;
    QTest::newRow("whole temperature stays a DOUBLE")
        << wholeTemperature
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => "
                          "named_struct('temperature', 1.0)) AS response");

    Core::GenerationParams zero;
    zero.temperature = 0.0;
    zero.topP = 1e-5;
    QTest::newRow("zero and tiny")
        << zero
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => "
                          "named_struct('temperature', 0.0, 'top_p', 1e-05)) AS response");

    Core::GenerationParams notFinite;
    notFinite.temperature = std::numeric_limits<double>::quiet_NaN();
    notFinite.topP = std::numeric_limits<double>::infinity();
    QTest::newRow("not finite numbers are left out") << notFinite << plain;

    // No system field in ai_query; stop and extra would be user text spliced into SQL.
    Core::GenerationParams textual;
    textual.systemPrompt = QStringLiteral("You are a pirate'); DROP TABLE t; --");
    textual.stop = {QStringLiteral("END'")};
    textual.extra = QJsonObject{{QStringLiteral("reasoning_effort"), QStringLiteral("low'")}};
    QTest::newRow("system prompt, stop and extra are left out") << textual << plain;
}

void TestSqlStatements::aiQueryStatementText()
{
    QFETCH(Core::GenerationParams, params);
    QFETCH(QString, statement);
    QCOMPARE(Api::aiQueryStatement(params), statement);
}

void TestSqlStatements::numbersIgnoreTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Core::GenerationParams params;
    params.maxTokens = 12000;
    params.temperature = 0.75;
    const QString statement = Api::aiQueryStatement(params);
    QLocale::setDefault(previous);
    QCOMPARE(statement, QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => "
                                       "named_struct('max_tokens', 12000, 'temperature', 0.75)) "
                                       "AS response"));
}

void TestSqlStatements::executeStatementRequest()
{
    const Core::HttpRequest request = Api::buildExecuteStatementRequest(
        kRestRoot, QStringLiteral("abcdef0123456789"), QStringLiteral("SELECT 1"));
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.url.toString(),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/statements"));
    QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
    QVERIFY(!request.streaming);
    QVERIFY(!request.body.contains('\n'));
    const QJsonObject expected{{QStringLiteral("statement"), QStringLiteral("SELECT 1")},
                               {QStringLiteral("warehouse_id"), QStringLiteral("abcdef0123456789")},
                               {QStringLiteral("wait_timeout"), QStringLiteral("10s")},
                               {QStringLiteral("on_wait_timeout"), QStringLiteral("CONTINUE")},
                               {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
                               {QStringLiteral("disposition"), QStringLiteral("INLINE")}};
    QCOMPARE(jsonObject(request.body), expected); // no "parameters" when there are none

    const Core::HttpRequest withParams = Api::buildExecuteStatementRequest(
        kRestRoot, QStringLiteral("w"), QStringLiteral("SELECT :a, :b"),
        {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QString()}});
    QCOMPARE(
        jsonObject(withParams.body).value(QLatin1StringView("parameters")),
        QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                          {QStringLiteral("value"), QStringLiteral("1")},
                                          {QStringLiteral("type"), QStringLiteral("STRING")}},
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("b")},
                                          {QStringLiteral("value"), QString()},
                                          {QStringLiteral("type"), QStringLiteral("STRING")}}}));
}

void TestSqlStatements::restRootFromConnection_data()
{
    QTest::addColumn<QUrl>("restRoot");
    Core::Connection connection;
    connection.host = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net"));
    QTest::newRow("Connection::restUrl") << connection.restUrl(QString());
    QTest::newRow("trailing slash")
        << QUrl(QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/"));
    QTest::newRow("plain") << kRestRoot;
}

void TestSqlStatements::restRootFromConnection()
{
    QFETCH(QUrl, restRoot);
    QCOMPARE(Api::buildExecuteStatementRequest(restRoot, QStringLiteral("w"), QStringLiteral("x"))
                 .url.toString(),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/statements"));
    QCOMPARE(Api::buildListWarehousesRequest(restRoot).url.toString(),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/warehouses"));
}

// The field names and shapes we send are those of the documented request samples.
void TestSqlStatements::requestFieldsFollowTheExamples()
{
    const QJsonObject async
        = jsonObject(readExample(QStringLiteral("sql_statement_request_async.json")));
    const QJsonObject paramsExample
        = jsonObject(readExample(QStringLiteral("sql_statement_request_params.json")));
    QVERIFY(!async.isEmpty());
    QVERIFY(!paramsExample.isEmpty());

    const QJsonObject ours
        = jsonObject(Api::buildAiQueryRequest(kRestRoot, QStringLiteral("abcdef0123456789"),
                                              QStringLiteral("databricks-claude-sonnet-4-5"),
                                              QStringLiteral("Hello"), Core::GenerationParams())
                         .body);
    for (auto it = async.constBegin(); it != async.constEnd(); ++it) {
        QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(ours.value(it.key()).type(), it.value().type());
    }
    QCOMPARE(ours.value(QLatin1StringView("warehouse_id")),
             async.value(QLatin1StringView("warehouse_id")));

    const QJsonObject documented = paramsExample.value(QLatin1StringView("parameters"))
                                       .toArray()
                                       .at(1)
                                       .toObject(); // {name, value, type}
    const QJsonArray parameters = ours.value(QLatin1StringView("parameters")).toArray();
    QCOMPARE(parameters.size(), 2);
    for (const QJsonValue &parameter : parameters)
        QCOMPARE(parameter.toObject().keys(), documented.keys());
}

void TestSqlStatements::promptIsOnlyAParameter_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("prompt");

    const QString endpoint = QStringLiteral("databricks-meta-llama-3-3-70b-instruct");
    QTest::newRow("quotes") << endpoint << QStringLiteral("It's \"quoted\" and 'single'");
    QTest::newRow("backslashes") << endpoint << QStringLiteral("C:\\path\\to\\file \\' \\\\");
    QTest::newRow("injection") << endpoint << QStringLiteral("'; DROP TABLE x; --");
    QTest::newRow("newlines") << endpoint << QStringLiteral("line one\nline two\r\n-- comment\n");
    QTest::newRow("emoji") << endpoint << QStringLiteral("Summarise 🦄🚀 in Deutsch: äöüß");
    QTest::newRow("marker text") << endpoint << QStringLiteral(":prompt :endpoint ${x} $$ ? %s");
    QTest::newRow("all at once")
        << endpoint << QStringLiteral("a'\"\\\n'; DROP TABLE x; --\t🦄 ) AS response; SELECT 1");
    QTest::newRow("hostile endpoint name")
        << QStringLiteral("ep') AS r; DROP TABLE y; --") << QStringLiteral("Hi there");
}

void TestSqlStatements::promptIsOnlyAParameter()
{
    QFETCH(QString, model);
    QFETCH(QString, prompt);

    Core::GenerationParams params;
    params.maxTokens = 50;
    params.temperature = 0.2;
    params.systemPrompt = prompt; // not sent at all
    const Core::HttpRequest request
        = Api::buildAiQueryRequest(kRestRoot, QStringLiteral("wh-1"), model, prompt, params);

    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.url.toString(),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/statements"));
    const QJsonObject body = jsonObject(request.body);
    const QString statement = body.value(QLatin1StringView("statement")).toString();
    QCOMPARE(statement, Api::aiQueryStatement(params));
    QVERIFY(!statement.contains(prompt));
    QVERIFY(!statement.contains(model));
    QCOMPARE(body.value(QLatin1StringView("warehouse_id")).toString(), QStringLiteral("wh-1"));

    const QJsonArray expected{QJsonObject{{QStringLiteral("name"), QStringLiteral("endpoint")},
                                          {QStringLiteral("value"), model},
                                          {QStringLiteral("type"), QStringLiteral("STRING")}},
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("prompt")},
                                          {QStringLiteral("value"), prompt},
                                          {QStringLiteral("type"), QStringLiteral("STRING")}}};
    QCOMPARE(body.value(QLatin1StringView("parameters")), QJsonValue(expected));

    // The prompt appears exactly once in the body: as the parameter value.
    const QByteArray encodedPrompt
        = QJsonDocument(QJsonArray{prompt}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QCOMPARE(request.body.count(encodedPrompt), qsizetype(1));
}

void TestSqlStatements::statementUrls_data()
{
    QTest::addColumn<QString>("statementId");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("uuid") << QStringLiteral("01ee48eb-5124-1922-bb90-f98c82f024fe")
                          << QStringLiteral("01ee48eb-5124-1922-bb90-f98c82f024fe");
    QTest::newRow("reserved characters")
        << QStringLiteral("a/b?c#d e%") << QStringLiteral("a%2Fb%3Fc%23d%20e%25");
    QTest::newRow("unicode") << QStringLiteral("é") << QStringLiteral("%C3%A9");
}

void TestSqlStatements::statementUrls()
{
    QFETCH(QString, statementId);
    QFETCH(QString, encoded);
    const QString base
        = QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/statements/");

    const Core::HttpRequest get = Api::buildGetStatementRequest(kRestRoot, statementId);
    QCOMPARE(get.method, QByteArrayLiteral("GET"));
    QVERIFY(get.body.isEmpty());
    QVERIFY(get.header("Content-Type").isEmpty());
    QCOMPARE(get.url.toString(QUrl::FullyEncoded), base + encoded);
    QVERIFY(!get.url.hasQuery());
    QVERIFY(!get.url.hasFragment());

    const Core::HttpRequest cancel = Api::buildCancelStatementRequest(kRestRoot, statementId);
    QCOMPARE(cancel.method, QByteArrayLiteral("POST"));
    QCOMPARE(cancel.body, QByteArrayLiteral("{}"));
    QCOMPARE(cancel.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(cancel.url.toString(QUrl::FullyEncoded), base + encoded + QStringLiteral("/cancel"));

    const Core::HttpRequest chunk = Api::buildGetResultChunkRequest(kRestRoot, statementId, 7);
    QCOMPARE(chunk.method, QByteArrayLiteral("GET"));
    QVERIFY(chunk.body.isEmpty());
    QCOMPARE(chunk.url.toString(QUrl::FullyEncoded),
             base + encoded + QStringLiteral("/result/chunks/7"));

    const Core::HttpRequest list = Api::buildListWarehousesRequest(kRestRoot);
    QCOMPARE(list.method, QByteArrayLiteral("GET"));
    QVERIFY(list.body.isEmpty());
    QCOMPARE(list.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/warehouses"));
    // The next page: the server's token goes back as it came, whatever it holds.
    const Core::HttpRequest next
        = Api::buildListWarehousesRequest(kRestRoot, QStringLiteral("a+b/c=&d%"));
    QCOMPARE(next.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/warehouses"
                            "?page_token=a%2Bb%2Fc%3D%26d%25"));
    QCOMPARE(QUrlQuery(next.url).queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded),
             QStringLiteral("a+b/c=&d%"));
}

void TestSqlStatements::parseStatement_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("statementId");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<qint64>("totalRowCount");
    QTest::addColumn<int>("nextChunkIndex"); // -1: none

    QTest::newRow("succeeded example")
        << readExample(QStringLiteral("sql_statement_succeeded.json")) << QStringLiteral("01ef-abc")
        << QStringLiteral("SUCCEEDED") << true << QString() << QString()
        << QStringList{QStringLiteral("total_trips"), QStringLiteral("avg_trip_distance"),
                       QStringLiteral("avg_fare_amount")}
        << QStringList{QStringLiteral("21932|2.853|12.349")} << qint64(1) << -1;
    QTest::newRow("failed example")
        << readExample(QStringLiteral("sql_statement_failed.json"))
        << QStringLiteral("01ee48eb-5124-1922-bb90-f98c82f024fe") << QStringLiteral("FAILED")
        << true << QStringLiteral("BAD_REQUEST")
        << QStringLiteral("[PARSE_SYNTAX_ERROR] Syntax error at or near ...") << QStringList()
        << QStringList() << qint64(0) << -1;
    QTest::newRow("pending") << QByteArrayLiteral(
        R"({"statement_id":"s1","status":{"state":"PENDING"}})")
                             << QStringLiteral("s1") << QStringLiteral("PENDING") << false
                             << QString() << QString() << QStringList() << QStringList()
                             << qint64(0) << -1;
    QTest::newRow("running") << QByteArrayLiteral(
        R"({"statement_id":"s1","status":{"state":"RUNNING"}})")
                             << QStringLiteral("s1") << QStringLiteral("RUNNING") << false
                             << QString() << QString() << QStringList() << QStringList()
                             << qint64(0) << -1;
    QTest::newRow("canceled") << QByteArrayLiteral(
        R"({"statement_id":"s1","status":{"state":"CANCELED"}})")
                              << QStringLiteral("s1") << QStringLiteral("CANCELED") << true
                              << QString() << QString() << QStringList() << QStringList()
                              << qint64(0) << -1;
    QTest::newRow("closed") << QByteArrayLiteral(
        R"({"statement_id":"s1","status":{"state":"CLOSED"}})")
                            << QStringLiteral("s1") << QStringLiteral("CLOSED") << true << QString()
                            << QString() << QStringList() << QStringList() << qint64(0) << -1;
    QTest::newRow("ai_query answer with nulls and more chunks")
        << QByteArrayLiteral(R"({"statement_id":"s2","status":{"state":"SUCCEEDED"},
            "manifest":{"format":"JSON_ARRAY","schema":{"column_count":2,"columns":[
                {"name":"response","position":0},{"name":"note","position":1}]},
              "total_chunk_count":2,"total_row_count":7,"truncated":false},
            "result":{"chunk_index":0,"row_offset":0,"row_count":2,
              "data_array":[["Hello 🦄\n'quoted'",null],[null,"x"]],"next_chunk_index":1}})")
        << QStringLiteral("s2") << QStringLiteral("SUCCEEDED") << true << QString() << QString()
        << QStringList{QStringLiteral("response"), QStringLiteral("note")}
        << QStringList{QStringLiteral("Hello 🦄\n'quoted'|<null>"), QStringLiteral("<null>|x")}
        << qint64(7) << 1;
    QTest::newRow("external links carry the next chunk")
        << QByteArrayLiteral(R"({"statement_id":"s3","status":{"state":"SUCCEEDED"},
            "manifest":{"total_row_count":250},
            "result":{"external_links":[{"chunk_index":0,"next_chunk_index":1,"row_count":100}]}})")
        << QStringLiteral("s3") << QStringLiteral("SUCCEEDED") << true << QString() << QString()
        << QStringList() << QStringList() << qint64(250) << 1;
    QTest::newRow("failed ai_query")
        << QByteArrayLiteral(
               R"({"statement_id":"s4","status":{"state":"FAILED","sql_state":"42000",)"
               R"("error":{"error_code":"BAD_REQUEST",)"
               R"("message":"[AI_FUNCTION_INVALID_MODEL_PARAMETERS.)"
               R"(INVALID_NUMERIC_PARAMETER] bad"}}})")
        << QStringLiteral("s4") << QStringLiteral("FAILED") << true << QStringLiteral("BAD_REQUEST")
        << QStringLiteral("[AI_FUNCTION_INVALID_MODEL_PARAMETERS.INVALID_NUMERIC_PARAMETER] bad")
        << QStringList() << QStringList() << qint64(0) << -1;
    QTest::newRow("result null") << QByteArrayLiteral(
        R"({"statement_id":"s5","status":{"state":"RUNNING"},"result":null})")
                                 << QStringLiteral("s5") << QStringLiteral("RUNNING") << false
                                 << QString() << QString() << QStringList() << QStringList()
                                 << qint64(0) << -1;
}

void TestSqlStatements::parseStatement()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, statementId);
    QFETCH(QString, state);
    QFETCH(bool, terminal);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorMessage);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);
    QFETCH(qint64, totalRowCount);
    QFETCH(int, nextChunkIndex);

    Api::StatementResult result;
    QVERIFY(Api::parseStatementResponse(body, &result));
    QCOMPARE(result.statementId, statementId);
    QCOMPARE(result.state, state);
    QCOMPARE(result.isTerminal(), terminal);
    QCOMPARE(result.error.has_value(), !errorCode.isEmpty());
    if (result.error) {
        QCOMPARE(result.error->kind, Core::ApiError::Kind::Stream);
        QCOMPARE(result.error->code, errorCode);
        QCOMPARE(result.error->message, errorMessage);
        QCOMPARE(result.error->raw, body);
    }
    QCOMPARE(result.columns, columns);
    QCOMPARE(rowsAsText(result.rows), rows);
    for (const QList<QJsonValue> &row : std::as_const(result.rows)) {
        for (const QJsonValue &value : row)
            QVERIFY(value.isString() || value.isNull());
    }
    QCOMPARE(result.totalRowCount, totalRowCount);
    QCOMPARE(result.nextChunkIndex.value_or(-1), nextChunkIndex);
}

void TestSqlStatements::parseStatementRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArrayLiteral("<html><title>502</title></html>");
    QTest::newRow("null") << QByteArrayLiteral("null");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("truncated")
        << readExample(QStringLiteral("sql_statement_succeeded.json")).left(120);
    QTest::newRow("result chunk, not a statement")
        << readExample(QStringLiteral("sql_result_chunk_external_links.json"));
    QTest::newRow("request, not a response")
        << readExample(QStringLiteral("sql_statement_request_async.json"));
    QTest::newRow("databricks error body") << readExample(QStringLiteral("databricks_error.json"));
    QTest::newRow("no status") << QByteArrayLiteral(R"({"statement_id":"s"})");
    QTest::newRow("no id") << QByteArrayLiteral(R"({"status":{"state":"RUNNING"}})");
    QTest::newRow("id is a number")
        << QByteArrayLiteral(R"({"statement_id":5,"status":{"state":"RUNNING"}})");
    QTest::newRow("state is a number")
        << QByteArrayLiteral(R"({"statement_id":"s","status":{"state":3}})");
    QTest::newRow("status is a string")
        << QByteArrayLiteral(R"({"statement_id":"s","status":"SUCCEEDED"})");
    QTest::newRow("result is a string")
        << QByteArrayLiteral(R"({"statement_id":"s","status":{"state":"SUCCEEDED"},)"
                             R"("result":"rows"})");
    QTest::newRow("data_array is an object")
        << QByteArrayLiteral(R"({"statement_id":"s","status":{"state":"SUCCEEDED"},)"
                             R"("result":{"data_array":{}}})");
    QTest::newRow("row is a string")
        << QByteArrayLiteral(R"({"statement_id":"s","status":{"state":"SUCCEEDED"},)"
                             R"("result":{"data_array":[["a"],"b"]}})");
}

void TestSqlStatements::parseStatementRejects()
{
    QFETCH(QByteArray, body);
    Api::StatementResult result;
    result.statementId = QStringLiteral("untouched");
    QVERIFY(!Api::parseStatementResponse(body, &result));
    QCOMPARE(result.statementId, QStringLiteral("untouched"));
    QVERIFY(!Api::parseStatementResponse(body, nullptr));
}

void TestSqlStatements::failedWithoutErrorDetails()
{
    Api::StatementResult result;
    QVERIFY(Api::parseStatementResponse(
        QByteArrayLiteral(R"({"statement_id":"s","status":{"state":"FAILED"}})"), &result));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Core::ApiError::Kind::Stream);
    QCOMPARE(result.error->code, QStringLiteral("FAILED"));
    QVERIFY(!result.error->message.isEmpty());

    // Wrong metadata types are tolerated: the answer is still usable.
    QVERIFY(Api::parseStatementResponse(
        QByteArrayLiteral(R"({"statement_id":"s","status":{"state":"SUCCEEDED"},
            "manifest":{"schema":{"columns":"x"},"total_row_count":"many"},
            "result":{"data_array":[["1"]],"next_chunk_index":"2"}})"),
        &result));
    QVERIFY(!result.error);
    QVERIFY(result.columns.isEmpty());
    QCOMPARE(result.totalRowCount, qint64(1));
    QVERIFY(!result.nextChunkIndex);
}

void TestSqlStatements::hostileNumbersAreAbsent_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const QByteArray &number : hostileNumbers())
        QTest::newRow(number.constData()) << number;
}

// A row count or chunk index that is not a whole number in range is no count and no next
// chunk (read as 0, the next chunk would be the first one again): the rows at hand are all.
void TestSqlStatements::hostileNumbersAreAbsent()
{
    QFETCH(QByteArray, number);
    Api::StatementResult result;
    QVERIFY(Api::parseStatementResponse(
        R"({"statement_id":"s","status":{"state":"SUCCEEDED"},"manifest":{"total_row_count":)"
            + number + R"(},"result":{"data_array":[["1"],["2"]],"next_chunk_index":)" + number
            + "}}",
        &result));
    QVERIFY(!result.nextChunkIndex);
    QCOMPARE(result.totalRowCount, qint64(2));

    QVERIFY(Api::parseStatementResponse(
        R"({"statement_id":"s","status":{"state":"SUCCEEDED"},"manifest":{"total_row_count":)"
            + number + R"(},"result":{"external_links":[{"next_chunk_index":)" + number + "}]}}",
        &result));
    QVERIFY(!result.nextChunkIndex);
    QCOMPARE(result.totalRowCount, qint64(0));
}

// A chunk fetched on its own: its rows replace the previous chunk's, its next index (or none)
// replaces the previous one; what is not a chunk leaves the result as it was.
void TestSqlStatements::parseResultChunk()
{
    Api::StatementResult result;
    result.statementId = QStringLiteral("s");
    result.rows = {{QJsonValue(QStringLiteral("old"))}};
    result.nextChunkIndex = 1;
    QVERIFY(Api::parseResultChunk(
        R"({"chunk_index":1,"row_offset":3,"row_count":2,"data_array":[["a",null],["b","c"]],"next_chunk_index":2})",
        &result));
    QCOMPARE(rowsAsText(result.rows),
             (QStringList{QStringLiteral("a|<null>"), QStringLiteral("b|c")}));
    QCOMPARE(result.nextChunkIndex, std::optional<int>(2));
    QCOMPARE(result.statementId, QStringLiteral("s"));

    QVERIFY(Api::parseResultChunk(R"({"chunk_index":2,"data_array":[["d"]]})", &result));
    QCOMPARE(rowsAsText(result.rows), QStringList{QStringLiteral("d")});
    QVERIFY(!result.nextChunkIndex);

    for (const QByteArray &bad : {QByteArray("[]"), QByteArray("{\"data_array\":[\"x\"]}"),
                                  QByteArray("{\"data_array\":{}}"), QByteArray("not json")}) {
        QVERIFY(!Api::parseResultChunk(bad, &result));
        QCOMPARE(rowsAsText(result.rows), QStringList{QStringLiteral("d")});
    }
}

void TestSqlStatements::parseWarehouses()
{
    const QByteArray body = R"({"warehouses":[
        {"id":"abcdef0123456789","name":"Serverless Starter","state":"RUNNING",
         "cluster_size":"2X-Small",
         "warehouse_type":"PRO","enable_serverless_compute":true,"num_clusters":1},
        {"id":"0123456789abcdef","name":"Classic","state":"STOPPED","cluster_size":"Small"},
        {"name":"no id, unusable"},
        "not an object"],
        "next_page_token":"t"})";
    QList<Api::WarehouseInfo> warehouses;
    QString next;
    QVERIFY(Api::parseWarehouseList(body, &warehouses, &next));
    QCOMPARE(next, QStringLiteral("t"));
    const QList<Api::WarehouseInfo> expected{
        {QStringLiteral("abcdef0123456789"), QStringLiteral("Serverless Starter"),
         QStringLiteral("RUNNING"), QStringLiteral("2X-Small")},
        {QStringLiteral("0123456789abcdef"), QStringLiteral("Classic"), QStringLiteral("STOPPED"),
         QStringLiteral("Small")}};
    QCOMPARE(warehouses.size(), expected.size());
    QVERIFY(warehouses == expected);

    // Databricks leaves empty lists out.
    warehouses = expected;
    QVERIFY(Api::parseWarehouseList(QByteArrayLiteral("{}"), &warehouses, &next));
    QVERIFY(warehouses.isEmpty());
    QVERIFY(next.isEmpty()); // the last page
}

void TestSqlStatements::parseWarehousesRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArrayLiteral("Forbidden");
    QTest::newRow("array") << QByteArrayLiteral(R"([{"id":"a"}])");
    QTest::newRow("warehouses is an object") << QByteArrayLiteral(R"({"warehouses":{"id":"a"}})");
    QTest::newRow("truncated") << QByteArrayLiteral(R"({"warehouses":[{"id":"a","na)");
    QTest::newRow("page token not a string")
        << QByteArrayLiteral(R"({"warehouses":[{"id":"a"}],"next_page_token":2})");
}

void TestSqlStatements::parseWarehousesRejects()
{
    QFETCH(QByteArray, body);
    QList<Api::WarehouseInfo> warehouses{{QStringLiteral("keep"), {}, {}, {}}};
    QVERIFY(!Api::parseWarehouseList(body, &warehouses));
    QCOMPARE(warehouses.size(), 1);
    QVERIFY(!Api::parseWarehouseList(body, nullptr));
}

QTEST_GUILESS_MAIN(TestSqlStatements)
#include "tst_sqlstatements.moc"
