// parlance-cli batch on a SQL warehouse, against the simulated one over real sockets:
// --print-sql snapshots, a run over several result chunks that writes the lines a local run
// writes, a FAILED statement with its SQL state, Ctrl-C cancelling the statement on the
// warehouse, and a stopped warehouse.
#include "clirunner.h"
#include "sim/simulatedgateway.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using Parlance::Sim::SimulatedGateway;

namespace {

// A line without what only a local run measures (or only a warehouse run names): the rest
// must be the same wherever the set ran.
QList<QJsonObject> comparable(const QByteArray &bytes)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        for (const char *key : {"api", "http", "metrics", "usage", "finish_reason"})
            object.remove(QLatin1String(key));
        lines.append(object);
    }
    return lines;
}

int requestsMatching(const SimulatedGateway &gateway, const QString &method,
                     const QString &contains)
{
    int n = 0;
    for (const auto &request : gateway.requests())
        n += request.method == method && request.path.contains(contains) ? 1 : 0;
    return n;
}

} // namespace

class TstCliBatchWarehouse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void printSql_data();
    void printSql();
    void sameLinesAsALocalRun();
    void demoTable();
    void failedStatement();
    void ctrlCCancels();
    void stoppedWarehouse();

private:
    QStringList base(const SimulatedGateway &gateway) const
    {
        return {QStringLiteral("--host"), gateway.url().toString(), QStringLiteral("batch")};
    }
    QString input() const;

    SimulatedGateway m_gateway;
    CliRunner m_cli;
    QTemporaryDir m_dir;
};

void TstCliBatchWarehouse::initTestCase()
{
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                       QStringLiteral("dapi-warehouse-token-0123456789"));
}

void TstCliBatchWarehouse::cleanup()
{
    m_gateway.setSqlWarehouse(100, 1);
    m_gateway.clearRequests();
}

QString TstCliBatchWarehouse::input() const
{
    const QString path = m_dir.filePath(QStringLiteral("set.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(R"({"text":"it's \"quoted\" \\ and `ticked`","topic":"quotes","n":1}
{"text":"Grüße 😀\nzweite Zeile","topic":"unicode","n":2.5}
{"text":null,"topic":"empty","n":null}
{"text":"plain","topic":"select","extra":[1,2],"n":true}
)");
    return path;
}

void TstCliBatchWarehouse::printSql_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("snapshot");
    QTest::newRow("table, template, parameters")
        << QStringList{QStringLiteral("--models"),
                       QStringLiteral("demo-echo,demo-error"),
                       QStringLiteral("--table"),
                       QStringLiteral("main.demo.prompts"),
                       QStringLiteral("--template"),
                       QStringLiteral("Summarise {{text}} ({{topic}})"),
                       QStringLiteral("--max-tokens"),
                       QStringLiteral("64"),
                       QStringLiteral("--temperature"),
                       QStringLiteral("0.5")}
        << QStringLiteral("cli_table.sql");
    QTest::newRow("input, prompt column")
        << QStringList{QStringLiteral("--models"),        QStringLiteral("demo-echo"),
                       QStringLiteral("--input"),         QStringLiteral("IN"),
                       QStringLiteral("--prompt-column"), QStringLiteral("topic")}
        << QStringLiteral("cli_input.sql");
}

// --print-sql needs no connection and no token: nothing is sent.
void TstCliBatchWarehouse::printSql()
{
    QFETCH(QStringList, args);
    QFETCH(QString, snapshot);
    args.replaceInStrings(QStringLiteral("IN"), input());
    CliRunner bare; // no token, no host
    const CliResult r
        = bare.run(QStringList{QStringLiteral("batch")} << args << QStringLiteral("--print-sql"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out),
             QString::fromUtf8(Parlance::Testing::readData(QString(u"batchsql/" + snapshot))));
}

// Over several result chunks, the warehouse run writes the lines a local run writes for the
// same set: same pairs in the same order, same prompts, columns, answers and errors.
void TstCliBatchWarehouse::sameLinesAsALocalRun()
{
    const QString in = input();
    const QStringList set{
        QStringLiteral("--models"),   QStringLiteral("demo-echo,demo-error"),
        QStringLiteral("--input"),    in,
        QStringLiteral("--template"), QStringLiteral("About {{topic}}: {{text}} ({{n}})"),
        QStringLiteral("--check"),    QStringLiteral("contains:About"),
        QStringLiteral("--parallel"), QStringLiteral("1")};
    const CliResult local = m_cli.run(base(m_gateway) << set);
    QCOMPARE(local.exitCode, 2); // demo-error fails every cell

    m_gateway.clearRequests();
    m_gateway.setSqlWarehouse(3, 1);
    const QString out = m_dir.filePath(QStringLiteral("warehouse.jsonl"));
    QStringList onWarehouse = set;
    onWarehouse.removeLast(); // --parallel is for local runs
    onWarehouse.removeLast();
    const CliResult r = m_cli.run(base(m_gateway) << onWarehouse << QStringLiteral("--warehouse")
                                                  << QStringLiteral("sim-warehouse")
                                                  << QStringLiteral("--output") << out);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("8 cells on warehouse sim-warehouse"), r.err.constData());
    QVERIFY2(r.err.contains("4 succeeded, 4 failed"), r.err.constData());
    QCOMPARE(requestsMatching(m_gateway, QStringLiteral("GET"), QStringLiteral("/result/chunks/")),
             2); // 8 rows in chunks of 3: the first came with the statement

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QList<QJsonObject> localLines = comparable(local.out);
    const QList<QJsonObject> warehouseLines = comparable(written);
    QCOMPARE(warehouseLines.size(), 8);
    // A local run writes cells as they finish; order them as the warehouse does.
    std::sort(localLines.begin(), localLines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return std::pair{a.value(QLatin1String("input_index")).toInt(),
                         a.value(QLatin1String("model")).toString()}
               < std::pair{b.value(QLatin1String("input_index")).toInt(),
                           b.value(QLatin1String("model")).toString()};
    });
    for (qsizetype i = 0; i < 8; ++i) {
        QJsonObject expected = localLines.at(i);
        QJsonObject got = warehouseLines.at(i);
        if (!expected.value(QLatin1String("error")).isNull()) {
            // The warehouse reports ai_query's message, without the HTTP status or code.
            QCOMPARE(got.value(QLatin1String("error"))[QLatin1String("message")],
                     expected.value(QLatin1String("error"))[QLatin1String("message")]);
            expected.remove(QLatin1String("error"));
            got.remove(QLatin1String("error"));
        }
        QCOMPARE(got, expected);
    }
    const QJsonObject first = QJsonDocument::fromJson(written.split('\n').first()).object();
    QCOMPARE(first.value(QLatin1String("api")).toString(), QStringLiteral("ai_query"));
    QVERIFY(first.value(QLatin1String("usage"))[QLatin1String("output_tokens")].isNull());
}

void TstCliBatchWarehouse::demoTable()
{
    const CliResult r = m_cli.run(
        base(m_gateway) << QStringLiteral("--models") << QStringLiteral("demo-echo")
                        << QStringLiteral("--table") << QStringLiteral("main.demo.prompts")
                        << QStringLiteral("--warehouse") << QStringLiteral("sim-warehouse"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> lines = comparable(r.out);
    QCOMPARE(lines.size(), 10);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.value(QLatin1String("input_index")).toInt(), i);
        QCOMPARE(line.value(QLatin1String("id")).toInt(), i + 1);
        QCOMPARE(line.value(QLatin1String("text")).toString(),
                 QStringLiteral("You said: ") + line.value(QLatin1String("prompt")).toString());
        // The prompt column is the prompt, not also one of the row's variables.
        QVERIFY(!line.contains(QLatin1String("input_prompt")));
    }
}

void TstCliBatchWarehouse::failedStatement()
{
    const CliResult r = m_cli.run(
        base(m_gateway) << QStringLiteral("--models") << QStringLiteral("demo-echo")
                        << QStringLiteral("--table") << QStringLiteral("main.demo.prompts")
                        << QStringLiteral("--template") << QStringLiteral("{{nope}}")
                        << QStringLiteral("--warehouse") << QStringLiteral("sim-warehouse"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("parlance-cli: error: statement FAILED: BAD_REQUEST: "
                              "[UNRESOLVED_COLUMN.WITH_SUGGESTION]"),
             r.err.constData());
    QVERIFY2(r.err.contains("`nope`") && r.err.contains("SQLSTATE: 42703"), r.err.constData());
}

// Ctrl-C while the statement runs: the CLI cancels it on the warehouse, then exits 130.
void TstCliBatchWarehouse::ctrlCCancels()
{
    m_gateway.setSqlWarehouse(100, 1000000); // stays RUNNING
    QProcess process;
    process.setProcessEnvironment(m_cli.env());
    process.start(CliRunner::program(), base(m_gateway) << QStringLiteral("--models")
                                                        << QStringLiteral("demo-echo")
                                                        << QStringLiteral("--table")
                                                        << QStringLiteral("main.demo.prompts")
                                                        << QStringLiteral("--warehouse")
                                                        << QStringLiteral("sim-warehouse"));
    QVERIFY(process.waitForStarted(10000));
    // Polled at least twice: submitted, and seen RUNNING.
    QTRY_VERIFY_WITH_TIMEOUT(requestsMatching(m_gateway, QStringLiteral("GET"),
                                              QStringLiteral("/api/2.0/sql/statements/"))
                                 >= 2,
                             20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QSignalSpy finished(&process, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("interrupted: statement ")
                 && err.contains("was cancelled on warehouse "
                                 "sim-warehouse"),
             err.constData());
    QCOMPARE(requestsMatching(m_gateway, QStringLiteral("POST"), QStringLiteral("/cancel")), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TstCliBatchWarehouse::stoppedWarehouse()
{
    SimulatedGateway gateway; // its own: this one gets started
    QVERIFY(gateway.listen());
    const QStringList args = base(gateway)
                             << QStringLiteral("--models") << QStringLiteral("demo-echo")
                             << QStringLiteral("--table") << QStringLiteral("main.demo.prompts")
                             << QStringLiteral("--warehouse") << QStringLiteral("sim-stopped");
    const CliResult refused = m_cli.run(args);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith("parlance-cli: error: warehouse sim-stopped is not running: "
                                    "start it in the workspace's SQL Warehouses page or with "
                                    "`databricks warehouses start sim-stopped`"),
             refused.err.constData());

    QNetworkAccessManager network;
    QNetworkRequest start(
        gateway.url().resolved(QUrl(QStringLiteral("/api/2.0/sql/warehouses/sim-stopped/start"))));
    start.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(start, QByteArrayLiteral("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    const CliResult r = m_cli.run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 10);
}

QTEST_GUILESS_MAIN(TstCliBatchWarehouse)
#include "tst_clibatchwarehouse.moc"
