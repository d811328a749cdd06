// A 10,000-prompt × 4-model batch table in the history (issue 11: batch runs are kept and
// reopen with their table): what its first save costs the GUI thread (the snapshot) and the
// history's thread, what a second's worth of finished cells costs while it runs, and what
// opening it costs (the history's load, then the conversion the keeper does on a thread of its
// own, and the session's restore). It reports each, and the file's size.
//
//   bench_batchhistory [RESULT_FILE]    (or the file named by BENCH_RESULT)
// Env: ROWS (default 10000); MAX_GUI_MS fails the run when the run's start or the restore
// passes it (a regression bound, default 2000).

#include "engine/batchrunner.h"
#include "store/historyservice.h"
#include "workspace/batchrecord.h"
#include "workspace/batchsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Parlance;
using Workspace::BatchSession;

namespace {

qint64 waitFor(QSignalSpy &spy, const QElapsedTimer &clock)
{
    if (!spy.wait(120000))
        qFatal("the history did not answer");
    return clock.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows
        = qEnvironmentVariableIntValue("ROWS") > 0 ? qEnvironmentVariableIntValue("ROWS") : 10000;
    const QStringList models{
        QStringLiteral("databricks-claude-sonnet-4-5"), QStringLiteral("databricks-gpt-5"),
        QStringLiteral("databricks-llama-4-maverick"), QStringLiteral("databricks-gemma-3-12b")};
    BatchSession session(nullptr);
    BatchSession::RunSetup setup;
    for (int i = 0; i < rows; ++i) {
        Engine::BatchRow row;
        row.index = i;
        row.line = i + 2;
        row.prompt = QStringLiteral("Question %1: explain, in a short paragraph, why the sky "
                                    "looks blue at noon and red at sunset.")
                         .arg(i);
        row.conversation = Core::Conversation::singleTurn(row.prompt);
        row.columns = QJsonObject{{QStringLiteral("topic"), QStringLiteral("optics")}};
        setup.rows.append(row);
    }
    setup.models = models;
    QString error;
    setup.checks.append(*Engine::BatchCheck::parse(QStringLiteral("contains:light"), &error));
    setup.checks.append(*Engine::BatchCheck::parse(QStringLiteral("max-length:400"), &error));
    session.prepare(setup);
    const QString answer = QStringLiteral(
        "Sunlight scatters off the molecules of the air, and short wavelengths scatter most: "
        "that is Rayleigh scattering.\nAt noon the light crosses little air, so the scattered "
        "blue fills the sky.\nAt sunset it crosses much more, the blue is scattered away before "
        "it reaches you, and the reds and oranges are left.");
    for (int i = 0; i < rows; ++i) {
        for (int m = 0; m < models.size(); ++m) {
            Engine::BatchCell cell;
            cell.row = std::make_shared<const Engine::BatchRow>(session.row(i));
            cell.model = models.at(m);
            cell.result.model = cell.model;
            if (m == 3 && i % 10 == 0) {
                Core::ApiError e;
                e.httpStatus = 429;
                e.message = QStringLiteral("HTTP 429: rate limit exceeded; retry after 2 s");
                e.raw = e.message.toUtf8();
                cell.result.error = e;
            } else {
                cell.result.message = Core::Message::make(
                    Core::Role::Assistant, answer.left(200 + (i * 7 + m * 31) % 120));
            }
            cell.result.httpStatus = cell.result.error ? 429 : 200;
            cell.result.attempts = 1;
            cell.result.usage.inputTokens = 30;
            cell.result.usage.outputTokens = 40 + (i + m) % 90;
            cell.result.metrics.totalMs = 300 + (i * 37 + m * 101) % 4000;
            cell.result.metrics.timeToFirstTokenMs = 120;
            for (const Engine::BatchCheck &check : setup.checks)
                cell.checks.append(cell.result.error ? check.notAnswered()
                                                     : check.evaluate(cell.result.message.text()));
            session.record(cell);
        }
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    Store::HistoryService service(file);
    QSignalSpy opened(&service, &Store::HistoryService::opened);
    if (!opened.wait(10000))
        qFatal("the history did not open");

    // What a run's start costs: the table goes to the history before any cell has come.
    QElapsedTimer clock;
    qint64 startMs = 0;
    {
        BatchSession fresh(nullptr);
        BatchSession::RunSetup empty = setup;
        fresh.prepare(std::move(empty));
        clock.start();
        const Store::StoredBatch atStart = Workspace::BatchRecord::snapshot(fresh);
        startMs = clock.elapsed();
        if (atStart.rows.size() != rows)
            qFatal("the snapshot lost rows");
    }
    clock.restart();
    Store::StoredBatch stored = Workspace::BatchRecord::snapshot(session);
    stored.created = stored.updated = QDateTime::currentDateTimeUtc();
    const qint64 snapshotMs = clock.elapsed();
    QSignalSpy saved(&service, &Store::HistoryService::saved);
    clock.restart();
    service.saveBatch(stored);
    const qint64 saveMs = waitFor(saved, clock);

    // A second of a fast run: 40 cells (parallel 8 at 5 answers a second each).
    std::vector<double> cellSaves;
    for (int round = 0; round < 20; ++round) {
        QList<Store::StoredBatch::Cell> cells;
        for (int k = 0; k < 40; ++k) {
            const int row = (round * 997 + k * 131) % rows;
            const int model = k % 4;
            cells.append(
                {row, model, Workspace::BatchRecord::cellToJson(session.cell(row, model)), false});
        }
        clock.restart();
        service.saveBatchCells(stored.key, QDateTime::currentDateTimeUtc(), cells);
        cellSaves.push_back(double(waitFor(saved, clock)));
    }
    std::sort(cellSaves.begin(), cellSaves.end());

    QSignalSpy loaded(&service, &Store::HistoryService::batchLoaded);
    clock.restart();
    service.requestBatch(stored.key);
    const qint64 loadMs = waitFor(loaded, clock);
    const auto back = loaded.first().at(0).value<Store::StoredBatch>();
    clock.restart();
    auto restored = Workspace::BatchRecord::restore(back, &error, nullptr);
    if (!restored)
        qFatal("the table did not restore: %s", qPrintable(error));
    const qint64 convertMs = clock.elapsed();
    BatchSession copy(nullptr);
    clock.restart();
    if (!copy.restore(back.key, std::move(restored->setup), std::move(restored->cells)))
        qFatal("the session did not take the table");
    const qint64 restoreMs = clock.elapsed();
    if (copy.done() != session.done() || copy.line(rows - 1, 3) != session.line(rows - 1, 3))
        qFatal("the reopened table differs");

    const QString report
        = QStringLiteral("bench_batchhistory: %1 prompts x %2 models (%3 cells), file %4 MB\n"
                         "  a run's start: snapshot of the prompts on the GUI thread %11 ms\n"
                         "  whole table: snapshot on the GUI thread %5 ms, written in %6 ms\n"
                         "  40 cells a second while running: median %7 ms, max %8 ms\n"
                         "  open: loaded in %9 ms, converted off the GUI thread in %12 ms, "
                         "restored on the GUI thread in %10 ms\n")
              .arg(rows)
              .arg(models.size())
              .arg(session.done())
              .arg(double(QFileInfo(file).size()) / 1e6, 0, 'f', 1)
              .arg(snapshotMs)
              .arg(saveMs)
              .arg(cellSaves[cellSaves.size() / 2])
              .arg(cellSaves.back())
              .arg(loadMs)
              .arg(restoreMs)
              .arg(startMs)
              .arg(convertMs);
    std::fputs(qPrintable(report), stdout);
    const QString resultPath
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("BENCH_RESULT");
    if (!resultPath.isEmpty()) {
        QFile out(resultPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(report.toUtf8());
    }
    const int maxGui = qEnvironmentVariableIntValue("MAX_GUI_MS") > 0
                           ? qEnvironmentVariableIntValue("MAX_GUI_MS")
                           : 2000;
    if (startMs > maxGui || restoreMs > maxGui) {
        std::fprintf(stderr, "FAIL: a GUI-thread part passed %d ms\n", maxGui);
        return 1;
    }
    return 0;
}
