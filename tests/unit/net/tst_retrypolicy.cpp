// When a request is tried again, and after how long.
#include "net/retrypolicy.h"

#include <QTest>

using namespace Parlance;
using Parlance::Net::RetryPolicy;

class TstRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryable_data();
    void retryable();
    void shouldRetryHeaderWins();
    void delays();
};

void TstRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("serverErrors");
    QTest::addColumn<bool>("expected");
    for (int status : {429, 503})
        for (bool serverErrors : {true, false})
            QTest::addRow("%d %s", status, serverErrors ? "idempotent" : "not idempotent")
                << status << serverErrors << true;
    for (int status : {408, 409, 500, 502, 504}) {
        QTest::addRow("%d idempotent", status) << status << true << true;
        QTest::addRow("%d not idempotent", status) << status << false << false;
    }
    for (int status : {200, 301, 400, 401, 403, 404, 422, 501})
        QTest::addRow("%d never", status) << status << true << false;
}

void TstRetryPolicy::retryable()
{
    QFETCH(int, status);
    QFETCH(bool, serverErrors);
    QFETCH(bool, expected);
    RetryPolicy policy;
    policy.retryServerErrors = serverErrors;
    QCOMPARE(policy.isRetryable(status, {}), expected);
}

void TstRetryPolicy::shouldRetryHeaderWins()
{
    RetryPolicy policy;
    QVERIFY(!policy.isRetryable(
        429, {{QByteArrayLiteral("X-Should-Retry"), QByteArrayLiteral("false")}}));
    QVERIFY(policy.isRetryable(400,
                               {{QByteArrayLiteral("x-should-retry"), QByteArrayLiteral("true")}}));
}

void TstRetryPolicy::delays()
{
    RetryPolicy policy;
    // Retry-After is honoured exactly, up to the cap; beyond it there is no retry at all.
    QCOMPARE(policy.delayFor(1, 3.0, 0.9), std::optional<double>(3.0));
    QCOMPARE(policy.delayFor(1, 0.0, 0.5), std::optional<double>(0.0));
    QCOMPARE(policy.delayFor(1, 61.0, 0.0), std::nullopt);
    // Exponential backoff with bounded jitter, capped.
    QCOMPARE(policy.delayFor(1, std::nullopt, 0.0), std::optional<double>(0.5));
    QCOMPARE(policy.delayFor(2, std::nullopt, 0.0), std::optional<double>(1.0));
    QCOMPARE(policy.delayFor(3, std::nullopt, 1.0), std::optional<double>(2.5));
    QCOMPARE(policy.delayFor(20, std::nullopt, 0.0), std::optional<double>(8.0));
}

QTEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
