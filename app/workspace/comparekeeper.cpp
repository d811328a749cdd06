#include "workspace/comparekeeper.h"

#include "store/historyservice.h"
#include "workspace/comparesession.h"

namespace Parlance::Workspace {

CompareKeeper::CompareKeeper(CompareSession *compare, Store::HistoryService *service,
                             QObject *parent)
    : QObject(parent), m_compare(compare), m_service(service)
{
    m_streamingTimer.setInterval(kStreamingSaveIntervalMs);
    connect(&m_streamingTimer, &QTimer::timeout, this, [this] {
        m_dirty = true;
        saveNow();
    });
    connect(compare, &CompareSession::changed, this, &CompareKeeper::changed);
    connect(compare, &CompareSession::busyChanged, this, [this](bool busy) {
        // While answers stream, what arrived is saved every second.
        if (busy)
            m_streamingTimer.start();
        else
            m_streamingTimer.stop();
        if (!busy && m_waiting) {
            const Core::Comparison waiting = *std::exchange(m_waiting, {});
            // Queued: the session finishes telling about the old round first.
            QMetaObject::invokeMethod(
                this,
                [this, waiting] {
                    if (waiting.key == m_pendingOpen)
                        restore(waiting);
                },
                Qt::QueuedConnection);
        }
    });
    connect(service, &Store::HistoryService::comparisonLoaded, this,
            [this](const Core::Comparison &comparison) {
                if (comparison.key != m_pendingOpen)
                    return; // superseded
                if (m_compare->isBusy()) {
                    m_waiting = comparison;
                    return;
                }
                restore(comparison);
            });
    connect(service, &Store::HistoryService::votesListed, this, [this](QList<Core::Vote> votes) {
        // This comparison's votes may not be on disk yet: they count all the same.
        const QString key = m_compare->key();
        votes.removeIf([&key](const Core::Vote &vote) { return vote.comparisonKey == key; });
        votes.append(m_compare->votes());
        emit votesListed(votes);
    });
}

CompareKeeper::~CompareKeeper()
{
    saveNow();
}

void CompareKeeper::changed()
{
    if (m_restoring)
        return;
    m_dirty = true;
    saveNow();
}

void CompareKeeper::saveNow()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    // An empty comparison is nothing to keep.
    if (m_compare->rounds() == 0)
        return;
    m_service->saveComparison(m_compare->snapshot());
}

void CompareKeeper::open(const QString &key)
{
    if (key.isEmpty() || key == m_compare->key())
        return;
    saveNow();
    m_pendingOpen = key;
    m_compare->stopAll();
    m_service->requestComparison(key);
}

void CompareKeeper::restore(const Core::Comparison &comparison)
{
    m_restoring = true;
    const bool ok = m_compare->restore(comparison);
    m_restoring = false;
    m_pendingOpen.clear();
    if (ok)
        emit opened(comparison.key);
    else
        emit openFailed(tr("The comparison '%1' could not be opened: it has fewer than %2 or "
                           "more than %3 columns.")
                            .arg(comparison.title)
                            .arg(CompareSession::kMinColumns)
                            .arg(CompareSession::kMaxColumns));
}

void CompareKeeper::requestVotes()
{
    m_service->requestVotes();
}

} // namespace Parlance::Workspace
