#pragma once

#include "core/pricetable.h"

class QSettings;

namespace Parlance::Config {

// The user's price table in the application settings, under "prices/table" as compact JSON.
// A missing or damaged value loads as an empty table: no cost is shown rather than a wrong one.
Core::PriceTable loadPrices(const QSettings &settings);
void savePrices(QSettings &settings, const Core::PriceTable &prices);

} // namespace Parlance::Config
