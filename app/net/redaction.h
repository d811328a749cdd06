#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "core/sensitiveheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

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
