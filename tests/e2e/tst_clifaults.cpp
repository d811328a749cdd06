// Every fault the simulated gateway can stage, and every exit code of the CLI contract:
// 0 ok, 1 usage/configuration, 2 gateway error status, 3 network, 4 protocol.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

static const QString kToken = QStringLiteral("dapi-fault-token-abcdef0123456789");

class TstCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void jsonSaysIncomplete_data();
    void jsonSaysIncomplete();
    void flakyRetriesAfterRetryAfter();
    void serverErrorRetriedThenReported();
    void retriesZeroMeansOneAttempt();
    void stallPastIdleTimeout();
    void maxTimeEndsTheWholeCall();
    void maxResponseStopsAnEndlessAnswer();
    void connectionRefused();
    void usageErrors_data();
    void usageErrors();
    void missingTokenForDatabricks();
    void tokenNeverPrinted();

private:
    QStringList base(const QString &fault, const QString &api = QStringLiteral("chat")) const;
    SimulatedGateway m_gateway;
    CliRunner m_cli;
};

void TstCliFaults::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
}

QStringList TstCliFaults::base(const QString &fault, const QString &api) const
{
    QStringList args{QStringLiteral("--host"), m_gateway.url().toString(),
                     QStringLiteral("--retries"), QStringLiteral("0")};
    if (!fault.isEmpty())
        args << QStringLiteral("--header") << QStringLiteral("X-Sim-Fault: ") + fault;
    args << QStringLiteral("chat") << QStringLiteral("demo-lorem") << QStringLiteral("--api") << api
         << QStringLiteral("--max-tokens") << QStringLiteral("40");
    return args;
}

void TstCliFaults::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrHas");
    QTest::addColumn<bool>("partialKept");

    for (const char *api : {"chat", "responses", "invocations"}) {
        const QString a = QString::fromLatin1(api);
        QTest::addRow("%s disconnect", api)
            << QStringLiteral("disconnect") << a << true << 4 << QByteArray("protocol:") << true;
        QTest::addRow("%s no-done", api)
            << QStringLiteral("no-done") << a << true << 4 << QByteArray("protocol:") << true;
        QTest::addRow("%s malformed", api)
            << QStringLiteral("malformed") << a << true << 4 << QByteArray("protocol:") << true;
        QTest::addRow("%s malformed no-stream", api)
            << QStringLiteral("malformed") << a << false << 4 << QByteArray("protocol:") << false;
        QTest::addRow("%s html502", api)
            << QStringLiteral("html502") << a << true << 2
            << QByteArray("HTTP 502 BAD_GATEWAY: 502 Bad Gateway") << false;
        QTest::addRow("%s status 500", api) << QStringLiteral("status=500") << a << true << 2
                                            << QByteArray("HTTP 500 INTERNAL_ERROR") << false;
        QTest::addRow("%s status 404", api)
            << QStringLiteral("status=404") << a << false << 2 << QByteArray("HTTP 404") << false;
    }
    QTest::newRow("chat mid-stream error")
        << QStringLiteral("mid-stream-error") << QStringLiteral("chat") << true << 2
        << QByteArray("simulated failure mid-stream") << true;
    QTest::newRow("disconnect no-stream") << QStringLiteral("disconnect") << QStringLiteral("chat")
                                          << false << 4 << QByteArray("protocol:") << false;
}

void TstCliFaults::faults()
{
    QFETCH(QString, fault);
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrHas);
    QFETCH(bool, partialKept);
    QStringList args = base(fault, api);
    if (!stream)
        args << QStringLiteral("--no-stream");
    args << QStringLiteral("go");
    const CliResult r = m_cli.run(args);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == exitCode,
             QByteArray(QByteArray::number(r.exitCode) + " " + r.err).constData());
    QVERIFY2(r.err.contains(stderrHas), r.err.constData());
    QVERIFY(r.err.startsWith("parlance-cli: error: ") || r.err.contains("\nparlance-cli: error: "));
    if (partialKept)
        QVERIFY2(!r.out.isEmpty(), "text printed before the failure must stay");
}

void TstCliFaults::jsonSaysIncomplete_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("incomplete");
    for (const char *api : {"chat", "responses", "invocations"}) {
        const QString a = QString::fromLatin1(api);
        QTest::addRow("%s complete", api) << QString() << a << true << false;
        QTest::addRow("%s complete no-stream", api) << QString() << a << false << false;
        QTest::addRow("%s disconnect", api) << QStringLiteral("disconnect") << a << true << true;
        QTest::addRow("%s no-done", api) << QStringLiteral("no-done") << a << true << true;
        // Failed before a word of the answer: nothing partial to warn about.
        QTest::addRow("%s status 500", api) << QStringLiteral("status=500") << a << true << false;
        QTest::addRow("%s malformed no-stream", api)
            << QStringLiteral("malformed") << a << false << false;
    }
    QTest::newRow("chat mid-stream error")
        << QStringLiteral("mid-stream-error") << QStringLiteral("chat") << true << true;
}

void TstCliFaults::jsonSaysIncomplete()
{
    QFETCH(QString, fault);
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(bool, incomplete);
    QStringList args = base(fault, api) << QStringLiteral("--json");
    if (!stream)
        args << QStringLiteral("--no-stream");
    const CliResult r = m_cli.run(args << QStringLiteral("go"));
    QVERIFY(r.finished);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QLatin1String("incomplete")).isBool(), r.out.constData());
    QCOMPARE(o.value(QLatin1String("incomplete")).toBool(), incomplete);
    QCOMPARE(o.value(QLatin1String("error")).isNull(), fault.isEmpty());
    if (incomplete)
        QVERIFY2(!o.value(QLatin1String("text")).toString().isEmpty(), r.out.constData());
}

void TstCliFaults::flakyRetriesAfterRetryAfter()
{
    // demo-flaky answers 429 + Retry-After: 1 to every other request: one retry gets through.
    QElapsedTimer clock;
    clock.start();
    const CliResult r
        = m_cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("chat"),
                     QStringLiteral("demo-flaky"), QStringLiteral("--json"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(clock.elapsed() >= 900, "Retry-After: 1 must be honoured");
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("http")).toObject().value(QLatin1String("attempts")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("You said: hi"));

    // Without --json the retry is announced on stderr, the answer alone on stdout.
    const CliResult text
        = m_cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("chat"),
                     QStringLiteral("demo-flaky"), QStringLiteral("hi")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("You said: hi"));
    QVERIFY2(text.err.contains("HTTP 429"), text.err.constData());
    QVERIFY(text.err.contains("retrying in 1.0 s"));
}

void TstCliFaults::serverErrorRetriedThenReported()
{
    const CliResult r
        = m_cli.run({QStringLiteral("--host"), m_gateway.url().toString(),
                     QStringLiteral("--retries"), QStringLiteral("2"), QStringLiteral("--header"),
                     QStringLiteral("X-Sim-Fault: status=503"), QStringLiteral("chat"),
                     QStringLiteral("demo-echo"), QStringLiteral("--json"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("http")).toObject().value(QLatin1String("attempts")).toInt(), 3);
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 503);
    QCOMPARE(error.value(QLatin1String("code")).toString(),
             QStringLiteral("TEMPORARILY_UNAVAILABLE"));
    QVERIFY(r.err.contains("parlance-cli: error: HTTP 503 TEMPORARILY_UNAVAILABLE: "));

    const CliResult demoError
        = m_cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("chat"),
                     QStringLiteral("demo-error"), QStringLiteral("hi")});
    QCOMPARE(demoError.exitCode, 2);
    QCOMPARE(demoError.out, QByteArray());
    QCOMPARE(
        demoError.err,
        QByteArray("parlance-cli: error: HTTP 400 BAD_REQUEST: demo-error always fails: this is "
                   "the simulated gateway's error model.\n"));
}

void TstCliFaults::retriesZeroMeansOneAttempt()
{
    const int before = m_gateway.requests().size();
    const CliResult r = m_cli.run(base(QStringLiteral("status=500")) << QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_gateway.requests().size(), before + 1);
}

void TstCliFaults::stallPastIdleTimeout()
{
    QElapsedTimer clock;
    clock.start();
    const CliResult r = m_cli.run(QStringList{QStringLiteral("--timeout"), QStringLiteral("1")}
                                      + base(QStringLiteral("stall"))
                                  << QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(clock.elapsed() < 15000);
    QVERIFY2(r.err.contains("parlance-cli: error: timeout: "), r.err.constData());
    QVERIFY2(!r.out.isEmpty(), "the delta before the stall stays printed");
    QVERIFY(r.err.contains("incomplete"));
}

void TstCliFaults::maxTimeEndsTheWholeCall()
{
    // The idle timeout alone would wait 60 s; the deadline ends it after 1 s, keeping the text.
    const CliResult r = m_cli.run(QStringList{QStringLiteral("--timeout"), QStringLiteral("60"),
                                              QStringLiteral("--max-time"), QStringLiteral("1")}
                                      + base(QStringLiteral("stall"))
                                  << QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("limit of 1 s"), r.err.constData());
    QVERIFY2(!r.out.isEmpty(), "the delta before the stall stays printed");
    const CliResult bad
        = m_cli.run(QStringList{QStringLiteral("--max-time"), QStringLiteral("0")} + base({})
                    << QStringLiteral("hi"));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("--max-time"), bad.err.constData());
}

void TstCliFaults::maxResponseStopsAnEndlessAnswer()
{
    QStringList args
        = QStringList{QStringLiteral("--max-response-mb"), QStringLiteral("1")} + base({});
    args.replace(args.indexOf(QStringLiteral("40")), QStringLiteral("400000"));
    const CliResult r
        = m_cli.run(QStringList(args) << QStringLiteral("--json") << QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 4);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(result.value(u"incomplete").toBool(), r.out.left(2000).constData());
    QVERIFY(result.value(u"text").toString().size() > 1000); // what arrived is kept
    QVERIFY2(result.value(u"error").toObject().value(u"message").toString().contains(u"1.0 MB"),
             r.out.right(2000).constData());
}

void TstCliFaults::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // find a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const CliResult r = m_cli.run(
        {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port),
         QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("chat"),
         QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("parlance-cli: error: network: "), r.err.constData());
}

void TstCliFaults::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList{} << QByteArray("no command");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("chatt")} << QByteArray("unknown command");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("chat")}
        << QByteArray("unknown option");
    QTest::newRow("token in argv")
        << QStringList{QStringLiteral("--token"), QStringLiteral("x"), QStringLiteral("chat")}
        << QByteArray("never taken from the command line");
    QTest::newRow("bad api") << QStringList{QStringLiteral("chat"), QStringLiteral("--api"),
                                            QStringLiteral("soap")}
                             << QByteArray("--api");
    QTest::newRow("bad temperature")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--temperature"),
                       QStringLiteral("hot")}
        << QByteArray("--temperature");
    QTest::newRow("bad param") << QStringList{QStringLiteral("chat"), QStringLiteral("--param"),
                                              QStringLiteral("x={")}
                               << QByteArray("--param");
    QTest::newRow("bad header") << QStringList{QStringLiteral("--header"),
                                               QStringLiteral("nocolon"), QStringLiteral("chat")}
                                << QByteArray("--header");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("chat"), QStringLiteral("--max-tokens")}
        << QByteArray("needs a value");
    QTest::newRow("chat without prompt")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                       QStringLiteral("chat"), QStringLiteral("m")}
        << QByteArray("MODEL and a PROMPT");
    QTest::newRow("no connection")
        << QStringList{QStringLiteral("models")} << QByteArray("No connection");
    QTest::newRow("two connections")
        << QStringList{QStringLiteral("--host"), QStringLiteral("https://a"),
                       QStringLiteral("--base-url"), QStringLiteral("http://b"),
                       QStringLiteral("models")}
        << QByteArray("");
    QTest::newRow("http token to remote")
        << QStringList{QStringLiteral("--host"), QStringLiteral("http://example.invalid"),
                       QStringLiteral("models")}
        << QByteArray("--allow-http");
    QTest::newRow("sql without warehouse")
        << QStringList{QStringLiteral("--host"), QStringLiteral("https://example.invalid"),
                       QStringLiteral("sql"), QStringLiteral("--statement"),
                       QStringLiteral("SELECT 1")}
        << QByteArray("--warehouse");
}

void TstCliFaults::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    CliRunner cli;
    if (!args.contains(QStringLiteral("models")) || args.size() > 1)
        cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    const CliResult r = cli.run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("parlance-cli: error: "), r.err.constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TstCliFaults::missingTokenForDatabricks()
{
    CliRunner cli; // no DATABRICKS_TOKEN
    const CliResult r
        = cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("chat"),
                   QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("DATABRICKS_TOKEN"), r.err.constData());
}

void TstCliFaults::tokenNeverPrinted()
{
    // Every output channel of a run that fails in several ways, with --inspect on.
    for (const char *fault :
         {"status=401", "html502", "disconnect", "redirect=http://127.0.0.1:9"}) {
        const CliResult r
            = m_cli.run(QStringList{QStringLiteral("--inspect")} + base(QString::fromLatin1(fault))
                        << QStringLiteral("--json") << QStringLiteral("hi"));
        QVERIFY(r.finished);
        QVERIFY2(!r.out.contains(kToken.toUtf8()) && !r.err.contains(kToken.toUtf8()), fault);
        QVERIFY(!r.err.contains(QByteArray(QByteArray("token:") + kToken.toUtf8()).toBase64()));
    }
}

QTEST_GUILESS_MAIN(TstCliFaults)
#include "tst_clifaults.moc"
