#pragma once

#include <QString>

namespace Parlance::Core {

// A span of seconds as a clock shows it, "4:05" or "1:02:03" (rounded to the second), for
// elapsed times and ETAs in progress lines: shorter than "1 h 2 min" and lines up in a column.
QString clockText(double seconds);

} // namespace Parlance::Core
