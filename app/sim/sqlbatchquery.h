#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parlance::Sim {

// What ai_query answers for one row: the model's text, or why it failed.
struct AiAnswer
{
    QString text;
    std::optional<QString> error;
};
using AiQueryFunction = std::function<AiAnswer(const QString &endpoint, const QString &prompt,
                                               std::optional<int> maxTokens)>;

// The result of a statement the simulated warehouse ran: every value a string or null, as the
// JSON_ARRAY format sends them; or the SQL error that failed it (with its SQLSTATE).
struct SqlTable
{
    QStringList columns;
    QStringList types; // type_name per column: INT, STRING, STRUCT
    QList<QList<QJsonValue>> rows;
    QString error; // "[CLASS] message SQLSTATE: 42703" when it failed
};

// The batch statement parlance-cli writes (Engine::batchSql): a `WITH input AS (SELECT ... FROM
// <table or VALUES>)` and per model a `SELECT ..., ai_query(...) AS response FROM input`,
// joined by UNION ALL and ORDER BY input_index, model_index. It evaluates the expressions
// that statement uses (literals, columns, concat, coalesce, CAST AS STRING, to_json(struct(*)),
// row_number() OVER (...) - 1, ai_query), over an inline VALUES table or the demo table
// main.demo.prompts. Nullopt when `sql` is not of that shape at all.
bool isBatchQuery(const QString &sql);
SqlTable runBatchQuery(const QString &sql, const AiQueryFunction &aiQuery);

// The demo table main.demo.prompts: id INT, topic STRING, text STRING, prompt STRING.
const SqlTable &demoPromptsTable();

} // namespace Parlance::Sim
