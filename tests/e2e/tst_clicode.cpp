// parlance-cli code: the snippets are run as printed against the simulated gateway (curl and
// rest with jq, Python requests, the openai npm package; Databricks and OpenAI-compatible
// connections, streaming and not) and must print the answer to a hostile prompt exactly; the
// sql snippet runs on the simulated warehouse; no token is ever printed; usage and listing.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Parlance::Sim::SimulatedGateway;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"dapi-codegen-token-0123456789abcdef"_s;
const QString kHeaderSecret = u"header-secret-from-the-environment"_s;
// What the command line says for the secret header: never to appear in a snippet.
const QString kHeaderOnCommandLine = u"header-secret-on-the-command-line"_s;
// Quotes, backslashes, a line break, shell expansion, Python's triple quotes, JavaScript's
// template syntax and line separator, a tab, accents and an emoji.
const QString kPrompt = u"It's \"quoted\" \\ back\\slash\nnext line $HOME `date` ${x} $(id) "
                        "''' \"\"\" \u2028 \ttab é 😀 \\n end"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TstCliCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listTargets();
    void usageErrors_data();
    void usageErrors();
    void needsNoToken();
    void noSecretInAnySnippet();
    void snippetsRunAndPrintTheAnswer_data();
    void snippetsRunAndPrintTheAnswer();
    void sqlSnippetRunsOnTheWarehouse();

private:
    QStringList connection(const QString &kind) const;
    Run runProgram(const QString &program, const QStringList &arguments,
                   const QString &workingDirectory);
    QString write(const QString &directory, const QString &name, const QByteArray &code);

    SimulatedGateway m_gateway;
    CliRunner m_cli;
    QProcessEnvironment m_snippetEnv;
    QTemporaryDir m_dir;
    QString m_jsDir;
    int m_files = 0;
};

void TstCliCode::initTestCase()
{
    m_gateway.setRequiredToken(kToken);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
    // Not skips: packaging/install-deps.sh installs them, and without them nothing is run.
    for (const char *tool : {"bash", "curl", "jq", "python3", "node"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is not installed (packaging/install-deps.sh)"_s.arg(
                QString::fromLatin1(tool))));
    }
    // The openai package, installed by the openai_js_npm_ci fixture from the lock file.
    m_jsDir = QStringLiteral(PARLANCE_OPENAI_JS_DIR);
    QVERIFY2(QFile::exists(m_jsDir + u"/node_modules/openai/package.json"_s),
             "the openai npm package is missing: ctest runs the openai_js_npm_ci fixture first");

    // The programs get the credentials the way users give them: in the environment. Proxies
    // are left out, so the loopback gateway is reached directly.
    m_snippetEnv = m_cli.env();
    for (const QString &key : m_snippetEnv.keys()) {
        if (key.endsWith(u"_proxy"_s, Qt::CaseInsensitive))
            m_snippetEnv.remove(key);
    }
    m_snippetEnv.insert(u"DATABRICKS_TOKEN"_s, kToken);
    m_snippetEnv.insert(u"OPENAI_API_KEY"_s, kToken);
    m_snippetEnv.insert(u"X_API_KEY"_s, kHeaderSecret);
    m_snippetEnv.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
}

QStringList TstCliCode::connection(const QString &kind) const
{
    const QString url = m_gateway.url().toString();
    if (kind == u"openai"_s)
        return {u"--base-url"_s, url + u"/v1"_s, u"--auth"_s, u"bearer"_s};
    if (kind == u"databricks-basic"_s)
        return {u"--host"_s, url, u"--auth"_s, u"basic"_s};
    return {u"--host"_s, url};
}

Run TstCliCode::runProgram(const QString &program, const QStringList &arguments,
                           const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(m_snippetEnv);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    // The gateway lives in this thread: keep the event loop turning while the program talks.
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TstCliCode::write(const QString &directory, const QString &name, const QByteArray &code)
{
    const QString path = directory + u'/' + QString::number(++m_files) + u'-' + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(code);
    return path;
}

void TstCliCode::listTargets()
{
    const QStringList ids{u"curl"_s,
                          u"openai-chat"_s,
                          u"openai-responses"_s,
                          u"databricks-openai"_s,
                          u"sql"_s,
                          u"rest"_s,
                          u"mlflow"_s,
                          u"databricks-sdk"_s,
                          u"langchain"_s,
                          u"python-requests"_s,
                          u"openai-js"_s};
    // No connection is needed to list them, with or without `=`, at the end or before an option.
    for (const QStringList &args :
         {QStringList{u"code"_s, u"--target"_s}, QStringList{u"code"_s, u"--target="_s},
          QStringList{u"code"_s, u"--target"_s, u"--no-stream"_s}}) {
        const CliResult r = m_cli.run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(ids.at(i) + u"  "_s), qPrintable(lines.at(i)));
            QVERIFY(lines.at(i).size() > ids.at(i).size() + 4); // a display name follows
        }
    }
}

void TstCliCode::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("listsTargets");
    QTest::newRow("unknown target")
        << QStringList{u"code"_s, u"--target"_s, u"cobol"_s, u"demo-echo"_s, u"Hi"_s}
        << u"'cobol' is not a target of code. The targets:"_s << true;
    // A model given where the target belongs is an unknown target, not a listing.
    QTest::newRow("model as target")
        << QStringList{u"code"_s, u"--target"_s, u"demo-echo"_s, u"Hi"_s}
        << u"'demo-echo' is not a target of code."_s << true;
    QTest::newRow("no target") << QStringList{u"code"_s, u"demo-echo"_s, u"Hi"_s}
                               << u"code needs --target T"_s << true;
    QTest::newRow("no prompt") << QStringList{u"code"_s, u"--target"_s, u"curl"_s, u"demo-echo"_s}
                               << u"code needs a MODEL and a PROMPT"_s << false;
    QTest::newRow("json") << QStringList{u"code"_s,   u"--target"_s,  u"curl"_s,
                                         u"--json"_s, u"demo-echo"_s, u"Hi"_s}
                          << u"--json is not for code"_s << false;
    QTest::newRow("no connection")
        << QStringList{u"code"_s, u"--target"_s, u"curl"_s, u"demo-echo"_s, u"Hi"_s}
        << u"No connection"_s << false;
}

void TstCliCode::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QFETCH(bool, listsTargets);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"parlance-cli: error: "_s), qPrintable(err));
    QVERIFY2(err.contains(error), qPrintable(err));
    QCOMPARE(err.contains(u"\nopenai-responses   OpenAI Responses"_s), listsTargets);
}

// Nothing is sent, so a Databricks connection without any token still gets its snippet.
void TstCliCode::needsNoToken()
{
    const CliResult r
        = m_cli.run(connection(u"databricks"_s)
                    + QStringList{u"code"_s, u"--target"_s, u"curl"_s, u"demo-echo"_s, u"Hi"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("$DATABRICKS_TOKEN"));
    QVERIFY(m_gateway.requests().isEmpty());
}

void TstCliCode::noSecretInAnySnippet()
{
    CliRunner cli;
    cli.env().insert(u"DATABRICKS_TOKEN"_s, kToken);
    cli.env().insert(u"OPENAI_API_KEY"_s, kToken);
    const CliResult list = cli.run({u"code"_s, u"--target"_s});
    for (const QString &line : QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts)) {
        const QString target = line.section(u' ', 0, 0);
        for (const QString &kind : {u"databricks"_s, u"openai"_s, u"databricks-basic"_s}) {
            const CliResult r
                = cli.run(connection(kind)
                          + QStringList{u"--header"_s, u"X-Api-Key: "_s + kHeaderOnCommandLine,
                                        u"code"_s, u"--target"_s, target, u"demo-echo"_s, kPrompt});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QString code = QString::fromUtf8(r.out);
            QVERIFY2(!code.contains(kToken), qPrintable(target + u":\n"_s + code));
            QVERIFY2(!code.contains(kHeaderOnCommandLine), qPrintable(target + u":\n"_s + code));
            if (target != u"sql"_s) { // a warehouse signs in its own way
                QVERIFY2(code.contains(kind == u"openai"_s && !target.contains(u"databricks"_s)
                                               && target != u"mlflow"_s && target != u"langchain"_s
                                           ? u"OPENAI_API_KEY"_s
                                           : u"DATABRICKS_TOKEN"_s),
                         qPrintable(target + u":\n"_s + code));
            }
        }
    }
    QVERIFY(m_gateway.requests().isEmpty());
}

void TstCliCode::snippetsRunAndPrintTheAnswer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("path");          // where the request must arrive
    QTest::addColumn<QString>("authorization"); // the scheme it must carry
    struct Target
    {
        const char *target;
        const char *api;
    };
    const Target targets[] = {
        {"curl", "chat"},
        {"curl", "responses"},
        {"curl", "invocations"},
        {"rest", "chat"},
        {"python-requests", "chat"},
        {"python-requests", "responses"},
        {"python-requests", "invocations"},
        {"openai-js", "chat"},
        {"openai-js", "responses"},
        {"openai-js", "invocations"},
    };
    for (const char *kind : {"databricks", "openai", "databricks-basic"}) {
        const QString base
            = QString::fromLatin1(kind) == u"openai"_s ? u"/v1"_s : u"/ai-gateway/mlflow/v1"_s;
        const bool basic = QString::fromLatin1(kind) == u"databricks-basic"_s;
        for (const bool stream : {true, false}) {
            for (const Target &t : targets) {
                const QString target = QString::fromLatin1(t.target);
                const QString api = QString::fromLatin1(t.api);
                // The OpenAI client signs in with Bearer whatever the connection says.
                if (basic && target == u"openai-js"_s)
                    continue;
                QString path
                    = base + (api == u"responses"_s ? u"/responses"_s : u"/chat/completions"_s);
                if (target == u"rest"_s || (api == u"invocations"_s && target != u"openai-js"_s))
                    path = u"/serving-endpoints/demo-echo/invocations"_s;
                else if (api == u"invocations"_s)
                    path = u"/serving-endpoints/chat/completions"_s;
                QTest::addRow("%s %s %s %s", kind, t.target, t.api, stream ? "stream" : "whole")
                    << QString::fromLatin1(kind) << target << api << stream << path
                    << (basic ? u"Basic"_s : u"Bearer"_s);
            }
        }
    }
}

void TstCliCode::snippetsRunAndPrintTheAnswer()
{
    QFETCH(QString, kind);
    QFETCH(QString, target);
    QFETCH(QString, api);
    QFETCH(bool, stream);
    QFETCH(QString, path);
    QFETCH(QString, authorization);

    QStringList args = connection(kind);
    args << u"--header"_s << u"X-Team: data science"_s << u"--header"_s
         << u"X-Api-Key: "_s + kHeaderOnCommandLine << u"code"_s << u"--target"_s << target
         << u"--api"_s << api << u"--max-tokens"_s << u"500"_s;
    if (!stream)
        args << u"--no-stream"_s;
    args << u"demo-echo"_s << kPrompt;
    const CliResult generated = m_cli.run(args);
    QVERIFY2(generated.exitCode == 0, generated.err.constData());

    m_gateway.clearRequests();
    Run ran;
    if (target == u"curl"_s || target == u"rest"_s) {
        ran = runProgram(u"bash"_s, {write(m_dir.path(), u"snippet.sh"_s, generated.out)},
                         m_dir.path());
    } else if (target == u"python-requests"_s) {
        ran = runProgram(u"python3"_s, {write(m_dir.path(), u"snippet.py"_s, generated.out)},
                         m_dir.path());
    } else {
        // Beside node_modules, where Node finds the openai package.
        ran = runProgram(u"node"_s, {write(m_jsDir, u"snippet.mjs"_s, generated.out)}, m_jsDir);
    }
    const QString context
        = QString::fromUtf8(generated.out) + u"\n--- stderr:\n"_s + QString::fromUtf8(ran.err);
    QVERIFY2(ran.exitCode == 0, qPrintable(context));
    QString out = QString::fromUtf8(ran.out);
    if (out.endsWith(u'\n'))
        out.chop(1);
    QCOMPARE(out, u"You said: "_s + kPrompt);

    // It went where the connection says, signed in as it says, with the headers.
    const QList<Parlance::Sim::RecordedRequest> requests = m_gateway.requests();
    QCOMPARE(requests.size(), 1);
    const Parlance::Sim::RecordedRequest &request = requests.first();
    QCOMPARE(request.path, path);
    QCOMPARE(request.authorizationScheme, authorization);
    QCOMPARE(request.headers.value(u"x-team"_s), u"data science"_s);
    QCOMPARE(request.headers.value(u"x-api-key"_s), kHeaderSecret);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"stream"_s).toBool(), stream);
}

// The sql snippet is run as the statement of `parlance-cli sql` on the simulated warehouse,
// which reads string literals the way Databricks SQL does (backslash escapes).
void TstCliCode::sqlSnippetRunsOnTheWarehouse()
{
    CliRunner cli;
    cli.env().insert(u"DATABRICKS_TOKEN"_s, kToken);
    const CliResult generated
        = cli.run(connection(u"databricks"_s)
                  + QStringList{u"code"_s, u"--target"_s, u"sql"_s, u"--max-tokens"_s, u"500"_s,
                                u"--system"_s, u"Be brief."_s, u"demo-echo"_s, kPrompt});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QStringList statement;
    for (const QString &line : QString::fromUtf8(generated.out).split(u'\n')) {
        if (!line.startsWith(u"--"_s)) // the warehouse only takes the statement
            statement << line;
    }
    const CliResult r
        = cli.run(connection(u"databricks"_s)
                  + QStringList{u"sql"_s, u"--warehouse"_s, u"sim-warehouse"_s, u"--json"_s,
                                u"--statement"_s, statement.join(u'\n').trimmed()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(result.value(u"columns"_s).toArray().first().toString(), u"answer"_s);
    QCOMPARE(result.value(u"rows"_s).toArray().first().toArray().first().toString(),
             u"You said: "_s + kPrompt);
    QVERIFY(generated.out.contains("the system prompt"));
}

QTEST_GUILESS_MAIN(TstCliCode)
#include "tst_clicode.moc"
