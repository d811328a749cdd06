#pragma once

#include "core/usage.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace Parlance::Core {

// What a model costs, in US dollars per million tokens.
struct ModelPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;

    // Both finite and not negative.
    bool isValid() const;

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

// The user's prices per model, to show what a reply cost. Parlance ships none: real prices
// change, and an empty table means no cost is shown.
class PriceTable
{
public:
    // Sets or replaces the price of `model`. Names match exactly but for case; the spelling
    // last set is kept. An empty name or an invalid price is not stored.
    void setPrice(const QString &model, ModelPrice price);
    void removePrice(const QString &model);
    std::optional<ModelPrice> priceOf(const QString &model) const;

    // Cost in US dollars of `usage` on `model`; nothing when the model has no price or the
    // usage lacks input or output tokens. Output tokens already include reasoning tokens, and
    // cached input tokens are charged as input.
    std::optional<double> costOf(const QString &model, const Usage &usage) const;

    QList<std::pair<QString, ModelPrice>> entries() const; // sorted by name, ignoring case
    bool isEmpty() const { return m_entries.isEmpty(); }

    // {"models":[{"model":"…","input_per_million":2.5,"output_per_million":10}, …]}
    QJsonObject toJson() const;
    // Nothing, with the reason in `error`, when the object is not such a table: a price that is
    // negative, not finite or not a number, a missing or empty name, a name given twice.
    static std::optional<PriceTable> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const PriceTable &, const PriceTable &) = default;

private:
    struct Entry
    {
        QString model;
        ModelPrice price;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QMap<QString, Entry> m_entries; // by case-folded name
};

} // namespace Parlance::Core
