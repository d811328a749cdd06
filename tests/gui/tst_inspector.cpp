// The raw inspector against real exchanges: requests go through GatewayClient to the
// simulated gateway and their recorded exchanges into an ExchangeLog, as in the app.

#include "api/dialect.h"
#include "core/connection.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "export/curlcommand.h"
#include "inspector/bodyview.h"
#include "inspector/deltasummary.h"
#include "inspector/exchangelistproxy.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/exchangeview.h"
#include "inspector/headersview.h"
#include "inspector/inspectorwidget.h"
#include "inspector/jsontext.h"
#include "inspector/jsontreemodel.h"
#include "inspector/messagepanel.h"
#include "inspector/resenddialog.h"
#include "inspector/streameventmodel.h"
#include "inspector/streampanel.h"
#include "inspector/timingpanel.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Parlance;
using Ui::BodyView;
using Ui::ExchangeView;
using Ui::InspectorWidget;

Q_DECLARE_METATYPE(Parlance::Core::HttpRequest)
Q_DECLARE_METATYPE(Parlance::Core::ReplyDelta)

static const QString Token = QStringLiteral("dapi0123456789secretabcd");

class TestInspector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    // Pure pieces.
    void curlCommand_data();
    void curlCommand();
    void curlRoundTripsThroughShell();
    void prettyPrintKeepsKeyOrder();
    void checkReportsErrorPosition();
    void jsonTreeModel();
    void deltaSummary_data();
    void deltaSummary();

    // The widget.
    void listShowsOneRowPerAttempt();
    void tableFollowsTheLogThroughEvictionAndClear();
    void requestTabShowsMaskedToken();
    void responseTabShowsStatusAndBody();
    void streamTabListsEventsWithParsedDeltas();
    void streamTabDecodesResponsesAndTools();
    void timingTabShowsValues();
    void errorExchange();
    void copyAsCurlUsesEnvironmentVariable();
    void editAndResendEmitsEditedRequest();
    void invalidJsonDisablesSend();
    void searchFindsText();
    void treeViewAndTreeSearch();
    void showExchangeSelectsEntry();
    void requestShowsWhileInFlightThenCancelled();
    void failedRequestSaysWhy();
    void largeBodyStaysResponsive();

private:
    quint64 run(const QString &model, Core::ApiKind api, bool stream, const QString &prompt,
                const QJsonObject &extra = {});
    void select(quint64 id);
    const Net::Exchange &exchange(quint64 id) const { return *m_log->exchangeById(id); }
    static QStringList shellWords(const QString &command, const QByteArray &tokenValue);

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    Core::Connection m_connection;
    std::unique_ptr<InspectorWidget> m_inspector;

    quint64 m_stream = 0;     // demo-echo, Chat Completions, streamed
    quint64 m_plain = 0;      // demo-echo, not streamed
    quint64 m_error = 0;      // demo-error: 400
    quint64 m_flaky429 = 0;   // demo-flaky: the 429 attempt...
    quint64 m_flakyRetry = 0; // ...and the retry that succeeded
    quint64 m_reasoning = 0;  // demo-reasoning on the Responses API, streamed
    quint64 m_tools = 0;      // demo-tools, streamed
    quint64 m_lorem = 0;      // demo-lorem, 20,000 streamed deltas
};

quint64 TestInspector::run(const QString &model, Core::ApiKind api, bool stream,
                           const QString &prompt, const QJsonObject &extra)
{
    Core::GenerationParams params;
    params.stream = stream;
    params.extra = extra;
    const Core::HttpRequest request
        = Api::buildChatRequest(api, m_connection.urlFor(api, model), model,
                                Core::Conversation::singleTurn(prompt), params);
    Net::GatewayCall *call = m_client->send(request, m_connection, Token);
    quint64 last = 0;
    connect(call, &Net::GatewayCall::exchangeRecorded, this,
            [this, &last](const Net::Exchange &e) { last = m_log->append(e); });
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    if (!finished.wait(20000))
        qWarning("request to %s did not finish", qPrintable(model));
    call->deleteLater();
    return last;
}

void TestInspector::initTestCase()
{
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    m_gateway->setRequiredToken(Token);
    QVERIFY2(m_gateway->listen(), qPrintable(m_gateway->errorString()));
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway->url();
    m_connection.auth = Core::Connection::Auth::Bearer;

    using Core::ApiKind;
    m_stream = run(QStringLiteral("demo-echo"), ApiKind::ChatCompletions, true,
                   QStringLiteral("Hello inspector"));
    m_plain = run(QStringLiteral("demo-echo"), ApiKind::ChatCompletions, false,
                  QStringLiteral("Plain and simple"));
    m_error = run(QStringLiteral("demo-error"), ApiKind::ChatCompletions, false,
                  QStringLiteral("fail please"));
    m_flakyRetry = run(QStringLiteral("demo-flaky"), ApiKind::ChatCompletions, false,
                       QStringLiteral("try twice"));
    m_flaky429 = m_flakyRetry - 1;
    m_reasoning = run(QStringLiteral("demo-reasoning"), ApiKind::Responses, true,
                      QStringLiteral("What is 17 times 23?"));
    m_tools = run(QStringLiteral("demo-tools"), ApiKind::ChatCompletions, true,
                  QStringLiteral("Weather in Paris?"));
    m_lorem = run(QStringLiteral("demo-lorem"), ApiKind::ChatCompletions, true,
                  QStringLiteral("Lots"), QJsonObject{{QStringLiteral("max_tokens"), 20000}});
    QCOMPARE(m_log->count(), 8);
}

void TestInspector::cleanupTestCase()
{
    m_inspector.reset();
    m_log.reset();
    m_client.reset();
    m_gateway.reset();
}

void TestInspector::init()
{
    m_inspector = std::make_unique<InspectorWidget>(m_log.get());
    m_inspector->resize(1100, 800);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    // Shortcuts need an active window; without a window manager (Xvfb) nobody activates it.
    QApplication::setActiveWindow(m_inspector.get());
}

void TestInspector::cleanup()
{
    m_inspector.reset();
}

void TestInspector::select(quint64 id)
{
    const int row = m_log->rowForId(id);
    QVERIFY(row >= 0);
    QTableView *list = m_inspector->exchangeList();
    const QModelIndex index = list->model()->index(row, Ui::ExchangeTableModel::UrlColumn);
    list->scrollTo(index);
    const QRect rect = list->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_inspector->currentId(), id);
}

// ---------------------------------------------------------------------------- pure pieces

void TestInspector::curlCommand_data()
{
    QTest::addColumn<Core::HttpRequest>("request");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    Core::HttpRequest databricks;
    databricks.url = QUrl(
        QStringLiteral("https://adb-1.azuredatabricks.net/serving-endpoints/demo/invocations"));
    databricks.headers = {{"Content-Type", "application/json"},
                          {"User-Agent", "Parlance/0.1"},
                          {"Authorization", "Bearer ****abcd"}};
    databricks.body = R"({"messages":[{"role":"user","content":"hi"}]})";
    QTest::newRow("databricks bearer")
        << databricks
        << QStringList{QStringLiteral("-H \"Authorization: Bearer $DATABRICKS_TOKEN\""),
                       QStringLiteral("-H 'Content-Type: application/json'"),
                       QStringLiteral("--data-raw '{\"messages\"")}
        << QStringList{QStringLiteral("****"), QStringLiteral("-X"), QStringLiteral("-N"),
                       QStringLiteral("User-Agent")};

    Core::HttpRequest openai = databricks;
    openai.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
    openai.streaming = true;
    QTest::newRow("openai-compatible stream")
        << openai << QStringList{QStringLiteral("$OPENAI_API_KEY"), QStringLiteral(" \\\n  -N")}
        << QStringList{QStringLiteral("DATABRICKS_TOKEN")};

    Core::HttpRequest basic = databricks;
    basic.url = QUrl(QStringLiteral("http://127.0.0.1:9/ai-gateway/mlflow/v1/chat/completions"));
    basic.headers = {{"Authorization", "Basic ****"}};
    QTest::newRow("basic auth") << basic
                                << QStringList{QStringLiteral("-u \"token:$DATABRICKS_TOKEN\"")}
                                << QStringList{QStringLiteral("Authorization"),
                                               QStringLiteral("****")};

    Core::HttpRequest apiKey = openai;
    apiKey.headers = {{"X-Api-Key", "****wxyz"}};
    QTest::newRow("credential header")
        << apiKey << QStringList{QStringLiteral("-H \"X-Api-Key: $X_API_KEY\"")}
        << QStringList{QStringLiteral("wxyz")};

    Core::HttpRequest quote = databricks;
    quote.body = R"({"content":"it's"})";
    QTest::newRow("single quote") << quote
                                  << QStringList{QStringLiteral(R"('{"content":"it'\''s"}')")}
                                  << QStringList{};

    Core::HttpRequest get;
    get.method = "GET";
    get.url = QUrl(QStringLiteral("https://example.com/v1/models"));
    QTest::newRow("get") << get
                         << QStringList{QStringLiteral("curl 'https://example.com/v1/models'")}
                         << QStringList{QStringLiteral("-X"), QStringLiteral("--data-raw")};

    Core::HttpRequest remove = get;
    remove.method = "DELETE";
    QTest::newRow("delete") << remove << QStringList{QStringLiteral("-X DELETE")} << QStringList{};
}

void TestInspector::curlCommand()
{
    QFETCH(Core::HttpRequest, request);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString command = Export::curlCommand(request);
    for (const QString &part : contains)
        QVERIFY2(command.contains(part), qPrintable(command + QStringLiteral("\nlacks ") + part));
    for (const QString &part : lacks)
        QVERIFY2(!command.contains(part), qPrintable(command + QStringLiteral("\nhas ") + part));
}

// Lets /bin/sh parse the command, with `curl` replaced by a function printing its arguments.
QStringList TestInspector::shellWords(const QString &command, const QByteArray &tokenValue)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), QString::fromLatin1(tokenValue));
    shell.setProcessEnvironment(env);
    const QString script = QString(
        QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n") + command);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(10000))
        return {};
    QStringList words;
    for (const QByteArray &word : shell.readAllStandardOutput().split('\0'))
        words << QString::fromUtf8(word);
    words.removeLast(); // after the final NUL
    return words;
}

void TestInspector::curlRoundTripsThroughShell()
{
    Core::HttpRequest request;
    request.url = QUrl(QStringLiteral("https://adb-1.azuredatabricks.net/ai-gateway/mlflow/v1/"
                                      "chat/completions"));
    request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer ****abcd"}};
    request.body
        = R"({"messages":[{"role":"user","content":"it's $HOME, `date` and \"quotes\"\n"}],)"
          R"("note":"back\\slash 'single' ''"})";
    request.streaming = true;
    const QStringList words = shellWords(Export::curlCommand(request), "value-from-env");
    QVERIFY2(words.size() > 4, qPrintable(words.join(QLatin1Char('|'))));
    QCOMPARE(words.first(), request.url.toString());
    const qsizetype data = words.indexOf(QStringLiteral("--data-raw"));
    QVERIFY(data > 0);
    QCOMPARE(words.at(data + 1).toUtf8(), request.body);
    QVERIFY(words.contains(QStringLiteral("Authorization: Bearer value-from-env")));
    QVERIFY(words.contains(QStringLiteral("-N")));
}

void TestInspector::prettyPrintKeepsKeyOrder()
{
    const QByteArray compact = R"({"z":1,"a":{"y":[1,2,{}],"b":[]},"s":"a, {b}: [c] \"d\""})";
    const QByteArray pretty = Ui::JsonText::prettyPrint(compact);
    QCOMPARE(pretty, QByteArray("{\n  \"z\": 1,\n  \"a\": {\n    \"y\": [\n      1,\n      2,\n"
                                "      {}\n    ],\n    \"b\": []\n  },\n"
                                "  \"s\": \"a, {b}: [c] \\\"d\\\"\"\n}"));
    QCOMPARE(Ui::JsonText::compact(pretty), compact);
    QCOMPARE(Ui::JsonText::prettyPrint(pretty), pretty);
}

void TestInspector::checkReportsErrorPosition()
{
    QVERIFY(Ui::JsonText::check(R"({"a": [1, 2]})").valid);
    const Ui::JsonText::Check check = Ui::JsonText::check("{\n  \"a\": 1,\n  \"b\": tru\n}");
    QVERIFY(!check.valid);
    QCOMPARE(check.line, 3);
    QVERIFY2(check.column >= 8 && check.column <= 12, qPrintable(QString::number(check.column)));
    QVERIFY(!check.message.isEmpty());
    QVERIFY(!Ui::JsonText::check("42").valid); // a body is an object or an array
}

void TestInspector::jsonTreeModel()
{
    Ui::JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray json = R"({ "zeta": {"k": "v\n\"q\"", "list": [1, true, null, {"deep": []}]},)"
                            R"( "alpha": -1.5e3, "empty": {} })";
    model.setJson(json);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("zeta")); // sent order
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("-1.5e3"));
    QCOMPARE(model.index(1, 0).data(Ui::JsonTreeModel::TypeRole).toString(),
             QStringLiteral("number"));
    QVERIFY(!model.hasChildren(model.index(2, 0)));
    const QModelIndex zeta = model.index(0, 0);
    QCOMPARE(model.rowCount(zeta), 2);
    QCOMPARE(model.index(0, 1, zeta).data().toString(), QStringLiteral("v\n\"q\""));
    const QModelIndex list = model.index(1, 0, zeta);
    QCOMPARE(model.rowCount(list), 4);
    QCOMPARE(model.index(3, 0, list).data().toString(), QStringLiteral("[3]"));
    QCOMPARE(model.index(1, 1, list).data().toString(), QStringLiteral("true"));
    const QModelIndex deepObject = model.index(3, 0, list);
    QCOMPARE(model.index(0, 0, deepObject).data().toString(), QStringLiteral("deep"));
    QCOMPARE(model.parent(model.index(0, 0, deepObject)), deepObject);

    // A byte inside the nested "deep" key maps to that node; one in "alpha" to alpha.
    QCOMPARE(model.indexForOffset(json.indexOf("deep") + 1), model.index(0, 0, deepObject));
    QCOMPARE(model.indexForOffset(json.indexOf("alpha")), model.index(1, 0));

    model.setJson(R"([{"a":1},[],"x"])");
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestInspector::deltaSummary_data()
{
    using Core::ReplyDelta;
    QTest::addColumn<QList<ReplyDelta>>("deltas");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("summary");

    QTest::newRow("text") << QList<ReplyDelta>{ReplyDelta::makeText(QStringLiteral("Hello"))}
                          << QByteArray() << QStringLiteral("text \"Hello\"");
    QTest::newRow("escaped") << QList<ReplyDelta>{ReplyDelta::makeText(QStringLiteral("a\n\"b\""))}
                             << QByteArray() << QStringLiteral(R"(text "a\n\"b\"")");
    QTest::newRow("long") << QList<ReplyDelta>{ReplyDelta::makeText(QString(100, u'x'))}
                          << QByteArray()
                          << QString(QStringLiteral("text \"") + QString(48, u'x')
                                     + QStringLiteral("…\""));
    QTest::newRow("reasoning") << QList<ReplyDelta>{ReplyDelta::makeReasoning(
        QStringLiteral("Let me think"))}
                               << QByteArray() << QStringLiteral("reasoning \"Let me think\"");
    ReplyDelta tool;
    tool.kind = ReplyDelta::Kind::ToolCall;
    tool.toolName = QStringLiteral("get_weather");
    tool.text = QStringLiteral(R"({"ci)");
    ReplyDelta toolMore = tool;
    toolMore.toolName.clear();
    toolMore.toolIndex = 1;
    QTest::newRow("tool") << QList<ReplyDelta>{tool} << QByteArray()
                          << QStringLiteral(R"(tool get_weather args +"{\"ci")");
    QTest::newRow("tool fragment") << QList<ReplyDelta>{toolMore} << QByteArray()
                                   << QStringLiteral(R"(tool #1 args +"{\"ci")");
    ReplyDelta usage;
    usage.kind = ReplyDelta::Kind::Usage;
    usage.usage.inputTokens = 12;
    usage.usage.outputTokens = 40;
    ReplyDelta finish;
    finish.kind = ReplyDelta::Kind::Finish;
    finish.text = QStringLiteral("stop");
    QTest::newRow("finish and usage") << QList<ReplyDelta>{finish, usage} << QByteArray()
                                      << QStringLiteral("finish stop; usage in 12 out 40");
    QTest::newRow("done") << QList<ReplyDelta>{} << QByteArray("[DONE]")
                          << QStringLiteral("[DONE]");
    QTest::newRow("nothing") << QList<ReplyDelta>{} << QByteArray("{}") << QString();
}

void TestInspector::deltaSummary()
{
    QFETCH(QList<Core::ReplyDelta>, deltas);
    QFETCH(QByteArray, data);
    QFETCH(QString, summary);
    QCOMPARE(Ui::summarizeDeltas(deltas, data), summary);
}

// --------------------------------------------------------------------------------- widget

void TestInspector::tableFollowsTheLogThroughEvictionAndClear()
{
    Engine::ExchangeLog log(nullptr, 3);
    Ui::ExchangeTableModel table(&log);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using Table = Ui::ExchangeTableModel;
    QList<quint64> ids;
    for (int i = 0; i < 5; ++i) {
        Net::Exchange e;
        e.request.url = QUrl(QStringLiteral("http://h/v1/call-%1").arg(i));
        ids.append(log.begin(e));
    }
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.index(0, Table::UrlColumn).data().toString(), QStringLiteral("/v1/call-2"));
    QCOMPARE(table.index(0, 0).data(Table::IdRole).toULongLong(), ids.at(2));
    QCOMPARE(table.index(2, Table::StatusColumn).data().toString(), QStringLiteral("pending"));

    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    Net::Exchange done = *log.exchangeById(ids.at(4));
    done.status = 201;
    done.timings.totalMs = 1234;
    log.finish(ids.at(4), done);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 2);
    QCOMPARE(table.index(2, Table::StatusColumn).data().toInt(), 201);
    QCOMPARE(table.index(2, Table::DurationColumn).data().toString(),
             QStringLiteral("%1 ms").arg(QLocale().toString(1234)));

    log.clear();
    QCOMPARE(table.rowCount(), 0);
    log.append(done);
    QCOMPARE(table.rowCount(), 1);
}

void TestInspector::listShowsOneRowPerAttempt()
{
    QTableView *list = m_inspector->exchangeList();
    Ui::ExchangeListProxy *proxy = qobject_cast<Ui::ExchangeListProxy *>(list->model());
    QVERIFY(proxy);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy->rowCount(), 8);
    using Log = Ui::ExchangeTableModel;
    const int row429 = m_log->rowForId(m_flaky429);
    QCOMPARE(proxy->index(row429, Log::StatusColumn).data().toInt(), 429);
    QCOMPARE(proxy->index(row429 + 1, Log::StatusColumn).data().toInt(), 200);
    QCOMPARE(exchange(m_flaky429).attempt, 1);
    QCOMPARE(exchange(m_flakyRetry).attempt, 2);
    QVERIFY(proxy->index(row429, Log::UrlColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("/chat/completions")));
    QCOMPARE(proxy->index(row429, Log::MethodColumn).data().toString(), QStringLiteral("POST"));
    // Status colours: 4xx and 2xx differ; the stream row is marked.
    const QColor c429
        = proxy->index(row429, Log::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor c200
        = proxy->index(row429 + 1, Log::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(c429.isValid() && c200.isValid() && c429 != c200);
    QVERIFY(proxy->index(m_log->rowForId(m_stream), Log::UrlColumn)
                .data()
                .toString()
                .contains(QStringLiteral("stream")));
    // A new attempt appears as a new row and can be shown; clearing the log clears the view.
    Engine::ExchangeLog log;
    InspectorWidget inspector(&log);
    Net::Exchange extra = exchange(m_plain);
    extra.attempt = 3;
    const quint64 id = log.append(extra);
    QCOMPARE(inspector.exchangeList()->model()->rowCount(), 1);
    QVERIFY(!inspector.copyAsCurlAction()->isEnabled()); // nothing selected yet
    inspector.showExchange(id);
    QCOMPARE(inspector.currentId(), id);
    QVERIFY(inspector.copyAsCurlAction()->isEnabled());
    QCOMPARE(inspector.exchangeView()->timingPanel()->valueLabel(Ui::TimingPanel::Attempt)->text(),
             QStringLiteral("3"));
    log.clear();
    QVERIFY(!inspector.exchangeView()->hasExchange());
    QCOMPARE(inspector.currentId(), quint64(0));
    QVERIFY(!inspector.copyAsCurlAction()->isEnabled());
}

void TestInspector::requestTabShowsMaskedToken()
{
    select(m_stream);
    Ui::MessagePanel *request = m_inspector->exchangeView()->requestPanel();
    QVERIFY(request->summaryLabel()->text().contains(QStringLiteral("POST")));
    QVERIFY(request->summaryLabel()->text().contains(
        QStringLiteral("/ai-gateway/mlflow/v1/chat/completions")));
    QTableWidget *headers = request->headersView();
    bool sawAuthorization = false;
    for (int row = 0; row < headers->rowCount(); ++row) {
        const QString name = headers->item(row, 0)->text();
        const QString value = headers->item(row, 1)->text();
        QVERIFY2(!value.contains(Token), qPrintable(value));
        if (name.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) == 0) {
            QCOMPARE(value, QStringLiteral("Bearer ****abcd"));
            sawAuthorization = true;
        }
    }
    QVERIFY(sawAuthorization);
    BodyView *body = request->bodyView();
    QVERIFY(body->isJson());
    QVERIFY(body->shownText().startsWith(QStringLiteral("{\n  \"")));
    QVERIFY(body->shownText().contains(QStringLiteral("\"Hello inspector\"")));
    QVERIFY(!body->shownText().contains(Token));

    QToolButton *copyHeaders = nullptr;
    for (QToolButton *button : request->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Copy headers"))
            copyHeaders = button;
    }
    QVERIFY(copyHeaders);
    QTest::mouseClick(copyHeaders, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("Authorization: Bearer ****abcd\n")));
    QVERIFY(!copied.contains(Token));
}

void TestInspector::responseTabShowsStatusAndBody()
{
    select(m_plain);
    Ui::MessagePanel *response = m_inspector->exchangeView()->responsePanel();
    QVERIFY(response->summaryLabel()->text().contains(QStringLiteral("HTTP 200")));
    QVERIFY(response->headersView()->rowCount() > 0);
    QVERIFY(response->bodyView()->isJson());
    QVERIFY(
        response->bodyView()->shownText().contains(QStringLiteral("You said: Plain and simple")));
}

void TestInspector::streamTabListsEventsWithParsedDeltas()
{
    select(m_stream);
    ExchangeView *view = m_inspector->exchangeView();
    view->setCurrentIndex(ExchangeView::StreamTab);
    Ui::StreamPanel *panel = view->streamPanel();
    Ui::StreamEventModel *model = panel->eventModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Net::Exchange &e = exchange(m_stream);
    QCOMPARE(model->rowCount(), int(e.events.size()));
    QCOMPARE(view->tabText(ExchangeView::StreamTab),
             QStringLiteral("Stream (%1)").arg(e.events.size()));
    QStringList parsed;
    for (int row = 0; row < model->rowCount(); ++row)
        parsed << model->index(row, Ui::StreamEventModel::ParsedColumn).data().toString();
    QVERIFY2(parsed.contains(QStringLiteral("text \" inspector\"")),
             qPrintable(parsed.join(u'\n')));
    QVERIFY(parsed.contains(QStringLiteral("finish stop")));
    QCOMPARE(parsed.last(), QStringLiteral("[DONE]"));
    QVERIFY(std::any_of(parsed.begin(), parsed.end(), [](const QString &p) {
        return p.startsWith(QStringLiteral("usage in "));
    }));
    QCOMPARE(model->index(0, Ui::StreamEventModel::TimeColumn).data().toString(),
             QString::number(e.events.first().atMs));
    QCOMPARE(model->index(0, Ui::StreamEventModel::TypeColumn).data().toString(),
             QStringLiteral("message"));

    // Selecting an event shows its data formatted below the table.
    QTableView *table = panel->eventsView();
    const QRect rect = table->visualRect(model->index(1, Ui::StreamEventModel::DataColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(panel->eventBody()->isJson());
    QVERIFY(panel->eventBody()->shownText().contains(QStringLiteral("\"choices\"")));

    // 20,000 events: showing the tab decodes what is on screen, not the whole stream.
    select(m_lorem);
    QCOMPARE(model->rowCount(), int(exchange(m_lorem).events.size()));
    QCoreApplication::processEvents();
    QVERIFY2(model->decodedCount() < 500, qPrintable(QString::number(model->decodedCount())));
    table->scrollToBottom();
    QTRY_COMPARE(model->decodedCount(), model->rowCount());
    QCOMPARE(model->parsedAt(model->rowCount() - 1), QStringLiteral("[DONE]"));
}

void TestInspector::streamTabDecodesResponsesAndTools()
{
    select(m_reasoning);
    Ui::StreamEventModel *model = m_inspector->exchangeView()->streamPanel()->eventModel();
    QStringList parsed, types;
    for (int row = 0; row < model->rowCount(); ++row) {
        parsed << model->parsedAt(row);
        types << model->index(row, Ui::StreamEventModel::TypeColumn).data().toString();
    }
    QVERIFY2(types.contains(QStringLiteral("response.output_text.delta")),
             qPrintable(types.join(u' ')));
    QVERIFY2(
        std::any_of(parsed.begin(), parsed.end(),
                    [](const QString &p) { return p.startsWith(QStringLiteral("reasoning \"")); }),
        qPrintable(parsed.join(u'\n')));
    QVERIFY(parsed.contains(QStringLiteral("text \" 391\"")));

    select(m_tools);
    parsed.clear();
    for (int row = 0; row < model->rowCount(); ++row)
        parsed << model->parsedAt(row);
    const QString all = parsed.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("tool get_weather")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(" args +\"")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("finish tool_calls")));
}

void TestInspector::timingTabShowsValues()
{
    select(m_flakyRetry);
    m_inspector->exchangeView()->setCurrentIndex(ExchangeView::TimingTab);
    Ui::TimingPanel *timing = m_inspector->exchangeView()->timingPanel();
    const Net::Exchange &e = exchange(m_flakyRetry);
    const auto ms = [](qint64 value) {
        return QStringLiteral("%1 ms").arg(QLocale().toString(value));
    };
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::Attempt)->text(), QStringLiteral("2"));
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::Headers)->text(), ms(e.timings.headersMs));
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::FirstByte)->text(), ms(e.timings.firstByteMs));
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::Total)->text(), ms(e.timings.totalMs));
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::Error)->text(), QStringLiteral("—"));

    select(m_flaky429);
    QCOMPARE(timing->valueLabel(Ui::TimingPanel::Attempt)->text(), QStringLiteral("1"));
    QVERIFY(timing->valueLabel(Ui::TimingPanel::Error)
                ->text()
                .startsWith(QStringLiteral("HTTP error")));
}

void TestInspector::errorExchange()
{
    select(m_error);
    Ui::MessagePanel *response = m_inspector->exchangeView()->responsePanel();
    QVERIFY(response->summaryLabel()->text().contains(QStringLiteral("400")));
    QVERIFY(response->bodyView()->shownText().contains(QStringLiteral("BAD_REQUEST")));
    QVERIFY(m_inspector->exchangeView()->streamPanel()->summaryLabel()->text().contains(
        QStringLiteral("Not a streamed")));
    QVERIFY(m_inspector->exchangeView()
                ->timingPanel()
                ->valueLabel(Ui::TimingPanel::Error)
                ->text()
                .contains(QStringLiteral("demo-error always fails")));
}

void TestInspector::copyAsCurlUsesEnvironmentVariable()
{
    select(m_stream);
    QVERIFY(m_inspector->copyAsCurlAction()->isEnabled());
    m_inspector->copyAsCurlAction()->trigger();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.contains(QStringLiteral("$DATABRICKS_TOKEN")), qPrintable(command));
    QVERIFY(!command.contains(Token));
    QVERIFY(!command.contains(QStringLiteral("****")));
    QVERIFY(command.contains(QStringLiteral("-N")));

    const QStringList words = shellWords(command, Token.toUtf8());
    const qsizetype data = words.indexOf(QStringLiteral("--data-raw"));
    QVERIFY(data > 0);
    QCOMPARE(words.at(data + 1).toUtf8(), exchange(m_stream).request.body);
    QCOMPARE(words.first(), exchange(m_stream).request.url.toString());

    // And it works: the same command, really run against the gateway with the real token.
    if (!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        QProcess curl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATABRICKS_TOKEN"), Token);
        curl.setProcessEnvironment(env);
        curl.start(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), QString(command + QStringLiteral(" -s"))});
        // The gateway lives in this thread: keep the event loop running while curl waits.
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 15000);
        QVERIFY(curl.readAllStandardOutput().contains("data: [DONE]"));
    }
}

void TestInspector::editAndResendEmitsEditedRequest()
{
    select(m_plain);
    QSignalSpy resend(m_inspector.get(), &InspectorWidget::resendRequested);
    m_inspector->resendAction()->trigger();
    Ui::ResendDialog *dialog = m_inspector->resendDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Authorization is shown as coming from the connection, and cannot be edited.
    QTableWidget *headers = dialog->headersTable();
    int authRow = -1;
    for (int row = 0; row < headers->rowCount(); ++row) {
        if (headers->item(row, 0)->text() == QStringLiteral("Authorization"))
            authRow = row;
    }
    QVERIFY(authRow >= 0);
    QCOMPARE(headers->item(authRow, 1)->text(), QStringLiteral("(from connection)"));
    QVERIFY(!(headers->item(authRow, 1)->flags() & Qt::ItemIsEditable));

    QPlainTextEdit *body = dialog->bodyEdit();
    body->setFocus();
    QTest::keyClick(body, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(body, Qt::Key_Delete);
    const QString edited = QStringLiteral(
        R"({"model":"demo-echo","messages":[{"role":"user","content":"Edited by hand"}],"stream":false})");
    QTest::keyClicks(body, edited);
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(resend.size(), 1);
    const auto request = resend.first().first().value<Core::HttpRequest>();
    QCOMPARE(resend.first().at(1).toULongLong(), m_plain); // what it was edited from
    QCOMPARE(request.body, edited.toUtf8());
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, exchange(m_plain).request.url);
    QVERIFY(!request.streaming);
    QVERIFY(request.header("Authorization").isEmpty());
    QCOMPARE(request.header("Content-Type"), exchange(m_plain).request.header("Content-Type"));
    QTRY_VERIFY(!m_inspector->resendDialog());

    // What the main window does with it: send through the connection and log the attempt.
    Net::GatewayCall *call = m_client->send(request, m_connection, Token);
    quint64 id = 0;
    connect(call, &Net::GatewayCall::exchangeRecorded, this,
            [this, &id](const Net::Exchange &e) { id = m_log->append(e); });
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    QVERIFY(finished.wait(10000));
    call->deleteLater();
    m_inspector->showExchange(id);
    QVERIFY(m_inspector->exchangeView()->responsePanel()->bodyView()->shownText().contains(
        QStringLiteral("You said: Edited by hand")));
    QCOMPARE(m_inspector->exchangeView()->requestPanel()->headersView()->headers().last().second,
             QByteArray("Bearer ****abcd"));
}

void TestInspector::invalidJsonDisablesSend()
{
    select(m_plain);
    m_inspector->resendAction()->trigger();
    Ui::ResendDialog *dialog = m_inspector->resendDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->sendButton()->isEnabled());
    QPlainTextEdit *body = dialog->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(",]"));
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(!dialog->canSend());
    const QString message = dialog->validationLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("line")) && message.contains(QStringLiteral("column")),
             qPrintable(message));
    QTest::keyClick(body, Qt::Key_Backspace);
    QTest::keyClick(body, Qt::Key_Backspace);
    QVERIFY(dialog->sendButton()->isEnabled());

    // A URL that is not http(s) is refused too.
    dialog->urlEdit()->selectAll();
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("ftp://example.com/x"));
    QVERIFY(!dialog->sendButton()->isEnabled());
    dialog->reject();
}

void TestInspector::searchFindsText()
{
    select(m_plain);
    ExchangeView *view = m_inspector->exchangeView();
    view->setCurrentIndex(ExchangeView::ResponseTab);
    BodyView *body = view->responsePanel()->bodyView();
    QApplication::setActiveWindow(m_inspector.get());
    body->textView()->setFocus();
    QTest::keyClick(body->textView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(body->searchField()->hasFocus());
    QTest::keyClicks(body->searchField(), QStringLiteral("simple"));
    QTRY_COMPARE(body->matchCount(), 1);
    QCOMPARE(body->textView()->textCursor().selectedText(), QStringLiteral("simple"));
    QCOMPARE(body->textView()->extraSelections().size(), 1);

    body->searchField()->clear();
    QTest::keyClicks(body->searchField(), QStringLiteral("\""));
    QTRY_VERIFY(body->matchCount() > 4);
    const int first = body->textView()->textCursor().position();
    QTest::keyClick(body->searchField(), Qt::Key_Return);
    QVERIFY(body->textView()->textCursor().position() > first);

    body->searchField()->clear();
    QTest::keyClicks(body->searchField(), QStringLiteral("no such text"));
    QTRY_COMPARE(body->matchCount(), 0);
}

void TestInspector::treeViewAndTreeSearch()
{
    select(m_plain);
    BodyView *body = m_inspector->exchangeView()->requestPanel()->bodyView();
    QToolButton *treeButton = nullptr;
    for (QToolButton *button : body->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Tree"))
            treeButton = button;
    }
    QVERIFY(treeButton && treeButton->isEnabled());
    QTest::mouseClick(treeButton, Qt::LeftButton);
    QCOMPARE(body->mode(), BodyView::Mode::Tree);
    QVERIFY(body->treeView()->isVisible());
    Ui::JsonTreeModel *model = body->treeModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray raw = exchange(m_plain).request.body;
    const QString firstKey = QRegularExpression(QStringLiteral(R"(^\{\s*"([^"]+)\")"))
                                 .match(QString::fromUtf8(raw))
                                 .captured(1);
    QCOMPARE(model->index(0, 0).data().toString(), firstKey);

    QTest::keyClicks(body->searchField(), QStringLiteral("simple"));
    QTRY_COMPARE(body->matchCount(), 1);
    const QModelIndex current = body->treeView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(1).data().toString(), QStringLiteral("Plain and simple"));

    // The mode sticks for the next body; a non-JSON body falls back to text.
    select(m_stream);
    QCOMPARE(m_inspector->exchangeView()->requestPanel()->bodyView()->mode(), BodyView::Mode::Tree);
    BodyView *streamBody = m_inspector->exchangeView()->responsePanel()->bodyView();
    QVERIFY(!streamBody->isJson()); // raw event-stream bytes
    QVERIFY(streamBody->shownText().startsWith(QStringLiteral("data: ")));
}

void TestInspector::showExchangeSelectsEntry()
{
    m_inspector->showExchange(m_error);
    QCOMPARE(m_inspector->currentId(), m_error);
    QVERIFY(m_inspector->exchangeView()->responsePanel()->summaryLabel()->text().contains(
        QStringLiteral("400")));
    m_inspector->showExchange(999999); // unknown: nothing changes
    QCOMPARE(m_inspector->currentId(), m_error);
}

void TestInspector::requestShowsWhileInFlightThenCancelled()
{
    // A log, chat and inspector of their own, wired as in the app.
    Engine::ExchangeLog log;
    InspectorWidget inspector(&log);
    // The list's model over the log, checked as the entry is updated in place.
    QAbstractItemModelTester listTester(inspector.exchangeList()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector.resize(1100, 600);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    Engine::ChatSession session(m_client.get(), &log);
    session.setConnection(m_connection, Token);
    Core::ChatSettings settings;
    settings.model = QStringLiteral("demo-slow"); // 300 ms, then a word every 50 ms
    QStringList words;
    for (int i = 0; i < 80; ++i)
        words.append(QStringLiteral("word%1").arg(i));
    QVERIFY(session.send(words.join(QLatin1Char(' ')), settings));

    using Log = Ui::ExchangeTableModel;
    using State = Engine::ExchangeLog::State;
    QAbstractItemModel *list = inspector.exchangeList()->model();
    const auto status = [list] {
        return list->index(0, Log::StatusColumn);
    };
    const auto state = [status] {
        return status().data(Log::StateRole).value<State>();
    };
    // The request is listed while it runs, not once it is over.
    QTRY_COMPARE(list->rowCount(), 1);
    QVERIFY(session.isBusy());
    QVERIFY(state() == State::Pending || state() == State::Streaming);
    QCOMPARE(status().data().toString(),
             state() == State::Pending ? QStringLiteral("pending") : QStringLiteral("streaming"));
    // "Show in inspector" works for the reply that is still streaming.
    const quint64 id = list->index(0, 0).data(Log::IdRole).toULongLong();
    QCOMPARE(session.exchangeIds(1), QList<quint64>{id});

    QTRY_VERIFY(!session.messageAt(1).text().isEmpty());
    QVERIFY(session.isBusy());
    QCOMPARE(state(), State::Streaming);
    QCOMPARE(status().data().toString(), QStringLiteral("streaming"));
    QVERIFY(status().data(Log::StatusRole).toInt() == 200);
    QVERIFY(!status().data(Log::IsErrorRole).toBool());
    inspector.showExchange(id);
    Ui::MessagePanel *response = inspector.exchangeView()->responsePanel();
    QVERIFY2(response->summaryLabel()->text().contains(QStringLiteral("still arriving")),
             qPrintable(response->summaryLabel()->text()));
    QVERIFY(inspector.exchangeView()->streamPanel()->summaryLabel()->text().contains(
        QStringLiteral("still arriving")));

    // Stopped: it says so, in no alarm colour, and the details follow.
    session.stop();
    QTRY_VERIFY(!session.isBusy());
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(state(), State::Cancelled);
    QCOMPARE(status().data().toString(), QStringLiteral("cancelled"));
    QVERIFY(!status().data(Log::IsErrorRole).toBool());
    QCOMPARE(status().data(Qt::ForegroundRole).value<QColor>(),
             QGuiApplication::palette().color(QPalette::PlaceholderText));
    QVERIFY(status().data(Qt::ToolTipRole).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!list->index(0, Log::DurationColumn).data().toString().isEmpty());
    QTRY_VERIFY(!response->summaryLabel()->text().contains(QStringLiteral("still arriving")));
    QVERIFY2(!response->summaryLabel()->text().contains(QStringLiteral("#c0392b")),
             qPrintable(response->summaryLabel()->text()));
}

void TestInspector::failedRequestSaysWhy()
{
    // Nothing listens on port 9: refused at once, and not retried.
    Core::Connection nowhere = m_connection;
    nowhere.host = QUrl(QStringLiteral("http://127.0.0.1:9"));
    nowhere.retries = 0;
    Engine::ExchangeLog log;
    const Core::HttpRequest request = Api::buildChatRequest(
        Core::ApiKind::ChatCompletions,
        nowhere.urlFor(Core::ApiKind::ChatCompletions, QStringLiteral("demo-echo")),
        QStringLiteral("demo-echo"), Core::Conversation::singleTurn(QStringLiteral("hi")), {});
    Net::GatewayCall *call = m_client->send(request, nowhere, Token);
    log.follow(call);
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    QVERIFY(finished.wait(20000));
    call->deleteLater();
    using Log = Ui::ExchangeTableModel;
    using State = Engine::ExchangeLog::State;
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.stateAt(0), State::Failed);
    Ui::ExchangeTableModel table(&log);
    const QModelIndex status = table.index(0, Log::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("failed"));
    QVERIFY(status.data(Log::IsErrorRole).toBool());
    QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), call->error()->message);
}

void TestInspector::largeBodyStaysResponsive()
{
    // A 10 MB JSON answer, as a gateway could send for a long generation with logprobs.
    QByteArray big = R"({"id":"big","data":[)";
    int items = 0;
    while (big.size() < 10 * 1024 * 1024) {
        if (items)
            big += ',';
        big += R"({"index":)" + QByteArray::number(items++)
               + R"(,"text":"lorem ipsum dolor sit amet, consectetur adipiscing elit","ok":true})";
    }
    big += "]}";
    Net::Exchange e = exchange(m_plain);
    e.responseBody = big;
    const quint64 id = m_log->append(e);

    m_inspector->exchangeView()->setCurrentIndex(ExchangeView::ResponseTab);
    BodyView *body = m_inspector->exchangeView()->responsePanel()->bodyView();

    // Measure the longest gap between timer ticks while the body is being opened.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, sinceTick.restart()); });

    QElapsedTimer clock;
    clock.start();
    m_inspector->showExchange(id);
    const qint64 selectMs = clock.elapsed();
    // Selecting returns while the body is still being formatted off the GUI thread (how fast
    // is the benchmarks' business, not a unit test's).
    QVERIFY(body->isFormatting());
    const QList<QLabel *> labels = body->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text() == QStringLiteral("Formatting…");
    }));
    sinceTick.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!body->isFormatting(), 30000);
    ticker.stop();
    qInfo("10 MB body: selection returned after %lld ms, formatted after %lld ms, longest "
          "event-loop gap %lld ms",
          selectMs, clock.elapsed(), longestGap);
    // Only a gross stall fails here: a loaded machine may pause the loop now and then.
    QVERIFY2(longestGap < 3000, qPrintable(QString::number(longestGap)));
    QVERIFY(body->isJson());
    QVERIFY(body->isTruncated());
    QVERIFY(body->shownText().startsWith(QStringLiteral("{\n  \"id\": \"big\",\n  \"data\": [")));
    QVERIFY(body->shownText().size() <= BodyView::ShownLimit);

    // The tree shows all of it without formatting it.
    body->setMode(BodyView::Mode::Tree);
    Ui::JsonTreeModel *model = body->treeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowCount(model->index(1, 0)), items);
    QCOMPARE(model->index(items - 1, 0, model->index(1, 0)).data().toString(),
             QStringLiteral("[%1]").arg(items - 1));
    body->setMode(BodyView::Mode::Text);

    // "Show all" loads 20 MB of text in slices: the window keeps painting meanwhile.
    clock.restart();
    longestGap = 0;
    body->showAll();
    const qint64 showAllMs = clock.elapsed();
    QVERIFY(body->isFormatting()); // returned at once: the text loads in slices afterwards
    sinceTick.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!body->isFormatting(), 60000);
    ticker.stop();
    qInfo("show all: returned after %lld ms, loaded after %lld ms, longest event-loop gap %lld ms",
          showAllMs, clock.elapsed(), longestGap);
    QVERIFY2(longestGap < 3000, qPrintable(QString::number(longestGap)));
    QVERIFY(!body->isTruncated());
    QVERIFY(body->shownText().endsWith(QStringLiteral("}\n  ]\n}")));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
