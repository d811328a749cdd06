// Prices per model and the cost of a reply: the arithmetic, the JSON the settings keep, and what
// a damaged or hostile table turns into (nothing, never a wrong cost).
#include "config/pricesettings.h"
#include "core/pricetable.h"
#include "core/wirenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Core::ModelPrice;
using Core::PriceTable;
using Core::Usage;

namespace {

Usage usage(std::optional<qint64> input, std::optional<qint64> output,
            std::optional<qint64> reasoning = {}, std::optional<qint64> cached = {})
{
    Usage result;
    result.inputTokens = input;
    result.outputTokens = output;
    result.reasoningTokens = reasoning;
    result.cachedInputTokens = cached;
    return result;
}

PriceTable sample()
{
    PriceTable table;
    table.setPrice(u"gpt-4o"_s, {2.5, 10});
    table.setPrice(u"databricks-claude-sonnet-4"_s, {3, 15});
    table.setPrice(u"free, local: ünïcødé 模型"_s, {0, 0});
    return table;
}

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s does not parse: %s", json.constData(), qPrintable(error.errorString()));
    return document.object();
}

QString describe(const std::optional<double> &cost)
{
    return cost ? QString::number(*cost, 'g', 17) : u"none"_s;
}

} // namespace

class TstPriceTable : public QObject
{
    Q_OBJECT

private slots:
    void namesIgnoreCase();
    void invalidPricesAreNotStored_data();
    void invalidPricesAreNotStored();
    void entriesAreSortedByName();
    void cost_data();
    void cost();
    void jsonShape();
    void jsonRoundTrip();
    void hostileJsonIsRefused_data();
    void hostileJsonIsRefused();
    void toleratedJson();
    void settingsRoundTrip();
    void damagedSettingsLoadEmpty_data();
    void damagedSettingsLoadEmpty();
};

void TstPriceTable::namesIgnoreCase()
{
    PriceTable table;
    QVERIFY(table.isEmpty());
    table.setPrice(u"GPT-4o"_s, {2.5, 10});
    QVERIFY(!table.isEmpty());
    QCOMPARE(table.priceOf(u"gpt-4o"_s), (ModelPrice{2.5, 10}));
    QCOMPARE(table.priceOf(u"GPT-4O"_s), (ModelPrice{2.5, 10}));
    QCOMPARE(table.priceOf(u"gpt-4o-mini"_s), std::nullopt); // exact, not a prefix
    QCOMPARE(table.priceOf(u"gpt-4o "_s), std::nullopt);

    table.setPrice(u"gpt-4O"_s, {5, 20}); // replaces, and the new spelling is kept
    QCOMPARE(table.entries().size(), 1);
    QCOMPARE(table.entries().first().first, u"gpt-4O"_s);
    QCOMPARE(table.priceOf(u"GPT-4o"_s), (ModelPrice{5, 20}));

    table.removePrice(u"GPT-4O"_s);
    QCOMPARE(table.priceOf(u"gpt-4o"_s), std::nullopt);
    QVERIFY(table.isEmpty());
    QCOMPARE(table, PriceTable());
}

void TstPriceTable::invalidPricesAreNotStored_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("output");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("empty name") << QString() << 1.0 << 1.0;
    QTest::newRow("negative input") << u"m"_s << -1.0 << 1.0;
    QTest::newRow("negative output") << u"m"_s << 1.0 << -0.01;
    QTest::newRow("nan") << u"m"_s << nan << 1.0;
    QTest::newRow("infinite") << u"m"_s << 1.0 << inf;
    QTest::newRow("minus infinite") << u"m"_s << -inf << 1.0;
}

void TstPriceTable::invalidPricesAreNotStored()
{
    QFETCH(QString, model);
    QFETCH(double, input);
    QFETCH(double, output);

    QVERIFY(!ModelPrice({input, output}).isValid() || model.isEmpty());
    PriceTable table;
    table.setPrice(model, {input, output});
    QVERIFY(table.isEmpty());
    QCOMPARE(table.priceOf(model), std::nullopt);
}

void TstPriceTable::entriesAreSortedByName()
{
    PriceTable table;
    table.setPrice(u"beta"_s, {2, 2});
    table.setPrice(u"Alpha"_s, {1, 1});
    table.setPrice(u"gamma"_s, {3, 3});
    QCOMPARE(table.entries(),
             (QList<std::pair<QString, ModelPrice>>{
                 {u"Alpha"_s, {1, 1}}, {u"beta"_s, {2, 2}}, {u"gamma"_s, {3, 3}}}));
}

void TstPriceTable::cost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Usage>("usage");
    QTest::addColumn<QString>("expected");

    // 1,000 in at $2.50/M and 500 out at $10/M: 0.0025 + 0.005.
    QTest::newRow("plain") << u"gpt-4o"_s << usage(1000, 500) << describe(0.0075);
    QTest::newRow("name in other case") << u"GPT-4o"_s << usage(1000, 500) << describe(0.0075);
    // 300 of the 500 output tokens were reasoning: already in the 500, not added again.
    QTest::newRow("reasoning is part of output")
        << u"gpt-4o"_s << usage(1000, 500, 300) << describe(0.0075);
    QTest::newRow("cached input is input")
        << u"gpt-4o"_s << usage(1000, 500, {}, 800) << describe(0.0075);
    QTest::newRow("a million each")
        << u"databricks-claude-sonnet-4"_s << usage(1'000'000, 1'000'000) << describe(18);
    QTest::newRow("no tokens") << u"gpt-4o"_s << usage(0, 0) << describe(0);
    QTest::newRow("free model") << u"free, local: ünïcødé 模型"_s << usage(5000, 5000)
                                << describe(0);
    QTest::newRow("huge counts stay finite")
        << u"gpt-4o"_s << usage(Core::MaxJsonInteger, Core::MaxJsonInteger)
        << describe((double(Core::MaxJsonInteger) * 2.5 + double(Core::MaxJsonInteger) * 10) / 1e6);

    QTest::newRow("unknown model") << u"gpt-5"_s << usage(1000, 500) << u"none"_s;
    QTest::newRow("empty model") << QString() << usage(1000, 500) << u"none"_s;
    QTest::newRow("no input count") << u"gpt-4o"_s << usage({}, 500) << u"none"_s;
    QTest::newRow("no output count") << u"gpt-4o"_s << usage(1000, {}) << u"none"_s;
    QTest::newRow("no usage") << u"gpt-4o"_s << Usage() << u"none"_s;
}

void TstPriceTable::cost()
{
    QFETCH(QString, model);
    QFETCH(Usage, usage);
    QFETCH(QString, expected);

    const std::optional<double> cost = sample().costOf(model, usage);
    QCOMPARE(describe(cost), expected);
}

void TstPriceTable::jsonShape()
{
    PriceTable table;
    table.setPrice(u"b"_s, {0.15, 0.6});
    table.setPrice(u"A"_s, {3, 15});
    const QJsonObject expected = parsed(R"({"models":[
        {"model":"A","input_per_million":3,"output_per_million":15},
        {"model":"b","input_per_million":0.15,"output_per_million":0.6}]})");
    QCOMPARE(table.toJson(), expected);
    QCOMPARE(PriceTable().toJson(), parsed(R"({"models":[]})"));
}

void TstPriceTable::jsonRoundTrip()
{
    const PriceTable table = sample();
    QString error;
    const std::optional<PriceTable> back = PriceTable::fromJson(table.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, table);
    QVERIFY(!(*back == PriceTable()));

    // Through text, as the settings keep it.
    const QByteArray text = QJsonDocument(table.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(PriceTable::fromJson(parsed(text)), std::optional<PriceTable>(table));
}

void TstPriceTable::hostileJsonIsRefused_data()
{
    QTest::addColumn<QJsonObject>("json");

    auto entry = [](const QJsonValue &model, const QJsonValue &input, const QJsonValue &output) {
        QJsonObject object;
        if (!model.isUndefined())
            object.insert(u"model"_s, model);
        if (!input.isUndefined())
            object.insert(u"input_per_million"_s, input);
        if (!output.isUndefined())
            object.insert(u"output_per_million"_s, output);
        return QJsonObject{{u"models"_s, QJsonArray{object}}};
    };
    const QJsonValue missing(QJsonValue::Undefined);

    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("models is an object") << parsed(R"({"models":{"gpt-4o":[2.5,10]}})");
    QTest::newRow("models is a string") << parsed(R"({"models":"gpt-4o"})");
    QTest::newRow("entry is a number") << parsed(R"({"models":[1]})");
    QTest::newRow("entry is null") << parsed(R"({"models":[null]})");
    QTest::newRow("no model") << entry(missing, 1, 1);
    QTest::newRow("empty model") << entry(u""_s, 1, 1);
    QTest::newRow("model is a number") << entry(5, 1, 1);
    QTest::newRow("no input") << entry(u"m"_s, missing, 1);
    QTest::newRow("no output") << entry(u"m"_s, 1, missing);
    QTest::newRow("input is a string") << entry(u"m"_s, u"2.5"_s, 1);
    QTest::newRow("input is null") << entry(u"m"_s, QJsonValue::Null, 1);
    QTest::newRow("input is true") << entry(u"m"_s, true, 1);
    QTest::newRow("output is an array") << entry(u"m"_s, 1, QJsonArray{1});
    QTest::newRow("negative input") << entry(u"m"_s, -2.5, 1);
    QTest::newRow("negative output") << entry(u"m"_s, 1, -0.000001);
    QTest::newRow("nan") << entry(u"m"_s, std::numeric_limits<double>::quiet_NaN(), 1);
    QTest::newRow("infinite") << entry(u"m"_s, 1, std::numeric_limits<double>::infinity());
    QTest::newRow("same model twice") << parsed(R"({"models":[
        {"model":"m","input_per_million":1,"output_per_million":1},
        {"model":"m","input_per_million":2,"output_per_million":2}]})");
    QTest::newRow("same model twice, other case") << parsed(R"({"models":[
        {"model":"GPT-4o","input_per_million":1,"output_per_million":1},
        {"model":"gpt-4o","input_per_million":2,"output_per_million":2}]})");
    QTest::newRow("one bad among good") << parsed(R"({"models":[
        {"model":"a","input_per_million":1,"output_per_million":1},
        {"model":"b","input_per_million":-1,"output_per_million":1}]})");
}

void TstPriceTable::hostileJsonIsRefused()
{
    QFETCH(QJsonObject, json);
    QString error;
    QCOMPARE(PriceTable::fromJson(json, &error), std::nullopt);
    QVERIFY(!error.isEmpty());
    QCOMPARE(PriceTable::fromJson(json), std::nullopt); // no error pointer: no crash
}

void TstPriceTable::toleratedJson()
{
    // Keys a later version may add are passed over; zero is a price.
    const std::optional<PriceTable> table = PriceTable::fromJson(parsed(R"({"version":2,"models":[
        {"model":"m","input_per_million":0,"output_per_million":0,"currency":"USD"}]})"));
    QVERIFY(table);
    QCOMPARE(table->priceOf(u"m"_s), (ModelPrice{0, 0}));
    QCOMPARE(PriceTable::fromJson(parsed(R"({"models":[]})")), std::optional(PriceTable()));
}

void TstPriceTable::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"parlance.conf"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(Config::loadPrices(settings), PriceTable()); // nothing saved: empty, no prices
        Config::savePrices(settings, sample());
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    {
        const QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(Config::loadPrices(settings), sample());
        // Compact JSON under the documented key.
        const QString stored = settings.value(u"prices/table"_s).toString();
        QVERIFY2(stored.startsWith(u"{\"models\":[{"_s), qPrintable(stored));
        QVERIFY(!stored.contains(u'\n'));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        Config::savePrices(settings, PriceTable());
    }
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(Config::loadPrices(settings), PriceTable());
}

void TstPriceTable::damagedSettingsLoadEmpty_data()
{
    QTest::addColumn<QVariant>("value");

    QTest::newRow("not json") << QVariant(u"gpt-4o=2.5"_s);
    QTest::newRow("truncated") << QVariant(u"{\"models\":[{\"model\":\"m\",\"input_per"_s);
    QTest::newRow("json array") << QVariant(u"[1,2]"_s);
    QTest::newRow("wrong shape") << QVariant(u"{\"gpt-4o\":2.5}"_s);
    QTest::newRow("negative price")
        << QVariant(u"{\"models\":[{\"model\":\"m\",\"input_per_million\":-1,"
                    "\"output_per_million\":1}]}"_s);
    QTest::newRow("a number") << QVariant(42);
    QTest::newRow("a list") << QVariant(QStringList{u"a"_s, u"b"_s});
}

void TstPriceTable::damagedSettingsLoadEmpty()
{
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"parlance.conf"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"prices/table"_s, value);
    }
    const QSettings settings(path, QSettings::IniFormat);
    QVERIFY(settings.contains(u"prices/table"_s));
    QCOMPARE(Config::loadPrices(settings), PriceTable());
}

QTEST_GUILESS_MAIN(TstPriceTable)
#include "tst_pricetable.moc"
