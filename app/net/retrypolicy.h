#pragma once

#include "core/httprequest.h"

#include <optional>

namespace Parlance::Net {

// When to try a request again and how long to wait first. Pure, so tests can pin it down.
struct RetryPolicy
{
    int maxRetries = 2;           // attempts = 1 + maxRetries
    double maxWaitSeconds = 60.0; // a longer Retry-After fails at once instead of hanging
    double baseBackoffSeconds = 0.5;
    bool retryServerErrors = true; // 408/409/500/502/504: off for non-idempotent requests

    // Whether an answer with this status (and headers) may be retried at all.
    bool isRetryable(int status, const Core::HttpHeaders &headers) const;
    // Network failures before any answer (refused, reset) are retried like server errors.
    bool isRetryableNetworkError() const { return retryServerErrors; }
    // Seconds to wait before retry number `retry` (1-based); nullopt when the server asked for
    // longer than maxWaitSeconds. jitter01 in [0,1) spreads clients that failed together.
    std::optional<double> delayFor(int retry, std::optional<double> retryAfter,
                                   double jitter01) const;
};

} // namespace Parlance::Net
