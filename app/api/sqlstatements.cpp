#include "api/sqlstatements.h"

#include "core/wirenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

#include <climits>
#include <cmath>

namespace Parlance::Api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatements)
};

// Appends already percent-encoded segments to the REST root's path, so an id holding '/', '?'
// or '#' stays one path segment.
QUrl restUrl(const QUrl &restRoot, const QString &encodedPath)
{
    QUrl url = restRoot;
    QString path = restRoot.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + encodedPath, QUrl::TolerantMode);
    return url;
}

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

Core::HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    Core::HttpRequest request;
    request.method = method;
    request.url = url;
    if (!body.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.body = body;
    return request;
}

} // namespace

QString sqlDoubleLiteral(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

bool StatementResult::isTerminal() const
{
    return state == QLatin1StringView("SUCCEEDED") || state == QLatin1StringView("FAILED")
           || state == QLatin1StringView("CANCELED") || state == QLatin1StringView("CLOSED");
}

QString aiQueryStatement(const Core::GenerationParams &params)
{
    // ai_query has no system-prompt argument (its request is the bare prompt string), so
    // params.systemPrompt is left out rather than glued onto the user's prompt. Stop
    // sequences and extra parameters are left out too: they are user-typed text and would
    // have to be spliced into the SQL.
    QStringList modelParameters;
    if (params.maxTokens)
        modelParameters << QStringLiteral("'max_tokens', ") + QString::number(*params.maxTokens);
    if (params.temperature && std::isfinite(*params.temperature))
        modelParameters << QStringLiteral("'temperature', ")
                               + sqlDoubleLiteral(*params.temperature);
    if (params.topP && std::isfinite(*params.topP))
        modelParameters << QStringLiteral("'top_p', ") + sqlDoubleLiteral(*params.topP);

    if (modelParameters.isEmpty())
        return QStringLiteral("SELECT ai_query(:endpoint, :prompt) AS response");
    return QStringLiteral("SELECT ai_query(:endpoint, :prompt, modelParameters => named_struct(")
           + modelParameters.join(QStringLiteral(", ")) + QStringLiteral(")) AS response");
}

Core::HttpRequest buildExecuteStatementRequest(const QUrl &restRoot, const QString &warehouseId,
                                               const QString &statement,
                                               const QList<std::pair<QString, QString>> &params)
{
    QJsonObject body{
        {QStringLiteral("statement"), statement},
        {QStringLiteral("warehouse_id"), warehouseId},
        // Hybrid mode: a fast answer comes back inline, a slow one is polled.
        {QStringLiteral("wait_timeout"), QStringLiteral("10s")},
        {QStringLiteral("on_wait_timeout"), QStringLiteral("CONTINUE")},
        {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
        {QStringLiteral("disposition"), QStringLiteral("INLINE")},
    };
    if (!params.isEmpty()) {
        QJsonArray parameters;
        for (const auto &[name, value] : params) {
            parameters.append(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("value"), value},
                                          {QStringLiteral("type"), QStringLiteral("STRING")}});
        }
        body.insert(QStringLiteral("parameters"), parameters);
    }
    return jsonRequest(QByteArrayLiteral("POST"),
                       restUrl(restRoot, QStringLiteral("/sql/statements")),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Core::HttpRequest buildAiQueryRequest(const QUrl &restRoot, const QString &warehouseId,
                                      const QString &model, const QString &prompt,
                                      const Core::GenerationParams &params)
{
    return buildExecuteStatementRequest(
        restRoot, warehouseId, aiQueryStatement(params),
        {{QStringLiteral("endpoint"), model}, {QStringLiteral("prompt"), prompt}});
}

Core::HttpRequest buildGetStatementRequest(const QUrl &restRoot, const QString &statementId)
{
    return jsonRequest(
        QByteArrayLiteral("GET"),
        restUrl(restRoot, QStringLiteral("/sql/statements/") + encodedSegment(statementId)), {});
}

Core::HttpRequest buildCancelStatementRequest(const QUrl &restRoot, const QString &statementId)
{
    return jsonRequest(QByteArrayLiteral("POST"),
                       restUrl(restRoot, QStringLiteral("/sql/statements/")
                                             + encodedSegment(statementId)
                                             + QStringLiteral("/cancel")),
                       QByteArrayLiteral("{}"));
}

Core::HttpRequest buildListWarehousesRequest(const QUrl &restRoot, const QString &pageToken)
{
    QUrl url = restUrl(restRoot, QStringLiteral("/sql/warehouses"));
    if (!pageToken.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_token"), encodedSegment(pageToken));
        url.setQuery(query);
    }
    return jsonRequest(QByteArrayLiteral("GET"), url, {});
}

Core::HttpRequest buildGetResultChunkRequest(const QUrl &restRoot, const QString &statementId,
                                             int chunkIndex)
{
    return jsonRequest(
        QByteArrayLiteral("GET"),
        restUrl(restRoot, QStringLiteral("/sql/statements/") + encodedSegment(statementId)
                              + QStringLiteral("/result/chunks/") + QString::number(chunkIndex)),
        {});
}

namespace {

// The rows and the next chunk's index of a `result` object; false when it is malformed.
bool readResultData(const QJsonObject &resultData, StatementResult *parsed)
{
    const QJsonValue dataArray = resultData.value(QLatin1StringView("data_array"));
    if (!dataArray.isUndefined() && !dataArray.isNull()) {
        if (!dataArray.isArray())
            return false;
        const QJsonArray rows = dataArray.toArray();
        parsed->rows.reserve(rows.size());
        for (const QJsonValue &rowValue : rows) {
            // A row that is not an array would shift every later value into the wrong
            // column: the whole result is rejected instead.
            if (!rowValue.isArray())
                return false;
            const QJsonArray row = rowValue.toArray();
            QList<QJsonValue> values;
            values.reserve(row.size());
            for (const QJsonValue &value : row)
                values.append(value);
            parsed->rows.append(values);
        }
    }

    QJsonValue next = resultData.value(QLatin1StringView("next_chunk_index"));
    if (!next.isDouble()) {
        // With EXTERNAL_LINKS the index sits on the link instead.
        const QJsonArray links = resultData.value(QLatin1StringView("external_links")).toArray();
        if (!links.isEmpty())
            next = links.last().toObject().value(QLatin1StringView("next_chunk_index"));
    }
    // An index out of range is no index: read as 0 it would fetch the first chunk again.
    if (const std::optional<qint64> index = Core::wireInteger(next, 0, INT_MAX))
        parsed->nextChunkIndex = int(*index);
    return true;
}

} // namespace

bool parseResultChunk(const QByteArray &body, StatementResult *result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!result || parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    StatementResult parsed;
    if (!readResultData(document.object(), &parsed))
        return false;
    result->rows = std::move(parsed.rows);
    result->nextChunkIndex = parsed.nextChunkIndex;
    return true;
}

Core::HttpRequest buildStartWarehouseRequest(const QUrl &restRoot, const QString &warehouseId)
{
    return jsonRequest(QByteArrayLiteral("POST"),
                       restUrl(restRoot, QStringLiteral("/sql/warehouses/")
                                             + encodedSegment(warehouseId)
                                             + QStringLiteral("/start")),
                       QByteArrayLiteral("{}"));
}

bool parseStatementResponse(const QByteArray &body, StatementResult *result)
{
    if (!result)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QLatin1StringView("statement_id"));
    const QJsonObject status = object.value(QLatin1StringView("status")).toObject();
    const QJsonValue state = status.value(QLatin1StringView("state"));
    if (!id.isString() || id.toString().isEmpty() || !state.isString())
        return false;

    StatementResult parsed;
    parsed.statementId = id.toString();
    parsed.state = state.toString();

    const QJsonValue errorValue = status.value(QLatin1StringView("error"));
    if (errorValue.isObject() || parsed.state == QLatin1StringView("FAILED")) {
        // The warehouse ran the statement and reported the failure in a 200: the gateway
        // reported an error, which is what Kind::Stream means elsewhere.
        const QJsonObject error = errorValue.toObject();
        Core::ApiError apiError;
        apiError.kind = Core::ApiError::Kind::Stream;
        apiError.code = error.value(QLatin1StringView("error_code")).toString();
        apiError.message = error.value(QLatin1StringView("message")).toString();
        if (apiError.code.isEmpty())
            apiError.code = parsed.state;
        if (apiError.message.isEmpty())
            apiError.message = Tr::tr("The SQL statement failed without an error message.");
        apiError.raw = body;
        parsed.error = apiError;
    }

    const QJsonObject manifest = object.value(QLatin1StringView("manifest")).toObject();
    const QJsonArray columns = manifest.value(QLatin1StringView("schema"))
                                   .toObject()
                                   .value(QLatin1StringView("columns"))
                                   .toArray();
    for (const QJsonValue &column : columns)
        parsed.columns.append(column.toObject().value(QLatin1StringView("name")).toString());

    const QJsonValue resultValue = object.value(QLatin1StringView("result"));
    if (!resultValue.isUndefined() && !resultValue.isNull() && !resultValue.isObject())
        return false;
    if (!readResultData(resultValue.toObject(), &parsed))
        return false;

    if (const std::optional<qint64> total
        = Core::wireInteger(manifest.value(QLatin1StringView("total_row_count"))))
        parsed.totalRowCount = *total;
    else if (!parsed.nextChunkIndex)
        parsed.totalRowCount = parsed.rows.size(); // every row is here (no manifest count)

    *result = parsed;
    return true;
}

bool parseWarehouseList(const QByteArray &body, QList<WarehouseInfo> *warehouses,
                        QString *nextPageToken)
{
    if (!warehouses)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonValue list = document.object().value(QLatin1StringView("warehouses"));
    // Databricks leaves empty lists out of its answers: no key means no warehouses.
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return false;
    const QJsonValue next = document.object().value(QLatin1StringView("next_page_token"));
    if (!next.isUndefined() && !next.isNull() && !next.isString())
        return false;

    QList<WarehouseInfo> parsed;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        WarehouseInfo info;
        info.id = object.value(QLatin1StringView("id")).toString();
        if (info.id.isEmpty())
            continue; // nothing could be run on it
        info.name = object.value(QLatin1StringView("name")).toString();
        info.state = object.value(QLatin1StringView("state")).toString();
        info.size = object.value(QLatin1StringView("cluster_size")).toString();
        parsed.append(info);
    }
    *warehouses = parsed;
    if (nextPageToken)
        *nextPageToken = next.toString();
    return true;
}

QString statementSqlState(const QByteArray &body, const QString &message)
{
    // Five characters of digits and upper-case letters, as SQL:2016 and Spark's error classes
    // spell them; anything else in the field is not a state to show.
    static const QRegularExpression stateRe(QStringLiteral("^[0-9A-Z]{5}$"));
    const QJsonValue field = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(QLatin1StringView("status"))
                                 .toObject()
                                 .value(QLatin1StringView("sql_state"));
    if (field.isString() && stateRe.match(field.toString()).hasMatch())
        return field.toString();
    static const QRegularExpression inMessageRe(QStringLiteral("\\bSQLSTATE:\\s*([0-9A-Z]{5})\\b"));
    return inMessageRe.match(message).captured(1);
}

} // namespace Parlance::Api
