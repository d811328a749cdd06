#pragma once

#include "core/comparison.h"
#include "store/storedbatch.h"
#include "store/storedconversation.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace Parlance::Store {

class HistoryWorker;

// The history for the GUI: a HistoryStore on a thread of its own, so the GUI thread never
// waits on the disk. Every call returns at once; answers arrive as signals on the thread that
// owns the service, in the order the calls were made. Destroying the service finishes the
// work already asked for (a save made just before quitting is on disk) and then stops.
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    explicit HistoryService(const QString &filePath, QObject *parent = nullptr);
    ~HistoryService() override;

    QString filePath() const { return m_filePath; }

    void save(const StoredConversation &conversation);
    void requestList();
    void requestLoad(const QString &key);
    void requestSearch(const QString &text);
    // Removes a chat, a comparison or a batch run for good (not a comparison's votes).
    void remove(const QString &key);
    // Answered by changed(key): a title of the user's own (empty: the automatic one again),
    // pinned on top of the list, deleted pending an undo (see HistoryStore::setDeleted).
    void rename(const QString &key, const QString &title);
    void setPinned(const QString &key, bool pinned);
    void setDeleted(const QString &key, bool deleted);
    // Answered by saved() or saveFailed() like save(), in the same order as every save.
    void saveComparison(const Core::Comparison &comparison);
    void requestComparison(const QString &key);
    void requestVotes();
    // A batch run, whole (answered by saved() or saveFailed() like save()), or just the cells
    // that changed since, with the time they did: what a running batch saves every second.
    void saveBatch(const StoredBatch &batch);
    void saveBatchCells(const QString &key, const QDateTime &updated,
                        const QList<StoredBatch::Cell> &cells);
    // Answered by batchLoaded() or failed().
    void requestBatch(const QString &key);

signals:
    void opened(bool ok, const QString &error); // once, after the file was opened (or not)
    void saved(const QString &key);
    // A save was not made; failed() follows with what happened. Every save is answered by
    // exactly one of saved() and saveFailed(), in the order they were asked.
    void saveFailed(const QString &key);
    void listed(const QList<Parlance::Store::ConversationSummary> &conversations);
    void loaded(const Parlance::Store::StoredConversation &conversation);
    void removed(const QString &key);
    // The answer to requestSearch(text); callers drop answers to text no longer asked about.
    void found(const QString &text, const QList<Parlance::Store::SearchHit> &hits);
    void changed(const QString &key); // renamed, pinned or unpinned, deleted or restored
    void comparisonLoaded(const Parlance::Core::Comparison &comparison);
    // Every vote, oldest first: the leaderboard's data.
    void votesListed(const QList<Parlance::Core::Vote> &votes);
    void batchLoaded(const Parlance::Store::StoredBatch &batch);
    // A call failed: what happened and what to do, the store's message included.
    void failed(const QString &message);

private:
    QString m_filePath;
    QThread *m_thread;
    HistoryWorker *m_worker;
};

} // namespace Parlance::Store
