#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "core/sensitiveheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

// Secrets never leave the process unmasked: not in output, logs, exports or the inspector.
// Masked means "****" followed by at most the last 4 characters of the secret.
namespace Parlance::Net {

// "****" plus the last 4 characters when the secret is at least 12 bytes long, else "****".
// The tail never starts inside a multi-byte UTF-8 character, so it may be shorter than 4 bytes.
QByteArray maskSecret(QByteArrayView secret);

// The rule lives in core, where the configuration uses it too.
using Core::isSensitiveHeader;

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

// OAuth carries its secrets in bodies and queries, not only in headers: the client secret, the
// code and its verifier, the refresh token in a token request; the tokens in the answer
// (Core::isSensitiveField names them). These mask the values of such fields with maskSecret()
// and keep every other byte, so a sign-in's record still shows what was asked and granted.
// `secrets` are the values masked, decoded: what the caller masks wherever else they appear
// (an answer's headers, an error echoing the request) with a SecretRedactor.
struct FieldRedaction
{
    QByteArray text;
    QList<QByteArray> secrets;
};

// A form body (application/x-www-form-urlencoded): every sensitive field's value masked
// (decoded, masked, encoded again), repeated fields each, the order and the other fields as
// they were. Nothing when the body is no form: a part without '=', or bytes a form encoder
// never leaves as they are (spaces, control characters, non-ASCII).
std::optional<FieldRedaction> redactFormFields(QByteArrayView body);
// A JSON body: the values of sensitive members masked at any depth. The bytes are kept as sent
// when the secrets can be masked in place; else (escaped secrets, a secret too short to mask in
// place) the document is written again with the masks. Nothing when the body is no JSON object
// or array.
std::optional<FieldRedaction> redactJsonFields(const QByteArray &body);
// JSON, else a form, else the body replaced by a note of its size: in a body of neither kind
// no secret can be told from the rest. An empty body stays empty.
FieldRedaction redactCredentialFields(const QByteArray &body);
// An OAuth endpoint's answer with HTTP `status`: as redactCredentialFields(), but a body of
// neither kind is kept when the status is no 2xx. An error page says why a sign-in failed and
// holds no token; a 2xx body in a shape no field rule reads might.
FieldRedaction redactCredentialAnswer(const QByteArray &body, int status);
// The URL with the values of its sensitive query items masked (the code and state of an OAuth
// redirect).
QUrl redactQueryFields(const QUrl &url, QList<QByteArray> *secrets = nullptr);

// The secrets of one connection, prepared once and applied where the gateway's bytes come in:
// a gateway or proxy may echo a credential back in a header, an error body or a stream event,
// and nothing it sends may carry one further (to the inspector, the CLI, history or exports).
class SecretRedactor
{
public:
    // One spelling of a secret as it may appear in text (raw, percent-encoded, Basic base64),
    // and what replaces it.
    struct Form
    {
        QByteArray bytes;
        QByteArray mask;
    };

    SecretRedactor() = default;
    explicit SecretRedactor(const QList<QByteArray> &secrets);
    // The token and the values of the connection's secret extra headers (sensitive by name, or
    // marked secret: Connection::isSecretHeader).
    static SecretRedactor forConnection(const Core::Connection &connection, const QString &token);

    bool isEmpty() const { return m_forms.empty(); }
    const QList<QByteArray> &secrets() const { return m_secrets; }

    // What redactSecrets() does, with the forms already prepared.
    QByteArray redact(QByteArray text) const;
    QString redact(const QString &text) const;
    // Sensitive header values masked (redactHeaders()), and every secret in any other value.
    Core::HttpHeaders redactHeaders(const Core::HttpHeaders &headers) const;

    // How much of `text`, a stream's next bytes, can be passed on now: all of it but a tail
    // that could still grow into a secret.
    qsizetype safeLength(QByteArrayView text) const;

private:
    QList<QByteArray> m_secrets;
    std::vector<Form> m_forms;
    qsizetype m_longestForm = 0;
    bool m_starred = false; // a secret holds '*', which a mask is made of
};

// Redacts a byte stream that arrives in pieces. A secret split across pieces is masked all the
// same: a tail that could begin one is held back until the next piece (or finish()) decides,
// so only such a tail is ever delayed, never a whole line or event.
class StreamRedactor
{
public:
    explicit StreamRedactor(const SecretRedactor *secrets = nullptr) : m_secrets(secrets) {}

    // The bytes that are safe to pass on: the held tail and `bytes`, redacted, less a new tail.
    QByteArray feed(QByteArrayView bytes);
    // The end of the stream: whatever was held, redacted.
    QByteArray finish();
    bool isHolding() const { return !m_held.isEmpty(); }

private:
    const SecretRedactor *m_secrets;
    QByteArray m_held;
};

} // namespace Parlance::Net
