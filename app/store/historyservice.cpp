#include "store/historyservice.h"

#include "store/historyworker.h"

#include <QMetaType>
#include <QThread>

namespace Parlance::Store {

HistoryService::HistoryService(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_thread(new QThread(this))
    , m_worker(new HistoryWorker(filePath))
{
    // Queued signals copy their arguments through the meta-type system.
    qRegisterMetaType<StoredConversation>();
    qRegisterMetaType<QList<ConversationSummary>>();
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<Core::Comparison>();
    qRegisterMetaType<QList<Core::Vote>>();
    qRegisterMetaType<StoredBatch>();

    m_thread->setObjectName(QStringLiteral("Parlance history"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread once the event loop there has ended: a QObject must not be
    // deleted from another thread while its own may still deliver events to it.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // The worker lives on another thread, so these are queued: they arrive on the thread that
    // owns the service, in the order the worker emitted them.
    connect(m_worker, &HistoryWorker::opened, this, &HistoryService::opened);
    connect(m_worker, &HistoryWorker::saved, this, &HistoryService::saved);
    connect(m_worker, &HistoryWorker::saveFailed, this, &HistoryService::saveFailed);
    connect(m_worker, &HistoryWorker::listed, this, &HistoryService::listed);
    connect(m_worker, &HistoryWorker::loaded, this, &HistoryService::loaded);
    connect(m_worker, &HistoryWorker::removed, this, &HistoryService::removed);
    connect(m_worker, &HistoryWorker::found, this, &HistoryService::found);
    connect(m_worker, &HistoryWorker::changed, this, &HistoryService::changed);
    connect(m_worker, &HistoryWorker::comparisonLoaded, this, &HistoryService::comparisonLoaded);
    connect(m_worker, &HistoryWorker::votesListed, this, &HistoryService::votesListed);
    connect(m_worker, &HistoryWorker::batchLoaded, this, &HistoryService::batchLoaded);
    connect(m_worker, &HistoryWorker::failed, this, &HistoryService::failed);

    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::open, Qt::QueuedConnection);
}

HistoryService::~HistoryService()
{
    // QThread::quit() from here could end the loop before calls already queued have run; a
    // shutdown queued behind them runs them all first, so a save made on quit reaches the disk.
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::shutdown, Qt::QueuedConnection);
    m_thread->wait();
}

void HistoryService::save(const StoredConversation &conversation)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, conversation] { worker->save(conversation); },
        Qt::QueuedConnection);
}

void HistoryService::requestList()
{
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::list, Qt::QueuedConnection);
}

void HistoryService::requestLoad(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->load(key); }, Qt::QueuedConnection);
}

void HistoryService::requestSearch(const QString &text)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, text] { worker->search(text); }, Qt::QueuedConnection);
}

void HistoryService::remove(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->remove(key); }, Qt::QueuedConnection);
}

void HistoryService::rename(const QString &key, const QString &title)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key, title] { worker->rename(key, title); },
        Qt::QueuedConnection);
}

void HistoryService::setPinned(const QString &key, bool pinned)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key, pinned] { worker->setPinned(key, pinned); },
        Qt::QueuedConnection);
}

void HistoryService::setDeleted(const QString &key, bool deleted)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key, deleted] { worker->setDeleted(key, deleted); },
        Qt::QueuedConnection);
}

void HistoryService::saveComparison(const Core::Comparison &comparison)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, comparison] { worker->saveComparison(comparison); },
        Qt::QueuedConnection);
}

void HistoryService::requestComparison(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->loadComparison(key); }, Qt::QueuedConnection);
}

void HistoryService::requestVotes()
{
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::listVotes, Qt::QueuedConnection);
}

void HistoryService::saveBatch(const StoredBatch &batch)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batch] { worker->saveBatch(batch); }, Qt::QueuedConnection);
}

void HistoryService::saveBatchCells(const QString &key, const QDateTime &updated,
                                    const QList<StoredBatch::Cell> &cells)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, key, updated, cells] { worker->saveBatchCells(key, updated, cells); },
        Qt::QueuedConnection);
}

void HistoryService::requestBatch(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->loadBatch(key); }, Qt::QueuedConnection);
}

} // namespace Parlance::Store
