#pragma once

#include "store/storedconversation.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Parlance::Ui {

class HistoryFilterProxy;
class HistoryListModel;

// The history dock: stored conversations newest first, filtered by typing (titles at once,
// message text once the store has searched it), opened with a
// click or Enter, deleted (after asking) with Delete or the context menu, and a "New chat"
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

    QListView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *newChatButton() const { return m_newChat; }
    QLabel *errorLabel() const { return m_error; }
    QString keyAt(int visibleRow) const;

    // The conversations whose messages contain `text`, answering searchRequested(text).
    void setSearchResults(const QString &text, const QList<Store::ConversationSummary> &matches);

    // How long typing must pause before the messages are searched.
    static constexpr int kSearchDelayMs = 250;

    // Asks whether to delete `key` (a window-modal box; the answer comes later).
    void confirmRemove(const QString &key);

signals:
    void openRequested(const QString &key);
    void newChatRequested();
    void removeRequested(const QString &key);
    void searchRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePlaceholder();
    void selectCurrent();

    QString m_currentKey;

    HistoryListModel *m_model;
    HistoryFilterProxy *m_proxy;
    QTimer m_searchTimer;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_newChat;
    QLabel *m_empty;
    QLabel *m_error;
};

} // namespace Parlance::Ui
