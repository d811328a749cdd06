#pragma once

#include "store/storedconversation.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Parlance::Ui {

class HistoryFilterProxy;
class HistoryListModel;

// The history dock: stored conversations, pinned ones first, then newest first; filtered by
// typing (titles at once, message text once the store has searched it, each match shown under
// its title); opened with a click or Enter (from a search result, at the matching message);
// renamed in place (F2), pinned (Ctrl+P) and deleted (Delete) from the keyboard or the context
// menu, a deletion undone from the bar that follows it or with Ctrl+Z; and a "New chat"
// button. It only shows and asks; HistoryKeeper does the work.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setConversations(const QList<Store::ConversationSummary> &conversations);
    void setCurrentKey(const QString &key);
    // A visible warning that the history is not being kept (empty hides it).
    void setError(const QString &message);
    // The bar that offers to undo the latest deletion (`title`), or none.
    void setUndoableRemoval(bool undoable, const QString &title);

    QListView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *newChatButton() const { return m_newChat; }
    QLabel *errorLabel() const { return m_error; }
    QWidget *undoBar() const { return m_undoBar; }
    QPushButton *undoButton() const { return m_undo; }
    QString keyAt(int visibleRow) const;
    QString searchText() const; // what the list is filtered by, trimmed

    // The actions of the context menu, on the current entry; their keys work in the list.
    QAction *renameAction() const { return m_renameAction; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // What the store found for `text`, answering searchRequested(text).
    void setSearchResults(const QString &text, const QList<Store::SearchHit> &hits);

    // How long typing must pause before the messages are searched.
    static constexpr int kSearchDelayMs = 250;

signals:
    // `revealTurn`: the chat message the search found, to show once it is open; -1 otherwise.
    void openRequested(const QString &key, int revealTurn = -1);
    void newChatRequested();
    void removeRequested(const QString &key); // deleted at once; the keeper allows an undo
    void undoRemoveRequested();
    void renameRequested(const QString &key, const QString &title);
    void pinRequested(const QString &key, bool pinned);
    void searchRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePlaceholder();
    void selectCurrent();
    void updateActions();
    void showMenu(const QModelIndex &index, const QPoint &globalPos);
    void openIndex(const QModelIndex &index);
    // The action of the panel whose key `event` is, when the list has an entry for it.
    QAction *actionFor(const QKeyEvent *event) const;

    QString m_currentKey;

    HistoryListModel *m_model;
    HistoryFilterProxy *m_proxy;
    QTimer m_searchTimer;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_newChat;
    QLabel *m_empty;
    QLabel *m_error;
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QPushButton *m_undo;
    QAction *m_openAction;
    QAction *m_renameAction;
    QAction *m_pinAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
};

} // namespace Parlance::Ui
