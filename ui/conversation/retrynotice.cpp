#include "conversation/retrynotice.h"

#include "engine/chatsession.h"

#include <cmath>

namespace Parlance::Ui {

RetryNotice::RetryNotice(Engine::ChatSession *session, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("retryNotice"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setContentsMargins(8, 2, 8, 2);
    setForegroundRole(QPalette::PlaceholderText);
    hide();

    m_tick.setInterval(250); // a second boundary is shown at most a quarter second late
    connect(&m_tick, &QTimer::timeout, this, &RetryNotice::showRemaining);

    using Engine::ChatSession;
    connect(session, &ChatSession::retrying, this,
            [this](int, int, double delaySeconds, const Core::ApiError &reason) {
                start(delaySeconds, reason);
            });
    connect(session, &ChatSession::attemptStarted, this, &RetryNotice::stop);
    connect(session, &ChatSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            stop();
    });
}

RetryNotice::~RetryNotice() = default;

QString RetryNotice::describe(const Core::ApiError &reason, int seconds)
{
    if (reason.httpStatus == 429)
        return tr("Rate limited, retrying in %1 s…").arg(seconds);
    if (reason.httpStatus == 503)
        return tr("The gateway is busy (503), retrying in %1 s…").arg(seconds);
    if (reason.httpStatus > 0)
        return tr("The gateway answered %1, retrying in %2 s…").arg(reason.httpStatus).arg(seconds);
    return tr("The gateway could not be reached, retrying in %1 s…").arg(seconds);
}

void RetryNotice::start(double delaySeconds, const Core::ApiError &reason)
{
    m_reason = reason;
    m_until.setRemainingTime(qint64(std::ceil(delaySeconds * 1000.0)));
    if (!reason.message.isEmpty())
        setToolTip(reason.message);
    showRemaining();
    show();
    m_tick.start();
}

void RetryNotice::stop()
{
    m_tick.stop();
    clear();
    setToolTip({});
    hide();
}

void RetryNotice::showRemaining()
{
    // Rounded up: "in 0 s" would read as a request that should already have gone.
    const qint64 ms = m_until.remainingTime();
    const int seconds = int(qMax<qint64>(1, (ms + 999) / 1000));
    setText(describe(m_reason, seconds));
}

} // namespace Parlance::Ui
