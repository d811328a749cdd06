#pragma once

#include "core/httprequest.h"

namespace Parlance::Net {
} // namespace Parlance::Net
