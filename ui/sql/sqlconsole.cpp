#include "sql/sqlconsole.h"

#include "controls/codehighlighter.h"
#include "controls/refreshbutton.h"
#include "controls/settingskey.h"
#include "conversation/errordescription.h"
#include "sql/sqlerrorpanel.h"
#include "sql/sqlparameterstable.h"
#include "sql/sqlresultmodel.h"
#include "sql/sqlresultview.h"
#include "sql/warehousebar.h"
#include "workspace/sqlmarkers.h"
#include "workspace/sqlsession.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

using Workspace::SqlSession;

SqlConsole::SqlConsole(SqlSession *session, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_runAction(new QAction(tr("&Run statement"), this))
    , m_cancelAction(new QAction(tr("&Cancel statement"), this))
{
    setObjectName(QStringLiteral("sqlConsole"));
    m_runAction->setObjectName(QStringLiteral("sqlRunAction"));
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setObjectName(QStringLiteral("sqlCancelAction"));
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_runAction);
    addAction(m_cancelAction);
    connect(m_runAction, &QAction::triggered, this, &SqlConsole::run);
    connect(m_cancelAction, &QAction::triggered, this, &SqlConsole::cancel);

    m_pages->addWidget(buildUnavailable());
    m_pages->addWidget(buildConsole());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &SqlConsole::updateStateLine);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &SqlConsole::saveStatement);

    connect(m_session, &SqlSession::connectionChanged, this, &SqlConsole::onConnectionChanged);
    connect(m_session, &SqlSession::warehousesChanged, this, [this] {
        m_warehouses->setWarehouses(m_session->warehouses(),
                                    m_settings->value(settingsKey(u"warehouse"_qs)).toString());
        updateActions();
    });
    connect(m_session, &SqlSession::listingChanged, m_warehouses, &WarehouseBar::setBusy);
    connect(m_session, &SqlSession::warehousesFailed, this,
            [this](const QString &what, const Core::ApiError &error) {
                m_stateLine->setText(what + u' ' + describeError(error).what);
            });
    connect(m_session, &SqlSession::started, this, [this] {
        m_placeholder->setText(tr("Waiting for the warehouse…"));
        m_outcome->setCurrentWidget(m_placeholder);
        m_results->resultModel()->clear();
        m_ticker.start();
        updateStateLine();
        updateActions();
    });
    connect(m_session, &SqlSession::stateChanged, this, &SqlConsole::updateStateLine);
    connect(m_session, &SqlSession::finished, this, &SqlConsole::onFinished);
    onConnectionChanged();
}

SqlConsole::~SqlConsole()
{
    saveStatement();
}

QWidget *SqlConsole::buildUnavailable()
{
    auto *page = new QWidget(m_pages);
    m_unavailableText = new QLabel(page);
    m_unavailableText->setObjectName(QStringLiteral("sqlUnavailable"));
    m_unavailableText->setWordWrap(true);
    m_unavailableText->setAlignment(Qt::AlignCenter);
    m_unavailableText->setMaximumWidth(560);
    auto *manage = new QPushButton(tr("&Manage connections…"), page);
    manage->setObjectName(QStringLiteral("sqlManageConnections"));
    connect(manage, &QPushButton::clicked, this, &SqlConsole::manageConnectionsRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_unavailableText, 0, Qt::AlignHCenter);
    layout->addWidget(manage, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *SqlConsole::buildConsole()
{
    auto *page = new QWidget(m_pages);
    m_warehouses = new WarehouseBar(page);
    m_template = new QPushButton(tr("Insert &ai_query template"), page);
    m_template->setObjectName(QStringLiteral("sqlInsertTemplate"));
    m_template->setToolTip(tr("A statement that asks the current model through ai_query, with "
                              "its generation parameters"));
    m_run = new QPushButton(tr("Run"), page);
    m_run->setObjectName(QStringLiteral("sqlRun"));
    m_run->setDefault(false);
    m_run->setToolTip(tr("Run the statement, or the selected part of it (%1)")
                          .arg(m_runAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("sqlCancel"));
    m_cancel->setToolTip(tr("Ask the warehouse to stop the statement (Esc)"));
    m_stateLine = new QLabel(page);
    m_stateLine->setObjectName(QStringLiteral("sqlState"));
    m_stateLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor = new QPlainTextEdit(page);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT … (Ctrl+Enter runs it; :name marks a parameter)"));
    m_editor->setTabChangesFocus(true); // the keyboard must be able to leave the editor
    m_editor->setAccessibleName(tr("SQL statement"));
    auto *highlighter = new CodeHighlighter(m_editor->document());
    highlighter->setLanguage(CodeHighlighter::Language::Sql);
    m_parameters = new SqlParametersTable(page);
    m_parameters->setMinimumWidth(260); // a name and the start of its value, side by side

    m_outcome = new QStackedWidget(page);
    m_placeholder = new QLabel(tr("Run a statement to see its result here."), m_outcome);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_results = new SqlResultView(m_outcome);
    m_error = new SqlErrorPanel(m_outcome);
    m_outcome->addWidget(m_placeholder);
    m_outcome->addWidget(m_results);
    m_outcome->addWidget(m_error);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_template);
    actions->addWidget(m_stateLine, 1);
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    auto *input = new QSplitter(Qt::Horizontal, page);
    input->addWidget(m_editor);
    input->addWidget(m_parameters);
    input->setStretchFactor(0, 2);
    input->setStretchFactor(1, 1);
    input->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("sqlSplitter"));
    split->addWidget(input);
    split->addWidget(m_outcome);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_warehouses);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    // No setTabOrder() here: Tab follows the order the widgets were made in, which is how
    // they are laid out (top to bottom, left to right); Qt 6.4's setTabOrder() can cut other
    // widgets of the window out of the ring.

    connect(m_warehouses, &WarehouseBar::refreshRequested, m_session,
            &SqlSession::refreshWarehouses);
    connect(m_warehouses, &WarehouseBar::startRequested, m_session, &SqlSession::startWarehouse);
    connect(m_warehouses, &WarehouseBar::currentWarehouseChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && !m_connectionGroup.isEmpty())
            m_settings->setValue(settingsKey(u"warehouse"_qs), id);
        updateActions();
    });
    connect(m_template, &QPushButton::clicked, this, &SqlConsole::insertAiQueryTemplate);
    connect(m_run, &QPushButton::clicked, this, &SqlConsole::run);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsole::cancel);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_parameters->syncMarkers(Workspace::sqlParameterMarkers(m_editor->toPlainText()));
        m_saveTimer.start();
    });
    return page;
}

void SqlConsole::setSettingsProvider(std::function<Core::ChatSettings()> provider)
{
    m_settingsProvider = std::move(provider);
}

QString SqlConsole::settingsKey(const QString &what) const
{
    return m_connectionGroup + u"/sqlConsole/" + what;
}

void SqlConsole::saveStatement()
{
    m_saveTimer.stop();
    if (m_connectionGroup.isEmpty())
        return;
    const QString text = m_editor->toPlainText();
    if (text.isEmpty())
        m_settings->remove(settingsKey(u"statement"_qs));
    else
        m_settings->setValue(settingsKey(u"statement"_qs), text);
}

void SqlConsole::replaceText(const QString &text)
{
    // Through the cursor, not setPlainText(): Undo brings back what was there.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_editor->setTextCursor(cursor);
}

void SqlConsole::onConnectionChanged()
{
    saveStatement(); // under the connection it was typed for
    const bool available = m_session->isAvailable();
    m_pages->setCurrentIndex(available ? 1 : 0);
    if (!m_session->hasConnection()) {
        m_unavailableText->setText(
            tr("The SQL console runs statements on the SQL warehouses of a Databricks "
               "workspace. Choose a Databricks connection in the toolbar, or add one."));
    } else if (!available) {
        m_unavailableText->setText(
            tr("The SQL console runs statements on the SQL warehouses of a Databricks "
               "workspace, and \"%1\" is not a Databricks connection. Choose a Databricks "
               "connection in the toolbar, or add one.")
                .arg(m_session->connection().name));
    }
    m_connectionGroup
        = available ? connectionSettingsGroup(m_session->connection().name) : QString();
    // What this connection kept replaces the text; with nothing kept, what is there stays.
    const QString kept = m_connectionGroup.isEmpty()
                             ? QString()
                             : m_settings->value(settingsKey(u"statement"_qs)).toString();
    if (!kept.isEmpty() && kept != m_editor->toPlainText())
        replaceText(kept);
    m_warehouses->setWarehouses({});
    m_stateLine->clear();
    if (available && isVisible())
        m_session->refreshWarehouses();
    updateActions();
}

void SqlConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session->isAvailable() && !m_session->hasListed() && !m_session->isListing())
        m_session->refreshWarehouses();
}

void SqlConsole::focusEditor()
{
    if (m_pages->currentIndex() == 1)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void SqlConsole::setStatement(const QString &sql)
{
    replaceText(sql);
    focusEditor();
}

void SqlConsole::insertAiQueryTemplate()
{
    const Core::ChatSettings settings
        = m_settingsProvider ? m_settingsProvider() : Core::ChatSettings();
    const QString previousPrompt = m_parameters->value(u"prompt"_qs);
    const Workspace::SqlTemplate made = SqlSession::aiQueryTemplate(
        settings.model, settings.params,
        previousPrompt.isEmpty() ? tr("Describe a SQL warehouse in one sentence.")
                                 : previousPrompt);
    QTextCursor cursor = m_editor->textCursor();
    const bool besideOther = !m_editor->document()->isEmpty() && !cursor.hasSelection();
    if (besideOther) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(";\n"));
    }
    const int start = cursor.position();
    cursor.insertText(made.sql);
    // Beside other SQL it is left selected, so Run sends it alone: a warehouse runs one
    // statement a request.
    if (besideOther)
        cursor.setPosition(start, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    for (const auto &[name, value] : made.parameters)
        m_parameters->setValue(name, value);
    if (settings.model.isEmpty())
        m_stateLine->setText(tr("Choose a model in the toolbar, or type the endpoint's name "
                                "as the endpoint parameter."));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void SqlConsole::run()
{
    if (!m_session->isAvailable() || m_session->isRunning())
        return;
    const QString warehouse = m_warehouses->currentWarehouseId();
    if (warehouse.isEmpty()) {
        m_stateLine->setText(tr("Choose a warehouse first (refresh the list if it is empty)."));
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    // A selection runs on its own: one statement out of several kept in the editor.
    const QString sql = cursor.hasSelection()
                            ? cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n')
                            : m_editor->toPlainText();
    if (sql.trimmed().isEmpty()) {
        m_stateLine->setText(tr("Type a statement first."));
        return;
    }
    saveStatement();
    m_session->run(warehouse, sql, m_parameters->parameters());
}

void SqlConsole::cancel()
{
    m_session->cancel();
}

void SqlConsole::onFinished()
{
    m_ticker.stop();
    if (const std::optional<Workspace::SqlFailure> &failure = m_session->failure()) {
        m_error->setFailure(*failure);
        m_outcome->setCurrentWidget(m_error);
    } else {
        m_results->resultModel()->setResult(m_session->columns(), m_session->rows());
        m_outcome->setCurrentWidget(m_results);
        m_results->fitColumns();
    }
    updateStateLine();
    updateActions();
}

void SqlConsole::updateStateLine()
{
    const QString seconds = QLocale().toString(m_session->elapsedMs() / 1000.0, 'f', 1);
    const QString state = m_session->state();
    if (m_session->isRunning()) {
        m_stateLine->setText(tr("%1 · %2 s").arg(state.isEmpty() ? tr("Sending") : state, seconds));
        return;
    }
    if (!m_session->failure()) {
        // No %n plural: without a loaded translation it would print "row(s)".
        const qsizetype rows = m_session->rows().size();
        m_stateLine->setText(
            rows == 1 ? tr("%1 · 1 row · %2 s").arg(state, seconds)
                      : tr("%1 · %2 rows · %3 s").arg(state, QLocale().toString(rows), seconds));
        return;
    }
    m_stateLine->setText(tr("%1 · %2 s").arg(state.isEmpty() ? tr("Not sent") : state, seconds));
}

void SqlConsole::updateActions()
{
    const bool running = m_session->isRunning();
    // Without a warehouse Run stays pressable: it says what is missing.
    const bool canRun = m_session->isAvailable() && !running;
    m_runAction->setEnabled(canRun);
    m_run->setEnabled(canRun);
    m_cancelAction->setEnabled(running);
    m_cancel->setEnabled(running);
}

} // namespace Parlance::Ui
