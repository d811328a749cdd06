#pragma once

#include <QByteArray>

namespace Parlance::Auth {

// RFC 7636 (PKCE) and the OAuth state, from the system's CSPRNG.

// 64 random bytes, base64url without padding: 86 characters, within the 43-128 the RFC allows
// (the Databricks SDKs use the same length).
QByteArray newCodeVerifier();
// BASE64URL(SHA256(verifier)), without padding: the S256 challenge.
QByteArray codeChallengeFor(const QByteArray &verifier);
// 16 random bytes, base64url: the `state` that ties the redirect to this sign-in.
QByteArray newState();

} // namespace Parlance::Auth
