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
    connect(service, &Store::HistoryService::batchLoaded, this,
            [this](const Store::StoredBatch &stored) {
                if (stored.key != m_pendingOpen)
                    return; // superseded
                if (m_batch->isActive() || m_batch->state() == BatchSession::State::Paused) {
                    m_waiting = stored;
                    m_batch->cancel();
                    return;
                }
                restore(stored);
            });
}

BatchKeeper::~BatchKeeper()
{
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
        const Store::StoredBatch waiting = *std::exchange(m_waiting, {});
        // Queued: the session finishes telling about the old run first.
        QMetaObject::invokeMethod(
            this,
            [this, waiting] {
                if (waiting.key == m_pendingOpen)
                    restore(waiting);
            },
            Qt::QueuedConnection);
    }
}

void BatchKeeper::saveNow()
{
    const QString key = m_batch->logKey();
    if (key.isEmpty() || key == m_forgottenKey || m_batch->rowCount() == 0)
        return;
    const bool started = m_batch->isActive() || m_batch->done() > 0
                         || m_batch->state() != BatchSession::State::Idle;
    if (key != m_savedKey) {
        if (!started)
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
    if (key == m_batch->logKey() && !m_pendingOpen.isEmpty() && m_pendingOpen != key) {
        m_pendingOpen.clear(); // back to the table already shown
        m_waiting.reset();
    }
    if (key == m_batch->logKey()) {
        emit opened(key, {});
        return;
    }
    saveNow();
    m_pendingOpen = key;
    m_service->requestBatch(key);
}

void BatchKeeper::restore(const Store::StoredBatch &stored)
{
    QString error;
    QStringList dropped;
    std::optional<BatchRecord::Restored> restored = BatchRecord::restore(stored, &error, &dropped);
    m_pendingOpen.clear();
    if (!restored) {
        emit openFailed(tr("The batch run '%1' could not be opened: %2. The history keeps it as "
                           "it is; delete it from the history if it cannot be read.")
                            .arg(stored.title, error));
        return;
    }
    m_restoring = true;
    const bool ok
        = m_batch->restore(stored.key, std::move(restored->setup), std::move(restored->cells));
    m_restoring = false;
    if (!ok) {
        emit openFailed(tr("The batch run '%1' could not be opened while another run goes on.")
                            .arg(stored.title));
        return;
    }
    m_savedKey = stored.key;
    m_forgottenKey.clear();
    m_created = stored.created;
    m_pending.clear();
    emit opened(stored.key, dropped);
}

} // namespace Parlance::Workspace
