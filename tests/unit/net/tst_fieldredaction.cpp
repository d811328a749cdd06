// The masking of OAuth traffic (token requests and answers): the values of the fields that
// carry credentials are masked, everything else is kept as sent, and a body whose fields cannot
// be read is not kept at all when it could hide a secret.
#include "core/sensitiveheader.h"
#include "net/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parlance;
using namespace Parlance::Net;

namespace {

QByteArray notRecorded(const QByteArray &body)
{
    return "[" + QByteArray::number(body.size())
           + " bytes not recorded: neither a form nor JSON, so no secret in them could be told "
             "apart]";
}

// Every spelling of a secret that must not be left in a masked body.
QList<QByteArray> spellings(const QByteArray &secret)
{
    QList<QByteArray> forms{secret, secret.toPercentEncoding()};
    QByteArray plus = secret.toPercentEncoding(" ");
    plus.replace(' ', '+');
    forms << plus;
    return forms;
}

// A form of `fields` name=value pairs of padding with `tail` at the end.
QByteArray hugeForm(int fields, const QByteArray &tail)
{
    QByteArray body;
    body.reserve(fields * 24 + tail.size());
    for (int i = 0; i < fields; ++i)
        body += "pad" + QByteArray::number(i) + "=xxxxxxxxxxxxxxxx&";
    return body + tail;
}

} // namespace

class TestFieldRedaction : public QObject
{
    Q_OBJECT

private slots:
    void sensitiveFields_data();
    void sensitiveFields();
    void tokenRequest_data();
    void tokenRequest();
    void tokenAnswer_data();
    void tokenAnswer();
    void queryItems();
};

void TestFieldRedaction::sensitiveFields_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("sensitive");
    for (const char *name : {"client_secret", "code", "code_verifier", "refresh_token", "assertion",
                             "client_assertion", "access_token", "id_token", "Refresh_Token",
                             "state", "password", "subject_token"}) {
        QTest::newRow(name) << QByteArray(name) << true;
    }
    for (const char *name :
         {"grant_type", "token_type", "expires_in", "scope", "client_id", "redirect_uri", "error",
          "error_description", "code_challenge", "code_challenge_method"}) {
        QTest::newRow(name) << QByteArray(name) << false;
    }
}

void TestFieldRedaction::sensitiveFields()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, sensitive);
    QCOMPARE(Core::isSensitiveField(name), sensitive);
}

void TestFieldRedaction::tokenRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QList<QByteArray>>("secrets");

    QTest::newRow("client credentials: nothing secret")
        << QByteArray("grant_type=client_credentials&scope=all-apis")
        << QByteArray("grant_type=client_credentials&scope=all-apis") << QList<QByteArray>{};
    QTest::newRow("authorization code with PKCE")
        << QByteArray("grant_type=authorization_code&code=dcod-ABCDEFGHIJKLmnop&redirect_uri="
                      "http%3A%2F%2Flocalhost%3A8020&code_verifier=verifier-0123456789abcdef-XYZ"
                      "&client_id=databricks-cli")
        << QByteArray("grant_type=authorization_code&code=****mnop&redirect_uri=http%3A%2F%2F"
                      "localhost%3A8020&code_verifier=****-XYZ&client_id=databricks-cli")
        << QList<QByteArray>{"dcod-ABCDEFGHIJKLmnop", "verifier-0123456789abcdef-XYZ"};
    QTest::newRow("refresh token")
        << QByteArray("grant_type=refresh_token&refresh_token=doau-refresh-0123456789abcdef"
                      "&client_id=databricks-cli")
        << QByteArray("grant_type=refresh_token&refresh_token=****cdef&client_id=databricks-cli")
        << QList<QByteArray>{"doau-refresh-0123456789abcdef"};
    QTest::newRow("client secret in the body, percent-encoded")
        << QByteArray("grant_type=client_credentials&client_secret=s%2Bcr%2Fet%3D0123456789%21"
                      "&scope=all-apis")
        << QByteArray("grant_type=client_credentials&client_secret=****789%21&scope=all-apis")
        << QList<QByteArray>{"s+cr/et=0123456789!"};
    QTest::newRow("plus is a space")
        << QByteArray("client_secret=my+long+secret+value+1234&grant_type=client_credentials")
        << QByteArray("client_secret=****1234&grant_type=client_credentials")
        << QList<QByteArray>{"my long secret value 1234"};
    QTest::newRow("repeated keys")
        << QByteArray("refresh_token=first-refresh-token-AAAA&scope=x&refresh_token="
                      "second-refresh-token-BBBB")
        << QByteArray("refresh_token=****AAAA&scope=x&refresh_token=****BBBB")
        << QList<QByteArray>{"first-refresh-token-AAAA", "second-refresh-token-BBBB"};
    QTest::newRow("a secret repeated in a field that is no secret")
        << QByteArray("code=the-code-0123456789&redirect_uri=http%3A%2F%2Flocalhost%2F%3Fcode%3D"
                      "the-code-0123456789")
        << QByteArray("code=****6789&redirect_uri=http%3A%2F%2Flocalhost%2F%3Fcode%3D****6789")
        << QList<QByteArray>{"the-code-0123456789"};
    QTest::newRow("names in any case, an assertion")
        << QByteArray("Client_Secret=UPPER-secret-0123456789&assertion=eyJhbGciOiJSUzI1NiJ9.e30."
                      "c2lnbmF0dXJl")
        << QByteArray("Client_Secret=****6789&assertion=****dXJl")
        << QList<QByteArray>{"UPPER-secret-0123456789", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl"};
    QTest::newRow("short and empty values")
        << QByteArray("code=abc&code_verifier=&grant_type=authorization_code&")
        << QByteArray("code=****&code_verifier=****&grant_type=authorization_code&")
        << QList<QByteArray>{};
    QTest::newRow("not a form: JSON")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_secret":"json-secret-0123456789"})")
        << QByteArray(R"({"grant_type":"client_credentials","client_secret":"****6789"})")
        << QList<QByteArray>{"json-secret-0123456789"};
    const QByteArray text("the client secret is hunter2-0123456789, the code dcod-0123456789");
    QTest::newRow("not a form: text")
        << text << notRecorded(text) << QList<QByteArray>{"hunter2-0123456789", "dcod-0123456789"};
    const QByteArray bare("grant_type=client_credentials&sp-secret-0123456789abcdef");
    QTest::newRow("not a form: a part without a value")
        << bare << notRecorded(bare) << QList<QByteArray>{"sp-secret-0123456789abcdef"};
    const QByteArray lines("grant_type=client_credentials\nclient_secret=line-secret-0123456789");
    QTest::newRow("not a form: lines")
        << lines << notRecorded(lines) << QList<QByteArray>{"line-secret-0123456789"};

    const QByteArray hugeSecret("huge-form-secret-0123456789abcdef");
    const QByteArray huge = hugeForm(200000, "client_secret=" + hugeSecret);
    QTest::newRow("huge form") << huge << hugeForm(200000, "client_secret=****cdef")
                               << QList<QByteArray>{hugeSecret};
    const QByteArray hugeText = QByteArray(4 << 20, 'x') + " client_secret " + hugeSecret;
    QTest::newRow("huge body that is no form")
        << hugeText << notRecorded(hugeText) << QList<QByteArray>{hugeSecret};
}

void TestFieldRedaction::tokenRequest()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QFETCH(QList<QByteArray>, secrets);

    const FieldRedaction masked = redactCredentialFields(body);
    QCOMPARE(masked.text.size(), expected.size());
    QCOMPARE(masked.text, expected);
    for (const QByteArray &secret : std::as_const(secrets)) {
        for (const QByteArray &spelling : spellings(secret))
            QVERIFY2(!masked.text.contains(spelling), spelling.constData());
    }
    // What was masked is handed back, decoded, so echoes elsewhere can be masked too.
    if (!expected.startsWith('[')) {
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(masked.secrets.contains(secret), secret.constData());
    }
}

void TestFieldRedaction::tokenAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QList<QByteArray>>("secrets");

    QTest::newRow("granted, JSON: the bytes as sent")
        << QByteArray("{\n  \"access_token\": \"eyJhbGciOi.access-0123456789\",\n"
                      "  \"refresh_token\": \"doau-refresh-0123456789abcdef\",\n"
                      "  \"id_token\": \"eyJpZCI6.id-token-abcdefghij\",\n"
                      "  \"token_type\": \"Bearer\", \"expires_in\": 3600,\n"
                      "  \"scope\": \"all-apis offline_access\"\n}")
        << 200
        << QByteArray("{\n  \"access_token\": \"****6789\",\n"
                      "  \"refresh_token\": \"****cdef\",\n"
                      "  \"id_token\": \"****ghij\",\n"
                      "  \"token_type\": \"Bearer\", \"expires_in\": 3600,\n"
                      "  \"scope\": \"all-apis offline_access\"\n}")
        << QList<QByteArray>{"eyJhbGciOi.access-0123456789", "doau-refresh-0123456789abcdef",
                             "eyJpZCI6.id-token-abcdefghij"};
    QTest::newRow("granted, a token written with escapes: written again")
        << QByteArray(R"({"token_type":"Bearer","access_token":"abc\/def-0123456789xyz"})") << 200
        << QByteArray(R"({"access_token":"****9xyz","token_type":"Bearer"})")
        << QList<QByteArray>{"abc/def-0123456789xyz", R"(abc\/def-0123456789xyz)"};
    QTest::newRow("granted, nested")
        << QByteArray(R"({"data":{"grants":[{"access_token":"nested-access-token-1234"}]}})") << 200
        << QByteArray(R"({"data":{"grants":[{"access_token":"****1234"}]}})")
        << QList<QByteArray>{"nested-access-token-1234"};
    QTest::newRow("granted, a token that is a number")
        << QByteArray(R"({"access_token":123456789012345,"expires_in":60})") << 200
        << QByteArray(R"({"access_token":"****","expires_in":60})")
        << QList<QByteArray>{"123456789012345"};
    QTest::newRow("granted, a token repeated in another member")
        << QByteArray(R"({"access_token":"echoed-access-0123456789","note":"issued )"
                      R"(echoed-access-0123456789"})")
        << 200 << QByteArray(R"({"access_token":"****6789","note":"issued ****6789"})")
        << QList<QByteArray>{"echoed-access-0123456789"};
    QTest::newRow("granted, form-encoded")
        << QByteArray("access_token=form-access-0123456789&token_type=bearer&scope=all-apis") << 200
        << QByteArray("access_token=****6789&token_type=bearer&scope=all-apis")
        << QList<QByteArray>{"form-access-0123456789"};
    const QByteArray plain("token form-access-0123456789 valid for 3600 s");
    QTest::newRow("granted, neither JSON nor a form: not kept")
        << plain << 200 << notRecorded(plain) << QList<QByteArray>{"form-access-0123456789"};
    QTest::newRow("refused, JSON error body: as sent")
        << QByteArray(R"({"error":"invalid_client","error_description":"Client authentication )"
                      R"(failed"})")
        << 401
        << QByteArray(R"({"error":"invalid_client","error_description":"Client authentication )"
                      R"(failed"})")
        << QList<QByteArray>{};
    QTest::newRow("refused, an error page: kept")
        << QByteArray("<html><body>503 Service Unavailable</body></html>") << 503
        << QByteArray("<html><body>503 Service Unavailable</body></html>") << QList<QByteArray>{};
    QTest::newRow("empty") << QByteArray() << 200 << QByteArray() << QList<QByteArray>{};

    const QByteArray hugeToken("huge-access-token-0123456789abcdef");
    const QByteArray padding(2 << 20, 'p');
    QTest::newRow("huge JSON answer")
        << QByteArray(R"({"pad":")" + padding + R"(","access_token":")" + hugeToken + R"("})")
        << 200 << QByteArray(R"({"pad":")" + padding + R"(","access_token":"****cdef"})")
        << QList<QByteArray>{hugeToken};
}

void TestFieldRedaction::tokenAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    QFETCH(QList<QByteArray>, secrets);

    const FieldRedaction masked = redactCredentialAnswer(body, status);
    QCOMPARE(masked.text.size(), expected.size());
    QCOMPARE(masked.text, expected);
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!masked.text.contains(secret), secret.constData());
    // What the inspector needs of a grant stays readable.
    if (masked.text.contains("token_type"))
        QVERIFY(masked.text.contains("Bearer") || masked.text.contains("bearer"));
}

void TestFieldRedaction::queryItems()
{
    QList<QByteArray> secrets;
    const QUrl redirect(QStringLiteral("http://localhost:8020/?code=dcod-redirect-0123456789&"
                                       "state=state-value-abcdefgh&scope=all-apis"));
    const QUrl masked = redactQueryFields(redirect, &secrets);
    QCOMPARE(masked.toString(),
             QStringLiteral("http://localhost:8020/?code=****6789&state=****efgh&scope=all-apis"));
    QCOMPARE(secrets, (QList<QByteArray>{"dcod-redirect-0123456789", "state-value-abcdefgh"}));
    // Nothing to mask: the very URL.
    const QUrl discovery(QStringLiteral("https://h.example/oidc/.well-known/x?a=1&flag"));
    QCOMPARE(redactQueryFields(discovery), discovery);
}

QTEST_GUILESS_MAIN(TestFieldRedaction)
#include "tst_fieldredaction.moc"
