#include "core/wirenumber.h"

#include <algorithm>
#include <cmath>

namespace Parlance::Core {

std::optional<qint64> wireInteger(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Both bounds are exact as doubles. Written so that NaN, false in every comparison, fails.
    const double low = double(std::max(min, -MaxJsonInteger));
    const double high = double(std::min(max, MaxJsonInteger));
    if (!(number >= low && number <= high) || std::trunc(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace Parlance::Core
