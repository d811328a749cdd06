// parlance-cli batch against the simulated gateway over real sockets: rows × models with one
// model failing, a run killed halfway and resumed, CSV edge cases, malformed input, a 429
// storm, checks (a judge included) and usage errors.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using Parlance::Sim::SimulatedGateway;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &bytes, int *broken = nullptr)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (broken)
                ++*broken;
            continue;
        }
        objects.append(doc.object());
    }
    return objects;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QString pairOf(const QJsonObject &line)
{
    return QString::number(line.value(QLatin1String("input_index")).toInt()) + u'/'
           + line.value(QLatin1String("model")).toString();
}

} // namespace

class TstCliBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsTimesModelsWithOneFailing();
    void killedThenResumed();
    void csvEdgeCases();
    void templateAndPromptColumn();
    void malformedJsonlLine();
    void rateLimitStorm();
    void checks();
    void stdoutWhenNoOutput();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    QStringList batch(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--host"), m_gateway.url().toString(),
                           QStringLiteral("batch")}
               + args;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeJsonlPrompts(const QString &name, int rows)
    {
        QByteArray bytes;
        for (int i = 0; i < rows; ++i)
            bytes += "{\"prompt\":\"question " + QByteArray::number(i) + "\",\"id\":\"q"
                     + QByteArray::number(i) + "\"}\n";
        writeFile(path(name), bytes);
        return path(name);
    }

    SimulatedGateway m_gateway;
    CliRunner m_cli;
    QTemporaryDir m_dir;
};

void TstCliBatch::initTestCase()
{
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                       QStringLiteral("dapi-batch-token-0123456789abcdef"));
}

void TstCliBatch::init()
{
    m_gateway.clearRequests();
}

void TstCliBatch::cleanup()
{
    m_gateway.setTimeScale(1.0);
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(path(name));
}

void TstCliBatch::rowsTimesModelsWithOneFailing()
{
    const QString input = writeJsonlPrompts(QStringLiteral("set.jsonl"), 100);
    const CliResult r = m_cli.run(
        batch({QStringLiteral("--models"), QStringLiteral("demo-echo,demo-lorem,demo-error"),
               QStringLiteral("--input"), input, QStringLiteral("--output"),
               path(QStringLiteral("out.jsonl")), QStringLiteral("--parallel"), QStringLiteral("8"),
               QStringLiteral("--max-tokens"), QStringLiteral("5")}),
        {}, 120000);
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, 2); // demo-error failed at the gateway
    QVERIFY(r.out.isEmpty());
    int broken = 0;
    const QList<QJsonObject> lines = jsonLines(readAll(path(QStringLiteral("out.jsonl"))), &broken);
    QCOMPARE(broken, 0);
    QCOMPARE(lines.size(), 300);
    QSet<QString> pairs;
    for (const QJsonObject &line : lines) {
        pairs.insert(pairOf(line));
        const int index = line.value(QLatin1String("input_index")).toInt();
        const QString model = line.value(QLatin1String("model")).toString();
        QCOMPARE(line.value(QLatin1String("prompt")).toString(),
                 QStringLiteral("question %1").arg(index));
        QCOMPARE(line.value(QLatin1String("id")).toString(), QStringLiteral("q%1").arg(index));
        QVERIFY(line.value(QLatin1String("checks")).isArray());
        if (model == QLatin1String("demo-error")) {
            const QJsonObject error = line.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("status")).toInt(), 400);
            QVERIFY(error.value(QLatin1String("message")).toString().contains(u"demo-error"));
        } else {
            QVERIFY(line.value(QLatin1String("error")).isNull());
            if (model == QLatin1String("demo-echo"))
                QCOMPARE(line.value(QLatin1String("text")).toString(),
                         QStringLiteral("You said: question %1").arg(index));
            else
                QCOMPARE(line.value(QLatin1String("finish_reason")).toString(),
                         QStringLiteral("length"));
        }
    }
    QCOMPARE(pairs.size(), 300); // no pair twice, none missing
    for (int i = 0; i < 100; ++i)
        QVERIFY(pairs.contains(QStringLiteral("%1/demo-lorem").arg(i)));
    // The summary: a row per model.
    QVERIFY2(r.err.contains("batch: 300 cells"), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(
                 QRegularExpression(QStringLiteral("\\n  demo-error +100 +0 +100\\n"))),
             r.err.constData());
}

void TstCliBatch::killedThenResumed()
{
    // demo-slow takes ~0.5 s a cell (times the scale): slow enough to be killed halfway.
    m_gateway.setTimeScale(0.5);
    const QString input = writeJsonlPrompts(QStringLiteral("set.jsonl"), 40);
    const QString out = path(QStringLiteral("out.jsonl"));
    const QStringList args
        = batch({QStringLiteral("--models"), QStringLiteral("demo-slow,demo-echo"),
                 QStringLiteral("--input"), input, QStringLiteral("--output"), out,
                 QStringLiteral("--parallel"), QStringLiteral("4")});

    QProcess process;
    process.setProcessEnvironment(m_cli.env());
    process.start(CliRunner::program(), args);
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(readAll(out).count('\n') >= 20, 60000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const QByteArray before = readAll(out);
    QList<QJsonObject> first = jsonLines(before);
    QVERIFY(first.size() < 80);
    // What a kill in the middle of a write leaves: a line cut short. (It may or may not have
    // happened above; make sure it did.)
    QFile file(out);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"model\":\"demo-slow\",\"input_index\":39,\"text\":\"You sa");
    file.close();

    m_gateway.setTimeScale(0.05);
    m_gateway.clearRequests();
    // Marked, so a request the killed run had on its way is not counted as the resumed run's.
    const CliResult r
        = m_cli.run(args
                        + QStringList{QStringLiteral("--resume"), QStringLiteral("--header"),
                                      QStringLiteral("X-Run: resumed")},
                    {}, 120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("cut short"), r.err.constData());
    int broken = 0;
    const QList<QJsonObject> lines = jsonLines(readAll(out), &broken);
    QCOMPARE(broken, 0); // the cut line is gone, not glued to the next
    QCOMPARE(lines.size(), 80);
    QSet<QString> pairs;
    for (const QJsonObject &line : lines)
        pairs.insert(pairOf(line));
    QCOMPARE(pairs.size(), 80);
    // Only the missing pairs were asked.
    qsizetype resumed = 0;
    for (const Parlance::Sim::RecordedRequest &request : m_gateway.requests())
        resumed += request.headers.value(QStringLiteral("x-run")) == u"resumed" ? 1 : 0;
    QCOMPARE(resumed, qsizetype(80 - first.size()));
    QVERIFY(readAll(out).startsWith(before.left(before.lastIndexOf('\n') + 1)));

    // A second resume finds nothing to do.
    m_gateway.clearRequests();
    const CliResult again = m_cli.run(args + QStringList{QStringLiteral("--resume")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(m_gateway.requests().size(), 0);
    QCOMPARE(jsonLines(readAll(out)).size(), 80);
}

void TstCliBatch::csvEdgeCases()
{
    // BOM, CRLF, quoted commas, doubled quotes, a line break inside quotes, UTF-8, a blank
    // line, and a column named like a key of the result.
    writeFile(path(QStringLiteral("set.csv")), "\xEF\xBB\xBFid,prompt,text\r\n"
                                               "1,\"a, b\",x\r\n"
                                               "2,\"say \"\"hi\"\"\",y\r\n"
                                               "\r\n"
                                               "3,\"two\r\nlines\",z\r\n"
                                               "4,Grüße 世界,w");
    const CliResult r
        = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                           QStringLiteral("--input"), path(QStringLiteral("set.csv")),
                           QStringLiteral("--output"), path(QStringLiteral("out.jsonl"))}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> lines = jsonLines(readAll(path(QStringLiteral("out.jsonl"))));
    QCOMPARE(lines.size(), 4);
    std::sort(lines.begin(), lines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("input_index")).toInt()
               < b.value(QLatin1String("input_index")).toInt();
    });
    const QStringList prompts{QStringLiteral("a, b"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\r\nlines"), QStringLiteral("Grüße 世界")};
    const QStringList texts{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"),
                            QStringLiteral("w")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(lines.at(i).value(QLatin1String("input_index")).toInt(), i);
        QCOMPARE(lines.at(i).value(QLatin1String("prompt")).toString(), prompts.at(i));
        QCOMPARE(lines.at(i).value(QLatin1String("text")).toString(),
                 QStringLiteral("You said: ") + prompts.at(i));
        QCOMPARE(lines.at(i).value(QLatin1String("id")).toString(), QString::number(i + 1));
        QCOMPARE(lines.at(i).value(QLatin1String("input_text")).toString(), texts.at(i));
    }

    // A quote never closed: exit 1, naming where it opened, before anything is sent.
    writeFile(path(QStringLiteral("bad.csv")), "prompt,id\nok,1\n\"open,2\nrest,3\n");
    const CliResult bad
        = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                           QStringLiteral("--input"), path(QStringLiteral("bad.csv"))}));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("bad.csv:3:1: the quoted field that starts here is never closed"),
             bad.err.constData());
    // A ragged row names its line and the field counts.
    writeFile(path(QStringLiteral("ragged.csv")), "prompt,id\nok,1\nshort\n");
    const CliResult ragged
        = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                           QStringLiteral("--input"), path(QStringLiteral("ragged.csv"))}));
    QCOMPARE(ragged.exitCode, 1);
    QVERIFY2(ragged.err.contains("ragged.csv:3: row 1 has 1 fields, but the header has 2"),
             ragged.err.constData());
    QCOMPARE(m_gateway.requests().size(), 4); // only the good file's
}

void TstCliBatch::templateAndPromptColumn()
{
    writeFile(path(QStringLiteral("set.csv")), "question,lang\nWhat is CSV?,German\n");
    const CliResult r = m_cli.run(
        batch({QStringLiteral("--models"), QStringLiteral("demo-echo"), QStringLiteral("--input"),
               path(QStringLiteral("set.csv")), QStringLiteral("--template"),
               QStringLiteral("Answer in {{lang}}: {{ question }}")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QLatin1String("prompt")).toString(),
             QStringLiteral("Answer in German: What is CSV?"));
    QCOMPARE(lines.first().value(QLatin1String("question")).toString(),
             QStringLiteral("What is CSV?"));

    const CliResult column
        = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                           QStringLiteral("--input"), path(QStringLiteral("set.csv")),
                           QStringLiteral("--prompt-column"), QStringLiteral("question")}));
    QVERIFY2(column.exitCode == 0, column.err.constData());
    lines = jsonLines(column.out);
    QCOMPARE(lines.first().value(QLatin1String("text")).toString(),
             QStringLiteral("You said: What is CSV?"));
    QVERIFY(!lines.first().contains(QLatin1String("question")));

    // A variable a row lacks: the row and the variable are named.
    writeFile(path(QStringLiteral("set.jsonl")), "{\"text\":\"a\"}\n{\"txt\":\"b\"}\n");
    const CliResult missing
        = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                           QStringLiteral("--input"), path(QStringLiteral("set.jsonl")),
                           QStringLiteral("--template"), QStringLiteral("Summarise {{text}}")}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(
                 "set.jsonl:2: row 1 has no 'text', which the template needs for {{text}}"),
             missing.err.constData());
}

void TstCliBatch::malformedJsonlLine()
{
    writeFile(
        path(QStringLiteral("set.jsonl")),
        "{\"prompt\":\"one\"}\n{\"prompt\":\"two\"}\n{\"prompt\": two}\n{\"prompt\":\"x\"}\n");
    const QString out = path(QStringLiteral("out.jsonl"));
    const CliResult r = m_cli.run(
        batch({QStringLiteral("--models"), QStringLiteral("demo-echo"), QStringLiteral("--input"),
               path(QStringLiteral("set.jsonl")), QStringLiteral("--output"), out}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(
                 QByteArray("parlance-cli: error: " + path(QStringLiteral("set.jsonl")).toUtf8()
                            + ":3:13: not valid JSON")),
             r.err.constData());
    QCOMPARE(m_gateway.requests().size(), 0); // nothing was sent
    QVERIFY(readAll(out).isEmpty());
}

void TstCliBatch::rateLimitStorm()
{
    // The first 30 requests meet 429 (Retry-After: 1): more than the cells' own retries can
    // absorb at --parallel 8. The run slows down and every cell still finishes.
    const QString input = writeJsonlPrompts(QStringLiteral("set.jsonl"), 16);
    const CliResult r = m_cli.run(
        batch({QStringLiteral("--models"), QStringLiteral("demo-echo"), QStringLiteral("--input"),
               input, QStringLiteral("--parallel"), QStringLiteral("8"), QStringLiteral("--header"),
               QStringLiteral("X-Sim-Fault: rate-limit=30")}),
        {}, 120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 16);
    int retried = 0;
    for (const QJsonObject &line : lines) {
        QVERIFY(line.value(QLatin1String("error")).isNull());
        const int attempts
            = line.value(QLatin1String("http")).toObject().value(QLatin1String("attempts")).toInt();
        retried += attempts > 1 ? 1 : 0;
    }
    QVERIFY(retried > 0);
    QCOMPARE(m_gateway.requests().size(), qsizetype(16 + 30));
    QVERIFY2(r.err.contains("asked again after a rate limit"), r.err.constData());
}

void TstCliBatch::checks()
{
    writeFile(path(QStringLiteral("set.jsonl")),
              "{\"prompt\":\"Paris is in France\"}\n{\"prompt\":\"Rome\"}\n");
    writeFile(path(QStringLiteral("schema.json")), "{\"type\":\"object\"}");
    const CliResult r = m_cli.run(
        batch({QStringLiteral("--models"), QStringLiteral("demo-echo,demo-error"),
               QStringLiteral("--input"), path(QStringLiteral("set.jsonl")),
               QStringLiteral("--check"), QStringLiteral("contains:Paris"),
               QStringLiteral("--check"), QStringLiteral("not-contains:Rome"),
               QStringLiteral("--check"), QStringLiteral("regex:^You said: [A-Z]\\w+$"),
               QStringLiteral("--check"), QStringLiteral("max-length:20"),
               QStringLiteral("--check"), QStringLiteral("json"), QStringLiteral("--check"),
               QStringLiteral("json-schema:") + path(QStringLiteral("schema.json")),
               QStringLiteral("--check"),
               QStringLiteral("judge:demo-echo:Score 0.8 when the answer names a city")}));
    QCOMPARE(r.exitCode, 2);
    QHash<QString, QJsonObject> byPair;
    for (const QJsonObject &line : jsonLines(r.out))
        byPair.insert(pairOf(line), line);
    QCOMPARE(byPair.size(), 4);
    auto passes = [&](const QString &pair) {
        QList<bool> out;
        for (const QJsonValue &check : byPair.value(pair).value(QLatin1String("checks")).toArray())
            out.append(check.toObject().value(QLatin1String("pass")).toBool());
        return out;
    };
    // "You said: Paris is in France" (28 characters) and "You said: Rome" (14).
    QCOMPARE(passes(QStringLiteral("0/demo-echo")),
             (QList<bool>{true, true, false, false, false, false, true}));
    QCOMPARE(passes(QStringLiteral("1/demo-echo")),
             (QList<bool>{false, false, true, true, false, false, true}));
    QCOMPARE(passes(QStringLiteral("0/demo-error")), QList<bool>(7, false));
    // The judge (demo-echo repeats what it was given, the rubric first) scored 0.8.
    const QJsonObject judge = byPair.value(QStringLiteral("0/demo-echo"))
                                  .value(QLatin1String("checks"))
                                  .toArray()
                                  .at(6)
                                  .toObject();
    QCOMPARE(judge.value(QLatin1String("score")).toDouble(), 0.8);
    QVERIFY(judge.value(QLatin1String("detail")).toString().contains(u"Paris is in France"));
    const QJsonObject json = byPair.value(QStringLiteral("0/demo-echo"))
                                 .value(QLatin1String("checks"))
                                 .toArray()
                                 .at(4)
                                 .toObject();
    QVERIFY(json.value(QLatin1String("detail")).toString().startsWith(u"not JSON"));
    // Pass rates per model on stderr: demo-echo 6 of 14 checks.
    QVERIFY2(r.err.contains("42.9% (6/14)"), r.err.constData());
    QVERIFY2(r.err.contains("0.0% (0/14)"), r.err.constData());
}

void TstCliBatch::stdoutWhenNoOutput()
{
    const QString input = writeJsonlPrompts(QStringLiteral("set.jsonl"), 3);
    const CliResult r = m_cli.run(batch({QStringLiteral("--models"), QStringLiteral("demo-echo"),
                                         QStringLiteral("--input"), input}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 3);
    QCOMPARE(jsonLines(r.out).size(), 3);
    QVERIFY(!r.err.contains('\r')); // no progress line: stderr is not a terminal
}

void TstCliBatch::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("error");
    const QString in = QStringLiteral("IN"); // replaced by a real input file
    QTest::newRow("table without a warehouse")
        << QStringList{QStringLiteral("--models"), QStringLiteral("a"), QStringLiteral("--table"),
                       QStringLiteral("c.s.t")}
        << QByteArray("--table is read on a SQL warehouse: add --warehouse ID to run the set "
                      "there, or --print-sql to see the SQL");
    QTest::newRow("print-sql and warehouse")
        << QStringList{QStringLiteral("--models"),
                       QStringLiteral("a"),
                       QStringLiteral("--input"),
                       in,
                       QStringLiteral("--print-sql"),
                       QStringLiteral("--warehouse"),
                       QStringLiteral("w")}
        << QByteArray("--print-sql prints the SQL instead of running it: leave out --warehouse");
    QTest::newRow("input and table")
        << QStringList{QStringLiteral("--models"), QStringLiteral("a"),
                       QStringLiteral("--input"),  in,
                       QStringLiteral("--table"),  QStringLiteral("c.s.t")}
        << QByteArray("batch takes its prompts from --input or from --table, not both");
    QTest::newRow("resume on a warehouse")
        << QStringList{QStringLiteral("--models"),    QStringLiteral("a"),
                       QStringLiteral("--input"),     in,
                       QStringLiteral("--warehouse"), QStringLiteral("w"),
                       QStringLiteral("--resume"),    QStringLiteral("--output"),
                       QStringLiteral("o.jsonl")}
        << QByteArray("--resume is for runs here: a warehouse runs the whole set in one "
                      "statement");
    QTest::newRow("parallel on a warehouse")
        << QStringList{QStringLiteral("--models"),    QStringLiteral("a"),
                       QStringLiteral("--input"),     in,
                       QStringLiteral("--warehouse"), QStringLiteral("w"),
                       QStringLiteral("--parallel"),  QStringLiteral("8")}
        << QByteArray("--parallel is for runs here");
    QTest::newRow("judge on a warehouse")
        << QStringList{QStringLiteral("--models"),
                       QStringLiteral("a"),
                       QStringLiteral("--table"),
                       QStringLiteral("c.s.t"),
                       QStringLiteral("--print-sql"),
                       QStringLiteral("--check"),
                       QStringLiteral("judge:demo-echo:is it good")}
        << QByteArray("--check judge:demo-echo:is it good: a judge asks a model here");
    QTest::newRow("no models") << QStringList{QStringLiteral("--input"), in}
                               << QByteArray("batch needs the models to ask");
    QTest::newRow("no input") << QStringList{QStringLiteral("--models"), QStringLiteral("a")}
                              << QByteArray("batch needs the prompts");
    QTest::newRow("not jsonl or csv")
        << QStringList{QStringLiteral("--models"), QStringLiteral("a"), QStringLiteral("--input"),
                       QStringLiteral("x.txt")}
        << QByteArray("--input x.txt: name a .jsonl or a .csv file");
    QTest::newRow("bad check") << QStringList{QStringLiteral("--models"), QStringLiteral("a"),
                                              QStringLiteral("--input"),  in,
                                              QStringLiteral("--check"),  QStringLiteral("nope")}
                               << QByteArray("unknown --check 'nope'");
    QTest::newRow("bad regex") << QStringList{QStringLiteral("--models"), QStringLiteral("a"),
                                              QStringLiteral("--input"),  in,
                                              QStringLiteral("--check"),  QStringLiteral("regex:(")}
                               << QByteArray("--check regex:( is not a valid regular expression");
    QTest::newRow("bad template") << QStringList{QStringLiteral("--models"),
                                                 QStringLiteral("a"),
                                                 QStringLiteral("--input"),
                                                 in,
                                                 QStringLiteral("--template"),
                                                 QStringLiteral("x {{y")}
                                  << QByteArray("--template: the template opens a placeholder");
    QTest::newRow("resume without output")
        << QStringList{QStringLiteral("--models"), QStringLiteral("a"), QStringLiteral("--input"),
                       in, QStringLiteral("--resume")}
        << QByteArray("--resume continues the run in --output");
    QTest::newRow("output holds results")
        << QStringList{QStringLiteral("--models"), QStringLiteral("a"),
                       QStringLiteral("--input"),  in,
                       QStringLiteral("--output"), QStringLiteral("OLD")}
        << QByteArray("already holds results: pass --resume");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--models"), QStringLiteral("a"),
                                                 QStringLiteral("--input"),
                                                 QStringLiteral("/nonexistent/x.csv")}
                                  << QByteArray("cannot read /nonexistent/x.csv");
}

void TstCliBatch::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, error);
    const QString input = writeJsonlPrompts(QStringLiteral("in.jsonl"), 1);
    writeFile(path(QStringLiteral("old.jsonl")), "{\"input_index\":0,\"model\":\"a\"}\n");
    args.replaceInStrings(QRegularExpression(QStringLiteral("^IN$")), input);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^OLD$")),
                          path(QStringLiteral("old.jsonl")));
    const CliResult r = m_cli.run(batch(args));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("parlance-cli: error: "), r.err.constData());
    QVERIFY2(r.err.contains(error), r.err.constData());
    QCOMPARE(m_gateway.requests().size(), 0);
    QCOMPARE(readAll(path(QStringLiteral("old.jsonl"))),
             QByteArray("{\"input_index\":0,\"model\":\"a\"}\n"));
}

void TstCliBatch::help()
{
    const CliResult r = m_cli.run({QStringLiteral("batch"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--check contains:TEXT"));
    QVERIFY(r.out.contains("--resume"));
    QVERIFY(!r.out.contains("not implemented"));
}

QTEST_GUILESS_MAIN(TstCliBatch)
#include "tst_clibatch.moc"
