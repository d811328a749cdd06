#include "conversation/conversationview.h"

#include "conversation/conversationmodel.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>

namespace Parlance::Ui {

ConversationView::ConversationView(Engine::ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConversationModel(session, this))
    , m_list(new TurnListView(this))
{
    m_list->setModel(m_model);
    m_list->setPlaceholderText(tr("No messages yet.\nType below and press Ctrl+Enter to send."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    TurnDelegate *delegate = m_list->turnDelegate();
    connect(delegate, &TurnDelegate::targetActivated, this, &ConversationView::onTargetActivated);
    connect(delegate, &TurnDelegate::editSubmitted, this, &ConversationView::onEditSubmitted);
    connect(delegate, &TurnDelegate::editCancelled, this, &ConversationView::closeEditor);
    connect(m_list, &TurnListView::contextMenuRequested, this, &ConversationView::showContextMenu);

    // Keys for the current message; the context menu shows the same keys beside its items.
    // Ctrl+C copies the selected text, or the whole message when nothing is selected.
    m_copyAction = addMessageAction(tr("Copy"), QKeySequence::Copy, [this, delegate](int row) {
        if (delegate->hasSelection())
            QGuiApplication::clipboard()->setText(delegate->selectedText());
        else
            copyTurn(row);
    });
    m_selectAllAction
        = addMessageAction(tr("Select All"), QKeySequence::SelectAll,
                           [this](int row) { m_list->turnDelegate()->selectAll(indexAt(row)); });
    m_editAction = addMessageAction(tr("Edit && Resend…"), QKeySequence(tr("F2")),
                                    [this](int row) { editTurn(row); });
    m_regenerateAction
        = addMessageAction(tr("Regenerate"), QKeySequence(tr("Ctrl+R")), [this](int row) {
              if (!indexAt(row).data(ConversationModel::IsUserRole).toBool())
                  regenerateTurn(row);
          });
    m_deleteAction = addMessageAction(tr("Delete"), QKeySequence::Delete, [this](int row) {
        if (!indexAt(row).data(ConversationModel::StreamingRole).toBool())
            deleteTurn(row);
    });
}

QAction *ConversationView::addMessageAction(const QString &text, const QKeySequence &key,
                                            std::function<void(int row)> handler)
{
    auto *action = new QAction(text, m_list);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, handler = std::move(handler)] {
        if (m_list->currentIndex().isValid())
            handler(m_list->currentIndex().row());
    });
    m_list->addAction(action);
    return action;
}

ConversationView::~ConversationView() = default;

void ConversationView::setSettingsProvider(std::function<Core::ChatSettings()> provider)
{
    m_settings = std::move(provider);
}

QModelIndex ConversationView::indexAt(int row) const
{
    return m_model->index(row, 0);
}

std::optional<Core::ChatSettings> ConversationView::settingsFor(int row) const
{
    if (m_settings)
        return m_settings();
    // No provider: ask the model that answered this turn (or the one after it) again.
    const QList<Core::Turn> &turns = m_session->turns();
    for (int i = row; i < turns.size(); ++i) {
        if (!turns.at(i).isUser() && !turns.at(i).model.isEmpty()) {
            Core::ChatSettings settings;
            settings.model = turns.at(i).model;
            settings.api = turns.at(i).api;
            return settings;
        }
    }
    return std::nullopt;
}

void ConversationView::copyTurn(int row)
{
    const QModelIndex index = indexAt(row);
    if (!index.isValid())
        return;
    QString text = index.data(ConversationModel::TextRole).toString();
    if (text.isEmpty())
        text = index.data(ConversationModel::RefusalRole).toString();
    QGuiApplication::clipboard()->setText(text);
}

void ConversationView::editTurn(int row)
{
    const QModelIndex index = indexAt(row);
    if (!index.isValid() || !index.data(ConversationModel::IsUserRole).toBool()
        || m_session->isBusy() || isEditing(row))
        return;
    m_list->openPersistentEditor(index);
    m_list->refreshRow(index);
    m_list->scrollTo(index);
    if (QWidget *editor = m_list->indexWidget(index))
        editor->setFocus(Qt::OtherFocusReason);
}

bool ConversationView::isEditing(int row) const
{
    const QModelIndex index = indexAt(row);
    return index.isValid() && m_list->isPersistentEditorOpen(index);
}

QWidget *ConversationView::editorAt(int row) const
{
    const QModelIndex index = indexAt(row);
    return index.isValid() ? m_list->indexWidget(index) : nullptr;
}

void ConversationView::closeEditor(const QModelIndex &index)
{
    if (!index.isValid() || !m_list->isPersistentEditorOpen(index))
        return;
    m_list->closePersistentEditor(index);
    m_list->refreshRow(index);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ConversationView::onEditSubmitted(const QModelIndex &index, const QString &text)
{
    if (!index.isValid() || m_session->isBusy())
        return; // the editor stays open, nothing typed is lost
    const int row = index.row();
    const std::optional<Core::ChatSettings> settings = settingsFor(row);
    if (!settings)
        return;
    closeEditor(index);
    m_session->editAndResend(row, text, *settings);
}

bool ConversationView::regenerateTurn(int row)
{
    if (m_session->isBusy())
        return false;
    if (!m_settings)
        return m_session->retry(row);
    const std::optional<Core::ChatSettings> settings = settingsFor(row);
    return settings && m_session->regenerate(row, *settings);
}

bool ConversationView::retryTurn(int row)
{
    return !m_session->isBusy() && m_session->retry(row);
}

void ConversationView::deleteTurn(int row)
{
    if (isEditing(row))
        closeEditor(indexAt(row));
    m_session->removeTurn(row);
}

void ConversationView::showExchange(int row)
{
    const quint64 id = indexAt(row).data(ConversationModel::LastExchangeIdRole).toULongLong();
    if (id != 0)
        emit showExchangeRequested(id);
}

void ConversationView::getCode(int row)
{
    if (indexAt(row).isValid())
        emit getCodeRequested(row);
}

bool ConversationView::isReasoningExpanded(int row) const
{
    return m_list->turnDelegate()->isReasoningExpanded(indexAt(row));
}

void ConversationView::setReasoningExpanded(int row, bool expanded)
{
    m_list->turnDelegate()->setReasoningExpanded(indexAt(row), expanded);
}

QRect ConversationView::targetRect(int row, TurnLayout::Target target, int index) const
{
    return m_list->turnDelegate()->targetRect(indexAt(row), target, index);
}

QString ConversationView::codeBlock(int row, int index) const
{
    return m_list->turnDelegate()->codeText(indexAt(row), index);
}

void ConversationView::onTargetActivated(const QModelIndex &index, TurnLayout::Target target)
{
    const int row = index.row();
    switch (target) {
    case TurnLayout::Target::Copy:
        copyTurn(row);
        break;
    case TurnLayout::Target::Edit:
        editTurn(row);
        break;
    case TurnLayout::Target::Regenerate:
        regenerateTurn(row);
        break;
    case TurnLayout::Target::Retry:
        retryTurn(row);
        break;
    case TurnLayout::Target::Delete:
        deleteTurn(row);
        break;
    case TurnLayout::Target::ShowExchange:
        showExchange(row);
        break;
    default:
        break;
    }
}

void ConversationView::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    const bool user = index.data(ConversationModel::IsUserRole).toBool();
    const bool streaming = index.data(ConversationModel::StreamingRole).toBool();
    const bool busy = m_session->isBusy();

    // Rows can move while the menu is open (a reply finishing, a turn removed): act on the
    // turn the menu was opened for, or not at all.
    const QPersistentModelIndex turn(index);
    auto onTurn = [this, turn](auto action) {
        return [this, turn, action] {
            if (turn.isValid())
                (this->*action)(turn.row());
        };
    };

    // A platform may turn the Menu key into a context menu event as well as a key press.
    if (m_menu && m_menu->isVisible())
        return;
    auto *menu = new QMenu(this);
    m_menu = menu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The keys shown here are those of the view's own actions, which act on the current
    // message: the menu's items only display them.
    const bool current = index == m_list->currentIndex();
    auto withKey = [current](QAction *item, const QAction *keyed) {
        if (current)
            item->setShortcuts(keyed->shortcuts());
        return item;
    };
    TurnDelegate *delegate = m_list->turnDelegate();
    const bool hasSelection = delegate->hasSelection() && delegate->selectionIndex() == index;
    if (hasSelection) {
        const QString selected = delegate->selectedText();
        withKey(menu->addAction(tr("Copy Selection"), this,
                                [selected] { QGuiApplication::clipboard()->setText(selected); }),
                m_copyAction);
    }
    QAction *copy = menu->addAction(tr("Copy Message"), this, onTurn(&ConversationView::copyTurn));
    if (!hasSelection)
        withKey(copy, m_copyAction);
    withKey(menu->addAction(tr("Select All"), this,
                            [this, turn] {
                                if (turn.isValid())
                                    m_list->turnDelegate()->selectAll(turn);
                            }),
            m_selectAllAction);
    const QList<TurnLayout::Hit> targets = delegate->targets(index);
    const int codeBlocks = int(std::count_if(targets.cbegin(), targets.cend(), [](const auto &hit) {
        return hit.target == TurnLayout::Target::CopyCode;
    }));
    QMenu *links = nullptr;
    for (const TurnLayout::Hit &hit : targets) {
        auto activate = [this, turn, hit] {
            if (turn.isValid())
                m_list->turnDelegate()->activate(turn, hit);
        };
        if (hit.target == TurnLayout::Target::CopyCode) {
            menu->addAction(codeBlocks == 1 ? tr("Copy Code")
                                            : tr("Copy Code Block %1").arg(hit.index + 1),
                            this, activate);
        } else if (hit.target == TurnLayout::Target::Link) {
            if (!links)
                links = menu->addMenu(tr("Open Link"));
            links->addAction(fontMetrics().elidedText(hit.link, Qt::ElideMiddle, 480), this,
                             activate);
        }
    }
    if (user) {
        withKey(menu->addAction(tr("Edit && Resend…"), this, onTurn(&ConversationView::editTurn)),
                m_editAction)
            ->setEnabled(!busy);
    } else {
        if (index.data(ConversationModel::HasErrorRole).toBool())
            menu->addAction(tr("Retry"), this, onTurn(&ConversationView::retryTurn))
                ->setEnabled(!busy);
        withKey(menu->addAction(tr("Regenerate"), this, onTurn(&ConversationView::regenerateTurn)),
                m_regenerateAction)
            ->setEnabled(!busy && !streaming);
        if (!index.data(ConversationModel::ReasoningRole).toString().isEmpty()) {
            const bool expanded = isReasoningExpanded(index.row());
            menu->addAction(expanded ? tr("Hide Reasoning") : tr("Show Reasoning"), this,
                            [this, turn, expanded] {
                                if (turn.isValid())
                                    setReasoningExpanded(turn.row(), !expanded);
                            });
        }
        if (index.data(ConversationModel::LastExchangeIdRole).toULongLong() != 0)
            menu->addAction(tr("Show in Inspector"), this, onTurn(&ConversationView::showExchange));
    }
    // The request as a program for another client; a user turn's is its reply's.
    menu->addAction(tr("Get Code…"), this, onTurn(&ConversationView::getCode))
        ->setEnabled(!streaming);
    menu->addSeparator();
    withKey(menu->addAction(tr("Delete"), this, onTurn(&ConversationView::deleteTurn)),
            m_deleteAction)
        ->setEnabled(!streaming);
    menu->popup(globalPos);
}

} // namespace Parlance::Ui
