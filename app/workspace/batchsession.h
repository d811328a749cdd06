#pragma once

#include "core/apikind.h"
#include "core/connection.h"
#include "core/generationparams.h"
#include "engine/batchcheck.h"
#include "engine/batchinput.h"
#include "engine/chatresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace Parlance::Engine {
class BatchRunner;
class ExchangeLog;
struct BatchCell;
} // namespace Parlance::Engine
namespace Parlance::Net {
class TokenSource;
}

namespace Parlance::Workspace {

// A batch run of the window, without widgets: a prompt set asked of several models on the
// active connection, and the results as a table of rows × models that a view shows while
// they come in. The run can be paused (no new cell starts; those in flight finish), cancelled
// (those in flight are dropped) and resumed (only the pairs without a result are asked).
class BatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSession)

public:
    enum class State { Idle, Running, Pausing, Paused, Finished, Cancelled };
    Q_ENUM(State)

    struct RunSetup
    {
        QList<Engine::BatchRow> rows;
        QStringList models;
        QList<Engine::BatchCheck> checks;
        int parallel = 4;
        Core::ApiKind api = Core::ApiKind::ChatCompletions;
        Core::GenerationParams params;
    };

    // One (row, model) pair: empty until its answer came.
    struct Cell
    {
        std::optional<Engine::ChatResult> result;
        QList<Engine::BatchCheckResult> checks;
        int passed = 0; // checks that passed
        // The judges' requests in this run's log (like result->exchangeIds for the answer's).
        QList<quint64> judgeExchangeIds;

        bool done() const { return result.has_value(); }
        bool failed() const { return result && result->error; }
    };

    // `log` receives every request's exchanges (not owned; it must outlive the session).
    explicit BatchSession(Engine::ExchangeLog *log, QObject *parent = nullptr);
    ~BatchSession() override;

    void setConnection(const Core::Connection &connection, const QString &token);
    void setTokenSource(Net::TokenSource *source) { m_tokenSource = source; }
    bool hasConnection() const { return m_hasConnection; }

    // A new table for `setup`, every cell empty, nothing asked yet. Not while a run goes on.
    bool prepare(RunSetup setup);
    // A table kept from an earlier run (the history's): `cells` row-major, as many as rows ×
    // models. Finished when every cell has a result; else cancelled, so resume() asks the rest.
    // Not while a run goes on. `key` names the table (logKey()).
    bool restore(const QString &key, RunSetup setup, std::vector<Cell> cells);
    // Asks every pair without a result: the prepared set, or the rest of a cancelled run.
    // False when there is no connection, nothing prepared, or a run goes on.
    bool run();
    void pause();
    // Goes on after pause() or cancel(), asking only the pairs that have no result.
    bool resume();
    void cancel();
    // A cell as a run records it; public so a table can be filled without a gateway.
    void record(const Engine::BatchCell &cell);

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Pausing; }
    // Where the exchanges of this table are logged: one key per prepared table, which the
    // history keeps it under too.
    QString logKey() const { return m_logKey; }
    // The set up of the table (its rows are row()); the connection it runs on.
    const RunSetup &setup() const { return m_setup; }
    QString connectionName() const { return m_connection.name; }

    int rowCount() const { return int(m_rows.size()); }
    int modelCount() const { return int(m_setup.models.size()); }
    const QStringList &models() const { return m_setup.models; }
    const QList<Engine::BatchCheck> &checks() const { return m_setup.checks; }
    const Engine::BatchRow &row(int row) const { return *m_rows.at(size_t(row)); }
    const Cell &cell(int row, int model) const
    {
        return m_cells.at(size_t(row) * size_t(modelCount()) + size_t(model));
    }
    // The cell as the CLI's JSONL line; empty for a cell without a result.
    QJsonObject line(int row, int model) const;

    qint64 total() const { return qint64(m_rows.size()) * modelCount(); }
    qint64 done() const { return m_done; }
    // Cells a second while running (paused time does not count); 0 before any came.
    double rate() const;
    // Seconds left at the current rate; nullopt while unknown.
    std::optional<double> etaSeconds() const;

signals:
    void prepared(); // a new table: every cell empty
    void cellChanged(int row, int model);
    void stateChanged(Parlance::Workspace::BatchSession::State state);
    void throttled(double seconds, int limit);

private:
    // Takes `setup` as the table's: its rows shared with the runner, the old runner gone.
    void adopt(RunSetup setup);
    void setState(State state);
    void onRunnerFinished();
    double runningSeconds() const;

    Engine::ExchangeLog *m_log;
    Net::TokenSource *m_tokenSource = nullptr;
    Core::Connection m_connection;
    QString m_token;
    bool m_hasConnection = false;

    RunSetup m_setup; // its rows moved to m_rows
    std::vector<std::shared_ptr<const Engine::BatchRow>> m_rows;
    std::vector<Cell> m_cells; // row-major
    QString m_logKey;
    qint64 m_done = 0;
    State m_state = State::Idle;
    std::unique_ptr<Engine::BatchRunner> m_runner;

    QElapsedTimer m_clock;    // of the current running stretch
    qint64 m_ranBeforeMs = 0; // running time of the earlier stretches
    qint64 m_doneBefore = 0;  // cells done before this run started (a resumed run)
};

} // namespace Parlance::Workspace
