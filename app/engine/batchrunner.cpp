#include "engine/batchrunner.h"

#include "engine/chatcall.h"
#include "engine/chatrunner.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace Parlance::Engine {

namespace {

bool isRateLimit(const Core::ApiError &error)
{
    return error.kind == Core::ApiError::Kind::Http
           && (error.httpStatus == 429 || error.httpStatus == 503);
}

} // namespace

BatchRunner::BatchRunner(Setup setup, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_limit(std::max(1, m_setup.parallel))
{
    m_slots.resize(size_t(m_limit));
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &BatchRunner::pump);
    m_clock.start();
}

BatchRunner::~BatchRunner()
{
    // The calls before the clients they were sent through.
    for (const std::unique_ptr<Running> &running : m_slots) {
        if (running)
            delete running->call;
    }
}

Net::GatewayClient *BatchRunner::clientFor(int slot)
{
    // Qt opens at most six connections to a host per network manager and queues the rest
    // unseen, so every six slots get a manager of their own: `parallel` means in flight.
    const int index = slot / ChatRunner::kColumnsPerClient;
    while (m_clients.size() <= index) {
        auto *client = new Net::GatewayClient(this);
        client->setRecordEvents(false); // nobody reads them, and long answers would pile up
        client->setTokenSource(m_setup.tokenSource);
        m_clients.append(client);
    }
    return m_clients.at(index);
}

void BatchRunner::start(RowSource rows, SkipPair skip)
{
    if (m_started)
        return;
    m_started = true;
    m_rows = std::move(rows);
    m_skip = std::move(skip);
    pump();
}

void BatchRunner::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_pauseTimer.stop();
    m_retry.clear();
    m_queue.clear();
    // Collected first: a call's cancel may tell at once, which frees its slot.
    QList<QPointer<ChatCall>> calls;
    for (const std::unique_ptr<Running> &running : m_slots) {
        if (!running)
            continue;
        if (running->call)
            calls.append(running->call);
        for (ChatCall *judge : running->judges)
            calls.append(judge);
    }
    for (const QPointer<ChatCall> &call : calls) {
        if (call)
            call->cancel();
    }
    maybeFinish();
}

void BatchRunner::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        pump();
}

std::optional<BatchRunner::Pending> BatchRunner::takeNext()
{
    if (!m_retry.empty()) {
        Pending next = std::move(m_retry.front());
        m_retry.pop_front();
        return next;
    }
    while (m_queue.empty() && !m_sourceDone) {
        std::optional<BatchRow> row = m_rows();
        if (!row) {
            m_sourceDone = true;
            break;
        }
        ++m_rowsRead;
        auto shared = std::make_shared<const BatchRow>(std::move(*row));
        for (const QString &model : m_setup.models) {
            if (!m_skip || !m_skip(shared->index, model))
                m_queue.push_back({shared, model, 0, 0});
        }
    }
    if (m_queue.empty())
        return std::nullopt;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    return next;
}

void BatchRunner::pump()
{
    if (m_pumping || m_finished)
        return;
    m_pumping = true;
    while (!m_cancelled && !m_paused && m_inFlight < m_limit) {
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntilMs) {
            m_pauseTimer.start(int(m_pausedUntilMs - now));
            break;
        }
        std::optional<Pending> next = takeNext();
        if (!next)
            break;
        const auto free = std::find(m_slots.begin(), m_slots.end(), nullptr);
        Q_ASSERT(free != m_slots.end());
        startCell(std::move(*next), int(free - m_slots.begin()));
    }
    m_pumping = false;
    maybeFinish();
}

void BatchRunner::maybeFinish()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_cancelled && (!m_sourceDone || !m_retry.empty() || !m_queue.empty()))
        return;
    m_finished = true;
    m_pauseTimer.stop();
    emit finished();
}

void BatchRunner::startCell(Pending pending, int slot)
{
    ChatRequest request;
    request.api = m_setup.api;
    request.model = pending.model;
    request.conversation = pending.row->conversation;
    request.params = m_setup.params;

    auto running = std::make_unique<Running>();
    running->cell = std::move(pending);
    running->call = new ChatCall(clientFor(slot), m_setup.connection, m_setup.token,
                                 std::move(request), this);
    ChatCall *call = running->call;
    m_slots[size_t(slot)] = std::move(running);
    ++m_inFlight;
    connect(call, &ChatCall::retrying, this,
            [this](int, double delay, const Core::ApiError &reason) {
                if (isRateLimit(reason))
                    throttle(delay);
            });
    connect(call, &ChatCall::finished, this, [this, slot] { onCallFinished(slot); });
    call->start();
    if (m_setup.log) {
        m_setup.log->follow(call->gatewayCall(), m_setup.logKey, [this, slot](quint64 id) {
            if (const std::unique_ptr<Running> &running = m_slots[size_t(slot)])
                running->exchangeIds.append(id);
        });
    }
}

void BatchRunner::throttle(double seconds)
{
    const qint64 now = m_clock.elapsed();
    const qint64 until = now + qint64(std::ceil(std::clamp(seconds, 0.0, kMaxPauseSeconds) * 1000));
    m_pausedUntilMs = std::max(m_pausedUntilMs, until);
    // One halving per pause: the requests that were in flight together all meet the limit,
    // and that is one signal, not eight.
    if (now >= m_noDecreaseUntilMs) {
        m_limit = std::max(1, m_limit / 2);
        m_noDecreaseUntilMs = std::max(until, now + 1);
    }
    m_successStreak = 0;
    emit throttled(seconds, m_limit);
    if (!m_pumping && !m_finished)
        m_pauseTimer.start(int(m_pausedUntilMs - now));
}

void BatchRunner::onCallFinished(int slot)
{
    Running &running = *m_slots[size_t(slot)];
    ChatCall *call = std::exchange(running.call, nullptr);
    running.result = ChatResult::of(*call);
    running.result.attempts += running.cell.attempts;
    running.result.exchangeIds = running.exchangeIds;
    call->disconnect(this);
    call->deleteLater(); // we are in its finished() signal

    const std::optional<Core::ApiError> &error = running.result.error;
    if (m_cancelled) {
        freeSlot(slot);
        maybeFinish();
        return;
    }
    if (error && isRateLimit(*error) && running.cell.requeues < kMaxRequeues) {
        Pending again = running.cell;
        ++again.requeues;
        again.attempts = running.result.attempts;
        ++m_requeueCount;
        // The server's word if it gave one, else a backoff that doubles with every round.
        throttle(error->retryAfterSeconds.value_or(std::pow(2.0, again.requeues - 1)));
        m_retry.push_back(std::move(again));
        freeSlot(slot);
        pump();
        return;
    }
    if (!error && m_limit < m_setup.parallel && ++m_successStreak >= m_limit) {
        ++m_limit;
        m_successStreak = 0;
    }
    if (error) {
        for (const BatchCheck &check : m_setup.checks)
            running.checks.append(check.notAnswered());
        finishCell(slot);
        return;
    }
    const QString answer = running.result.message.text();
    for (const BatchCheck &check : m_setup.checks) {
        running.checks.append(check.isJudge() ? BatchCheckResult{check.name(), false, {}, {}}
                                              : check.evaluate(answer));
        running.judgesLeft += check.isJudge() ? 1 : 0;
    }
    if (running.judgesLeft > 0)
        startJudges(slot);
    else
        finishCell(slot);
}

void BatchRunner::startJudges(int slot)
{
    Running &running = *m_slots[size_t(slot)];
    const QString answer = running.result.message.text();
    for (qsizetype i = 0; i < m_setup.checks.size(); ++i) {
        const BatchCheck &check = m_setup.checks.at(i);
        if (!check.isJudge())
            continue;
        ChatRequest request;
        request.api = m_setup.api;
        request.model = check.judgeModel();
        request.conversation = check.judgeConversation(running.cell.row->prompt, answer);
        request.params.systemPrompt = BatchCheck::judgeInstructions();
        auto *judge = new ChatCall(clientFor(slot), m_setup.connection, m_setup.token,
                                   std::move(request), this);
        connect(judge, &ChatCall::retrying, this,
                [this](int, double delay, const Core::ApiError &reason) {
                    if (isRateLimit(reason))
                        throttle(delay);
                });
        running.judges.append(judge);
        connect(judge, &ChatCall::finished, this, [this, slot, i, judge] {
            judge->deleteLater();
            Running *r = m_slots[size_t(slot)].get();
            if (!r)
                return;
            r->judges.removeOne(judge);
            const BatchCheck &check = m_setup.checks.at(i);
            r->checks[i] = judge->error() ? check.judgeFailed(judge->error()->message)
                                          : check.judgeResult(judge->reply().text());
            if (--r->judgesLeft == 0) {
                if (m_cancelled) {
                    freeSlot(slot);
                    maybeFinish();
                } else {
                    finishCell(slot);
                }
            }
        });
        judge->start();
        if (m_setup.log) {
            m_setup.log->follow(judge->gatewayCall(), m_setup.logKey, [this, slot](quint64 id) {
                if (const std::unique_ptr<Running> &r = m_slots[size_t(slot)])
                    r->judgeExchangeIds.append(id);
            });
        }
    }
}

void BatchRunner::finishCell(int slot)
{
    Running &running = *m_slots[size_t(slot)];
    BatchCell cell;
    cell.row = running.cell.row;
    cell.model = running.cell.model;
    cell.result = std::move(running.result);
    cell.checks = std::move(running.checks);
    cell.judgeExchangeIds = std::move(running.judgeExchangeIds);
    freeSlot(slot);
    emit cellFinished(cell);
    pump();
}

void BatchRunner::freeSlot(int slot)
{
    m_slots[size_t(slot)].reset();
    --m_inFlight;
}

} // namespace Parlance::Engine
