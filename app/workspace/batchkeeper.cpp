#include "workspace/batchkeeper.h"

#include "store/historyservice.h"
#include "workspace/batchrecord.h"
#include "workspace/batchsession.h"

#include <algorithm>

namespace Parlance::Workspace {

BatchKeeper::BatchKeeper(BatchSession *batch, Store::HistoryService *service, QObject *parent)
    : QObject(parent), m_batch(batch), m_service(service)
{
    m_timer.setInterval(kSaveIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BatchKeeper::saveNow);
    connect(batch, &BatchSession::prepared, this, &BatchKeeper::prepared);
    connect(batch, &BatchSession::stateChanged, this, &BatchKeeper::stateChanged);
    connect(batch, &BatchSession::cellChanged, this, [this](int row, int model) {
        if (m_restoring)
            return;
        m_pending.insert(qint64(row) * m_batch->modelCount() + model);
    });
    connect(service, &Store::HistoryService::saveFailed, this, [this](const QString &key) {
        // The service says what happened; the table is written whole at the next stop, as
        // its cells cannot go to a batch the history may not hold.
        if (key == m_savedKey)
            m_savedKey.clear();
    });
    connect(service, &Store::HistoryService::removed, this, [this](const QString &key) {
        if (key == m_batch->logKey()) {
            m_forgottenKey = key;
            m_savedKey.clear();
            m_pending.clear();
        }
    });
    connect(
        service, &Store::HistoryService::batchLoaded, this,
        [this](const Store::StoredBatch &stored) {
            if (stored.key != m_pendingOpen)
                return; // superseded
            m_pool.start([this, stored] {
                Converted result{stored.key, stored.title, stored.created, {}, {}, {}};
                result.table = BatchRecord::restore(stored, &result.error, &result.droppedChecks);
                // The keeper waits for the pool before it goes, so it is there to post to;
                // the call runs on its thread.
                QMetaObject::invokeMethod(
                    this,
                    [this, result = std::move(result)]() mutable { converted(std::move(result)); },
                    Qt::QueuedConnection);
            });
        });
    m_pool.setMaxThreadCount(1);
}

BatchKeeper::~BatchKeeper()
{
    m_pool.waitForDone();
    saveNow();
}

void BatchKeeper::prepared()
{
    if (m_restoring)
        return;
    // A new table: it goes to the history when it starts to run.
    m_pending.clear();
    m_savedKey.clear();
    m_created = QDateTime::currentDateTimeUtc();
}

void BatchKeeper::stateChanged()
{
    if (m_restoring)
        return;
    if (m_batch->isActive())
        m_timer.start();
    else
        m_timer.stop();
    saveNow();
    if (!m_batch->isActive() && m_waiting) {
        // Queued: the session finishes telling about the old run first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_waiting && m_waiting->key == m_pendingOpen && !m_batch->isActive())
                    restore(*std::exchange(m_waiting, {}));
            },
            Qt::QueuedConnection);
    }
}

void BatchKeeper::saveNow()
{
    const QString key = m_batch->logKey();
    if (key.isEmpty() || key == m_forgottenKey || m_batch->rowCount() == 0)
        return;
    if (key != m_savedKey) {
        if (m_batch->state() == BatchSession::State::Idle)
            return; // prepared but never run: nothing to keep
        Store::StoredBatch stored = BatchRecord::snapshot(*m_batch);
        stored.created = m_created.isValid() ? m_created : QDateTime::currentDateTimeUtc();
        stored.updated = QDateTime::currentDateTimeUtc();
        m_service->saveBatch(stored);
        m_savedKey = key;
        m_pending.clear();
        return;
    }
    if (m_pending.isEmpty())
        return;
    QList<qint64> positions(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(positions.begin(), positions.end());
    const int models = m_batch->modelCount();
    QList<Store::StoredBatch::Cell> cells;
    cells.reserve(positions.size());
    for (const qint64 position : positions) {
        const int row = int(position / models);
        const int model = int(position % models);
        const BatchSession::Cell &cell = m_batch->cell(row, model);
        if (cell.done())
            cells.append({row, model, BatchRecord::cellToJson(cell), cell.failed()});
    }
    if (!cells.isEmpty())
        m_service->saveBatchCells(key, QDateTime::currentDateTimeUtc(), cells);
}

void BatchKeeper::open(const QString &key)
{
    if (key.isEmpty())
        return;
    if (key == m_batch->logKey()) {
        // The table already shown; one asked for before it is no longer wanted.
        m_pendingOpen.clear();
        m_waiting.reset();
        emit opened(key, {});
        return;
    }
    saveNow();
    m_pendingOpen = key;
    m_service->requestBatch(key);
}

void BatchKeeper::converted(Converted result)
{
    if (result.key != m_pendingOpen)
        return; // superseded while it was read
    if (result.table && (m_batch->isActive() || m_batch->state() == BatchSession::State::Paused)) {
        // The run stops first; what it finished is saved as it stops.
        m_waiting = std::move(result);
        m_batch->cancel();
        return;
    }
    restore(std::move(result));
}

void BatchKeeper::restore(Converted result)
{
    m_pendingOpen.clear();
    if (!result.table) {
        emit openFailed(tr("The batch run '%1' could not be opened: %2. The history keeps it as "
                           "it is; delete it from the history if it cannot be read.")
                            .arg(result.title, result.error));
        return;
    }
    m_restoring = true;
    const bool ok = m_batch->restore(result.key, std::move(result.table->setup),
                                     std::move(result.table->cells));
    m_restoring = false;
    if (!ok) {
        emit openFailed(tr("The batch run '%1' could not be opened while another run goes on.")
                            .arg(result.title));
        return;
    }
    m_savedKey = result.key;
    m_forgottenKey.clear();
    m_created = result.created;
    m_pending.clear();
    emit opened(result.key, result.droppedChecks);
}

} // namespace Parlance::Workspace
