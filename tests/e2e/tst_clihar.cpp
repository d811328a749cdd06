// parlance-cli chat/compare --har FILE against the simulated gateway and a gateway that echoes
// the token, over real sockets: every attempt is in the file, in HAR 1.2 structure, with no
// credential in any spelling unless --har-include-credentials asked for it.
#include "../support/echogateway.h"
#include "../support/harvalidator.h"
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

namespace {

const QString kToken = QStringLiteral("dapi-har-e2e-token-Qw8Er7Ty6U");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray entriesOf(const QByteArray &har)
{
    return QJsonDocument::fromJson(har)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

QJsonObject part(const QJsonArray &entries, int i, const char *name)
{
    return entries.at(i).toObject().value(QLatin1String(name)).toObject();
}

QString header(const QJsonObject &message, const QString &name)
{
    for (const QJsonValue &h : message.value(QLatin1String("headers")).toArray()) {
        if (h.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive)
            == 0)
            return h.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

} // namespace

class TstCliHar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chatWritesEveryAttempt();
    void includeCredentialsKeepsTheToken();
    void echoedTokenIsNowhere_data();
    void echoedTokenIsNowhere();
    void failedAttemptIsRecorded();
    void compareWritesEveryColumn();
    void usageMistakes_data();
    void usageMistakes();
    void unwritableFileFailsAfterTheAnswer();

private:
    QStringList databricks() const
    {
        return {QStringLiteral("--host"), m_gateway.url().toString()};
    }
    QString harPath(const QString &name) const { return m_dir.filePath(name); }

    SimulatedGateway m_gateway;
    EchoGateway m_echo;
    CliRunner m_cli;
    QTemporaryDir m_dir;
};

void TstCliHar::initTestCase()
{
    QVERIFY(m_gateway.listen());
    QVERIFY(m_echo.listen());
    QVERIFY(m_dir.isValid());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"), kToken);
    m_cli.env().insert(QStringLiteral("OPENAI_API_KEY"), kToken);
}

void TstCliHar::chatWritesEveryAttempt()
{
    // demo-flaky answers 429 (Retry-After: 1) once, then the answer: two attempts.
    const QString path = harPath(QStringLiteral("flaky.har"));
    const CliResult r
        = m_cli.run(databricks()
                    + QStringList{QStringLiteral("chat"), QStringLiteral("demo-flaky"),
                                  QStringLiteral("--har"), path, QStringLiteral("hi")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("You said: hi")); // the file takes nothing from stdout
    QVERIFY2(!r.err.contains("plain text"), r.err.constData());

    const QByteArray har = readFile(path);
    const QStringList problems = HarValidator::validate(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonArray entries = entriesOf(har);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(part(entries, 0, "response").value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(header(part(entries, 0, "response"), QStringLiteral("Retry-After")),
             QStringLiteral("1"));
    QCOMPARE(part(entries, 1, "response").value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("_attempt")).toInt(), 1);
    QCOMPARE(entries.at(1).toObject().value(QLatin1String("_attempt")).toInt(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject request = part(entries, i, "request");
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QVERIFY(request.value(QLatin1String("url")).toString().endsWith(u"/chat/completions"));
        QCOMPARE(header(request, QStringLiteral("Authorization")), QStringLiteral("Bearer ****"));
        QVERIFY(request.value(QLatin1String("postData"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(u"\"hi\""));
    }
    // The answer streamed: its events, with the time each arrived.
    const QJsonObject answer = part(entries, 1, "response");
    QVERIFY(answer.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("mimeType"))
                .toString()
                .startsWith(u"text/event-stream"));
    QVERIFY(answer.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("text"))
                .toString()
                .contains(u"chat.completion.chunk"));
    QVERIFY(!answer.value(QLatin1String("_eventTimesMs")).toArray().isEmpty());
    QVERIFY(part(entries, 1, "timings").value(QLatin1String("wait")).toDouble() >= 0);
    for (const QByteArray &spelling : EchoGateway::spellings(kToken))
        QVERIFY2(!har.contains(spelling), har.constData());
}

void TstCliHar::includeCredentialsKeepsTheToken()
{
    const QString path = harPath(QStringLiteral("credentials.har"));
    const CliResult r = m_cli.run(
        databricks()
        + QStringList{QStringLiteral("--header"), QStringLiteral("X-Team-Secret: team-value-31"),
                      QStringLiteral("chat"), QStringLiteral("demo-flaky"), QStringLiteral("--har"),
                      path, QStringLiteral("--har-include-credentials"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("plain text"), r.err.constData());
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    // The warning names the file, never what is in it.
    QVERIFY(!r.err.contains(kToken.toUtf8()));
    const QByteArray har = readFile(path);
    QVERIFY(HarValidator::validate(har).isEmpty());
    const QJsonArray entries = entriesOf(har);
    QCOMPARE(entries.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(header(part(entries, i, "request"), QStringLiteral("Authorization")),
                 QStringLiteral("Bearer ") + kToken);
        QCOMPARE(header(part(entries, i, "request"), QStringLiteral("X-Team-Secret")),
                 QStringLiteral("team-value-31"));
    }
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TstCliHar::echoedTokenIsNowhere_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QStringList>("flags");
    for (const QByteArray &model : EchoGateway::modes()) {
        QTest::addRow("%s", model.constData()) << model << QStringList();
        QTest::addRow("%s basic", model.constData())
            << model << QStringList{QStringLiteral("--auth"), QStringLiteral("basic")};
        QTest::addRow("%s no-stream", model.constData())
            << model << QStringList{QStringLiteral("--no-stream")};
    }
}

void TstCliHar::echoedTokenIsNowhere()
{
    QFETCH(QByteArray, model);
    QFETCH(QStringList, flags);
    const QString path = harPath(QStringLiteral("echo.har"));
    QFile::remove(path);
    const CliResult r
        = m_cli.run(QStringList{QStringLiteral("--base-url"), m_echo.baseUrl().toString(),
                                QStringLiteral("--retries"), QStringLiteral("0")}
                    + flags
                    + QStringList{QStringLiteral("chat"), QString::fromUtf8(model),
                                  QStringLiteral("--har"), path, QStringLiteral("hi")});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode >= 0 && r.exitCode <= 4, r.err.constData());
    const QByteArray har = readFile(path);
    QVERIFY2(!har.isEmpty(), r.err.constData());
    const QStringList problems = HarValidator::validate(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(!entriesOf(har).isEmpty());
    for (const QByteArray &spelling : EchoGateway::spellings(kToken))
        QVERIFY2(!har.contains(spelling), har.left(4000).constData());
    // Masked where it came back, not dropped.
    if (model == "echo-body" || model == "echo-stream" || model == "echo-error")
        QVERIFY2(har.contains("****"), har.left(4000).constData());
    if (model == "echo-redirect")
        QCOMPARE(entriesOf(har).size(), 2); // the redirect hop and the request after it
}

void TstCliHar::failedAttemptIsRecorded()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: the connection is refused
    const QString path = harPath(QStringLiteral("refused.har"));
    const CliResult r = m_cli.run(
        {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port),
         QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("chat"),
         QStringLiteral("m"), QStringLiteral("--har"), path, QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 3);
    const QByteArray har = readFile(path);
    QVERIFY(HarValidator::validate(har).isEmpty());
    const QJsonArray entries = entriesOf(har);
    QCOMPARE(entries.size(), 1);
    const QJsonObject response = part(entries, 0, "response");
    QCOMPARE(response.value(QLatin1String("status")).toInt(-1), 0);
    QVERIFY(!response.value(QLatin1String("_error")).toString().isEmpty());
    QCOMPARE(response.value(QLatin1String("_errorKind")).toString(), QStringLiteral("network"));
}

void TstCliHar::compareWritesEveryColumn()
{
    const QString path = harPath(QStringLiteral("compare.har"));
    const CliResult r
        = m_cli.run(databricks()
                    + QStringList{QStringLiteral("compare"), QStringLiteral("--models"),
                                  QStringLiteral("demo-echo,demo-lorem@responses"),
                                  QStringLiteral("--har"), path, QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray har = readFile(path);
    QVERIFY(HarValidator::validate(har).isEmpty());
    const QJsonArray entries = entriesOf(har);
    QCOMPARE(entries.size(), 2);
    QStringList sources;
    for (const QJsonValue &entry : entries)
        sources.append(entry.toObject().value(QLatin1String("_source")).toString());
    sources.sort();
    QCOMPARE(sources,
             (QStringList{QStringLiteral("demo-echo"), QStringLiteral("demo-lorem@responses")}));
    QVERIFY(!har.contains(kToken.toUtf8()));
}

void TstCliHar::usageMistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("models --har") << QStringList{QStringLiteral("models"), QStringLiteral("--har"),
                                                 QStringLiteral("x.har")}
                                  << QByteArray("--har is for chat and compare");
    QTest::newRow("credentials without --har")
        << QStringList{QStringLiteral("chat"), QStringLiteral("demo-echo"),
                       QStringLiteral("--har-include-credentials"), QStringLiteral("hi")}
        << QByteArray("--har-include-credentials goes with --har FILE");
    QTest::newRow("--har without a file")
        << QStringList{QStringLiteral("chat"), QStringLiteral("demo-echo"), QStringLiteral("hi"),
                       QStringLiteral("--har")}
        << QByteArray("--har needs a value");
}

void TstCliHar::usageMistakes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const CliResult r = m_cli.run(databricks() + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TstCliHar::unwritableFileFailsAfterTheAnswer()
{
    const QString path = harPath(QStringLiteral("no/such/folder/x.har"));
    const CliResult r
        = m_cli.run(databricks()
                    + QStringList{QStringLiteral("chat"), QStringLiteral("demo-echo"),
                                  QStringLiteral("--har"), path, QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray("You said: hi"));
    QVERIFY2(r.err.contains("Could not write"), r.err.constData());
}

QTEST_GUILESS_MAIN(TstCliHar)
#include "tst_clihar.moc"
