#include "core/clocktext.h"

#include <algorithm>
#include <cmath>

namespace Parlance::Core {

QString clockText(double seconds)
{
    // An ETA from a rate near zero can be any size; past a few decades it says nothing more.
    const double bounded = std::isfinite(seconds) ? std::clamp(seconds, 0.0, 1e9) : 0.0;
    const qint64 s = qint64(bounded + 0.5);
    const QLatin1Char zero('0');
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, zero)
            .arg(s % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

} // namespace Parlance::Core
