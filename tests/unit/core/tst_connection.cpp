// Where each request of a connection goes.
#include "core/connection.h"

#include <QTest>

using namespace Parlance::Core;

class TstConnection : public QObject
{
    Q_OBJECT

private slots:
    void urls_data();
    void urls();
    void names();
    void secretHeaders();
};

void TstConnection::secretHeaders()
{
    Connection c;
    // Secret by name, whatever the user ticked.
    QVERIFY(c.isSecretHeader("X-Api-Key"));
    QVERIFY(c.isSecretHeader("proxy-authorization"));
    QVERIFY(c.isSecretHeader("Cookie"));
    QVERIFY(!c.isSecretHeader("X-Tenant"));
    QVERIFY(!c.isSecretHeader("x-ratelimit-remaining-tokens"));
    // Marked by the user: compared as HTTP compares names.
    c.secretHeaders = {"X-Tenant"};
    QVERIFY(c.isSecretHeader("x-tenant"));
    QVERIFY(c.isSecretHeader(" X-TENANT "));
    QVERIFY(!c.isSecretHeader("X-Tenant-Id"));
}

void TstConnection::urls_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("gatewayPath");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<QString>("responses");
    QTest::addColumn<QString>("invocations");
    QTest::addColumn<QString>("models");
    QTest::addColumn<QString>("authority");

    QTest::newRow("databricks ai gateway (default)")
        << int(Connection::Kind::Databricks) << QStringLiteral("https://adb-1.azuredatabricks.net")
        << QString()
        << QStringLiteral("https://adb-1.azuredatabricks.net/ai-gateway/mlflow/v1/chat/completions")
        << QStringLiteral("https://adb-1.azuredatabricks.net/ai-gateway/mlflow/v1/responses")
        << QStringLiteral(
               "https://adb-1.azuredatabricks.net/serving-endpoints/my%20model/invocations")
        << QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/serving-endpoints")
        << QStringLiteral("https://adb-1.azuredatabricks.net");
    QTest::newRow("databricks serving, trailing slashes")
        << int(Connection::Kind::Databricks) << QStringLiteral("https://host.cloud.databricks.com/")
        << QStringLiteral("/serving-endpoints/")
        << QStringLiteral("https://host.cloud.databricks.com/serving-endpoints/chat/completions")
        << QStringLiteral("https://host.cloud.databricks.com/serving-endpoints/responses")
        << QStringLiteral(
               "https://host.cloud.databricks.com/serving-endpoints/my%20model/invocations")
        << QStringLiteral("https://host.cloud.databricks.com/api/2.0/serving-endpoints")
        << QStringLiteral("https://host.cloud.databricks.com");
    QTest::newRow("openai-compatible with port")
        << int(Connection::Kind::OpenAiCompatible) << QStringLiteral("http://127.0.0.1:8080/v1")
        << QString() << QStringLiteral("http://127.0.0.1:8080/v1/chat/completions")
        << QStringLiteral("http://127.0.0.1:8080/v1/responses")
        << QStringLiteral("http://127.0.0.1:8080/serving-endpoints/my%20model/invocations")
        << QStringLiteral("http://127.0.0.1:8080/v1/models")
        << QStringLiteral("http://127.0.0.1:8080");
}

void TstConnection::urls()
{
    QFETCH(int, kind);
    QFETCH(QString, root);
    QFETCH(QString, gatewayPath);
    Connection c;
    c.kind = Connection::Kind(kind);
    if (c.kind == Connection::Kind::Databricks)
        c.host = QUrl(root);
    else
        c.baseUrl = QUrl(root);
    if (!gatewayPath.isEmpty())
        c.gatewayPath = gatewayPath;
    const QString model = QStringLiteral("my model");
    QTEST(c.urlFor(ApiKind::ChatCompletions, model).toString(QUrl::FullyEncoded), "chat");
    QTEST(c.urlFor(ApiKind::Responses, model).toString(QUrl::FullyEncoded), "responses");
    QTEST(c.urlFor(ApiKind::Invocations, model).toString(QUrl::FullyEncoded), "invocations");
    QTEST(c.modelsUrl().toString(QUrl::FullyEncoded), "models");
    QTEST(c.authority(), "authority");
}

void TstConnection::names()
{
    QCOMPARE(apiKindFromName(QStringLiteral("responses")), std::optional(ApiKind::Responses));
    QCOMPARE(apiKindFromName(QStringLiteral("soap")), std::nullopt);
    QCOMPARE(authFromName(QStringLiteral("basic")), std::optional(Connection::Auth::Basic));
    QCOMPARE(authFromName(QStringLiteral("Basic")), std::nullopt);
    QCOMPARE(authName(Connection::Auth::None), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TstConnection)
#include "tst_connection.moc"
