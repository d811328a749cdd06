// CompareKeeper against a real compare session, the simulated gateway and a history file: a
// prompt is on disk at once, streaming answers follow within a second, votes are kept and
// listed, a stored comparison reopens, and the chat's keeper on the same file is not confused.
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "store/historyservice.h"
#include "store/historystore.h"
#include "workspace/comparekeeper.h"
#include "workspace/comparesession.h"
#include "workspace/historykeeper.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;

class TstCompareKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void promptIsSavedAtOnceAndAnswersFollow();
    void streamingAnswersAreSavedEverySecond();
    void votesAreKeptAndListed();
    void openRestoresAStoredComparison();
    void chatSavesAreNotConfusedByComparisonSaves();

private:
    std::optional<Core::Comparison> stored(const QString &key);
    void makeKeeper();

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Workspace::CompareSession> m_compare;
    std::unique_ptr<Store::HistoryService> m_service;
    std::unique_ptr<Workspace::CompareKeeper> m_keeper;
};

void TstCompareKeeper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstCompareKeeper::init()
{
    m_file = m_dir.filePath(
        QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_log = std::make_unique<Engine::ExchangeLog>();
    makeKeeper();
}

void TstCompareKeeper::cleanup()
{
    m_keeper.reset();
    m_service.reset();
    m_compare.reset();
    m_log.reset();
}

void TstCompareKeeper::makeKeeper()
{
    m_keeper.reset(); // saves through the old service before it goes
    m_service.reset();
    m_compare = std::make_unique<Workspace::CompareSession>(m_log.get(), nullptr, nullptr);
    Core::Connection connection;
    connection.name = QStringLiteral("Simulated");
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    m_compare->setSharedConnection(connection, {});
    QVERIFY(m_compare->startNew({{u"demo-echo"_qs, std::nullopt, std::nullopt, std::nullopt},
                                 {u"demo-slow"_qs, std::nullopt, std::nullopt, std::nullopt}}));
    m_service = std::make_unique<Store::HistoryService>(m_file);
    m_keeper = std::make_unique<Workspace::CompareKeeper>(m_compare.get(), m_service.get());
}

std::optional<Core::Comparison> TstCompareKeeper::stored(const QString &key)
{
    // Through a store of its own, after what the service was asked to do is done.
    QSignalSpy listed(m_service.get(), &Store::HistoryService::listed);
    m_service->requestList();
    if (!listed.wait(5000))
        return std::nullopt;
    Store::HistoryStore store;
    QString error;
    if (!store.open(m_file, &error))
        return std::nullopt;
    return store.loadComparison(key, &error);
}

void TstCompareKeeper::promptIsSavedAtOnceAndAnswersFollow()
{
    QVERIFY(m_compare->sendAll(QStringLiteral("keep me at once")));
    // Before any answer arrives, the prompt is on disk in every column.
    const std::optional<Core::Comparison> early = stored(m_compare->key());
    QVERIFY(early);
    QCOMPARE(early->columns.size(), 2);
    QCOMPARE(early->columns.at(0).turns.first().message.text(), u"keep me at once"_qs);
    QCOMPARE(early->title, u"keep me at once"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 20000);
    QTRY_VERIFY([&] {
        const std::optional<Core::Comparison> done = stored(m_compare->key());
        return done && done->columns.at(1).turns.size() == 2
               && !done->columns.at(1).turns.at(1).message.incomplete
               && !done->columns.at(1).turns.at(1).message.text().isEmpty();
    }());
}

void TstCompareKeeper::streamingAnswersAreSavedEverySecond()
{
    QString words;
    for (int i = 0; i < 80; ++i)
        words += QStringLiteral("word%1 ").arg(i);
    // demo-slow sends a word every 50 ms: four seconds of streaming.
    QVERIFY(m_compare->sendAll(words));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const std::optional<Core::Comparison> partial = stored(m_compare->key());
            return partial && partial->columns.at(1).turns.size() == 2
                   && partial->columns.at(1).turns.at(1).message.incomplete
                   && !partial->columns.at(1).turns.at(1).message.text().isEmpty();
        }(),
        5000);
    QVERIFY(m_compare->isBusy()); // saved while it still streamed
    m_compare->stopAll();
    QTRY_VERIFY(!m_compare->isBusy());
}

void TstCompareKeeper::votesAreKeptAndListed()
{
    QVERIFY(m_compare->sendAll(QStringLiteral("vote on this")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 20000);
    QVERIFY(m_compare->vote(Core::Vote::Outcome::Best, 0));
    QTRY_VERIFY([&] {
        const std::optional<Core::Comparison> saved = stored(m_compare->key());
        return saved && saved->votes.size() == 1;
    }());

    // A second comparison: its vote counts in the list before it is on disk, the first stays.
    const QString first = m_compare->key();
    m_compare->clear();
    QVERIFY(m_compare->sendAll(QStringLiteral("and this")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 20000);
    QVERIFY(m_compare->vote(Core::Vote::Outcome::Tie));
    QSignalSpy listed(m_keeper.get(), &Workspace::CompareKeeper::votesListed);
    m_keeper->requestVotes();
    QVERIFY(listed.wait(5000));
    const auto votes = listed.first().first().value<QList<Core::Vote>>();
    QCOMPARE(votes.size(), 2);
    QCOMPARE(votes.at(0).comparisonKey, first);
    QCOMPARE(votes.at(0).outcome, Core::Vote::Outcome::Best);
    QCOMPARE(votes.at(1).outcome, Core::Vote::Outcome::Tie);
}

void TstCompareKeeper::openRestoresAStoredComparison()
{
    QVERIFY(m_compare->sendAll(QStringLiteral("reopen me")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 20000);
    const QString key = m_compare->key();
    const QString answer = m_compare->session(1)->turns().at(1).message.text();

    // Another run of the app: a new session and keeper on the same file.
    makeKeeper();
    QVERIFY(m_compare->key() != key);
    QSignalSpy opened(m_keeper.get(), &Workspace::CompareKeeper::opened);
    m_keeper->open(key);
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_compare->key(), key);
    QCOMPARE(m_compare->rounds(), 1);
    QCOMPARE(m_compare->session(1)->turns().at(1).message.text(), answer);
    QCOMPARE(m_compare->spec(1).model, u"demo-slow"_qs);

    // Opening while a round runs stops it first; what had arrived of the other is kept.
    QVERIFY(m_compare->sendAll(QStringLiteral("interrupted")));
    const QString interrupted = m_compare->key();
    makeKeeper(); // a fresh comparison to interrupt
    QVERIFY(m_compare->sendAll(QStringLiteral("a long one, slowly")));
    QSignalSpy reopened(m_keeper.get(), &Workspace::CompareKeeper::opened);
    m_keeper->open(key);
    QVERIFY(reopened.wait(10000));
    QCOMPARE(m_compare->key(), key);
    QVERIFY(!m_compare->isBusy());
    Q_UNUSED(interrupted)
}

void TstCompareKeeper::chatSavesAreNotConfusedByComparisonSaves()
{
    // A chat keeper on the same service: its held request waits for its own save, not for
    // the answer to a comparison's save.
    QSettings settings(m_dir.filePath(u"chat-settings.ini"_qs), QSettings::IniFormat);
    Net::GatewayClient client;
    Engine::ChatSession chat(&client, m_log.get());
    chat.setConnection(*m_compare->connection(0), {});
    Workspace::HistoryKeeper chatKeeper(&chat, m_service.get(), &settings);
    // What happens, in the order this thread hears of it.
    QStringList events;
    connect(m_service.get(), &Store::HistoryService::saved, &chat,
            [&events](const QString &key) { events.append(u"saved "_qs + key); });
    connect(&chat, &Engine::ChatSession::attemptStarted, &chat,
            [&events] { events.append(u"request"_qs); });
    // The comparison's saves are asked first, so they are answered first.
    QVERIFY(m_compare->sendAll(QStringLiteral("comparison first")));
    Core::ChatSettings chatSettings;
    chatSettings.model = QStringLiteral("demo-echo");
    // A long message takes the store a while to write: long enough that a request released on
    // another keeper's answer would leave before it is on disk.
    const QString message = u"chat second "_qs + QString(4 * 1024 * 1024, u'x');
    QVERIFY(chat.send(message, chatSettings));
    QTRY_VERIFY_WITH_TIMEOUT(!chat.isBusy() && !m_compare->isBusy(), 20000);
    const qsizetype chatSaved = events.indexOf(u"saved "_qs + chatKeeper.currentKey());
    const qsizetype request = events.indexOf(u"request"_qs);
    QVERIFY2(chatSaved >= 0 && request > chatSaved, qPrintable(events.join(u"; ")));
    // A comparison save was answered before the chat's: the case that must not count.
    QVERIFY(events.indexOf(u"saved "_qs + m_compare->key()) < chatSaved);
}

QTEST_GUILESS_MAIN(TstCompareKeeper)
#include "tst_comparekeeper.moc"
