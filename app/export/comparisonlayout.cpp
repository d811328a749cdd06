#include "export/comparisonlayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Parlance::Export::ComparisonLayout {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::ComparisonExport)
};

// The order the user saw the columns in: a blind comparison's shuffle when it is a real
// permutation of the columns, the columns' own order otherwise.
QList<int> displayOrder(const Core::Comparison &comparison)
{
    const qsizetype count = comparison.columns.size();
    QList<int> identity(count);
    std::iota(identity.begin(), identity.end(), 0);
    if (!comparison.blind || comparison.blindOrder.size() != count)
        return identity;
    QList<int> sorted = comparison.blindOrder;
    std::sort(sorted.begin(), sorted.end());
    return sorted == identity ? comparison.blindOrder : identity;
}

// Spreadsheet letters: A … Z, AA, AB, …
QString letterFor(qsizetype position)
{
    QString letters;
    for (qsizetype n = position + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

QString joined(const QStringList &pieces)
{
    QStringList nonEmpty;
    for (const QString &piece : pieces) {
        if (!piece.isEmpty())
            nonEmpty.append(piece);
    }
    return nonEmpty.join(u"\n\n"_s);
}

Answer answerOf(const QList<const Core::Turn *> &replies)
{
    Answer answer;
    answer.present = true;
    QStringList texts;
    QStringList reasonings;
    QStringList refusals;
    for (const Core::Turn *turn : replies) {
        if (turn->message.role != Core::Role::Assistant)
            continue; // tool results and the like: what the model was told, not its answer
        texts.append(turn->message.text());
        reasonings.append(turn->message.reasoning());
        for (const Core::ContentPart &part : turn->message.parts) {
            if (part.kind == Core::ContentPart::Kind::Refusal)
                refusals.append(part.text);
            else if (part.kind == Core::ContentPart::Kind::ToolCall)
                answer.toolCalls.append(part);
        }
        answer.incomplete = answer.incomplete || turn->message.incomplete;
        answer.last = turn;
    }
    answer.text = joined(texts);
    answer.reasoning = joined(reasonings);
    answer.refusal = joined(refusals);
    return answer;
}

// A column's turns cut at each user turn: the user turn first, then what followed it.
QList<QList<const Core::Turn *>> roundsOf(const Core::ComparisonColumn &column)
{
    QList<QList<const Core::Turn *>> rounds;
    for (const Core::Turn &turn : column.turns) {
        if (turn.isUser())
            rounds.append({&turn});
        else if (!rounds.isEmpty()) // anything before the first prompt belongs to no round
            rounds.last().append(&turn);
    }
    return rounds;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

Layout layoutOf(const Core::Comparison &comparison)
{
    Layout layout;
    layout.hidden = comparison.blind && comparison.votes.isEmpty();
    const QList<int> order = displayOrder(comparison);
    for (qsizetype position = 0; position < order.size(); ++position) {
        const int index = order.at(position);
        layout.columns.append({index, letterFor(position), &comparison.columns.at(index)});
    }

    QList<QList<QList<const Core::Turn *>>> byColumn; // in the comparison's own order
    qsizetype roundCount = 0;
    for (const Core::ComparisonColumn &column : comparison.columns) {
        byColumn.append(roundsOf(column));
        roundCount = std::max(roundCount, byColumn.last().size());
    }
    for (qsizetype r = 0; r < roundCount; ++r) {
        Round round;
        for (const QList<QList<const Core::Turn *>> &rounds : std::as_const(byColumn)) {
            if (r < rounds.size()) {
                round.prompt = rounds.at(r).constFirst()->message.text();
                break;
            }
        }
        for (const Column &column : std::as_const(layout.columns)) {
            const QList<QList<const Core::Turn *>> &rounds = byColumn.at(column.index);
            round.answers.append(r < rounds.size() ? answerOf(rounds.at(r).mid(1)) : Answer());
        }
        layout.rounds.append(round);
    }
    return layout;
}

QString labelOf(const Column &column, bool hidden)
{
    const QString model = column.value->settings.model;
    if (hidden || model.isEmpty())
        return column.letter;
    return Tr::tr("%1 — %2", "column label: letter, model").arg(column.letter, model);
}

QString letterOfIndex(const Layout &layout, int index)
{
    for (const Column &column : layout.columns) {
        if (column.index == index)
            return column.letter;
    }
    return {};
}

QString voteText(const Core::Vote &vote, const Layout &layout)
{
    switch (vote.outcome) {
    case Core::Vote::Outcome::Tie:
        return Tr::tr("Tie: all answers equally good");
    case Core::Vote::Outcome::AllBad:
        return Tr::tr("All answers were bad");
    case Core::Vote::Outcome::Best:
        break;
    }
    const QString name = vote.best >= 0 && vote.best < vote.contestants.size()
                             ? vote.contestants.at(vote.best)
                             : QString();
    const QString letter = letterOfIndex(layout, vote.best);
    if (!letter.isEmpty() && !name.isEmpty())
        return Tr::tr("%1 was best", "a column")
            .arg(Tr::tr("%1 — %2", "column label: letter, model").arg(letter, name));
    if (!letter.isEmpty() || !name.isEmpty())
        return Tr::tr("%1 was best", "a column").arg(letter.isEmpty() ? name : letter);
    return Tr::tr("Column %1 was best").arg(vote.best + 1);
}

QString outcomeName(Core::Vote::Outcome outcome)
{
    switch (outcome) {
    case Core::Vote::Outcome::Best:
        return u"best"_s;
    case Core::Vote::Outcome::Tie:
        return u"tie"_s;
    case Core::Vote::Outcome::AllBad:
        return u"all_bad"_s;
    }
    return {};
}

QList<Item> parameterItems(const Core::GenerationParams &params)
{
    const QLocale locale;
    QList<Item> items;
    if (params.temperature)
        items.append({Tr::tr("Temperature"), locale.toString(*params.temperature)});
    if (params.topP)
        items.append({Tr::tr("Top p"), locale.toString(*params.topP)});
    if (params.maxTokens)
        items.append({Tr::tr("Max tokens"), number(*params.maxTokens)});
    if (!params.stop.isEmpty()) {
        // As JSON strings, so a newline or a space in a stop sequence can be seen.
        const QByteArray json
            = QJsonDocument(QJsonArray::fromStringList(params.stop)).toJson(QJsonDocument::Compact);
        items.append(
            {Tr::tr("Stop sequences"),
             QString::fromUtf8(json.sliced(1, json.size() - 2)).replace(u"\",\""_s, u"\", \""_s)});
    }
    if (!params.extra.isEmpty()) {
        items.append(
            {Tr::tr("Extra parameters"),
             QString::fromUtf8(QJsonDocument(params.extra).toJson(QJsonDocument::Compact))});
    }
    if (!params.systemPrompt.isEmpty())
        items.append({Tr::tr("System prompt"), params.systemPrompt, true});
    return items;
}

std::optional<double> tokensPerSecond(const Core::Turn &turn)
{
    Core::ReplyMetrics metrics = turn.metrics;
    if (!metrics.outputTokens)
        metrics.outputTokens = turn.usage.outputTokens;
    return metrics.outputTokensPerSecond();
}

QList<Item> metricItems(const Core::Turn &turn)
{
    const QLocale locale;
    QList<Item> items;
    if (turn.metrics.timeToFirstTokenMs) {
        items.append({Tr::tr("Time to first token"),
                      Tr::tr("%1 ms").arg(number(*turn.metrics.timeToFirstTokenMs))});
    }
    if (turn.metrics.totalMs)
        items.append({Tr::tr("Total time"), Tr::tr("%1 ms").arg(number(*turn.metrics.totalMs))});
    if (const std::optional<double> rate = tokensPerSecond(turn))
        items.append(
            {Tr::tr("Output speed"), Tr::tr("%1 tokens/s").arg(locale.toString(*rate, 'f', 1))});
    if (turn.usage.inputTokens)
        items.append({Tr::tr("Input tokens"), number(*turn.usage.inputTokens)});
    if (const std::optional<qint64> output
        = turn.usage.outputTokens ? turn.usage.outputTokens : turn.metrics.outputTokens) {
        items.append({Tr::tr("Output tokens"), number(*output)});
    }
    if (turn.usage.reasoningTokens)
        items.append({Tr::tr("Reasoning tokens"), number(*turn.usage.reasoningTokens)});
    if (!turn.finishReason.isEmpty())
        items.append({Tr::tr("Finish reason"), turn.finishReason});
    return items;
}

QString errorText(const Core::Turn &turn)
{
    if (!turn.error)
        return {};
    const Core::ApiError &error = *turn.error;
    const QString message = !error.message.isEmpty() ? error.message
                            : !error.code.isEmpty()  ? error.code
                                                     : error.type;
    if (error.httpStatus != 0) {
        return message.isEmpty()
                   ? Tr::tr("HTTP %1").arg(error.httpStatus)
                   : Tr::tr("%1 (HTTP %2)").arg(message, QString::number(error.httpStatus));
    }
    return message.isEmpty() ? Tr::tr("The request failed without a message.") : message;
}

QString titleOf(const Core::Comparison &comparison)
{
    const QString title = comparison.title.simplified();
    return title.isEmpty() ? Tr::tr("Comparison") : title;
}

QString dateText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString connectionText(const QString &name)
{
    return name.isEmpty() ? Tr::tr("Demo gateway") : name;
}

QString summaryLine(const Core::Comparison &comparison, const Layout &layout)
{
    QStringList parts;
    const QString date
        = dateText(comparison.created.isValid() ? comparison.created : comparison.updated);
    if (!date.isEmpty())
        parts.append(Tr::tr("Compared on %1").arg(date));
    // No %n plural: without a loaded translation it would print "column(s)".
    const qsizetype columns = layout.columns.size();
    const qsizetype rounds = layout.rounds.size();
    parts.append(columns == 1 ? Tr::tr("1 column") : Tr::tr("%1 columns").arg(columns));
    parts.append(rounds == 1 ? Tr::tr("1 round") : Tr::tr("%1 rounds").arg(rounds));
    if (layout.hidden) {
        parts.append(Tr::tr("Blind: models, connections and metrics stay hidden until a vote "
                            "is cast"));
    } else if (comparison.blind) {
        parts.append(Tr::tr("Blind, revealed by the vote"));
    }
    return parts.join(u" · "_s);
}

QString validUnicode(const QString &text)
{
    const auto lone = [&text](qsizetype i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate())
            return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
        return c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate());
    };
    qsizetype i = 0;
    while (i < text.size() && !lone(i))
        ++i;
    if (i == text.size())
        return text; // the usual case: no copy
    QString valid = text;
    for (; i < valid.size(); ++i) {
        if (lone(i))
            valid[i] = QChar::ReplacementCharacter;
    }
    return valid;
}

QString printable(const QString &text)
{
    QString valid = validUnicode(text);
    for (QChar &c : valid) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return valid;
}

} // namespace Parlance::Export::ComparisonLayout
