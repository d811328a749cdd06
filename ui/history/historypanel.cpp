#include "history/historypanel.h"

#include "history/historyfilterproxy.h"
#include "history/historyitemdelegate.h"
#include "history/historylistmodel.h"

#include <QAccessible>
#include <QAction>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Parlance::Ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryListModel(this))
    , m_proxy(new HistoryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_newChat(new QPushButton(tr("New chat"), this))
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(m_undoBar))
    , m_undo(new QPushButton(tr("&Undo"), m_undoBar))
    , m_openAction(new QAction(tr("Open"), this))
    , m_renameAction(new QAction(tr("Rename…"), this))
    , m_pinAction(new QAction(tr("Pin to the top"), this))
    , m_deleteAction(new QAction(tr("Delete"), this))
    , m_undoAction(new QAction(tr("Undo delete"), this))
{
    m_proxy->setSourceModel(m_model);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { emit searchRequested(m_proxy->text()); });

    m_filter->setPlaceholderText(tr("Search titles and messages"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setAccessibleName(tr("Search conversations"));
    m_filter->setAccessibleDescription(
        tr("Finds the conversations whose title or messages hold every word typed. Press Down "
           "to go to the results."));
    m_filter->installEventFilter(this);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new HistoryItemDelegate(m_list));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setAccessibleDescription(
        tr("Enter opens, F2 renames, Ctrl+P pins or unpins, Delete deletes, Ctrl+Z undoes the "
           "deletion."));
    // Rows with a search match are taller than the others.
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    // Long titles are cut with an ellipsis rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setResizeMode(QListView::Adjust);
    // Renaming starts from F2 or the menu only: a click opens the conversation.
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setToolTip(
        tr("Start a new conversation (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setEnabled(false); // greyed, like other placeholders
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_undoBar->setObjectName(QStringLiteral("historyUndoBar"));
    m_undoBar->setAccessibleName(tr("Deleted conversation"));
    m_undoText->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoRemoveButton"));
    m_undo->setAccessibleName(tr("Undo the deletion"));
    m_undo->setToolTip(tr("Bring the conversation back (Ctrl+Z in the list)"));
    m_undo->installEventFilter(this);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();

    // The keys are the list's own (see eventFilter()); the menu shows them.
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    for (QAction *action : {m_openAction, m_renameAction, m_pinAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setEnabled(false);
    }
    connect(m_openAction, &QAction::triggered, this, [this] { openIndex(m_list->currentIndex()); });
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            m_list->edit(index);
    });
    connect(m_pinAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid()) {
            emit pinRequested(index.data(HistoryListModel::KeyRole).toString(),
                              !index.data(HistoryListModel::PinnedRole).toBool());
        }
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            emit removeRequested(index.data(HistoryListModel::KeyRole).toString());
    });
    connect(m_undoAction, &QAction::triggered, this, &HistoryPanel::undoRemoveRequested);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoRemoveRequested);
    connect(m_model, &HistoryListModel::renameRequested, this, &HistoryPanel::renameRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_newChat);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    // Tab goes down the panel as it is laid out; the Undo button only while it shows.
    setTabOrder(m_newChat, m_filter);
    setTabOrder(m_filter, m_undo);
    setTabOrder(m_undo, m_list);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        m_model->setSearchHits({}); // the matches of the text before
        if (m_proxy->text().isEmpty())
            m_searchTimer.stop();
        else
            m_searchTimer.start(); // titles filter now; messages once typing pauses
        selectCurrent();
        updatePlaceholder();
    });
    connect(m_list, &QListView::activated, this, &HistoryPanel::openIndex);
    connect(m_list, &QListView::clicked, this, &HistoryPanel::openIndex);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &HistoryPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(m_newChat, &QPushButton::clicked, this, &HistoryPanel::newChatRequested);
    updatePlaceholder();
}

void HistoryPanel::setConversations(const QList<Store::ConversationSummary> &conversations)
{
    m_model->setConversations(conversations);
    m_model->setCurrentKey(m_currentKey);
    selectCurrent();
    updatePlaceholder();
}

void HistoryPanel::setSearchResults(const QString &text, const QList<Store::SearchHit> &hits)
{
    if (text.trimmed() != m_proxy->text())
        return; // an answer to an older search
    QSet<QString> keys;
    for (const Store::SearchHit &hit : hits)
        keys.insert(hit.conversation.key);
    m_model->setSearchHits(hits);
    m_proxy->setContentMatches(text, keys);
    // Rows with a snippet have grown.
    m_list->doItemsLayout();
    selectCurrent();
    updatePlaceholder();
}

QString HistoryPanel::searchText() const
{
    return m_proxy->text();
}

void HistoryPanel::setCurrentKey(const QString &key)
{
    m_currentKey = key;
    m_model->setCurrentKey(key);
    selectCurrent();
}

void HistoryPanel::selectCurrent()
{
    const int row = m_model->rowOf(m_currentKey);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
    if (index == m_list->currentIndex())
        return;
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else
        m_list->clearSelection();
}

void HistoryPanel::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    updatePlaceholder();
}

void HistoryPanel::setUndoableRemoval(bool undoable, const QString &title)
{
    m_undoAction->setEnabled(undoable);
    if (!undoable) {
        // The button had the focus: the list keeps it rather than the window losing it.
        const bool hadFocus = m_undoBar->isAncestorOf(focusWidget());
        m_undoBar->hide();
        if (hadFocus)
            m_list->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_undoText->setText(
        tr("Deleted \"%1\".").arg(title.isEmpty() ? tr("Untitled conversation") : title));
    m_undoBar->setVisible(true);
    // Said by screen readers, as the bar appears away from where the user is.
    QAccessibleEvent alert(m_undoText, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString HistoryPanel::keyAt(int visibleRow) const
{
    return m_proxy->index(visibleRow, 0).data(HistoryListModel::KeyRole).toString();
}

void HistoryPanel::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit openRequested(index.data(HistoryListModel::KeyRole).toString(),
                       index.data(HistoryListModel::RevealTurnRole).toInt());
}

void HistoryPanel::updateActions()
{
    const QModelIndex index = m_list->currentIndex();
    for (QAction *action : {m_openAction, m_renameAction, m_pinAction, m_deleteAction})
        action->setEnabled(index.isValid());
    m_pinAction->setText(index.data(HistoryListModel::PinnedRole).toBool() ? tr("Unpin")
                                                                           : tr("Pin to the top"));
}

void HistoryPanel::showMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("historyMenu"));
    menu->addAction(m_openAction);
    menu->addAction(m_renameAction);
    menu->addAction(m_pinAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    if (m_undoAction->isEnabled())
        menu->addAction(m_undoAction);
    menu->popup(globalPos);
}

QAction *HistoryPanel::actionFor(const QKeyEvent *event) const
{
    const QKeySequence key(event->keyCombination());
    if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier)
        return m_deleteAction->isEnabled() ? m_deleteAction : nullptr;
    for (QAction *action : {m_renameAction, m_pinAction, m_deleteAction, m_undoAction}) {
        if (action->isEnabled() && action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool inList = watched == m_list || watched == m_undo;
    // The list's keys are its own while it has the focus: taken before any shortcut of the
    // window could see them, so none of the window's can clash with them.
    if (inList
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QAction *action = actionFor(key);
        if (watched == m_undo && action != m_undoAction)
            action = nullptr;
        if (action) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        // From the search box to its results without the mouse.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
             || key->key() == Qt::Key_Enter)
            && m_proxy->rowCount() > 0 && m_list->isVisible()) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            if (key->key() == Qt::Key_Down)
                m_list->setFocus(Qt::TabFocusReason);
            else
                openIndex(m_list->currentIndex());
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu
        && (watched == m_list || watched == m_list->viewport())) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        if (menu->reason() == QContextMenuEvent::Mouse && watched == m_list->viewport()) {
            showMenu(m_list->indexAt(menu->pos()), menu->globalPos());
            return true;
        }
        if (menu->reason() != QContextMenuEvent::Mouse) {
            const QModelIndex index = m_list->currentIndex();
            showMenu(index, m_list->viewport()->mapToGlobal(m_list->visualRect(index).center()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::updatePlaceholder()
{
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_proxy->rowCount() == 0;
    const bool searching = hidden && !m_proxy->hasContentMatches();
    m_empty->setText(none ? tr("No saved conversations yet. Each chat is kept here as you go.")
                     : searching ? tr("Searching messages…")
                                 : tr("No conversation matches \"%1\".").arg(m_proxy->text()));
    // The message takes the list's place, so it reads where the entries would be. An empty
    // list under an error says nothing "kept as you go" could contradict.
    m_empty->setVisible(hidden || (none && m_error->text().isEmpty()));
    m_list->setVisible(!(none || hidden));
}

} // namespace Parlance::Ui
