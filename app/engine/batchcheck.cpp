#include "engine/batchcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Parlance::Engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchCheck)
};

qsizetype characters(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1; // a surrogate pair is one character
    return count;
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString quoted(const QString &text)
{
    constexpr qsizetype kShown = 60;
    return u'\'' + (text.size() > kShown ? text.left(kShown) + u'…' : text) + u'\'';
}

} // namespace

std::optional<BatchCheck> BatchCheck::parse(const QString &spec, QString *error)
{
    BatchCheck check;
    check.m_name = spec;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? spec : spec.left(colon);
    const QString arg = colon < 0 ? QString() : spec.mid(colon + 1);
    auto needArg = [&](const QString &form) {
        if (!arg.isEmpty())
            return true;
        *error = Tr::tr("--check %1 needs a value: --check %2").arg(kind, form);
        return false;
    };

    if (kind == QLatin1String("contains") || kind == QLatin1String("not-contains")) {
        if (!needArg(kind + QStringLiteral(":TEXT")))
            return std::nullopt;
        check.m_kind = kind == QLatin1String("contains") ? Kind::Contains : Kind::NotContains;
        check.m_text = arg;
    } else if (kind == QLatin1String("regex")) {
        if (!needArg(QStringLiteral("regex:RE")))
            return std::nullopt;
        check.m_kind = Kind::Regex;
        check.m_regex = QRegularExpression(arg);
        if (!check.m_regex.isValid()) {
            *error = Tr::tr("--check regex:%1 is not a valid regular expression: %2 at "
                            "character %3")
                         .arg(arg, check.m_regex.errorString())
                         .arg(check.m_regex.patternErrorOffset() + 1);
            return std::nullopt;
        }
    } else if (kind == QLatin1String("json") && colon < 0) {
        check.m_kind = Kind::Json;
    } else if (kind == QLatin1String("json-schema")) {
        if (!needArg(QStringLiteral("json-schema:FILE")))
            return std::nullopt;
        const std::optional<QByteArray> bytes = readFile(arg, error);
        if (!bytes)
            return std::nullopt;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
        if (!document.isObject()) {
            *error = parseError.error != QJsonParseError::NoError
                         ? Tr::tr("the schema %1 is not valid JSON: %2 at byte %3")
                               .arg(arg, parseError.errorString())
                               .arg(parseError.offset + 1)
                         : Tr::tr("the schema %1 must be a JSON object").arg(arg);
            return std::nullopt;
        }
        QString why;
        check.m_schema = BatchJsonSchema::fromJson(document.object(), &why);
        if (!check.m_schema) {
            *error = Tr::tr("the schema %1: %2").arg(arg, why);
            return std::nullopt;
        }
        check.m_kind = Kind::JsonSchema;
    } else if (kind == QLatin1String("max-length")) {
        bool ok = false;
        check.m_maxLength = arg.toLongLong(&ok);
        if (!ok || check.m_maxLength < 0) {
            *error = Tr::tr("--check max-length:N wants a whole number of characters, got '%1'")
                         .arg(arg);
            return std::nullopt;
        }
        check.m_kind = Kind::MaxLength;
    } else if (kind == QLatin1String("judge")) {
        // judge:MODEL:RUBRIC, or judge:[MODEL:WITH:COLONS]:RUBRIC
        QString model;
        QString rest;
        if (arg.startsWith(QLatin1Char('['))) {
            const qsizetype close = arg.indexOf(QLatin1String("]:"));
            if (close > 1) {
                model = arg.mid(1, close - 1);
                rest = arg.mid(close + 2);
            }
        } else if (const qsizetype sep = arg.indexOf(QLatin1Char(':')); sep > 0) {
            model = arg.left(sep);
            rest = arg.mid(sep + 1);
        }
        if (model.isEmpty() || rest.isEmpty()) {
            *error = Tr::tr("--check judge needs a model and a rubric: --check "
                            "judge:MODEL:RUBRIC (or judge:MODEL:@FILE; [MODEL] when its name "
                            "holds ':')");
            return std::nullopt;
        }
        if (rest.startsWith(QLatin1Char('@'))) {
            const QString path = rest.mid(1);
            const std::optional<QByteArray> bytes = readFile(path, error);
            if (!bytes)
                return std::nullopt;
            rest = QString::fromUtf8(*bytes).trimmed();
            if (rest.isEmpty()) {
                *error = Tr::tr("the rubric file %1 is empty").arg(path);
                return std::nullopt;
            }
        }
        check.m_kind = Kind::Judge;
        check.m_text = model;
        check.m_rubric = rest;
    } else {
        *error = Tr::tr("unknown --check '%1': use contains:TEXT, not-contains:TEXT, regex:RE, "
                        "json, json-schema:FILE, max-length:N or judge:MODEL:RUBRIC")
                     .arg(spec);
        return std::nullopt;
    }
    return check;
}

std::optional<QJsonValue> BatchCheck::answerJson(const QString &answer, QString *error)
{
    QString text = answer.trimmed();
    if (text.startsWith(QLatin1String("```")) && text.endsWith(QLatin1String("```"))
        && text.size() >= 6) {
        const qsizetype firstLine = text.indexOf(QLatin1Char('\n'));
        text = firstLine < 0 ? QString() : text.mid(firstLine + 1, text.size() - firstLine - 4);
    }
    // Wrapped in an array so that a bare number or string is JSON too.
    QJsonParseError parseError;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson('[' + utf8 + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1
        || utf8.trimmed().isEmpty()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? Tr::tr("not JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(qMax(1, parseError.offset))
                     : Tr::tr("not JSON: it holds %1 values, not one").arg(document.array().size());
        return std::nullopt;
    }
    return document.array().first();
}

BatchCheckResult BatchCheck::evaluate(const QString &answer) const
{
    BatchCheckResult result{m_name, false, std::nullopt, {}};
    switch (m_kind) {
    case Kind::Contains:
        result.pass = answer.contains(m_text);
        if (!result.pass)
            result.detail = Tr::tr("the answer does not contain %1").arg(quoted(m_text));
        break;
    case Kind::NotContains:
        result.pass = !answer.contains(m_text);
        if (!result.pass)
            result.detail = Tr::tr("the answer contains %1").arg(quoted(m_text));
        break;
    case Kind::Regex:
        result.pass = m_regex.match(answer).hasMatch();
        if (!result.pass)
            result.detail = Tr::tr("no match for %1").arg(quoted(m_regex.pattern()));
        break;
    case Kind::Json:
    case Kind::JsonSchema: {
        QString why;
        const std::optional<QJsonValue> json = answerJson(answer, &why);
        if (json && m_schema)
            why = m_schema->validate(*json);
        result.pass = json && why.isEmpty();
        result.detail = why;
        break;
    }
    case Kind::MaxLength: {
        const qsizetype length = characters(answer);
        result.pass = length <= m_maxLength;
        if (!result.pass)
            result.detail = Tr::tr("%1 characters, more than %2").arg(length).arg(m_maxLength);
        break;
    }
    case Kind::Judge:
        result.detail = Tr::tr("a judge needs its model's reply");
        break;
    }
    return result;
}

BatchCheckResult BatchCheck::notAnswered() const
{
    return {m_name, false, std::nullopt, Tr::tr("not checked: the request failed")};
}

QString BatchCheck::judgeInstructions()
{
    // Not translated: it goes to a model, and rubrics are usually written in English.
    return QStringLiteral(
        "You grade an answer to a prompt against a rubric. Reply with one line "
        "\"SCORE: <a number from 0 to 1>\", where 1 means the answer fully meets the rubric, "
        "then one sentence saying why.");
}

Core::Conversation BatchCheck::judgeConversation(const QString &prompt, const QString &answer) const
{
    // The rubric comes first, so that a model which repeats what it was given still puts the
    // rubric's own words ahead of the prompt's and the answer's.
    return Core::Conversation::singleTurn(QStringLiteral("Rubric:\n") + m_rubric
                                          + QStringLiteral("\n\nPrompt:\n") + prompt
                                          + QStringLiteral("\n\nAnswer:\n") + answer);
}

std::optional<double> BatchCheck::parseScore(const QString &reply)
{
    static const QString number = QStringLiteral("([-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))");
    static const QString tail = QStringLiteral("(?:\\s*/\\s*(\\d+(?:\\.\\d+)?))?\\s*(%)?");
    static const QRegularExpression labelled(QStringLiteral("\\bscore\\b\\s*[:=]?\\s*") + number
                                                 + tail,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("(?<![\\w.])") + number + tail);
    QRegularExpressionMatch match = labelled.match(reply);
    if (!match.hasMatch())
        match = bare.match(reply);
    if (!match.hasMatch())
        return std::nullopt;
    double score = match.captured(1).toDouble();
    if (const QString out = match.captured(2); !out.isEmpty() && out.toDouble() > 0)
        score /= out.toDouble();
    else if (!match.captured(3).isEmpty())
        score /= 100.0;
    return std::clamp(score, 0.0, 1.0);
}

BatchCheckResult BatchCheck::judgeResult(const QString &reply) const
{
    BatchCheckResult result{m_name, false, parseScore(reply), reply};
    result.pass = result.score && *result.score >= kJudgePassScore;
    if (!result.score)
        result.detail = Tr::tr("the judge's reply holds no score: %1").arg(reply);
    return result;
}

BatchCheckResult BatchCheck::judgeFailed(const QString &why) const
{
    return {m_name, false, std::nullopt, Tr::tr("the judge could not be asked: %1").arg(why)};
}

} // namespace Parlance::Engine
