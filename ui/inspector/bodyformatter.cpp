#include "inspector/bodyformatter.h"

#include "inspector/jsontext.h"

#include <QMutex>
#include <QThreadPool>

namespace Parlance::Ui {

// Where a worker posts its result. The formatter may be gone by the time a job ends; the
// worker checks under the mutex and posts nothing then. A posted call to an object that is
// deleted afterwards is discarded by Qt with the object's other posted events.
struct BodyFormatter::Mailbox
{
    QMutex mutex;
    BodyFormatter *owner = nullptr;
};

BodyFormatter::BodyFormatter(QObject *parent)
    : QObject(parent), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->owner = this;
}

BodyFormatter::~BodyFormatter()
{
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->owner = nullptr;
}

FormattedBody BodyFormatter::format(const QByteArray &body, qsizetype shownLimit)
{
    FormattedBody result;
    result.source = body;
    result.isJson = JsonText::check(body).valid;
    result.full = result.isJson ? JsonText::prettyPrint(body) : body;
    qsizetype cut = result.full.size();
    if (cut > shownLimit) {
        // End at a line break, or at least not inside a UTF-8 sequence.
        cut = result.full.lastIndexOf('\n', shownLimit);
        if (cut <= shownLimit / 2) {
            cut = shownLimit;
            while (cut > 0 && (uchar(result.full.at(cut)) & 0xc0) == 0x80)
                --cut;
        }
        result.truncated = true;
    }
    result.shown = QString::fromUtf8(QByteArrayView(result.full).first(cut));
    return result;
}

quint64 BodyFormatter::start(const QByteArray &body, qsizetype shownLimit)
{
    const quint64 job = ++m_job;
    m_busy = true;
    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    QThreadPool::globalInstance()->start([mailbox, body, shownLimit, job] {
        FormattedBody result = format(body, shownLimit);
        result.job = job;
        QMutexLocker locker(&mailbox->mutex);
        if (BodyFormatter *owner = mailbox->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, result = std::move(result)] { owner->deliver(result); },
                Qt::QueuedConnection);
        }
    });
    return job;
}

void BodyFormatter::cancel()
{
    ++m_job;
    m_busy = false;
}

void BodyFormatter::deliver(const FormattedBody &result)
{
    if (result.job != m_job)
        return;
    m_busy = false;
    emit finished(result);
}

} // namespace Parlance::Ui
