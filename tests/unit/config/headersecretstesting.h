#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace HeaderSecretsTesting {

// Starts one asynchronous call that answers with a T and spins the event loop until it does.
template<typename T, typename Start>
std::optional<T> awaitAnswer(Start start, int timeoutMs = 20000)
{
    std::optional<T> answer;
    start([&answer](const T &result) { answer = result; });
    QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline const QByteArray kOldValue = "sk-old-plaintext-0123456789";

// connections.ini as versions before header secrets went to the keychain wrote it: the
// connection "old" (bearer, an OpenAI-compatible server at `baseUrl`) with X-Api-Key in the
// clear beside an ordinary X-Team header.
inline void writeOlderFile(const QString &path, const QString &baseUrl)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("[General]\nversion=1\n\n[connections]\n1\\name=old\n1\\kind=openai\n"
               "1\\baseUrl="
               + baseUrl.toUtf8()
               + "\n1\\auth=bearer\n"
                 "1\\headers\\1\\name=X-Team\n1\\headers\\1\\value=blue\n"
                 "1\\headers\\2\\name=X-Api-Key\n1\\headers\\2\\value="
               + kOldValue + "\n1\\headers\\size=2\nsize=1\n");
}

} // namespace HeaderSecretsTesting
