#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Parlance::Sim {

// The two statements the simulated warehouse understands:
//   SELECT ai_query(:endpoint, :prompt [, modelParameters => named_struct('max_tokens', N, ...)])
//       [AS alias]
// (arguments may also be named, `endpoint => ...`, `request => ...`, or string literals), and
//   SELECT <integer> [AS alias]
struct SqlStatement
{
    enum class Kind { AiQuery, Integer, Failed };

    Kind kind = Kind::Failed;
    QString columnName;
    QString endpoint;
    QString prompt;
    std::optional<int> maxTokens;
    qint64 integer = 0;
    bool integerIsBig = false; // needs BIGINT rather than INT
    QString errorMessage;      // Failed: what to report in status.error.message
};

// parameters: the statement's named parameters (name -> value), bound to `:name` markers.
SqlStatement parseSqlStatement(const QString &sql, const QHash<QString, QString> &parameters);

} // namespace Parlance::Sim
