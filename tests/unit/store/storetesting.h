#pragma once

// Values and helpers shared by the history tests.
#include "core/comparison.h"
#include "store/storedbatch.h"
#include "store/storedconversation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace StoreTesting {

using namespace Parlance;

inline Core::Turn userTurn(const QString &text)
{
    Core::Turn turn;
    turn.message = Core::Message::user(text);
    return turn;
}

// An assistant turn with every field the history keeps set to something other than its default.
inline Core::Turn fullAssistantTurn()
{
    Core::Turn turn;
    turn.message.role = Core::Role::Assistant;
    turn.message.parts = {
        Core::ContentPart::makeReasoning(QStringLiteral("17 × 23: 17 × 20 = 340, 17 × 3 = 51."),
                                         QStringLiteral("EqRk+sig/Ω==")),
        Core::ContentPart::makeText(QStringLiteral("It is **391**.\n\nAnything else?")),
        {Core::ContentPart::Kind::Refusal,
         QStringLiteral("I cannot help with that part."),
         {},
         {},
         {},
         {}},
        Core::ContentPart::makeToolCall(QStringLiteral("call_42"), QStringLiteral("calculator"),
                                        QStringLiteral(R"({"expression": "17*23"})")),
    };
    turn.message.incomplete = true;
    turn.model = QStringLiteral("databricks-claude-sonnet-4-5");
    turn.api = Core::ApiKind::Responses;
    turn.usage.inputTokens = 1200;
    turn.usage.outputTokens = 345;
    turn.usage.totalTokens = 1545;
    turn.usage.reasoningTokens = 210;
    turn.usage.cachedInputTokens = 1024;
    turn.metrics.timeToFirstTokenMs = 412;
    turn.metrics.totalMs = 5310;
    turn.metrics.outputTokens = 345;
    turn.finishReason = QStringLiteral("length");
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Stream;
    error.httpStatus = 429;
    error.code = QStringLiteral("REQUEST_LIMIT_EXCEEDED");
    error.type = QStringLiteral("rate_limit_error");
    error.message = QStringLiteral("Too many requests, try again in 2.5 s");
    error.param = QStringLiteral("model");
    error.retryAfterSeconds = 2.5;
    // Not UTF-8: a lone continuation byte, a NUL, a cut multi-byte sequence.
    error.raw = QByteArray("\xff\xfe\x80 raw\x00 body \xe2\x82", 15);
    turn.error = error;
    return turn;
}

inline Core::ChatSettings fullSettings()
{
    Core::ChatSettings settings;
    settings.model = QStringLiteral("databricks-meta-llama-3-3-70b-instruct");
    settings.api = Core::ApiKind::Invocations;
    Core::GenerationParams &params = settings.params;
    params.systemPrompt = QStringLiteral("You are terse.\nAnswer in one line.");
    params.maxTokens = 512;
    params.temperature = 0.7;
    params.topP = 0.95;
    params.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    params.extra = QJsonObject{
        {QStringLiteral("seed"), 7},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
    };
    params.stream = false;
    return settings;
}

inline Store::StoredConversation conversation(const QString &key, const QString &title,
                                              const QDateTime &updated,
                                              const QList<Core::Turn> &turns = {})
{
    Store::StoredConversation c;
    c.key = key;
    c.title = title;
    c.created = updated.addSecs(-60);
    c.updated = updated;
    c.connectionName = QStringLiteral("workspace-prod");
    c.settings.model = QStringLiteral("model-of-") + key;
    c.turns = turns;
    return c;
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline Core::Turn answerTurn(const QString &model, const QString &text)
{
    Core::Turn turn;
    turn.message = Core::Message::assistant(text);
    turn.model = model;
    turn.usage.outputTokens = 12;
    turn.metrics.totalMs = 800;
    turn.finishReason = QStringLiteral("stop");
    return turn;
}

// A three-column blind comparison of two rounds with every field set: each column its own
// connection, settings and answers (the middle one's answers carry every turn field), and two
// votes.
inline Core::Comparison fullComparison(const QString &key
                                       = QStringLiteral("0b7d3f6e-1c2a-4e5f-9a8b-7c6d5e4f3a21"))
{
    Core::Comparison comparison;
    comparison.key = key;
    comparison.title = QStringLiteral("What is 17 × 23?");
    comparison.created = utc("2024-06-01T08:00:00.125Z");
    comparison.updated = utc("2024-06-01T08:05:30.750Z");
    comparison.blind = true;
    comparison.blindOrder = {2, 0, 1};
    const QStringList models = {QStringLiteral("databricks-gpt-oss-120b"),
                                QStringLiteral("databricks-claude-sonnet-4-5"),
                                QStringLiteral("databricks-meta-llama-3-3-70b-instruct")};
    for (qsizetype i = 0; i < models.size(); ++i) {
        Core::ComparisonColumn column;
        column.connectionName = QStringLiteral("workspace-%1").arg(i);
        column.settings.model = models.at(i);
        if (i == 2)
            column.settings = fullSettings();
        column.settings.api = i == 1 ? Core::ApiKind::Responses : Core::ApiKind::ChatCompletions;
        column.turns = {userTurn(QStringLiteral("What is 17 × 23?")),
                        i == 1 ? fullAssistantTurn()
                               : answerTurn(models.at(i), QStringLiteral("391 (column %1)").arg(i)),
                        userTurn(QStringLiteral("And 18 × 23?")),
                        answerTurn(models.at(i), QStringLiteral("414 (column %1)").arg(i))};
        comparison.columns.append(column);
    }
    comparison.columns[1].turns[3] = fullAssistantTurn();
    Core::Vote best;
    best.at = utc("2024-06-01T08:01:00.000Z");
    best.contestants = models;
    best.outcome = Core::Vote::Outcome::Best;
    best.best = 1;
    best.comparisonKey = key;
    best.round = 0;
    Core::Vote allBad = best;
    allBad.at = utc("2024-06-01T08:05:00.000Z");
    allBad.outcome = Core::Vote::Outcome::AllBad;
    allBad.best = -1;
    allBad.round = 1;
    comparison.votes = {best, allBad};
    return comparison;
}

// QCOMPARE returns from this function only; callers check QTest::currentTestFailed().
inline void compareTurns(const Core::Turn &actual, const Core::Turn &expected)
{
    QCOMPARE(actual.message.role, expected.message.role);
    QCOMPARE(actual.message.parts.size(), expected.message.parts.size());
    for (qsizetype i = 0; i < expected.message.parts.size(); ++i) {
        const Core::ContentPart &a = actual.message.parts.at(i);
        const Core::ContentPart &e = expected.message.parts.at(i);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.signature, e.signature);
        QCOMPARE(a.toolCallId, e.toolCallId);
        QCOMPARE(a.toolName, e.toolName);
        QCOMPARE(a.toolArguments, e.toolArguments);
    }
    QCOMPARE(actual.message.toolCallId, expected.message.toolCallId);
    QCOMPARE(actual.message.incomplete, expected.message.incomplete);
    QVERIFY(actual.message == expected.message);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.api, expected.api);
    QCOMPARE(actual.usage.inputTokens, expected.usage.inputTokens);
    QCOMPARE(actual.usage.outputTokens, expected.usage.outputTokens);
    QCOMPARE(actual.usage.totalTokens, expected.usage.totalTokens);
    QCOMPARE(actual.usage.reasoningTokens, expected.usage.reasoningTokens);
    QCOMPARE(actual.usage.cachedInputTokens, expected.usage.cachedInputTokens);
    QCOMPARE(actual.metrics.timeToFirstTokenMs, expected.metrics.timeToFirstTokenMs);
    QCOMPARE(actual.metrics.totalMs, expected.metrics.totalMs);
    QCOMPARE(actual.metrics.outputTokens, expected.metrics.outputTokens);
    QCOMPARE(actual.finishReason, expected.finishReason);
    QCOMPARE(actual.error.has_value(), expected.error.has_value());
    if (expected.error) {
        QCOMPARE(actual.error->kind, expected.error->kind);
        QCOMPARE(actual.error->httpStatus, expected.error->httpStatus);
        QCOMPARE(actual.error->code, expected.error->code);
        QCOMPARE(actual.error->type, expected.error->type);
        QCOMPARE(actual.error->message, expected.error->message);
        QCOMPARE(actual.error->param, expected.error->param);
        QCOMPARE(actual.error->retryAfterSeconds, expected.error->retryAfterSeconds);
        QCOMPARE(actual.error->raw, expected.error->raw);
    }
}

// Every field of two comparisons; QCOMPARE returns from this function only, so callers check
// QTest::currentTestFailed().
inline void compareComparisons(const Core::Comparison &actual, const Core::Comparison &expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.updated, expected.updated);
    QCOMPARE(actual.blind, expected.blind);
    QCOMPARE(actual.blindOrder, expected.blindOrder);
    QCOMPARE(actual.columns.size(), expected.columns.size());
    for (qsizetype c = 0; c < expected.columns.size(); ++c) {
        const Core::ComparisonColumn &a = actual.columns.at(c);
        const Core::ComparisonColumn &e = expected.columns.at(c);
        QCOMPARE(a.connectionName, e.connectionName);
        QCOMPARE(a.settings.model, e.settings.model);
        QCOMPARE(a.settings.api, e.settings.api);
        QVERIFY(a.settings.params == e.settings.params);
        QCOMPARE(a.turns.size(), e.turns.size());
        for (qsizetype t = 0; t < e.turns.size(); ++t) {
            compareTurns(a.turns.at(t), e.turns.at(t));
            if (QTest::currentTestFailed()) {
                qWarning("column %lld, turn %lld differs", qlonglong(c), qlonglong(t));
                return;
            }
        }
    }
    QCOMPARE(actual.votes.size(), expected.votes.size());
    for (qsizetype v = 0; v < expected.votes.size(); ++v) {
        QCOMPARE(actual.votes.at(v).at, expected.votes.at(v).at);
        QVERIFY(actual.votes.at(v) == expected.votes.at(v));
    }
}

// A cell's line as `parlance-cli batch` writes it, enough of it to tell cells apart.
inline QJsonObject cellLine(int row, int model, const QString &answer, bool failed = false)
{
    QJsonObject line{{QStringLiteral("row"), row}, {QStringLiteral("model"), model}};
    if (failed) {
        line.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("http")},
                                {QStringLiteral("message"), answer}});
    } else {
        line.insert(QStringLiteral("answer"), answer);
        line.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), 12}});
    }
    return line;
}

inline Store::StoredBatch::Cell cell(int row, int model, const QString &answer, bool failed = false)
{
    return {row, model, cellLine(row, model, answer, failed), failed};
}

// A batch of `prompts` asked of `models`, without cells.
inline Store::StoredBatch batch(const QString &key, const QString &title, const QDateTime &updated,
                                const QStringList &prompts, const QStringList &models)
{
    Store::StoredBatch b;
    b.key = key;
    b.title = title;
    b.created = updated.addSecs(-600);
    b.updated = updated;
    b.connectionName = QStringLiteral("workspace-prod");
    b.models = models;
    b.setup = QJsonObject{
        {QStringLiteral("api"), QStringLiteral("chat")},
        {QStringLiteral("parallelism"), 4},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("temperature"), 0.2}}},
        {QStringLiteral("checks"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("json")}}}},
    };
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        b.rows.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                        {QStringLiteral("prompt"), prompts.at(i)},
                        {QStringLiteral("vars"), QJsonObject{{QStringLiteral("n"), int(i)}}}});
    }
    return b;
}

// Every field of two batches; QCOMPARE returns from this function only, so callers check
// QTest::currentTestFailed().
inline void compareBatches(const Store::StoredBatch &actual, const Store::StoredBatch &expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.updated, expected.updated);
    QCOMPARE(actual.connectionName, expected.connectionName);
    QCOMPARE(actual.models, expected.models);
    QCOMPARE(actual.setup, expected.setup);
    QCOMPARE(actual.rows, expected.rows);
    QCOMPARE(actual.cells.size(), expected.cells.size());
    for (qsizetype i = 0; i < expected.cells.size(); ++i) {
        QCOMPARE(actual.cells.at(i).row, expected.cells.at(i).row);
        QCOMPARE(actual.cells.at(i).model, expected.cells.at(i).model);
        QCOMPARE(actual.cells.at(i).failed, expected.cells.at(i).failed);
        QCOMPARE(actual.cells.at(i).line, expected.cells.at(i).line);
    }
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A connection of the test's own to a history file, to look behind the store's back.
class SqlProbe
{
public:
    explicit SqlProbe(const QString &path)
        : m_name(QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~SqlProbe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlProbe(const SqlProbe &) = delete;
    SqlProbe &operator=(const SqlProbe &) = delete;

    bool isOpen() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace StoreTesting
