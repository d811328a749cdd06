// The batch view holding 10,000 prompts × 4 models (issue 11: it scrolls smoothly): every
// cell filled as a run fills it (answers of a few hundred characters over several lines, time,
// tokens, two checks, every tenth of one model an error), then the table scrolled from top to
// bottom a page at a time, each step painted at once (a repaint, as a frame would). It reports
// the longest and the 95th-percentile frame, the time to fill the table, and what a filter and
// a sort over all rows take.
//
//   bench_batchview [RESULT_FILE]    (or the file named by BENCH_RESULT)
// Env: ROWS (default 10000); MAX_FRAME_MS fails the run when a frame's GUI-thread CPU time
// passes it (a regression bound, default 50); ENFORCE=1 when a frame's wall time passes the
// target (16.7 ms, one 60 Hz frame).

#include "batch/batchresultmodel.h"
#include "batch/batchview.h"
#include "engine/batchrunner.h"
#include "workspace/batchsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <time.h>
#include <vector>

using namespace Parlance;
using Workspace::BatchSession;

namespace {

// The GUI thread's own CPU time: on a shared machine the wall time of a frame includes the
// time others had the core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
        row.prompt = QStringLiteral("Question %1: explain, in a short paragraph, why the sky "
                                    "looks blue at noon and red at sunset.")
                         .arg(i);
        setup.rows.append(row);
    }
    setup.models = models;
    QString error;
    setup.checks.append(*Engine::BatchCheck::parse(QStringLiteral("contains:light"), &error));
    setup.checks.append(*Engine::BatchCheck::parse(QStringLiteral("max-length:400"), &error));
    session.prepare(setup);

    Ui::BatchView view(&session, nullptr);
    view.resize(1400, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("the view did not show");

    const QString answer = QStringLiteral(
        "Sunlight scatters off the molecules of the air, and short wavelengths scatter most: "
        "that is Rayleigh scattering.\nAt noon the light crosses little air, so the scattered "
        "blue fills the sky.\nAt sunset it crosses much more, the blue is scattered away before "
        "it reaches you, and the reds and oranges are left.");
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rows; ++i) {
        for (int m = 0; m < models.size(); ++m) {
            Engine::BatchCell cell;
            cell.row = std::make_shared<const Engine::BatchRow>(session.row(i));
            cell.model = models.at(m);
            if (m == 3 && i % 10 == 0) {
                Core::ApiError e;
                e.httpStatus = 429;
                e.message = QStringLiteral("HTTP 429: rate limit exceeded for this endpoint; "
                                           "retry after 2 s");
                cell.result.error = e;
            } else {
                cell.result.message = Core::Message::make(
                    Core::Role::Assistant, answer.left(200 + (i * 7 + m * 31) % 120));
            }
            cell.result.metrics.totalMs = 300 + (i * 37 + m * 101) % 4000;
            cell.result.metrics.outputTokens = 40 + (i + m) % 90;
            for (const Engine::BatchCheck &check : setup.checks)
                cell.checks.append(cell.result.error ? check.notAnswered()
                                                     : check.evaluate(cell.result.message.text()));
            session.record(cell);
        }
    }
    QCoreApplication::processEvents();
    const qint64 fillMs = clock.elapsed();

    QTableView *table = view.table();
    Ui::BatchResultModel *model = view.resultModel();
    if (model->rowCount() != rows)
        qFatal("the table shows %d rows, not %d", model->rowCount(), rows);
    table->viewport()->repaint(); // the first paint lays out the fonts; not a scrolling frame

    QScrollBar *bar = table->verticalScrollBar();
    std::vector<double> frames;
    std::vector<double> cpu;
    QElapsedTimer frame;
    const int step = std::max(1, bar->pageStep());
    for (int value = 0; value <= bar->maximum(); value += step) {
        frame.start();
        const double cpuStart = threadCpuMs();
        bar->setValue(value);
        table->viewport()->repaint();
        cpu.push_back(threadCpuMs() - cpuStart);
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    std::sort(cpu.begin(), cpu.end());
    // And across: the last columns at the bottom.
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    frame.start();
    table->viewport()->repaint();
    frames.push_back(double(frame.nsecsElapsed()) / 1e6);

    clock.restart();
    model->setFilter(Ui::BatchResultModel::Filter::Failures);
    const qint64 filterMs = clock.elapsed();
    const int failures = model->rowCount();
    model->setFilter(Ui::BatchResultModel::Filter::All);
    model->setSortMetric(Ui::BatchResultModel::Metric::TotalMs);
    clock.restart();
    model->sort(2, Qt::DescendingOrder);
    const qint64 sortMs = clock.elapsed();
    frame.start();
    table->viewport()->repaint();
    frames.push_back(double(frame.nsecsElapsed()) / 1e6);

    std::vector<double> sorted = frames;
    std::sort(sorted.begin(), sorted.end());
    const double longest = sorted.back();
    const double p95 = sorted.at(size_t(double(sorted.size() - 1) * 0.95));
    const double bound = qEnvironmentVariableIntValue("MAX_FRAME_MS") > 0
                             ? qEnvironmentVariableIntValue("MAX_FRAME_MS")
                             : 50;
    const QString report
        = QStringLiteral("batch view: %1 rows x %2 models filled in %3 ms; scrolled in %4 "
                         "frames: longest %5 ms, p95 %6 ms (target <= 16.7 ms); GUI thread CPU a "
                         "frame: longest %11 ms (bound %7 ms), median %12 ms; "
                         "failures filter %8 ms (%9 rows), sort by a model's time %10 ms\n")
              .arg(rows)
              .arg(models.size())
              .arg(fillMs)
              .arg(frames.size())
              .arg(longest, 0, 'f', 1)
              .arg(p95, 0, 'f', 1)
              .arg(bound)
              .arg(filterMs)
              .arg(failures)
              .arg(sortMs)
              .arg(cpu.back(), 0, 'f', 1)
              .arg(cpu.at(cpu.size() / 2), 0, 'f', 1);
    fputs(qPrintable(report), stdout);
    const QString resultFile
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("BENCH_RESULT");
    if (!resultFile.isEmpty()) {
        QFile out(resultFile);
        if (out.open(QIODevice::WriteOnly))
            out.write(report.toUtf8());
    }
    if (failures != rows / 10) // the errors of the fourth model: the filter is wrong
        return 1;
    // The bound is on the GUI thread's own time, which others' load on the machine does not
    // stretch; the target is on the wall time, as a user sees it.
    if (cpu.back() > bound || (qEnvironmentVariableIntValue("ENFORCE") && longest > 16.7))
        return 1;
    return 0;
}
