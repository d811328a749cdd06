// The one loopback rule: plain http without asking, and no proxy, only for hosts that cannot
// leave this machine.
#include "core/loopback.h"

#include <QTest>

using namespace Parlance::Core;

class TstLoopback : public QObject
{
    Q_OBJECT

private slots:
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TstLoopback::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("::1 long form") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
    QTest::newRow("mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("mapped hex") << QStringLiteral("[::ffff:7f00:1]") << true;
    // Spellings QUrl and the socket read as 127.x (inet_aton's forms).
    QTest::newRow("127.1") << QStringLiteral("127.1") << true;
    QTest::newRow("127.0.0") << QStringLiteral("127.0.0") << true;
    QTest::newRow("hex") << QStringLiteral("0x7f.0.0.1") << true;
    QTest::newRow("one number") << QStringLiteral("2130706433") << true;

    // Names that go to DNS.
    QTest::newRow("app.localhost") << QStringLiteral("app.localhost") << false;
    QTest::newRow("APP.LOCALHOST") << QStringLiteral("APP.LOCALHOST") << false;
    QTest::newRow("localhost.") << QStringLiteral("localhost.") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
    QTest::newRow("127.example.com") << QStringLiteral("127.example.com") << false;
    QTest::newRow("127.0.0.1.") << QStringLiteral("127.0.0.1.") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    // Octal: the connection goes to 87.0.0.1.
    QTest::newRow("0127.0.0.1") << QStringLiteral("0127.0.0.1") << false;
    QTest::newRow("127.0.0.256") << QStringLiteral("127.0.0.256") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("link local") << QStringLiteral("fe80::1") << false;
    QTest::newRow("compatible, not mapped") << QStringLiteral("::127.0.0.1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstLoopback::isLoopbackHost()
{
    QFETCH(QString, host);
    QTEST(Parlance::Core::isLoopbackHost(host), "loopback");
}

QTEST_GUILESS_MAIN(TstLoopback)
#include "tst_loopback.moc"
