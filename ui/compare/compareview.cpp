#include "compare/compareview.h"

#include "compare/comparecolumnview.h"
#include "compare/diffview.h"
#include "compare/votebar.h"
#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "export/comparisonexport.h"
#include "workspace/comparesession.h"
#include "workspace/comparisonsets.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Parlance::Ui {

// Below this a column's header and metrics no longer fit: more columns scroll sideways.
static constexpr int kMinColumnWidth = 300;

CompareView::CompareView(Workspace::CompareSession *compare, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_compare(compare), m_settings(settings)
{
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_toolBar);

    // The columns above, the composer below, the split movable as in a chat.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_scroll = new QScrollArea(top);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Columns"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_scroll->setWidget(m_splitter);
    topLayout->addWidget(m_scroll, 1);

    m_voteBar = new VoteBar(compare, top);
    topLayout->addWidget(m_voteBar);

    m_composer = new Composer(split);
    m_composer->setPlaceholderText(
        tr("Ask every column at once (Ctrl+Enter sends, Esc stops all)"));
    m_composer->setSubmitHandler([this](const QString &text) { return send(text); });
    connect(m_composer, &Composer::stopRequested, compare, &Workspace::CompareSession::stopAll);
    split->addWidget(top);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({700, 110});
    layout->addWidget(split, 1);

    m_figuresTimer.setSingleShot(true);
    // Figures change with every delta; a few times a second is enough for a strip of numbers.
    m_figuresTimer.setInterval(100);
    connect(&m_figuresTimer, &QTimer::timeout, this, &CompareView::updateFigures);

    connect(compare, &Workspace::CompareSession::columnsChanged, this,
            &CompareView::rebuildColumns);
    connect(compare, &Workspace::CompareSession::columnChanged, this, [this](int column) {
        if (CompareColumnView *view = columnView(column))
            view->refresh();
        scheduleFigures();
    });
    connect(compare, &Workspace::CompareSession::blindChanged, this, [this] {
        m_blind->setChecked(m_compare->isBlind());
        // The order changes when blind mode is switched on: lay the columns out again.
        rebuildColumns();
    });
    connect(compare, &Workspace::CompareSession::busyChanged, this, [this](bool busy) {
        m_composer->setBusy(busy);
        updateDiffs();
        updateActions();
        m_voteBar->refresh();
        scheduleFigures();
    });
    connect(compare, &Workspace::CompareSession::voted, this, [this] { m_voteBar->refresh(); });
    rebuildColumns();
}

CompareView::~CompareView() = default;

void CompareView::createToolBar()
{
    m_toolBar = new QToolBar(tr("Compare"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addColumn = m_toolBar->addAction(tr("Add column"));
    m_addColumn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
    m_addColumn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addColumn->setToolTip(tr("Add a column (at most %1) (%2)")
                                .arg(Workspace::CompareSession::kMaxColumns)
                                .arg(m_addColumn->shortcut().toString(QKeySequence::NativeText)));
    connect(m_addColumn, &QAction::triggered, this, [this] { m_compare->addColumn(); });

    m_stopAll = m_toolBar->addAction(tr("Stop all"));
    m_stopAll->setToolTip(tr("Stop every column's answer; what arrived is kept (Esc)"));
    connect(m_stopAll, &QAction::triggered, m_compare, &Workspace::CompareSession::stopAll);

    m_newComparison = m_toolBar->addAction(tr("New comparison"));
    m_newComparison->setToolTip(tr("Start over with the same columns"));
    connect(m_newComparison, &QAction::triggered, m_compare, &Workspace::CompareSession::clear);
    m_toolBar->addSeparator();

    m_blind = m_toolBar->addAction(tr("Blind"));
    m_blind->setCheckable(true);
    m_blind->setToolTip(tr("Shuffle the columns and hide who answered until you vote"));
    connect(m_blind, &QAction::toggled, this, [this](bool on) {
        if (on != m_compare->isBlind() && !m_compare->setBlind(on))
            m_blind->setChecked(m_compare->isBlind()); // not while a round runs
    });

    m_syncScroll = m_toolBar->addAction(tr("Scroll together"));
    m_syncScroll->setCheckable(true);
    m_syncScroll->setChecked(true);
    m_syncScroll->setToolTip(tr("Scrolling one column scrolls the others to the same place"));
    m_toolBar->addSeparator();

    m_setsButton = new QToolButton(m_toolBar);
    m_setsButton->setText(tr("Sets"));
    m_setsButton->setToolTip(tr("Save these columns as a comparison set, or use a saved one"));
    m_setsButton->setAccessibleName(tr("Comparison sets"));
    m_setsButton->setPopupMode(QToolButton::InstantPopup);
    auto *setsMenu = new QMenu(m_setsButton);
    m_setsButton->setMenu(setsMenu);
    connect(setsMenu, &QMenu::aboutToShow, this, &CompareView::rebuildSetsMenu);
    m_toolBar->addWidget(m_setsButton);
    m_toolBar->addSeparator();

    auto *baselineLabel = new QLabel(tr("&Differences:"), m_toolBar);
    m_baseline = new QComboBox(m_toolBar);
    m_baseline->setAccessibleName(tr("Show differences against"));
    m_baseline->setToolTip(tr("Mark, word by word, how every other answer differs from this "
                              "column's"));
    baselineLabel->setBuddy(m_baseline);
    m_toolBar->addWidget(baselineLabel);
    m_toolBar->addWidget(m_baseline);
    connect(m_baseline, &QComboBox::activated, this,
            [this](int index) { setBaseline(m_baseline->itemData(index).toInt()); });
    m_toolBar->addSeparator();

    m_exportButton = new QToolButton(m_toolBar);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this comparison as Markdown, JSON or an HTML report"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("&Markdown…"), this, [this] { exportAs(ExportFormat::Markdown); });
    exportMenu->addAction(tr("&JSON…"), this, [this] { exportAs(ExportFormat::Json); });
    exportMenu->addAction(tr("&HTML report…"), this, [this] { exportAs(ExportFormat::Html); });
    m_exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(m_exportButton);

    m_leaderboard = m_toolBar->addAction(tr("Leaderboard"));
    m_leaderboard->setToolTip(tr("Wins, ties, losses and Elo ratings from your votes"));
    connect(m_leaderboard, &QAction::triggered, this, &CompareView::leaderboardRequested);
}

void CompareView::rebuildBaselineBox()
{
    m_baseline->clear();
    m_baseline->addItem(tr("none"), -1);
    for (int column : m_compare->displayOrder())
        m_baseline->addItem(tr("against %1").arg(m_compare->label(column)), column);
    if (m_baselineColumn >= m_compare->columnCount())
        m_baselineColumn = -1;
    m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(m_baselineColumn)));
}

void CompareView::setBaseline(int column)
{
    m_baselineColumn = column >= 0 && column < m_compare->columnCount() ? column : -1;
    m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(m_baselineColumn)));
    updateDiffs();
}

static QString latestAnswer(const Engine::ChatSession *session)
{
    const QList<Core::Turn> &turns = session->turns();
    for (auto it = turns.crbegin(); it != turns.crend(); ++it) {
        if (!it->isUser())
            return it->message.text();
    }
    return {};
}

void CompareView::updateDiffs()
{
    CompareColumnView *baseline = columnView(m_baselineColumn);
    // While answers stream, the conversations show them arriving; the differences follow.
    if (!baseline || m_compare->isBusy()) {
        for (CompareColumnView *view : std::as_const(m_columnViews))
            view->setAlternativePage(nullptr);
        return;
    }
    const QString base = latestAnswer(m_compare->session(m_baselineColumn));
    for (CompareColumnView *view : std::as_const(m_columnViews)) {
        if (view == baseline) {
            view->setAlternativePage(nullptr);
            continue;
        }
        auto *diff = new DiffView;
        diff->setTexts(base, latestAnswer(m_compare->session(view->column())), baseline->title());
        view->setAlternativePage(diff);
    }
}

bool CompareView::exportTo(ExportFormat format, const QString &path, QString *error) const
{
    const Core::Comparison comparison = m_compare->snapshot();
    QByteArray data;
    switch (format) {
    case ExportFormat::Markdown:
        data = Export::comparisonMarkdown(comparison).toUtf8();
        break;
    case ExportFormat::Json:
        data = Export::comparisonJson(comparison);
        break;
    case ExportFormat::Html:
        data = Export::comparisonHtml(comparison).toUtf8();
        break;
    }
    // A failed write leaves any earlier file whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CompareView::exportAs(ExportFormat format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Markdown:
        filter = tr("Markdown (*.md)");
        suffix = QStringLiteral(".md");
        break;
    case ExportFormat::Json:
        filter = tr("JSON (*.json)");
        suffix = QStringLiteral(".json");
        break;
    case ExportFormat::Html:
        filter = tr("HTML report (*.html)");
        suffix = QStringLiteral(".html");
        break;
    }
    const QString title = m_compare->title().isEmpty() ? tr("comparison") : m_compare->title();
    QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                title.left(40).simplified() + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive) && !path.contains(u'.'))
        path += suffix;
    QString error;
    if (!exportTo(format, path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
        box.setInformativeText(tr("Choose another folder or file name, and try again."));
        box.exec();
    }
}

void CompareView::setSharedSettingsProvider(std::function<Core::ChatSettings()> provider)
{
    m_sharedSettings = std::move(provider);
}

void CompareView::refreshSharedSettings()
{
    // A hidden view catches up when it shows.
    if (m_sharedSettings && isVisible()) {
        m_compare->setSharedSettings(m_sharedSettings());
        m_compare->spreadModels(m_readyModels);
    }
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshSharedSettings();
}

void CompareView::setSharedModels(const QList<Core::ModelInfo> &models)
{
    m_sharedModels = models;
    m_readyModels.clear();
    for (const Core::ModelInfo &model : models) {
        if (model.isChat() && (model.state.isEmpty() || model.state == QLatin1String("READY")))
            m_readyModels.append(model.name);
    }
    m_compare->spreadModels(m_readyModels);
    for (CompareColumnView *view : std::as_const(m_columnViews))
        view->setSharedModels(models);
}

void CompareView::setCostFunction(ColumnFigures::CostFunction cost)
{
    m_cost = std::move(cost);
    scheduleFigures();
}

CompareColumnView *CompareView::columnView(int column) const
{
    for (CompareColumnView *view : m_columnViews) {
        if (view->column() == column)
            return view;
    }
    return nullptr;
}

void CompareView::rebuildColumns()
{
    // Out of the list before they go: a view being deleted may still scroll (its list shrinks),
    // and syncScroll() then walks m_columnViews.
    qDeleteAll(std::exchange(m_columnViews, {}));
    const QList<int> order = m_compare->displayOrder();
    for (int column : order) {
        auto *view = new CompareColumnView(m_compare, column);
        view->setMinimumWidth(kMinColumnWidth);
        view->setSharedModels(m_sharedModels);
        m_splitter->addWidget(view);
        m_columnViews.append(view);
        connect(view, &CompareColumnView::showExchangeRequested, this,
                &CompareView::showExchangeRequested);
        connect(view, &CompareColumnView::activated, this, &CompareView::columnActivated);
        connect(view, &CompareColumnView::inspectRequested, this,
                &CompareView::inspectColumnRequested);
        connect(view, &CompareColumnView::continueRequested, this, &CompareView::continueWith);
        connect(view, &CompareColumnView::getCodeRequested, this, &CompareView::getCodeRequested);
        connect(view, &CompareColumnView::removeRequested, this, [this](int index) {
            if (!m_compare->removeColumn(index))
                m_composer->showNotice(tr("A comparison keeps at least %1 columns, and none is "
                                          "removed while they answer.")
                                           .arg(Workspace::CompareSession::kMinColumns));
        });
        QScrollBar *bar = view->conversationView()->listView()->verticalScrollBar();
        connect(bar, &QScrollBar::valueChanged, this,
                [this, column](int value) { syncScroll(column, value); });
        Engine::ChatSession *session = m_compare->session(column);
        connect(session, &Engine::ChatSession::turnChanged, this, &CompareView::scheduleFigures);
        connect(session, &Engine::ChatSession::turnsReset, this, &CompareView::scheduleFigures);
        connect(session, &Engine::ChatSession::replyFinished, this, &CompareView::scheduleFigures);
    }
    // Equal widths to start with; the user may drag them apart.
    m_splitter->setSizes(QList<int>(order.size(), 1000));
    m_splitter->setMinimumWidth(int(order.size()) * (kMinColumnWidth + m_splitter->handleWidth()));
    m_voteBar->refresh();
    rebuildBaselineBox();
    updateActions();
    updateFigures();
    updateDiffs();
}

void CompareView::scheduleFigures()
{
    if (!m_figuresTimer.isActive())
        m_figuresTimer.start();
}

void CompareView::updateFigures()
{
    QList<ColumnFigures> figures;
    for (int column = 0; column < m_compare->columnCount(); ++column) {
        Engine::ChatSession *session = m_compare->session(column);
        const QList<Core::Turn> &turns = session->turns();
        const int last = int(turns.size()) - 1;
        const bool finished = last >= 0 && !turns.at(last).isUser() && !session->isStreaming(last);
        figures.append(ColumnFigures::of(finished ? &turns.at(last) : nullptr, m_cost));
    }
    for (int column = 0; column < figures.size(); ++column) {
        QList<ColumnFigures::Figure> best;
        for (int f = 0; f < ColumnFigures::FigureCount; ++f) {
            const auto figure = ColumnFigures::Figure(f);
            if (ColumnFigures::best(figures, figure).contains(column))
                best.append(figure);
        }
        if (CompareColumnView *view = columnView(column))
            view->setFigures(figures.at(column), best);
    }
}

void CompareView::updateActions()
{
    const bool busy = m_compare->isBusy();
    m_addColumn->setEnabled(!busy
                            && m_compare->columnCount() < Workspace::CompareSession::kMaxColumns);
    m_stopAll->setEnabled(busy);
    m_blind->setEnabled(!busy);
    m_newComparison->setEnabled(!busy);
    m_setsButton->setEnabled(!busy);
}

void CompareView::syncScroll(int fromColumn, int value)
{
    if (m_syncing || !m_syncScroll->isChecked())
        return;
    CompareColumnView *from = columnView(fromColumn);
    if (!from)
        return;
    QScrollBar *source = from->conversationView()->listView()->verticalScrollBar();
    // The same place in answers of different lengths: the same fraction of the way down.
    const double fraction = source->maximum() > 0 ? double(value) / source->maximum() : 0.0;
    m_syncing = true;
    for (CompareColumnView *view : std::as_const(m_columnViews)) {
        if (view == from)
            continue;
        QScrollBar *bar = view->conversationView()->listView()->verticalScrollBar();
        bar->setValue(qRound(fraction * bar->maximum()));
    }
    m_syncing = false;
}

bool CompareView::send(const QString &text)
{
    if (m_sharedSettings)
        m_compare->setSharedSettings(m_sharedSettings());
    for (int column = 0; column < m_compare->columnCount(); ++column) {
        const QString problem = m_compare->columnProblem(column);
        if (!problem.isEmpty()) {
            CompareColumnView *view = columnView(column);
            m_composer->showNotice(
                tr("Column %1 cannot be asked: %2").arg(view ? view->title() : QString(), problem));
            return false;
        }
    }
    if (!m_compare->sendAll(text))
        return false;
    m_composer->showNotice({});
    return true;
}

void CompareView::continueWith(int column)
{
    if (m_compare->isBusy()) {
        m_composer->showNotice(tr("Wait for every column to finish, or stop them, first."));
        return;
    }
    CompareColumnView *view = columnView(column);
    if (m_compare->continueWith(column)) {
        updateDiffs();
        m_composer->showNotice(
            tr("Every column now continues from the answer of %1.").arg(view->title()));
        focusComposer();
    }
}

void CompareView::rebuildSetsMenu()
{
    QMenu *menu = m_setsButton->menu();
    menu->clear();
    menu->addAction(tr("&Save these columns as a set…"), this, [this] { saveSet(); });
    const QList<Core::ComparisonSet> sets = Workspace::ComparisonSets(m_settings).sets();
    if (sets.isEmpty())
        return;
    menu->addSeparator();
    for (const Core::ComparisonSet &set : sets) {
        QStringList models;
        for (const Core::CompareColumnSpec &column : set.columns)
            models.append(column.model);
        QAction *action = menu->addAction(tr("%1 (%2)").arg(set.name, models.join(u", ")));
        const QString name = set.name;
        connect(action, &QAction::triggered, this, [this, name] { loadSet(name); });
    }
    QMenu *remove = menu->addMenu(tr("&Delete a set"));
    for (const Core::ComparisonSet &set : sets) {
        const QString name = set.name;
        remove->addAction(name, this,
                          [this, name] { Workspace::ComparisonSets(m_settings).remove(name); });
    }
}

bool CompareView::saveSet(const QString &name)
{
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Save comparison set"), tr("Name of the set:"),
                                       QLineEdit::Normal, {}, &ok)
                     .trimmed();
        if (!ok || chosen.isEmpty())
            return false;
    }
    return Workspace::ComparisonSets(m_settings).save({chosen, m_compare->specs()});
}

bool CompareView::loadSet(const QString &name)
{
    const std::optional<Core::ComparisonSet> set = Workspace::ComparisonSets(m_settings).set(name);
    if (!set)
        return false;
    refreshSharedSettings();
    return m_compare->startNew(set->columns);
}

void CompareView::focusComposer()
{
    m_composer->focusInput();
}

} // namespace Parlance::Ui
