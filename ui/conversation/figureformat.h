#pragma once

#include <QString>

namespace Parlance::Ui {

// Figures in the user's locale (digit grouping, decimal mark): "112,360", "1,5 s", "35.2".
// Shared by reply footers and the compare view's metrics, so both say the same thing alike.
QString formatCount(qint64 count);
QString formatMs(qint64 ms); // "312 ms", "1.84 s", "12.5 s"
QString formatRate(double tokensPerSecond);
QString formatCost(double usd); // "$0.0123", "$1.24"

} // namespace Parlance::Ui
