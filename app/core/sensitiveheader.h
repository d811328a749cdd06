#pragma once

#include <QByteArrayView>

namespace Parlance::Core {

// True for headers that carry credentials (name compared case-insensitively): Authorization,
// Proxy-Authorization, Cookie, Set-Cookie, and any name containing "token", "secret", "api-key",
// "api_key", "apikey", "password", "passwd", "credential" or "subscription-key" (so X-Api-Key,
// Api-Key, X-Databricks-*-Token, Ocp-Apim-Subscription-Key). Rate-limit counters such as
// x-ratelimit-remaining-tokens are counts, not credentials, and are not sensitive.
//
// One rule for every layer: the redactor masks these, the configuration keeps their values in
// the keychain.
bool isSensitiveHeader(QByteArrayView name);

} // namespace Parlance::Core
