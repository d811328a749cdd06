#include "net/redaction.h"

#include <algorithm>
#include <vector>

namespace Parlance::Net {

namespace {

constexpr qsizetype MinSecretLength = 4;
constexpr qsizetype MinLengthForTail = 12;
constexpr qsizetype TailLength = 4;

QByteArray stars()
{
    return QByteArrayLiteral("****");
}

bool isAuthorizationHeader(QByteArrayView name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
           || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
}

QByteArray redactAuthorization(QByteArrayView value)
{
    const QByteArrayView trimmed = value.trimmed();
    qsizetype space = 0;
    while (space < trimmed.size() && trimmed[space] != ' ' && trimmed[space] != '\t')
        ++space;
    if (space == trimmed.size())
        return maskSecret(trimmed); // no scheme, a bare token
    const QByteArrayView scheme = trimmed.first(space);
    const QByteArrayView credentials = trimmed.sliced(space).trimmed();
    if (scheme.compare("basic", Qt::CaseInsensitive) == 0)
        return scheme.toByteArray() + ' ' + stars();
    return scheme.toByteArray() + ' ' + maskSecret(credentials);
}

// One spelling of a secret as it may appear in text, and what replaces it.
struct SecretForm
{
    QByteArray bytes;
    QByteArray mask;
};

QByteArray lowerCaseHexEscapes(QByteArray encoded)
{
    for (qsizetype i = 0; i + 2 < encoded.size(); ++i) {
        if (encoded[i] == '%') {
            encoded[i + 1] = char(QChar::toLower(uchar(encoded[i + 1])));
            encoded[i + 2] = char(QChar::toLower(uchar(encoded[i + 2])));
            i += 2;
        }
    }
    return encoded;
}

std::vector<SecretForm> secretForms(const QList<QByteArray> &secrets)
{
    std::vector<SecretForm> forms;
    for (const QByteArray &secret : secrets) {
        if (secret.size() < MinSecretLength)
            continue;
        if (std::all_of(secret.begin(), secret.end(), [](char c) { return c == '*'; }))
            continue;
        const QByteArray mask = maskSecret(secret);
        forms.push_back({secret, mask});

        const QByteArray percent = secret.toPercentEncoding();
        if (percent != secret) {
            forms.push_back({percent, mask});
            const QByteArray lowerPercent = lowerCaseHexEscapes(percent);
            if (lowerPercent != percent)
                forms.push_back({lowerPercent, mask});
        }

        // What `curl -u token:$TOKEN` sends; its tail encodes the secret's tail, so no tail.
        const QByteArray basic = QByteArray(QByteArrayLiteral("token:") + secret);
        const QByteArray padded = basic.toBase64();
        forms.push_back({padded, stars()});
        const QByteArray unpadded = basic.toBase64(QByteArray::OmitTrailingEquals);
        if (unpadded != padded)
            forms.push_back({unpadded, stars()});
    }
    return forms;
}

bool containsAny(const QByteArray &text, const std::vector<SecretForm> &forms)
{
    return std::any_of(forms.begin(), forms.end(),
                       [&text](const SecretForm &form) { return text.contains(form.bytes); });
}

// Replaces every run of overlapping occurrences with one mask: the mask of the occurrence that
// ends last, or plain "****" when withTails is false.
QByteArray maskOccurrences(const QByteArray &text, const std::vector<SecretForm> &forms,
                           bool withTails)
{
    struct Hit
    {
        qsizetype begin;
        qsizetype end;
        const QByteArray *mask;
    };
    std::vector<Hit> hits;
    for (const SecretForm &form : forms) {
        // From pos + 1, not pos + size: overlapping occurrences must be found too, or masking
        // one could leave another whole (a secret whose tail equals its head).
        for (qsizetype pos = text.indexOf(form.bytes); pos >= 0;
             pos = text.indexOf(form.bytes, pos + 1)) {
            hits.push_back({pos, pos + form.bytes.size(), &form.mask});
        }
    }
    if (hits.empty())
        return text;
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });

    QByteArray out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (size_t i = 0; i < hits.size();) {
        const qsizetype begin = hits[i].begin;
        qsizetype end = hits[i].end;
        const QByteArray *mask = hits[i].mask;
        for (++i; i < hits.size() && hits[i].begin < end; ++i) {
            if (hits[i].end > end) {
                end = hits[i].end;
                mask = hits[i].mask;
            }
        }
        out.append(QByteArrayView(text).sliced(copied, begin - copied));
        out.append(withTails ? *mask : stars());
        copied = end;
    }
    out.append(QByteArrayView(text).sliced(copied));
    return out;
}

} // namespace

QByteArray maskSecret(QByteArrayView secret)
{
    if (secret.size() < MinLengthForTail)
        return stars();
    qsizetype start = secret.size() - TailLength;
    while (start < secret.size() && (uchar(secret[start]) & 0xC0) == 0x80)
        ++start; // a UTF-8 continuation byte: show whole characters only
    return stars() + secret.sliced(start);
}

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

Core::HttpHeaders redactHeaders(const Core::HttpHeaders &headers)
{
    Core::HttpHeaders redacted;
    redacted.reserve(headers.size());
    for (const Core::HttpHeader &header : headers) {
        if (!isSensitiveHeader(header.first))
            redacted.append(header);
        else if (isAuthorizationHeader(header.first))
            redacted.append({header.first, redactAuthorization(header.second)});
        else
            redacted.append({header.first, maskSecret(header.second)});
    }
    return redacted;
}

QByteArray redactSecrets(QByteArray text, const QList<QByteArray> &secrets)
{
    const std::vector<SecretForm> forms = secretForms(secrets);
    if (forms.empty())
        return text;
    QByteArray masked = maskOccurrences(text, forms, true);
    if (!containsAny(masked, forms))
        return masked;
    // A tail can complete another occurrence (a secret ending in another secret's tail, or
    // containing '*'). Without tails only '*' can join text across a mask, and every pass turns
    // at least one other byte into '*', so this loop ends.
    masked = maskOccurrences(text, forms, false);
    while (containsAny(masked, forms))
        masked = maskOccurrences(masked, forms, false);
    return masked;
}

} // namespace Parlance::Net
