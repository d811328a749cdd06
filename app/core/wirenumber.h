#pragma once

#include <QJsonValue>

#include <optional>

namespace Parlance::Core {

// The largest integer a JSON number (an IEEE double) holds exactly along with its neighbours,
// 2^53 - 1 (JavaScript's Number.MAX_SAFE_INTEGER). Above it a count is already rounded.
inline constexpr qint64 MaxJsonInteger = (qint64(1) << 53) - 1;

// A whole number a server sent, if it lies in [min, max]; nothing otherwise: not a number
// ("12", null, true), a fraction, or out of range (1e20, -1 for a count). Converting such a
// double to an integer type is undefined behaviour, so every count, index and code taken from
// the wire goes through here; callers treat nothing as "absent". The bounds are clamped to
// +-MaxJsonInteger.
std::optional<qint64> wireInteger(const QJsonValue &value, qint64 min = 0,
                                  qint64 max = MaxJsonInteger);

} // namespace Parlance::Core
