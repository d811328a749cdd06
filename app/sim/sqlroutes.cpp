#include "sim/sqlroutes.h"

#include "sim/errorresponses.h"
#include "sim/gatewaystate.h"
#include "sim/jsonwriter.h"
#include "sim/requestfields.h"
#include "sim/router.h"
#include "sim/sqlstatementparser.h"

#include <QJsonArray>
#include <QUuid>

namespace Parlance::Sim {

namespace {

constexpr QLatin1StringView runningWarehouse("sim-warehouse");
constexpr QLatin1StringView stoppedWarehouse("sim-stopped");

QByteArray warehouseJson(QLatin1StringView id, QLatin1StringView name, QByteArrayView state)
{
    return Json::Object()
        .str("id", QByteArrayView(id))
        .str("name", QByteArrayView(name))
        .str("state", state)
        .str("cluster_size", "2X-Small")
        .str("warehouse_type", "PRO")
        .boolean("enable_serverless_compute", true)
        .bytes();
}

Response notFound(const QString &message)
{
    ErrorSpec spec = errorForStatus(404, message);
    spec.databricksCode = QStringLiteral("RESOURCE_DOES_NOT_EXIST");
    return errorResponse(ErrorStyle::Databricks, spec);
}

// The SQLSTATE Spark gives the error class a message starts with ("[WRONG_NUM_ARGS] ...").
QString sqlStateOf(const QString &message)
{
    static const QHash<QString, QString> states = {
        {QStringLiteral("WRONG_NUM_ARGS"), QStringLiteral("42605")},
        {QStringLiteral("NUMERIC_OUT_OF_SUPPORTED_RANGE"), QStringLiteral("22003")},
    };
    if (!message.startsWith(u'['))
        return {};
    return states.value(message.mid(1, message.indexOf(u']') - 1));
}

Response unknownStatement(const QString &id)
{
    return notFound(u"The statement " % id % u" does not exist.");
}

} // namespace

void SqlRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/2.0/sql/warehouses"),
               [this](const Request &, const QStringList &) { return listWarehouses(); });
    router.add(
        "POST", QStringLiteral("/api/2.0/sql/warehouses/([^/]+)/start"),
        [this](const Request &, const QStringList &c) { return startWarehouse(c.value(0)); });
    router.add("POST", QStringLiteral("/api/2.0/sql/statements/?"),
               [this](const Request &request, const QStringList &) { return submit(request); });
    router.add("GET", QStringLiteral("/api/2.0/sql/statements/([^/]+)"),
               [this](const Request &, const QStringList &c) { return poll(c.value(0)); });
    router.add("POST", QStringLiteral("/api/2.0/sql/statements/([^/]+)/cancel"),
               [this](const Request &, const QStringList &c) { return cancel(c.value(0)); });
    router.add(
        "GET", QStringLiteral("/api/2.0/sql/statements/([^/]+)/result/chunks/([^/]+)"),
        [this](const Request &, const QStringList &c) { return chunk(c.value(0), c.value(1)); });
}

Response SqlRoutes::listWarehouses()
{
    const QByteArrayList list = {
        warehouseJson(runningWarehouse, QLatin1StringView("Simulated warehouse"), "RUNNING"),
        warehouseJson(stoppedWarehouse, QLatin1StringView("Stopped warehouse"), m_stoppedState),
    };
    if (m_stoppedState == "STARTING")
        m_stoppedState = QByteArrayLiteral("RUNNING");
    return Response::json(200, Json::Object().raw("warehouses", Json::array(list)).bytes());
}

Response SqlRoutes::startWarehouse(const QString &id)
{
    if (id != runningWarehouse && id != stoppedWarehouse)
        return notFound(u"The SQL warehouse " % id % u" does not exist.");
    // Starting a warehouse that runs changes nothing, as on Databricks.
    if (id == stoppedWarehouse && m_stoppedState == "STOPPED")
        m_stoppedState = QByteArrayLiteral("STARTING");
    return Response::json(200, QByteArrayLiteral("{}"));
}

Response SqlRoutes::submit(const Request &request)
{
    QJsonObject body;
    if (!parseJsonObject(request.body, &body))
        return invalidJsonBody(ErrorStyle::Databricks);
    const QJsonValue statementValue = body.value(QLatin1StringView("statement"));
    const QJsonValue warehouseValue = body.value(QLatin1StringView("warehouse_id"));
    if (!statementValue.isString() || !warehouseValue.isString()) {
        return badRequest(ErrorStyle::Databricks,
                          QStringLiteral("'statement' and 'warehouse_id' are required strings."));
    }
    const QString warehouse = warehouseValue.toString();
    if (warehouse != runningWarehouse && warehouse != stoppedWarehouse)
        return notFound(u"The SQL warehouse " % warehouse % u" does not exist.");

    QHash<QString, QString> parameters;
    const QJsonArray parameterList = body.value(QLatin1StringView("parameters")).toArray();
    for (const QJsonValue &p : parameterList) {
        const QJsonObject o = p.toObject();
        parameters.insert(o.value(QLatin1StringView("name")).toString(),
                          o.value(QLatin1StringView("value")).toString());
    }

    Statement statement;
    statement.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SqlStatement parsed = parseSqlStatement(statementValue.toString(), parameters);
    statement.typeName = QStringLiteral("STRING");
    statement.typeText = QStringLiteral("STRING");
    statement.columnName = parsed.columnName;
    switch (parsed.kind) {
    case SqlStatement::Kind::Failed:
        // Analysis errors are known at once: the answer is FAILED without a PENDING phase.
        statement.state = QStringLiteral("FAILED");
        statement.errorCode = QStringLiteral("BAD_REQUEST");
        statement.errorMessage = parsed.errorMessage;
        statement.sqlState = sqlStateOf(parsed.errorMessage);
        m_statements.insert(statement.id, statement);
        return Response::json(200, statementJson(statement));
    case SqlStatement::Kind::Integer:
        statement.outcome = QStringLiteral("SUCCEEDED");
        statement.value = QString::number(parsed.integer);
        statement.typeName = parsed.integerIsBig ? QStringLiteral("LONG") : QStringLiteral("INT");
        statement.typeText = parsed.integerIsBig ? QStringLiteral("BIGINT") : QStringLiteral("INT");
        break;
    case SqlStatement::Kind::AiQuery: {
        const std::optional<DemoEndpoint> endpoint = DemoModels::endpoint(parsed.endpoint);
        if (!endpoint || !endpoint->ready || endpoint->task != u"llm/v1/chat") {
            statement.outcome = QStringLiteral("FAILED");
            statement.errorCode = QStringLiteral("BAD_REQUEST");
            statement.errorMessage = u"[AI_FUNCTION_HTTP_REQUEST_ERROR] The serving endpoint '"
                                     % parsed.endpoint
                                     % u"' does not exist or cannot answer "
                                       u"chat requests.";
            break;
        }
        ModelCall call;
        call.model = parsed.endpoint;
        call.messages.append({QStringLiteral("user"), parsed.prompt});
        call.maxTokens = parsed.maxTokens;
        const ModelReply reply = m_state.models.run(call);
        if (reply.error) {
            statement.outcome = QStringLiteral("FAILED");
            statement.errorCode = reply.error->databricksCode;
            statement.errorMessage = reply.error->message;
        } else {
            statement.outcome = QStringLiteral("SUCCEEDED");
            statement.value = reply.toolCall ? reply.toolCall->arguments : reply.text();
        }
        break;
    }
    }
    statement.state = QStringLiteral("PENDING");
    m_statements.insert(statement.id, statement);
    return Response::json(200, statementJson(statement));
}

Response SqlRoutes::poll(const QString &id)
{
    auto it = m_statements.find(id);
    if (it == m_statements.end())
        return unknownStatement(id);
    if (it->state == u"PENDING")
        it->state = QStringLiteral("RUNNING");
    else if (it->state == u"RUNNING")
        it->state = it->outcome;
    return Response::json(200, statementJson(*it));
}

Response SqlRoutes::cancel(const QString &id)
{
    auto it = m_statements.find(id);
    if (it == m_statements.end())
        return unknownStatement(id);
    // Like the real API, canceling a finished statement silently does nothing.
    if (it->state == u"PENDING" || it->state == u"RUNNING")
        it->state = QStringLiteral("CANCELED");
    return Response::json(200, QByteArrayLiteral("{}"));
}

Response SqlRoutes::chunk(const QString &id, const QString &index)
{
    const auto it = m_statements.constFind(id);
    if (it == m_statements.cend())
        return unknownStatement(id);
    if (it->state != u"SUCCEEDED" || index != u"0")
        return notFound(u"The statement " % id % u" has no result chunk " % index % u'.');
    return Response::json(200, resultJson(*it));
}

QByteArray SqlRoutes::resultJson(const Statement &s)
{
    return Json::Object()
        .num("chunk_index", 0)
        .num("row_offset", 0)
        .num("row_count", 1)
        .raw("data_array", Json::array({Json::array({Json::string(s.value)})}))
        .bytes();
}

QByteArray SqlRoutes::statementJson(const Statement &s)
{
    Json::Object status;
    status.str("state", s.state);
    if (s.state == u"FAILED") {
        status.raw(
            "error",
            Json::Object().str("error_code", s.errorCode).str("message", s.errorMessage).bytes());
        if (!s.sqlState.isEmpty())
            status.str("sql_state", s.sqlState);
    }
    Json::Object o;
    o.str("statement_id", s.id).raw("status", status.bytes());
    if (s.state == u"SUCCEEDED") {
        const QByteArray column = Json::Object()
                                      .str("name", s.columnName)
                                      .num("position", 0)
                                      .str("type_name", s.typeName)
                                      .str("type_text", s.typeText)
                                      .bytes();
        const QByteArray schema
            = Json::Object().num("column_count", 1).raw("columns", Json::array({column})).bytes();
        const QByteArray chunk
            = Json::Object().num("chunk_index", 0).num("row_offset", 0).num("row_count", 1).bytes();
        o.raw("manifest", Json::Object()
                              .str("format", "JSON_ARRAY")
                              .raw("schema", schema)
                              .num("total_chunk_count", 1)
                              .num("total_row_count", 1)
                              .boolean("truncated", false)
                              .raw("chunks", Json::array({chunk}))
                              .bytes());
        o.raw("result", resultJson(s));
    }
    return o.bytes();
}

} // namespace Parlance::Sim
