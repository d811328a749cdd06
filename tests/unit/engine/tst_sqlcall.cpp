// SqlCall over real loopback sockets against the simulated warehouse: every result chunk is
// fetched, the row and byte limits stop a result that is too large, and cancel reaches the
// warehouse while the statement is polled and while its result is fetched.
#include "api/sqlstatements.h"
#include "engine/sqlcall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parlance;

namespace {

const QString kStatement = QStringLiteral(
    "WITH input AS (SELECT row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS "
    "input_index, to_json(struct(*)) AS input_row, `prompt` AS prompt FROM main.demo.prompts) "
    "SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt, "
    "ai_query('demo-echo', prompt, failOnError => false) AS response FROM input "
    "ORDER BY input_index, model_index");

} // namespace

class TstSqlCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fetchesEveryChunk();
    void rowLimit();
    void byteLimit();
    void cancelWhilePolling();
    void cancelWhileFetching();
    void cancelWhileSubmitting();

private:
    std::unique_ptr<Engine::SqlCall> call()
    {
        return std::make_unique<Engine::SqlCall>(
            &m_client, m_connection, QString(),
            Api::buildExecuteStatementRequest(m_connection.restUrl(QString()),
                                              QStringLiteral("sim-warehouse"), kStatement));
    }
    int requestsEndingWith(const QString &tail) const
    {
        int n = 0;
        for (const auto &request : m_gateway.requests())
            n += request.path.endsWith(tail) ? 1 : 0;
        return n;
    }
    int chunkRequests() const
    {
        int n = 0;
        for (const auto &request : m_gateway.requests())
            n += request.path.contains(QLatin1String("/result/chunks/")) ? 1 : 0;
        return n;
    }

    Sim::SimulatedGateway m_gateway;
    Net::GatewayClient m_client;
    Core::Connection m_connection;
};

void TstSqlCall::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway.url();
    m_connection.timeoutSeconds = 10;
}

void TstSqlCall::cleanup()
{
    m_gateway.setSqlWarehouse(100, 1);
    m_gateway.clearRequests();
}

void TstSqlCall::fetchesEveryChunk()
{
    m_gateway.setSqlWarehouse(3, 1);
    const auto sql = call();
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    QSignalSpy received(sql.get(), &Engine::SqlCall::rowsReceived);
    sql->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(!sql->error(), qPrintable(sql->error() ? sql->error()->message : QString()));
    QCOMPARE(sql->result().rows.size(), 10);
    for (qsizetype i = 0; i < 10; ++i)
        QCOMPARE(sql->result().rows.at(i).at(0).toString(), QString::number(i));
    QCOMPARE(received.size(), 4); // chunks of 3, 3, 3, 1
    QCOMPARE(chunkRequests(), 3); // the first came with the statement
}

void TstSqlCall::rowLimit()
{
    m_gateway.setSqlWarehouse(2, 1);
    const auto sql = call();
    sql->setResultLimits(5, Engine::SqlCall::kDefaultMaxBytes);
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    sql->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(sql->error());
    QCOMPARE(sql->error()->kind, Core::ApiError::Kind::Protocol);
    QVERIFY2(sql->error()->message.contains(QStringLiteral("more than 5 rows")),
             qPrintable(sql->error()->message));
    QCOMPARE(chunkRequests(), 2); // stopped at the third chunk, 6 rows; nothing more asked
}

void TstSqlCall::byteLimit()
{
    const auto sql = call();
    sql->setResultLimits(Engine::SqlCall::kDefaultMaxRows, 1000);
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    sql->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(sql->error());
    QCOMPARE(sql->error()->kind, Core::ApiError::Kind::Protocol);
    QVERIFY(sql->result().rows.isEmpty());
}

void TstSqlCall::cancelWhilePolling()
{
    m_gateway.setSqlWarehouse(100, 1000000);
    const auto sql = call();
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    QSignalSpy states(sql.get(), &Engine::SqlCall::stateChanged);
    sql->start();
    QTRY_VERIFY(states.contains(QVariantList{QStringLiteral("RUNNING")}));
    sql->cancel();
    QCOMPARE(finished.size(), 0); // not before the warehouse has the request
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(sql->error()->kind, Core::ApiError::Kind::Cancelled);
    QCOMPARE(requestsEndingWith(QStringLiteral("/cancel")), 1);
}

void TstSqlCall::cancelWhileFetching()
{
    m_gateway.setSqlWarehouse(1, 1);
    const auto sql = call();
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    int chunks = 0;
    connect(sql.get(), &Engine::SqlCall::rowsReceived, this, [&] {
        if (++chunks == 2)
            sql->cancel();
    });
    sql->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(sql->error()->kind, Core::ApiError::Kind::Cancelled);
    QCOMPARE(chunks, 2);
    QCOMPARE(chunkRequests(), 1);
    QCOMPARE(requestsEndingWith(QStringLiteral("/cancel")), 1);
}

// Cancelled before the submit's answer: the warehouse has the statement by then, so the call
// waits for its id and cancels it rather than leaving it running unseen.
void TstSqlCall::cancelWhileSubmitting()
{
    m_gateway.setSqlWarehouse(100, 1000000);
    const auto sql = call();
    QSignalSpy finished(sql.get(), &Engine::SqlCall::finished);
    sql->start();
    sql->cancel();
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(sql->error()->kind, Core::ApiError::Kind::Cancelled);
    QCOMPARE(requestsEndingWith(QStringLiteral("/statements")), 1);
    QCOMPARE(requestsEndingWith(QStringLiteral("/cancel")), 1);
    QVERIFY(!sql->result().statementId.isEmpty());
    QVERIFY(requestsEndingWith(sql->result().statementId + QStringLiteral("/cancel")) == 1);
}

QTEST_GUILESS_MAIN(TstSqlCall)
#include "tst_sqlcall.moc"
