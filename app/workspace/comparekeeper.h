#pragma once

#include "core/comparison.h"

#include <QObject>
#include <QTimer>

namespace Parlance::Store {
class HistoryService;
}

namespace Parlance::Workspace {

class CompareSession;

// Keeps the comparison in the history as it happens, like the chat's keeper: a prompt and
// every finished answer or vote at once, answers still streaming at most a second behind.
// Opens stored comparisons into the session and lists every vote for the leaderboard.
class CompareKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareKeeper)

public:
    // Neither is owned; both must outlive the keeper.
    CompareKeeper(CompareSession *compare, Store::HistoryService *service,
                  QObject *parent = nullptr);
    ~CompareKeeper() override; // saves what is not saved yet

    void saveNow();
    // Stops a running round (what arrived is kept and saved), then loads and restores it.
    void open(const QString &key);
    // Every vote ever cast, this comparison's unsaved ones included: answered by votesListed().
    void requestVotes();

    static constexpr int kStreamingSaveIntervalMs = 1000;

signals:
    void opened(const QString &key);
    void openFailed(const QString &message);
    void votesListed(const QList<Parlance::Core::Vote> &votes);

private:
    void changed();
    void restore(const Core::Comparison &comparison);

    CompareSession *m_compare;
    Store::HistoryService *m_service;
    QTimer m_streamingTimer;
    bool m_dirty = false;
    bool m_restoring = false;
    QString m_pendingOpen;
    std::optional<Core::Comparison> m_waiting; // loaded while the last round was stopping
};

} // namespace Parlance::Workspace
