#include "replystreamserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <pthread.h>
#include <time.h>

namespace {

QByteArray deltaEvent(const QString &content)
{
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}}};
    const QJsonObject event{{QStringLiteral("id"), QStringLiteral("chatcmpl-long")},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("model"), QStringLiteral("long-reply")},
                            {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray finalEvents(qsizetype tokens)
{
    const QByteArray head = "data: {\"id\":\"chatcmpl-long\",\"object\":\"chat.completion.chunk\","
                            "\"model\":\"long-reply\",\"choices\":[";
    return head + "{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n" + head
           + "],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":" + QByteArray::number(tokens)
           + ",\"total_tokens\":" + QByteArray::number(tokens + 1) + "}}\n\ndata: [DONE]\n\n";
}

} // namespace

class ReplyStreamServer::Worker final : public QObject
{
public:
    explicit Worker(const ReplyStreamServer *owner) : m_owner(owner), m_server(new QTcpServer(this))
    {
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
    }

    quint16 listen()
    {
        return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QJsonObject request
                = QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
            buffer->clear();
            const int limit = request.value(QStringLiteral("max_tokens")).toInt(-1);
            const qsizetype count = limit < 0 ? m_owner->m_events.size()
                                              : qMin<qsizetype>(limit, m_owner->m_events.size());
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                          "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
            stream(socket, count);
        });
    }

    void stream(QTcpSocket *socket, qsizetype count)
    {
        const QByteArrayList &events = m_owner->m_events;
        const int rate = m_owner->m_tokensPerSecond;
        if (rate <= 0) {
            QByteArray all;
            for (qsizetype i = 0; i < count; ++i)
                all += events.at(i);
            socket->write(all + finalEvents(count));
            socket->disconnectFromHost();
            return;
        }
        // Batches on a steady clock: what is due by now is written, so a late timer catches up
        // instead of slowing the stream down.
        auto *timer = new QTimer(socket);
        auto clock = std::make_shared<QElapsedTimer>();
        auto sent = std::make_shared<qsizetype>(0);
        clock->start();
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(1000 / qMax(1, m_owner->m_batchesPerSecond.load()));
        QObject::connect(timer, &QTimer::timeout, socket, [=, &events] {
            const qsizetype due
                = qMin(count, qsizetype(clock->nsecsElapsed() / 1000 * rate / 1000000));
            QByteArray batch;
            for (; *sent < due; ++*sent)
                batch += events.at(*sent);
            if (!batch.isEmpty())
                socket->write(batch);
            if (*sent == count) {
                timer->stop();
                socket->write(finalEvents(count));
                socket->disconnectFromHost();
            }
        });
        timer->start();
    }

    const ReplyStreamServer *m_owner;
    QTcpServer *m_server;
};

ReplyStreamServer::ReplyStreamServer() = default;

ReplyStreamServer::~ReplyStreamServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void ReplyStreamServer::setTokens(const QStringList &tokens)
{
    m_events.clear();
    m_events.reserve(tokens.size());
    for (const QString &token : tokens)
        m_events.append(deltaEvent(token));
}

void ReplyStreamServer::setPace(int tokensPerSecond, int batchesPerSecond)
{
    m_tokensPerSecond = tokensPerSecond;
    m_batchesPerSecond = batchesPerSecond;
}

bool ReplyStreamServer::start()
{
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_port = m_worker->listen();
            m_threadId = QThread::currentThreadId();
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

double ReplyStreamServer::threadCpuSeconds() const
{
    clockid_t clock;
    timespec now{};
    if (!m_threadId || pthread_getcpuclockid(pthread_t(m_threadId), &clock) != 0
        || clock_gettime(clock, &now) != 0)
        return 0;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QUrl ReplyStreamServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}
