#pragma once

#include "config/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <optional>
#include <sys/stat.h>

namespace SecretStoreTesting {

using Result = Parlance::Config::SecretStore::Result;

// Starts one asynchronous call and spins the event loop until it answers. Also checks that the
// answer did not arrive from inside the call: the GUI relies on that.
template<typename Start>
std::optional<Result> await(Start start, bool *answeredSynchronously = nullptr,
                            int timeoutMs = 20000)
{
    std::optional<Result> answer;
    start([&answer](const Result &result) { answer = result; });
    if (answeredSynchronously)
        *answeredSynchronously = answer.has_value();
    QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

// The permission bits as the kernel has them, not as Qt maps them.
inline int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace SecretStoreTesting
