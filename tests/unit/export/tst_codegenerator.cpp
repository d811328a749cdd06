// "Get code": every target's snippet for a full conversation (snapshots under
// tests/data/codegen, reviewed against the clients' real APIs), Python that compiles and holds
// a hostile prompt as exactly one string, JavaScript and shell that parse, no secret in any
// snippet, and a comment at the top naming what a target leaves out. Running the snippets
// against the simulated gateway is tst_clicode's part.
#include "api/dialect.h"
#include "export/codegenerator.h"
#include "export/codeliterals.h"
#include "net/redaction.h"
#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Export::CodeTarget;

Q_DECLARE_METATYPE(Parlance::Core::Connection)
Q_DECLARE_METATYPE(Parlance::Core::HttpRequest)
Q_DECLARE_METATYPE(Parlance::Export::CodeTarget)

class tst_CodeGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetList();
    void snapshots_data();
    void snapshots();
    void loggedRequestGivesTheSameSnippet();
    void pythonCompilesWithTheExactPrompt();
    void javaScriptParses();
    void shellParses_data();
    void shellParses();
    void noSecretInAnySnippet_data();
    void noSecretInAnySnippet();
    void leftOutIsNamedAtTheTop();
    void commentCannotBeLeftByAName_data();
    void commentCannotBeLeftByAName();
    void notAChatRequest();
    void connectionWithoutAuth();
    void literals();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QString &program, const QStringList &arguments);
    QString writeFile(const QString &name, const QString &text);

    QString m_python;
    QString m_node;
    QString m_bash;
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

// The secrets a connection holds: none may appear in a snippet.
const QByteArray kToken = "dapi-0123456789abcdef-SECRET";
const QByteArray kApiKey = "header-secret-value-9876";
const QByteArray kTenant = "tenant-secret-5555";

// Quotes of every kind, backslashes, line breaks, shell and template expansion, Python's
// triple quotes, JavaScript's line separators, a lone surrogate's neighbours, emoji.
const QString kHostile = u"It's \"quoted\" \\ back\\slash\nnew line\r\n$HOME `date` ${x} "
                         "$(id) ''' \"\"\" \u2028 \u2029 \t tab é 😀 \\n not a newline"_s;

QJsonArray weatherTool()
{
    return QJsonArray{QJsonObject{
        {"type"_L1, "function"_L1},
        {"function"_L1,
         QJsonObject{
             {"name"_L1, "get_weather"_L1},
             {"description"_L1, "The weather at a place."_L1},
             {"parameters"_L1,
              QJsonObject{{"type"_L1, "object"_L1},
                          {"properties"_L1,
                           QJsonObject{{"location"_L1, QJsonObject{{"type"_L1, "string"_L1}}}}},
                          {"required"_L1, QJsonArray{"location"_L1}}}}}}}};
}

// A system prompt, two turns with a tool call and its result between them, extra parameters.
Core::Conversation conversation(const QString &lastPrompt = u"And tomorrow?"_s)
{
    Core::Conversation c;
    c.append(Core::Message::user(u"What's the weather in Paris?"_s));
    Core::Message call;
    call.role = Core::Role::Assistant;
    call.parts = {Core::ContentPart::makeToolCall(u"call_1"_s, u"get_weather"_s,
                                                  u"{\"location\":\"Paris\"}"_s)};
    c.append(call);
    Core::Message result = Core::Message::make(Core::Role::Tool, u"18 °C and sunny"_s);
    result.toolCallId = u"call_1"_s;
    c.append(result);
    c.append(Core::Message::assistant(u"It is 18 °C and sunny in Paris."_s));
    c.append(Core::Message::user(lastPrompt));
    return c;
}

// Tools in the form of the API the request is made for.
Core::GenerationParams params(bool stream, Core::ApiKind api = Core::ApiKind::ChatCompletions)
{
    Core::GenerationParams p;
    p.systemPrompt = u"You are a concise weather assistant."_s;
    p.maxTokens = 200;
    p.temperature = 0.2;
    p.topP = 0.9;
    p.stop = {u"END"_s};
    QJsonArray tools = weatherTool();
    if (api == Core::ApiKind::Responses) {
        QJsonObject tool = tools.first().toObject().value("function"_L1).toObject();
        tool.insert("type"_L1, "function"_L1);
        tools = {tool};
    }
    p.extra = QJsonObject{
        {"tools"_L1, tools}, {"tool_choice"_L1, "auto"_L1}, {"top_k"_L1, 5}, {"seed"_L1, 7}};
    p.stream = stream;
    return p;
}

Core::Connection databricks()
{
    Core::Connection c;
    c.kind = Core::Connection::Kind::Databricks;
    c.host = QUrl(u"https://adb-1234567890123456.7.azuredatabricks.net"_s);
    c.extraHeaders = {{"X-Team", "data-science"}, {"X-Api-Key", kApiKey}, {"X-Tenant", kTenant}};
    c.secretHeaders = {"X-Tenant"};
    return c;
}

Core::Connection openAiCompatible()
{
    Core::Connection c;
    c.kind = Core::Connection::Kind::OpenAiCompatible;
    c.baseUrl = QUrl(u"http://127.0.0.1:8080/v1"_s);
    return c;
}

Core::HttpRequest build(const Core::Connection &connection, Core::ApiKind api, const QString &model,
                        const Core::Conversation &c, const Core::GenerationParams &p)
{
    return Api::buildChatRequest(api, connection.urlFor(api, model), model, c, p);
}

struct Case
{
    QString name;
    Core::Connection connection;
    Core::HttpRequest request;
};

QList<Case> snapshotCases()
{
    return {
        {u"databricks-chat-stream"_s, databricks(),
         build(databricks(), Core::ApiKind::ChatCompletions, u"databricks-claude-sonnet-4-5"_s,
               conversation(), params(true))},
        {u"openai-responses"_s, openAiCompatible(),
         build(openAiCompatible(), Core::ApiKind::Responses, u"gpt-4o-mini"_s, conversation(),
               params(false, Core::ApiKind::Responses))},
    };
}

QList<CodeTarget> allTargets()
{
    QList<CodeTarget> targets;
    for (const Export::CodeTargetInfo &info : Export::codeTargets())
        targets << info.target;
    return targets;
}

QString targetId(CodeTarget target)
{
    return Export::codeTargetInfo(target).id;
}

} // namespace

void tst_CodeGenerator::initTestCase()
{
    // Not skips: CI installs them (packaging/install-deps.sh), and without them nothing runs.
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    m_node = QStandardPaths::findExecutable(u"node"_s);
    m_bash = QStandardPaths::findExecutable(u"bash"_s);
    if (m_python.isEmpty())
        QFAIL("python3 is not installed (Debian: apt-get install python3)");
    if (m_node.isEmpty())
        QFAIL("node is not installed (Debian: apt-get install nodejs)");
    QVERIFY(!m_bash.isEmpty());
    QVERIFY(m_dir.isValid());
}

tst_CodeGenerator::Run tst_CodeGenerator::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, u"did not finish"_s};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QString tst_CodeGenerator::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(QString::number(++m_files) + u'-' + name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void tst_CodeGenerator::targetList()
{
    QStringList ids;
    for (const Export::CodeTargetInfo &info : Export::codeTargets()) {
        ids << info.id;
        QVERIFY(!info.displayName.isEmpty());
        QVERIFY(!info.fileSuffix.isEmpty());
        QVERIFY(Export::codeTargetFromId(info.id));
        QCOMPARE(*Export::codeTargetFromId(info.id), info.target);
        QCOMPARE(Export::codeTargetInfo(info.target).id, info.id);
    }
    // The contract's order (docs/cli.md).
    QCOMPARE(ids, (QStringList{u"curl"_s, u"openai-chat"_s, u"openai-responses"_s,
                               u"databricks-openai"_s, u"sql"_s, u"rest"_s, u"mlflow"_s,
                               u"databricks-sdk"_s, u"langchain"_s, u"python-requests"_s,
                               u"openai-js"_s}));
    QVERIFY(!Export::codeTargetFromId(u"Curl"_s));
    QVERIFY(!Export::codeTargetFromId(u""_s));
}

void tst_CodeGenerator::snapshots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Core::Connection>("connection");
    QTest::addColumn<Core::HttpRequest>("request");
    QTest::addColumn<CodeTarget>("target");
    for (const Case &c : snapshotCases()) {
        for (const CodeTarget target : allTargets()) {
            const Export::CodeTargetInfo info = Export::codeTargetInfo(target);
            const QString file = c.name + u'-' + info.id + u'.' + info.fileSuffix;
            QTest::newRow(qPrintable(file)) << file << c.connection << c.request << target;
        }
    }
}

void tst_CodeGenerator::snapshots()
{
    QFETCH(QString, file);
    QFETCH(Core::Connection, connection);
    QFETCH(Core::HttpRequest, request);
    QFETCH(CodeTarget, target);
    const QString actual = Export::generateCode(target, request, connection).code;
    const QString relative = u"codegen/"_s + file;
    // PARLANCE_UPDATE_SNAPSHOTS=1 rewrites the files; review the diff before committing it.
    if (qEnvironmentVariableIntValue("PARLANCE_UPDATE_SNAPSHOTS") == 1) {
        QFile out(QStringLiteral(PARLANCE_TEST_DATA_DIR "/") + relative);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    const QString expected = QString::fromUtf8(Testing::readData(relative));
    if (actual != expected) {
        const QString path = writeFile(file, actual);
        QFAIL(qPrintable(u"differs from tests/data/"_s + relative + u"; the snippet made now is "_s
                         + path));
    }
}

// The inspector's record of the same request (User-Agent, the connection's headers, secrets
// masked, Authorization masked) gives the snippet the dialects' request does.
void tst_CodeGenerator::loggedRequestGivesTheSameSnippet()
{
    for (const Case &c : snapshotCases()) {
        Core::HttpRequest logged = c.request;
        logged.headers.append(Core::HttpHeader{"User-Agent", "Parlance/0.1.0"});
        logged.headers << c.connection.extraHeaders;
        logged.headers.append({"Authorization", "Bearer " + kToken});
        const Net::SecretRedactor secrets
            = Net::SecretRedactor::forConnection(c.connection, QString::fromLatin1(kToken));
        logged.headers = secrets.redactHeaders(logged.headers);
        for (const CodeTarget target : allTargets()) {
            QCOMPARE(Export::generateCode(target, logged, c.connection).code,
                     Export::generateCode(target, c.request, c.connection).code);
        }
    }
}

namespace {
struct HostileCase
{
    QString label;
    Core::Connection connection;
    Core::HttpRequest request;
};

// Both connections, every API, streaming and not, with hostile text in the prompt, the system
// prompt, a parameter's name and value, and the model's name.
QList<HostileCase> hostileCases()
{
    QList<HostileCase> cases;
    for (const Core::Connection &connection : {databricks(), openAiCompatible()}) {
        for (const Core::ApiKind api : {Core::ApiKind::ChatCompletions, Core::ApiKind::Responses,
                                        Core::ApiKind::Invocations}) {
            for (const bool stream : {true, false}) {
                Core::GenerationParams p = params(stream, api);
                p.systemPrompt = kHostile;
                p.extra.insert(u"hostile \"key\"\n'''`${x}`"_s, kHostile);
                p.extra.insert(u"__proto__"_s, QJsonObject{{"polluted"_L1, true}});
                cases.append({Core::connectionKindName(connection.kind) + u' '
                                  + Core::apiKindName(api) + (stream ? u" stream"_s : u" whole"_s),
                              connection,
                              build(connection, api, u"model \"with\" quotes"_s,
                                    conversation(kHostile), p)});
            }
        }
    }
    return cases;
}
} // namespace

void tst_CodeGenerator::pythonCompilesWithTheExactPrompt()
{
    const QString prompt = writeFile(u"prompt.txt"_s, kHostile);
    QStringList arguments{Testing::sourcePath(u"tests/unit/export/check_python_snippet.py")};
    QHash<QString, QString> labels;
    for (const HostileCase &c : hostileCases()) {
        for (const CodeTarget target : allTargets()) {
            if (Export::codeTargetInfo(target).language != u"python"_s)
                continue;
            const QString path = writeFile(
                u"snippet.py"_s, Export::generateCode(target, c.request, c.connection).code);
            labels.insert(path, c.label + u' ' + targetId(target));
            arguments << path << prompt;
        }
    }
    QCOMPARE(labels.size(), 12 * 7); // 12 cases, 7 Python targets
    const Run checked = run(m_python, arguments);
    QString report = checked.output;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        report.replace(it.key(), it.value() + u" ("_s + it.key() + u')');
    QVERIFY2(checked.exitCode == 0, qPrintable(report));

    // The checker itself finds a snippet that does not compile, and one that lost the text.
    const QString other = writeFile(u"other.txt"_s, u"another text"_s);
    const Run broken = run(m_python, {arguments.first(), writeFile(u"broken.py"_s, u"x = \"\n"_s),
                                      prompt, arguments.at(1), other});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.output.contains(u"broken.py: does not compile"_s), qPrintable(broken.output));
    QVERIFY2(broken.output.contains(arguments.at(1) + u": no string constant equals the text"_s),
             qPrintable(broken.output));
}

void tst_CodeGenerator::javaScriptParses()
{
    QStringList arguments{Testing::sourcePath(u"tests/unit/export/check_js_snippet.mjs")};
    for (const HostileCase &c : hostileCases()) {
        const QString code
            = Export::generateCode(CodeTarget::OpenAiJs, c.request, c.connection).code;
        // Running it with this prompt is tst_clicode's; here the text must at least be there.
        QVERIFY2(code.contains(Export::javaScriptString(kHostile)), qPrintable(c.label));
        arguments << writeFile(u"snippet.mjs"_s, code);
    }
    const Run checked = run(m_node, arguments);
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));

    // The checker itself finds a broken snippet.
    const Run broken = run(
        m_node, {arguments.first(), writeFile(u"broken.mjs"_s, u"import OpenAI from \"openai\";\n"
                                                               "const x = \"unterminated;\n"_s)});
    QCOMPARE(broken.exitCode, 1);
}

void tst_CodeGenerator::shellParses_data()
{
    QTest::addColumn<Core::Connection>("connection");
    QTest::addColumn<Core::HttpRequest>("request");
    QTest::addColumn<CodeTarget>("target");
    for (const HostileCase &c : hostileCases()) {
        for (const CodeTarget target : {CodeTarget::Curl, CodeTarget::Rest}) {
            QTest::newRow(qPrintable(c.label + u' ' + targetId(target)))
                << c.connection << c.request << target;
        }
    }
}

void tst_CodeGenerator::shellParses()
{
    QFETCH(Core::Connection, connection);
    QFETCH(Core::HttpRequest, request);
    QFETCH(CodeTarget, target);
    const QString code = Export::generateCode(target, request, connection).code;
    const Run checked = run(m_bash, {u"-n"_s, writeFile(u"snippet.sh"_s, code)});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.output + u"\n"_s + code));
}

void tst_CodeGenerator::noSecretInAnySnippet_data()
{
    QTest::addColumn<Core::HttpRequest>("request");
    QTest::addColumn<CodeTarget>("target");
    Core::HttpRequest request = snapshotCases().first().request;
    // Even a request that carries the credentials unmasked (made by hand, say) gives none away.
    request.headers.append({"Authorization", "Bearer " + kToken});
    request.headers.append({"X-Api-Key", kApiKey});
    request.headers.append({"x-tenant", kTenant});
    for (const CodeTarget target : allTargets())
        QTest::newRow(qPrintable(targetId(target))) << request << target;
}

void tst_CodeGenerator::noSecretInAnySnippet()
{
    QFETCH(Core::HttpRequest, request);
    QFETCH(CodeTarget, target);
    for (const Core::Connection::Auth auth :
         {Core::Connection::Auth::Bearer, Core::Connection::Auth::Basic}) {
        Core::Connection connection = databricks();
        connection.auth = auth;
        const QString code = Export::generateCode(target, request, connection).code;
        for (const QByteArray &secret : {kToken, kApiKey, kTenant})
            QVERIFY2(!code.contains(QString::fromLatin1(secret)), qPrintable(code));
        // SQL runs in a warehouse, which has its own sign-in.
        if (target != CodeTarget::Sql)
            QVERIFY2(code.contains(u"DATABRICKS_TOKEN"_s), qPrintable(code));
        const Export::CodeTargetInfo info = Export::codeTargetInfo(target);
        const bool sendsHeaders = target != CodeTarget::Sql && target != CodeTarget::Mlflow
                                  && target != CodeTarget::DatabricksSdk;
        if (sendsHeaders) {
            for (const QString &variable : {u"X_API_KEY"_s, u"X_TENANT"_s})
                QVERIFY2(code.contains(variable), qPrintable(info.id + u": "_s + variable));
        }
    }
}

void tst_CodeGenerator::leftOutIsNamedAtTheTop()
{
    const Case c = snapshotCases().first();
    const auto omissions = [&c](CodeTarget target) {
        return Export::generateCode(target, c.request, c.connection).omissions.join(u'\n');
    };
    // Clients that send the chat body whole leave nothing out.
    for (const CodeTarget target :
         {CodeTarget::Curl, CodeTarget::OpenAiChat, CodeTarget::Rest, CodeTarget::DatabricksOpenAi,
          CodeTarget::PythonRequests, CodeTarget::OpenAiJs, CodeTarget::LangChain}) {
        QVERIFY2(omissions(target).isEmpty(),
                 qPrintable(targetId(target) + u": "_s + omissions(target)));
    }
    const QString sql = omissions(CodeTarget::Sql);
    for (const QString &part :
         {u"system prompt"_s, u"4 other messages"_s, u"tool definitions"_s, u"stop sequences"_s,
          u"\"seed\""_s, u"\"tool_choice\""_s, u"\"top_k\""_s, u"X-Team"_s, u"streaming"_s})
        QVERIFY2(sql.contains(part), qPrintable(part + u" not in:\n"_s + sql));
    QVERIFY(!sql.contains(u"\"top_p\""_s)); // top_p is sent, in modelParameters

    const QString sdk = omissions(CodeTarget::DatabricksSdk);
    for (const QString &part : {u"tool calls and tool results"_s, u"tool definitions"_s,
                                u"custom headers"_s, u"streaming"_s})
        QVERIFY2(sdk.contains(part), qPrintable(part + u" not in:\n"_s + sdk));
    QVERIFY2(omissions(CodeTarget::Mlflow).contains(u"custom headers"_s),
             qPrintable(omissions(CodeTarget::Mlflow)));
    QVERIFY2(omissions(CodeTarget::OpenAiResponses).contains(u"stop sequences"_s),
             qPrintable(omissions(CodeTarget::OpenAiResponses)));

    // The same lines are the comment at the top of the snippet.
    const Export::CodeSnippet snippet
        = Export::generateCode(CodeTarget::Sql, c.request, c.connection);
    const QString head = snippet.code.left(snippet.code.indexOf(u"SELECT"_s));
    for (const QString &omission : snippet.omissions)
        QVERIFY2(head.contains(u"--   - "_s + omission), qPrintable(head));
}

void tst_CodeGenerator::commentCannotBeLeftByAName_data()
{
    QTest::addColumn<CodeTarget>("target");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("sql") << CodeTarget::Sql << u"--"_s;
    QTest::newRow("databricks-sdk") << CodeTarget::DatabricksSdk << u"#"_s;
    QTest::newRow("openai-chat") << CodeTarget::OpenAiChat << u"#"_s;
}

// Parameter and header names appear in the comment; one with a line break in it must not end
// the comment and put code after it.
void tst_CodeGenerator::commentCannotBeLeftByAName()
{
    QFETCH(CodeTarget, target);
    QFETCH(QString, prefix);
    Core::GenerationParams p = params(false);
    const QString evil = u"x\nimport os; os.system('boom')\r\u2028DROP TABLE t; --"_s;
    p.extra.insert(evil, QJsonObject{{"a"_L1, 1}});
    p.extra.insert(u"tools"_s, QJsonArray{QJsonObject{{"type"_L1, evil}}});
    p.stop = {evil};
    Core::Connection connection = databricks();
    connection.extraHeaders.append(Core::HttpHeader{"X-Evil", "v"});
    const Core::HttpRequest request
        = build(connection, Core::ApiKind::Responses, u"m"_s, conversation(), p);
    const Export::CodeSnippet snippet = Export::generateCode(target, request, connection);
    QVERIFY(!snippet.omissions.isEmpty());
    const QStringList lines = snippet.code.split(u'\n');
    for (const QString &line : lines) {
        if (line.contains(u"os.system"_s) || line.contains(u"DROP TABLE"_s)) {
            // Only inside a comment, or inside a string literal of the code.
            QVERIFY2(line.startsWith(prefix) || line.contains(u"\\nimport os"_s),
                     qPrintable(snippet.code));
        }
    }
    QVERIFY(!snippet.code.contains(u'\u2028'));
    QVERIFY(!snippet.code.contains(u'\r'));
}

void tst_CodeGenerator::notAChatRequest()
{
    Core::HttpRequest request;
    request.method = "GET";
    request.url = QUrl(u"https://adb-1.azuredatabricks.net/api/2.0/serving-endpoints"_s);
    const Core::Connection connection = databricks();
    const Export::CodeSnippet curl = Export::generateCode(CodeTarget::Curl, request, connection);
    QVERIFY(curl.code.contains(u"curl -sS 'https://adb-1.azuredatabricks.net/api/2.0/"
                               "serving-endpoints'"_s));
    QVERIFY(!curl.code.contains(u"jq"_s));
    const Export::CodeSnippet requests
        = Export::generateCode(CodeTarget::PythonRequests, request, connection);
    QVERIFY(requests.code.contains(u"requests.get("_s));
    QVERIFY(requests.code.contains(u"print(response.text)"_s));
    const Export::CodeSnippet sdk
        = Export::generateCode(CodeTarget::DatabricksSdk, request, connection);
    QCOMPARE(sdk.omissions.size(), 1);
    QVERIFY(sdk.omissions.first().contains(u"no chat request"_s));
    QVERIFY(sdk.code.startsWith(u"# "_s));
}

// A server without keys gets no Authorization; the OpenAI clients, which insist on a key, get
// a stand-in; a Databricks client still names the variable its WorkspaceClient reads.
void tst_CodeGenerator::connectionWithoutAuth()
{
    Core::Connection local = openAiCompatible();
    local.auth = Core::Connection::Auth::None;
    Core::GenerationParams p;
    const Core::HttpRequest request = build(local, Core::ApiKind::ChatCompletions, u"llama3"_s,
                                            Core::Conversation::singleTurn(u"Hi"_s), p);
    const auto code = [&request](CodeTarget target, const Core::Connection &connection) {
        return Export::generateCode(target, request, connection).code;
    };
    for (const CodeTarget target : {CodeTarget::Curl, CodeTarget::PythonRequests}) {
        QVERIFY2(!code(target, local).contains(u"Authorization"_s),
                 qPrintable(code(target, local)));
        QVERIFY(!code(target, local).contains(u"OPENAI_API_KEY"_s));
    }
    QVERIFY(code(CodeTarget::OpenAiChat, local)
                .contains(u"api_key=os.environ.get(\"OPENAI_API_KEY\", \"none\")"_s));
    QVERIFY(code(CodeTarget::OpenAiJs, local)
                .contains(u"apiKey: process.env.OPENAI_API_KEY ?? \"none\""_s));

    Core::Connection workspace = databricks();
    workspace.auth = Core::Connection::Auth::None;
    for (const CodeTarget target : {CodeTarget::DatabricksSdk, CodeTarget::DatabricksOpenAi,
                                    CodeTarget::Mlflow, CodeTarget::LangChain}) {
        QVERIFY2(code(target, workspace).contains(u"# Set DATABRICKS_TOKEN, "_s),
                 qPrintable(code(target, workspace)));
    }
}

void tst_CodeGenerator::literals()
{
    QCOMPARE(Export::pythonString(u"a\"b\\c\nd\u2028e\x01"_s),
             u"\"a\\\"b\\\\c\\nd\\u2028e\\x01\""_s);
    QCOMPARE(Export::javaScriptString(u"${x} `y` 😀"_s), u"\"${x} `y` 😀\""_s);
    QCOMPARE(Export::sqlString(u"it's a \\ and\nline"_s), u"'it\\'s a \\\\ and\nline'"_s);
    QCOMPARE(Export::numberLiteral(200), u"200"_s);
    QCOMPARE(Export::numberLiteral(0.2), u"0.2"_s);
    QCOMPARE(Export::commentText(u"a\nb\rc\u2028d😀"_s), u"a b c d😀"_s);
    // Layout: one line when it fits, else one item a line with a trailing comma.
    const Export::CodeValue short_
        = Export::jsonLiteral(QJsonObject{{"a"_L1, 1}}, Export::CodeLanguage::Python);
    QCOMPARE(Export::renderCode(short_, Export::CodeLanguage::Python, 0, 0), u"{\"a\": 1}"_s);
    const Export::CodeValue long_ = Export::jsonLiteral(
        QJsonArray{QString(50, u'x'), QString(50, u'y')}, Export::CodeLanguage::JavaScript);
    QCOMPARE(Export::renderCode(long_, Export::CodeLanguage::JavaScript, 0, 0),
             u"[\n  \""_s + QString(50, u'x') + u"\",\n  \""_s + QString(50, u'y') + u"\",\n]"_s);
}

QTEST_GUILESS_MAIN(tst_CodeGenerator)
#include "tst_codegenerator.moc"
