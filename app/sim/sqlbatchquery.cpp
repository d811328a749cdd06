#include "sim/sqlbatchquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Parlance::Sim {

namespace {

struct Value
{
    QJsonValue v; // Null, String, or Double holding an integer
    QString type = QStringLiteral("STRING");
};

struct Failure
{
    QString message;
};

// The row an expression is evaluated against.
struct Env
{
    const QStringList *columns = nullptr;
    const QList<QJsonValue> *values = nullptr;
    qint64 position = 0;
    const AiQueryFunction *aiQuery = nullptr;
};

QString sqlState(const QString &errorClass, const QString &message, const QString &state)
{
    return u'[' % errorClass % u"] " % message % u" SQLSTATE: " % state;
}

Failure syntaxError(QStringView near)
{
    return {sqlState(QStringLiteral("PARSE_SYNTAX_ERROR"),
                     u"Syntax error at or near '" % near.left(40).toString() % u"'.",
                     QStringLiteral("42601"))};
}

// The index just past the quoted text starting at `i` ('...', "..." with backslash escapes,
// `...` with doubled backquotes).
qsizetype skipQuoted(QStringView s, qsizetype i)
{
    const QChar quote = s.at(i);
    for (++i; i < s.size(); ++i) {
        if (quote != u'`' && s.at(i) == u'\\') {
            ++i;
        } else if (s.at(i) == quote) {
            if (quote == u'`' && i + 1 < s.size() && s.at(i + 1) == u'`')
                ++i;
            else
                return i + 1;
        }
    }
    return s.size();
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'`';
}

// Calls `visit(i)` for every index outside quotes at parenthesis depth 0; stops when it
// returns true and gives that index, else -1.
template<typename Visit>
qsizetype scanTop(QStringView s, qsizetype from, Visit visit)
{
    int depth = 0;
    for (qsizetype i = from; i < s.size();) {
        const QChar c = s.at(i);
        if (isQuote(c)) {
            i = skipQuoted(s, i);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (depth == 0 && visit(i))
            return i;
        ++i;
    }
    return -1;
}

qsizetype matchingParen(QStringView s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size();) {
        const QChar c = s.at(i);
        if (isQuote(c)) {
            i = skipQuoted(s, i);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return i;
        ++i;
    }
    return -1;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A keyword at depth 0, as a whole word; the last one when `last`.
qsizetype findKeyword(QStringView s, QStringView keyword, bool last = false)
{
    qsizetype found = -1;
    scanTop(s, 0, [&](qsizetype i) {
        if (i + keyword.size() > s.size()
            || s.sliced(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
            return false;
        if ((i > 0 && isWordChar(s.at(i - 1)))
            || (i + keyword.size() < s.size() && isWordChar(s.at(i + keyword.size()))))
            return false;
        found = i;
        return !last;
    });
    return found;
}

QList<QStringView> splitTop(QStringView s, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    scanTop(s, 0, [&](qsizetype i) {
        if (s.at(i) == separator) {
            parts.append(s.sliced(start, i - start).trimmed());
            start = i + 1;
        }
        return false;
    });
    const QStringView tail = s.sliced(start).trimmed();
    if (!tail.isEmpty() || !parts.isEmpty())
        parts.append(tail);
    return parts;
}

std::optional<QString> identifier(QStringView s)
{
    s = s.trimmed();
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (bare.match(s).hasMatch())
        return s.toString();
    if (s.size() >= 2 && s.front() == u'`' && s.back() == u'`' && skipQuoted(s, 0) == s.size()) {
        QString name = s.sliced(1, s.size() - 2).toString();
        name.replace(QStringLiteral("``"), QStringLiteral("`"));
        return name;
    }
    return std::nullopt;
}

std::optional<QString> stringLiteral(QStringView s)
{
    if (s.size() < 2 || (s.front() != u'\'' && s.front() != u'"') || skipQuoted(s, 0) != s.size())
        return std::nullopt;
    const QChar quote = s.front();
    QString out;
    for (qsizetype i = 1; i < s.size() - 1; ++i) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < s.size() - 1) {
            const QChar n = s.at(++i);
            out += n == u'n'   ? QChar(u'\n')
                   : n == u't' ? QChar(u'\t')
                   : n == u'r' ? QChar(u'\r')
                               : n;
        } else {
            out += c;
        }
    }
    Q_UNUSED(quote)
    return out;
}

QString valueText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

std::optional<Value> evaluate(QStringView expr, const Env &env, Failure *failure);

std::optional<Value> aiQuery(QStringView args, const Env &env, Failure *failure)
{
    static const QRegularExpression namedRe(QStringLiteral("^([A-Za-z_]\\w*)\\s*=>\\s*(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString endpoint;
    std::optional<QJsonValue> request;
    std::optional<int> maxTokens;
    bool failOnError = true;
    int position = 0;
    for (const QStringView argument : splitTop(args, u',')) {
        QString name;
        QStringView value = argument;
        if (const QRegularExpressionMatch m = namedRe.match(argument); m.hasMatch()) {
            name = m.captured(1).toLower();
            value = argument.sliced(m.capturedStart(2)).trimmed();
        } else {
            name = position == 0 ? QStringLiteral("endpoint") : QStringLiteral("request");
            ++position;
        }
        if (name == u"failonerror") {
            failOnError = value.compare(u"false", Qt::CaseInsensitive) != 0;
            continue;
        }
        if (name == u"modelparameters") {
            static const QRegularExpression structRe(
                QStringLiteral("^named_struct\\s*\\((.*)\\)$"),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch m = structRe.match(value);
            if (!m.hasMatch())
                return *failure = syntaxError(value), std::nullopt;
            const QList<QStringView> fields
                = splitTop(value.sliced(m.capturedStart(1), m.capturedLength(1)), u',');
            for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
                if (stringLiteral(fields.at(i)) != QStringLiteral("max_tokens"))
                    continue;
                bool ok = false;
                const int n = fields.at(i + 1).toInt(&ok);
                if (!ok || n < 1) {
                    *failure = {sqlState(QStringLiteral("AI_FUNCTION_INVALID_MODEL_PARAMETERS."
                                                        "INVALID_NUMERIC_PARAMETER"),
                                         QStringLiteral("max_tokens must be a positive integer."),
                                         QStringLiteral("22023"))};
                    return std::nullopt;
                }
                maxTokens = n;
            }
            continue;
        }
        const std::optional<Value> v = evaluate(value, env, failure);
        if (!v)
            return std::nullopt;
        if (name == u"endpoint")
            endpoint = valueText(v->v);
        else if (name == u"request")
            request = v->v;
    }
    if (endpoint.isEmpty() || !request) {
        *failure = {sqlState(QStringLiteral("WRONG_NUM_ARGS"),
                             QStringLiteral("ai_query needs an endpoint and a request."),
                             QStringLiteral("42605"))};
        return std::nullopt;
    }
    AiAnswer answer;
    if (request->isNull())
        answer.error = QStringLiteral("The request is NULL.");
    else
        answer = (*env.aiQuery)(endpoint, valueText(*request), maxTokens);
    if (answer.error && failOnError) {
        *failure = {sqlState(QStringLiteral("AI_FUNCTION_HTTP_REQUEST_ERROR"), *answer.error,
                             QStringLiteral("08000"))};
        return std::nullopt;
    }
    QJsonObject result{
        {QStringLiteral("result"), answer.error ? QJsonValue() : answer.text},
        {QStringLiteral("errorMessage"), answer.error ? QJsonValue(*answer.error) : QJsonValue()}};
    if (!failOnError)
        return Value{QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)),
                     QStringLiteral("STRUCT")};
    return Value{answer.text};
}

std::optional<Value> call(const QString &name, QStringView args, const Env &env, Failure *failure)
{
    if (name == u"ai_query")
        return aiQuery(args, env, failure);
    if (name == u"to_json") {
        if (args.trimmed().compare(u"struct(*)", Qt::CaseInsensitive) != 0)
            return *failure = syntaxError(args), std::nullopt;
        QJsonObject row;
        for (qsizetype i = 0; i < env.columns->size(); ++i)
            row.insert(env.columns->at(i), env.values->at(i));
        return Value{QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))};
    }
    if (name == u"cast") {
        const qsizetype as = findKeyword(args, u"AS", true);
        if (as < 0 || args.sliced(as + 2).trimmed().compare(u"STRING", Qt::CaseInsensitive) != 0)
            return *failure = syntaxError(args), std::nullopt;
        std::optional<Value> v = evaluate(args.left(as), env, failure);
        if (v && !v->v.isNull())
            v->v = valueText(v->v);
        if (v)
            v->type = QStringLiteral("STRING");
        return v;
    }
    if (name == u"concat" || name == u"coalesce") {
        QString out;
        for (const QStringView argument : splitTop(args, u',')) {
            const std::optional<Value> v = evaluate(argument, env, failure);
            if (!v)
                return std::nullopt;
            if (name == u"coalesce" && !v->v.isNull())
                return v;
            if (name == u"concat" && v->v.isNull())
                return Value{QJsonValue()}; // concat is NULL when any argument is
            out += valueText(v->v);
        }
        return name == u"concat" ? Value{out} : Value{QJsonValue()};
    }
    *failure = {sqlState(QStringLiteral("UNRESOLVED_ROUTINE"),
                         u"Cannot resolve routine `" % name
                             % u"` (the simulated warehouse knows ai_query, concat, coalesce, "
                               u"CAST, to_json and row_number).",
                         QStringLiteral("42883"))};
    return std::nullopt;
}

std::optional<Value> evaluate(QStringView expr, const Env &env, Failure *failure)
{
    expr = expr.trimmed();
    if (expr.isEmpty())
        return *failure = syntaxError(u"end of input"), std::nullopt;
    if (const std::optional<QString> literal = stringLiteral(expr))
        return Value{*literal};
    static const QRegularExpression integerRe(QStringLiteral("^[+-]?\\d{1,18}$"));
    if (integerRe.match(expr).hasMatch())
        return Value{double(expr.toLongLong()), QStringLiteral("INT")};
    if (expr.compare(u"NULL", Qt::CaseInsensitive) == 0)
        return Value{QJsonValue()};
    static const QRegularExpression rowNumberRe(
        QStringLiteral("^row_number\\s*\\(\\s*\\)\\s+OVER\\s*\\(.*\\)\\s*-\\s*1$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (rowNumberRe.match(expr).hasMatch())
        return Value{double(env.position), QStringLiteral("INT")};
    static const QRegularExpression callRe(QStringLiteral("^([A-Za-z_]\\w*)\\s*\\("));
    if (const QRegularExpressionMatch m = callRe.match(expr); m.hasMatch()) {
        const qsizetype open = m.capturedEnd(0) - 1;
        if (matchingParen(expr, open) != expr.size() - 1)
            return *failure = syntaxError(expr), std::nullopt;
        return call(m.captured(1).toLower(), expr.sliced(open + 1, expr.size() - open - 2), env,
                    failure);
    }
    if (const std::optional<QString> name = identifier(expr)) {
        for (qsizetype i = 0; env.columns && i < env.columns->size(); ++i) {
            if (env.columns->at(i).compare(*name, Qt::CaseInsensitive) == 0) {
                const QJsonValue &v = env.values->at(i);
                return Value{v, v.isDouble() ? QStringLiteral("INT") : QStringLiteral("STRING")};
            }
        }
        QStringList known;
        for (const QString &column : env.columns ? *env.columns : QStringList())
            known << u'`' % column % u'`';
        *failure = {sqlState(QStringLiteral("UNRESOLVED_COLUMN.WITH_SUGGESTION"),
                             u"A column, variable, or function parameter with name `" % *name
                                 % u"` cannot be resolved. Did you mean one of the following? ["
                                 % known.join(QStringLiteral(", ")) % u"].",
                             QStringLiteral("42703"))};
        return std::nullopt;
    }
    return *failure = syntaxError(expr), std::nullopt;
}

struct SelectItem
{
    QStringView expr;
    QString alias;
};

std::optional<QList<SelectItem>> selectItems(QStringView list, Failure *failure)
{
    QList<SelectItem> items;
    for (const QStringView item : splitTop(list, u',')) {
        const qsizetype as = findKeyword(item, u"AS", true);
        SelectItem s;
        s.expr = as < 0 ? item : item.left(as).trimmed();
        const std::optional<QString> alias = identifier(as < 0 ? item : item.sliced(as + 2));
        if (!alias)
            return *failure = syntaxError(item), std::nullopt;
        s.alias = *alias;
        items.append(s);
    }
    return items;
}

// "SELECT <items> FROM <source>": the items and the source text.
std::optional<std::pair<QList<SelectItem>, QStringView>> selectFrom(QStringView s, Failure *failure)
{
    s = s.trimmed();
    if (!s.startsWith(u"SELECT", Qt::CaseInsensitive))
        return *failure = syntaxError(s), std::nullopt;
    const qsizetype from = findKeyword(s, u"FROM");
    if (from < 0)
        return *failure = syntaxError(s), std::nullopt;
    const std::optional<QList<SelectItem>> items = selectItems(s.sliced(6, from - 6), failure);
    if (!items)
        return std::nullopt;
    return std::pair{*items, s.sliced(from + 4).trimmed()};
}

std::optional<SqlTable> valuesTable(QStringView s, Failure *failure)
{
    const qsizetype as = findKeyword(s, u"AS", true);
    static const QRegularExpression aliasRe(QStringLiteral("^\\w+\\s*\\((.*)\\)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QStringView aliasText = as < 0 ? QStringView() : s.sliced(as + 2).trimmed();
    const QRegularExpressionMatch m = aliasRe.match(aliasText);
    if (!m.hasMatch())
        return *failure = syntaxError(s), std::nullopt;
    SqlTable table;
    for (const QStringView name :
         splitTop(aliasText.sliced(m.capturedStart(1), m.capturedLength(1)), u',')) {
        const std::optional<QString> column = identifier(name);
        if (!column)
            return *failure = syntaxError(name), std::nullopt;
        table.columns << *column;
    }
    const Env none;
    for (const QStringView tuple : splitTop(s.left(as), u',')) {
        if (tuple.size() < 2 || tuple.front() != u'('
            || matchingParen(tuple, 0) != tuple.size() - 1)
            return *failure = syntaxError(tuple), std::nullopt;
        QList<QJsonValue> row;
        for (const QStringView value : splitTop(tuple.sliced(1, tuple.size() - 2), u',')) {
            const std::optional<Value> v = evaluate(value, none, failure);
            if (!v)
                return std::nullopt;
            row << v->v;
        }
        if (row.size() != table.columns.size()) {
            *failure = {sqlState(QStringLiteral("INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH"),
                                 QStringLiteral("Inline table expected %1 columns but found %2.")
                                     .arg(table.columns.size())
                                     .arg(row.size()),
                                 QStringLiteral("42000"))};
            return std::nullopt;
        }
        table.rows << row;
    }
    return table;
}

std::optional<SqlTable> sourceTable(QStringView s, Failure *failure)
{
    if (s.startsWith(u"VALUES", Qt::CaseInsensitive) && s.size() > 6 && !isWordChar(s.at(6)))
        return valuesTable(s.sliced(6).trimmed(), failure);
    QStringList parts;
    for (const QStringView part : splitTop(s, u'.')) {
        const std::optional<QString> name = identifier(part);
        if (!name)
            return *failure = syntaxError(s), std::nullopt;
        parts << *name;
    }
    if (parts.join(u'.').compare(u"main.demo.prompts", Qt::CaseInsensitive) == 0)
        return demoPromptsTable();
    QStringList quoted;
    for (const QString &part : std::as_const(parts))
        quoted << u'`' % part % u'`';
    *failure = {sqlState(QStringLiteral("TABLE_OR_VIEW_NOT_FOUND"),
                         u"The table or view " % quoted.join(u'.')
                             % u" cannot be found. Verify the spelling and correctness of the "
                               u"schema and catalog.",
                         QStringLiteral("42P01"))};
    return std::nullopt;
}

// Every row of `source` through the select list.
std::optional<SqlTable> project(const QList<SelectItem> &items, const SqlTable &source,
                                const AiQueryFunction &ai, Failure *failure)
{
    SqlTable out;
    for (const SelectItem &item : items) {
        out.columns << item.alias;
        out.types << QStringLiteral("STRING");
    }
    for (qsizetype r = 0; r < source.rows.size(); ++r) {
        const Env env{&source.columns, &source.rows.at(r), r, &ai};
        QList<QJsonValue> row;
        for (qsizetype c = 0; c < items.size(); ++c) {
            const std::optional<Value> v = evaluate(items.at(c).expr, env, failure);
            if (!v)
                return std::nullopt;
            row << v->v;
            if (r == 0)
                out.types[c] = v->type;
        }
        out.rows << row;
    }
    return out;
}

QString stripComments(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(u'\n')) {
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            lines << line;
    }
    QString text = lines.join(u'\n').trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    return text;
}

const QRegularExpression &withRe()
{
    static const QRegularExpression re(QStringLiteral("^WITH\\s+input\\s+AS\\s*\\("),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

std::optional<SqlTable> run(const QString &text, const AiQueryFunction &ai, Failure *failure)
{
    const QRegularExpressionMatch with = withRe().match(text);
    const qsizetype open = with.capturedEnd(0) - 1;
    const qsizetype close = matchingParen(text, open);
    if (close < 0)
        return *failure = syntaxError(QStringView(text).sliced(open)), std::nullopt;
    const auto cte = selectFrom(QStringView(text).sliced(open + 1, close - open - 1), failure);
    if (!cte)
        return std::nullopt;
    const std::optional<SqlTable> source = sourceTable(cte->second, failure);
    if (!source)
        return std::nullopt;
    const std::optional<SqlTable> input = project(cte->first, *source, ai, failure);
    if (!input)
        return std::nullopt;

    QStringView rest = QStringView(text).sliced(close + 1).trimmed();
    const qsizetype order = findKeyword(rest, u"ORDER");
    const bool ordered = order >= 0;
    if (ordered)
        rest = rest.left(order).trimmed();
    QList<QStringView> branches;
    for (qsizetype union_ = findKeyword(rest, u"UNION"); union_ >= 0;
         union_ = findKeyword(rest, u"UNION")) {
        branches << rest.left(union_);
        rest = rest.sliced(union_ + 5).trimmed();
        if (!rest.startsWith(u"ALL", Qt::CaseInsensitive))
            return *failure = syntaxError(rest), std::nullopt;
        rest = rest.sliced(3);
    }
    branches << rest;

    SqlTable result;
    for (const QStringView branch : std::as_const(branches)) {
        const auto select = selectFrom(branch, failure);
        if (!select)
            return std::nullopt;
        if (identifier(select->second).value_or(QString()).compare(u"input", Qt::CaseInsensitive)
            != 0)
            return *failure = syntaxError(select->second), std::nullopt;
        const std::optional<SqlTable> part = project(select->first, *input, ai, failure);
        if (!part)
            return std::nullopt;
        if (result.columns.isEmpty()) {
            result.columns = part->columns;
            result.types = part->types;
        } else if (part->columns.size() != result.columns.size()) {
            *failure = {sqlState(QStringLiteral("NUM_COLUMNS_MISMATCH"),
                                 QStringLiteral("UNION ALL can only be performed on inputs with "
                                                "the same number of columns."),
                                 QStringLiteral("42826"))};
            return std::nullopt;
        }
        result.rows << part->rows;
    }
    if (ordered) {
        const qsizetype a = result.columns.indexOf(QStringLiteral("input_index"));
        const qsizetype b = result.columns.indexOf(QStringLiteral("model_index"));
        std::stable_sort(result.rows.begin(), result.rows.end(),
                         [a, b](const QList<QJsonValue> &x, const QList<QJsonValue> &y) {
                             const auto key = [&](const QList<QJsonValue> &r) {
                                 return std::pair{a < 0 ? 0.0 : r.at(a).toDouble(),
                                                  b < 0 ? 0.0 : r.at(b).toDouble()};
                             };
                             return key(x) < key(y);
                         });
    }
    // JSON_ARRAY sends every value as a string.
    for (QList<QJsonValue> &row : result.rows) {
        for (QJsonValue &v : row) {
            if (!v.isNull())
                v = valueText(v);
        }
    }
    return result;
}

} // namespace

bool isBatchQuery(const QString &sql)
{
    return withRe().match(stripComments(sql)).hasMatch();
}

SqlTable runBatchQuery(const QString &sql, const AiQueryFunction &aiQuery)
{
    Failure failure;
    std::optional<SqlTable> table = run(stripComments(sql), aiQuery, &failure);
    if (!table) {
        SqlTable failed;
        failed.error = failure.message;
        return failed;
    }
    return *table;
}

const SqlTable &demoPromptsTable()
{
    static const SqlTable table = [] {
        SqlTable t;
        t.columns = {QStringLiteral("id"), QStringLiteral("topic"), QStringLiteral("text"),
                     QStringLiteral("prompt")};
        t.types = {QStringLiteral("INT"), QStringLiteral("STRING"), QStringLiteral("STRING"),
                   QStringLiteral("STRING")};
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("sql"), QStringLiteral("SQL warehouses run queries on demand.")},
            {QStringLiteral("tea"), QStringLiteral("Green tea is brewed below boiling point.")},
            {QStringLiteral("rivers"), QStringLiteral("The Rhine flows into the North Sea.")},
            {QStringLiteral("unicode"), QStringLiteral("Grüße aus Köln — 😀")},
            {QStringLiteral("quotes"), QStringLiteral("It's a \"quoted\" back\\slash line.")},
            {QStringLiteral("bread"), QStringLiteral("Sourdough needs a starter.")},
            {QStringLiteral("space"), QStringLiteral("The Moon has no atmosphere to speak of.")},
            {QStringLiteral("bees"), QStringLiteral("Bees dance to share where flowers are.")},
            {QStringLiteral("chess"), QStringLiteral("A knight moves in an L shape.")},
            {QStringLiteral("rain"), QStringLiteral("Rain forms when droplets grow heavy.")},
        };
        for (qsizetype i = 0; i < rows.size(); ++i) {
            t.rows << QList<QJsonValue>{double(i + 1), rows.at(i).first, rows.at(i).second,
                                        QString(u"Summarise: " % rows.at(i).second)};
        }
        return t;
    }();
    return table;
}

} // namespace Parlance::Sim
