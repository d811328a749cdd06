#pragma once

#include "store/storedbatch.h"
#include "workspace/batchrecord.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace Parlance::Store {
class HistoryService;
}

namespace Parlance::Workspace {

class BatchSession;

// Keeps the batch table in the history while it runs: its prompts, models and setup once
// when the run starts, then the cells as they finish, at most a second behind and only
// those that changed, so a 40,000-cell table is not written again for every answer. Whatever
// ended the run (finished, paused, cancelled, the window closed) saves what is left at once.
// Opens stored tables back into the session, to read, export or resume.
class BatchKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchKeeper)

public:
    // Neither is owned; both must outlive the keeper.
    BatchKeeper(BatchSession *batch, Store::HistoryService *service, QObject *parent = nullptr);
    ~BatchKeeper() override; // saves what is not saved yet

    // Saves the cells that finished since the last save.
    void saveNow();
    // Cancels a run that goes on (what finished is kept and saved), then loads the table
    // `key` and restores it into the session.
    void open(const QString &key);

    static constexpr int kSaveIntervalMs = 1000;

signals:
    // The table `key` is in the session. `droppedChecks`: checks that no longer read (a
    // schema file gone); their results are shown, but cells asked from now on go without.
    void opened(const QString &key, const QStringList &droppedChecks);
    void openFailed(const QString &message);

private:
    // A stored table read into a session's terms, off the GUI thread: 40,000 cells of JSON
    // take a few hundred milliseconds, and a json-schema check reads its file.
    struct Converted
    {
        QString key;
        QString title;
        QDateTime created;
        std::optional<BatchRecord::Restored> table;
        QString error;
        QStringList droppedChecks;
    };

    void prepared();
    void stateChanged();
    void converted(Converted result);
    void restore(Converted result);

    BatchSession *m_batch;
    Store::HistoryService *m_service;
    QTimer m_timer;
    QString m_savedKey;     // the table whose rows and setup are in the history
    QString m_forgottenKey; // removed from the history while open: not saved again
    QDateTime m_created;
    QSet<qint64> m_pending; // row × models + model of cells not saved yet
    bool m_restoring = false;
    QString m_pendingOpen;
    std::optional<Converted> m_waiting; // read while the run was stopping
    QThreadPool m_pool;                 // reads stored tables; waited for when the keeper goes
};

} // namespace Parlance::Workspace
