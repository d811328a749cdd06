#include "batch/batchresultmodel.h"

#include "workspace/batchsession.h"

#include <QColor>

#include <algorithm>

namespace Parlance::Ui {

using Workspace::BatchSession;

namespace {

// What a cell shows and a tooltip holds at most: a view elides long before this.
constexpr qsizetype kShownChars = 600;

std::optional<qint64> tokensOf(const Engine::ChatResult &result)
{
    return result.metrics.outputTokens ? result.metrics.outputTokens : result.usage.outputTokens;
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed.left(kShownChars) : trimmed.left(std::min(end, kShownChars));
}

template<typename T>
std::optional<T> median(std::vector<T> values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

BatchResultModel::BatchResultModel(BatchSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &BatchResultModel::onRefreshDue);
    connect(session, &BatchSession::prepared, this, &BatchResultModel::onPrepared);
    connect(session, &BatchSession::cellChanged, this, &BatchResultModel::onCellChanged);
    onPrepared();
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_session->modelCount();
}

int BatchResultModel::sessionRow(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    const int row = sessionRow(index.row());
    if (row < 0 || index.column() < 0 || index.column() >= columnCount())
        return {};
    if (index.column() == 0) {
        const QString &prompt = m_session->row(row).prompt;
        switch (role) {
        case Qt::DisplayRole:
        case AnswerRole:
            return prompt.left(kShownChars);
        case Qt::ToolTipRole:
            return prompt.left(kShownChars * 2);
        default:
            return {};
        }
    }
    const BatchSession::Cell &cell = m_session->cell(row, modelOfColumn(index.column()));
    switch (role) {
    case DoneRole:
        return cell.done();
    case FailedRole:
        return cell.done() && (cell.failed() || cell.passed < cell.checks.size());
    default:
        break;
    }
    if (!cell.result)
        return role == Qt::DisplayRole ? QVariant(tr("waiting")) : QVariant();
    const Engine::ChatResult &result = *cell.result;
    switch (role) {
    case Qt::DisplayRole:
        return result.error ? result.error->message.left(kShownChars)
                            : firstLine(result.message.text());
    case AnswerRole:
        return result.message.text().left(kShownChars);
    case Qt::ToolTipRole:
        return result.error ? result.error->message.left(kShownChars * 2)
                            : result.message.text().left(kShownChars * 2);
    case ErrorRole:
        return result.error ? result.error->message : QString();
    case ChecksPassedRole:
        return cell.passed;
    case ChecksTotalRole:
        return int(cell.checks.size());
    case FiguresRole: {
        QStringList parts;
        if (result.metrics.totalMs)
            parts.append(tr("%L1 ms").arg(*result.metrics.totalMs));
        if (const std::optional<qint64> tokens = tokensOf(result))
            parts.append(tr("%L1 tokens").arg(*tokens));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const int row = sessionRow(section);
        return row < 0 ? QVariant() : QVariant(m_session->row(row).index + 1);
    }
    if (section == 0)
        return tr("Prompt");
    const int model = modelOfColumn(section);
    return model >= 0 && model < m_session->modelCount() ? QVariant(m_session->models().at(model))
                                                         : QVariant();
}

void BatchResultModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = std::clamp(column, 0, std::max(0, columnCount() - 1));
    m_order = order;
    refresh();
}

void BatchResultModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    refresh();
}

void BatchResultModel::setSortMetric(Metric metric)
{
    if (m_metric == metric)
        return;
    m_metric = metric;
    if (m_sortColumn > 0)
        refresh();
}

void BatchResultModel::onPrepared()
{
    beginResetModel();
    m_sortColumn = 0;
    m_order = Qt::AscendingOrder;
    m_summaries.assign(size_t(m_session->modelCount()), std::nullopt);
    m_rows.clear();
    m_shownAt.assign(size_t(m_session->rowCount()), -1);
    for (int row = 0; row < m_session->rowCount(); ++row) {
        if (rowPasses(row)) {
            m_shownAt[size_t(row)] = int(m_rows.size());
            m_rows.push_back(row);
        }
    }
    endResetModel();
    emit summaryChanged();
}

void BatchResultModel::onCellChanged(int row, int model)
{
    if (model >= 0 && size_t(model) < m_summaries.size())
        m_summaries[size_t(model)].reset();
    if (row >= 0 && size_t(row) < m_shownAt.size() && m_shownAt[size_t(row)] >= 0) {
        const QModelIndex cell = index(m_shownAt[size_t(row)], model + 1);
        emit dataChanged(cell, cell);
    }
    // A new answer can move its row or let it in or out, and changes the summary: both again
    // soon, once for all the answers that come until then.
    if (!m_refresh.isActive())
        m_refresh.start();
}

void BatchResultModel::onRefreshDue()
{
    if (m_filter != Filter::All || m_sortColumn > 0)
        rebuild();
    emit summaryChanged();
}

void BatchResultModel::refresh()
{
    m_refresh.stop();
    rebuild();
    emit summaryChanged();
}

void BatchResultModel::rebuild()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> held; // session row, column
    held.reserve(before.size());
    for (const QModelIndex &index : before)
        held.append({sessionRow(index.row()), index.column()});

    std::vector<int> rows;
    rows.reserve(size_t(m_session->rowCount()));
    for (int row = 0; row < m_session->rowCount(); ++row) {
        if (rowPasses(row))
            rows.push_back(row);
    }
    if (m_sortColumn > 0) {
        // Keys first, so the sort compares numbers; rows without a value go last either way.
        std::vector<std::optional<double>> keys(size_t(m_session->rowCount()));
        for (const int row : rows)
            keys[size_t(row)] = sortKey(row);
        const bool ascending = m_order == Qt::AscendingOrder;
        std::stable_sort(rows.begin(), rows.end(), [&keys, ascending](int a, int b) {
            const std::optional<double> &ka = keys[size_t(a)];
            const std::optional<double> &kb = keys[size_t(b)];
            if (!ka || !kb)
                return ka.has_value() && !kb.has_value();
            return ascending ? *ka < *kb : *kb < *ka;
        });
    } else if (m_order == Qt::DescendingOrder) {
        std::reverse(rows.begin(), rows.end());
    }
    m_rows = std::move(rows);
    m_shownAt.assign(size_t(m_session->rowCount()), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_shownAt[size_t(m_rows[i])] = int(i);

    QModelIndexList after;
    after.reserve(held.size());
    for (const auto &[row, column] : held) {
        const int shown = row >= 0 && size_t(row) < m_shownAt.size() ? m_shownAt[size_t(row)] : -1;
        after.append(shown >= 0 ? index(shown, column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool BatchResultModel::rowPasses(int row) const
{
    if (m_filter == Filter::All)
        return true;
    const int models = m_session->modelCount();
    if (m_filter == Filter::Failures) {
        for (int model = 0; model < models; ++model) {
            const BatchSession::Cell &cell = m_session->cell(row, model);
            if (cell.done() && (cell.failed() || cell.passed < cell.checks.size()))
                return true;
        }
        return false;
    }
    // Differ: two answered cells that do not say the same (a failure differs from an answer).
    std::optional<QString> first;
    for (int model = 0; model < models; ++model) {
        const BatchSession::Cell &cell = m_session->cell(row, model);
        if (!cell.result)
            continue;
        const QString said = cell.failed() ? QStringLiteral("\x01") + cell.result->error->message
                                           : cell.result->message.text().trimmed();
        if (!first)
            first = said;
        else if (*first != said)
            return true;
    }
    return false;
}

std::optional<double> BatchResultModel::sortKey(int row) const
{
    const BatchSession::Cell &cell = m_session->cell(row, modelOfColumn(m_sortColumn));
    if (!cell.result)
        return std::nullopt;
    switch (m_metric) {
    case Metric::TotalMs:
        return cell.result->metrics.totalMs ? std::optional<double>(*cell.result->metrics.totalMs)
                                            : std::nullopt;
    case Metric::Tokens: {
        const std::optional<qint64> tokens = tokensOf(*cell.result);
        return tokens ? std::optional<double>(*tokens) : std::nullopt;
    }
    case Metric::ChecksPassed:
        return double(cell.passed);
    case Metric::Length:
        return double(cell.result->message.text().size());
    }
    return std::nullopt;
}

BatchResultModel::Summary BatchResultModel::summary(int model) const
{
    if (model < 0 || size_t(model) >= m_summaries.size())
        return {};
    if (m_summaries[size_t(model)])
        return *m_summaries[size_t(model)];
    Summary summary;
    qint64 checks = 0;
    qint64 passed = 0;
    std::vector<qint64> ms;
    std::vector<qint64> tokens;
    for (int row = 0; row < m_session->rowCount(); ++row) {
        const BatchSession::Cell &cell = m_session->cell(row, model);
        if (!cell.result)
            continue;
        ++summary.done;
        summary.failed += cell.failed() ? 1 : 0;
        checks += cell.checks.size();
        passed += cell.passed;
        if (cell.failed())
            continue;
        if (cell.result->metrics.totalMs)
            ms.push_back(*cell.result->metrics.totalMs);
        if (const std::optional<qint64> t = tokensOf(*cell.result))
            tokens.push_back(*t);
    }
    if (checks > 0)
        summary.passRate = double(passed) / double(checks);
    summary.medianMs = median(std::move(ms));
    summary.medianTokens = median(std::move(tokens));
    m_summaries[size_t(model)] = summary;
    return summary;
}

} // namespace Parlance::Ui
