#include "batch/batchview.h"

#include "batch/batchanswerdialog.h"
#include "batch/batchcelldelegate.h"
#include "batch/batchresultmodel.h"
#include "batch/batchsetuppanel.h"
#include "core/clocktext.h"
#include "engine/batchsql.h"
#include "export/batchexport.h"
#include "workspace/batchrecord.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

using Workspace::BatchSession;

namespace {

constexpr int kProgressMs = 250;
constexpr int kMinColumnWidth = 200;

} // namespace

BatchView::BatchView(BatchSession *session, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_setup(new BatchSetupPanel(settings, this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_warehouse(new QPushButton(tr("Run on a ware&house…"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_export(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_message(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new BatchResultModel(session, this))
    , m_footer(new QHBoxLayout)
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("batchView"));
    m_run->setObjectName(QStringLiteral("batchRunButton"));
    m_pause->setObjectName(QStringLiteral("batchPauseButton"));
    m_cancel->setObjectName(QStringLiteral("batchCancelButton"));
    m_resume->setObjectName(QStringLiteral("batchResumeButton"));
    m_warehouse->setObjectName(QStringLiteral("batchWarehouseButton"));
    m_run->setDefault(true);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Batch progress"));
    m_progressText->setObjectName(QStringLiteral("batchProgressText"));
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("CSV…"), this, [this] { chooseExport(ExportFormat::Csv); });
    exportMenu->addAction(tr("JSONL…"), this, [this] { chooseExport(ExportFormat::Jsonl); });
    exportMenu->addAction(tr("Markdown…"), this, [this] { chooseExport(ExportFormat::Markdown); });
    m_export->setMenu(exportMenu);

    m_filter->addItem(tr("All rows"), int(BatchResultModel::Filter::All));
    m_filter->addItem(tr("Failures only"), int(BatchResultModel::Filter::Failures));
    m_filter->addItem(tr("Models differ"), int(BatchResultModel::Filter::Differ));
    m_filter->setAccessibleName(tr("Show"));
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BatchCellDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    // One height for every row: nothing is measured per row, whatever the count.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(BatchCellDelegate::rowHeight(m_table->font()));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultSectionSize(280);
    columns->setStretchLastSection(true);
    columns->setSortIndicatorShown(true);
    columns->setSectionsClickable(true);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Batch results"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_run);
    controls->addWidget(m_warehouse);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addWidget(m_resume);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_progressText);

    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filter);
    auto *sortLabel = new QLabel(tr("Sort &by:"), this);
    sortLabel->setBuddy(m_sort);
    auto *tools = new QHBoxLayout;
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter);
    tools->addSpacing(12);
    tools->addWidget(sortLabel);
    tools->addWidget(m_sort);
    tools->addStretch();
    tools->addWidget(m_export);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(controls);
    resultsLayout->addWidget(m_message);
    resultsLayout->addLayout(tools);
    resultsLayout->addWidget(m_table, 1);
    resultsLayout->addLayout(m_footer);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_setup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Batch setup"));
    scroll->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &BatchView::run);
    connect(m_warehouse, &QPushButton::clicked, this, &BatchView::runOnWarehouse);
    connect(m_pause, &QPushButton::clicked, m_session, &BatchSession::pause);
    connect(m_cancel, &QPushButton::clicked, m_session, &BatchSession::cancel);
    connect(m_resume, &QPushButton::clicked, m_session, &BatchSession::resume);
    connect(m_setup, &BatchSetupPanel::changed, this, &BatchView::updateControls);
    connect(m_session, &BatchSession::stateChanged, this, [this] {
        updateControls();
        updateProgress();
        // The last answers' order and figures now, not at the model's next refresh.
        if (!m_session->isActive())
            m_model->refresh();
    });
    connect(m_session, &BatchSession::prepared, this, [this] {
        rebuildSortChoices();
        rebuildFooter();
        m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        // Every column in view when they fit at a readable width; else scrolled to.
        const int columns = m_model->columnCount();
        const int width = std::max(kMinColumnWidth, m_table->viewport()->width() / columns);
        for (int column = 0; column < columns; ++column)
            m_table->setColumnWidth(column, width);
        updateProgress();
    });
    connect(m_session, &BatchSession::throttled, this, [this](double seconds, int limit) {
        m_message->setText(
            tr("Rate-limited: waiting %1 s, %2 at once").arg(seconds, 0, 'f', 1).arg(limit));
    });
    m_progressTimer->setInterval(kProgressMs);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchView::updateProgress);
    connect(m_model, &BatchResultModel::summaryChanged, this, &BatchView::updateFooter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(BatchResultModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_sort, &QComboBox::activated, this, &BatchView::applySort);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_model->sort(column, order);
                // The combo follows a header click: that column by the metric chosen.
                const int model = BatchResultModel::modelOfColumn(column);
                const int metric = int(m_model->sortMetric());
                const int wanted = model < 0 ? 0 : 1 + model * 4 + metric;
                if (wanted < m_sort->count())
                    m_sort->setCurrentIndex(wanted);
            });
    connect(m_table, &QTableView::activated, this, &BatchView::openCell);

    rebuildSortChoices();
    rebuildFooter();
    setWarehouseAvailable(false);
    updateControls();
    updateProgress();
}

BatchView::~BatchView() = default;

void BatchView::setSettingsProvider(std::function<Core::ChatSettings()> provider)
{
    m_settingsProvider = std::move(provider);
}

void BatchView::setAvailableModels(const QStringList &models)
{
    m_setup->setAvailableModels(models);
}

void BatchView::setWarehouseAvailable(bool available)
{
    m_warehouse->setEnabled(available);
    // A disabled button still shows its tooltip: it says why it is off.
    m_warehouse->setToolTip(
        available ? tr("Open the set in the SQL console as one ai_query statement per model, to "
                       "run on a SQL warehouse")
                  : tr("Running on a SQL warehouse needs a Databricks connection"));
}

QLabel *BatchView::footerLabel(int model) const
{
    return model >= 0 && model < m_footerLabels.size() ? m_footerLabels.at(model) : nullptr;
}

void BatchView::run()
{
    if (m_session->isActive())
        return;
    if (!m_session->hasConnection()) {
        m_message->setText(tr("Choose a connection first."));
        return;
    }
    QString error;
    std::optional<BatchSession::RunSetup> setup = m_setup->runSetup(&error);
    if (!setup) {
        m_message->setText(error);
        return;
    }
    if (m_settingsProvider) {
        const Core::ChatSettings settings = m_settingsProvider();
        setup->api = settings.api;
        setup->params = settings.params;
    }
    m_message->clear();
    m_session->prepare(std::move(*setup));
    m_session->run();
}

void BatchView::runOnWarehouse()
{
    QString error;
    std::optional<Engine::BatchSqlSpec> spec = m_setup->sqlSpec(&error);
    if (spec && m_settingsProvider)
        spec->params = m_settingsProvider().params;
    const std::optional<QString> sql = spec ? Engine::batchSql(*spec, &error) : std::nullopt;
    if (!sql) {
        // The set stays as it is: only the message says what keeps it off a warehouse.
        m_message->setText(tr("Cannot run on a warehouse: %1").arg(error));
        return;
    }
    m_message->clear();
    emit warehouseSqlRequested(*sql);
}

void BatchView::updateControls()
{
    const BatchSession::State state = m_session->state();
    const bool active = m_session->isActive();
    m_run->setEnabled(!active && state != BatchSession::State::Paused);
    m_pause->setEnabled(state == BatchSession::State::Running);
    m_cancel->setEnabled(active || state == BatchSession::State::Paused);
    m_resume->setEnabled(state == BatchSession::State::Paused
                         || state == BatchSession::State::Pausing
                         || state == BatchSession::State::Cancelled);
    m_export->setEnabled(m_session->done() > 0 || state == BatchSession::State::Finished);
    if (active)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void BatchView::updateProgress()
{
    const qint64 total = m_session->total();
    const qint64 done = m_session->done();
    // QProgressBar counts in int; a set of more cells than that shows per mille.
    const bool fine = total <= std::numeric_limits<int>::max();
    m_progress->setRange(0, fine ? int(total) : 1000);
    m_progress->setValue(fine ? int(done) : int(total > 0 ? done * 1000 / total : 0));
    QString text = tr("%L1 / %L2").arg(done).arg(total);
    switch (m_session->state()) {
    case BatchSession::State::Running:
    case BatchSession::State::Pausing:
        if (const double rate = m_session->rate(); rate > 0)
            text += tr(" · %1/s").arg(rate, 0, 'f', 1);
        if (const std::optional<double> eta = m_session->etaSeconds())
            text += tr(" · ETA %1").arg(Core::clockText(*eta));
        if (m_session->state() == BatchSession::State::Pausing)
            text += tr(" · pausing");
        break;
    case BatchSession::State::Paused:
        text += tr(" · paused");
        break;
    case BatchSession::State::Cancelled:
        text += tr(" · cancelled");
        break;
    case BatchSession::State::Finished:
        text += tr(" · done");
        break;
    case BatchSession::State::Idle:
        break;
    }
    m_progressText->setText(text);
    m_export->setEnabled(done > 0);
}

void BatchView::rebuildSortChoices()
{
    m_sort->clear();
    m_sort->addItem(tr("Input order"));
    for (const QString &model : m_session->models()) {
        m_sort->addItem(tr("%1 · total time").arg(model));
        m_sort->addItem(tr("%1 · tokens").arg(model));
        m_sort->addItem(tr("%1 · checks passed").arg(model));
        m_sort->addItem(tr("%1 · answer length").arg(model));
    }
}

void BatchView::applySort()
{
    const int choice = m_sort->currentIndex();
    int column = 0;
    if (choice > 0) {
        m_model->setSortMetric(BatchResultModel::Metric((choice - 1) % 4));
        column = 1 + (choice - 1) / 4;
    }
    // Through the header, so its indicator shows the order; it sorts the model.
    QHeaderView *header = m_table->horizontalHeader();
    const Qt::SortOrder order
        = column > 0 && m_model->sortMetric() == BatchResultModel::Metric::ChecksPassed
              ? Qt::DescendingOrder
              : Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
        m_model->sort(column, order);
    else
        header->setSortIndicator(column, order);
}

void BatchView::rebuildFooter()
{
    qDeleteAll(m_footerLabels);
    m_footerLabels.clear();
    for (int i = 0; i < m_session->modelCount(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        // Wraps rather than widening the view when the figures are longer than a column.
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("batchFooter%1").arg(i));
        m_footer->addWidget(label);
        m_footerLabels.append(label);
    }
    updateFooter();
}

void BatchView::updateFooter()
{
    for (int i = 0; i < m_footerLabels.size(); ++i) {
        const BatchResultModel::Summary s = m_model->summary(i);
        QStringList parts{m_session->models().value(i)};
        if (s.passRate)
            parts.append(tr("%1% passed").arg(*s.passRate * 100.0, 0, 'f', 0));
        else if (s.done > 0)
            parts.append(tr("%1/%2 answered").arg(s.done - s.failed).arg(s.done));
        if (s.medianMs)
            parts.append(tr("median %L1 ms").arg(*s.medianMs));
        if (s.medianTokens)
            parts.append(tr("%L1 tokens").arg(*s.medianTokens));
        m_footerLabels.at(i)->setText(parts.join(QStringLiteral(" · ")));
    }
}

void BatchView::openCell(const QModelIndex &index)
{
    const int row = m_model->sessionRow(index.row());
    const int model = BatchResultModel::modelOfColumn(index.column());
    if (row < 0 || model < 0 || model >= m_session->modelCount())
        return;
    if (m_answer)
        m_answer->close();
    auto *dialog = new BatchAnswerDialog(*m_session, row, model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchAnswerDialog::showExchangeRequested, this,
            &BatchView::showExchangeRequested);
    m_answer = dialog;
    dialog->show();
    const BatchSession::Cell &cell = m_session->cell(row, model);
    if (cell.result && !cell.result->exchangeIds.isEmpty())
        emit showExchangeRequested(cell.result->exchangeIds.last());
}

void BatchView::showReopened(const QStringList &droppedChecks)
{
    // The prompts as they were asked; a template is already filled in.
    m_setup->templateEdit()->clear();
    m_setup->setPrompts(Workspace::BatchRecord::promptSetJsonl(*m_session),
                        Engine::BatchFormat::Jsonl);
    m_setup->setSelectedModels(m_session->models());
    QStringList checks;
    for (const Engine::BatchCheck &check : m_session->checks())
        checks.append(check.name());
    m_setup->checksEdit()->setPlainText((checks + droppedChecks).join(QLatin1Char('\n')));
    m_setup->parallelSpin()->setValue(m_session->setup().parallel);

    const qint64 missing = m_session->total() - m_session->done();
    QString text = missing > 0 ? tr("Opened from the history. Resume asks the %Ln answer(s) "
                                    "still missing, on the current connection.",
                                    nullptr, missing)
                               : tr("Opened from the history.");
    // The exchanges lived in the log of the run; the answers are all the history keeps.
    text += QLatin1Char(' ') + tr("The requests behind these answers are not kept.");
    if (!droppedChecks.isEmpty()) {
        text += QLatin1Char(' ')
                + tr("These checks can no longer be read and are left out of what is asked from "
                     "now on: %1. Their results so far are shown.")
                      .arg(droppedChecks.join(QLatin1String(", ")));
    }
    m_message->setText(text);
    m_table->setFocus();
}

bool BatchView::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    QByteArray bytes;
    if (format == ExportFormat::Jsonl) {
        QList<QJsonObject> lines;
        for (int row = 0; row < m_session->rowCount(); ++row) {
            for (int model = 0; model < m_session->modelCount(); ++model) {
                if (m_session->cell(row, model).done())
                    lines.append(m_session->line(row, model));
            }
        }
        bytes = Export::batchJsonl(lines);
    } else {
        Export::BatchExportTable table;
        table.models = m_session->models();
        for (int row = 0; row < m_session->rowCount(); ++row) {
            table.prompts.append(m_session->row(row).prompt);
            for (int model = 0; model < m_session->modelCount(); ++model) {
                const BatchSession::Cell &cell = m_session->cell(row, model);
                Export::BatchExportCell out;
                if (const std::optional<Engine::ChatResult> &result = cell.result) {
                    out.answered = true;
                    out.text = result->message.text();
                    out.error = result->error ? result->error->message : QString();
                    out.totalMs = result->metrics.totalMs;
                    out.outputTokens = result->metrics.outputTokens ? result->metrics.outputTokens
                                                                    : result->usage.outputTokens;
                    out.checksPassed = cell.passed;
                    out.checksTotal = int(cell.checks.size());
                }
                table.cells.append(out);
            }
        }
        bytes = format == ExportFormat::Csv ? Export::batchCsv(table)
                                            : Export::batchMarkdown(table).toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void BatchView::chooseExport(ExportFormat format)
{
    const QString filter = format == ExportFormat::Csv     ? tr("CSV (*.csv)")
                           : format == ExportFormat::Jsonl ? tr("JSON Lines (*.jsonl)")
                                                           : tr("Markdown (*.md)");
    const QString suffix = format == ExportFormat::Csv     ? QStringLiteral(".csv")
                           : format == ExportFormat::Jsonl ? QStringLiteral(".jsonl")
                                                           : QStringLiteral(".md");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the batch"),
                                                QStringLiteral("batch") + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        m_message->setText(tr("Cannot write %1: %2").arg(path, error));
    else
        m_message->setText(tr("Exported to %1").arg(path));
}

} // namespace Parlance::Ui
