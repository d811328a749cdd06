// How parlance-cli finds its connection and token, what it sends as credentials, and where it
// refuses to send them.
#include "clirunner.h"
#include "config/profilestore.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

static const QString kToken = QStringLiteral("dapi-connection-token-0123456789ab");

class TstCliConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authModes_data();
    void authModes();
    void wrongTokenIs401();
    void noTokenSent401SaysHowToGiveOne();
    void tokenFromStdin();
    void openAiWithoutKeySendsNoAuth();
    void extraHeadersAndGatewayPath();
    void redirectToOtherHostDropsAuthorization();
    void redirectToSameHostKeepsAuthorization();
    void databricksCfgProfile();
    void savedProfile();
    void simCommandServesUntilSigterm();

private:
    SimulatedGateway m_gateway;
    SimulatedGateway m_other; // "another host": reached as localhost, not 127.0.0.1
};

void TstCliConnection::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_gateway.setRequiredToken(kToken);
    QVERIFY(m_other.listen());
}

void TstCliConnection::authModes_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("bearer") << QStringLiteral("bearer") << QStringLiteral("Bearer");
    QTest::newRow("basic token:<token>") << QStringLiteral("basic") << QStringLiteral("Basic");
}

void TstCliConnection::authModes()
{
    QFETCH(QString, auth);
    QFETCH(QString, scheme);
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    const CliResult r = cli.run({QStringLiteral("--host"), m_gateway.url().toString(),
                                 QStringLiteral("--auth"), auth, QStringLiteral("chat"),
                                 QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));
    QCOMPARE(m_gateway.requests().last().authorizationScheme, scheme);
}

void TstCliConnection::wrongTokenIs401()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                     QStringLiteral("dapi-wrong-wrong-wrong-0000"));
    const CliResult r
        = cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("models")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("parlance-cli: error: HTTP 401 UNAUTHENTICATED: "),
             r.err.constData());
    QVERIFY(r.err.contains("check the token"));
    QVERIFY(!r.err.contains("wrong-wrong"));
    QVERIFY2(!r.err.contains("hint:"), r.err.constData()); // a token was sent
}

void TstCliConnection::noTokenSent401SaysHowToGiveOne()
{
    struct Case
    {
        QStringList args;
        QByteArray variable;
        QByteArray also;
    };
    const QString openAi = m_gateway.url().toString() + QStringLiteral("/v1");
    const QList<Case> cases{
        // No OPENAI_API_KEY: an OpenAI-compatible server may need none, so none is sent.
        {{QStringLiteral("--base-url"), openAi, QStringLiteral("models")}, "OPENAI_API_KEY", ""},
        {{QStringLiteral("--base-url"), openAi, QStringLiteral("chat"), QStringLiteral("demo-echo"),
          QStringLiteral("hi")},
         "OPENAI_API_KEY",
         ""},
        {{QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("--auth"),
          QStringLiteral("none"), QStringLiteral("chat"), QStringLiteral("demo-echo"),
          QStringLiteral("hi")},
         "DATABRICKS_TOKEN",
         "--auth none"},
        {{QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("--auth"),
          QStringLiteral("none"), QStringLiteral("sql"), QStringLiteral("--warehouse"),
          QStringLiteral("sim-warehouse"), QStringLiteral("--statement"),
          QStringLiteral("SELECT 1")},
         "DATABRICKS_TOKEN",
         "--auth none"},
    };
    for (const Case &c : cases) {
        CliRunner cli;
        const CliResult r = cli.run(c.args);
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("parlance-cli: error: HTTP 401 "), r.err.constData());
        QVERIFY2(!lines.at(0).contains("check the token"), r.err.constData()); // there was none
        QVERIFY2(lines.at(1).startsWith("parlance-cli: hint: no token was sent"),
                 r.err.constData());
        QVERIFY2(lines.at(1).contains(c.variable), r.err.constData());
        QVERIFY2(lines.at(1).contains("--token-stdin"), r.err.constData());
        QVERIFY2(lines.at(1).contains("--profile NAME"), r.err.constData());
        QVERIFY2(lines.at(1).contains(c.also), r.err.constData());
    }
}

void TstCliConnection::tokenFromStdin()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                     QStringLiteral("dapi-env-token-is-overridden-00"));
    const CliResult r = cli.run({QStringLiteral("--host"), m_gateway.url().toString(),
                                 QStringLiteral("--token-stdin"), QStringLiteral("chat"),
                                 QStringLiteral("demo-echo"), QStringLiteral("hi")},
                                QByteArray(kToken.toUtf8() + "\n"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));

    const CliResult empty = cli.run({QStringLiteral("--host"), m_gateway.url().toString(),
                                     QStringLiteral("--token-stdin"), QStringLiteral("models")});
    QCOMPARE(empty.exitCode, 1);
}

void TstCliConnection::openAiWithoutKeySendsNoAuth()
{
    CliRunner cli; // no OPENAI_API_KEY: like Ollama or llama.cpp
    const CliResult r
        = cli.run({QStringLiteral("--base-url"), m_other.url().toString() + QStringLiteral("/v1"),
                   QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_other.requests().last().authorizationPresent, false);

    cli.env().insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-local-test-key-1234"));
    QCOMPARE(cli.run({QStringLiteral("--base-url"),
                      m_other.url().toString() + QStringLiteral("/v1"), QStringLiteral("models")})
                 .exitCode,
             0);
    QCOMPARE(m_other.requests().last().authorizationScheme, QStringLiteral("Bearer"));
}

void TstCliConnection::extraHeadersAndGatewayPath()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    const CliResult r
        = cli.run({QStringLiteral("--host"), m_gateway.url().toString(),
                   QStringLiteral("--gateway-path"), QStringLiteral("/serving-endpoints"),
                   QStringLiteral("--header"), QStringLiteral("X-Custom: one two"),
                   QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto request = m_gateway.requests().last();
    QCOMPARE(request.path, QStringLiteral("/serving-endpoints/chat/completions"));
    QCOMPARE(request.headers.value(QStringLiteral("x-custom")), QStringLiteral("one two"));
}

void TstCliConnection::redirectToOtherHostDropsAuthorization()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    const QString other = QStringLiteral("http://localhost:%1").arg(m_other.port());
    const int before = m_other.requests().size();
    const CliResult r
        = cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("--header"),
                   QStringLiteral("X-Sim-Fault: redirect=") + other, QStringLiteral("--header"),
                   QStringLiteral("X-Api-Key: also-secret-value-1234"), QStringLiteral("--inspect"),
                   QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));
    QCOMPARE(m_other.requests().size(), before + 1);
    const auto redirected = m_other.requests().last();
    QCOMPARE(redirected.authorizationPresent, false);
    QVERIFY(!redirected.headers.contains(QStringLiteral("x-api-key")));
    QVERIFY(r.err.contains(QByteArray("* redirected to " + other.toUtf8())));
}

void TstCliConnection::redirectToSameHostKeepsAuthorization()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    // The required token makes the gateway refuse the second hop if Authorization went missing.
    const CliResult r
        = cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("--header"),
                   QStringLiteral("X-Sim-Fault: redirect=") + m_gateway.url().toString(),
                   QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));
    const auto hop = m_gateway.requests().last();
    QVERIFY2(hop.path.contains(QStringLiteral("sim-redirected")), qPrintable(hop.path));
    QCOMPARE(hop.authorizationScheme, QStringLiteral("Bearer"));
}

void TstCliConnection::databricksCfgProfile()
{
    CliRunner cli;
    const QString cfgPath = cli.home() + QStringLiteral("/custom.databrickscfg");
    QFile cfg(cfgPath);
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(QByteArray("[DEFAULT]\nhost = https://default.invalid\n\n[sim]\nhost = "
                         + m_gateway.url().toEncoded() + "\ntoken = " + kToken.toUtf8() + "\n"));
    cfg.close();
    cli.env().insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), cfgPath);
    const CliResult r
        = cli.run({QStringLiteral("--profile"), QStringLiteral("sim"), QStringLiteral("chat"),
                   QStringLiteral("demo-echo"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: hi"));

    cli.env().insert(QStringLiteral("DATABRICKS_CONFIG_PROFILE"), QStringLiteral("sim"));
    QCOMPARE(cli.run({QStringLiteral("models")}).exitCode, 0);

    const CliResult listed = cli.run({QStringLiteral("profiles")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QByteArray("sim\tdatabricks\t" + m_gateway.url().toEncoded())),
             listed.out.constData());
    QVERIFY(!listed.out.contains(kToken.toUtf8()));

    const CliResult unknown
        = cli.run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("models")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("nope"));
}

void TstCliConnection::savedProfile()
{
    CliRunner cli;
    // Where parlance-cli (organization Parlance, application parlance) keeps its connections.
    const QString dir = cli.home() + QStringLiteral("/.config/Parlance/parlance");
    QVERIFY(QDir().mkpath(dir));
    Parlance::Config::ProfileStore store(dir + QStringLiteral("/connections.ini"));
    Parlance::Core::Connection connection;
    connection.name = QStringLiteral("local-sim");
    connection.kind = Parlance::Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_other.url().toString() + QStringLiteral("/v1"));
    connection.auth = Parlance::Core::Connection::Auth::None;
    QVERIFY(store.save(connection));

    const CliResult listed = cli.run({QStringLiteral("profiles")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("local-sim\topenai\t"), listed.out.constData());

    const CliResult r
        = cli.run({QStringLiteral("--profile"), QStringLiteral("local-sim"), QStringLiteral("chat"),
                   QStringLiteral("demo-echo"), QStringLiteral("saved")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("You said: saved"));
}

void TstCliConnection::simCommandServesUntilSigterm()
{
    QProcess sim;
    sim.start(CliRunner::program(),
              {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
    const QByteArray line = sim.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    const QString url = QString::fromUtf8(line.mid(int(qstrlen("listening on "))));

    CliRunner cli;
    const CliResult r = cli.run({QStringLiteral("--base-url"), url + QStringLiteral("/v1"),
                                 QStringLiteral("chat"), QStringLiteral("demo-echo"),
                                 QStringLiteral("via sim process")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("You said: via sim process"));

    sim.terminate(); // SIGTERM
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstCliConnection)
#include "tst_cliconnection.moc"
