#pragma once

#include <QByteArrayList>
#include <QStringList>
#include <QThread>
#include <QUrl>

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

    // Before start().
    void setTokens(const QStringList &tokens);
    void setPace(int tokensPerSecond, int batchesPerSecond);

    bool start();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    class Worker;

private:
    QByteArrayList m_events; // one SSE event per token
    int m_tokensPerSecond = 0;
    int m_batchesPerSecond = 100;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};
