#pragma once

#include "core/comparison.h"
#include "store/storedbatch.h"
#include "store/storedconversation.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Parlance::Store {

class HistoryStore;

// HistoryService's other half: owns the HistoryStore and lives on the service's thread, so
// every SQL statement runs there. The service reaches it only through queued calls, which the
// thread runs one after another in the order they were made.
class HistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    explicit HistoryWorker(const QString &filePath);
    ~HistoryWorker() override;

    void open();
    void save(const Parlance::Store::StoredConversation &conversation);
    void list();
    void load(const QString &key);
    void remove(const QString &key);
    void search(const QString &text);
    void rename(const QString &key, const QString &title);
    void setPinned(const QString &key, bool pinned);
    void setDeleted(const QString &key, bool deleted);
    void saveComparison(const Parlance::Core::Comparison &comparison);
    void loadComparison(const QString &key);
    void listVotes();
    void saveBatch(const Parlance::Store::StoredBatch &batch);
    void saveBatchCells(const QString &key, const QDateTime &updated,
                        const QList<Parlance::Store::StoredBatch::Cell> &cells);
    void loadBatch(const QString &key);
    // Closes the file and ends the thread's event loop; queued behind every earlier call.
    void shutdown();

signals:
    void opened(bool ok, const QString &error);
    void saved(const QString &key);
    void saveFailed(const QString &key); // followed by failed(message)
    void listed(const QList<Parlance::Store::ConversationSummary> &conversations);
    void loaded(const Parlance::Store::StoredConversation &conversation);
    void removed(const QString &key);
    void found(const QString &text, const QList<Parlance::Store::SearchHit> &hits);
    void changed(const QString &key);
    void comparisonLoaded(const Parlance::Core::Comparison &comparison);
    void votesListed(const QList<Parlance::Core::Vote> &votes);
    void batchLoaded(const Parlance::Store::StoredBatch &batch);
    void failed(const QString &message);

private:
    QString m_filePath;
    // Made with the worker, but it adds its QSqlDatabase connection only in open(), on this
    // thread, which is the only one allowed to use it. shutdown() destroys it there too.
    std::unique_ptr<HistoryStore> m_store;
};

} // namespace Parlance::Store
