#pragma once

#include "core/generationparams.h"
#include "engine/batchinput.h"
#include "engine/batchtemplate.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Engine {

// The Databricks SQL that runs a batch on a SQL warehouse: per model one
//   ai_query('<endpoint>', prompt, modelParameters => named_struct(...), failOnError => false)
// over the rows, the template rendered in SQL with concat(), one result row per (row, model):
//   input_index, model_index, model, input_row (the row's columns as JSON), prompt, response
// ordered by input_index, then the order of the models. The rows come from a table, or, for a
// prompt set read here, from an inline VALUES table (at most kMaxInlineRows rows and
// kMaxInlineBytes of SQL: a warehouse statement is not the place for a large set).
struct BatchSqlSpec
{
    static constexpr qsizetype kMaxInlineRows = 1000;
    static constexpr qsizetype kMaxInlineBytes = 1 << 20;

    QStringList models;
    Core::GenerationParams params;
    QString table;        // CATALOG.SCHEMA.TABLE; parts may be `backquoted` (a dot inside a name)
    QList<BatchRow> rows; // the inline rows, when there is no table
    QString promptColumn = QStringLiteral("prompt");
    std::optional<BatchTemplate> promptTemplate;
};

// The result columns, in the order the statement returns them.
inline constexpr int kBatchSqlColumns = 6;

// Nullopt with a one-line *error for what cannot be run on a warehouse: no models, a bad table
// name, too many inline rows, a row asked with a `messages` array, template variables no row
// has (all named).
std::optional<QString> batchSql(const BatchSqlSpec &spec, QString *error);

// `name` with backquotes, a backquote inside doubled.
QString sqlIdentifier(const QString &name);
// 'text' with quotes and backslashes escaped by a backslash, line breaks as \n and \r.
QString sqlString(const QString &text);
// The parts of CATALOG.SCHEMA.TABLE (one to three), each unquoted; nullopt with *error.
std::optional<QStringList> sqlTableName(const QString &name, QString *error);

// One result row read back: what a local run's line is made of.
struct BatchSqlCell
{
    qint64 index = 0;
    int modelIndex = 0;
    QString model;
    QString prompt;
    QJsonObject columns;
    QString text;                 // the answer; empty when it failed
    std::optional<QString> error; // ai_query's errorMessage
};

// Nullopt with *error when `values` is not a row of the statement batchSql() wrote. A table's
// prompt column is dropped from the columns when there is no template, as a local run does.
std::optional<BatchSqlCell> batchSqlCell(const QList<QJsonValue> &values, const BatchSqlSpec &spec,
                                         QString *error);

} // namespace Parlance::Engine
