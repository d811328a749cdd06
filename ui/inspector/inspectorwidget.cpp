#include "inspector/inspectorwidget.h"

#include "engine/exchangelog.h"
#include "export/curlcommand.h"
#include "inspector/conversationfilterproxy.h"
#include "inspector/exchangelistproxy.h"
#include "inspector/exchangeview.h"
#include "inspector/inspectorhar.h"
#include "inspector/resenddialog.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Parlance::Ui {

using Table = ExchangeTableModel;

InspectorWidget::InspectorWidget(Engine::ExchangeLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_table(new ExchangeTableModel(log, this))
    , m_filter(new ConversationFilterProxy(this))
    , m_proxy(new ExchangeListProxy(this))
    , m_list(new QTableView)
    , m_filterBar(new QWidget)
    , m_filterLabel(new QLabel)
    , m_showAll(new QPushButton(tr("Show all")))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_details(new QStackedWidget)
    , m_view(new ExchangeView)
    , m_copyAsCurl(new QAction(tr("Copy as curl"), this))
    , m_resend(new QAction(tr("Edit and Resend…"), this))
    , m_getCode(new QAction(tr("Get Code…"), this))
    , m_har(new InspectorHar(m_table, this,
                             [this] {
                                 return InspectorHar::Scope{selectedIds(), listedIds(),
                                                            m_filter->conversation().isEmpty()
                                                                ? QString()
                                                                : m_filterLabel->text()};
                             }))
    , m_notice(new QLabel)
{
    m_getCode->setToolTip(tr("This request as a program for curl, the OpenAI or Databricks "
                             "clients, SQL and more"));
    m_copyAsCurl->setToolTip(
        tr("Copy a curl command for this request; the token is an environment variable"));
    m_resend->setToolTip(tr("Edit the raw request and send it again"));

    m_filter->setSourceModel(m_table);
    m_proxy->setSourceModel(m_filter);
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several entries can be selected, to export them together; the current one is shown.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_list->setAccessibleName(tr("Requests"));
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideLeft); // the end of a path names the endpoint
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_list->horizontalHeader();
    header->setHighlightSections(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(Table::TimeColumn, digit * 14);
    header->resizeSection(Table::SourceColumn, digit * 16);
    // Plain chats have no sources: no empty column until some exchange has a tag.
    m_list->setColumnHidden(Table::SourceColumn, !m_table->hasTags());
    header->resizeSection(Table::MethodColumn, digit * 8);
    header->resizeSection(Table::StatusColumn, digit * 8);
    header->resizeSection(Table::DurationColumn, digit * 10);
    header->setSectionResizeMode(Table::UrlColumn, QHeaderView::Stretch);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_list->addActions(
        {m_copyAsCurl, m_getCode, m_resend, separator, m_har->exportAction(), m_har->openAction()});
    addAction(m_har->exportAction()); // its shortcut works anywhere in the inspector

    auto *toolBar = new QToolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_copyAsCurl);
    toolBar->addAction(m_getCode);
    toolBar->addAction(m_resend);
    toolBar->addSeparator();
    toolBar->addAction(m_har->exportAction());
    toolBar->addAction(m_har->openAction());

    auto *placeholder = new QLabel(tr("Requests appear here as they are sent. Select one to see "
                                      "its request, response, stream events and timings."));
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_details->addWidget(placeholder);
    m_details->addWidget(m_view);

    m_filterLabel->setTextFormat(Qt::PlainText);
    m_filterLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_showAll->setAccessibleName(tr("Show all requests"));
    m_showAll->setToolTip(tr("List the requests of every source again"));
    m_filterBar->setObjectName(QStringLiteral("conversationFilterBar"));
    m_filterBar->setBackgroundRole(QPalette::AlternateBase);
    m_filterBar->setAutoFillBackground(true);
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(6, 2, 2, 2);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(m_showAll);
    m_filterBar->hide();

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(toolBar);
    topLayout->addWidget(m_filterBar);
    m_notice->setObjectName(QStringLiteral("harNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setContentsMargins(6, 2, 6, 2);
    m_notice->hide();
    topLayout->addWidget(m_notice);
    topLayout->addWidget(m_list);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // One Ctrl+F for the whole inspector: it searches the body of the tab that is showing.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_view, &ExchangeView::focusSearch);

    connect(m_copyAsCurl, &QAction::triggered, this, &InspectorWidget::copyAsCurl);
    connect(m_resend, &QAction::triggered, this, &InspectorWidget::editAndResend);
    connect(m_getCode, &QAction::triggered, this, [this] {
        if (m_view->hasExchange())
            emit getCodeRequested(m_shownId);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorWidget::onCurrentChanged);
    connect(m_showAll, &QPushButton::clicked, this, &InspectorWidget::clearConversationFilter);
    connect(m_table, &ExchangeTableModel::hasTagsChanged, this,
            [this](bool has) { m_list->setColumnHidden(Table::SourceColumn, !has); });
    // The list's own model, not the table: rows are counted as listed, past the filter.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &InspectorWidget::onLogDataChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InspectorWidget::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InspectorWidget::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_list->verticalScrollBar();
        m_followTail = bar->value() == bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_list->scrollToBottom();
    });
    m_table->setTagger([this](const QString &key) {
        if (const QString source = m_har->sourceOf(key); !source.isEmpty())
            return source;
        return m_tagger ? m_tagger(key) : QString();
    });
    connectHar();
    updateActions();
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::connectHar()
{
    connect(m_har, &InspectorHar::imported, this,
            [this](const QString &key, const QString &source, quint64 firstId, int count,
                   const QStringList &warnings) {
                // A dock the user closed opens again: what was asked for is in it.
                for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
                    if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                        dock->show();
                        dock->raise();
                        break;
                    }
                }
                setConversationFilter(key, source);
                showExchange(firstId);
                m_list->setFocus();
                showNotice(tr("Opened %1 requests from %2. They are imported: Edit and Resend "
                              "sends one again over the current connection.")
                               .arg(count)
                               .arg(source),
                           warnings);
            });
    connect(m_har, &InspectorHar::exported, this,
            [this](const QString &path, int count, const QStringList &notes) {
                showNotice(tr("Exported %1 requests to %2.").arg(count).arg(path), notes);
            });
    connect(m_har, &InspectorHar::failed, this, [this] { m_notice->hide(); });
}

void InspectorWidget::showNotice(const QString &text, const QStringList &details)
{
    m_notice->setText(details.isEmpty() ? text : text + u'\n' + details.join(u'\n'));
    m_notice->show();
}

void InspectorWidget::setHarCredentialReader(HarCredentialReader reader)
{
    m_har->setCredentialReader(std::move(reader));
}

QList<quint64> InspectorWidget::selectedIds() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(Table::IdRole).toULongLong());
    std::sort(ids.begin(), ids.end()); // ids grow with the log, as the list does
    return ids;
}

QList<quint64> InspectorWidget::listedIds() const
{
    QList<quint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(Table::IdRole).toULongLong());
    return ids;
}

quint64 InspectorWidget::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(Table::IdRole).toULongLong() : 0;
}

QSize InspectorWidget::sizeHint() const
{
    // The panels' own hints add up to half a screen; a dock that size would squeeze the
    // conversation every time the details change. The user drags it larger when needed.
    return {900, 20 * fontMetrics().height()};
}

void InspectorWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Docked at the bottom the inspector is wide and short: list beside details, not above.
    const Qt::Orientation wanted = width() > 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    const int total = wanted == Qt::Horizontal ? width() : height();
    m_splitter->setSizes({total * 2 / 5, total * 3 / 5});
}

ResendDialog *InspectorWidget::resendDialog() const
{
    return m_resendDialog;
}

void InspectorWidget::setTagger(ExchangeTableModel::Tagger tagger)
{
    m_tagger = std::move(tagger);
    m_table->refreshTags();
}

void InspectorWidget::refreshTags()
{
    m_table->refreshTags();
}

void InspectorWidget::setConversationFilter(const QString &conversationKey,
                                            const QString &description)
{
    if (conversationKey.isEmpty()) {
        clearConversationFilter();
        return;
    }
    // A selection the filter hides is dropped first: otherwise the list would move it to a
    // neighbour, and show (and load the body of) an exchange nobody picked.
    const quint64 current = currentId();
    if (current && m_log->conversationOf(current) != conversationKey)
        m_list->selectionModel()->clear(); // the details empty with the current row
    m_filter->setConversation(conversationKey);
    m_filterLabel->setText(
        tr("Showing only: %1").arg(description.isEmpty() ? conversationKey : description));
    m_filterBar->show();
    if (m_list->currentIndex().isValid())
        m_list->scrollTo(m_list->currentIndex());
    else
        m_list->scrollToBottom();
}

void InspectorWidget::clearConversationFilter()
{
    if (m_filter->conversation().isEmpty())
        return;
    m_filter->setConversation({});
    m_filterBar->hide(); // a focused "Show all" hands the focus on to the list below it
    if (m_list->currentIndex().isValid())
        m_list->scrollTo(m_list->currentIndex());
}

QString InspectorWidget::conversationFilter() const
{
    return m_filter->conversation();
}

QModelIndex InspectorWidget::listIndexForRow(int logRow) const
{
    return m_proxy->mapFromSource(
        m_filter->mapFromSource(m_table->index(logRow, Table::UrlColumn)));
}

void InspectorWidget::showExchange(quint64 id)
{
    const int row = m_log->rowForId(id);
    if (row < 0)
        return;
    QModelIndex index = listIndexForRow(row);
    if (!index.isValid()) { // hidden by the filter
        clearConversationFilter();
        index = listIndexForRow(row);
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InspectorWidget::onCurrentChanged()
{
    const quint64 id = currentId();
    const Net::Exchange *exchange = id ? m_log->exchangeById(id) : nullptr;
    if (!exchange) {
        m_shownId = 0;
        m_view->clear();
        m_details->setCurrentIndex(0);
    } else if (id != m_shownId) {
        m_shownId = id;
        m_view->setExchange(*exchange);
        m_details->setCurrentWidget(m_view);
    }
    updateActions();
}

void InspectorWidget::onLogDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // An entry shown while in flight was completed: show what arrived since.
    const int row = m_list->currentIndex().row();
    if (m_shownId == 0 || row < topLeft.row() || row > bottomRight.row())
        return;
    m_shownId = 0;
    onCurrentChanged();
}

void InspectorWidget::updateActions()
{
    const bool has = m_view->hasExchange();
    // A sign-in's secrets are masked in its record: sent again or made code, it could only fail.
    const bool sendable = has && m_view->exchange().origin != Net::Exchange::Origin::SignIn;
    m_copyAsCurl->setEnabled(has);
    m_resend->setEnabled(sendable);
    m_getCode->setEnabled(sendable);
}

void InspectorWidget::copyAsCurl()
{
    if (!m_view->hasExchange())
        return;
    QGuiApplication::clipboard()->setText(Export::curlCommand(m_view->exchange().request));
}

void InspectorWidget::editAndResend()
{
    if (!m_view->hasExchange())
        return;
    if (m_resendDialog)
        m_resendDialog->close();
    // Window-modal through open(), so nothing here waits on a nested event loop.
    m_resendDialog = new ResendDialog(m_view->exchange().request, this);
    m_resendDialog->setAttribute(Qt::WA_DeleteOnClose);
    // An imported entry was never sent from here: what is sent now is logged as a request of
    // its own, not under the file it came from.
    const quint64 source = m_har->isImported(m_log->conversationOf(m_shownId)) ? 0 : m_shownId;
    connect(m_resendDialog, &ResendDialog::sendRequested, this,
            [this, source](const Core::HttpRequest &request) {
                emit resendRequested(request, source);
            });
    m_resendDialog->open();
}

} // namespace Parlance::Ui
