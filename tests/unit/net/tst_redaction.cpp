#include "net/redaction.h"

#include <QTest>

using Parlance::Core::HttpHeaders;
using namespace Parlance::Net;

namespace {

const QByteArray DatabricksToken = QByteArrayLiteral("dapi0123456789abcdef0123456789abcd");
const QByteArray OpenAiKey = QByteArrayLiteral("sk-proj-AbCdEfGhIjKlMnOpQrStUvwxyz");

QByteArray basicCredentials(const QByteArray &secret)
{
    return QByteArray(QByteArrayLiteral("token:") + secret).toBase64();
}

// Every spelling of a secret that must not survive redaction, built here independently.
QList<QByteArray> forbiddenForms(const QByteArray &secret)
{
    QList<QByteArray> forms{
        secret, basicCredentials(secret),
        QByteArray(QByteArrayLiteral("token:") + secret).toBase64(QByteArray::OmitTrailingEquals)};
    const QByteArray percent = secret.toPercentEncoding();
    forms << percent << percent.toLower();
    return forms;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void maskSecret_data();
    void maskSecret();
    void isSensitiveHeader_data();
    void isSensitiveHeader();
    void redactHeaders_data();
    void redactHeaders();
    void redactSecrets_data();
    void redactSecrets();
    void streamRedactor_data() { redactSecrets_data(); }
    void streamRedactor();
    void streamHoldsOnlyWhatCouldBeginASecret();
    void connectionSecrets();
    void headerValuesEchoingASecret();
};

void TestRedaction::maskSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArrayLiteral("****");
    QTest::newRow("3 bytes") << QByteArrayLiteral("abc") << QByteArrayLiteral("****");
    QTest::newRow("11 bytes") << QByteArrayLiteral("abcdefghijk") << QByteArrayLiteral("****");
    QTest::newRow("12 bytes") << QByteArrayLiteral("abcdefghijkl") << QByteArrayLiteral("****ijkl");
    QTest::newRow("databricks PAT") << DatabricksToken << QByteArrayLiteral("****abcd");
    QTest::newRow("openai key") << OpenAiKey << QByteArrayLiteral("****wxyz");
    // The tail never shows part of a character: 4 bytes would start inside U+65E5.
    QTest::newRow("UTF-8 tail cut back") << QByteArrayLiteral("xxxxxxxxxx\xE6\x97\xA5\xE6\x9C\xAC")
                                         << QByteArrayLiteral("****\xE6\x9C\xAC");
    QTest::newRow("UTF-8 tail on a boundary")
        << QByteArrayLiteral("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9")
        << QByteArrayLiteral("****\xC3\xA9\xC3\xA9");
}

void TestRedaction::maskSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, expected);

    const QByteArray masked = Parlance::Net::maskSecret(secret);
    QCOMPARE(masked, expected);
    QVERIFY(masked.size() <= 8);
    if (secret.size() > 4)
        QVERIFY(!masked.contains(secret));
}

void TestRedaction::isSensitiveHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("sensitive");

    const std::pair<const char *, bool> rows[] = {
        {"Authorization", true},
        {"authorization", true},
        {"AUTHORIZATION", true},
        {"Proxy-Authorization", true},
        {"proxy-authorization", true},
        {"Cookie", true},
        {"Set-Cookie", true},
        {"set-cookie", true},
        {"X-Api-Key", true},
        {"x-api-key", true},
        {"Api-Key", true},
        {"API-KEY", true},
        {"X-Goog-Api-Key", true},
        {"X-API_KEY", true},
        {"apikey", true},
        {"X-Databricks-Azure-SP-Management-Token", true},
        {"x-databricks-gcp-sa-access-token", true},
        {"X-Auth-Token", true},
        {"Token", true},
        {"X-Client-Secret", true},
        {"Ocp-Apim-Subscription-Key", true},
        {"X-Password", true},
        {"X-Credentials", true},
        {"Content-Type", false},
        {"Accept", false},
        {"User-Agent", false},
        {"OpenAI-Organization", false},
        {"OpenAI-Project", false},
        {"X-Databricks-Workspace-Id", false},
        {"X-Databricks-Org-Id", false},
        {"x-request-id", false},
        {"Retry-After", false},
        {"WWW-Authenticate", false},
        {"", false},
        // Counters, not credentials: the inspector must show them.
        {"x-ratelimit-remaining-tokens", false},
        {"x-ratelimit-limit-tokens", false},
        {"anthropic-ratelimit-output-tokens-remaining", false},
    };
    for (const auto &[name, sensitive] : rows)
        QTest::newRow(*name ? name : "(empty)") << QByteArray(name) << sensitive;
}

void TestRedaction::isSensitiveHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, sensitive);

    QCOMPARE(Parlance::Net::isSensitiveHeader(name), sensitive);
}

void TestRedaction::redactHeaders_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<HttpHeaders>("expected");
    QTest::addColumn<QList<QByteArray>>("secrets");

    QTest::newRow("bearer") << HttpHeaders{{"Authorization", "Bearer " + DatabricksToken}}
                            << HttpHeaders{{"Authorization", "Bearer ****abcd"}}
                            << QList<QByteArray>{DatabricksToken};
    QTest::newRow("lower-case name and scheme kept as sent")
        << HttpHeaders{{"authorization", "bearer " + OpenAiKey}}
        << HttpHeaders{{"authorization", "bearer ****wxyz"}} << QList<QByteArray>{OpenAiKey};
    QTest::newRow("short bearer token")
        << HttpHeaders{{"Authorization", "Bearer sk-short"}}
        << HttpHeaders{{"Authorization", "Bearer ****"}} << QList<QByteArray>{"sk-short"};
    QTest::newRow("surrounding and inner spaces")
        << HttpHeaders{{"Authorization", "  Bearer \t " + DatabricksToken + "  "}}
        << HttpHeaders{{"Authorization", "Bearer ****abcd"}} << QList<QByteArray>{DatabricksToken};
    QTest::newRow("basic token:<tok> masked whole")
        << HttpHeaders{{"Authorization", "Basic " + basicCredentials(DatabricksToken)}}
        << HttpHeaders{{"Authorization", "Basic ****"}}
        << QList<QByteArray>{DatabricksToken, basicCredentials(DatabricksToken),
                             basicCredentials(DatabricksToken).right(4)};
    QTest::newRow("proxy basic") << HttpHeaders{{"Proxy-Authorization", "BASIC dXNlcjpodW50ZXIy"}}
                                 << HttpHeaders{{"Proxy-Authorization", "BASIC ****"}}
                                 << QList<QByteArray>{"dXNlcjpodW50ZXIy"};
    QTest::newRow("other scheme") << HttpHeaders{{"Authorization", "Token abcdefghijkl1234"}}
                                  << HttpHeaders{{"Authorization", "Token ****1234"}}
                                  << QList<QByteArray>{"abcdefghijkl1234"};
    QTest::newRow("bare token") << HttpHeaders{{"Authorization", DatabricksToken}}
                                << HttpHeaders{{"Authorization", "****abcd"}}
                                << QList<QByteArray>{DatabricksToken};
    QTest::newRow("empty authorization")
        << HttpHeaders{{"Authorization", ""}} << HttpHeaders{{"Authorization", "****"}}
        << QList<QByteArray>{};
    QTest::newRow("api key headers")
        << HttpHeaders{{"x-api-key", OpenAiKey}, {"Api-Key", "azure-key-0123456789"}}
        << HttpHeaders{{"x-api-key", "****wxyz"}, {"Api-Key", "****6789"}}
        << QList<QByteArray>{OpenAiKey, "azure-key-0123456789"};
    QTest::newRow("cookie masked whole")
        << HttpHeaders{{"Cookie", "session=s3cr3t-session-id; theme=dark"}}
        << HttpHeaders{{"Cookie", "****dark"}} << QList<QByteArray>{"s3cr3t-session-id"};
    QTest::newRow("databricks token header")
        << HttpHeaders{{"X-Databricks-Azure-SP-Management-Token",
                        "eyJhbGciOiJSUzI1NiJ9.payload.sig1"}}
        << HttpHeaders{{"X-Databricks-Azure-SP-Management-Token", "****sig1"}}
        << QList<QByteArray>{"eyJhbGciOiJSUzI1NiJ9.payload.sig1"};
    QTest::newRow("mixed, order and plain headers kept")
        << HttpHeaders{{"Content-Type", "application/json"},
                       {"Authorization", "Bearer " + DatabricksToken},
                       {"X-Databricks-Workspace-Id", "1234567890123456"},
                       {"Accept", "text/event-stream"},
                       {"x-ratelimit-remaining-tokens", "149984"}}
        << HttpHeaders{{"Content-Type", "application/json"},
                       {"Authorization", "Bearer ****abcd"},
                       {"X-Databricks-Workspace-Id", "1234567890123456"},
                       {"Accept", "text/event-stream"},
                       {"x-ratelimit-remaining-tokens", "149984"}}
        << QList<QByteArray>{DatabricksToken};
    QTest::newRow("none") << HttpHeaders{} << HttpHeaders{} << QList<QByteArray>{};
}

void TestRedaction::redactHeaders()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(HttpHeaders, expected);
    QFETCH(QList<QByteArray>, secrets);

    const HttpHeaders redacted = Parlance::Net::redactHeaders(headers);
    QCOMPARE(redacted, expected);
    for (const auto &[name, value] : redacted) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!value.contains(secret), QByteArray(name + ": " + value).constData());
    }
}

void TestRedaction::redactSecrets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<QByteArray>("expected");

    using Secrets = QList<QByteArray>;
    QTest::newRow("once")
        << QByteArray("curl -H 'Authorization: Bearer " + DatabricksToken + "' https://x")
        << Secrets{DatabricksToken}
        << QByteArrayLiteral("curl -H 'Authorization: Bearer ****abcd' https://x");
    QTest::newRow("several times")
        << QByteArray(DatabricksToken + "\n{\"token\":\"" + DatabricksToken + "\"}"
                      + DatabricksToken)
        << Secrets{DatabricksToken}
        << QByteArrayLiteral("****abcd\n{\"token\":\"****abcd\"}****abcd");
    QTest::newRow("several secrets")
        << QByteArray("a=" + DatabricksToken + " b=" + OpenAiKey)
        << Secrets{OpenAiKey, DatabricksToken} << QByteArrayLiteral("a=****abcd b=****wxyz");
    QTest::newRow("secrets shorter than 4 bytes ignored")
        << QByteArrayLiteral("abc a ab abc") << Secrets{"abc", "a", "ab", ""}
        << QByteArrayLiteral("abc a ab abc");
    QTest::newRow("4-byte secret") << QByteArrayLiteral("pin=abcd;abcd") << Secrets{"abcd"}
                                   << QByteArrayLiteral("pin=****;****");
    QTest::newRow("short secret shows no tail")
        << QByteArrayLiteral("key: sk-0123456.") << Secrets{"sk-0123456"}
        << QByteArrayLiteral("key: ****.");
    QTest::newRow("basic credentials")
        << QByteArray("Authorization: Basic " + basicCredentials(DatabricksToken) + "\r\n")
        << Secrets{DatabricksToken} << QByteArrayLiteral("Authorization: Basic ****\r\n");
    // "token:" + 11 bytes = 17 bytes: base64 ends in "=", which may be dropped.
    QTest::newRow("basic credentials without padding")
        << QByteArray("u="
                      + QByteArray(QByteArrayLiteral("token:abcdefghijk"))
                            .toBase64(QByteArray::OmitTrailingEquals)
                      + "&")
        << Secrets{"abcdefghijk"} << QByteArrayLiteral("u=****&");
    QTest::newRow("percent-encoded")
        << QByteArrayLiteral("GET /x?key=ab%2Fcd%2Bef%3Dgh12345&k2=ab%2fcd%2bef%3dgh12345")
        << Secrets{"ab/cd+ef=gh12345"} << QByteArrayLiteral("GET /x?key=****2345&k2=****2345");
    QTest::newRow("secret inside a longer secret")
        << QByteArrayLiteral("x dapiLONGSECRET0123456789 y LONGSECRET z")
        << Secrets{"LONGSECRET", "dapiLONGSECRET0123456789"}
        << QByteArrayLiteral("x ****6789 y **** z");
    // Non-overlapping replacement would leave "abcdXXXXabcd" behind the first mask.
    QTest::newRow("self-overlapping occurrences")
        << QByteArrayLiteral("<abcdXXXXabcdXXXXabcd>") << Secrets{"abcdXXXXabcd"}
        << QByteArrayLiteral("<****abcd>");
    QTest::newRow("back to back") << QByteArray(DatabricksToken + DatabricksToken)
                                  << Secrets{DatabricksToken}
                                  << QByteArrayLiteral("****abcd****abcd");
    // The first secret's tail is the second secret: no tails at all then.
    QTest::newRow("tail equal to another secret")
        << QByteArrayLiteral("[0123456789abWXYZ] WXYZ") << Secrets{"0123456789abWXYZ", "WXYZ"}
        << QByteArrayLiteral("[****] ****");
    QTest::newRow("secret with stars")
        << QByteArrayLiteral("p=a***b***c***d***e") << Secrets{"a***b***c***d***e"}
        << QByteArrayLiteral("p=*******e");
    // Masking "a***" in "aa***" leaves "a****", which holds it again.
    QTest::newRow("mask completes a secret made with stars")
        << QByteArrayLiteral("aa***") << Secrets{"a***"} << QByteArrayLiteral("*****");
    QTest::newRow("overlapping different secrets")
        << QByteArrayLiteral("x1***") << Secrets{"1***", "x1**"} << QByteArrayLiteral("****");
    QTest::newRow("UTF-8 secret") << QByteArrayLiteral(
        "p=p\xC3\xA4ssw\xC3\xB6rd-\xE6\x97\xA5\xE6\x9C\xAC!")
                                  << Secrets{"p\xC3\xA4ssw\xC3\xB6rd-\xE6\x97\xA5\xE6\x9C\xAC"}
                                  << QByteArrayLiteral("p=****\xE6\x9C\xAC!");
    QTest::newRow("no secrets") << QByteArrayLiteral("plain") << Secrets{}
                                << QByteArrayLiteral("plain");
    QTest::newRow("empty text") << QByteArray() << Secrets{DatabricksToken} << QByteArray();
    QTest::newRow("absent secret") << QByteArrayLiteral("nothing to see") << Secrets{OpenAiKey}
                                   << QByteArrayLiteral("nothing to see");
}

void TestRedaction::redactSecrets()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, expected);

    const QByteArray redacted = Parlance::Net::redactSecrets(text, secrets);
    QCOMPARE(redacted, expected);
    for (const QByteArray &secret : secrets) {
        if (secret.size() < 4)
            continue;
        for (const QByteArray &form : forbiddenForms(secret))
            QVERIFY2(!redacted.contains(form), form.constData());
    }
}

// A stream that brings the same text in pieces, split anywhere, passes on exactly what
// redacting it whole gives.
void TestRedaction::streamRedactor()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, expected);
    const SecretRedactor redactor(secrets);

    auto check = [&](const QList<qsizetype> &cuts) {
        StreamRedactor stream(&redactor);
        QByteArray out;
        qsizetype from = 0;
        for (qsizetype cut : cuts) {
            out += stream.feed(QByteArrayView(text).sliced(from, cut - from));
            from = cut;
        }
        out += stream.feed(QByteArrayView(text).sliced(from));
        out += stream.finish();
        for (const QByteArray &secret : secrets) {
            if (secret.size() < 4)
                continue;
            for (const QByteArray &form : forbiddenForms(secret)) {
                if (out.contains(form))
                    return QByteArray("leaked " + form + " in " + out);
            }
        }
        if (out != expected)
            return QByteArray("got " + out + " expected " + expected);
        return QByteArray();
    };
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        const QByteArray failure = check({cut});
        QVERIFY2(failure.isEmpty(), qPrintable(u"cut at " + QString::number(cut) + u": "
                                               + QString::fromUtf8(failure)));
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < text.size(); ++i)
        everyByte.append(i);
    const QByteArray failure = check(everyByte);
    QVERIFY2(failure.isEmpty(), failure.constData());
}

void TestRedaction::streamHoldsOnlyWhatCouldBeginASecret()
{
    const SecretRedactor redactor({DatabricksToken});
    StreamRedactor stream(&redactor);
    // Ordinary event lines pass at once: a stream is never delayed by redaction.
    const QByteArray event = QByteArrayLiteral("data: {\"choices\":[{\"delta\":{}}]}\n\n");
    QCOMPARE(stream.feed(event), event);
    QVERIFY(!stream.isHolding());
    // A tail that may be a token's beginning waits; the next piece settles it.
    QCOMPARE(stream.feed("text dap"), QByteArray("text "));
    QVERIFY(stream.isHolding());
    QCOMPARE(stream.feed("er"), QByteArray("daper"));
    QCOMPARE(stream.feed(QByteArray("x " + DatabricksToken.left(20))), QByteArray("x "));
    QCOMPARE(stream.feed(QByteArray(DatabricksToken.mid(20) + " y")), QByteArray("****abcd y"));
    // The end lets out what was held, since nothing more can complete it.
    QCOMPARE(stream.feed("z dapi01"), QByteArray("z "));
    QCOMPARE(stream.finish(), QByteArray("dapi01"));
    QVERIFY(!stream.isHolding());

    StreamRedactor none(nullptr);
    QCOMPARE(none.feed("dapi"), QByteArray("dapi"));
    const SecretRedactor empty;
    StreamRedactor nothingToHide(&empty);
    QCOMPARE(nothingToHide.feed("dapi"), QByteArray("dapi"));
}

void TestRedaction::connectionSecrets()
{
    Parlance::Core::Connection connection;
    connection.extraHeaders = {{"X-Api-Key", "user-key-0123456789"},
                               {"X-Proxy-Auth-Token", "Bearer proxy-secret-012345"},
                               {"X-Team", "analytics-team"}};
    const SecretRedactor redactor
        = SecretRedactor::forConnection(connection, QStringLiteral("tok-0123456789ab"));
    const QByteArray text = "tok-0123456789ab user-key-0123456789 proxy-secret-012345 "
                            "analytics-team";
    QCOMPARE(redactor.redact(text), QByteArray("****89ab ****6789 ****2345 analytics-team"));
    QVERIFY(SecretRedactor::forConnection(Parlance::Core::Connection{}, {}).isEmpty());

    // A header the user marked secret is one of the connection's secrets too.
    connection.secretHeaders = {"x-team"};
    const SecretRedactor marked = SecretRedactor::forConnection(connection, {});
    QVERIFY(marked.secrets().contains(QByteArray("analytics-team")));
    QCOMPARE(marked.redact(QByteArray("from analytics-team")), QByteArray("from ****team"));
    QCOMPARE(redactor.redact(QStringLiteral("\u00e9 tok-0123456789ab")),
             QStringLiteral("\u00e9 ****89ab"));
}

void TestRedaction::headerValuesEchoingASecret()
{
    const SecretRedactor redactor({DatabricksToken});
    const HttpHeaders headers{{"X-Echo", "you sent Bearer " + DatabricksToken},
                              {"Authorization", "Bearer " + DatabricksToken},
                              {"Content-Type", "application/json"}};
    const HttpHeaders expected{{"X-Echo", "you sent Bearer ****abcd"},
                               {"Authorization", "Bearer ****abcd"},
                               {"Content-Type", "application/json"}};
    QCOMPARE(redactor.redactHeaders(headers), expected);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
