// HistoryKeeper against a real chat session, the simulated gateway and a history file: what
// is typed is on disk before the answer, a streaming answer follows within a second, and a
// restart reopens the conversation.
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "store/historyservice.h"
#include "store/historystore.h"
#include "support/eventloop.h"
#include "workspace/historykeeper.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Parlance;

class TstHistoryKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void userMessageIsSavedBeforeTheAnswer();
    void requestWaitsUntilTheMessageIsStored();
    void streamingAnswerIsSavedAsItArrives();
    void restartReopensTheLastConversation();
    void openNewAndRemove();
    void unwritableHistoryIsSaidOnce();
    void damagedHistoryIsOffAndChatGoesOn();
    void openAtAMessageRevealsIt();
    void renameAndPin();
    void deletionCanBeUndone();
    void undoneDeletionOfTheOpenOneReopensIt();
    void deletionBecomesFinal();
    void quittingMakesDeletionsFinal();

private:
    // What the file holds for `key`, read through a store of its own.
    std::optional<Store::StoredConversation> stored(const QString &key);
    void makeSession();
    Core::ChatSettings settings(const QString &model) const;

    Sim::SimulatedGateway m_gateway;
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Store::HistoryService> m_service;
    std::unique_ptr<Workspace::HistoryKeeper> m_keeper;
    QSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

void TstHistoryKeeper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gateway.listen());
    QVERIFY(m_dir.isValid());
}

void TstHistoryKeeper::init()
{
    m_settings.clear();
    m_keeper.reset();
    m_service.reset();
    m_file = m_dir.filePath(
        QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    makeSession();
}

void TstHistoryKeeper::makeSession()
{
    m_keeper.reset(); // saves through the old service before it goes
    m_service.reset();
    m_session.reset();
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<Engine::ChatSession>(m_client.get(), m_log.get());
    Core::Connection connection;
    connection.name = QStringLiteral("sim");
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = m_gateway.url();
    m_session->setConnection(connection, QStringLiteral("dapi-history-test"));
    m_service = std::make_unique<Store::HistoryService>(m_file);
    m_keeper
        = std::make_unique<Workspace::HistoryKeeper>(m_session.get(), m_service.get(), &m_settings);
    m_keeper->setConnectionName(connection.name);
    // Any failure to keep the history fails the test that caused it.
    connect(m_keeper.get(), &Workspace::HistoryKeeper::errorChanged, this,
            [](const QString &message) {
                if (!message.isEmpty())
                    QFAIL(qPrintable(message));
            });
}

Core::ChatSettings TstHistoryKeeper::settings(const QString &model) const
{
    Core::ChatSettings settings;
    settings.model = model;
    settings.params.temperature = 0.25;
    return settings;
}

std::optional<Store::StoredConversation> TstHistoryKeeper::stored(const QString &key)
{
    Store::HistoryStore store;
    QString error;
    if (!store.open(m_file, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    std::optional<Store::StoredConversation> conversation = store.load(key, &error);
    if (!conversation)
        qDebug("not stored yet: %s", qPrintable(error));
    return conversation;
}

void TstHistoryKeeper::userMessageIsSavedBeforeTheAnswer()
{
    const QString text = QStringLiteral("one two three four five six seven eight");
    QVERIFY(m_session->send(text, settings(QStringLiteral("demo-slow"))));
    QVERIFY(m_session->isBusy());
    QVERIFY(!m_keeper->currentKey().isEmpty());
    const QString key = m_keeper->currentKey();
    // On disk while the answer has not even started (demo-slow waits 300 ms).
    QTRY_VERIFY_WITH_TIMEOUT(stored(key).has_value(), 2000);
    QVERIFY(m_session->isBusy());
    const Store::StoredConversation early = *stored(key);
    QCOMPARE(early.title, text);
    QCOMPARE(early.connectionName, QStringLiteral("sim"));
    QVERIFY(early.turns.size() >= 1);
    QCOMPARE(early.turns.at(0).message.text(), text);

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 2
                                 && !stored(key)->turns.at(1).message.incomplete
                                 && stored(key)->turns.at(1).message.text()
                                        == m_session->turns().at(1).message.text(),
                             5000);
    const Store::StoredConversation done = *stored(key);
    QCOMPARE(done.turns.at(1).model, QStringLiteral("demo-slow"));
    QCOMPARE(done.settings.model, QStringLiteral("demo-slow"));
    QCOMPARE(done.settings.params.temperature, std::optional<double>(0.25));
    QCOMPARE(done.turns.at(1).usage, m_session->turns().at(1).usage);
    // The list knows it too.
    QTRY_COMPARE(m_keeper->conversations().size(), 1);
    QCOMPARE(m_keeper->conversations().first().key, key);
}

// The store is held up by another process's write lock: the request must not leave until the
// user's message is on disk, and leaves as soon as it is.
void TstHistoryKeeper::requestWaitsUntilTheMessageIsStored()
{
    // A first exchange sets the file up, so the lock below can be taken on a real history.
    QVERIFY(m_session->send(QStringLiteral("first"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString key = m_keeper->currentKey();
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 2, 5000);

    // The store answers in order: once a list asked now is answered, every answer owed for
    // the first exchange has arrived, and none of them can release the request below.
    QSignalSpy listed(m_service.get(), &Store::HistoryService::listed);
    m_service->requestList();
    QVERIFY(listed.wait(5000));

    int requests = 0;
    QObject counting; // the connections end with this test, not with the test object
    connect(&m_gateway, &Sim::SimulatedGateway::requestReceived, &counting, [&] { ++requests; });
    // What the file held when the request started: it may start only once the message is in.
    const QString text = QStringLiteral("second message, not yet on disk");
    std::optional<bool> storedWhenStarted;
    connect(m_session.get(), &Engine::ChatSession::attemptStarted, &counting, [&] {
        if (storedWhenStarted)
            return;
        const std::optional<Store::StoredConversation> conversation = stored(key);
        storedWhenStarted = conversation && conversation->turns.size() >= 3
                            && conversation->turns.at(2).message.text() == text;
    });
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(m_session->send(text, settings(QStringLiteral("demo-echo"))));
        QVERIFY(m_session->isBusy());
        // Nothing may start while the message cannot be written: a request that is not held
        // starts from a call queued by send(), which has run once the posted events have.
        QVERIFY(Testing::deliverPostedEvents());
        QVERIFY(!storedWhenStarted.has_value());
        QCOMPARE(requests, 0);
        QVERIFY(m_session->isHoldingRequest());
        // Another call failing (a search, a list) says nothing about the save the request
        // waits for, however often it fails. The error it shows is expected here.
        disconnect(m_keeper.get(), &Workspace::HistoryKeeper::errorChanged, this, nullptr);
        for (int i = 0; i < 5; ++i)
            emit m_service->failed(QStringLiteral("Cannot search the history: simulated"));
        QVERIFY(m_session->isHoldingRequest());
        QVERIFY(Testing::deliverPostedEvents());
        QCOMPARE(requests, 0);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        lock.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    QTRY_VERIFY_WITH_TIMEOUT(storedWhenStarted.has_value(), 5000);
    QVERIFY(*storedWhenStarted);
    QTRY_VERIFY_WITH_TIMEOUT(requests == 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QCOMPARE(m_session->turns().size(), 4);
    QVERIFY(!m_session->turns().at(3).error);
}

void TstHistoryKeeper::streamingAnswerIsSavedAsItArrives()
{
    // 40 words at 50 ms each: two seconds of streaming.
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("w%1").arg(i);
    QVERIFY(m_session->send(words.join(QLatin1Char(' ')), settings(QStringLiteral("demo-slow"))));
    const QString key = m_keeper->currentKey();
    // Within a save interval of text arriving, the file has part of the answer, incomplete.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->messageAt(1).text().isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 2
                                 && !stored(key)->turns.at(1).message.text().isEmpty(),
                             Workspace::HistoryKeeper::kStreamingSaveIntervalMs + 1500);
    QVERIFY(m_session->isBusy());
    const Store::StoredConversation partial = *stored(key);
    QVERIFY(partial.turns.at(1).message.incomplete);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QVERIFY(m_session->turns().at(1).message.text().startsWith(partial.turns.at(1).message.text()));
}

void TstHistoryKeeper::restartReopensTheLastConversation()
{
    QVERIFY(m_session->send(QStringLiteral("keep me"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString key = m_keeper->currentKey();
    const QList<Core::Turn> before = m_session->turns();

    makeSession(); // a restart: new session, service and keeper on the same file
    QVERIFY(m_session->turns().isEmpty());
    QSignalSpy opened(m_keeper.get(), &Workspace::HistoryKeeper::opened);
    m_keeper->reopenLast();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
    QCOMPARE(m_keeper->currentKey(), key);
    QCOMPARE(m_session->turns().size(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(m_session->turns().at(row).message, before.at(row).message);
        QCOMPARE(m_session->turns().at(row).usage, before.at(row).usage);
    }
    // It continues where it left off: the next answer sees the restored turns.
    QVERIFY(m_session->send(QStringLiteral("and more"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 4, 5000);
}

void TstHistoryKeeper::openNewAndRemove()
{
    QVERIFY(m_session->send(QStringLiteral("first"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString first = m_keeper->currentKey();

    m_keeper->startNew();
    QVERIFY(m_session->turns().isEmpty());
    QVERIFY(m_keeper->currentKey().isEmpty());
    QVERIFY(m_session->send(QStringLiteral("second"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString second = m_keeper->currentKey();
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 2, 5000);
    QCOMPARE(m_keeper->conversations().first().key, second); // newest first

    m_keeper->open(first);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->currentKey(), first, 5000);
    QCOMPARE(m_session->turns().at(0).message.text(), QStringLiteral("first"));

    // Removing the open conversation empties the session; the other one stays.
    m_keeper->setUndoInterval(0);
    m_keeper->remove(first);
    QVERIFY(m_session->turns().isEmpty());
    QVERIFY(m_keeper->currentKey().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 1, 5000);
    QCOMPARE(m_keeper->conversations().first().key, second);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(first).has_value(), 5000);

    // Deleted right after asking to open it: it does not come back, nor is it saved again.
    m_keeper->startNew();
    QSignalSpy opened(m_keeper.get(), &Workspace::HistoryKeeper::opened);
    QSignalSpy loaded(m_service.get(), &Store::HistoryService::loaded);
    QSignalSpy changed(m_service.get(), &Store::HistoryService::changed);
    m_keeper->open(second);
    m_keeper->remove(second);
    QCOMPARE(m_keeper->conversations().size(), 0);
    // The store answers in order, so the load asked before the deletion has been answered
    // (and handled by the keeper, connected before the spy) once the deletion is. (The
    // deletion of `first` may still be on its way here.)
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(changed.cbegin(), changed.cend(),
                    [&](const QList<QVariant> &args) { return args.first().toString() == second; }),
        5000);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(opened.size(), 0);
    QVERIFY(m_session->turns().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!stored(second).has_value(), 5000);
}

void TstHistoryKeeper::unwritableHistoryIsSaidOnce()
{
    // A history under a regular file cannot be opened: every save fails the same way.
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_keeper.reset();
    m_service.reset();
    m_service = std::make_unique<Store::HistoryService>(
        m_dir.filePath(QStringLiteral("not-a-folder/history.sqlite")));
    m_keeper
        = std::make_unique<Workspace::HistoryKeeper>(m_session.get(), m_service.get(), &m_settings);
    QSignalSpy errors(m_keeper.get(), &Workspace::HistoryKeeper::errorChanged);

    QStringList words;
    for (int i = 0; i < 50; ++i)
        words << QStringLiteral("w%1").arg(i);
    QVERIFY(m_session->send(words.join(QLatin1Char(' ')), settings(QStringLiteral("demo-slow"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 15000);
    // The store answers in order: once a search asked after the last save has failed, every
    // save has been answered.
    QSignalSpy failures(m_service.get(), &Store::HistoryService::failed);
    m_service->requestSearch(QStringLiteral("after the last save"));
    const auto searchAnswered = [&failures] {
        return std::any_of(failures.cbegin(), failures.cend(), [](const QList<QVariant> &args) {
            return args.first().toString().startsWith(QStringLiteral("Cannot search"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(searchAnswered(), 5000);
    // Several saves failed (the message, every second of the stream, the finished answer);
    // the error was said once, and it names the file and says what to do.
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("not-a-folder")), qPrintable(message));
    QCOMPARE(m_keeper->lastError(), message);
    // What was typed and received is still in the session.
    QCOMPARE(m_session->turns().size(), 2);
}

// A history file that is damaged: said once, with the file and what to do; the chat works.
void TstHistoryKeeper::damagedHistoryIsOffAndChatGoesOn()
{
    m_keeper.reset();
    m_service.reset();
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xa5'));
    }
    m_service = std::make_unique<Store::HistoryService>(m_file);
    m_keeper
        = std::make_unique<Workspace::HistoryKeeper>(m_session.get(), m_service.get(), &m_settings);
    QSignalSpy errors(m_keeper.get(), &Workspace::HistoryKeeper::errorChanged);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(m_file), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("history is off")), qPrintable(message));

    QVERIFY(m_session->send(QStringLiteral("still here"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QCOMPARE(m_session->turns().size(), 2);
    QCOMPARE(m_session->turns().at(1).message.text(), QStringLiteral("You said: still here"));
    QCOMPARE(errors.size(), 1); // the failing saves add nothing to it
}

void TstHistoryKeeper::openAtAMessageRevealsIt()
{
    QVERIFY(m_session->send(QStringLiteral("first"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QVERIFY(m_session->send(QStringLiteral("second"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString key = m_keeper->currentKey();
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 4, 5000);
    m_keeper->startNew();

    // The message is revealed once the conversation is in the session, not before.
    QList<QString> events;
    QObject scope;
    connect(m_keeper.get(), &Workspace::HistoryKeeper::opened, &scope,
            [&] { events.append(QStringLiteral("opened:%1").arg(m_session->turns().size())); });
    connect(m_keeper.get(), &Workspace::HistoryKeeper::revealRequested, &scope, [&](int row) {
        events.append(QStringLiteral("reveal:%1:%2").arg(row).arg(m_session->turns().size()));
    });
    m_keeper->open(key, 2);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 5000);
    QCOMPARE(events, (QList<QString>{QStringLiteral("opened:4"), QStringLiteral("reveal:2:4")}));

    // Already open: at once. A row it does not have: nothing.
    m_keeper->open(key, 3);
    QCOMPARE(events.last(), QStringLiteral("reveal:3:4"));
    m_keeper->open(key, 9);
    m_keeper->open(key);
    QCOMPARE(events.size(), 3);
}

void TstHistoryKeeper::renameAndPin()
{
    QVERIFY(m_session->send(QStringLiteral("first"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString first = m_keeper->currentKey();
    m_keeper->startNew();
    QVERIFY(m_session->send(QStringLiteral("second"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 2, 5000);
    QCOMPARE(m_keeper->conversations().last().key, first);

    m_keeper->rename(first, QStringLiteral("My name for it"));
    m_keeper->setPinned(first, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_keeper->conversations().first().key == first
                                 && m_keeper->conversations().first().pinned,
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().first().title,
                              QStringLiteral("My name for it"), 5000);
    // The open conversation's next saves keep it.
    QVERIFY(m_session->send(QStringLiteral("third"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    m_keeper->open(first);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->currentKey(), first, 5000);
    QVERIFY(m_session->send(QStringLiteral("more"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stored(first) && stored(first)->turns.size() == 4, 5000);
    QCOMPARE(stored(first)->title, QStringLiteral("My name for it"));
    m_keeper->setPinned(first, false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keeper->conversations().first().pinned, 5000);
}

void TstHistoryKeeper::deletionCanBeUndone()
{
    QVERIFY(m_session->send(QStringLiteral("keep"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString keep = m_keeper->currentKey();
    m_keeper->startNew();
    QVERIFY(m_session->send(QStringLiteral("regret"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString regret = m_keeper->currentKey();
    m_keeper->startNew();
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 2, 5000);

    QSignalSpy undoable(m_keeper.get(), &Workspace::HistoryKeeper::undoableRemovalChanged);
    m_keeper->remove(regret);
    // Gone from the list at once, offered for undo, but still in the file.
    QCOMPARE(m_keeper->conversations().size(), 1);
    QCOMPARE(m_keeper->conversations().first().key, keep);
    QCOMPARE(undoable.size(), 1);
    QCOMPARE(undoable.first(), (QList<QVariant>{true, QStringLiteral("regret")}));
    QVERIFY(m_keeper->canUndoRemove());
    QVERIFY(stored(regret).has_value());
    // A list that was already on its way does not bring it back.
    m_keeper->refresh();
    QSignalSpy listed(m_service.get(), &Store::HistoryService::listed);
    QVERIFY(listed.wait(5000));
    QCOMPARE(m_keeper->conversations().size(), 1);

    m_keeper->undoRemove();
    QCOMPARE(undoable.size(), 2);
    QCOMPARE(undoable.last().first().toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 2, 5000);
    QCOMPARE(m_keeper->conversations().first().key, regret);
    QVERIFY(m_keeper->currentKey().isEmpty()); // it was not the open one
    // Undone for good: nothing removes it later.
    m_keeper.reset();
    m_service.reset();
    QVERIFY(stored(regret).has_value());
}

void TstHistoryKeeper::undoneDeletionOfTheOpenOneReopensIt()
{
    QVERIFY(m_session->send(QStringLiteral("open one"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString key = m_keeper->currentKey();
    QTRY_VERIFY_WITH_TIMEOUT(stored(key) && stored(key)->turns.size() == 2, 5000);
    m_keeper->remove(key);
    QVERIFY(m_session->turns().isEmpty());
    m_keeper->undoRemove();
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->currentKey(), key, 5000);
    QCOMPARE(m_session->turns().size(), 2);
    QCOMPARE(m_session->turns().at(0).message.text(), QStringLiteral("open one"));
}

void TstHistoryKeeper::deletionBecomesFinal()
{
    QVERIFY(m_session->send(QStringLiteral("one"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString one = m_keeper->currentKey();
    m_keeper->startNew();
    QVERIFY(m_session->send(QStringLiteral("two"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString two = m_keeper->currentKey();
    m_keeper->startNew();

    // Each deletion has its own time; the latest is the one an undo brings back.
    m_keeper->setUndoInterval(300);
    QSignalSpy undoable(m_keeper.get(), &Workspace::HistoryKeeper::undoableRemovalChanged);
    m_keeper->remove(one);
    m_keeper->remove(two);
    QCOMPARE(m_keeper->undoableRemoval(), QStringLiteral("two"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_keeper->canUndoRemove(), 5000);
    QCOMPARE(undoable.last().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(one).has_value() && !stored(two).has_value(), 5000);
    m_keeper->undoRemove(); // nothing left to undo
    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->conversations().size(), 0, 5000);
}

// Quitting within the undo time removes for good: a deleted conversation never comes back.
void TstHistoryKeeper::quittingMakesDeletionsFinal()
{
    QVERIFY(m_session->send(QStringLiteral("bye"), settings(QStringLiteral("demo-echo"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString key = m_keeper->currentKey();
    QTRY_VERIFY_WITH_TIMEOUT(stored(key).has_value(), 5000);
    m_keeper->remove(key);
    QVERIFY(stored(key).has_value());
    makeSession(); // the keeper, then the service, go as at quitting
    QVERIFY(!stored(key).has_value());
    QSignalSpy listed(m_service.get(), &Store::HistoryService::listed);
    m_keeper->refresh();
    QVERIFY(listed.wait(5000));
    QVERIFY(m_keeper->conversations().isEmpty());
}

QTEST_MAIN(TstHistoryKeeper)
#include "tst_historykeeper.moc"
