// Elapsed times and ETAs as the batch progress lines show them (the CLI's stderr and the
// batch view): minutes and seconds, hours once there are any, nonsense shown as 0:00.

#include "core/clocktext.h"

#include <QTest>

#include <limits>

using Parlance::Core::clockText;

class TstClockText : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TstClockText::text_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0:00");
    QTest::newRow("rounds down") << 4.4 << QStringLiteral("0:04");
    QTest::newRow("rounds up") << 4.5 << QStringLiteral("0:05");
    QTest::newRow("a minute") << 60.0 << QStringLiteral("1:00");
    QTest::newRow("just under an hour") << 3599.4 << QStringLiteral("59:59");
    QTest::newRow("rounds up to an hour") << 3599.6 << QStringLiteral("1:00:00");
    QTest::newRow("hours pad minutes") << 3723.0 << QStringLiteral("1:02:03");
    QTest::newRow("a day") << 90000.0 << QStringLiteral("25:00:00");
    QTest::newRow("negative") << -5.0 << QStringLiteral("0:00");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("0:00");
    QTest::newRow("huge stays finite") << 1e300 << QStringLiteral("277777:46:40");
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QStringLiteral("0:00");
}

void TstClockText::text()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(clockText(seconds), expected);
}

QTEST_GUILESS_MAIN(TstClockText)
#include "tst_clocktext.moc"
