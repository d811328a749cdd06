#pragma once

#include "core/apikind.h"
#include "core/connection.h"
#include "core/generationparams.h"
#include "engine/batchcheck.h"
#include "engine/batchinput.h"
#include "engine/chatresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Parlance::Net {
class GatewayClient;
class TokenSource;
} // namespace Parlance::Net

namespace Parlance::Engine {

class ChatCall;
class ExchangeLog;

// One finished (row, model) pair of a batch: what the model answered and what the checks said.
struct BatchCell
{
    std::shared_ptr<const BatchRow> row;
    QString model;
    ChatResult result;
    QList<BatchCheckResult> checks; // in the order of the run's checks
    // The ExchangeLog entries of its judges' requests (every attempt, as they were sent), when
    // they were logged. Apart from result.exchangeIds, whose last entry is the answer's own.
    QList<quint64> judgeExchangeIds;
};

// Runs every row of a prompt set against every model, at most `parallel` requests at once, and
// hands out each cell as soon as it (and its judges) finished. Rows are pulled from the source
// only as slots free up, and a cell is forgotten once handed out, so memory stays flat however
// long the set is.
//
// Rate limits slow the run down instead of failing it: a 429 or 503 pauses new requests for its
// Retry-After and halves the requests in flight (raised again by one after as many successes
// as are in flight), and a cell whose own retries all met 429/503 goes back in the queue, up to
// kMaxRequeues times, before its failure is handed out.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    static constexpr int kMaxRequeues = 6;
    static constexpr double kMaxPauseSeconds = 300;

    struct Setup
    {
        Core::Connection connection;
        QString token;
        Core::ApiKind api = Core::ApiKind::ChatCompletions;
        Core::GenerationParams params;
        QStringList models;
        int parallel = 4;
        QList<BatchCheck> checks;
        // Where connections that sign in get their tokens; null: `token` is the credential.
        Net::TokenSource *tokenSource = nullptr;
        // When set, every answer's requests are logged here under `logKey`, and the cell's
        // result names them (exchangeIds), so a view can show them in the inspector; its
        // judges' requests are logged under the same key and named in judgeExchangeIds.
        ExchangeLog *log = nullptr;
        QString logKey;
    };

    // The next row, or nullopt at the end of the set.
    using RowSource = std::function<std::optional<BatchRow>()>;
    // Whether the pair is done already (a resumed run); null asks for every pair.
    using SkipPair = std::function<bool(qint64 index, const QString &model)>;

    explicit BatchRunner(Setup setup, QObject *parent = nullptr);
    ~BatchRunner() override;

    // Starts pulling rows; finished() comes once every pair was handed out (at once, from
    // here, when there is nothing to ask).
    void start(RowSource rows, SkipPair skip = {});
    // Starts nothing more and cancels what is in flight; the cancelled cells are not handed out
    // (a resumed run asks them again). finished() follows.
    void cancel();
    // Paused, no new cell starts; the ones in flight finish and are handed out. finished()
    // does not come while paused unless nothing was left to ask.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    int inFlight() const { return m_inFlight; }
    int limit() const { return m_limit; } // requests allowed in flight now
    qint64 rowsRead() const { return m_rowsRead; }
    qint64 requeues() const { return m_requeueCount; }

signals:
    void cellFinished(const Parlance::Engine::BatchCell &cell);
    // A rate limit: new requests wait `seconds`, and at most `limit` are in flight from now.
    void throttled(double seconds, int limit);
    void finished();

private:
    struct Pending
    {
        std::shared_ptr<const BatchRow> row;
        QString model;
        int requeues = 0;
        int attempts = 0; // of the earlier rounds
    };
    struct Running
    {
        Pending cell;
        ChatCall *call = nullptr;
        ChatResult result;
        QList<BatchCheckResult> checks;
        QList<quint64> exchangeIds;
        QList<quint64> judgeExchangeIds;
        QList<ChatCall *> judges; // still asking; cancel() stops them too
        int judgesLeft = 0;
    };

    std::optional<Pending> takeNext();
    void pump();
    void startCell(Pending pending, int slot);
    void onCallFinished(int slot);
    void startJudges(int slot);
    void finishCell(int slot);
    void freeSlot(int slot);
    void throttle(double seconds);
    void maybeFinish();
    Net::GatewayClient *clientFor(int slot);

    const Setup m_setup;
    RowSource m_rows;
    SkipPair m_skip;
    std::vector<std::unique_ptr<Running>> m_slots; // null: free
    QList<Net::GatewayClient *> m_clients;
    std::deque<Pending> m_retry; // cells that met a rate limit, first in line
    std::deque<Pending> m_queue; // the models of the last row read
    bool m_sourceDone = false;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_pumping = false;
    bool m_paused = false;
    int m_inFlight = 0;
    int m_limit = 1;
    int m_successStreak = 0;
    qint64 m_rowsRead = 0;
    qint64 m_requeueCount = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0;
    qint64 m_noDecreaseUntilMs = 0;
    QTimer m_pauseTimer;
};

} // namespace Parlance::Engine
