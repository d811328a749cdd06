#include "net/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace Parlance::Net {

static QByteArray headerValue(const Core::HttpHeaders &headers, QByteArrayView name)
{
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

bool RetryPolicy::isRetryable(int status, const Core::HttpHeaders &headers) const
{
    // OpenAI's x-should-retry overrides the status-based rule in both directions.
    const QByteArray should = headerValue(headers, "x-should-retry").toLower();
    if (should == "true")
        return true;
    if (should == "false")
        return false;
    switch (status) {
    case 429:
    case 503:
        return true; // the request was not processed: always safe
    case 408:
    case 409:
    case 500:
    case 502:
    case 504:
        return retryServerErrors;
    default:
        return false;
    }
}

std::optional<double> RetryPolicy::delayFor(int retry, std::optional<double> retryAfter,
                                            double jitter01) const
{
    if (retryAfter) {
        if (*retryAfter > maxWaitSeconds)
            return std::nullopt;
        return std::max(0.0, *retryAfter);
    }
    const double backoff = baseBackoffSeconds * std::pow(2.0, std::max(0, retry - 1));
    return std::min(8.0, backoff) * (1.0 + 0.25 * std::clamp(jitter01, 0.0, 1.0));
}

} // namespace Parlance::Net
