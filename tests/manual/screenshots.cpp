// Screenshots of the inspector and the conversation view, for the README and for judging the
// look by eye. Not a test: ctest does not run it, and the build makes it only when asked
// (target parlance-screenshots). It drives the real widgets against the simulated gateway,
// as the GUI tests do, and writes PNGs:
//
//   parlance-screenshots [inspector] [conversation] [conversationStates] [compare]
//                        [historySearch] [getCode] [signin] [signinError]
//                        [sqlConsole] [batch]                            (all by default)
//
// PARLANCE_SHOT_DIR: where the PNGs go (default: ./screenshots).
// PARLANCE_SHOT_PAUSE: milliseconds each scene stays on screen after its last shot, to look at
// it or capture it with another tool (run it on a display rather than offscreen for that).

#include "api/dialect.h"
#include "auth/signedinbrowser.h"
#include "batch/batchresultmodel.h"
#include "batch/batchsetuppanel.h"
#include "batch/batchview.h"
#include "compare/comparecolumnview.h"
#include "compare/compareview.h"
#include "compare/votebar.h"
#include "config/profilestore.h"
#include "controls/getcodedialog.h"
#include "controls/modelpicker.h"
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "core/connection.h"
#include "engine/exchangelog.h"
#include "gui/chatpanerig.h"
#include "history/historylistmodel.h"
#include "history/historypanel.h"
#include "inspector/bodyview.h"
#include "inspector/exchangeview.h"
#include "inspector/inspectorwidget.h"
#include "inspector/messagepanel.h"
#include "inspector/resenddialog.h"
#include "inspector/streameventmodel.h"
#include "inspector/streampanel.h"
#include "net/gatewaycall.h"
#include "settings/settingsdialog.h"
#include "sim/oauthserver.h"
#include "sql/sqlconsole.h"
#include "sql/sqlparameterstable.h"
#include "sql/warehousebar.h"
#include "store/historystore.h"
#include "support/eventloop.h"
#include "window/mainwindow.h"
#include "window/signinstatus.h"
#include "workspace/batchsession.h"
#include "workspace/comparesession.h"
#include "workspace/workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Parlance;
using Ui::BodyView;
using Ui::ExchangeView;
using M = Ui::ConversationModel;

namespace {

// A workbench of the scene's own: history, connections and settings in `dir`, and HOME there too,
// so no scene reads the user's files (~/.databrickscfg) or another scene's.
Workspace::WorkbenchSetup sceneSetup(const QTemporaryDir &dir, QSettings *settings,
                                     QProcessEnvironment env)
{
    env.insert(QStringLiteral("HOME"), dir.path());
    Workspace::WorkbenchSetup setup;
    setup.environment = env;
    setup.historyFile = dir.filePath(QStringLiteral("history.sqlite"));
    setup.connectionsFile = dir.filePath(QStringLiteral("connections.ini"));
    setup.settings = settings;
    return setup;
}
const QString Token = QStringLiteral("dapi0123456789secretabcd");
} // namespace

class Screenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inspector();
    void conversation();
    void conversationStates();
    void compare();
    void historySearch();
    void getCode();
    void signin();
    void signinError();
    void sqlConsole();
    void batch();

private:
    // The connection settings of a browser sign-in connection after pressing "Sign in with
    // Databricks", the simulator's authorization server answering as a signed-in browser
    // would; `tokenEndpointDown` makes it fail.
    void signInScene(bool tokenEndpointDown, const QString &name);
    // Writes `widget` as <name>.png once what is pending (layouts, resizes) has been handled.
    bool save(QWidget *widget, const QString &name);
    // Keeps the scene on screen for PARLANCE_SHOT_PAUSE ms: time for a person, not a wait
    // for anything to happen.
    static void pause();
    quint64 run(const Core::Connection &connection, const QString &model, Core::ApiKind api,
                bool stream, const QString &prompt);
    void send(const QString &text);
    bool sendAndWait(const QString &text);

    QDir m_dir;
    ChatPaneRig m_rig;
};

void Screenshots::initTestCase()
{
    const QString dir = qEnvironmentVariable("PARLANCE_SHOT_DIR", QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(dir));
    m_dir = QDir(dir);
    qInfo("screenshots go to %s", qPrintable(m_dir.absolutePath()));
}

void Screenshots::init()
{
    m_rig.start();
    // A gateway that wants a token, so the request tab shows how it is masked.
    m_rig.gateway->setRequiredToken(Token);
    Core::Connection connection = m_rig.session->connection();
    connection.auth = Core::Connection::Auth::Bearer;
    m_rig.session->setConnection(connection, Token);
}

void Screenshots::cleanup()
{
    m_rig.reset();
}

bool Screenshots::save(QWidget *widget, const QString &name)
{
    if (!Testing::deliverPostedEvents())
        return false;
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    qInfo("wrote %s", qPrintable(path));
    return true;
}

void Screenshots::pause()
{
    if (const int ms = qEnvironmentVariableIntValue("PARLANCE_SHOT_PAUSE"); ms > 0)
        QTest::qWait(ms);
}

quint64 Screenshots::run(const Core::Connection &connection, const QString &model,
                         Core::ApiKind api, bool stream, const QString &prompt)
{
    Core::GenerationParams params;
    params.stream = stream;
    const Core::HttpRequest request = Api::buildChatRequest(
        api, connection.urlFor(api, model), model, Core::Conversation::singleTurn(prompt), params);
    Net::GatewayCall *call = m_rig.client->send(request, connection, Token);
    quint64 last = 0;
    connect(call, &Net::GatewayCall::exchangeRecorded, this,
            [this, &last](const Net::Exchange &e) { last = m_rig.log->append(e); });
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    if (!finished.wait(20000))
        qWarning("request to %s did not finish", qPrintable(model));
    call->deleteLater();
    return last;
}

void Screenshots::send(const QString &text)
{
    QPlainTextEdit *input = m_rig.pane->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
}

bool Screenshots::sendAndWait(const QString &text)
{
    send(text);
    return QTest::qWaitFor([this] { return !m_rig.session->isBusy(); }, 10000);
}

void Screenshots::inspector()
{
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = m_rig.gateway->url();
    connection.auth = Core::Connection::Auth::Bearer;
    using Core::ApiKind;
    // A list like a short session's: plain and streamed answers, an error, a retried 429.
    run(connection, QStringLiteral("demo-echo"), ApiKind::ChatCompletions, true,
        QStringLiteral("Hello inspector"));
    const quint64 plain = run(connection, QStringLiteral("demo-echo"), ApiKind::ChatCompletions,
                              false, QStringLiteral("Plain and simple"));
    run(connection, QStringLiteral("demo-error"), ApiKind::ChatCompletions, false,
        QStringLiteral("fail please"));
    run(connection, QStringLiteral("demo-flaky"), ApiKind::ChatCompletions, false,
        QStringLiteral("try twice"));
    run(connection, QStringLiteral("demo-reasoning"), ApiKind::Responses, true,
        QStringLiteral("What is 17 times 23?"));
    run(connection, QStringLiteral("demo-tools"), ApiKind::ChatCompletions, true,
        QStringLiteral("Weather in Paris?"));
    // demo-slow spreads its events over time, so the timeline has something to show.
    const quint64 slow = run(connection, QStringLiteral("demo-slow"), ApiKind::ChatCompletions,
                             true, QStringLiteral("Take your time, please"));

    Ui::InspectorWidget inspector(m_rig.log.get());
    inspector.resize(1150, 820);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.showExchange(slow);
    QCOMPARE(inspector.currentId(), slow);
    ExchangeView *view = inspector.exchangeView();
    const auto bodiesReady = [view] {
        return !view->requestPanel()->bodyView()->isFormatting()
               && !view->responsePanel()->bodyView()->isFormatting();
    };
    QTRY_VERIFY(bodiesReady());

    const char *names[] = {"request", "response", "stream", "timing"};
    for (int tab = 0; tab < 4; ++tab) {
        view->setCurrentIndex(tab);
        if (tab == ExchangeView::StreamTab) {
            QTableView *table = view->streamPanel()->eventsView();
            table->setCurrentIndex(view->streamPanel()->eventModel()->index(3, 0));
        }
        QVERIFY(save(&inspector, QStringLiteral("inspector-") + QLatin1StringView(names[tab])));
    }
    // Docked at the bottom: wide and short, list beside the details.
    inspector.resize(1350, 420);
    view->setCurrentIndex(ExchangeView::StreamTab);
    QVERIFY(save(&inspector, QStringLiteral("inspector-wide")));
    inspector.resize(1150, 820);
    view->setCurrentIndex(ExchangeView::RequestTab);
    view->requestPanel()->bodyView()->setMode(BodyView::Mode::Tree);
    QVERIFY(save(&inspector, QStringLiteral("inspector-request-tree")));
    view->requestPanel()->bodyView()->setMode(BodyView::Mode::Text);

    view->setCurrentIndex(ExchangeView::ResponseTab);
    inspector.showExchange(plain);
    QTRY_VERIFY(bodiesReady());
    BodyView *response = view->responsePanel()->bodyView();
    response->searchField()->setText(QStringLiteral("said"));
    QTRY_VERIFY(response->matchCount() > 0);
    QVERIFY(save(&inspector, QStringLiteral("inspector-search")));

    inspector.resendAction()->trigger();
    Ui::ResendDialog *dialog = inspector.resendDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->bodyEdit()->setFocus();
    dialog->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(dialog->bodyEdit(), QStringLiteral(",]"));
    QVERIFY(!dialog->canSend()); // the validation message is what this shot is about
    QVERIFY(save(dialog, QStringLiteral("inspector-resend")));
    pause();
    dialog->reject();
}

void Screenshots::conversation()
{
    m_rig.showPane();
    Ui::ChatPane *pane = m_rig.pane.get();
    pane->resize(1000, 860);
    pane->move(20, 20);
    pane->composer()->setText(QStringLiteral(
        "\n\n## Plan\n\nHere is **bold**, *italic*, `inline code` and a "
        "[link](https://example.com).\nA second line in the same paragraph.\n\n"
        "Another paragraph, then a table:\n\n| Model | Tokens |\n|---|---|\n| demo-echo | 12 |\n\n"
        "1. First item\n2. Second item with a longer sentence that has to wrap around the "
        "width of the view at some point\n\n```cpp\n#include <iostream>\n\nint main()\n{\n"
        "    std::cout << \"Hello, world\\n\";\n}\n```\n\n> A quote to finish."));
    pane->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_rig.session->isBusy(), 10000);
    m_rig.settings.model = QStringLiteral("demo-reasoning");
    QVERIFY(sendAndWait(QStringLiteral("What is 17 × 23?")));
    pane->conversationView()->setReasoningExpanded(3, true);
    m_rig.settings.model = QStringLiteral("demo-tools");
    QVERIFY(sendAndWait(QStringLiteral("What's the weather in Paris?")));
    m_rig.settings.model = QStringLiteral("demo-error");
    QVERIFY(sendAndWait(QStringLiteral("This one fails.")));
    QVERIFY(save(pane, QStringLiteral("conversation")));

    // A reply still streaming, shot once some of it is there.
    m_rig.settings.model = QStringLiteral("demo-slow");
    QString prompt;
    for (int i = 0; i < 120; ++i)
        prompt += QStringLiteral("streaming ");
    send(prompt.trimmed());
    const QModelIndex reply = pane->conversationView()->model()->index(9, 0);
    QTRY_VERIFY(reply.data(M::TextRole).toString().size() > 200);
    QVERIFY(save(pane, QStringLiteral("conversation-streaming")));
    pause();
    m_rig.session->stop();
    QTRY_VERIFY(!m_rig.session->isBusy());
}

void Screenshots::conversationStates()
{
    m_rig.showPane();
    Ui::ChatPane *pane = m_rig.pane.get();
    pane->resize(1000, 860);
    pane->move(20, 20);
    // Stopped after some text, and stopped before any.
    m_rig.settings.model = QStringLiteral("demo-slow");
    send(QStringLiteral("Count slowly: one two three four five six seven eight nine ten eleven"));
    const QModelIndex first = pane->conversationView()->model()->index(1, 0);
    QTRY_VERIFY(first.data(M::TextRole).toString().contains(QStringLiteral("three")));
    m_rig.session->stop();
    QTRY_VERIFY(!m_rig.session->isBusy());
    send(QStringLiteral("Stop before the answer"));
    m_rig.session->stop();
    QTRY_VERIFY(!m_rig.session->isBusy());

    // A stream cut off by the gateway: partial text, marked incomplete, with an error card.
    Core::Connection cut = m_rig.session->connection();
    cut.extraHeaders.append({QByteArrayLiteral("X-Sim-Fault"), QByteArrayLiteral("disconnect")});
    m_rig.session->setConnection(cut, Token);
    m_rig.settings.model = QStringLiteral("demo-echo");
    QVERIFY(
        sendAndWait(QStringLiteral("This stream will be cut in the middle by the gateway, see")));
    pane->conversationView()->editTurn(0);
    QVERIFY(save(pane, QStringLiteral("conversation-states")));
    pause();
}

void Screenshots::compare()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const auto shared = [] {
        Core::ChatSettings chat;
        chat.model = QStringLiteral("demo-echo");
        return chat;
    };
    const QString prompt = QStringLiteral(
        "Summarise in one sentence why a gateway between apps and models helps: one place for "
        "keys, limits, logs and routing.");
    // Prices for two of the models, so the cost row has something to compare.
    const auto cost = [](const QString &model, const Core::Usage &usage) -> std::optional<double> {
        if (!usage.inputTokens || !usage.outputTokens)
            return std::nullopt;
        const double in = model == u"demo-slow" ? 3.0 : 0.5;
        const double out = model == u"demo-slow" ? 15.0 : 1.5;
        return (*usage.inputTokens * in + *usage.outputTokens * out) / 1e6;
    };

    // Three columns: the echo model, the same answer slower, and the echo model with its own
    // (overridden) token limit, differences shown against the first.
    {
        Workspace::CompareSession session(m_rig.log.get(), nullptr, nullptr);
        session.setSharedConnection(m_rig.session->connection(), Token);
        Core::GenerationParams limited;
        limited.maxTokens = 12;
        QVERIFY(
            session.startNew({{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                              {u"demo-slow"_qs, std::nullopt, std::nullopt, std::nullopt},
                              {u"demo-echo"_qs, std::nullopt, Core::ApiKind::Responses, limited}}));
        Ui::CompareView view(&session, &settings);
        view.setSharedSettingsProvider(shared);
        view.setCostFunction(cost);
        view.resize(1380, 820);
        view.move(20, 20);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.composer()->setText(prompt);
        view.composer()->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 20000);
        view.setBaseline(0);
        QTest::qWait(200); // the metrics strip follows the answers a tenth of a second behind
        QVERIFY(save(&view, QStringLiteral("compare")));
        pause();
    }

    // Blind: three answers labelled A, B, C, then the vote reveals who gave which.
    {
        Workspace::CompareSession session(m_rig.log.get(), nullptr, nullptr);
        session.setSharedConnection(m_rig.session->connection(), Token);
        QVERIFY(session.startNew({{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                                  {u"demo-reasoning"_qs, std::nullopt, std::nullopt, std::nullopt},
                                  {u"demo-lorem"_qs, std::nullopt, std::nullopt, std::nullopt}}));
        Ui::CompareView view(&session, &settings);
        view.setSharedSettingsProvider(shared);
        view.setCostFunction(cost);
        view.resize(1380, 820);
        view.move(20, 20);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.blindAction()->trigger();
        view.composer()->setText(QStringLiteral("What is 17 × 23?"));
        view.composer()->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 20000);
        QTRY_VERIFY(view.voteBar()->isVisible());
        QVERIFY(save(&view, QStringLiteral("compare-blind")));
        view.voteBar()->bestButtons().at(1)->click();
        QTRY_VERIFY(session.isRevealed());
        QTest::qWait(200);
        QVERIFY(save(&view, QStringLiteral("compare-blind-revealed")));
        pause();
    }
}

// The window with a history search: the results with the matched words marked under their
// titles, then the one opened at the message that matched, that message selected.
void Screenshots::historySearch()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    {
        Store::HistoryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        const auto save = [&](const QString &key, const QString &title, int hoursAgo,
                              const QStringList &texts) {
            Store::StoredConversation conversation;
            conversation.key = key;
            conversation.title = title;
            conversation.updated = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
            conversation.created = conversation.updated.addSecs(-600);
            conversation.settings.model = QStringLiteral("databricks-claude-sonnet-4-5");
            for (qsizetype i = 0; i < texts.size(); ++i) {
                Core::Turn turn;
                turn.message = i % 2 ? Core::Message::assistant(texts.at(i))
                                     : Core::Message::user(texts.at(i));
                if (i % 2)
                    turn.model = conversation.settings.model;
                conversation.turns.append(turn);
            }
            QVERIFY2(store.save(conversation, &error), qPrintable(error));
        };
        save(QStringLiteral("serving"), QStringLiteral("Serving a fine-tuned Llama"), 2,
             {QStringLiteral("How do I serve my fine-tuned Llama with low latency?"),
              QStringLiteral("Use a provisioned-throughput endpoint, and keep the batch small."),
              QStringLiteral("What about the KV cache?"),
              QStringLiteral("**Paged attention** keeps the KV cache in fixed-size blocks, so "
                             "memory is not wasted on padding and many more requests fit on one "
                             "GPU. vLLM made it popular."),
              QStringLiteral("And speculative decoding?"),
              QStringLiteral("A small draft model proposes tokens and the large one checks "
                             "them in one pass: two to three times faster for chatty answers.")});
        save(QStringLiteral("budget"), QStringLiteral("GPU budget for Q3"), 20,
             {QStringLiteral("Estimate the GPU hours for the Q3 evaluation runs."),
              QStringLiteral("About 1,800 A100 hours, assuming paged attention in the serving "
                             "stack and batches of 32.")});
        save(QStringLiteral("poem"), QStringLiteral("A haiku about caches"), 30,
             {QStringLiteral("Write a haiku about caches."),
              QStringLiteral("Warm lines in the dark / a miss sends us to the disk / patience, "
                             "little thread")});
        save(QStringLiteral("sql"), QStringLiteral("ai_query with a response format"), 50,
             {QStringLiteral("How do I ask for JSON from ai_query?"),
              QStringLiteral("Pass responseFormat with a JSON schema.")});
    }
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Workspace::WorkbenchSetup setup;
    setup.environment = QProcessEnvironment();
    setup.historyFile = file;
    setup.connectionsFile = dir.filePath(QStringLiteral("connections.json"));
    setup.settings = &settings;
    Workspace::Workbench workbench(setup);
    Ui::MainWindow window(&workbench);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    workbench.startDemo();
    Ui::HistoryPanel *panel = window.historyPanel();
    QListView *list = panel->listView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, 10000);

    panel->filterEdit()->setFocus();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("paged att"));
    QTRY_VERIFY_WITH_TIMEOUT(
        list->model()->rowCount() == 2
            && list->model()->index(0, 0).data(Ui::HistoryListModel::HitRole).isValid(),
        5000);
    QVERIFY(save(&window, QStringLiteral("history-search")));
    pause();

    const QModelIndex result = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(result).center());
    QTRY_COMPARE_WITH_TIMEOUT(workbench.session()->turns().size(), 6, 5000);
    QTest::qWait(200);
    QVERIFY(save(&window, QStringLiteral("history-search-opened")));
    pause();
}

// The Get code dialog on a chat reply: the target list and the highlighted
// snippet of the OpenAI Python SDK, the token read from the environment.
void Screenshots::getCode()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPENAI_BASE_URL"), m_rig.gateway->url().toString() + u"/v1"_qs);
    env.insert(QStringLiteral("OPENAI_API_KEY"), Token);
    Workspace::Workbench workbench(sceneSetup(dir, &settings, env));
    Ui::MainWindow window(&workbench);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);

    QPlainTextEdit *input = window.chatPane()->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Name three uses of a KV cache."));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !workbench.session()->isBusy() && workbench.session()->turns().size() == 2, 20000);
    window.chatPane()->conversationView()->getCode(1);
    Ui::GetCodeDialog *dialog = window.findChild<Ui::GetCodeDialog *>();
    QVERIFY(dialog);
    dialog->resize(980, 620);
    dialog->setCurrentTarget(QStringLiteral("openai-chat"));
    QVERIFY(!dialog->code().contains(Token));
    QVERIFY(save(dialog, QStringLiteral("get-code")));
    pause();
    dialog->close();
}

void Screenshots::signInScene(bool tokenEndpointDown, const QString &name)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QProcessEnvironment env;
    Workspace::Workbench workbench(sceneSetup(dir, &settings, env));
    QNetworkAccessManager browser;
    workbench.setBrowserOpener([&browser](const QUrl &url) {
        Auth::fetchLikeASignedInBrowser(&browser, url);
        return true;
    });
    Core::Connection connection;
    connection.name = QStringLiteral("Analytics workspace");
    connection.host = m_rig.gateway->url();
    connection.gatewayPath = QStringLiteral("/serving-endpoints");
    connection.signIn = Core::Connection::SignIn::ExternalBrowser;
    QVERIFY(workbench.profiles()->save(connection));
    m_rig.gateway->oauth().setTokenEndpointDown(tokenEndpointDown);
    const auto restore
        = qScopeGuard([this] { m_rig.gateway->oauth().setTokenEndpointDown(false); });

    Ui::SettingsDialog dialog(workbench.profiles(), workbench.secrets(), workbench.client());
    Ui::SignInStatusLabel::connectDialog(&dialog, workbench.signInState());
    dialog.resize(1000, 720);
    QVERIFY(dialog.selectConnection(connection.name));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn);
    signIn->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("signInStatus"));
    if (tokenEndpointDown) {
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != QStringLiteral("Not signed in")
                                     && !status->text().startsWith(QStringLiteral("Signing")),
                                 10000);
        dialog.findChild<QToolButton *>(QStringLiteral("signInDetailsButton"))->click();
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Signed in as")), 10000);
    }
    QVERIFY(save(&dialog, name));
    pause();
}

// The connection settings signed in: who, and until when.
void Screenshots::signin()
{
    signInScene(false, QStringLiteral("signin"));
}

// A sign-in whose token endpoint is down: what to do, Retry, and the raw error under Details.
void Screenshots::signinError()
{
    signInScene(true, QStringLiteral("signin-error"));
}

// The SQL console on a Databricks connection: the running warehouse picked, an ai_query made
// from the template for the chosen model with its prompt as a parameter, and its result.
void Screenshots::sqlConsole()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_HOST"), m_rig.gateway->url().toString());
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), Token);
    Workspace::Workbench workbench(sceneSetup(dir, &settings, env));
    Ui::MainWindow window(&workbench);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);
    window.modelPicker()->setCurrentModel(QStringLiteral("demo-echo"));

    window.sqlConsoleAction()->trigger();
    Ui::SqlConsole *console = window.sqlConsole();
    QTRY_COMPARE_WITH_TIMEOUT(console->warehouseBar()->comboBox()->count(), 2, 10000);
    console->insertAiQueryTemplate();
    console->parametersTable()->setValue(QStringLiteral("prompt"),
                                         QStringLiteral("Name three uses of a SQL warehouse."));
    console->run();
    QTRY_VERIFY_WITH_TIMEOUT(console->stateLine()->text().startsWith(u"SUCCEEDED"), 20000);
    QVERIFY(save(&window, QStringLiteral("sql-console")));
    pause();
}

void Screenshots::batch()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPENAI_BASE_URL"), m_rig.gateway->url().toString() + u"/v1"_qs);
    env.insert(QStringLiteral("OPENAI_API_KEY"), Token);
    {
        Workspace::Workbench workbench(sceneSetup(dir, &settings, env));
        Ui::MainWindow window(&workbench);
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);
        window.batchAction()->trigger();
        // The batch view alone: its table is what the picture is of.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->hide();
        QVERIFY(
            Testing::deliverPostedEvents()); // laid out without them before the run sizes columns
        Ui::BatchView *view = window.batchView();
        QTRY_VERIFY(view->setupPanel()->modelList()->count() > 0);

        const QStringList prompts{
            QStringLiteral("Name the capital of France."),
            QStringLiteral("Summarise the plot of Hamlet in one sentence."),
            QStringLiteral("Translate 'good morning' into German."),
            QStringLiteral("What is 17 times 23?"),
            QStringLiteral("List three uses of a KV cache."),
            QStringLiteral("Write a haiku about gateways."),
            QStringLiteral("Explain HTTP 429 to a new engineer."),
            QStringLiteral("Give a JSON object with keys a and b."),
            QStringLiteral("Which is larger, 9.11 or 9.9?"),
            QStringLiteral("Suggest a name for a code review bot."),
        };
        QString jsonl;
        for (const QString &prompt : prompts)
            jsonl += QStringLiteral("{\"prompt\": \"%1\"}\n").arg(prompt);
        view->setupPanel()->setPrompts(jsonl, Engine::BatchFormat::Jsonl);
        view->setupPanel()->setSelectedModels({QStringLiteral("demo-echo"),
                                               QStringLiteral("demo-lorem"),
                                               QStringLiteral("demo-error")});
        view->setupPanel()->checksEdit()->setPlainText(
            QStringLiteral("contains:said\nmax-length:400"));
        QTest::mouseClick(view->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workbench.batch()->state(),
                                  Workspace::BatchSession::State::Finished, 30000);
        view->table()->setCurrentIndex(view->resultModel()->index(1, 1));
        QVERIFY(save(&window, QStringLiteral("batch")));
        pause();
    } // quit: the run is in the history

    // Started again: the run listed in the History dock and opened from it.
    Workspace::Workbench workbench(sceneSetup(dir, &settings, env));
    Ui::MainWindow window(&workbench);
    window.resize(1440, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelPicker()->currentModel().isEmpty(), 10000);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->setVisible(dock == window.findChild<QDockWidget *>(QStringLiteral("historyDock")));
    QListView *history = window.historyPanel()->listView();
    QTRY_VERIFY(history->model()->rowCount() > 0);
    history->setFocus();
    history->setCurrentIndex(history->model()->index(0, 0));
    QTest::keyClick(history, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(workbench.batch()->rowCount() == 10, 10000);
    QVERIFY(Testing::deliverPostedEvents());
    QVERIFY(save(&window, QStringLiteral("batch-reopened")));
    pause();
}

QTEST_MAIN(Screenshots)
#include "screenshots.moc"
