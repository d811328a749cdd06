#include "core/sensitiveheader.h"

#include <QByteArray>

namespace Parlance::Core {

bool isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie") {
        return true;
    }
    static constexpr const char *Fragments[]
        = {"secret",   "api-key", "api_key",    "apikey",
           "password", "passwd",  "credential", "subscription-key"};
    for (const char *fragment : Fragments) {
        if (lower.contains(fragment))
            return true;
    }
    // x-ratelimit-remaining-tokens and friends carry counts the inspector should show.
    const bool rateLimitCounter = lower.contains("ratelimit") || lower.contains("rate-limit");
    return lower.contains("token") && !rateLimitCounter;
}

bool isSensitiveField(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    static constexpr const char *Names[]
        = {"client_secret",    "code",        "code_verifier", "refresh_token", "assertion",
           "client_assertion", "device_code", "password",      "state",         "token"};
    for (const char *known : Names) {
        if (lower == known)
            return true;
    }
    return lower.endsWith("_token") || lower.endsWith("_secret");
}

} // namespace Parlance::Core
