#include "engine/batchsql.h"

#include "api/sqlstatements.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Parlance::Engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchSql)
};

// The inline table's own columns; a template variable may not take these names.
const QString kIndexColumn = QStringLiteral("_parlance_input_index");
const QString kRowColumn = QStringLiteral("_parlance_input_row");

// ai_query's modelParameters. The syntax, and that failOnError => false turns the answer into
// STRUCT<result STRING, errorMessage STRING> so one failing row does not fail the statement:
// https://docs.databricks.com/en/sql/language-manual/functions/ai_query.html
// The system prompt and --param have no place there and are left out.
QString modelParameters(const Core::GenerationParams &params)
{
    QStringList fields;
    if (params.maxTokens)
        fields << QStringLiteral("'max_tokens', ") + QString::number(*params.maxTokens);
    if (params.temperature && std::isfinite(*params.temperature))
        fields << QStringLiteral("'temperature', ") + Api::sqlDoubleLiteral(*params.temperature);
    if (params.topP && std::isfinite(*params.topP))
        fields << QStringLiteral("'top_p', ") + Api::sqlDoubleLiteral(*params.topP);
    if (!params.stop.isEmpty()) {
        QStringList stops;
        for (const QString &stop : params.stop)
            stops << sqlString(stop);
        fields << QStringLiteral("'stop', array(") + stops.join(QStringLiteral(", "))
                      + QLatin1Char(')');
    }
    if (fields.isEmpty())
        return {};
    return QStringLiteral("modelParameters => named_struct(") + fields.join(QStringLiteral(", "))
           + QStringLiteral("), ");
}

// A column's value as a prompt reads it; null reads as nothing, as BatchTemplate::valueText.
QString columnText(const QString &column)
{
    return QStringLiteral("coalesce(CAST(%1 AS STRING), '')").arg(sqlIdentifier(column));
}

QString promptExpression(const BatchSqlSpec &spec)
{
    if (!spec.promptTemplate)
        return QStringLiteral("CAST(%1 AS STRING)").arg(sqlIdentifier(spec.promptColumn));
    QStringList parts;
    for (const BatchTemplate::Part &part : spec.promptTemplate->parts())
        parts << (part.variable ? columnText(part.text) : sqlString(part.text));
    if (parts.isEmpty())
        parts << QStringLiteral("''");
    return QStringLiteral("concat(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The columns an inline row carries besides its index and JSON: the template's variables, or
// the prompt column.
QStringList inlineColumns(const BatchSqlSpec &spec)
{
    return spec.promptTemplate ? spec.promptTemplate->variables() : QStringList{spec.promptColumn};
}

std::optional<QString> inlineSource(const BatchSqlSpec &spec, QString *error)
{
    if (spec.rows.isEmpty()) {
        *error = Tr::tr("the prompt set has no rows");
        return std::nullopt;
    }
    if (spec.rows.size() > BatchSqlSpec::kMaxInlineRows) {
        // Worded for the app and the CLI alike: both send the set inline.
        *error = Tr::tr("%1 rows are too many to send inline in one statement (at most %2): put "
                        "them in a table and run the batch over it (parlance-cli batch --table)")
                     .arg(spec.rows.size())
                     .arg(BatchSqlSpec::kMaxInlineRows);
        return std::nullopt;
    }
    const QStringList columns = inlineColumns(spec);
    QStringList missing;
    for (const QString &column : columns) {
        if (column == kIndexColumn || column == kRowColumn)
            missing << column;
    }
    QStringList lines;
    qsizetype bytes = 0;
    for (const BatchRow &row : spec.rows) {
        if (row.conversation.size() > 1) {
            *error = Tr::tr("row %1 holds a conversation (messages): ai_query takes one prompt, "
                            "so run this set here rather than on a warehouse")
                         .arg(row.index + 1);
            return std::nullopt;
        }
        QStringList values{QString::number(row.index),
                           sqlString(QString::fromUtf8(
                               QJsonDocument(row.columns).toJson(QJsonDocument::Compact)))};
        for (const QString &column : columns) {
            if (!spec.promptTemplate) {
                values << sqlString(row.prompt);
            } else if (!row.columns.contains(column)) {
                if (!missing.contains(column))
                    missing << column;
            } else {
                values << sqlString(BatchTemplate::valueText(row.columns.value(column)));
            }
        }
        lines << QStringLiteral("    (") + values.join(QStringLiteral(", ")) + QLatin1Char(')');
        bytes += lines.constLast().size();
        if (bytes > BatchSqlSpec::kMaxInlineBytes) {
            *error = Tr::tr("the prompt set is too large to send inline in one statement (over "
                            "%1 MiB of SQL): put it in a table and run the batch over it "
                            "(parlance-cli batch --table)")
                         .arg(BatchSqlSpec::kMaxInlineBytes >> 20);
            return std::nullopt;
        }
    }
    if (!missing.isEmpty()) {
        QStringList ordered; // as the template uses them
        for (const QString &column : columns) {
            if (missing.contains(column))
                ordered << column;
        }
        missing = ordered;
        *error = Tr::tr("the template uses variables that are not columns of every row: %1")
                     .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QStringList names{sqlIdentifier(kIndexColumn), sqlIdentifier(kRowColumn)};
    for (const QString &column : columns)
        names << sqlIdentifier(column);
    return QStringLiteral("    %1 AS input_index,\n    %2 AS input_row,\n    %3 AS prompt\n"
                          "  FROM VALUES\n%4\n    AS t(%5)")
        .arg(sqlIdentifier(kIndexColumn), sqlIdentifier(kRowColumn), promptExpression(spec),
             lines.join(QStringLiteral(",\n")), names.join(QStringLiteral(", ")));
}

std::optional<QString> tableSource(const BatchSqlSpec &spec, QString *error)
{
    const std::optional<QStringList> parts = sqlTableName(spec.table, error);
    if (!parts)
        return std::nullopt;
    QStringList quoted;
    for (const QString &part : *parts)
        quoted << sqlIdentifier(part);
    // A table has no order of its own: the index is the order the warehouse reads it in.
    return QStringLiteral("    row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS "
                          "input_index,\n    to_json(struct(*)) AS input_row,\n    %1 AS prompt\n"
                          "  FROM %2")
        .arg(promptExpression(spec), quoted.join(QLatin1Char('.')));
}

} // namespace

QString sqlIdentifier(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + out + QLatin1Char('`');
}

QString sqlString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        // Line breaks as escapes too: the statement stays one line per clause, and no line of
        // it starts inside a literal.
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\\' || c == u'\'')
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

std::optional<QStringList> sqlTableName(const QString &name, QString *error)
{
    QStringList parts;
    QString part;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (quoted) {
            if (c == u'`' && i + 1 < name.size() && name.at(i + 1) == u'`') {
                part += c;
                ++i;
            } else if (c == u'`') {
                quoted = false;
            } else {
                part += c;
            }
        } else if (c == u'`' && part.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u'.') {
            parts << part;
            part.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            part += c;
        } else {
            part += QChar(0); // text after a closing backquote: reported below
        }
    }
    parts << part;
    bool bad = quoted || parts.size() > 3;
    for (const QString &p : std::as_const(parts))
        bad = bad || p.trimmed().isEmpty() || p.contains(QChar(0));
    if (bad) {
        *error = Tr::tr("--table %1: name a table as CATALOG.SCHEMA.TABLE (a part holding a dot "
                        "goes in `backquotes`)")
                     .arg(name);
        return std::nullopt;
    }
    return parts;
}

std::optional<QString> batchSql(const BatchSqlSpec &spec, QString *error)
{
    if (spec.models.isEmpty()) {
        *error = Tr::tr("batch needs the models to ask");
        return std::nullopt;
    }
    const std::optional<QString> source
        = spec.table.isEmpty() ? inlineSource(spec, error) : tableSource(spec, error);
    if (!source)
        return std::nullopt;

    const QString parameters = modelParameters(spec.params);
    QStringList branches;
    for (qsizetype i = 0; i < spec.models.size(); ++i) {
        const QString model = sqlString(spec.models.at(i));
        branches << QStringLiteral("SELECT input_index, %1 AS model_index, %2 AS model, input_row, "
                                   "prompt,\n  ai_query(%2, prompt, %3failOnError => false) AS "
                                   "response\nFROM input")
                        .arg(i)
                        .arg(model, parameters);
    }
    return QStringLiteral("-- parlance-cli batch: %1 model(s), one row per (input row, model).\n"
                          "WITH input AS (\n  SELECT\n%2\n)\n%3\nORDER BY input_index, "
                          "model_index\n")
        .arg(spec.models.size())
        .arg(*source, branches.join(QStringLiteral("\nUNION ALL\n")));
}

std::optional<BatchSqlCell> batchSqlCell(const QList<QJsonValue> &values, const BatchSqlSpec &spec,
                                         QString *error)
{
    const auto fail = [error](const QString &why) {
        *error
            = Tr::tr("the warehouse answered a row the batch statement does not make: %1").arg(why);
        return std::nullopt;
    };
    if (values.size() != kBatchSqlColumns)
        return fail(Tr::tr("%1 columns instead of %2").arg(values.size()).arg(kBatchSqlColumns));
    BatchSqlCell cell;
    // JSON_ARRAY results carry every value as a string (or null).
    bool ok = false;
    cell.index = values.at(0).toString().toLongLong(&ok);
    if (!ok || cell.index < 0)
        return fail(Tr::tr("input_index is not a number"));
    cell.modelIndex = values.at(1).toString().toInt(&ok);
    if (!ok || cell.modelIndex < 0 || cell.modelIndex >= spec.models.size())
        return fail(Tr::tr("model_index is not one of the models"));
    cell.model = spec.models.at(cell.modelIndex);
    const QJsonDocument row = QJsonDocument::fromJson(values.at(3).toString().toUtf8());
    if (!row.isObject())
        return fail(Tr::tr("input_row is not a JSON object"));
    cell.columns = row.object();
    if (!spec.table.isEmpty() && !spec.promptTemplate)
        cell.columns.remove(spec.promptColumn);
    cell.prompt = values.at(4).toString();
    const QJsonDocument response = QJsonDocument::fromJson(values.at(5).toString().toUtf8());
    if (!response.isObject())
        return fail(Tr::tr("response is not the STRUCT<result, errorMessage> of ai_query"));
    const QJsonObject object = response.object();
    const QJsonValue message = object.value(QLatin1StringView("errorMessage"));
    if (message.isString())
        cell.error = message.toString();
    else if (!object.value(QLatin1StringView("result")).isString())
        cell.error = Tr::tr("ai_query returned neither a result nor an error message");
    else
        cell.text = object.value(QLatin1StringView("result")).toString();
    return cell;
}

} // namespace Parlance::Engine
