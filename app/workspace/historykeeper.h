#pragma once

#include "store/storedconversation.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QSettings;

namespace Parlance::Engine {
class ChatSession;
}
namespace Parlance::Store {
class HistoryService;
}

namespace Parlance::Workspace {

// Keeps the chat session's conversation in the history as it happens, so nothing typed or
// received is lost to a quit or a crash: a user message is saved as soon as it is sent, a
// streaming answer at most a second behind, a finished one at once. Opens stored
// conversations into the session, starts new ones and deletes them. No widgets.
class HistoryKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryKeeper)

public:
    // `service` answers on this thread; `settings` remembers which conversation was open. The
    // keeper owns neither.
    HistoryKeeper(Engine::ChatSession *session, Store::HistoryService *service, QSettings *settings,
                  QObject *parent = nullptr);
    ~HistoryKeeper() override; // saves what is not saved yet

    // Which connection new saves are made on (shown with the conversation; never a token).
    void setConnectionName(const QString &name) { m_connectionName = name; }

    QString currentKey() const { return m_key; } // empty until the first save
    const QList<Store::ConversationSummary> &conversations() const { return m_conversations; }
    QString lastError() const { return m_lastError; } // empty while the history works

    void refresh(); // asks for the list again
    // Stops a streaming reply first; it is saved as it is. With `revealTurn`, revealRequested()
    // follows once the conversation is in the session (at once when it already is).
    void open(const QString &key, int revealTurn = -1);
    void startNew();   // an empty session; saved once something is sent
    void reopenLast(); // the conversation open when the app last closed
    void saveNow();
    void search(const QString &text);                      // answered by searchResults()
    void rename(const QString &key, const QString &title); // empty: the automatic title again
    void setPinned(const QString &key, bool pinned);
    // The open conversation as it would be saved now (with the automatic title), to export.
    Store::StoredConversation current() const { return snapshot(); }
    // Keeps an imported conversation in the history under a new key (its title as the user's
    // own when it is not the automatic one) and opens it, stopping a streaming reply first.
    void addImported(Store::StoredConversation conversation);

    // Deletes a chat or a comparison so that it can be undone: it leaves the list at once and
    // is removed for good once kUndoMs have passed, or when the keeper goes (the app quits).
    // A crash in between leaves it deleted too (see Store::HistoryStore::setDeleted). Removing
    // the open one starts a new conversation.
    void remove(const QString &key);
    // Brings back the latest deletion still pending, and reopens it when it was the open
    // conversation and nothing else has been started since.
    void undoRemove();
    bool canUndoRemove() const { return !m_removals.isEmpty(); }
    QString undoableRemoval() const;                // the title of what undoRemove() brings back
    void setUndoInterval(int ms) { m_undoMs = ms; } // for tests

    // How long a streaming reply may go unsaved.
    static constexpr int kStreamingSaveIntervalMs = 1000;
    static constexpr int kUndoMs = 10000;

signals:
    void conversationsChanged();
    // A stored conversation is now in the session, with the settings of its last request.
    void opened(const Parlance::Store::StoredConversation &conversation);
    void currentChanged(const QString &key);
    void searchResults(const QString &text, const QList<Parlance::Store::SearchHit> &hits);
    // The session shows the conversation opened with open(key, row): the view goes to `row`.
    void revealRequested(int row);
    // Whether undoRemove() has a deletion to bring back, and its title.
    void undoableRemovalChanged(bool undoable, const QString &title);
    // The history could not be read or written (what happened and what to do), or, with an
    // empty message, works again. Said once per change: a failing save every second while a
    // reply streams is one error, not one a second.
    void errorChanged(const QString &message);

private:
    void scheduleSave();
    Store::StoredConversation snapshot() const;
    void setCurrent(const QString &key, const QDateTime &created);
    void apply(const Store::StoredConversation &conversation);
    void setError(const QString &message);
    void saveAnswered(const QString &key);
    void finishRemovals(bool all);
    void scheduleRemovals();
    void announceUndo();

    Engine::ChatSession *m_session;
    Store::HistoryService *m_service;
    QSettings *m_settings;
    QString m_connectionName;
    QString m_key;
    QDateTime m_created;
    bool m_dirty = false;
    bool m_restoring = false; // the session is being filled from the store: not a change
    QString m_pendingOpen;    // the key asked to open, until it has loaded
    std::optional<Store::StoredConversation> m_waiting; // loaded while a reply was stopping
    bool m_reopenLast = false; // reopen the last conversation once the list is known
    QTimer m_saveTimer;
    QList<Store::ConversationSummary> m_conversations;
    QString m_lastError;
    bool m_openFailed = false;
    // Saves asked of the service and answered by it (saved or failed): a held request goes
    // once every save made before it is answered, its own message's among them.
    quint64 m_savesIssued = 0;
    quint64 m_savesAnswered = 0;
    quint64 m_releaseAfter = 0; // 0: no request held
    QStringList m_issuedKeys;   // the keys of our saves not answered yet, oldest first
    int m_pendingReveal = -1;   // the row to reveal once m_pendingOpen is in the session

    struct PendingRemoval
    {
        QString key;
        QString title;
        QDeadlineTimer due; // removed for good then
        bool wasOpen;
    };
    QList<PendingRemoval> m_removals; // oldest first
    QTimer m_removalTimer;
    int m_undoMs = kUndoMs;
    bool m_announcedUndoable = false;
    QString m_announcedUndo;
};

} // namespace Parlance::Workspace
