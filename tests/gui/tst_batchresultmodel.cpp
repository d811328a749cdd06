// The batch results table at 10,000 prompts × 4 models, filled as a run fills it: the model
// keeps to the item model contract (QAbstractItemModelTester), shows each cell where it is,
// and filters and sorts correctly, also while cells keep coming.
#include "batch/batchresultmodel.h"
#include "engine/batchrunner.h"
#include "workspace/batchsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Parlance;
using Ui::BatchResultModel;
using Workspace::BatchSession;

namespace {

constexpr int kRows = 10000;
const QStringList kModels{QStringLiteral("m-a"), QStringLiteral("m-b"), QStringLiteral("m-c"),
                          QStringLiteral("m-d")};

BatchSession::RunSetup setup(int rows)
{
    BatchSession::RunSetup s;
    for (int i = 0; i < rows; ++i) {
        Engine::BatchRow row;
        row.index = i;
        row.prompt = QStringLiteral("prompt %1").arg(i);
        s.rows.append(row);
    }
    s.models = kModels;
    QString error;
    s.checks.append(*Engine::BatchCheck::parse(QStringLiteral("contains:ok"), &error));
    return s;
}

// What model `m` answers to row `i`: m-a always "ok", m-b "ok" on even rows, m-c fails on
// every tenth row, m-d says what m-a says. Times grow with the row, backwards for m-b.
Engine::BatchCell cellFor(const BatchSession &session, int i, int m)
{
    Engine::BatchCell cell;
    cell.row = std::make_shared<const Engine::BatchRow>(session.row(i));
    cell.model = kModels.at(m);
    cell.result.model = cell.model;
    const bool fails = m == 2 && i % 10 == 0;
    const QString text = m == 1 && i % 2 ? QStringLiteral("no") : QStringLiteral("ok");
    if (fails) {
        Core::ApiError error;
        error.httpStatus = 500;
        error.message = QStringLiteral("boom");
        cell.result.error = error;
    } else {
        cell.result.message = Core::Message::make(Core::Role::Assistant, text);
    }
    cell.result.metrics.totalMs = m == 1 ? kRows - i : 100 + i;
    cell.result.metrics.outputTokens = 1 + i % 7;
    cell.checks.append({QStringLiteral("contains:ok"), !fails && text == u"ok", {}, {}});
    return cell;
}

} // namespace

class TstBatchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheContractWhileFilling();
    void tenThousandByFourFilterAndSort();
};

void TstBatchResultModel::keepsTheContractWhileFilling()
{
    BatchSession session(nullptr);
    BatchResultModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.prepare(setup(50)));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(3, 2).data(BatchResultModel::DoneRole).toBool(), false);
    model.setFilter(BatchResultModel::Filter::Failures);
    QCOMPARE(model.rowCount(), 0);
    model.sort(2, Qt::DescendingOrder);
    for (int i = 0; i < 50; ++i) {
        for (int m = 0; m < 4; ++m)
            session.record(cellFor(session, i, m));
    }
    // Put in order at the next refresh, not once per cell.
    // m-b's odd rows, and m-c's failures on rows 0, 10, … 40.
    QTRY_COMPARE(model.rowCount(), 25 + 5);
    model.setFilter(BatchResultModel::Filter::Differ);
    QCOMPARE(model.rowCount(), 25 + 5); // "no" differs from "ok", and a failure from an answer
}

void TstBatchResultModel::tenThousandByFourFilterAndSort()
{
    BatchSession session(nullptr);
    BatchResultModel model(&session);
    QVERIFY(session.prepare(setup(kRows)));
    for (int i = 0; i < kRows; ++i) {
        for (int m = 0; m < 4; ++m)
            session.record(cellFor(session, i, m));
    }
    model.refresh();
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(session.done(), qint64(kRows) * 4);
    QCOMPARE(model.index(kRows - 1, 1).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("no"));
    QCOMPARE(model.index(0, 3).data(BatchResultModel::ErrorRole).toString(), u"boom"_qs);
    QCOMPARE(model.index(20, 3).data(BatchResultModel::FailedRole).toBool(), true);
    QCOMPARE(model.index(21, 3).data(BatchResultModel::FailedRole).toBool(), false);

    // Failures: m-b's odd rows and m-c's tenth rows (which are even).
    model.setFilter(BatchResultModel::Filter::Failures);
    QCOMPARE(model.rowCount(), kRows / 2 + kRows / 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int i = model.sessionRow(row);
        QVERIFY(i % 2 == 1 || i % 10 == 0);
    }
    // Differ: the same rows here, since a failure differs from an answer.
    model.setFilter(BatchResultModel::Filter::Differ);
    QCOMPARE(model.rowCount(), kRows / 2 + kRows / 10);
    model.setFilter(BatchResultModel::Filter::All);

    // m-b's times fall with the row: ascending puts the last row first.
    model.setSortMetric(BatchResultModel::Metric::TotalMs);
    model.sort(2, Qt::AscendingOrder);
    QCOMPARE(model.sessionRow(0), kRows - 1);
    QCOMPARE(model.sessionRow(kRows - 1), 0);
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), kRows); // the input's row number
    // m-c by the checks passed, most first: its failures last, each group in input order.
    model.setSortMetric(BatchResultModel::Metric::ChecksPassed);
    model.sort(3, Qt::DescendingOrder);
    QCOMPARE(model.sessionRow(0), 1);
    QCOMPARE(model.sessionRow(kRows - kRows / 10), 0);
    QCOMPARE(model.sessionRow(kRows - 1), kRows - 10);
    // Back to input order.
    model.sort(0, Qt::AscendingOrder);
    for (int row = 0; row < kRows; row += 997)
        QCOMPARE(model.sessionRow(row), row);

    // The footer's figures: m-c passed 90 %, its median time over the rows it answered.
    const BatchResultModel::Summary c = model.summary(2);
    QCOMPARE(c.done, qint64(kRows));
    QCOMPARE(c.failed, qint64(kRows / 10));
    QCOMPARE(*c.passRate, 0.9);
    QVERIFY(c.medianMs && *c.medianMs >= 100 + kRows / 2 - 10
            && *c.medianMs <= 100 + kRows / 2 + 10);
    QCOMPARE(*model.summary(1).passRate, 0.5);
}

QTEST_MAIN(TstBatchResultModel)
#include "tst_batchresultmodel.moc"
