// The compare session against the simulated gateway over loopback: one prompt to every column,
// columns that override the shared settings, stopping one, continuing from one answer, blind
// votes, saved connections per column, and the comparison as the history keeps it.
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "sim/simulatedgateway.h"
#include "support/eventloop.h"
#include "workspace/comparesession.h"
#include "workspace/comparisonsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Workspace::CompareSession;

class TstCompareSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendsOnePromptToEveryColumn();
    void columnsOverrideTheSharedSettings();
    void stoppingOneColumnLeavesTheOthers();
    void failingColumnLeavesTheOthers();
    void continueWithMakesOneAnswerEveryColumnsHistory();
    void columnCountStaysBetweenTwoAndEight();
    void addedColumnJoinsTheConversationSoFar();
    void blindVoteRevealsOnce();
    void contestantsNameTheApiWhenOneModelIsComparedAcrossApis();
    void savedConnectionColumnGoesToItsOwnServer();
    void missingSavedConnectionStopsTheRound();
    void snapshotRestoresColumnsTurnsAndVotes();
    void setsKeepColumnsAndStartNewComparisons();
    void freshComparisonSpreadsModels();

private:
    Core::Connection sharedConnection() const;
    static bool waitIdle(CompareSession &session);
    void makeSession(const QStringList &models);
    QList<Sim::RecordedRequest> chatRequests() const;

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<Config::ProfileStore> m_profiles;
    Config::SecretStore *m_secrets = nullptr;
    Engine::ExchangeLog *m_log = nullptr;
    CompareSession *m_session = nullptr;
};

void TstCompareSession::initTestCase()
{
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstCompareSession::init()
{
    m_gateway.clearRequests();
    m_profiles = std::make_unique<Config::ProfileStore>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_qs));
    m_secrets = new Config::SecretStore(QStringLiteral("ParlanceCompareTest"), this);
    m_log = new Engine::ExchangeLog(this);
}

void TstCompareSession::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_log;
    delete m_secrets;
}

Core::Connection TstCompareSession::sharedConnection() const
{
    Core::Connection connection;
    connection.name = QStringLiteral("Shared");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    return connection;
}

void TstCompareSession::makeSession(const QStringList &models)
{
    m_session = new CompareSession(m_log, m_profiles.get(), m_secrets);
    m_session->setSharedConnection(sharedConnection(), {});
    Core::ChatSettings shared;
    shared.model = QStringLiteral("demo-echo");
    m_session->setSharedSettings(shared);
    QCOMPARE(m_session->columnCount(), CompareSession::kMinColumns);
    QCOMPARE(m_session->spec(1).model, shared.model);
    QList<Core::CompareColumnSpec> specs;
    for (const QString &model : models) {
        Core::CompareColumnSpec spec;
        spec.model = model;
        specs.append(spec);
    }
    QVERIFY(m_session->startNew(specs));
}

bool TstCompareSession::waitIdle(CompareSession &session)
{
    return QTest::qWaitFor([&session] { return !session.isBusy(); }, 20000);
}

QList<Sim::RecordedRequest> TstCompareSession::chatRequests() const
{
    QList<Sim::RecordedRequest> chats;
    for (const Sim::RecordedRequest &request : m_gateway.requests()) {
        if (request.method == u"POST")
            chats.append(request);
    }
    return chats;
}

static QString modelOf(const Sim::RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"model").toString();
}

void TstCompareSession::sendsOnePromptToEveryColumn()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-slow"_qs});
    QSignalSpy finished(m_session, &CompareSession::roundFinished);
    QVERIFY(m_session->sendAll(QStringLiteral("compare this")));
    QVERIFY(m_session->isBusy());
    QVERIFY(!m_session->sendAll(QStringLiteral("not while a round runs")));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_session->rounds(), 1);
    QCOMPARE(m_session->title(), QStringLiteral("compare this"));

    QStringList asked;
    for (const Sim::RecordedRequest &request : chatRequests())
        asked.append(modelOf(request));
    asked.sort();
    QCOMPARE(asked, (QStringList{u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-slow"_qs}));

    for (int column = 0; column < 3; ++column) {
        Engine::ChatSession *session = m_session->session(column);
        QCOMPARE(session->turns().size(), 2);
        QCOMPARE(session->turns().at(0).message.text(), QStringLiteral("compare this"));
        const Core::Turn &reply = session->turns().at(1);
        QVERIFY2(!reply.error, qPrintable(reply.error ? reply.error->message : QString()));
        QVERIFY(!reply.message.text().isEmpty());
        QCOMPARE(reply.model, m_session->spec(column).model);
        QVERIFY(reply.metrics.timeToFirstTokenMs.has_value());
        // Each column's exchanges are logged under its own key, so the inspector can tag them.
        const QList<quint64> ids = session->exchangeIds(1);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(m_log->conversationOf(ids.first()), m_session->columnKey(column));
        QCOMPARE(m_session->columnOfKey(m_session->columnKey(column)), column);
    }
    QCOMPARE(m_session->columnOfKey(QStringLiteral("another-conversation")), -1);
    QCOMPARE(m_session->columnOfKey(m_session->key() + u"#9"_qs), -1);
}

void TstCompareSession::columnsOverrideTheSharedSettings()
{
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs});
    Core::ChatSettings shared = m_session->sharedSettings();
    shared.params.temperature = 0.25;
    shared.params.systemPrompt = QStringLiteral("shared system");
    m_session->setSharedSettings(shared);

    Core::CompareColumnSpec spec = m_session->spec(1);
    spec.api = Core::ApiKind::Responses;
    Core::GenerationParams own;
    own.temperature = 1.5;
    own.maxTokens = 77;
    spec.params = own;
    m_session->setSpec(1, spec);

    QCOMPARE(m_session->effectiveSettings(0).params.temperature, 0.25);
    QCOMPARE(m_session->effectiveSettings(0).api, Core::ApiKind::ChatCompletions);
    QCOMPARE(m_session->effectiveSettings(1).api, Core::ApiKind::Responses);
    QCOMPARE(m_session->effectiveSettings(1).params.maxTokens, 77);

    QVERIFY(m_session->sendAll(QStringLiteral("settings")));
    QVERIFY(waitIdle(*m_session));
    const QList<Sim::RecordedRequest> requests = chatRequests();
    QCOMPARE(requests.size(), 2);
    bool sawChat = false;
    bool sawResponses = false;
    for (const Sim::RecordedRequest &request : requests) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.path.endsWith(u"/chat/completions")) {
            sawChat = true;
            QCOMPARE(body.value(u"temperature").toDouble(), 0.25);
            QVERIFY(QString::fromUtf8(request.body).contains(u"shared system"));
        } else if (request.path.endsWith(u"/responses")) {
            sawResponses = true;
            QCOMPARE(body.value(u"temperature").toDouble(), 1.5);
            QCOMPARE(body.value(u"max_output_tokens").toInt(), 77);
            QVERIFY(!QString::fromUtf8(request.body).contains(u"shared system"));
        }
    }
    QVERIFY(sawChat);
    QVERIFY(sawResponses);
    QCOMPARE(m_session->session(1)->turns().at(1).api, Core::ApiKind::Responses);
}

void TstCompareSession::stoppingOneColumnLeavesTheOthers()
{
    m_gateway.setTimeScale(1.0);
    makeSession({u"demo-echo"_qs, u"demo-slow"_qs, u"demo-lorem"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("one two three four five six seven eight nine")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->session(1)->messageAt(1).text().isEmpty(), 10000);
    m_session->stop(1);
    QVERIFY(waitIdle(*m_session));
    const Core::Turn stopped = m_session->session(1)->turns().at(1);
    QVERIFY(stopped.message.incomplete);
    QCOMPARE(stopped.error->kind, Core::ApiError::Kind::Cancelled);
    for (int column : {0, 2}) {
        const Core::Turn reply = m_session->session(column)->turns().at(1);
        QVERIFY(!reply.error);
        QVERIFY(!reply.message.incomplete);
        QVERIFY(!reply.message.text().isEmpty());
    }
}

void TstCompareSession::failingColumnLeavesTheOthers()
{
    makeSession({u"demo-echo"_qs, u"demo-error"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("will one fail?")));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->session(1)->turns().at(1).error.has_value());
    QVERIFY(!m_session->session(0)->turns().at(1).error.has_value());
    QVERIFY(!m_session->session(0)->turns().at(1).message.text().isEmpty());
    // A failed column still took part in the round: it can be voted on.
    QVERIFY(m_session->canVote());
}

void TstCompareSession::continueWithMakesOneAnswerEveryColumnsHistory()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("first prompt")));
    QVERIFY(waitIdle(*m_session));
    const QString chosen = m_session->session(1)->turns().at(1).message.text();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(m_session->session(0)->turns().at(1).message.text() != chosen);

    QVERIFY(m_session->continueWith(1));
    for (int column = 0; column < 2; ++column)
        QCOMPARE(m_session->session(column)->turns().at(1).message.text(), chosen);

    m_gateway.clearRequests();
    QVERIFY(m_session->sendAll(QStringLiteral("second prompt")));
    QVERIFY(waitIdle(*m_session));
    const QList<Sim::RecordedRequest> requests = chatRequests();
    QCOMPARE(requests.size(), 2);
    for (const Sim::RecordedRequest &request : requests) {
        // Each model is asked with the chosen answer as the conversation so far.
        const QJsonArray messages
            = QJsonDocument::fromJson(request.body).object().value(u"messages").toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1).toObject().value(u"content").toString(), chosen);
        QCOMPARE(messages.at(2).toObject().value(u"content").toString(), u"second prompt"_qs);
    }
    QCOMPARE(m_session->rounds(), 2);
}

void TstCompareSession::columnCountStaysBetweenTwoAndEight()
{
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs});
    QVERIFY(!m_session->removeColumn(0));
    for (int i = 2; i < CompareSession::kMaxColumns; ++i)
        QVERIFY(m_session->addColumn());
    QCOMPARE(m_session->columnCount(), 8);
    QVERIFY(!m_session->addColumn());
    QCOMPARE(m_session->spec(7).model, u"demo-echo"_qs); // the shared model by default
    QVERIFY(m_session->removeColumn(3));
    QCOMPARE(m_session->columnCount(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(m_session->columnKey(i), m_session->key() + u'#' + QString::number(i + 1));
    QCOMPARE(m_session->displayOrder(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));

    // Eight columns at once: every one answers (one network client each, none queued).
    QVERIFY(m_session->addColumn());
    QVERIFY(m_session->sendAll(QStringLiteral("eight at once")));
    QVERIFY(!m_session->addColumn());
    QVERIFY(!m_session->removeColumn(0));
    QVERIFY(waitIdle(*m_session));
    for (int i = 0; i < 8; ++i)
        QVERIFY(!m_session->session(i)->turns().at(1).error);
}

void TstCompareSession::addedColumnJoinsTheConversationSoFar()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("before the third")));
    QVERIFY(waitIdle(*m_session));
    Core::CompareColumnSpec spec;
    spec.model = QStringLiteral("demo-reasoning");
    QVERIFY(m_session->addColumn(spec));
    QCOMPARE(m_session->session(2)->turns().size(), 2);
    QCOMPARE(m_session->rounds(), 1);
    QVERIFY(m_session->sendAll(QStringLiteral("now three")));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(m_session->session(2)->turns().size(), 4);
    QCOMPARE(m_session->session(2)->turns().at(3).model, u"demo-reasoning"_qs);
}

void TstCompareSession::blindVoteRevealsOnce()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-reasoning"_qs});
    QSignalSpy blindChanged(m_session, &CompareSession::blindChanged);
    QVERIFY(m_session->setBlind(true));
    QVERIFY(m_session->isBlind());
    QVERIFY(!m_session->isRevealed());
    QList<int> order = m_session->displayOrder();
    std::sort(order.begin(), order.end());
    QCOMPARE(order, (QList<int>{0, 1, 2}));
    QStringList labels;
    for (int column = 0; column < 3; ++column)
        labels.append(m_session->label(m_session->displayOrder().at(column)));
    QCOMPARE(labels, (QStringList{u"A"_qs, u"B"_qs, u"C"_qs}));

    QVERIFY(!m_session->canVote()); // nothing answered yet
    QVERIFY(!m_session->vote(Core::Vote::Outcome::Tie));
    QVERIFY(m_session->sendAll(QStringLiteral("which is best?")));
    QVERIFY(!m_session->canVote()); // still answering
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->canVote());
    QVERIFY(!m_session->vote(Core::Vote::Outcome::Best, 3));
    QVERIFY(!m_session->isRevealed());

    QSignalSpy voted(m_session, &CompareSession::voted);
    const int best = m_session->displayOrder().at(1); // "B"
    QVERIFY(m_session->vote(Core::Vote::Outcome::Best, best));
    QVERIFY(m_session->isRevealed());
    QCOMPARE(voted.size(), 1);
    const Core::Vote vote = m_session->votes().first();
    QCOMPARE(vote.contestants,
             (QStringList{u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-reasoning"_qs}));
    QCOMPARE(vote.best, best);
    QCOMPARE(vote.round, 0);
    QCOMPARE(vote.comparisonKey, m_session->key());
    QVERIFY(vote.at.isValid());
    // One vote per round.
    QVERIFY(!m_session->canVote());
    QVERIFY(!m_session->vote(Core::Vote::Outcome::Tie));
    QCOMPARE(m_session->votes().size(), 1);

    // The next round can be judged too; switching blind on again hides and reshuffles.
    QVERIFY(m_session->sendAll(QStringLiteral("and now?")));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->vote(Core::Vote::Outcome::AllBad));
    QCOMPARE(m_session->votes().last().round, 1);
    QVERIFY(m_session->setBlind(true));
    QVERIFY(!m_session->isRevealed());
    QVERIFY(m_session->setBlind(false));
    QVERIFY(m_session->isRevealed());
    QCOMPARE(m_session->displayOrder(), (QList<int>{0, 1, 2}));
    QVERIFY(blindChanged.size() >= 4);
}

void TstCompareSession::contestantsNameTheApiWhenOneModelIsComparedAcrossApis()
{
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs, u"demo-lorem"_qs});
    Core::CompareColumnSpec spec = m_session->spec(1);
    spec.api = Core::ApiKind::Responses;
    m_session->setSpec(1, spec);
    QCOMPARE(m_session->contestant(0), u"demo-echo@chat"_qs);
    QCOMPARE(m_session->contestant(1), u"demo-echo@responses"_qs);
    QCOMPARE(m_session->contestant(2), u"demo-lorem"_qs);
}

void TstCompareSession::savedConnectionColumnGoesToItsOwnServer()
{
    Sim::SimulatedGateway other;
    QVERIFY(other.listen());
    Core::Connection saved;
    saved.name = QStringLiteral("Second gateway");
    saved.kind = Core::Connection::Kind::OpenAiCompatible;
    saved.baseUrl = QUrl(other.url().toString() + QStringLiteral("/v1"));
    saved.auth = Core::Connection::Auth::None;
    QVERIFY(m_profiles->save(saved));

    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs});
    QCOMPARE(m_session->savedConnections(), QStringList{saved.name});
    Core::CompareColumnSpec spec = m_session->spec(1);
    spec.connectionName = saved.name;
    m_session->setSpec(1, spec);
    QTRY_VERIFY(m_session->connection(1) != nullptr);
    QCOMPARE(m_session->connection(1)->baseUrl, saved.baseUrl);
    QVERIFY(m_session->columnProblem(1).isEmpty());

    QVERIFY(m_session->sendAll(QStringLiteral("two servers")));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(chatRequests().size(), 1);
    QCOMPARE(modelOf(chatRequests().first()), u"demo-echo"_qs);
    int otherChats = 0;
    for (const Sim::RecordedRequest &request : other.requests())
        otherChats += request.method == u"POST" && modelOf(request) == u"demo-lorem";
    QCOMPARE(otherChats, 1);
    QCOMPARE(m_session->snapshot().columns.at(1).connectionName, saved.name);
    QCOMPARE(m_session->snapshot().columns.at(0).connectionName, u"Shared"_qs);

    // Its own models come from its own server.
    QSignalSpy models(m_session, &CompareSession::columnModels);
    m_session->refreshModels(1);
    QVERIFY(models.wait(10000));
    QCOMPARE(models.first().first().toInt(), 1);
    QVERIFY(!models.first().at(1).value<QList<Core::ModelInfo>>().isEmpty());
}

void TstCompareSession::missingSavedConnectionStopsTheRound()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs});
    Core::CompareColumnSpec spec = m_session->spec(0);
    spec.connectionName = QStringLiteral("Nowhere");
    m_session->setSpec(0, spec);
    QVERIFY(m_session->columnProblem(0).contains(u"Nowhere"));
    QVERIFY(!m_session->sendAll(QStringLiteral("must not leave")));
    QVERIFY(Testing::deliverPostedEvents());
    QVERIFY(chatRequests().isEmpty());
    QVERIFY(m_session->session(1)->turns().isEmpty());
    // Back to the shared connection, the column can be sent to again.
    spec.connectionName.reset();
    m_session->setSpec(0, spec);
    QVERIFY(m_session->columnProblem(0).isEmpty());
    QVERIFY(m_session->sendAll(QStringLiteral("now it may")));
    QVERIFY(waitIdle(*m_session));
}

void TstCompareSession::snapshotRestoresColumnsTurnsAndVotes()
{
    makeSession({u"demo-echo"_qs, u"demo-lorem"_qs});
    Core::CompareColumnSpec spec = m_session->spec(1);
    spec.api = Core::ApiKind::Responses;
    m_session->setSpec(1, spec);
    QVERIFY(m_session->setBlind(true));
    QVERIFY(m_session->sendAll(QStringLiteral("keep me")));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(m_session->vote(Core::Vote::Outcome::Best, 1));
    const Core::Comparison saved = m_session->snapshot();
    QCOMPARE(saved.columns.size(), 2);
    QCOMPARE(saved.columns.at(1).settings.api, Core::ApiKind::Responses);
    QCOMPARE(saved.columns.at(1).turns.size(), 2);
    QVERIFY(saved.blind);
    QCOMPARE(saved.blindOrder, m_session->displayOrder());
    QCOMPARE(saved.votes.size(), 1);
    QCOMPARE(saved.title, u"keep me"_qs);

    delete m_session;
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs, u"demo-echo"_qs});
    QVERIFY(m_session->restore(saved));
    QCOMPARE(m_session->key(), saved.key);
    QCOMPARE(m_session->columnCount(), 2);
    QCOMPARE(m_session->spec(1).model, u"demo-lorem"_qs);
    QCOMPARE(m_session->effectiveSettings(1).api, Core::ApiKind::Responses);
    QCOMPARE(m_session->session(1)->turns().at(1).message.text(),
             saved.columns.at(1).turns.at(1).message.text());
    QCOMPARE(m_session->displayOrder(), saved.blindOrder);
    QVERIFY(m_session->isBlind());
    QVERIFY(m_session->isRevealed());
    QCOMPARE(m_session->votes(), saved.votes);
    QCOMPARE(m_session->rounds(), 1);
    // The restored comparison goes on where it stopped.
    QVERIFY(m_session->sendAll(QStringLiteral("and on")));
    QVERIFY(waitIdle(*m_session));
    QCOMPARE(m_session->session(0)->turns().size(), 4);

    // A comparison with too few columns is refused and changes nothing.
    Core::Comparison broken = saved;
    broken.columns.removeLast();
    QVERIFY(!m_session->restore(broken));
    QCOMPARE(m_session->columnCount(), 2);
}

void TstCompareSession::setsKeepColumnsAndStartNewComparisons()
{
    QSettings settings(m_dir.filePath(u"sets.ini"_qs), QSettings::IniFormat);
    settings.clear();
    Workspace::ComparisonSets sets(&settings);
    Core::CompareColumnSpec plain;
    plain.model = QStringLiteral("demo-echo");
    Core::CompareColumnSpec own;
    own.model = QStringLiteral("demo-lorem");
    own.connectionName = QStringLiteral("Elsewhere");
    own.api = Core::ApiKind::Responses;
    Core::GenerationParams params;
    params.temperature = 0.5;
    params.maxTokens = 64;
    params.stop = {u"END"_qs};
    params.extra = QJsonObject{{u"seed"_qs, 7}};
    params.systemPrompt = QStringLiteral("be brief");
    params.stream = false;
    own.params = params;
    const Core::ComparisonSet set{u"Speed check"_qs, {plain, own}};
    QVERIFY(sets.save(set));
    QVERIFY(!sets.save({u"Too small"_qs, {plain}}));
    QVERIFY(!sets.save({QString(), {plain, own}}));
    QVERIFY(!sets.save({u"Too big"_qs, QList<Core::CompareColumnSpec>(9, plain)}));
    QVERIFY(sets.save({u"Another"_qs, {plain, plain, plain}}));
    settings.sync();

    QSettings reread(settings.fileName(), QSettings::IniFormat);
    Workspace::ComparisonSets again(&reread);
    QCOMPARE(again.sets().size(), 2);
    QCOMPARE(again.sets().first().name, u"Another"_qs); // by name
    QCOMPARE(again.set(u"Speed check"_qs), std::optional<Core::ComparisonSet>(set));
    // Saving under a name again replaces.
    QVERIFY(again.save({u"Another"_qs, {plain, own}}));
    QCOMPARE(again.set(u"Another"_qs)->columns.size(), 2);
    again.remove(u"Another"_qs);
    QCOMPARE(again.sets().size(), 1);

    // A damaged entry is skipped, the others stay.
    reread.setValue(u"compare/sets"_qs,
                    QByteArray(R"([{"name":"ok","columns":[{"model":"a"},{"model":"b"}]},)"
                               R"({"name":"bad","columns":[{"model":3},{"model":"b"}]},)"
                               R"({"name":"bad api","columns":[{"model":"a","api":"x"},{}]}])"));
    QCOMPARE(again.sets().size(), 1);
    QCOMPARE(again.sets().first().name, u"ok"_qs);
    reread.setValue(u"compare/sets"_qs, QByteArray("not json"));
    QVERIFY(again.sets().isEmpty());

    // A set starts a new, empty comparison with its columns.
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("before the set")));
    QVERIFY(waitIdle(*m_session));
    const QString oldKey = m_session->key();
    Core::CompareColumnSpec third;
    third.model = QStringLiteral("demo-reasoning");
    QVERIFY(m_session->startNew({plain, third, plain}));
    QVERIFY(m_session->key() != oldKey);
    QCOMPARE(m_session->columnCount(), 3);
    QCOMPARE(m_session->specs().at(1), third);
    QCOMPARE(m_session->rounds(), 0);
    QVERIFY(!m_session->startNew({plain}));
    QCOMPARE(m_session->columnCount(), 3);
}

void TstCompareSession::freshComparisonSpreadsModels()
{
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs, u"demo-echo"_qs});
    const QStringList candidates{u"demo-echo"_qs, u"demo-lorem"_qs, u"demo-reasoning"_qs,
                                 u"demo-slow"_qs};
    QVERIFY(m_session->spreadModels(candidates));
    QCOMPARE(m_session->spec(0).model, u"demo-echo"_qs);
    QCOMPARE(m_session->spec(1).model, u"demo-lorem"_qs);
    QCOMPARE(m_session->spec(2).model, u"demo-reasoning"_qs);
    // Once the columns differ, the user's choice stands.
    QVERIFY(!m_session->spreadModels({u"demo-slow"_qs, u"demo-tools"_qs}));
    QCOMPARE(m_session->spec(1).model, u"demo-lorem"_qs);
    // Nor after the first prompt.
    delete m_session;
    makeSession({u"demo-echo"_qs, u"demo-echo"_qs});
    QVERIFY(m_session->sendAll(QStringLiteral("asked")));
    QVERIFY(waitIdle(*m_session));
    QVERIFY(!m_session->spreadModels(candidates));
    QCOMPARE(m_session->spec(1).model, u"demo-echo"_qs);
}

QTEST_GUILESS_MAIN(TstCompareSession)
#include "tst_comparesession.moc"
