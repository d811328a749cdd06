#include "controls/modelpicker.h"

#include "controls/modelfilterproxy.h"
#include "controls/modelitemdelegate.h"
#include "controls/modellistmodel.h"
#include "controls/modelpickerpopup.h"
#include "controls/refreshbutton.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Parlance::Ui {

namespace {

constexpr int kPageRows = 8;

} // namespace

ModelPicker::ModelPicker(QWidget *parent) : ModelPicker(ModelPreferences(), parent) {}

ModelPicker::ModelPicker(ModelPreferences preferences, QWidget *parent)
    : QWidget(parent)
    , m_model(new ModelListModel(std::move(preferences), this))
    , m_proxy(new ModelFilterProxy(this))
    , m_delegate(new ModelItemDelegate(this))
    , m_edit(new QLineEdit(this))
    , m_dropDown(new QToolButton(this))
    , m_refresh(new RefreshButton(this))
    , m_errorAction(new QAction(this))
    , m_routeAction(new QAction(this))
    , m_popup(new ModelPickerPopup(this))
{
    m_proxy->setSourceModel(m_model);
    QListView *view = m_popup->view();
    view->setModel(m_proxy);
    view->setItemDelegate(m_delegate);

    m_edit->setObjectName(QStringLiteral("modelEdit"));
    m_edit->setPlaceholderText(tr("Model or endpoint name"));
    m_edit->setAccessibleName(tr("Model"));
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_errorAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_edit->addAction(m_errorAction, QLineEdit::TrailingPosition);
    m_errorAction->setVisible(false); // after addAction: the line edit shows what it is given
    connect(m_errorAction, &QAction::triggered, this, &ModelPicker::showPopup);
    m_routeAction->setObjectName(QStringLiteral("modelRouteWarning"));
    m_routeAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_edit->addAction(m_routeAction, QLineEdit::TrailingPosition);
    m_routeAction->setVisible(false);
    // No tooltip hover with the keyboard: Enter on the icon is not possible, so a click shows
    // the list, where the model's other name can be picked.
    connect(m_routeAction, &QAction::triggered, this, &ModelPicker::showPopup);

    m_dropDown->setObjectName(QStringLiteral("modelDropDown"));
    m_dropDown->setArrowType(Qt::DownArrow);
    m_dropDown->setAutoRaise(true);
    m_dropDown->setFocusPolicy(Qt::NoFocus);
    m_dropDown->setToolTip(tr("Show the models (F4)"));
    connect(m_dropDown, &QToolButton::clicked, this, [this] {
        m_edit->setFocus(Qt::MouseFocusReason);
        showPopup();
    });

    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh models")); // an icon only
    m_refresh->setToolTip(tr("Reload the model list from the server"));
    connect(m_refresh, &QToolButton::clicked, this, &ModelPicker::refresh);

    m_popup->setFocusProxy(m_edit);
    m_popup->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(m_popup->showAllCheck(), &QCheckBox::toggled, this, [this](bool showAll) {
        m_proxy->setShowAll(showAll);
        updatePopupState();
    });
    connect(m_popup->useTypedButton(), &QPushButton::clicked, this, &ModelPicker::chooseTyped);
    connect(m_edit, &QLineEdit::textEdited, this, &ModelPicker::onTextEdited);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_dropDown);
    layout->addWidget(m_refresh);
}

ModelPicker::~ModelPicker() = default;

void ModelPicker::setConnectionName(const QString &connection)
{
    m_model->setConnectionName(connection);
    updatePopupState();
}

void ModelPicker::setCurrentModel(const QString &name)
{
    m_current = name;
    revertText();
}

void ModelPicker::setModels(const QList<Core::ModelInfo> &models)
{
    m_error.clear();
    m_errorAction->setVisible(false);
    m_model->setModels(models);
    setBusy(false);
    m_edit->setToolTip(
        m_model->index(m_model->rowOf(m_current), 0).data(Qt::ToolTipRole).toString());
    if (isPopupVisible())
        highlightBest();
}

void ModelPicker::setError(const QString &message)
{
    m_error = message;
    m_errorAction->setToolTip(tr("Could not load the model list: %1").arg(message));
    m_errorAction->setVisible(!message.isEmpty());
    setBusy(false);
}

void ModelPicker::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setBusy(busy);
    m_refresh->setToolTip(busy ? tr("Loading the model list\u2026")
                               : tr("Reload the model list from the server"));
    updatePopupState();
}

bool ModelPicker::isPopupVisible() const
{
    return m_popup->isVisible();
}

QToolButton *ModelPicker::refreshButton() const
{
    return m_refresh;
}

QListView *ModelPicker::listView() const
{
    return m_popup->view();
}

void ModelPicker::showPopup()
{
    m_proxy->setFilterText(typedText());
    updatePopupState();
    if (!m_popup->isVisible())
        m_popup->popUp(QRect(mapToGlobal(QPoint(0, 0)), size()));
    highlightBest();
}

void ModelPicker::hidePopup()
{
    m_popup->hide();
}

void ModelPicker::refresh()
{
    if (m_busy)
        return;
    m_error.clear();
    m_errorAction->setVisible(false);
    setBusy(true);
    emit refreshRequested();
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent *>(event));
        if (event->type() == QEvent::FocusOut && !m_popup->isVisible()
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason && m_edited)
            revertText();
    } else if (watched == m_popup) {
        if (event->type() == QEvent::KeyPress) {
            // The popup has the keyboard while it is open: keep navigation here and let
            // everything else type into the line edit, the way QCompleter does.
            auto *key = static_cast<QKeyEvent *>(event);
            if (!handleKey(key))
                QCoreApplication::sendEvent(m_edit, key);
            return true;
        }
        if (event->type() == QEvent::MouseButtonPress) {
            // A click on the arrow that closes the popup must not open it again when Qt
            // replays it to the button (QComboBox does the same).
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint global = mouse->globalPosition().toPoint();
            if (!m_popup->rect().contains(m_popup->mapFromGlobal(global))
                && m_dropDown->rect().contains(m_dropDown->mapFromGlobal(global)))
                m_popup->setAttribute(Qt::WA_NoMouseReplay);
        }
    } else if (watched == m_popup->view()->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                return handleListClick(mouse->position().toPoint());
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ModelPicker::handleKey(QKeyEvent *event)
{
    const bool open = m_popup->isVisible();
    switch (event->key()) {
    case Qt::Key_Down:
        if (open)
            moveHighlight(1);
        else
            showPopup();
        return true;
    case Qt::Key_Up:
        if (open)
            moveHighlight(-1);
        return open;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (open)
            moveHighlight(event->key() == Qt::Key_PageDown ? kPageRows : -kPageRows);
        return open;
    case Qt::Key_F4:
        if (open)
            hidePopup();
        else
            showPopup();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (event->modifiers() & Qt::ShiftModifier) {
            chooseTyped();
            return true;
        }
        const QModelIndex current = m_popup->view()->currentIndex();
        if (open && current.isValid()) {
            choose(current.data(ModelListModel::NameRole).toString());
            return true;
        }
        if (!open && !m_edited)
            return false; // let a dialog's default button have it
        chooseTyped();
        return true;
    }
    case Qt::Key_Escape:
        if (!open && !m_edited)
            return false;
        hidePopup();
        revertText();
        return true;
    case Qt::Key_D:
        if (open && event->modifiers() == Qt::ControlModifier) {
            toggleHighlightedFavourite();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void ModelPicker::onTextEdited(const QString &text)
{
    m_edited = text != m_current;
    if (!m_popup->isVisible()) {
        showPopup();
        return;
    }
    m_proxy->setFilterText(typedText());
    updatePopupState();
    highlightBest();
}

void ModelPicker::choose(const QString &name)
{
    hidePopup();
    m_model->addRecent(name);
    const bool changed = name != m_current;
    m_current = name;
    revertText();
    // Typing right after a choice starts a new search instead of appending to the name.
    if (m_edit->hasFocus())
        m_edit->selectAll();
    if (changed)
        emit modelChosen(name);
}

void ModelPicker::chooseTyped()
{
    const QString name = m_edit->text().trimmed();
    if (name.isEmpty()) {
        hidePopup();
        revertText();
        return;
    }
    choose(name);
}

void ModelPicker::revertText()
{
    m_edited = false;
    m_edit->setText(m_current);
    m_edit->setToolTip(
        m_model->index(m_model->rowOf(m_current), 0).data(Qt::ToolTipRole).toString());
    m_proxy->setFilterText({});
    recheckRoute();
}

void ModelPicker::setRouteCheck(RouteCheck check)
{
    m_routeCheck = std::move(check);
    recheckRoute();
}

void ModelPicker::recheckRoute()
{
    const QString warning
        = m_routeCheck && !m_current.isEmpty() ? m_routeCheck(m_current) : QString();
    if (warning == m_routeWarning)
        return;
    m_routeWarning = warning;
    m_routeAction->setToolTip(warning);
    m_routeAction->setVisible(!warning.isEmpty());
    // Screen readers hear it with the name; sighted users see the icon and its tooltip.
    m_edit->setAccessibleDescription(warning);
}

void ModelPicker::moveHighlight(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_popup->view()->currentIndex().row();
    highlight(current < 0 ? (delta > 0 ? 0 : rows - 1) : qBound(0, current + delta, rows - 1));
}

// The typed name itself, else a match in another case, else the first match; with nothing
// typed, the current model. So Enter after a few letters takes the obvious row, and a name
// that matches nothing stays free text.
void ModelPicker::highlightBest()
{
    const QString typed = typedText();
    int best = m_proxy->rowOf(typed.isEmpty() ? m_current : typed);
    for (int row = 0; best < 0 && !typed.isEmpty() && row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, 0).data(ModelListModel::NameRole).toString();
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            best = row;
    }
    if (best < 0 && !typed.isEmpty() && m_proxy->rowCount() > 0)
        best = 0;
    highlight(best);
}

void ModelPicker::highlight(int proxyRow)
{
    QListView *view = m_popup->view();
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount()) {
        view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

void ModelPicker::updatePopupState()
{
    const QString typed = typedText();
    m_popup->setBusy(m_busy);
    if (m_busy)
        m_popup->setMessage(tr("Loading the model list\u2026"), false);
    else if (!m_error.isEmpty())
        m_popup->setMessage(tr("Could not load the model list: %1").arg(m_error), true);
    else if (m_proxy->rowCount() > 0)
        m_popup->setMessage({}, false);
    else if (!typed.isEmpty())
        m_popup->setMessage(tr("No listed model matches \u201c%1\u201d.").arg(typed), false);
    else if (!m_model->hasList())
        m_popup->setMessage(tr("No model list yet: refresh to ask the server, or type a name."),
                            false);
    else
        m_popup->setMessage(tr("The server lists no models."), false);
    m_popup->setTypedName(m_model->rowOf(typed) < 0 ? typed : QString());
    m_popup->setNonChatCount(m_model->nonChatCount());
    if (m_popup->isVisible())
        m_popup->updateGeometryFor(QRect(mapToGlobal(QPoint(0, 0)), size()));
}

bool ModelPicker::handleListClick(const QPoint &viewportPos)
{
    QListView *view = m_popup->view();
    const QModelIndex index = view->indexAt(viewportPos);
    if (!index.isValid())
        return false;
    const QString name = index.data(ModelListModel::NameRole).toString();
    if (m_delegate->starRect(view->visualRect(index), index, view->font()).contains(viewportPos)) {
        m_model->toggleFavourite(name);
        updatePopupState();
        highlight(m_proxy->rowOf(name));
        return true;
    }
    choose(name);
    return true;
}

void ModelPicker::toggleHighlightedFavourite()
{
    const QModelIndex current = m_popup->view()->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(ModelListModel::NameRole).toString();
    m_model->toggleFavourite(name);
    updatePopupState();
    highlight(m_proxy->rowOf(name));
}

QString ModelPicker::typedText() const
{
    return m_edited ? m_edit->text().trimmed() : QString();
}

} // namespace Parlance::Ui
