// parlance-cli sql: ai_query through the SQL Statement Execution API, polled to completion.
#include "clirunner.h"
#include "sim/simulatedgateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Parlance::Sim::SimulatedGateway;

class TstCliSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aiQueryBindsThePrompt();
    void statement();
    void failedStatement();
    void unknownWarehouse();
    void warehouseFromEnvironment();
    void json();

private:
    QStringList base() const
    {
        return {QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("sql"),
                QStringLiteral("--warehouse"), QStringLiteral("sim-warehouse")};
    }
    SimulatedGateway m_gateway;
    CliRunner m_cli;
};

void TstCliSql::initTestCase()
{
    QVERIFY(m_gateway.listen());
    m_cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                       QStringLiteral("dapi-sql-token-0123456789abcdef"));
}

void TstCliSql::aiQueryBindsThePrompt()
{
    const QString prompt = QStringLiteral("it's a \"test\"; DROP TABLE x; -- 😀");
    const CliResult r
        = m_cli.run(base() << QStringLiteral("--model") << QStringLiteral("demo-echo") << prompt);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("You said: ") + prompt + QLatin1Char('\n'));
    // The prompt travelled as a named parameter, never inside the SQL text.
    bool sawSubmit = false;
    for (const auto &request : m_gateway.requests()) {
        if (request.method != QLatin1String("POST")
            || request.path != QLatin1String("/api/2.0/sql/statements"))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QVERIFY(!body.value(QLatin1String("statement"))
                     .toString()
                     .contains(QStringLiteral("DROP TABLE")));
        bool bound = false;
        for (const QJsonValue &p : body.value(QLatin1String("parameters")).toArray())
            bound = bound || p[QLatin1String("value")].toString() == prompt;
        QVERIFY(bound);
        sawSubmit = true;
    }
    QVERIFY(sawSubmit);
}

void TstCliSql::statement()
{
    const CliResult r
        = m_cli.run(base() << QStringLiteral("--statement") << QStringLiteral("SELECT 42"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // header, one row
    QCOMPARE(lines.at(1), QByteArray("42"));
}

void TstCliSql::failedStatement()
{
    const CliResult r
        = m_cli.run(base() << QStringLiteral("--statement") << QStringLiteral("DELETE FROM t"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("parlance-cli: error: statement FAILED: BAD_REQUEST: "),
             r.err.constData());

    const CliResult model = m_cli.run(
        base() << QStringLiteral("--model") << QStringLiteral("demo-error") << QStringLiteral("x"));
    QCOMPARE(model.exitCode, 2);
    QVERIFY(model.err.contains("demo-error always fails"));
}

void TstCliSql::unknownWarehouse()
{
    const CliResult r
        = m_cli.run({QStringLiteral("--host"), m_gateway.url().toString(), QStringLiteral("sql"),
                     QStringLiteral("--warehouse"), QStringLiteral("nope"),
                     QStringLiteral("--statement"), QStringLiteral("SELECT 1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("HTTP 404 RESOURCE_DOES_NOT_EXIST"), r.err.constData());
}

void TstCliSql::warehouseFromEnvironment()
{
    CliRunner cli;
    cli.env().insert(QStringLiteral("DATABRICKS_TOKEN"),
                     QStringLiteral("dapi-sql-token-0123456789abcdef"));
    cli.env().insert(QStringLiteral("DATABRICKS_WAREHOUSE_ID"), QStringLiteral("sim-warehouse"));
    const QStringList statement{QStringLiteral("--host"), m_gateway.url().toString(),
                                QStringLiteral("sql"), QStringLiteral("--statement"),
                                QStringLiteral("SELECT 42")};
    const auto lastWarehouse = [this] {
        for (qsizetype i = m_gateway.requests().size() - 1; i >= 0; --i) {
            const auto &request = m_gateway.requests().at(i);
            if (request.method == QLatin1String("POST")
                && request.path == QLatin1String("/api/2.0/sql/statements"))
                return QJsonDocument::fromJson(request.body)
                    .object()
                    .value(QLatin1String("warehouse_id"))
                    .toString();
        }
        return QString();
    };

    const CliResult r = cli.run(statement);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed().split('\n').value(1), QByteArray("42"));
    QCOMPARE(lastWarehouse(), QStringLiteral("sim-warehouse"));

    // --warehouse wins over the environment.
    cli.env().insert(QStringLiteral("DATABRICKS_WAREHOUSE_ID"), QStringLiteral("nope"));
    const CliResult flag = cli.run(
        statement + QStringList{QStringLiteral("--warehouse"), QStringLiteral("sim-warehouse")});
    QVERIFY2(flag.exitCode == 0, flag.err.constData());
    QCOMPARE(lastWarehouse(), QStringLiteral("sim-warehouse"));
    const CliResult env = cli.run(statement);
    QCOMPARE(env.exitCode, 2);
    QCOMPARE(lastWarehouse(), QStringLiteral("nope"));
}

void TstCliSql::json()
{
    const CliResult r = m_cli.run(base() << QStringLiteral("--json") << QStringLiteral("--model")
                                         << QStringLiteral("demo-echo") << QStringLiteral("hi"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("SUCCEEDED"));
    QVERIFY(!o.value(QLatin1String("statement_id")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("rows")).toArray().first().toArray().first().toString(),
             QStringLiteral("You said: hi"));
    QVERIFY(o.value(QLatin1String("error")).isNull());
}

QTEST_GUILESS_MAIN(TstCliSql)
#include "tst_clisql.moc"
