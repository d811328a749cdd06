#pragma once

#include "core/apierror.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QTimer>

namespace Parlance::Engine {
class ChatSession;
}

namespace Parlance::Ui {

// One line under the conversation while a reply's request waits to be sent again ("Rate
// limited, retrying in 3 s"), counting down: without it a 429 with Retry-After looks like a
// hung request. Hidden once the next attempt starts or the reply finishes.
class RetryNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryNotice)

public:
    explicit RetryNotice(Engine::ChatSession *session, QWidget *parent = nullptr);
    ~RetryNotice() override;

    // What the line says for a wait of `seconds` after `reason`.
    static QString describe(const Core::ApiError &reason, int seconds);

private:
    void start(double delaySeconds, const Core::ApiError &reason);
    void stop();
    void showRemaining();

    QTimer m_tick;
    QDeadlineTimer m_until;
    Core::ApiError m_reason;
};

} // namespace Parlance::Ui
