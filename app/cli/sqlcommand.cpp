#include "cli/clioutput.h"
#include "cli/commands.h"
#include "engine/sqlcall.h"
#include "net/gatewayclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Sql)
};

QByteArray cellText(const QJsonValue &value)
{
    return value.isNull() ? QByteArrayLiteral("NULL") : value.toString().toUtf8();
}
} // namespace

void runSql(const CommandContext &context)
{
    const CliArgs &args = context.args;
    const QString warehouse = args.warehouse.isEmpty()
                                  ? qEnvironmentVariable("DATABRICKS_WAREHOUSE_ID").trimmed()
                                  : args.warehouse;
    if (warehouse.isEmpty()) {
        printError(Tr::tr("sql needs --warehouse ID or DATABRICKS_WAREHOUSE_ID (list them in the "
                          "Databricks SQL Warehouses page)"));
        context.done(ExitUsage);
        return;
    }
    const bool aiQuery = !args.model.isEmpty();
    if (aiQuery == !args.statement.isEmpty() || (aiQuery && args.positionals.isEmpty())) {
        printError(Tr::tr("sql needs either --model MODEL PROMPT or --statement SQL"));
        context.done(ExitUsage);
        return;
    }
    const QUrl restRoot = context.connection.restUrl(QString());
    const Core::HttpRequest submit
        = aiQuery
              ? Api::buildAiQueryRequest(restRoot, warehouse, args.model,
                                         args.positionals.join(QLatin1Char(' ')), args.generation)
              : Api::buildExecuteStatementRequest(restRoot, warehouse, args.statement);

    auto *call = new Engine::SqlCall(context.client, context.connection, context.token, submit,
                                     context.client);
    if (args.inspect) {
        QObject::connect(call, &Engine::SqlCall::exchangeRecorded, call,
                         [](const Net::Exchange &exchange) { writeErr(formatExchange(exchange)); });
    }
    const bool json = args.json;
    const auto done = context.done;
    QObject::connect(call, &Engine::SqlCall::finished, call, [call, json, aiQuery, done, context] {
        const Api::StatementResult &result = call->result();
        if (json) {
            QJsonArray rows;
            for (const QList<QJsonValue> &row : result.rows) {
                QJsonArray cells;
                for (const QJsonValue &cell : row)
                    cells.append(cell);
                rows.append(cells);
            }
            QJsonValue error(QJsonValue::Null);
            if (call->error()) {
                error
                    = QJsonObject{{QStringLiteral("status"),
                                   call->error()->httpStatus ? QJsonValue(call->error()->httpStatus)
                                                             : QJsonValue()},
                                  {QStringLiteral("code"), call->error()->code},
                                  {QStringLiteral("message"), call->error()->message}};
            }
            writeOut(QJsonDocument(QJsonObject{{QStringLiteral("statement_id"), result.statementId},
                                               {QStringLiteral("state"), result.state},
                                               {QStringLiteral("columns"),
                                                QJsonArray::fromStringList(result.columns)},
                                               {QStringLiteral("rows"), rows},
                                               {QStringLiteral("error"), error}})
                         .toJson(QJsonDocument::Compact)
                     + '\n');
        } else if (!call->error()) {
            if (aiQuery) {
                // ai_query answers one row, one column: print it like chat prints an answer.
                if (!result.rows.isEmpty() && !result.rows.first().isEmpty())
                    writeOut(cellText(result.rows.first().first()) + '\n');
            } else {
                writeOut(result.columns.join(QLatin1Char('\t')).toUtf8() + '\n');
                for (const QList<QJsonValue> &row : result.rows) {
                    QByteArray line;
                    for (qsizetype i = 0; i < row.size(); ++i)
                        line += (i ? "\t" : "") + cellText(row.at(i));
                    writeOut(line + '\n');
                }
            }
        }
        flushOut();
        if (!call->error()) {
            done(ExitOk);
            return;
        }
        const Core::ApiError &error = *call->error();
        if (error.kind == Core::ApiError::Kind::Stream) // the statement itself failed
            printError(Tr::tr("statement %1: %2: %3").arg(result.state, error.code, error.message));
        else
            reportCallError(context, error);
        done(exitCodeFor(error));
    });
    call->start();
}

} // namespace Parlance::Cli
