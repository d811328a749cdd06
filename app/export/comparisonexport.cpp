#include "export/comparisonexport.h"

#include "export/comparisonlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <utility>

// The JSON format; docs/comparison-format.md describes every member. Markdown and HTML are in
// comparisonmarkdown.cpp and comparisonhtml.cpp.
namespace Parlance::Export {

namespace {

using namespace Qt::StringLiterals;
using namespace ComparisonLayout;

constexpr int kFormatVersion = 1;

const QJsonValue kNull(QJsonValue::Null);

QJsonValue string(const QString &text)
{
    return QJsonValue(validUnicode(text));
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? kNull : string(text);
}

template<typename T>
QJsonValue numberOrNull(const std::optional<T> &value)
{
    if (!value)
        return kNull;
    if constexpr (std::is_floating_point_v<T>)
        return QJsonValue(double(*value));
    else
        return QJsonValue(qint64(*value));
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : kNull;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &text : list)
        array.append(string(text));
    return array;
}

QJsonObject parametersJson(const Core::GenerationParams &params)
{
    return {
        {"system_prompt"_L1, stringOrNull(params.systemPrompt)},
        {"temperature"_L1, numberOrNull(params.temperature)},
        {"top_p"_L1, numberOrNull(params.topP)},
        {"max_tokens"_L1, numberOrNull(params.maxTokens)},
        {"stop"_L1, strings(params.stop)},
        {"extra"_L1, params.extra},
        {"stream"_L1, params.stream},
    };
}

QJsonValue columnJson(const Column &column, bool hidden)
{
    const Core::ComparisonColumn &value = *column.value;
    return QJsonObject{
        {"label"_L1, column.letter},
        {"index"_L1, column.index},
        {"connection"_L1, hidden ? kNull : string(value.connectionName)},
        {"model"_L1, hidden ? kNull : string(value.settings.model)},
        {"api"_L1, hidden ? kNull : QJsonValue(Core::apiKindName(value.settings.api))},
        {"parameters"_L1, hidden ? kNull : QJsonValue(parametersJson(value.settings.params))},
    };
}

QJsonValue metricsJson(const Core::Turn &turn)
{
    std::optional<double> rate = tokensPerSecond(turn);
    if (rate)
        rate = std::round(*rate * 100.0) / 100.0;
    return QJsonObject{
        {"ttft_ms"_L1, numberOrNull(turn.metrics.timeToFirstTokenMs)},
        {"total_ms"_L1, numberOrNull(turn.metrics.totalMs)},
        {"output_tokens_per_second"_L1, numberOrNull(rate)},
        {"input_tokens"_L1, numberOrNull(turn.usage.inputTokens)},
        {"output_tokens"_L1, numberOrNull(turn.usage.outputTokens ? turn.usage.outputTokens
                                                                  : turn.metrics.outputTokens)},
        {"reasoning_tokens"_L1, numberOrNull(turn.usage.reasoningTokens)},
    };
}

QJsonValue errorJson(const Core::Turn &turn)
{
    if (!turn.error)
        return kNull;
    return QJsonObject{
        {"message"_L1, string(errorText(turn))},
        {"http_status"_L1,
         turn.error->httpStatus != 0 ? QJsonValue(turn.error->httpStatus) : kNull},
        {"code"_L1, stringOrNull(turn.error->code)},
    };
}

QJsonValue answerJson(const Answer &answer, bool hidden)
{
    if (!answer.present)
        return kNull;
    QJsonArray toolCalls;
    for (const Core::ContentPart &call : answer.toolCalls) {
        toolCalls.append(QJsonObject{{"id"_L1, string(call.toolCallId)},
                                     {"name"_L1, string(call.toolName)},
                                     {"arguments"_L1, string(call.toolArguments)}});
    }
    const Core::Turn *last = answer.last;
    const bool shown = !hidden && last;
    return QJsonObject{
        {"text"_L1, string(answer.text)},
        {"reasoning"_L1, stringOrNull(answer.reasoning)},
        {"refusal"_L1, stringOrNull(answer.refusal)},
        {"tool_calls"_L1, toolCalls},
        {"incomplete"_L1, answer.incomplete},
        {"model"_L1, shown ? stringOrNull(last->model) : kNull},
        {"metrics"_L1, shown ? metricsJson(*last) : kNull},
        {"finish_reason"_L1, shown ? stringOrNull(last->finishReason) : kNull},
        {"error"_L1, shown ? errorJson(*last) : kNull},
    };
}

QJsonObject voteJson(const Core::Vote &vote, const Layout &layout)
{
    const bool best = vote.outcome == Core::Vote::Outcome::Best;
    const QString letter = best ? letterOfIndex(layout, vote.best) : QString();
    return {
        {"round"_L1, vote.round},
        {"at"_L1, timeOrNull(vote.at)},
        {"outcome"_L1, outcomeName(vote.outcome)},
        {"best"_L1, best ? QJsonValue(vote.best) : kNull},
        {"best_label"_L1, stringOrNull(letter)},
        {"contestants"_L1, strings(vote.contestants)},
    };
}

// `value` as QJsonDocument writes it, indented one level deeper, without the final newline.
QByteArray nested(const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject()) {
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).trimmed();
    } else if (value.isArray()) {
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).trimmed();
    } else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = wrapped.sliced(1, wrapped.size() - 2);
    }
    return text.replace('\n', "\n    ");
}

// QJsonObject sorts its members; the top level is written by hand so a reader (and a person
// opening the file) meets "format" and "version" first.
QByteArray orderedObject(const QList<std::pair<QLatin1StringView, QJsonValue>> &members)
{
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += "    \"" + QByteArray(members.at(i).first.data(), members.at(i).first.size())
               + "\": " + nested(members.at(i).second);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

} // namespace

QByteArray comparisonJson(const Core::Comparison &comparison)
{
    const Layout layout = layoutOf(comparison);
    QJsonArray columns;
    for (const Column &column : layout.columns)
        columns.append(columnJson(column, layout.hidden));
    QJsonArray rounds;
    for (qsizetype r = 0; r < layout.rounds.size(); ++r) {
        const Round &round = layout.rounds.at(r);
        QJsonArray answers;
        for (const Answer &answer : round.answers)
            answers.append(answerJson(answer, layout.hidden));
        rounds.append(QJsonObject{
            {"index"_L1, qint64(r)}, {"prompt"_L1, string(round.prompt)}, {"answers"_L1, answers}});
    }
    QJsonArray votes;
    for (const Core::Vote &vote : comparison.votes)
        votes.append(voteJson(vote, layout));

    return orderedObject({
        {"format"_L1, u"parlance.comparison"_s},
        {"version"_L1, kFormatVersion},
        {"key"_L1, string(comparison.key)},
        {"title"_L1, string(comparison.title)},
        {"created"_L1, timeOrNull(comparison.created)},
        {"updated"_L1, timeOrNull(comparison.updated)},
        {"blind"_L1, comparison.blind},
        {"hidden"_L1, layout.hidden},
        {"columns"_L1, columns},
        {"rounds"_L1, rounds},
        {"votes"_L1, votes},
    });
}

} // namespace Parlance::Export
