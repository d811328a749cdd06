#include "sim/sqlroutes.h"

#include "sim/errorresponses.h"
#include "sim/gatewaystate.h"
#include "sim/jsonwriter.h"
#include "sim/requestfields.h"
#include "sim/router.h"
#include "sim/sqlbatchquery.h"
#include "sim/sqlstatementparser.h"

#include <QJsonArray>
#include <QUrlQuery>
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

// The SQLSTATE Spark gives the error class a message starts with ("[WRONG_NUM_ARGS] ..."),
// else the one the message ends with ("... SQLSTATE: 42703").
QString sqlStateOf(const QString &message)
{
    static const QHash<QString, QString> states = {
        {QStringLiteral("WRONG_NUM_ARGS"), QStringLiteral("42605")},
        {QStringLiteral("NUMERIC_OUT_OF_SUPPORTED_RANGE"), QStringLiteral("22003")},
    };
    const qsizetype marker = message.lastIndexOf(QLatin1StringView("SQLSTATE: "));
    if (marker >= 0)
        return message.mid(marker + 10, 5);
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
    router.add(
        "GET", QStringLiteral("/api/2.0/sql/warehouses"),
        [this](const Request &request, const QStringList &) { return listWarehouses(request); });
    router.add("POST", QStringLiteral("/api/2.0/sql/warehouses/([^/]+)/start"),
               [this](const Request &, const QStringList &c) { return start(c.value(0)); });
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
    // A starting warehouse takes statements (they wait for it, as on Databricks).
    if (warehouse == stoppedWarehouse && m_stoppedState == "STOPPED") {
        // The simulated stopped warehouse has auto-start off: it refuses until started.
        ErrorSpec spec
            = errorForStatus(400, u"The SQL warehouse " % warehouse
                                      % u" is STOPPED. Start it with POST /api/2.0/sql/warehouses/"
                                      % warehouse % u"/start and submit the statement again.");
        spec.databricksCode = QStringLiteral("INVALID_STATE");
        return errorResponse(ErrorStyle::Databricks, spec);
    }

    QHash<QString, QString> parameters;
    const QJsonArray parameterList = body.value(QLatin1StringView("parameters")).toArray();
    for (const QJsonValue &p : parameterList) {
        const QJsonObject o = p.toObject();
        parameters.insert(o.value(QLatin1StringView("name")).toString(),
                          o.value(QLatin1StringView("value")).toString());
    }

    Statement statement;
    statement.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    statement.chunkRows = qMax(1, m_state.sqlChunkRows);
    statement.runningPolls = m_state.sqlRunningPolls;
    const QString sql = statementValue.toString();
    if (isBatchQuery(sql)) {
        const SqlTable table
            = runBatchQuery(sql, [this](const QString &endpoint, const QString &prompt,
                                        std::optional<int> maxTokens) {
                  AiAnswer answer;
                  const std::optional<DemoEndpoint> demo = DemoModels::endpoint(endpoint);
                  if (!demo || !demo->ready || demo->task != u"llm/v1/chat") {
                      answer.error = u"The serving endpoint '" % endpoint
                                     % u"' does not exist or cannot answer chat requests.";
                      return answer;
                  }
                  ModelCall call;
                  call.model = endpoint;
                  call.messages.append({QStringLiteral("user"), prompt});
                  call.maxTokens = maxTokens;
                  const ModelReply reply = m_state.models.run(call);
                  if (reply.error)
                      answer.error = reply.error->message;
                  else
                      answer.text = reply.toolCall ? reply.toolCall->arguments : reply.text();
                  return answer;
              });
        if (!table.error.isEmpty()) {
            // Analysis errors are known at once: the answer is FAILED without a PENDING phase.
            statement.state = QStringLiteral("FAILED");
            statement.errorCode = QStringLiteral("BAD_REQUEST");
            statement.errorMessage = table.error;
            m_statements.insert(statement.id, statement);
            return Response::json(200, statementJson(statement));
        }
        statement.outcome = QStringLiteral("SUCCEEDED");
        statement.columns = table.columns;
        statement.typeNames = table.types;
        for (const QString &type : table.types) {
            statement.typeTexts << (type == u"STRUCT" ? QStringLiteral(
                                        "STRUCT<result: STRING, errorMessage: STRING>")
                                                      : type);
        }
        statement.rows = table.rows;
        statement.state = QStringLiteral("PENDING");
        m_statements.insert(statement.id, statement);
        return Response::json(200, statementJson(statement));
    }
    const SqlStatement parsed = parseSqlStatement(sql, parameters);
    statement.columns = {parsed.columnName};
    statement.typeNames = {QStringLiteral("STRING")};
    statement.typeTexts = {QStringLiteral("STRING")};
    switch (parsed.kind) {
    case SqlStatement::Kind::Failed:
        // Analysis errors are known at once: the answer is FAILED without a PENDING phase.
        statement.state = QStringLiteral("FAILED");
        statement.errorCode = QStringLiteral("BAD_REQUEST");
        statement.errorMessage = parsed.errorMessage;
        m_statements.insert(statement.id, statement);
        return Response::json(200, statementJson(statement));
    case SqlStatement::Kind::Integer:
        statement.outcome = QStringLiteral("SUCCEEDED");
        statement.rows = {{QString::number(parsed.integer)}};
        statement.typeNames
            = {parsed.integerIsBig ? QStringLiteral("LONG") : QStringLiteral("INT")};
        statement.typeTexts
            = {parsed.integerIsBig ? QStringLiteral("BIGINT") : QStringLiteral("INT")};
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
            statement.rows = {{reply.toolCall ? reply.toolCall->arguments : reply.text()}};
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
    else if (it->state == u"RUNNING" && it->runningPolls-- <= 1)
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
    bool ok = false;
    const int n = index.toInt(&ok);
    if (it->state != u"SUCCEEDED" || !ok || n < 0 || n >= chunkCount(*it))
        return notFound(u"The statement " % id % u" has no result chunk " % index % u'.');
    return Response::json(200, resultJson(*it, n));
}

Response SqlRoutes::listWarehouses(const Request &request)
{
    const QByteArrayList all = {
        warehouseJson(runningWarehouse, QLatin1StringView("Simulated warehouse"), "RUNNING"),
        warehouseJson(stoppedWarehouse, QLatin1StringView("Stopped warehouse"), m_stoppedState),
    };
    const qsizetype q = request.target.indexOf('?');
    const QUrlQuery query(q < 0 ? QString() : QString::fromUtf8(request.target.mid(q + 1)));
    const QString token = query.queryItemValue(QStringLiteral("page_token"));
    bool tokenOk = true;
    const qsizetype offset = token.isEmpty() ? 0 : token.toLongLong(&tokenOk);
    if (!tokenOk || offset < 0)
        return badRequest(ErrorStyle::Databricks, QStringLiteral("Invalid page_token."),
                          QStringLiteral("page_token"));
    const qsizetype pageSize
        = m_state.sqlWarehousePageSize > 0 ? m_state.sqlWarehousePageSize : all.size();
    const WarehouseListEnd end = m_state.sqlWarehouseListEnd;
    QByteArrayList page;
    for (qsizetype i = offset; page.size() < pageSize; ++i) {
        // A list that never ends goes round the warehouses again.
        if (end == WarehouseListEnd::Last && i >= all.size())
            break;
        page.append(all.at(i % all.size()));
    }
    Json::Object answer;
    if (!page.isEmpty()) // like Databricks, an empty list is left out
        answer.raw("warehouses", Json::array(page));
    QString next;
    if (end == WarehouseListEnd::SameTokenForever)
        next = QString::number(pageSize);
    else if (end == WarehouseListEnd::NewTokenForever || offset + pageSize < all.size())
        next = QString::number(offset + pageSize);
    if (!next.isEmpty())
        answer.str("next_page_token", next);
    // One listing (to its last page) sees a starting warehouse as STARTING.
    else if (m_stoppedState == "STARTING")
        m_stoppedState = QByteArrayLiteral("RUNNING");
    return Response::json(200, answer.bytes());
}

Response SqlRoutes::start(const QString &warehouse)
{
    if (warehouse != runningWarehouse && warehouse != stoppedWarehouse)
        return notFound(u"The SQL warehouse " % warehouse % u" does not exist.");
    // Starting a warehouse that runs changes nothing, as on Databricks.
    if (warehouse == stoppedWarehouse && m_stoppedState == "STOPPED")
        m_stoppedState = QByteArrayLiteral("STARTING");
    return Response::json(200, QByteArrayLiteral("{}"));
}

int SqlRoutes::chunkCount(const Statement &s)
{
    return qMax(1, int((s.rows.size() + s.chunkRows - 1) / s.chunkRows));
}

QByteArray SqlRoutes::resultJson(const Statement &s, int chunk)
{
    const qsizetype offset = qsizetype(chunk) * s.chunkRows;
    const qsizetype count = qBound(qsizetype(0), s.rows.size() - offset, qsizetype(s.chunkRows));
    QByteArrayList rows;
    for (qsizetype r = offset; r < offset + count; ++r) {
        QByteArrayList values;
        for (const QJsonValue &v : s.rows.at(r))
            values << (v.isNull() ? QByteArrayLiteral("null") : Json::string(v.toString()));
        rows << Json::array(values);
    }
    Json::Object o;
    o.num("chunk_index", chunk)
        .num("row_offset", offset)
        .num("row_count", count)
        .raw("data_array", Json::array(rows));
    if (chunk + 1 < chunkCount(s))
        o.num("next_chunk_index", chunk + 1)
            .str("next_chunk_internal_link",
                 QString(u"/api/2.0/sql/statements/" % s.id % u"/result/chunks/"
                         % QString::number(chunk + 1)));
    return o.bytes();
}

QByteArray SqlRoutes::statementJson(const Statement &s)
{
    Json::Object status;
    status.str("state", s.state);
    if (s.state == u"FAILED") {
        status.raw(
            "error",
            Json::Object().str("error_code", s.errorCode).str("message", s.errorMessage).bytes());
        const QString sqlState = sqlStateOf(s.errorMessage);
        if (!sqlState.isEmpty())
            status.str("sql_state", sqlState);
    }
    Json::Object o;
    o.str("statement_id", s.id).raw("status", status.bytes());
    if (s.state == u"SUCCEEDED") {
        QByteArrayList columns;
        for (qsizetype i = 0; i < s.columns.size(); ++i) {
            columns << Json::Object()
                           .str("name", s.columns.at(i))
                           .num("position", i)
                           .str("type_name", s.typeNames.value(i))
                           .str("type_text", s.typeTexts.value(i))
                           .bytes();
        }
        const QByteArray schema = Json::Object()
                                      .num("column_count", s.columns.size())
                                      .raw("columns", Json::array(columns))
                                      .bytes();
        QByteArrayList chunks;
        for (int c = 0; c < chunkCount(s); ++c) {
            const qsizetype offset = qsizetype(c) * s.chunkRows;
            chunks << Json::Object()
                          .num("chunk_index", c)
                          .num("row_offset", offset)
                          .num("row_count",
                               qBound(qsizetype(0), s.rows.size() - offset, qsizetype(s.chunkRows)))
                          .bytes();
        }
        o.raw("manifest", Json::Object()
                              .str("format", "JSON_ARRAY")
                              .raw("schema", schema)
                              .num("total_chunk_count", chunkCount(s))
                              .num("total_row_count", s.rows.size())
                              .boolean("truncated", false)
                              .raw("chunks", Json::array(chunks))
                              .bytes());
        o.raw("result", resultJson(s, 0));
    }
    return o.bytes();
}

} // namespace Parlance::Sim
