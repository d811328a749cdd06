#include "store/historyworker.h"

#include "store/historystore.h"

#include <QThread>

namespace Parlance::Store {

HistoryWorker::HistoryWorker(const QString &filePath)
    : m_filePath(filePath), m_store(std::make_unique<HistoryStore>())
{}

HistoryWorker::~HistoryWorker() = default;

void HistoryWorker::open()
{
    QString error;
    const bool ok = m_store->open(m_filePath, &error);
    emit opened(ok, error);
    if (!ok)
        emit failed(error);
}

void HistoryWorker::save(const StoredConversation &conversation)
{
    QString error;
    if (m_store->save(conversation, &error))
        emit saved(conversation.key);
    else {
        emit saveFailed(conversation.key);
        emit failed(error);
    }
}

void HistoryWorker::list()
{
    QString error;
    const std::optional<QList<ConversationSummary>> conversations = m_store->list(&error);
    if (conversations)
        emit listed(*conversations);
    else
        emit failed(error);
}

void HistoryWorker::load(const QString &key)
{
    QString error;
    const std::optional<StoredConversation> conversation = m_store->load(key, &error);
    if (conversation)
        emit loaded(*conversation);
    else
        emit failed(error);
}

void HistoryWorker::remove(const QString &key)
{
    QString error;
    if (m_store->remove(key, &error))
        emit removed(key);
    else
        emit failed(error);
}

void HistoryWorker::search(const QString &text)
{
    QString error;
    const std::optional<QList<SearchHit>> hits = m_store->search(text, &error);
    if (hits)
        emit found(text, *hits);
    else
        emit failed(error);
}

void HistoryWorker::rename(const QString &key, const QString &title)
{
    QString error;
    if (m_store->rename(key, title, &error))
        emit changed(key);
    else
        emit failed(error);
}

void HistoryWorker::setPinned(const QString &key, bool pinned)
{
    QString error;
    if (m_store->setPinned(key, pinned, &error))
        emit changed(key);
    else
        emit failed(error);
}

void HistoryWorker::setDeleted(const QString &key, bool deleted)
{
    QString error;
    if (m_store->setDeleted(key, deleted, &error))
        emit changed(key);
    else
        emit failed(error);
}

void HistoryWorker::saveComparison(const Core::Comparison &comparison)
{
    QString error;
    if (m_store->saveComparison(comparison, &error))
        emit saved(comparison.key);
    else {
        emit saveFailed(comparison.key);
        emit failed(error);
    }
}

void HistoryWorker::loadComparison(const QString &key)
{
    QString error;
    const std::optional<Core::Comparison> comparison = m_store->loadComparison(key, &error);
    if (comparison)
        emit comparisonLoaded(*comparison);
    else
        emit failed(error);
}

void HistoryWorker::listVotes()
{
    QString error;
    const std::optional<QList<Core::Vote>> votes = m_store->votes(&error);
    if (votes)
        emit votesListed(*votes);
    else
        emit failed(error);
}

void HistoryWorker::saveBatch(const StoredBatch &batch)
{
    QString error;
    if (m_store->saveBatch(batch, &error))
        emit saved(batch.key);
    else {
        emit saveFailed(batch.key);
        emit failed(error);
    }
}

void HistoryWorker::saveBatchCells(const QString &key, const QDateTime &updated,
                                   const QList<StoredBatch::Cell> &cells)
{
    QString error;
    if (m_store->saveBatchCells(key, updated, cells, &error))
        emit saved(key);
    else {
        emit saveFailed(key);
        emit failed(error);
    }
}

void HistoryWorker::loadBatch(const QString &key)
{
    QString error;
    const std::optional<StoredBatch> batch = m_store->loadBatch(key, &error);
    if (batch)
        emit batchLoaded(*batch);
    else
        emit failed(error);
}

void HistoryWorker::shutdown()
{
    m_store.reset();
    QThread::currentThread()->quit();
}

} // namespace Parlance::Store
