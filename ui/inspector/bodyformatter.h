#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Parlance::Ui {

struct FormattedBody
{
    quint64 job = 0;
    QByteArray source;      // the body as it went over the wire
    bool isJson = false;    // a valid JSON object or array
    QByteArray full;        // pretty-printed JSON, or the body itself
    QString shown;          // the head of `full` that the text view shows first
    bool truncated = false; // `shown` is not all of `full`
};

// Validates and pretty-prints bodies away from the GUI thread: parsing a 10 MB answer takes
// long enough to freeze the window. Results come back queued to the formatter's own thread.
// Only the latest job counts: starting another (or cancel()) drops a running job's result.
class BodyFormatter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyFormatter)

public:
    explicit BodyFormatter(QObject *parent = nullptr);
    ~BodyFormatter() override;

    // Runs on the thread pool; `shownLimit` caps the text handed to the view.
    quint64 start(const QByteArray &body, qsizetype shownLimit);
    void cancel();
    bool isBusy() const { return m_busy; }

    // The same work, synchronously: for bodies small enough that a thread hop costs more.
    static FormattedBody format(const QByteArray &body, qsizetype shownLimit);

signals:
    void finished(const Parlance::Ui::FormattedBody &result);

private:
    struct Mailbox;
    void deliver(const FormattedBody &result);

    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_job = 0;
    bool m_busy = false;
};

} // namespace Parlance::Ui
