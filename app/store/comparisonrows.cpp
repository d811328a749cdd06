#include "store/comparisonrows.h"

#include "store/conversationjson.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Parlance::Store::ComparisonRows {

namespace {

using namespace Qt::StringLiterals;
using namespace SqlValues;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Store::HistoryStore)
};

// Written to the file: a renamed enumerator must not change what older files mean.
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

std::optional<Core::Vote::Outcome> outcomeFromName(const QString &name)
{
    for (const Core::Vote::Outcome outcome :
         {Core::Vote::Outcome::Best, Core::Vote::Outcome::Tie, Core::Vote::Outcome::AllBad}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

QJsonArray blindOrderJson(const QList<int> &order)
{
    QJsonArray array;
    for (const int index : order)
        array.append(index);
    return array;
}

std::optional<QList<int>> blindOrderFrom(const QString &text, QString *why)
{
    const std::optional<QJsonArray> array = jsonArray(text, why);
    if (!array)
        return std::nullopt;
    QList<int> order;
    for (const QJsonValue &value : *array) {
        const int index = value.toInt(-1);
        if (!value.isDouble() || index < 0 || double(index) != value.toDouble()) {
            *why = Tr::tr("every entry should be a column number");
            return std::nullopt;
        }
        order.append(index);
    }
    return order;
}

std::optional<QStringList> contestantsFrom(const QString &text, QString *why)
{
    const std::optional<QJsonArray> array = jsonArray(text, why);
    if (!array)
        return std::nullopt;
    QStringList contestants;
    for (const QJsonValue &value : *array) {
        if (!value.isString()) {
            *why = Tr::tr("every contestant should be text");
            return std::nullopt;
        }
        contestants.append(value.toString());
    }
    return contestants;
}

std::optional<QSqlError> exec(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

// The votes of `key`, or all of them when `key` is null.
std::optional<QSqlError> selectVotes(QSqlDatabase &db, const QString &key, QList<Core::Vote> *out,
                                     QString *damage)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString where = key.isNull() ? QString() : u" WHERE comparison_key = ?"_s;
    if (!query.prepare(u"SELECT id, comparison_key, at, contestants, outcome, best, round "
                       "FROM votes"_s
                       + where + u" ORDER BY at, id"_s)) {
        return query.lastError();
    }
    if (!key.isNull())
        query.addBindValue(key);
    if (const auto failure = exec(query))
        return failure;
    while (query.next()) {
        Core::Vote vote;
        vote.comparisonKey = query.value(1).toString();
        vote.at = timeFromText(query.value(2).toString());
        QString why;
        std::optional<QStringList> contestants = contestantsFrom(query.value(3).toString(), &why);
        const QString outcome = query.value(4).toString();
        const std::optional<Core::Vote::Outcome> parsed = outcomeFromName(outcome);
        if (contestants && !parsed)
            why = Tr::tr("the outcome \"%1\" is unknown").arg(outcome);
        if (!contestants || !parsed) {
            *damage = Tr::tr("vote %1: %2").arg(query.value(0).toLongLong()).arg(why);
            return std::nullopt;
        }
        vote.contestants = *std::move(contestants);
        vote.outcome = *parsed;
        vote.best = query.value(5).toInt();
        vote.round = query.value(6).toInt();
        out->append(vote);
    }
    if (query.lastError().isValid())
        return query.lastError();
    return std::nullopt;
}

} // namespace

QString modelsOf(const Core::Comparison &comparison)
{
    QStringList models;
    for (const Core::ComparisonColumn &column : comparison.columns)
        models.append(column.settings.model);
    return models.join(u" vs "_s);
}

int roundsOf(const Core::Comparison &comparison)
{
    if (comparison.columns.isEmpty())
        return 0;
    int rounds = 0;
    for (const Core::Turn &turn : comparison.columns.constFirst().turns) {
        if (turn.isUser())
            ++rounds;
    }
    return rounds;
}

std::optional<QSqlError> write(QSqlDatabase &db, const Core::Comparison &comparison)
{
    const QString &key = comparison.key;
    // An upsert rather than INSERT OR REPLACE, as for chats: REPLACE deletes the row, and the
    // cascade that should follow depends on recursive_triggers. A comparison loaded under the
    // user's name comes back with it as its title: that must not become the name it falls back
    // to when the user clears theirs.
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO comparisons (key, title, created, updated, blind, blind_order, "
                   "models, round_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET title = CASE WHEN excluded.title = "
                   "comparisons.custom_title THEN comparisons.title ELSE excluded.title END, "
                   "created = excluded.created, updated = excluded.updated, "
                   "blind = excluded.blind, blind_order = excluded.blind_order, "
                   "models = excluded.models, round_count = excluded.round_count"_s);
    upsert.addBindValue(key);
    upsert.addBindValue(text(comparison.title));
    upsert.addBindValue(timeText(comparison.created));
    upsert.addBindValue(timeText(comparison.updated));
    upsert.addBindValue(comparison.blind ? 1 : 0);
    upsert.addBindValue(jsonText(blindOrderJson(comparison.blindOrder)));
    upsert.addBindValue(text(modelsOf(comparison)));
    upsert.addBindValue(roundsOf(comparison));
    if (const auto failure = exec(upsert))
        return failure;

    // The turns go with their columns (ON DELETE CASCADE).
    for (const QString &statement : {u"DELETE FROM comparison_columns WHERE comparison_key = ?"_s,
                                     u"DELETE FROM votes WHERE comparison_key = ?"_s}) {
        QSqlQuery remove(db);
        remove.prepare(statement);
        remove.addBindValue(key);
        if (const auto failure = exec(remove))
            return failure;
    }

    QSqlQuery column(db);
    if (!column.prepare(u"INSERT INTO comparison_columns (comparison_key, position, "
                        "connection_name, settings) VALUES (?, ?, ?, ?)"_s)) {
        return column.lastError();
    }
    QSqlQuery turn(db);
    if (!turn.prepare(u"INSERT INTO comparison_turns (comparison_key, column_position, position, "
                      "json) VALUES (?, ?, ?, ?)"_s)) {
        return turn.lastError();
    }
    for (qsizetype c = 0; c < comparison.columns.size(); ++c) {
        const Core::ComparisonColumn &value = comparison.columns.at(c);
        column.bindValue(0, key);
        column.bindValue(1, qint64(c));
        column.bindValue(2, text(value.connectionName));
        column.bindValue(3, jsonText(settingsToJson(value.settings)));
        if (const auto failure = exec(column))
            return failure;
        for (qsizetype t = 0; t < value.turns.size(); ++t) {
            turn.bindValue(0, key);
            turn.bindValue(1, qint64(c));
            turn.bindValue(2, qint64(t));
            turn.bindValue(3, jsonText(turnToJson(value.turns.at(t))));
            if (const auto failure = exec(turn))
                return failure;
        }
    }

    QSqlQuery vote(db);
    if (!vote.prepare(u"INSERT INTO votes (comparison_key, at, contestants, outcome, best, round) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s)) {
        return vote.lastError();
    }
    for (const Core::Vote &value : comparison.votes) {
        vote.bindValue(0, key);
        vote.bindValue(1, timeText(value.at));
        vote.bindValue(2, jsonText(QJsonArray::fromStringList(value.contestants)));
        vote.bindValue(3, outcomeName(value.outcome));
        vote.bindValue(4, value.best);
        vote.bindValue(5, value.round);
        if (const auto failure = exec(vote))
            return failure;
    }
    return std::nullopt;
}

std::optional<QSqlError> read(QSqlDatabase &db, const QString &key,
                              std::optional<Core::Comparison> *out, QString *damage)
{
    QSqlQuery row(db);
    row.setForwardOnly(true);
    row.prepare(u"SELECT coalesce(custom_title, title), created, updated, blind, blind_order "
                "FROM comparisons WHERE key = ?"_s);
    row.addBindValue(key);
    if (const auto failure = exec(row))
        return failure;
    if (!row.next())
        return row.lastError().isValid() ? std::optional(row.lastError()) : std::nullopt;

    Core::Comparison comparison;
    comparison.key = key;
    comparison.title = row.value(0).toString();
    comparison.created = timeFromText(row.value(1).toString());
    comparison.updated = timeFromText(row.value(2).toString());
    comparison.blind = row.value(3).toInt() != 0;
    QString why;
    std::optional<QList<int>> order = blindOrderFrom(row.value(4).toString(), &why);
    // Set before any damage is found, so the message can name the comparison by its title.
    *out = comparison;
    if (!order) {
        *damage = Tr::tr("blind order: %1").arg(why);
        return std::nullopt;
    }
    comparison.blindOrder = *std::move(order);

    QSqlQuery columns(db);
    columns.setForwardOnly(true);
    columns.prepare(u"SELECT position, connection_name, settings FROM comparison_columns "
                    "WHERE comparison_key = ? ORDER BY position"_s);
    columns.addBindValue(key);
    if (const auto failure = exec(columns))
        return failure;
    QHash<qint64, qsizetype> indexOfPosition;
    while (columns.next()) {
        const qint64 position = columns.value(0).toLongLong();
        Core::ComparisonColumn column;
        column.connectionName = columns.value(1).toString();
        const std::optional<QJsonObject> json = jsonObject(columns.value(2).toString(), &why);
        const std::optional<Core::ChatSettings> settings
            = json ? settingsFromJson(*json, &why) : std::nullopt;
        if (!settings) {
            *damage = Tr::tr("column %1 settings: %2").arg(position + 1).arg(why);
            return std::nullopt;
        }
        column.settings = *settings;
        indexOfPosition.insert(position, comparison.columns.size());
        comparison.columns.append(column);
    }
    if (columns.lastError().isValid())
        return columns.lastError();

    QSqlQuery turns(db);
    turns.setForwardOnly(true);
    turns.prepare(u"SELECT column_position, position, json FROM comparison_turns "
                  "WHERE comparison_key = ? ORDER BY column_position, position"_s);
    turns.addBindValue(key);
    if (const auto failure = exec(turns))
        return failure;
    while (turns.next()) {
        const qint64 columnPosition = turns.value(0).toLongLong();
        const qint64 position = turns.value(1).toLongLong();
        const std::optional<QJsonObject> json = jsonObject(turns.value(2).toString(), &why);
        std::optional<Core::Turn> turn = json ? turnFromJson(*json, &why) : std::nullopt;
        if (!turn) {
            *damage = Tr::tr("column %1, turn %2: %3")
                          .arg(columnPosition + 1)
                          .arg(position + 1)
                          .arg(why);
            return std::nullopt;
        }
        // The foreign key keeps every turn's column, unless the file was edited without it.
        const auto column = indexOfPosition.constFind(columnPosition);
        if (column == indexOfPosition.cend()) {
            *damage = Tr::tr("column %1, turn %2: the column is missing")
                          .arg(columnPosition + 1)
                          .arg(position + 1);
            return std::nullopt;
        }
        comparison.columns[*column].turns.append(*std::move(turn));
    }
    if (turns.lastError().isValid())
        return turns.lastError();

    if (const auto failure = selectVotes(db, key, &comparison.votes, damage))
        return failure;
    if (damage->isEmpty())
        *out = std::move(comparison);
    return std::nullopt;
}

std::optional<QSqlError> readVotes(QSqlDatabase &db, QList<Core::Vote> *out, QString *damage)
{
    return selectVotes(db, QString(), out, damage);
}

} // namespace Parlance::Store::ComparisonRows
