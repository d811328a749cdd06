#include "sim/sqlstatementparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace Parlance::Sim {

namespace {

// Splits at commas outside quotes and parentheses.
QStringList splitArguments(QStringView text)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            out.append(text.sliced(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    const QString last = text.sliced(start).trimmed().toString();
    if (!last.isEmpty() || !out.isEmpty())
        out.append(last);
    return out;
}

// A SQL string literal ('it''s', 'a\'b') or a bound :parameter.
std::optional<QString> evaluate(const QString &expression,
                                const QHash<QString, QString> &parameters, QString *error)
{
    static const QRegularExpression marker(QStringLiteral("^:([A-Za-z_][A-Za-z0-9_]*)$"));
    const QRegularExpressionMatch m = marker.match(expression);
    if (m.hasMatch()) {
        const QString name = m.captured(1);
        if (!parameters.contains(name)) {
            *error = u"[UNBOUND_SQL_PARAMETER] Found the unbound parameter: " % name % u'.';
            return std::nullopt;
        }
        return parameters.value(name);
    }
    if (expression.size() >= 2 && (expression.front() == u'\'' || expression.front() == u'"')
        && expression.back() == expression.front()) {
        const QChar quote = expression.front();
        QString out;
        for (qsizetype i = 1; i < expression.size() - 1; ++i) {
            const QChar c = expression.at(i);
            if (c == u'\\' && i + 1 < expression.size() - 1) {
                out.append(expression.at(++i));
            } else if (c == quote && i + 1 < expression.size() - 1
                       && expression.at(i + 1) == quote) {
                out.append(quote);
                ++i;
            } else {
                out.append(c);
            }
        }
        return out;
    }
    *error = u"[UNSUPPORTED_EXPRESSION] The simulated warehouse cannot evaluate " % expression
             % u"; bind values as named parameters.";
    return std::nullopt;
}

QString alias(const QString &captured, const QString &fallback)
{
    if (captured.isEmpty())
        return fallback;
    if (captured.startsWith(u'`') && captured.endsWith(u'`'))
        return captured.mid(1, captured.size() - 2);
    return captured;
}

SqlStatement failed(const QString &message)
{
    SqlStatement s;
    s.kind = SqlStatement::Kind::Failed;
    s.errorMessage = message;
    return s;
}

} // namespace

SqlStatement parseSqlStatement(const QString &sql, const QHash<QString, QString> &parameters)
{
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();

    static const QRegularExpression integerRe(
        QStringLiteral("^SELECT\\s+([+-]?\\d+)(?:\\s+AS\\s+(\\w+|`[^`]+`))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression aiQueryRe(
        QStringLiteral("^SELECT\\s+ai_query\\s*\\((.*)\\)(?:\\s+AS\\s+(\\w+|`[^`]+`))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);

    if (const QRegularExpressionMatch m = integerRe.match(text); m.hasMatch()) {
        bool ok = false;
        SqlStatement s;
        s.integer = m.captured(1).toLongLong(&ok);
        if (!ok) {
            return failed(u"[NUMERIC_OUT_OF_SUPPORTED_RANGE] The value " % m.captured(1)
                          % u" cannot be interpreted as a numeric since it has more than 38 "
                            u"digits.");
        }
        s.kind = SqlStatement::Kind::Integer;
        s.integerIsBig = s.integer < std::numeric_limits<qint32>::min()
                         || s.integer > std::numeric_limits<qint32>::max();
        s.columnName = alias(m.captured(2), m.captured(1));
        return s;
    }

    const QRegularExpressionMatch m = aiQueryRe.match(text);
    if (!m.hasMatch()) {
        return failed(QStringLiteral("The simulated warehouse only runs ai_query(...) and "
                                     "SELECT <integer>."));
    }
    SqlStatement s;
    s.kind = SqlStatement::Kind::AiQuery;
    s.columnName = alias(m.captured(2), QStringLiteral("ai_query"));
    static const QRegularExpression namedRe(QStringLiteral("^([A-Za-z_]\\w*)\\s*=>\\s*(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    bool haveEndpoint = false;
    bool havePrompt = false;
    int position = 0;
    QString error;
    for (const QString &argument : splitArguments(m.captured(1))) {
        QString name;
        QString value = argument;
        if (const QRegularExpressionMatch named = namedRe.match(argument); named.hasMatch()) {
            name = named.captured(1).toLower();
            value = named.captured(2).trimmed();
        } else {
            name = position == 0   ? QStringLiteral("endpoint")
                   : position == 1 ? QStringLiteral("request")
                                   : QString();
            ++position;
        }
        if (name == u"endpoint" || name == u"request") {
            const std::optional<QString> v = evaluate(value, parameters, &error);
            if (!v)
                return failed(error);
            (name == u"endpoint" ? s.endpoint : s.prompt) = *v;
            (name == u"endpoint" ? haveEndpoint : havePrompt) = true;
        } else if (name == u"modelparameters") {
            static const QRegularExpression structRe(
                QStringLiteral("^named_struct\\s*\\((.*)\\)$"),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch sm = structRe.match(value);
            if (!sm.hasMatch())
                return failed(QStringLiteral("[AI_FUNCTION_INVALID_MODEL_PARAMETERS] "
                                             "modelParameters must be a named_struct(...)."));
            const QStringList fields = splitArguments(sm.captured(1));
            for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
                const std::optional<QString> key = evaluate(fields.at(i), parameters, &error);
                if (!key)
                    return failed(error);
                if (*key != u"max_tokens")
                    continue;
                bool ok = false;
                const int n = fields.at(i + 1).toInt(&ok);
                if (!ok || n < 1) {
                    return failed(QStringLiteral("[AI_FUNCTION_INVALID_MODEL_PARAMETERS."
                                                 "INVALID_NUMERIC_PARAMETER] max_tokens must be a "
                                                 "positive integer."));
                }
                s.maxTokens = n;
            }
        }
        // responseFormat, failOnError, returnType: accepted and ignored.
    }
    if (!haveEndpoint || !havePrompt) {
        return failed(QStringLiteral("[WRONG_NUM_ARGS] ai_query needs an endpoint and a request "
                                     "argument."));
    }
    return s;
}

} // namespace Parlance::Sim
