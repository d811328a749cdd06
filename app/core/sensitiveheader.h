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

// True for the form fields, query items and JSON members by which OAuth carries credentials
// (name compared case-insensitively): client_secret, code, code_verifier, refresh_token,
// assertion, client_assertion, device_code, password, state, token, and any name ending in
// "_token" or "_secret" (access_token, id_token). token_type, expires_in, scope and the error
// fields are no secrets and are not named, so a masked exchange still says what was granted or
// refused.
bool isSensitiveField(QByteArrayView name);

} // namespace Parlance::Core
