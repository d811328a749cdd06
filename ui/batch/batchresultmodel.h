#pragma once

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace Parlance::Workspace {
class BatchSession;
}

namespace Parlance::Ui {

// The results of a batch as a table: a row per prompt, a Prompt column, then a column per
// model. It reads the session's cells where they are (nothing is copied per cell), and keeps
// only the order of the rows it shows, so 10,000 × 4 results filter and sort in a few
// milliseconds and a view asks only for what it paints.
//
// While a run fills cells, a filtered or sorted table is put in order again at most every
// kRefreshMs, not once per answer.
class BatchResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 150;

    enum Role {
        AnswerRole = Qt::UserRole + 1, // the answer's start, for painting
        FiguresRole,                   // "1,234 ms · 56 tokens"
        ChecksPassedRole,
        ChecksTotalRole,
        ErrorRole,  // the error message; empty when the cell succeeded
        DoneRole,   // whether the cell has a result
        FailedRole, // an error, or a check that failed
    };
    enum class Filter { All, Failures, Differ };
    enum class Metric { TotalMs, Tokens, ChecksPassed, Length };

    struct Summary
    {
        qint64 done = 0;
        qint64 failed = 0;              // cells with an error
        std::optional<double> passRate; // of the checks, over the answered cells
        std::optional<qint64> medianMs;
        std::optional<qint64> medianTokens;
    };

    explicit BatchResultModel(Workspace::BatchSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Column 0 sorts in input order; a model's column by the metric setSortMetric() chose.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSortMetric(Metric metric);
    Metric sortMetric() const { return m_metric; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // The session's row shown at `row`, and the model of a column (-1 for the Prompt column).
    int sessionRow(int row) const;
    static int modelOfColumn(int column) { return column - 1; }
    // Pass rate and medians of a model over its answered cells.
    Summary summary(int model) const;
    // Puts rows in order now instead of at the next refresh.
    void refresh();

signals:
    void summaryChanged();

private:
    void onPrepared();
    void onCellChanged(int row, int model);
    void onRefreshDue();
    void rebuild();
    bool rowPasses(int sessionRow) const;
    std::optional<double> sortKey(int sessionRow) const;

    Workspace::BatchSession *m_session;
    std::vector<int> m_rows;    // session rows in the order shown
    std::vector<int> m_shownAt; // per session row: where it is shown, -1 when filtered out
    Filter m_filter = Filter::All;
    Metric m_metric = Metric::TotalMs;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QTimer m_refresh;
    mutable std::vector<std::optional<Summary>> m_summaries; // per model, until a cell changes
};

} // namespace Parlance::Ui
