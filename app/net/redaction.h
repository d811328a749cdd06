#pragma once

#include "core/httprequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Secrets never leave the process unmasked: not in output, logs, exports or the inspector.
// Masked means "****" followed by at most the last 4 characters of the secret.
namespace Parlance::Net {

// "****" plus the last 4 characters when the secret is at least 12 bytes long, else "****".
// The tail never starts inside a multi-byte UTF-8 character, so it may be shorter than 4 bytes.
QByteArray maskSecret(QByteArrayView secret);

// True for headers that carry credentials (name compared case-insensitively): Authorization,
// Proxy-Authorization, Cookie, Set-Cookie, and any name containing "token", "secret", "api-key",
// "api_key", "apikey", "password", "passwd", "credential" or "subscription-key" (so X-Api-Key,
// Api-Key, X-Databricks-*-Token, Ocp-Apim-Subscription-Key). Rate-limit counters such as
// x-ratelimit-remaining-tokens are counts, not credentials, and are not sensitive.
bool isSensitiveHeader(QByteArrayView name);

// Masks the values of sensitive headers, keeping names and order. Authorization and
// Proxy-Authorization keep their scheme: "Bearer dapi...abcd" -> "Bearer ****abcd", and
// "Basic <base64>" -> "Basic ****" (the base64 of token:<tok> is masked whole, because its tail
// encodes the secret's tail). Other sensitive headers -> maskSecret(value).
Core::HttpHeaders redactHeaders(const Core::HttpHeaders &headers);

// Replaces every occurrence of each secret in text with a mask: the raw bytes and the
// percent-encoded form (upper- or lower-case hex) become maskSecret(secret), the base64 of
// "token:" + secret (Basic auth, with or without padding) becomes "****". Overlapping
// occurrences are masked as one. Secrets shorter than 4 bytes are ignored (they would mask
// ordinary text), as are secrets made only of '*' (a mask would contain them). The result
// contains none of those forms of any secret.
QByteArray redactSecrets(QByteArray text, const QList<QByteArray> &secrets);

} // namespace Parlance::Net
