// What the SQL console adds to the Statement Execution API: starting a warehouse, and the SQL
// state of a failed statement (status.sql_state, else the "SQLSTATE: " in the message).
#include "api/sqlstatements.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parlance;

class TstSqlWarehouse : public QObject
{
    Q_OBJECT

private slots:
    void startRequest();
    void sqlState_data();
    void sqlState();
};

void TstSqlWarehouse::startRequest()
{
    // An id with '/' stays one path segment: it cannot start another resource.
    const Core::HttpRequest request = Api::buildStartWarehouseRequest(
        QUrl(QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/")),
        QStringLiteral("abc/../1"));
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/sql/warehouses/"
                            "abc%2F..%2F1/start"));
    QCOMPARE(request.body, QByteArrayLiteral("{}"));
    QVERIFY(request.headers.contains(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}));
}

void TstSqlWarehouse::sqlState_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sqlState");

    const auto failed = [](const QJsonObject &extra) {
        QJsonObject status{{QStringLiteral("state"), QStringLiteral("FAILED")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            status.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject{{QStringLiteral("statement_id"), QStringLiteral("s1")},
                                         {QStringLiteral("status"), status}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("status.sql_state")
        << failed({{QStringLiteral("sql_state"), QStringLiteral("42P01")}})
        << QStringLiteral("[TABLE_OR_VIEW_NOT_FOUND] The table or view `t` cannot be found.")
        << QStringLiteral("42P01");
    QTest::newRow("field wins over the message")
        << failed({{QStringLiteral("sql_state"), QStringLiteral("42601")}})
        << QStringLiteral("[X] SQLSTATE: 22003") << QStringLiteral("42601");
    QTest::newRow("in the message")
        << failed({})
        << QStringLiteral("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. SQLSTATE: 42601 "
                          "(line 1, pos 0)")
        << QStringLiteral("42601");
    QTest::newRow("a field that is no state falls back to the message")
        << failed({{QStringLiteral("sql_state"), QStringLiteral("not a state")}})
        << QStringLiteral("... SQLSTATE: 22012") << QStringLiteral("22012");
    QTest::newRow("a number is no state")
        << failed({{QStringLiteral("sql_state"), 42601}}) << QString() << QString();
    QTest::newRow("neither (the recorded FAILED example)")
        << Testing::readExample(QStringLiteral("sql_statement_failed.json"))
        << QStringLiteral("[PARSE_SYNTAX_ERROR] Syntax error at or near ...") << QString();
    QTest::newRow("not JSON") << QByteArrayLiteral("<html>502</html>")
                              << QStringLiteral("Bad gateway") << QString();
    QTest::newRow("too short in the message")
        << QByteArray() << QStringLiteral("SQLSTATE: 4260") << QString();
}

void TstSqlWarehouse::sqlState()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, sqlState);
    QCOMPARE(Api::statementSqlState(body, message), sqlState);
}

QTEST_GUILESS_MAIN(TstSqlWarehouse)
#include "tst_sqlwarehouse.moc"
