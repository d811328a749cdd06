#include "core/pricetable.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Parlance::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Core::PriceTable)
};

const QLatin1StringView ModelsKey("models");
const QLatin1StringView ModelKey("model");
const QLatin1StringView InputKey("input_per_million");
const QLatin1StringView OutputKey("output_per_million");

QString keyOf(const QString &model)
{
    return model.toCaseFolded();
}

bool isValidAmount(double amount)
{
    return std::isfinite(amount) && amount >= 0;
}

std::optional<PriceTable> failure(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

bool ModelPrice::isValid() const
{
    return isValidAmount(inputPerMillion) && isValidAmount(outputPerMillion);
}

void PriceTable::setPrice(const QString &model, ModelPrice price)
{
    if (model.isEmpty() || !price.isValid())
        return;
    m_entries.insert(keyOf(model), Entry{model, price});
}

void PriceTable::removePrice(const QString &model)
{
    m_entries.remove(keyOf(model));
}

std::optional<ModelPrice> PriceTable::priceOf(const QString &model) const
{
    const auto found = m_entries.constFind(keyOf(model));
    if (found == m_entries.cend())
        return std::nullopt;
    return found->price;
}

std::optional<double> PriceTable::costOf(const QString &model, const Usage &usage) const
{
    const std::optional<ModelPrice> price = priceOf(model);
    if (!price || !usage.inputTokens || !usage.outputTokens)
        return std::nullopt;
    return (double(*usage.inputTokens) * price->inputPerMillion
            + double(*usage.outputTokens) * price->outputPerMillion)
           / 1'000'000;
}

QList<std::pair<QString, ModelPrice>> PriceTable::entries() const
{
    QList<std::pair<QString, ModelPrice>> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append({entry.model, entry.price});
    return result;
}

QJsonObject PriceTable::toJson() const
{
    QJsonArray models;
    for (const Entry &entry : m_entries) {
        models.append(QJsonObject{{ModelKey, entry.model},
                                  {InputKey, entry.price.inputPerMillion},
                                  {OutputKey, entry.price.outputPerMillion}});
    }
    return QJsonObject{{ModelsKey, models}};
}

std::optional<PriceTable> PriceTable::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue models = object.value(ModelsKey);
    if (!models.isArray())
        return failure(error, Tr::tr("The price table has no list of models."));

    PriceTable table;
    for (const QJsonValue &item : models.toArray()) {
        if (!item.isObject())
            return failure(error, Tr::tr("A price entry is not an object."));
        const QJsonObject entry = item.toObject();
        const QString model = entry.value(ModelKey).toString();
        if (model.isEmpty())
            return failure(error, Tr::tr("A price entry has no model name."));
        if (table.m_entries.contains(keyOf(model)))
            return failure(error, Tr::tr("The model \"%1\" has two prices.").arg(model));
        // Whatever is not a number (missing, null, "2.5") reads as -1 and is refused with it.
        const ModelPrice price{entry.value(InputKey).toDouble(-1),
                               entry.value(OutputKey).toDouble(-1)};
        if (!price.isValid()) {
            return failure(error, Tr::tr("The price of \"%1\" is not a number of dollars of "
                                         "zero or more.")
                                      .arg(model));
        }
        table.m_entries.insert(keyOf(model), Entry{model, price});
    }
    return table;
}

} // namespace Parlance::Core
