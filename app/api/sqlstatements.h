#pragma once

#include "core/apierror.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Api {

// Databricks SQL Statement Execution API, used for `ai_query`. URLs are built from the
// workspace REST root ({host}/api/2.0) passed in as `restRoot`.

struct StatementResult
{
    QString statementId;
    QString state;                       // PENDING RUNNING SUCCEEDED FAILED CANCELED CLOSED
    std::optional<Core::ApiError> error; // status.error when FAILED (code = error_code)
    QStringList columns;
    QList<QList<QJsonValue>> rows; // each value a string or null, as the API sends them
    qint64 totalRowCount = 0;
    std::optional<int> nextChunkIndex;

    bool isTerminal() const; // SUCCEEDED FAILED CANCELED CLOSED
};

struct WarehouseInfo
{
    QString id;
    QString name;
    QString state;
    QString size;
    friend bool operator==(const WarehouseInfo &, const WarehouseInfo &) = default;
};

// The statement ai_query runs: the endpoint and the prompt are bound as named parameters
// (:endpoint, :prompt), never spliced into the SQL; max tokens and temperature go into
// modelParameters => named_struct(...) as numeric literals.
QString aiQueryStatement(const Core::GenerationParams &params);

// POST {restRoot}/sql/statements, wait_timeout "10s" with on_wait_timeout CONTINUE (hybrid).
// `params` are (name, value) pairs bound as STRING parameters; "parameters" is left out when
// there are none.
Core::HttpRequest buildExecuteStatementRequest(const QUrl &restRoot, const QString &warehouseId,
                                               const QString &statement,
                                               const QList<std::pair<QString, QString>> &params
                                               = {});
Core::HttpRequest buildAiQueryRequest(const QUrl &restRoot, const QString &warehouseId,
                                      const QString &model, const QString &prompt,
                                      const Core::GenerationParams &params);
Core::HttpRequest buildGetStatementRequest(const QUrl &restRoot, const QString &statementId);
Core::HttpRequest buildCancelStatementRequest(const QUrl &restRoot, const QString &statementId);
// GET {restRoot}/sql/warehouses[?page_token=T]: a page of the list, the first without a token.
Core::HttpRequest buildListWarehousesRequest(const QUrl &restRoot, const QString &pageToken = {});
// GET {restRoot}/sql/statements/{id}/result/chunks/{index}: a result's later chunks.
Core::HttpRequest buildGetResultChunkRequest(const QUrl &restRoot, const QString &statementId,
                                             int chunkIndex);

// A SQL DOUBLE literal from a number the program holds, never from text: shortest round-trip
// form, always with a decimal point or exponent so 1 stays DOUBLE instead of becoming INT.
QString sqlDoubleLiteral(double value);
// POST {restRoot}/sql/warehouses/{id}/start: the warehouse goes STARTING, then RUNNING; the
// answer says nothing more, so callers list the warehouses again to follow it.
Core::HttpRequest buildStartWarehouseRequest(const QUrl &restRoot, const QString &warehouseId);

// Returns false when the body is not a StatementResponse.
bool parseStatementResponse(const QByteArray &body, StatementResult *result);
// A result chunk (the `result` object of a statement, or a chunk fetched on its own): its rows
// replace result->rows, its next_chunk_index result->nextChunkIndex. False when it is not one.
bool parseResultChunk(const QByteArray &body, StatementResult *result);
// A page of the warehouse list; `nextPageToken` (when asked for) gets its next_page_token,
// empty on the last page. False when it is not one (a next_page_token that is no string too).
bool parseWarehouseList(const QByteArray &body, QList<WarehouseInfo> *warehouses,
                        QString *nextPageToken = nullptr);

// The SQLSTATE of a failed statement: status.sql_state of its StatementResponse `body`, else
// the "SQLSTATE: XXXXX" Databricks writes into the error message. Empty when neither has one.
QString statementSqlState(const QByteArray &body, const QString &message);

} // namespace Parlance::Api
