// Numbers from the wire: whole and in range, or absent. Never a cast of an out-of-range double.
#include "core/usage.h"
#include "core/wirenumber.h"
#include "hostilenumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <climits>

using namespace Parlance::Core;

namespace {

// The value as the JSON parser hands it over, so the tests meet what the decoders meet.
QJsonValue parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s does not parse: %s", json.constData(), qPrintable(error.errorString()));
    return document.array().first();
}

} // namespace

class TstWireNumber : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumbersInRange_data();
    void wholeNumbersInRange();
    void hostileValuesAreAbsent_data();
    void hostileValuesAreAbsent();
    void boundsAreInclusive();
    void usageDropsHostileCounts_data();
    void usageDropsHostileCounts();
};

void TstWireNumber::wholeNumbersInRange_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("0") << QByteArray("0") << qint64(0);
    QTest::newRow("-0") << QByteArray("-0") << qint64(0);
    QTest::newRow("42") << QByteArray("42") << qint64(42);
    QTest::newRow("1.0") << QByteArray("1.0") << qint64(1);
    QTest::newRow("exponent") << QByteArray("1e3") << qint64(1000);
    QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << qint64(9007199254740991);
}

void TstWireNumber::wholeNumbersInRange()
{
    QFETCH(QByteArray, json);
    QTEST(wireInteger(parsed(json)).value_or(-1), "expected");
}

void TstWireNumber::hostileValuesAreAbsent_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QByteArray &json : hostileNumbers())
        QTest::newRow(json.constData()) << json;
}

void TstWireNumber::hostileValuesAreAbsent()
{
    QFETCH(QByteArray, json);
    QCOMPARE(wireInteger(parsed(json)), std::nullopt);
}

void TstWireNumber::boundsAreInclusive()
{
    QCOMPARE(wireInteger(parsed("-5"), -5, 5), std::optional<qint64>(-5));
    QCOMPARE(wireInteger(parsed("5"), -5, 5), std::optional<qint64>(5));
    QCOMPARE(wireInteger(parsed("6"), -5, 5), std::nullopt);
    QCOMPARE(wireInteger(parsed("-6"), -5, 5), std::nullopt);
    QCOMPARE(wireInteger(parsed("2147483647"), 0, INT_MAX), std::optional<qint64>(INT_MAX));
    QCOMPARE(wireInteger(parsed("2147483648"), 0, INT_MAX), std::nullopt);
    // Bounds beyond what a double holds exactly are clamped, not trusted.
    QCOMPARE(wireInteger(parsed("9007199254740992"), 0, LLONG_MAX), std::nullopt);
    QCOMPARE(wireInteger(parsed("-9007199254740991"), LLONG_MIN, 0),
             std::optional<qint64>(-MaxJsonInteger));
    QCOMPARE(wireInteger(QJsonValue(qQNaN()), LLONG_MIN, LLONG_MAX), std::nullopt);
    QCOMPARE(wireInteger(QJsonValue(qInf()), LLONG_MIN, LLONG_MAX), std::nullopt);
    QCOMPARE(wireInteger(QJsonValue(-qInf()), LLONG_MIN, LLONG_MAX), std::nullopt);
}

// `{"usage":{"prompt_tokens":1e20}}` used to become -9223372036854775808 (undefined behaviour)
// and reach `--json` as -9223372036854776000.
void TstWireNumber::usageDropsHostileCounts_data()
{
    hostileValuesAreAbsent_data();
}

void TstWireNumber::usageDropsHostileCounts()
{
    QFETCH(QByteArray, json);
    const QJsonObject usageObject
        = parsed(R"({"prompt_tokens":)" + json + R"(,"completion_tokens":)" + json
                 + R"(,"output_tokens":7,"total_tokens":)" + json + R"(,"reasoning_tokens":)" + json
                 + R"(,"prompt_tokens_details":{"cached_tokens":)" + json + "}}")
              .toObject();
    QVERIFY(!usageObject.isEmpty());
    const Usage usage = Usage::fromJson(usageObject);
    QCOMPARE(usage.inputTokens, std::nullopt);
    QCOMPARE(usage.outputTokens, std::optional<qint64>(7)); // the Responses name stands in
    QCOMPARE(usage.totalTokens, std::nullopt);
    QCOMPARE(usage.reasoningTokens, std::nullopt);
    QCOMPARE(usage.cachedInputTokens, std::nullopt);

    const QJsonObject normalized = usage.toNormalizedJson();
    QCOMPARE(normalized.value(QStringLiteral("input_tokens")), QJsonValue(QJsonValue::Null));
    QCOMPARE(normalized.value(QStringLiteral("output_tokens")), QJsonValue(7));
    QCOMPARE(normalized.value(QStringLiteral("total_tokens")), QJsonValue(QJsonValue::Null));
}

QTEST_GUILESS_MAIN(TstWireNumber)
#include "tst_wirenumber.moc"
