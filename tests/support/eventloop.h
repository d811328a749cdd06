#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTest>

namespace Parlance::Testing {

// Turns the event loop until every event already posted to this thread has been delivered.
// Qt delivers a thread's posted events in the order they were posted, so once a marker posted
// now has run, whatever a queued call or signal was going to do has been done. Tests use it to
// show that something did not happen, without guessing how long to wait for it.
[[nodiscard]] inline bool deliverPostedEvents(int timeoutMs = 5000)
{
    bool delivered = false;
    QObject marker;
    QMetaObject::invokeMethod(
        &marker, [&delivered] { delivered = true; }, Qt::QueuedConnection);
    return QTest::qWaitFor([&delivered] { return delivered; }, timeoutMs);
}

} // namespace Parlance::Testing
