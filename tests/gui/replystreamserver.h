#pragma once

#include <QByteArrayList>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <atomic>

// An OpenAI-compatible server on loopback that streams a given reply, one SSE delta per token,
// from its own thread (so what it costs is not counted against the GUI thread). A request's
// max_tokens takes that many tokens from the front of the reply. Paced, it writes the deltas
// in batches at a steady rate, as a fast model behind a gateway does; unpaced, all at once.
class ReplyStreamServer final
{
public:
    ReplyStreamServer();
    ~ReplyStreamServer();
    ReplyStreamServer(const ReplyStreamServer &) = delete;
    ReplyStreamServer &operator=(const ReplyStreamServer &) = delete;

    void setTokens(const QStringList &tokens); // before start()
    // For the requests that come after; 0 tokens per second: unpaced.
    void setPace(int tokensPerSecond, int batchesPerSecond = 100);

    bool start();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    // CPU time the server's thread has used, so a benchmark can leave it out of the app's.
    double threadCpuSeconds() const;

    class Worker;

private:
    QByteArrayList m_events; // one SSE event per token
    std::atomic<int> m_tokensPerSecond = 0;
    std::atomic<int> m_batchesPerSecond = 100;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    Qt::HANDLE m_threadId = nullptr;
};
