#include "compare/comparecolumnview.h"

#include "compare/metricsstrip.h"
#include "controls/apiselector.h"
#include "controls/modelpicker.h"
#include "controls/parameterspanel.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "workspace/comparesession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

CompareColumnView::CompareColumnView(Workspace::CompareSession *compare, int column,
                                     QWidget *parent)
    : QFrame(parent), m_compare(compare), m_column(column)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildHeader();
    m_body = new QStackedWidget(this);
    m_view = new ConversationView(compare->session(column), m_body);
    m_view->setSettingsProvider([compare, column] { return compare->effectiveSettings(column); });
    m_body->addWidget(m_view);
    m_metrics = new MetricsStrip(this);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_metrics);

    connect(m_view, &ConversationView::showExchangeRequested, this,
            &CompareColumnView::showExchangeRequested);
    // A turn's own request, in this column's conversation.
    connect(m_view, &ConversationView::getCodeRequested, this,
            [this](int row) { emit getCodeRequested(m_column, row); });
    Engine::ChatSession *session = compare->session(column);
    connect(session, &Engine::ChatSession::busyChanged, this, &CompareColumnView::updateStatus);
    connect(session, &Engine::ChatSession::attemptStarted, this, &CompareColumnView::updateStatus);
    connect(session, &Engine::ChatSession::retrying, this, &CompareColumnView::updateStatus);
    connect(compare, &Workspace::CompareSession::columnModels, this,
            [this](int index, const QList<Core::ModelInfo> &models) {
                if (index != m_column)
                    return;
                m_ownModels = models;
                m_model->setModels(models);
            });
    // Working anywhere in the column makes it the one the inspector follows.
    m_view->listView()->installEventFilter(this);
    m_view->listView()->viewport()->installEventFilter(this);
    m_model->lineEdit()->installEventFilter(this);
    refresh();
}

CompareColumnView::~CompareColumnView() = default;

void CompareColumnView::buildHeader()
{
    auto *header = new QWidget(this);
    header->setBackgroundRole(QPalette::AlternateBase);
    header->setAutoFillBackground(true);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(6, 4, 6, 4);
    headerLayout->setSpacing(3);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(header);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_stop = new QToolButton(header);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop this column's answer; what arrived is kept"));
    connect(m_stop, &QToolButton::clicked, this, [this] { m_compare->stop(m_column); });
    m_menuButton = new QToolButton(header);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Column actions"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("&Continue with this answer"), this,
                    [this] { emit continueRequested(m_column); });
    menu->addAction(tr("Show exchanges in the &inspector"), this,
                    [this] { emit inspectRequested(m_column); });
    menu->addAction(tr("&Get code…"), this, [this] { emit getCodeRequested(m_column); });
    menu->addSeparator();
    menu->addAction(tr("&Remove column"), this, [this] { emit removeRequested(m_column); });
    m_menuButton->setMenu(menu);
    m_params = new QToolButton(header);
    connect(m_params, &QToolButton::clicked, this, &CompareColumnView::editParameters);
    top->addWidget(m_title);
    top->addWidget(m_status, 1);
    top->addWidget(m_params);
    top->addWidget(m_stop);
    top->addWidget(m_menuButton);
    headerLayout->addLayout(top);

    m_identity = new QWidget(header);
    auto *identity = new QVBoxLayout(m_identity);
    identity->setContentsMargins(0, 0, 0, 0);
    identity->setSpacing(3);
    m_model = new ModelPicker(m_identity);
    connect(m_model, &ModelPicker::modelChosen, this, &CompareColumnView::onModelChosen);
    connect(m_model, &ModelPicker::refreshRequested, this, [this] {
        // The shared list is the window's to refresh; a column's own connection is ours.
        if (m_compare->spec(m_column).connectionName)
            m_compare->refreshModels(m_column);
        else
            m_model->setModels(m_sharedModels);
    });
    identity->addWidget(m_model);

    auto *row = new QHBoxLayout;
    m_connection = new QComboBox(m_identity);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connection->setMinimumContentsLength(8);
    connect(m_connection, &QComboBox::activated, this, &CompareColumnView::onConnectionChosen);
    m_api = new QComboBox(m_identity);
    m_api->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_api->setMinimumContentsLength(6);
    connect(m_api, &QComboBox::activated, this, &CompareColumnView::onApiChosen);
    row->addWidget(m_connection, 1);
    row->addWidget(m_api, 1);
    identity->addLayout(row);
    headerLayout->addWidget(m_identity);

    m_problem = new QLabel(header);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_problem->setPalette(warning);
    headerLayout->addWidget(m_problem);

    static_cast<QVBoxLayout *>(layout())->addWidget(header);
}

void CompareColumnView::markOverride(QWidget *widget, bool overridden, const QString &sharedText)
{
    QFont font = widget->font();
    font.setBold(overridden);
    font.setItalic(!overridden);
    widget->setFont(font);
    widget->setToolTip(overridden ? tr("This column's own setting (the others use the shared one)")
                                  : sharedText);
    widget->setProperty("overridden", overridden);
}

void CompareColumnView::refresh()
{
    const Core::CompareColumnSpec spec = m_compare->spec(m_column);
    const bool hidden = !m_compare->isRevealed();
    const QString letter = m_compare->label(m_column);
    const Core::ChatSettings settings = m_compare->effectiveSettings(m_column);
    if (hidden)
        m_title->setText(tr("Answer %1").arg(letter));
    else
        m_title->setText(
            tr("%1 · %2").arg(letter, settings.model.isEmpty() ? tr("no model") : settings.model));
    m_title->setAccessibleName(m_title->text());
    m_identity->setVisible(!hidden);
    m_params->setVisible(!hidden);
    const QString name = tr("column %1").arg(letter);
    m_model->setAccessibleName(tr("Model of %1").arg(name));
    m_connection->setAccessibleName(tr("Connection of %1").arg(name));
    m_api->setAccessibleName(tr("API of %1").arg(name));
    m_params->setAccessibleName(tr("Parameters of %1").arg(name));
    m_stop->setAccessibleName(tr("Stop %1").arg(name));
    m_menuButton->setAccessibleName(tr("Actions of %1").arg(name));
    m_metrics->setVisible(!hidden);
    m_view->model()->setIdentityHidden(hidden);

    m_filling = true;
    m_model->setCurrentModel(spec.model);
    m_model->setConnectionName(spec.connectionName.value_or(
        m_compare->hasSharedConnection() ? m_compare->sharedConnection().name : QString()));
    fillConnections();
    markOverride(m_connection, spec.connectionName.has_value(),
                 m_compare->hasSharedConnection()
                     ? tr("The window's connection: %1").arg(m_compare->sharedConnection().name)
                     : tr("The window has no connection yet"));

    m_api->clear();
    m_api->addItem(
        tr("%1 (shared)").arg(ApiSelector::displayName(m_compare->sharedSettings().api)));
    for (const Core::ApiKind api :
         {Core::ApiKind::ChatCompletions, Core::ApiKind::Responses, Core::ApiKind::Invocations}) {
        m_api->addItem(ApiSelector::displayName(api), int(api));
    }
    m_api->setCurrentIndex(spec.api ? m_api->findData(int(*spec.api)) : 0);
    markOverride(m_api, spec.api.has_value(), tr("The shared API"));
    m_params->setText(spec.params ? tr("Own parameters…") : tr("Parameters…"));
    markOverride(m_params, spec.params.has_value(), tr("The shared parameters"));
    m_filling = false;

    const QString problem = m_compare->columnProblem(m_column);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    updateStatus();
}

void CompareColumnView::fillConnections()
{
    const Core::CompareColumnSpec spec = m_compare->spec(m_column);
    m_connection->clear();
    m_connection->addItem(tr("Shared connection"));
    m_connection->setItemData(
        0,
        m_compare->hasSharedConnection()
            ? tr("The window's connection: %1").arg(m_compare->sharedConnection().name)
            : tr("The window has no connection yet"),
        Qt::ToolTipRole);
    for (const QString &name : m_compare->savedConnections())
        m_connection->addItem(name, name);
    int current = 0;
    if (spec.connectionName) {
        current = m_connection->findData(*spec.connectionName);
        if (current < 0) {
            // A connection since deleted stays shown, so the column says what it was.
            m_connection->addItem(*spec.connectionName, *spec.connectionName);
            current = m_connection->count() - 1;
        }
    }
    m_connection->setCurrentIndex(current);
}

void CompareColumnView::setSharedModels(const QList<Core::ModelInfo> &models)
{
    m_sharedModels = models;
    if (!m_compare->spec(m_column).connectionName)
        m_model->setModels(models);
}

void CompareColumnView::setFigures(const ColumnFigures &figures,
                                   const QList<ColumnFigures::Figure> &best)
{
    m_metrics->setFigures(figures, best);
}

void CompareColumnView::setAlternativePage(QWidget *page)
{
    while (m_body->count() > 1) {
        QWidget *old = m_body->widget(1);
        m_body->removeWidget(old);
        if (old != page)
            old->deleteLater();
    }
    if (page) {
        m_body->addWidget(page);
        m_body->setCurrentWidget(page);
    } else {
        m_body->setCurrentWidget(m_view);
    }
}

QString CompareColumnView::title() const
{
    return m_title->text();
}

QString CompareColumnView::statusText() const
{
    return m_status->text();
}

void CompareColumnView::updateStatus()
{
    Engine::ChatSession *session = m_compare->session(m_column);
    const bool busy = session->isBusy();
    m_stop->setEnabled(busy);
    const QList<Core::Turn> &turns = session->turns();
    QString status;
    if (busy) {
        status = tr("answering…");
    } else if (!turns.isEmpty() && !turns.last().isUser()) {
        const Core::Turn &last = turns.last();
        if (last.error && last.error->kind == Core::ApiError::Kind::Cancelled)
            status = tr("stopped");
        else if (last.error)
            status = tr("failed");
        else
            status = tr("done");
    }
    m_status->setText(status);
    m_status->setAccessibleName(tr("Status: %1").arg(status));
}

void CompareColumnView::onConnectionChosen(int index)
{
    if (m_filling)
        return;
    Core::CompareColumnSpec spec = m_compare->spec(m_column);
    if (index <= 0)
        spec.connectionName.reset();
    else
        spec.connectionName = m_connection->itemData(index).toString();
    m_ownModels.clear();
    m_compare->setSpec(m_column, spec);
    if (spec.connectionName)
        m_compare->refreshModels(m_column);
    else
        m_model->setModels(m_sharedModels);
}

void CompareColumnView::onApiChosen(int index)
{
    if (m_filling)
        return;
    Core::CompareColumnSpec spec = m_compare->spec(m_column);
    if (index <= 0)
        spec.api.reset();
    else
        spec.api = Core::ApiKind(m_api->itemData(index).toInt());
    m_compare->setSpec(m_column, spec);
}

void CompareColumnView::onModelChosen(const QString &model)
{
    if (m_filling)
        return;
    Core::CompareColumnSpec spec = m_compare->spec(m_column);
    spec.model = model;
    m_compare->setSpec(m_column, spec);
}

QWidget *CompareColumnView::editParameters()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Parameters of %1").arg(title()));
    auto *layout = new QVBoxLayout(dialog);
    auto *note = new QLabel(tr("These parameters apply to this column only. The other columns "
                               "keep the shared ones."),
                            dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *panel = new ParametersPanel(dialog);
    panel->setParams(m_compare->effectiveSettings(m_column).params);
    layout->addWidget(panel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *shared
        = buttons->addButton(tr("Use the &shared parameters"), QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, panel] {
        if (!panel->isValid())
            return; // the panel says what is wrong; nothing typed is lost
        Core::CompareColumnSpec spec = m_compare->spec(m_column);
        spec.params = panel->params();
        m_compare->setSpec(m_column, spec);
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(shared, &QPushButton::clicked, dialog, [this, dialog] {
        Core::CompareColumnSpec spec = m_compare->spec(m_column);
        spec.params.reset();
        m_compare->setSpec(m_column, spec);
        dialog->accept();
    });
    dialog->setObjectName(QStringLiteral("columnParametersDialog"));
    dialog->show();
    return dialog;
}

bool CompareColumnView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        emit activated(m_column);
    return QFrame::eventFilter(watched, event);
}

} // namespace Parlance::Ui
