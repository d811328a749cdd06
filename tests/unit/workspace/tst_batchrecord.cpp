// BatchRecord: a batch table turned into what the history keeps and back gives the same table
// (every row, every answer with its error, usage, metrics and checks, the setup), and a
// damaged record is refused with a message that says where.
#include "engine/batchinput.h"
#include "engine/batchrunner.h"
#include "workspace/batchrecord.h"
#include "workspace/batchsession.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Workspace::BatchSession;

class TstBatchRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGivesTheSameTable();
    void aTableWithEveryCellIsFinished();
    void aCheckThatNoLongerReadsIsDropped();
    void thePromptSetReadsBackAsTheSamePrompts();
    void damageIsNamed_data();
    void damageIsNamed();

private:
    static BatchSession::RunSetup setup(const QStringList &checks = {});
    static void fill(BatchSession &session, bool everyCell);
};

BatchSession::RunSetup TstBatchRecord::setup(const QStringList &checks)
{
    BatchSession::RunSetup setup;
    Engine::BatchRow plain;
    plain.index = 0;
    plain.line = 2;
    plain.prompt = u"Summarise «Faust» in one line"_s;
    plain.conversation = Core::Conversation::singleTurn(plain.prompt);
    plain.columns
        = QJsonObject{{"topic"_L1, "drama"_L1}, {"n"_L1, 3}, {"nested"_L1, QJsonObject{}}};
    Engine::BatchRow messages;
    messages.index = 1;
    messages.line = 3;
    messages.prompt = u"And now in German?"_s;
    Core::Message call = Core::Message::assistant(u"Calling a tool"_s);
    call.parts.append(Core::ContentPart::makeToolCall(u"c1"_s, u"lookup"_s, u"{\"q\":1}"_s));
    Core::Message tool = Core::Message::make(Core::Role::Tool, u"{\"a\":2}"_s);
    tool.toolCallId = u"c1"_s;
    messages.conversation
        = Core::Conversation({Core::Message::system(u"Be brief"_s), Core::Message::user(u"Hi"_s),
                              call, tool, Core::Message::user(messages.prompt)});
    Engine::BatchRow empty;
    empty.index = 2;
    empty.line = 4;
    empty.prompt = QString();
    empty.conversation = Core::Conversation::singleTurn(QString());
    setup.rows = {plain, messages, empty};
    setup.models = {u"model-a"_s, u"model:b"_s};
    setup.parallel = 7;
    setup.api = Core::ApiKind::Responses;
    setup.params.maxTokens = 123;
    setup.params.temperature = 0.25;
    setup.params.systemPrompt = u"System"_s;
    for (const QString &spec : checks) {
        QString error;
        std::optional<Engine::BatchCheck> check = Engine::BatchCheck::parse(spec, &error);
        if (!check)
            qFatal("check %s: %s", qPrintable(spec), qPrintable(error));
        setup.checks.append(*check);
    }
    return setup;
}

void TstBatchRecord::fill(BatchSession &session, bool everyCell)
{
    for (int row = 0; row < session.rowCount(); ++row) {
        for (int model = 0; model < session.modelCount(); ++model) {
            if (!everyCell && row == 2 && model == 1)
                continue; // left for a resume
            Engine::BatchCell cell;
            cell.row = std::make_shared<const Engine::BatchRow>(session.row(row));
            cell.model = session.models().at(model);
            Engine::ChatResult &result = cell.result;
            result.model = cell.model;
            result.api = Core::ApiKind::Responses;
            result.message = Core::Message::assistant(u"Answer %1/%2 ✓"_s.arg(row).arg(model));
            result.message.parts.prepend(Core::ContentPart::makeReasoning(u"thinking"_s, u"sig"_s));
            result.finishReason = u"stop"_s;
            result.usage.inputTokens = 10 + row;
            result.usage.outputTokens = 20 + model;
            result.usage.reasoningTokens = 5;
            result.metrics.timeToFirstTokenMs = 40;
            result.metrics.totalMs = 900 + row;
            result.httpStatus = 200;
            result.attempts = 1 + row;
            result.exchangeIds = {42};
            if (row == 1 && model == 1) {
                Core::ApiError error;
                error.kind = Core::ApiError::Kind::Stream;
                error.httpStatus = 200;
                error.code = u"overloaded"_s;
                error.type = u"server_error"_s;
                error.message = u"The model is overloaded"_s;
                error.param = u"model"_s;
                error.retryAfterSeconds = 2.5;
                error.raw = QByteArray("{\"error\":\xff}", 11); // not UTF-8
                result.error = error;
                result.incomplete = true;
            }
            for (const Engine::BatchCheck &check : session.checks()) {
                Engine::BatchCheckResult checked = check.evaluate(result.message.text());
                if (check.isJudge())
                    checked = check.judgeResult(u"SCORE: 0.7 fine"_s);
                cell.checks.append(checked);
            }
            session.record(cell);
        }
    }
}

void TstBatchRecord::roundTripGivesTheSameTable()
{
    BatchSession original(nullptr);
    QVERIFY(original.prepare(
        setup({u"contains:Answer"_s, u"max-length:5"_s, u"judge:[judge:model]:Is it good?"_s})));
    fill(original, false);
    QCOMPARE(original.done(), 5);

    const Store::StoredBatch stored = Workspace::BatchRecord::snapshot(original);
    QCOMPARE(stored.key, original.logKey());
    QCOMPARE(stored.models, original.models());
    QCOMPARE(stored.rows.size(), 3);
    QCOMPARE(stored.cells.size(), 5);
    QCOMPARE(stored.title, u"Summarise «Faust» in one line"_s);
    QCOMPARE(std::count_if(stored.cells.cbegin(), stored.cells.cend(),
                           [](const Store::StoredBatch::Cell &c) { return c.failed; }),
             1);

    QString error;
    QStringList dropped;
    std::optional<Workspace::BatchRecord::Restored> restored
        = Workspace::BatchRecord::restore(stored, &error, &dropped);
    QVERIFY2(restored.has_value(), qPrintable(error));
    QVERIFY(dropped.isEmpty());
    BatchSession copy(nullptr);
    QVERIFY(copy.restore(stored.key, std::move(restored->setup), std::move(restored->cells)));

    QCOMPARE(copy.logKey(), original.logKey());
    QCOMPARE(copy.state(), BatchSession::State::Cancelled); // one cell to resume
    QCOMPARE(copy.done(), original.done());
    QCOMPARE(copy.setup().api, Core::ApiKind::Responses);
    QCOMPARE(copy.setup().parallel, 7);
    QCOMPARE(copy.setup().params, original.setup().params);
    QCOMPARE(copy.checks().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(copy.checks().at(i).name(), original.checks().at(i).name());
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(copy.row(row).index, original.row(row).index);
        QCOMPARE(copy.row(row).line, original.row(row).line);
        QCOMPARE(copy.row(row).prompt, original.row(row).prompt);
        QCOMPARE(copy.row(row).columns, original.row(row).columns);
        QCOMPARE(copy.row(row).conversation, original.row(row).conversation);
        for (int model = 0; model < 2; ++model) {
            const BatchSession::Cell &a = original.cell(row, model);
            const BatchSession::Cell &b = copy.cell(row, model);
            QCOMPARE(b.done(), a.done());
            QCOMPARE(b.passed, a.passed);
            QCOMPARE(b.checks, a.checks);
            // The CLI's line of the cell, every part of the answer included.
            QCOMPARE(copy.line(row, model), original.line(row, model));
            if (!a.result)
                continue;
            QCOMPARE(b.result->message, a.result->message);
            QCOMPARE(b.result->error, a.result->error);
            QCOMPARE(b.result->incomplete, a.result->incomplete);
            QCOMPARE(b.result->usage.reasoningTokens, a.result->usage.reasoningTokens);
            QCOMPARE(b.result->metrics.timeToFirstTokenMs, a.result->metrics.timeToFirstTokenMs);
            QCOMPARE(b.result->attempts, a.result->attempts);
            // The exchanges lived in this run's log only.
            QVERIFY(b.result->exchangeIds.isEmpty());
        }
    }
    // A check result's score and detail came back.
    QCOMPARE(copy.cell(0, 0).checks.at(2).score, std::optional<double>(0.7));
}

void TstBatchRecord::aTableWithEveryCellIsFinished()
{
    BatchSession original(nullptr);
    QVERIFY(original.prepare(setup()));
    fill(original, true);
    QString error;
    auto restored = Workspace::BatchRecord::restore(Workspace::BatchRecord::snapshot(original),
                                                    &error, nullptr);
    QVERIFY2(restored.has_value(), qPrintable(error));
    BatchSession copy(nullptr);
    QSignalSpy prepared(&copy, &BatchSession::prepared);
    QVERIFY(copy.restore(u"k"_s, std::move(restored->setup), std::move(restored->cells)));
    QCOMPARE(prepared.size(), 1);
    QCOMPARE(copy.state(), BatchSession::State::Finished);
    QVERIFY(!copy.resume()); // nothing is left to ask
    // A table of the wrong size is refused.
    QVERIFY(!copy.restore(u"k2"_s, setup(), std::vector<BatchSession::Cell>(5)));
    QCOMPARE(copy.logKey(), u"k"_s);
}

void TstBatchRecord::aCheckThatNoLongerReadsIsDropped()
{
    QTemporaryDir dir;
    const QString schema = dir.filePath(u"schema.json"_s);
    {
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"object"})");
    }
    BatchSession original(nullptr);
    QVERIFY(original.prepare(setup({u"json"_s, u"json-schema:"_s + schema})));
    fill(original, false);
    const Store::StoredBatch stored = Workspace::BatchRecord::snapshot(original);
    QVERIFY(QFile::remove(schema));

    QString error;
    QStringList dropped;
    auto restored = Workspace::BatchRecord::restore(stored, &error, &dropped);
    QVERIFY2(restored.has_value(), qPrintable(error));
    QCOMPARE(dropped, QStringList{u"json-schema:"_s + schema});
    QCOMPARE(restored->setup.checks.size(), 1);
    // The results the check gave stay with the cells.
    QCOMPARE(restored->cells.at(0).checks.size(), 2);
}

void TstBatchRecord::thePromptSetReadsBackAsTheSamePrompts()
{
    BatchSession session(nullptr);
    BatchSession::RunSetup asked = setup();
    // A row whose template used a column named like the prompt: the filled prompt is what goes.
    asked.rows[0].columns.insert("prompt"_L1, u"Faust"_s);
    // The tool exchange is not what a prompt set holds: a row of text messages.
    asked.rows[1].conversation = Core::Conversation(
        {Core::Message::system(u"Be brief"_s), Core::Message::user(u"Hi"_s),
         Core::Message::assistant(u"Hello"_s), Core::Message::user(u"And now in German?"_s)});
    QVERIFY(session.prepare(asked));
    const QString jsonl = Workspace::BatchRecord::promptSetJsonl(session);
    QCOMPARE(jsonl.count(u'\n'), 3);

    Engine::BatchInputParser parser({});
    QList<Engine::BatchRow> rows;
    QVERIFY(parser.feed(jsonl.toUtf8(), rows) && parser.finish(rows));
    QVERIFY2(!parser.error(), qPrintable(parser.error() ? parser.error()->message : QString()));
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i).prompt, session.row(i).prompt);
        QCOMPARE(rows.at(i).conversation, session.row(i).conversation);
    }
    QCOMPARE(rows.at(0).columns.value("topic"_L1), QJsonValue(u"drama"_s));
    QCOMPARE(rows.at(0).columns.value("n"_L1), QJsonValue(3));
    QVERIFY(!rows.at(0).columns.contains("prompt"_L1));
}

void TstBatchRecord::damageIsNamed_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no models") << u"models"_s << u"no models"_s;
    QTest::newRow("row") << u"row"_s << u"prompt 2"_s;
    QTest::newRow("cell") << u"cell"_s << u"the answer of model:b to prompt 2"_s;
    QTest::newRow("cell out of range") << u"range"_s << u"belongs to no prompt"_s;
    QTest::newRow("settings") << u"settings"_s << u"settings"_s;
    QTest::newRow("check") << u"check"_s << u"check result"_s;
}

void TstBatchRecord::damageIsNamed()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    BatchSession original(nullptr);
    QVERIFY(original.prepare(setup({u"contains:x"_s})));
    fill(original, false);
    Store::StoredBatch stored = Workspace::BatchRecord::snapshot(original);
    auto cellAt = [&stored](int row, int model) -> Store::StoredBatch::Cell & {
        for (Store::StoredBatch::Cell &cell : stored.cells) {
            if (cell.row == row && cell.model == model)
                return cell;
        }
        qFatal("no cell");
    };
    if (damage == "models"_L1)
        stored.models.clear();
    else if (damage == "row"_L1)
        stored.rows[1].insert("prompt"_L1, 12);
    else if (damage == "cell"_L1)
        cellAt(1, 1).line.insert("turn"_L1, u"not an object"_s);
    else if (damage == "range"_L1)
        stored.cells.append({3, 0, stored.cells.first().line, false});
    else if (damage == "settings"_L1)
        stored.setup.insert("settings"_L1, QJsonObject{{"api"_L1, "smoke-signals"_L1}});
    else if (damage == "check"_L1)
        cellAt(0, 0).line.insert("checks"_L1, QJsonArray{QJsonObject{{"pass"_L1, true}}});

    QString error;
    QVERIFY(!Workspace::BatchRecord::restore(stored, &error, nullptr));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstBatchRecord)
#include "tst_batchrecord.moc"
