#include "workspace/batchsession.h"

#include "engine/batchrunner.h"
#include "engine/resultjson.h"

#include <QUuid>

#include <algorithm>

namespace Parlance::Workspace {

BatchSession::BatchSession(Engine::ExchangeLog *log, QObject *parent) : QObject(parent), m_log(log)
{}

BatchSession::~BatchSession() = default;

void BatchSession::setConnection(const Core::Connection &connection, const QString &token)
{
    m_connection = connection;
    m_token = token;
    m_hasConnection = true;
}

void BatchSession::adopt(RunSetup setup)
{
    m_runner.reset();
    m_rows.clear();
    m_rows.reserve(size_t(setup.rows.size()));
    for (Engine::BatchRow &row : setup.rows)
        m_rows.push_back(std::make_shared<const Engine::BatchRow>(std::move(row)));
    setup.rows.clear();
    m_setup = std::move(setup);
}

bool BatchSession::prepare(RunSetup setup)
{
    if (isActive() || m_state == State::Paused)
        return false;
    adopt(std::move(setup));
    m_cells.assign(m_rows.size() * size_t(m_setup.models.size()), Cell{});
    m_logKey = QStringLiteral("batch:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_done = 0;
    m_doneBefore = 0;
    m_ranBeforeMs = 0;
    m_clock.invalidate();
    setState(State::Idle);
    emit prepared();
    return true;
}

bool BatchSession::restore(const QString &key, RunSetup setup, std::vector<Cell> cells)
{
    if (isActive() || m_state == State::Paused || key.isEmpty()
        || cells.size() != size_t(setup.rows.size()) * size_t(setup.models.size())) {
        return false;
    }
    adopt(std::move(setup));
    m_cells = std::move(cells);
    m_logKey = key;
    m_done
        = std::count_if(m_cells.cbegin(), m_cells.cend(), [](const Cell &c) { return c.done(); });
    m_doneBefore = m_done;
    m_ranBeforeMs = 0;
    m_clock.invalidate();
    // Set before prepared(): views read the state when they refill.
    m_state = m_done >= total() ? State::Finished : State::Cancelled;
    emit prepared();
    emit stateChanged(m_state);
    return true;
}

bool BatchSession::run()
{
    if (!m_hasConnection || m_rows.empty() || m_setup.models.isEmpty() || isActive())
        return false;
    Engine::BatchRunner::Setup setup;
    setup.connection = m_connection;
    setup.token = m_token;
    setup.tokenSource = m_tokenSource;
    setup.api = m_setup.api;
    setup.params = m_setup.params;
    setup.models = m_setup.models;
    setup.parallel = m_setup.parallel;
    setup.checks = m_setup.checks;
    setup.log = m_log;
    setup.logKey = m_logKey;
    // The old runner may be the one whose finished() brought us here (a resume from its
    // handler): it goes from the event loop.
    if (m_runner)
        m_runner.release()->deleteLater();
    m_runner = std::make_unique<Engine::BatchRunner>(std::move(setup));
    connect(m_runner.get(), &Engine::BatchRunner::cellFinished, this, &BatchSession::record);
    connect(m_runner.get(), &Engine::BatchRunner::throttled, this, &BatchSession::throttled);
    // A rate-limited cell goes back in the queue without being handed out, so a pause whose
    // last request met a 429 settles here; queued, as the runner frees the slot after telling.
    connect(
        m_runner.get(), &Engine::BatchRunner::throttled, this,
        [this] {
            if (m_state == State::Pausing && m_runner && m_runner->inFlight() == 0)
                setState(State::Paused);
        },
        Qt::QueuedConnection);
    connect(m_runner.get(), &Engine::BatchRunner::finished, this, &BatchSession::onRunnerFinished);
    m_doneBefore = m_done;
    m_clock.start();
    setState(State::Running);
    auto next = std::make_shared<size_t>(0);
    m_runner->start(
        [this, next]() -> std::optional<Engine::BatchRow> {
            if (*next >= m_rows.size())
                return std::nullopt;
            return *m_rows.at((*next)++);
        },
        [this](qint64 index, const QString &model) {
            const int column = int(m_setup.models.indexOf(model));
            return index >= 0 && size_t(index) < m_rows.size() && column >= 0
                   && cell(int(index), column).done();
        });
    return true;
}

void BatchSession::pause()
{
    if (m_state != State::Running || !m_runner)
        return;
    m_runner->setPaused(true);
    setState(m_runner->inFlight() > 0 ? State::Pausing : State::Paused);
}

bool BatchSession::resume()
{
    if (m_state == State::Paused || m_state == State::Pausing) {
        if (m_state == State::Paused)
            m_clock.start();
        setState(State::Running);
        m_runner->setPaused(false);
        return true;
    }
    if (m_state == State::Cancelled || (m_state == State::Idle && m_done > 0))
        return run();
    return false;
}

void BatchSession::cancel()
{
    if (!m_runner || !(isActive() || m_state == State::Paused))
        return;
    m_runner->cancel();
}

void BatchSession::record(const Engine::BatchCell &cell)
{
    const int column = int(m_setup.models.indexOf(cell.model));
    const qint64 row = cell.row ? cell.row->index : -1;
    if (column < 0 || row < 0 || size_t(row) >= m_rows.size())
        return;
    Cell &target = m_cells[size_t(row) * size_t(modelCount()) + size_t(column)];
    if (!target.done())
        ++m_done;
    target.result = cell.result;
    target.checks = cell.checks;
    target.judgeExchangeIds = cell.judgeExchangeIds;
    target.passed = int(std::count_if(cell.checks.cbegin(), cell.checks.cend(),
                                      [](const Engine::BatchCheckResult &c) { return c.pass; }));
    emit cellChanged(int(row), column);
    // The runner frees a cell's slot before handing it out.
    if (m_state == State::Pausing && m_runner && m_runner->inFlight() == 0)
        setState(State::Paused);
}

QJsonObject BatchSession::line(int row, int model) const
{
    const Cell &c = cell(row, model);
    if (!c.result)
        return {};
    Engine::BatchCell batchCell;
    batchCell.row = m_rows.at(size_t(row));
    batchCell.model = m_setup.models.at(model);
    batchCell.result = *c.result;
    batchCell.checks = c.checks;
    return Engine::batchCellJson(batchCell);
}

double BatchSession::runningSeconds() const
{
    qint64 ms = m_ranBeforeMs;
    if (m_clock.isValid() && (m_state == State::Running || m_state == State::Pausing))
        ms += m_clock.elapsed();
    return double(ms) / 1000.0;
}

double BatchSession::rate() const
{
    const double seconds = runningSeconds();
    const qint64 cells = m_done - m_doneBefore;
    return seconds > 0 && cells > 0 ? double(cells) / seconds : 0;
}

std::optional<double> BatchSession::etaSeconds() const
{
    const double r = rate();
    if (r <= 0 || m_done >= total())
        return std::nullopt;
    return double(total() - m_done) / r;
}

void BatchSession::setState(State state)
{
    if (m_state == state)
        return;
    // The clock runs only while cells are asked, so the rate is not diluted by a pause.
    const bool wasRunning = m_state == State::Running || m_state == State::Pausing;
    const bool running = state == State::Running || state == State::Pausing;
    if (wasRunning && !running && m_clock.isValid()) {
        m_ranBeforeMs += m_clock.elapsed();
        m_clock.invalidate();
    }
    m_state = state;
    emit stateChanged(state);
}

void BatchSession::onRunnerFinished()
{
    // A cancelled runner finishes too; what it left is asked on resume().
    const bool complete = m_done >= total();
    setState(complete ? State::Finished : State::Cancelled);
}

} // namespace Parlance::Workspace
