// Batch checks as pure functions: parsing the --check syntax, each check on answers that pass
// and fail, the JSON-schema subset, and reading a judge's score out of its reply.
#include "engine/batchcheck.h"
#include "engine/batchjsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Engine::BatchCheck;

class TstBatchCheck : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void parseErrors_data();
    void parseErrors();
    void judgeSyntax();
    void schema_data();
    void schema();
    void schemaRefusesWhatItDoesNotKnow_data();
    void schemaRefusesWhatItDoesNotKnow();
    void score_data();
    void score();
    void judgeResult();

private:
    QTemporaryDir m_dir;
};

void TstBatchCheck::evaluate_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<QString>("detail"); // a part of it

    QTest::newRow("contains") << "contains:Paris"
                              << "It is Paris." << true << "";
    QTest::newRow("contains is case-sensitive")
        << "contains:Paris"
        << "it is paris" << false << "does not contain 'Paris'";
    QTest::newRow("contains text with colons") << "contains:a:b"
                                               << "x a:b y" << true << "";
    QTest::newRow("not-contains") << "not-contains:sorry"
                                  << "Here it is" << true << "";
    QTest::newRow("not-contains fails") << "not-contains:sorry"
                                        << "I am sorry" << false << "the answer contains 'sorry'";
    QTest::newRow("regex") << "regex:\\d{3}"
                           << "code 123" << true << "";
    QTest::newRow("regex fails") << "regex:^\\d+$"
                                 << "12a" << false << "no match";
    QTest::newRow("json object") << "json"
                                 << " {\"a\": [1, 2]} " << true << "";
    QTest::newRow("json in a fence") << "json"
                                     << "```json\n{\"a\":1}\n```" << true << "";
    QTest::newRow("json scalar") << "json"
                                 << "42" << true << "";
    QTest::newRow("json fails") << "json"
                                << "{\"a\":" << false << "not JSON";
    QTest::newRow("json two values") << "json"
                                     << "1, 2" << false << "2 values";
    QTest::newRow("json empty") << "json"
                                << "  " << false << "not JSON";
    QTest::newRow("max-length") << "max-length:5"
                                << "héllo" << true << "";
    QTest::newRow("max-length counts characters, not UTF-16") << "max-length:2"
                                                              << "😀😀" << true << "";
    QTest::newRow("max-length fails") << "max-length:4"
                                      << "hello" << false << "5 characters, more than 4";
}

void TstBatchCheck::evaluate()
{
    QFETCH(QString, spec);
    QFETCH(QString, answer);
    QFETCH(bool, pass);
    QFETCH(QString, detail);
    QString error;
    const std::optional<BatchCheck> check = BatchCheck::parse(spec, &error);
    QVERIFY2(check, qPrintable(error));
    const Engine::BatchCheckResult result = check->evaluate(answer);
    QCOMPARE(result.name, spec);
    QCOMPARE(result.pass, pass);
    QVERIFY2(result.detail.contains(detail), qPrintable(result.detail));
    QCOMPARE(result.detail.isEmpty(), pass);
    QVERIFY(!check->notAnswered().pass);
}

void TstBatchCheck::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown") << "longer-than:3"
                             << "unknown --check 'longer-than:3'";
    QTest::newRow("contains without text") << "contains:"
                                           << "--check contains needs a value";
    QTest::newRow("json with a value") << "json:x"
                                       << "unknown --check";
    QTest::newRow("bad regex") << "regex:a("
                               << "not a valid regular expression";
    QTest::newRow("bad max-length") << "max-length:-1"
                                    << "wants a whole number";
    QTest::newRow("judge without rubric") << "judge:demo-echo"
                                          << "needs a model and a rubric";
    QTest::newRow("missing schema") << "json-schema:/nonexistent.json"
                                    << "cannot read";
    QTest::newRow("missing rubric file") << "judge:m:@/nonexistent.txt"
                                         << "cannot read";
}

void TstBatchCheck::parseErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!BatchCheck::parse(spec, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TstBatchCheck::judgeSyntax()
{
    QString error;
    std::optional<BatchCheck> judge = BatchCheck::parse(QStringLiteral("judge:demo-echo:Is it "
                                                                       "polite: yes?"),
                                                        &error);
    QVERIFY(judge && judge->isJudge());
    QCOMPARE(judge->judgeModel(), QStringLiteral("demo-echo"));
    QCOMPARE(judge->rubric(), QStringLiteral("Is it polite: yes?"));

    judge = BatchCheck::parse(QStringLiteral("judge:[llama3:8b]:Polite?"), &error);
    QVERIFY(judge);
    QCOMPARE(judge->judgeModel(), QStringLiteral("llama3:8b"));
    QCOMPARE(judge->rubric(), QStringLiteral("Polite?"));

    const QString rubricFile = m_dir.filePath(QStringLiteral("rubric.txt"));
    QFile file(rubricFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Score 1 for a haiku.\n");
    file.close();
    judge = BatchCheck::parse(QStringLiteral("judge:m:@") + rubricFile, &error);
    QVERIFY2(judge, qPrintable(error));
    QCOMPARE(judge->rubric(), QStringLiteral("Score 1 for a haiku."));

    // The rubric comes before the prompt and the answer, all in one user message.
    const Core::Conversation asked
        = judge->judgeConversation(QStringLiteral("P"), QStringLiteral("A"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.messages().first().text(),
             QStringLiteral("Rubric:\nScore 1 for a haiku.\n\nPrompt:\nP\n\nAnswer:\nA"));
}

void TstBatchCheck::schema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error"); // empty: it matches

    const QByteArray person
        = R"({"type":"object","required":["name","age"],"additionalProperties":false,
              "properties":{"name":{"type":"string","minLength":1,"maxLength":5},
                            "age":{"type":"integer","minimum":0,"maximum":150},
                            "tags":{"type":"array","items":{"enum":["a","b"]},"maxItems":2}}})";
    QTest::newRow("matches") << person << QByteArray(R"({"name":"Ann","age":30,"tags":["a"]})")
                             << QString();
    QTest::newRow("wrong type") << person << QByteArray("[1]") << "$: expected object, got array";
    QTest::newRow("missing required")
        << person << QByteArray(R"({"name":"Ann"})") << "$: the property 'age' is missing";
    QTest::newRow("extra property") << person << QByteArray(R"({"name":"A","age":1,"x":1})")
                                    << "$: the property 'x' is not allowed";
    QTest::newRow("integer") << person << QByteArray(R"({"name":"A","age":1.5})")
                             << "$.age: expected integer, got number";
    QTest::newRow("maximum") << person << QByteArray(R"({"name":"A","age":151})")
                             << "$.age: 151 is more than the maximum 150";
    QTest::newRow("maxLength") << person << QByteArray(R"({"name":"Annabel","age":1})")
                               << "$.name: 7 characters, more than 5";
    QTest::newRow("items enum") << person << QByteArray(R"({"name":"A","age":1,"tags":["c"]})")
                                << "$.tags[0]: \"c\" is not one of [\"a\",\"b\"]";
    QTest::newRow("maxItems") << person
                              << QByteArray(R"({"name":"A","age":1,"tags":["a","b","a"]})")
                              << "$.tags: 3 items, more than 2";
    QTest::newRow("type list and pattern")
        << QByteArray(R"({"type":["string","null"],"pattern":"^[a-z]+$"})") << QByteArray("null")
        << QString();
    QTest::newRow("pattern fails")
        << QByteArray(R"({"type":["string","null"],"pattern":"^[a-z]+$"})") << QByteArray("\"A1\"")
        << "$: does not match the pattern";
    QTest::newRow("additionalProperties schema")
        << QByteArray(R"({"additionalProperties":{"type":"number"}})")
        << QByteArray(R"({"a":1,"b":"x"})") << "$.b: expected number, got string";
    QTest::newRow("const") << QByteArray(R"({"const":{"ok":true}})")
                           << QByteArray(R"({"ok":false})") << "$: expected {\"ok\":true}";
    QTest::newRow("annotations are ignored")
        << QByteArray(R"({"$schema":"https://json-schema.org/draft/2020-12/schema","title":"t",
                          "description":"d","type":"number","exclusiveMinimum":0})")
        << QByteArray("0") << "$: 0 is not more than 0";
}

void TstBatchCheck::schema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    QString why;
    const auto parsed
        = Engine::BatchJsonSchema::fromJson(QJsonDocument::fromJson(schema).object(), &why);
    QVERIFY2(parsed, qPrintable(why));
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().first();
    const QString result = parsed->validate(v);
    if (error.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.startsWith(error), qPrintable(result));
}

void TstBatchCheck::schemaRefusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("error");
    QTest::newRow("$ref") << QByteArray(R"({"properties":{"a":{"$ref":"#/x"}}})")
                          << "$.a: the keyword '$ref' is not supported";
    QTest::newRow("anyOf") << QByteArray(R"({"anyOf":[{"type":"string"}]})")
                           << "$: the keyword 'anyOf' is not supported";
    QTest::newRow("format") << QByteArray(R"({"items":{"format":"date"}})")
                            << "$[]: the keyword 'format' is not supported";
    QTest::newRow("tuple items") << QByteArray(R"({"items":[{"type":"string"}]})")
                                 << "a list of schemas is not supported";
    QTest::newRow("bad type") << QByteArray(R"({"type":"text"})") << "'type' must be";
    QTest::newRow("negative length") << QByteArray(R"({"minLength":-1})") << "a number from 0";
}

void TstBatchCheck::schemaRefusesWhatItDoesNotKnow()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!Engine::BatchJsonSchema::fromJson(QJsonDocument::fromJson(schema).object(), &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TstBatchCheck::score_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<double>("score"); // -1: none
    QTest::newRow("labelled") << "SCORE: 0.8\nIt is polite." << 0.8;
    QTest::newRow("labelled lower case, after other numbers")
        << "Of the 3 points, 2 hold. Score = 0.67" << 0.67;
    QTest::newRow("bare number") << "0.25 — too short" << 0.25;
    QTest::newRow("fraction") << "I'd give it 8/10." << 0.8;
    QTest::newRow("percent") << "Score: 75%" << 0.75;
    QTest::newRow("clamped high") << "Score: 7" << 1.0;
    QTest::newRow("clamped low") << "score -0.5" << 0.0;
    QTest::newRow("leading dot") << "about .9" << 0.9;
    QTest::newRow("echoed rubric")
        << "You said: Rubric:\nscore 0.8 if polite\n\nPrompt:\n12" << 0.8;
    QTest::newRow("none") << "I cannot grade this." << -1.0;
    QTest::newRow("part of a word is not a score") << "gpt4o says yes" << -1.0;
}

void TstBatchCheck::score()
{
    QFETCH(QString, reply);
    QFETCH(double, score);
    const std::optional<double> parsed = BatchCheck::parseScore(reply);
    if (score < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-1))));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, score);
}

void TstBatchCheck::judgeResult()
{
    QString error;
    const std::optional<BatchCheck> judge = BatchCheck::parse(QStringLiteral("judge:m:r"), &error);
    QVERIFY(judge);
    Engine::BatchCheckResult r = judge->judgeResult(QStringLiteral("SCORE: 0.5"));
    QVERIFY(r.pass); // the pass mark is inclusive
    QCOMPARE(r.score, std::optional<double>(0.5));
    r = judge->judgeResult(QStringLiteral("SCORE: 0.49"));
    QVERIFY(!r.pass);
    r = judge->judgeResult(QStringLiteral("No idea."));
    QVERIFY(!r.pass);
    QVERIFY(!r.score);
    QVERIFY(r.detail.contains(u"No idea.")); // the judge's text is kept
    r = judge->judgeFailed(QStringLiteral("HTTP 500"));
    QVERIFY(!r.pass);
    QVERIFY(r.detail.contains(u"HTTP 500"));
}

QTEST_GUILESS_MAIN(TstBatchCheck)
#include "tst_batchcheck.moc"
