// SqlSession against the simulated warehouse over loopback: warehouses listed with their state
// (every page of the list, and no more than a server that never ends it deserves), a stopped
// one started and followed until it runs, statements run with named parameters and
// polled to their result, a FAILED one with its SQL state, Cancel while RUNNING reaching the
// warehouse, every request in the log, and the parameter markers of a statement.
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"
#include "workspace/sqlmarkers.h"
#include "workspace/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Parlance;
using Workspace::SqlSession;

class TstSqlSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void markers_data();
    void markers();
    void onlyDatabricksConnections();
    void listsWarehousesWithTheirState();
    void startsAStoppedWarehouseAndFollowsIt();
    void listsEveryPage();
    void aListThatNeverEndsStops_data();
    void aListThatNeverEndsStops();
    void runsAStatement();
    void runsAiQueryWithNamedParameters();
    void failedStatementKeepsSqlStateAndMessage();
    void cancelWhileRunningReachesTheWarehouse();
    void connectionChangeCancelsAndForgets();

private:
    Core::Connection databricks() const;
    QList<Sim::RecordedRequest> requestsTo(const QString &method, const QString &pathPart) const;
    bool runAndWait(const QString &sql, const Workspace::SqlParameters &parameters = {});

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<SqlSession> m_session;
};

void TstSqlSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstSqlSession::init()
{
    // A gateway per test: starting the stopped warehouse is for good.
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    QVERIFY(m_gateway->listen());
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<SqlSession>(m_client.get(), m_log.get());
    m_session->setConnection(databricks(), QStringLiteral("dapi-test"));
}

void TstSqlSession::cleanup()
{
    m_session.reset();
    m_log.reset();
    m_client.reset();
    m_gateway.reset();
}

Core::Connection TstSqlSession::databricks() const
{
    Core::Connection connection;
    connection.name = QStringLiteral("Workspace");
    connection.kind = Core::Connection::Kind::Databricks;
    connection.host = m_gateway->url();
    return connection;
}

QList<Sim::RecordedRequest> TstSqlSession::requestsTo(const QString &method,
                                                      const QString &pathPart) const
{
    QList<Sim::RecordedRequest> matching;
    for (const Sim::RecordedRequest &request : m_gateway->requests()) {
        if (request.method == method && request.path.contains(pathPart))
            matching.append(request);
    }
    return matching;
}

bool TstSqlSession::runAndWait(const QString &sql, const Workspace::SqlParameters &parameters)
{
    QSignalSpy finished(m_session.get(), &SqlSession::finished);
    if (!m_session->run(QStringLiteral("sim-warehouse"), sql, parameters))
        return false;
    return finished.wait(10000) && !m_session->isRunning();
}

void TstSqlSession::markers_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("markers");
    QTest::newRow("two, once each, in order")
        << QStringLiteral("SELECT ai_query(:endpoint, :prompt) WHERE x = :prompt")
        << QStringList{QStringLiteral("endpoint"), QStringLiteral("prompt")};
    QTest::newRow("after operators and at the start")
        << QStringLiteral(":a+:b,(:c)=:d_1") << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d_1"_qs};
    QTest::newRow("not in strings")
        << QStringLiteral("SELECT ':no', \"x :no\", 'it''s :no', :yes") << QStringList{u"yes"_qs};
    QTest::newRow("escaped quote in a string")
        << QStringLiteral("SELECT 'a\\' :no', :yes") << QStringList{u"yes"_qs};
    QTest::newRow("not in backquoted names")
        << QStringLiteral("SELECT `a:no` FROM t WHERE :yes") << QStringList{u"yes"_qs};
    QTest::newRow("not in comments")
        << QStringLiteral("SELECT 1 -- :no\n, /* :no\n:no */ :yes") << QStringList{u"yes"_qs};
    QTest::newRow("not a cast") << QStringLiteral("SELECT x::string, :yes::int")
                                << QStringList{u"yes"_qs};
    QTest::newRow("not a JSON path")
        << QStringLiteral("SELECT raw:field, raw:a.b, f(x):c, arr[0]:d, `c`:e, :yes")
        << QStringList{u"yes"_qs};
    QTest::newRow("a colon alone") << QStringLiteral("SELECT : 1, :1") << QStringList{};
    QTest::newRow("unterminated string") << QStringLiteral("SELECT ':no") << QStringList{};
}

void TstSqlSession::markers()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, markers);
    QCOMPARE(Workspace::sqlParameterMarkers(sql), markers);
}

void TstSqlSession::onlyDatabricksConnections()
{
    QVERIFY(m_session->isAvailable());
    Core::Connection openAi;
    openAi.name = QStringLiteral("Local");
    openAi.kind = Core::Connection::Kind::OpenAiCompatible;
    openAi.baseUrl = QUrl(m_gateway->url().toString() + u"/v1");
    m_session->setConnection(openAi, {});
    QVERIFY(!m_session->isAvailable());
    m_session->refreshWarehouses();
    QVERIFY(!m_session->isListing());
    QVERIFY(!m_session->run(QStringLiteral("sim-warehouse"), QStringLiteral("SELECT 1"), {}));
    QVERIFY(m_gateway->requests().isEmpty());
}

void TstSqlSession::listsWarehousesWithTheirState()
{
    QSignalSpy changed(m_session.get(), &SqlSession::warehousesChanged);
    QVERIFY(!m_session->hasListed());
    m_session->refreshWarehouses();
    QVERIFY(m_session->isListing());
    QTRY_VERIFY(!m_session->isListing());
    QVERIFY(m_session->hasListed());
    QCOMPARE(changed.size(), 1);
    const QList<Workspace::SqlWarehouse> expected = {
        {u"sim-warehouse"_qs, u"Simulated warehouse"_qs, u"RUNNING"_qs, u"2X-Small"_qs},
        {u"sim-stopped"_qs, u"Stopped warehouse"_qs, u"STOPPED"_qs, u"2X-Small"_qs},
    };
    QCOMPARE(m_session->warehouses(), expected);
    // Like the chat's, the request is in the log for the inspector.
    QCOMPARE(m_log->count(), 1);
    QCOMPARE(m_log->exchangeAt(0).request.url.path(), QStringLiteral("/api/2.0/sql/warehouses"));
}

void TstSqlSession::startsAStoppedWarehouseAndFollowsIt()
{
    m_session->refreshWarehouses();
    QTRY_VERIFY(m_session->hasListed() && !m_session->isListing());
    QStringList seen;
    connect(m_session.get(), &SqlSession::warehousesChanged, this, [this, &seen] {
        for (const Workspace::SqlWarehouse &warehouse : m_session->warehouses()) {
            if (warehouse.id == u"sim-stopped")
                seen.append(warehouse.state);
        }
    });
    m_session->startWarehouse(QStringLiteral("sim-stopped"));
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(u"RUNNING"_qs), 10000);
    QCOMPARE(seen, (QStringList{u"STARTING"_qs, u"RUNNING"_qs}));
    QCOMPARE(requestsTo(u"POST"_qs, u"/api/2.0/sql/warehouses/sim-stopped/start"_qs).size(), 1);
    // The first list, the one after the start (STARTING), the one that saw it run: no more.
    QCOMPARE(requestsTo(u"GET"_qs, u"/api/2.0/sql/warehouses"_qs).size(), 3);
}

void TstSqlSession::listsEveryPage()
{
    m_gateway->setSqlWarehousePages(1);
    QSignalSpy changed(m_session.get(), &SqlSession::warehousesChanged);
    QSignalSpy failed(m_session.get(), &SqlSession::warehousesFailed);
    QSignalSpy listing(m_session.get(), &SqlSession::listingChanged);
    m_session->refreshWarehouses();
    QTRY_VERIFY(m_session->hasListed());
    QVERIFY(!m_session->isListing());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(changed.size(), 1); // once, with the whole list
    QCOMPARE(listing.size(), 2); // busy from the first page to the last
    const QList<Workspace::SqlWarehouse> expected = {
        {u"sim-warehouse"_qs, u"Simulated warehouse"_qs, u"RUNNING"_qs, u"2X-Small"_qs},
        {u"sim-stopped"_qs, u"Stopped warehouse"_qs, u"STOPPED"_qs, u"2X-Small"_qs},
    };
    QCOMPARE(m_session->warehouses(), expected);
    const QList<Sim::RecordedRequest> lists = requestsTo(u"GET"_qs, u"/api/2.0/sql/warehouses"_qs);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).path, u"/api/2.0/sql/warehouses"_qs);
    QCOMPARE(lists.at(1).path, u"/api/2.0/sql/warehouses?page_token=1"_qs);
    QCOMPARE(m_log->count(), 2); // each page in the inspector

    // A start is followed through the pages too: STARTING on one listing, then RUNNING.
    QStringList seen;
    connect(m_session.get(), &SqlSession::warehousesChanged, this,
            [this, &seen] { seen.append(m_session->warehouses().value(1).state); });
    m_session->startWarehouse(QStringLiteral("sim-stopped"));
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(u"RUNNING"_qs), 10000);
    QCOMPARE(seen, (QStringList{u"STARTING"_qs, u"RUNNING"_qs}));
    QCOMPARE(m_session->warehouses().size(), 2);
}

void TstSqlSession::aListThatNeverEndsStops_data()
{
    QTest::addColumn<Sim::WarehouseListEnd>("end");
    QTest::addColumn<int>("pages");
    QTest::newRow("same token forever") << Sim::WarehouseListEnd::SameTokenForever << 2;
    QTest::newRow("new token forever") << Sim::WarehouseListEnd::NewTokenForever << 100;
}

void TstSqlSession::aListThatNeverEndsStops()
{
    QFETCH(Sim::WarehouseListEnd, end);
    QFETCH(int, pages);
    m_gateway->setSqlWarehousePages(1, end);
    QSignalSpy failed(m_session.get(), &SqlSession::warehousesFailed);
    m_session->refreshWarehouses();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasListed(), 30000);
    QVERIFY(!m_session->isListing());
    QCOMPARE(requestsTo(u"GET"_qs, u"/api/2.0/sql/warehouses"_qs).size(), pages);
    // What came is kept (each warehouse once, though the pages go round them again)...
    QCOMPARE(m_session->warehouses().size(), 2);
    QCOMPARE(m_session->warehouses().at(0).id, u"sim-warehouse"_qs);
    QCOMPARE(m_session->warehouses().at(1).id, u"sim-stopped"_qs);
    // ...and said to be incomplete.
    QCOMPARE(failed.size(), 1);
    const QString what = failed.first().at(0).toString();
    QVERIFY2(what.contains(u"did not end"), qPrintable(what));
    QVERIFY2(what.contains(QString::number(pages)), qPrintable(what));
    const auto error = failed.first().at(1).value<Core::ApiError>();
    QCOMPARE(error.kind, Core::ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(QString::number(pages)), qPrintable(error.message));
}

void TstSqlSession::runsAStatement()
{
    QSignalSpy states(m_session.get(), &SqlSession::stateChanged);
    QVERIFY(runAndWait(QStringLiteral("SELECT 42")));
    QVERIFY2(!m_session->failure(),
             qPrintable(m_session->failure() ? m_session->failure()->error.message : QString()));
    QCOMPARE(m_session->state(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(m_session->columns(), QStringList{u"42"_qs});
    QCOMPARE(m_session->rows().size(), 1);
    QCOMPARE(m_session->rows().first(), QList<QJsonValue>{QJsonValue(u"42"_qs)});
    QStringList seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.first().toString());
    QCOMPARE(seen, (QStringList{u"PENDING"_qs, u"RUNNING"_qs, u"SUCCEEDED"_qs}));
    // Submit and both polls are logged.
    QCOMPARE(m_log->count(), 3);
    QVERIFY(m_session->elapsedMs() > 0);
}

void TstSqlSession::runsAiQueryWithNamedParameters()
{
    Core::GenerationParams params;
    params.maxTokens = 64;
    const Workspace::SqlTemplate made = SqlSession::aiQueryTemplate(
        QStringLiteral("demo-echo"), params, QStringLiteral("Hello warehouse"));
    QVERIFY(made.sql.contains(u":endpoint") && made.sql.contains(u":prompt"));
    QVERIFY(made.sql.contains(u"'max_tokens', 64"));
    QVERIFY(runAndWait(made.sql, made.parameters));
    QVERIFY2(!m_session->failure(),
             qPrintable(m_session->failure() ? m_session->failure()->error.message : QString()));
    QCOMPARE(m_session->columns(), QStringList{u"response"_qs});
    QCOMPARE(m_session->rows().size(), 1);
    QCOMPARE(m_session->rows().first().first().toString(),
             QStringLiteral("You said: Hello warehouse"));

    const QList<Sim::RecordedRequest> submits
        = requestsTo(u"POST"_qs, u"/api/2.0/sql/statements"_qs);
    QCOMPARE(submits.size(), 1);
    const QJsonArray parameters
        = QJsonDocument::fromJson(submits.first().body).object().value(u"parameters").toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(0).toObject(), (QJsonObject{{u"name"_qs, u"endpoint"_qs},
                                                       {u"value"_qs, u"demo-echo"_qs},
                                                       {u"type"_qs, u"STRING"_qs}}));
    QCOMPARE(parameters.at(1).toObject().value(u"name").toString(), QStringLiteral("prompt"));
    QCOMPARE(parameters.at(1).toObject().value(u"value").toString(),
             QStringLiteral("Hello warehouse"));
}

void TstSqlSession::failedStatementKeepsSqlStateAndMessage()
{
    QVERIFY(runAndWait(QStringLiteral("SELECT ai_query(:endpoint)"),
                       {{u"endpoint"_qs, u"demo-echo"_qs}}));
    QVERIFY(m_session->failure());
    const Workspace::SqlFailure &failure = *m_session->failure();
    QCOMPARE(failure.error.kind, Core::ApiError::Kind::Stream);
    QCOMPARE(failure.state, QStringLiteral("FAILED"));
    QCOMPARE(failure.error.code, QStringLiteral("BAD_REQUEST"));
    QCOMPARE(failure.sqlState, QStringLiteral("42605"));
    QVERIFY(failure.error.message.startsWith(u"[WRONG_NUM_ARGS]"));
    QVERIFY(failure.error.raw.contains("\"sql_state\":\"42605\""));
    QVERIFY(m_session->rows().isEmpty());
    // A statement the warehouse fails is no sign the next one will.
    QVERIFY(runAndWait(QStringLiteral("SELECT 7")));
    QVERIFY(!m_session->failure());
}

void TstSqlSession::cancelWhileRunningReachesTheWarehouse()
{
    // Cancelled as soon as the warehouse says RUNNING, before the next poll could see it end.
    connect(m_session.get(), &SqlSession::stateChanged, this, [this](const QString &state) {
        if (state == u"RUNNING")
            m_session->cancel();
    });
    QVERIFY(runAndWait(QStringLiteral("SELECT 42")));
    QVERIFY(m_session->failure());
    QCOMPARE(m_session->failure()->error.kind, Core::ApiError::Kind::Cancelled);
    QCOMPARE(m_session->state(), QStringLiteral("CANCELED"));
    QTRY_COMPARE(requestsTo(u"POST"_qs, u"/cancel"_qs).size(), 1);
    QVERIFY(m_session->rows().isEmpty());
}

void TstSqlSession::connectionChangeCancelsAndForgets()
{
    m_session->refreshWarehouses();
    QTRY_VERIFY(!m_session->warehouses().isEmpty());
    QSignalSpy finished(m_session.get(), &SqlSession::finished);
    connect(m_session.get(), &SqlSession::stateChanged, this, [this](const QString &state) {
        if (state == u"RUNNING") {
            Core::Connection other = databricks();
            other.name = QStringLiteral("Other workspace");
            m_session->setConnection(other, QStringLiteral("dapi-other"));
        }
    });
    QVERIFY(m_session->run(QStringLiteral("sim-warehouse"), QStringLiteral("SELECT 1"), {}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_session->failure()->error.kind, Core::ApiError::Kind::Cancelled);
    QVERIFY(m_session->warehouses().isEmpty());
    QVERIFY(!m_session->hasListed());
    QCOMPARE(m_session->connection().name, QStringLiteral("Other workspace"));
    QTRY_COMPARE(requestsTo(u"POST"_qs, u"/cancel"_qs).size(), 1);
}

QTEST_GUILESS_MAIN(TstSqlSession)
#include "tst_sqlsession.moc"
