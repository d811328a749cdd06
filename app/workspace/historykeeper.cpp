#include "workspace/historykeeper.h"

#include "engine/chatsession.h"
#include "store/historyservice.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace Parlance::Workspace {

namespace {
const QString kLastConversationKey = QStringLiteral("history/lastConversation");
}

HistoryKeeper::HistoryKeeper(Engine::ChatSession *session, Store::HistoryService *service,
                             QSettings *settings, QObject *parent)
    : QObject(parent), m_session(session), m_service(service), m_settings(settings)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kStreamingSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &HistoryKeeper::saveNow);
    m_removalTimer.setSingleShot(true);
    m_removalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_removalTimer, &QTimer::timeout, this, [this] { finishRemovals(false); });

    using Engine::ChatSession;
    // A sent message is on disk before its answer starts, so a crash mid-stream keeps it; a
    // removal and a finished answer are saved at once too. A streaming answer waits a little.
    const auto saveAtOnce = [this] {
        m_dirty = true;
        saveNow();
    };
    connect(session, &ChatSession::turnInserted, this, saveAtOnce);
    connect(session, &ChatSession::turnRemoved, this, saveAtOnce);
    connect(session, &ChatSession::replyFinished, this, saveAtOnce);
    connect(session, &ChatSession::turnChanged, this, &HistoryKeeper::scheduleSave);
    connect(session, &ChatSession::turnsReset, this, [this] {
        if (m_restoring)
            return;
        // Cleared: what follows is a new conversation; the old one stays in the history.
        m_saveTimer.stop();
        m_dirty = false;
        setCurrent({}, {});
    });

    connect(service, &Store::HistoryService::saved, this, [this](const QString &key) {
        setError({});
        saveAnswered(key);
        refresh();
    });
    // The request waits for the message it answers to be on disk (or for the store to say it
    // cannot be: the error is shown, and holding the request would only lose the answer too).
    session->setHoldRequests(true);
    connect(session, &ChatSession::requestHeld, this, [this] {
        m_releaseAfter = m_savesIssued;
        if (m_savesAnswered >= m_releaseAfter) {
            m_releaseAfter = 0;
            m_session->releaseHeld();
        }
    });
    connect(service, &Store::HistoryService::removed, this, [this] { refresh(); });
    connect(service, &Store::HistoryService::changed, this, [this] { refresh(); });
    connect(service, &Store::HistoryService::listed, this,
            [this](const QList<Store::ConversationSummary> &conversations) {
                m_conversations = conversations;
                // A list asked for before a deletion may answer after it.
                m_conversations.removeIf([this](const Store::ConversationSummary &summary) {
                    return std::any_of(
                        m_removals.cbegin(), m_removals.cend(),
                        [&](const PendingRemoval &removal) { return removal.key == summary.key; });
                });
                emit conversationsChanged();
                if (std::exchange(m_reopenLast, false)) {
                    const QString last = m_settings->value(kLastConversationKey).toString();
                    for (const Store::ConversationSummary &summary : conversations) {
                        if (summary.key == last && m_session->turns().isEmpty()) {
                            open(last);
                            break;
                        }
                    }
                }
            });
    connect(service, &Store::HistoryService::loaded, this,
            [this](const Store::StoredConversation &conversation) {
                if (conversation.key != m_pendingOpen)
                    return; // superseded by a later open or a new conversation
                if (m_session->isBusy()) {
                    m_waiting = conversation; // the stopped reply finishes first
                    return;
                }
                apply(conversation);
            });
    connect(session, &Engine::ChatSession::busyChanged, this, [this](bool busy) {
        // Queued: replyFinished() follows busyChanged() and belongs to the old conversation.
        if (!busy && m_waiting) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_waiting || m_session->isBusy())
                        return;
                    const Store::StoredConversation conversation = *std::exchange(m_waiting, {});
                    if (conversation.key == m_pendingOpen)
                        apply(conversation);
                },
                Qt::QueuedConnection);
        }
    });
    connect(service, &Store::HistoryService::found, this, &HistoryKeeper::searchResults);
    // When the file could not be opened, that is the news; the saves that fail because of it
    // would only replace the cause with "not open".
    connect(service, &Store::HistoryService::opened, this, [this](bool ok, const QString &error) {
        m_openFailed = !ok;
        if (!ok)
            setError(error);
    });
    connect(service, &Store::HistoryService::failed, this, [this](const QString &message) {
        if (!m_openFailed)
            setError(message);
    });
    // Only a save's own answer counts: a failed search or list says nothing about whether the
    // message a held request answers is on disk.
    connect(service, &Store::HistoryService::saveFailed, this, &HistoryKeeper::saveAnswered);
    // Comparisons are saved through the same service; their answers are not ours to count.
}

HistoryKeeper::~HistoryKeeper()
{
    // Quitting ends the time to undo: what was deleted goes for good (the service finishes it
    // before it stops).
    finishRemovals(true);
    saveNow();
    m_session->setHoldRequests(false);
    m_session->releaseHeld();
}

void HistoryKeeper::saveAnswered(const QString &key)
{
    // The service answers saves in the order they were asked: ours are the front of the queue,
    // anything else is another keeper's (a comparison's).
    if (m_issuedKeys.isEmpty() || m_issuedKeys.first() != key)
        return;
    m_issuedKeys.removeFirst();
    ++m_savesAnswered;
    if (m_releaseAfter != 0 && m_savesAnswered >= m_releaseAfter) {
        m_releaseAfter = 0;
        m_session->releaseHeld();
    }
}

void HistoryKeeper::apply(const Store::StoredConversation &conversation)
{
    m_pendingOpen.clear();
    saveNow(); // the stopped reply, into the conversation it belongs to
    m_dirty = false;
    m_restoring = true;
    m_session->restore(conversation.turns, conversation.settings);
    m_restoring = false;
    setCurrent(conversation.key, conversation.created);
    emit opened(conversation);
    const int reveal = std::exchange(m_pendingReveal, -1);
    if (reveal >= 0 && reveal < conversation.turns.size())
        emit revealRequested(reveal);
}

void HistoryKeeper::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit errorChanged(message);
}

void HistoryKeeper::refresh()
{
    m_service->requestList();
}

void HistoryKeeper::scheduleSave()
{
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void HistoryKeeper::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    if (m_session->turns().isEmpty())
        return; // nothing to keep (every turn was deleted): the stored version stays
    if (m_key.isEmpty())
        setCurrent(QUuid::createUuid().toString(QUuid::WithoutBraces),
                   QDateTime::currentDateTimeUtc());
    m_service->save(snapshot());
    m_issuedKeys.append(m_key);
    ++m_savesIssued;
}

Store::StoredConversation HistoryKeeper::snapshot() const
{
    Store::StoredConversation conversation;
    conversation.key = m_key;
    conversation.created = m_created;
    conversation.updated = QDateTime::currentDateTimeUtc();
    conversation.connectionName = m_connectionName;
    const QList<Core::Turn> &turns = m_session->turns();
    conversation.turns.reserve(turns.size());
    for (int row = 0; row < turns.size(); ++row) {
        Core::Turn turn = turns.at(row);
        if (m_session->isStreaming(row)) {
            // What has arrived so far: a reply saved while it streams never finishes once
            // reloaded, so it is kept as incomplete.
            turn.message = m_session->messageAt(row);
            turn.message.incomplete = true;
        }
        if (conversation.title.isEmpty() && turn.isUser())
            conversation.title = Store::titleFor(turn.message.text());
        conversation.turns.append(turn);
    }
    conversation.settings = m_session->sentWith(int(turns.size()) - 1);
    return conversation;
}

void HistoryKeeper::setCurrent(const QString &key, const QDateTime &created)
{
    if (key == m_key)
        return;
    m_key = key;
    m_created = created;
    if (!key.isEmpty())
        m_settings->setValue(kLastConversationKey, key);
    emit currentChanged(key);
}

void HistoryKeeper::open(const QString &key, int revealTurn)
{
    if (key.isEmpty())
        return;
    if (key == m_key) {
        if (revealTurn >= 0 && revealTurn < m_session->turns().size())
            emit revealRequested(revealTurn);
        return;
    }
    // A click can also count as an activation: the same request twice loads it once.
    m_pendingReveal = revealTurn;
    if (key == m_pendingOpen)
        return;
    saveNow();
    m_session->stop();
    m_pendingOpen = key;
    m_service->requestLoad(key);
}

void HistoryKeeper::startNew()
{
    saveNow();
    m_pendingOpen.clear();
    m_waiting.reset();
    m_session->clear(); // resets the key through turnsReset
    m_settings->remove(kLastConversationKey);
}

void HistoryKeeper::remove(const QString &key)
{
    if (key.isEmpty())
        return;
    const bool wasOpen = key == m_key;
    if (key == m_pendingOpen) { // deleted while it was being opened: it must not come back
        m_pendingOpen.clear();
        m_waiting.reset();
    }
    if (wasOpen) {
        m_saveTimer.stop();
        m_dirty = false;
        m_session->clear();
        m_settings->remove(kLastConversationKey);
    }
    QString title;
    for (const Store::ConversationSummary &summary : std::as_const(m_conversations)) {
        if (summary.key == key)
            title = summary.title;
    }
    // Gone from the list now; the store hides it until the undo runs out.
    m_removals.removeIf([&](const PendingRemoval &removal) { return removal.key == key; });
    m_removals.append({key, title, QDeadlineTimer(m_undoMs, Qt::PreciseTimer), wasOpen});
    m_service->setDeleted(key, true);
    m_conversations.removeIf(
        [&](const Store::ConversationSummary &summary) { return summary.key == key; });
    emit conversationsChanged();
    scheduleRemovals();
    announceUndo();
}

void HistoryKeeper::undoRemove()
{
    if (m_removals.isEmpty())
        return;
    const PendingRemoval removal = m_removals.takeLast();
    m_service->setDeleted(removal.key, false); // answered by changed(): the list follows
    scheduleRemovals();
    announceUndo();
    // It was open, and the window still shows the empty chat its deletion left: back to it.
    if (removal.wasOpen && m_key.isEmpty() && m_pendingOpen.isEmpty()
        && m_session->turns().isEmpty()) {
        open(removal.key);
    }
}

QString HistoryKeeper::undoableRemoval() const
{
    return m_removals.isEmpty() ? QString() : m_removals.constLast().title;
}

void HistoryKeeper::finishRemovals(bool all)
{
    const qsizetype before = m_removals.size();
    m_removals.removeIf([&](const PendingRemoval &removal) {
        if (!all && !removal.due.hasExpired())
            return false;
        m_service->remove(removal.key);
        return true;
    });
    // A timer may fire a little early: what is not due yet is waited for again.
    scheduleRemovals();
    if (m_removals.size() != before)
        announceUndo();
}

void HistoryKeeper::scheduleRemovals()
{
    m_removalTimer.stop();
    if (m_removals.isEmpty())
        return;
    qint64 wait = m_undoMs;
    for (const PendingRemoval &removal : std::as_const(m_removals))
        wait = qMin(wait, removal.due.remainingTime());
    m_removalTimer.start(int(qMax<qint64>(0, wait)));
}

void HistoryKeeper::announceUndo()
{
    const bool undoable = !m_removals.isEmpty();
    const QString title = undoableRemoval();
    if (undoable == m_announcedUndoable && title == m_announcedUndo)
        return;
    m_announcedUndoable = undoable;
    m_announcedUndo = title;
    emit undoableRemovalChanged(undoable, title);
}

void HistoryKeeper::rename(const QString &key, const QString &title)
{
    if (!key.isEmpty())
        m_service->rename(key, title);
}

void HistoryKeeper::setPinned(const QString &key, bool pinned)
{
    if (!key.isEmpty())
        m_service->setPinned(key, pinned);
}

void HistoryKeeper::addImported(Store::StoredConversation conversation)
{
    conversation.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!conversation.created.isValid())
        conversation.created = QDateTime::currentDateTimeUtc();
    if (!conversation.updated.isValid())
        conversation.updated = conversation.created;
    // The store keeps the automatic title and the user's own apart; the next save of this
    // conversation would replace any other title with the automatic one.
    const QString title = conversation.title;
    conversation.title.clear();
    for (const Core::Turn &turn : std::as_const(conversation.turns)) {
        if (turn.isUser()) {
            conversation.title = Store::titleFor(turn.message.text());
            break;
        }
    }
    m_service->save(conversation);
    if (!title.isEmpty() && title != conversation.title)
        m_service->rename(conversation.key, title);
    conversation.title = title;

    // Opened like one loaded from the store: a reply still streaming stops first.
    saveNow();
    m_session->stop();
    m_pendingOpen = conversation.key;
    m_pendingReveal = -1;
    if (m_session->isBusy())
        m_waiting = conversation;
    else
        apply(conversation);
}

void HistoryKeeper::search(const QString &text)
{
    m_service->requestSearch(text);
}

void HistoryKeeper::reopenLast()
{
    // Only once the list shows it still exists: a deleted one is not an error to report.
    m_reopenLast = true;
    refresh();
}

} // namespace Parlance::Workspace
