#include "config/pricesettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace Parlance::Config {

namespace {

const QString PricesKey = QStringLiteral("prices/table");

} // namespace

Core::PriceTable loadPrices(const QSettings &settings)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(settings.value(PricesKey).toString().toUtf8());
    if (!document.isObject())
        return {};
    return Core::PriceTable::fromJson(document.object()).value_or(Core::PriceTable());
}

void savePrices(QSettings &settings, const Core::PriceTable &prices)
{
    settings.setValue(
        PricesKey,
        QString::fromUtf8(QJsonDocument(prices.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace Parlance::Config
