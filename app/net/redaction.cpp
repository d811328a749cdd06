#include "net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

using SecretForm = SecretRedactor::Form;

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

QByteArray redactForms(QByteArray text, const std::vector<SecretForm> &forms)
{
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

bool isFormByte(char c)
{
    return uchar(c) > 0x20 && uchar(c) < 0x7F;
}

bool isFormName(QByteArrayView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || c == '-' || c == '.' || c == '_' || c == '~' || c == '%' || c == '+' || c == '*';
    });
}

QByteArray formDecoded(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded.toByteArray();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QByteArray::fromPercentEncoding(bytes);
}

// The name=value parts of a form or a query, the sensitive values masked. `strict`: nothing
// unless every part is name=value; else parts that are not are kept as they are.
std::optional<FieldRedaction> maskParts(QByteArrayView text, bool strict, bool plusIsSpace)
{
    if (strict && !std::all_of(text.begin(), text.end(), isFormByte))
        return std::nullopt;
    FieldRedaction out;
    out.text.reserve(text.size());
    for (qsizetype from = 0; from <= text.size();) {
        qsizetype amp = text.indexOf('&', from);
        if (amp < 0)
            amp = text.size();
        const QByteArrayView part = text.sliced(from, amp - from);
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView name = eq < 0 ? part : part.first(eq);
        if (strict && !part.isEmpty() && (eq <= 0 || !isFormName(name)))
            return std::nullopt;
        if (eq > 0 && Core::isSensitiveField(formDecoded(name, plusIsSpace))) {
            const QByteArray secret = formDecoded(part.sliced(eq + 1), plusIsSpace);
            if (!secret.isEmpty())
                out.secrets.append(secret);
            out.text += name;
            out.text += '=';
            out.text += maskSecret(secret).toPercentEncoding("*");
        } else {
            out.text += part;
        }
        if (amp < text.size())
            out.text += '&';
        from = amp + 1;
    }
    // A secret may be repeated in a field that is not named (a redirect URI carrying the code).
    out.text = redactSecrets(std::move(out.text), out.secrets);
    return out;
}

QJsonValue maskedMembers(const QJsonValue &value, QList<QByteArray> *secrets)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef element : array)
            element = maskedMembers(element, secrets);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue member = it.value();
        if (!Core::isSensitiveField(it.key().toUtf8())) {
            it.value() = maskedMembers(member, secrets);
        } else if (member.isString()) {
            const QByteArray secret = member.toString().toUtf8();
            if (!secret.isEmpty())
                secrets->append(secret);
            it.value() = QString::fromUtf8(maskSecret(secret));
        } else if (!member.isNull()) {
            // A number, or a structure: no tail of it is worth showing.
            it.value() = QString::fromLatin1(stars());
        }
    }
    return object;
}

QJsonValue jsonRoot(const QJsonDocument &document)
{
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

std::optional<FieldRedaction> redactFormFields(QByteArrayView body)
{
    return maskParts(body, true, true);
}

std::optional<FieldRedaction> redactJsonFields(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || (!document.isObject() && !document.isArray()))
        return std::nullopt;
    const QJsonValue root = jsonRoot(document);
    QList<QByteArray> secrets;
    const QJsonValue masked = maskedMembers(root, &secrets);
    if (masked == root)
        return FieldRedaction{body, {}};
    // In place, the answer reads as it came; that is right only when it parses to the masked
    // document (a secret written with escapes, or too short to mask in text, is not replaced).
    QByteArray inPlace = redactSecrets(body, secrets);
    if (jsonRoot(QJsonDocument::fromJson(inPlace)) == masked)
        return FieldRedaction{std::move(inPlace), secrets};
    const QJsonDocument rewritten
        = masked.isArray() ? QJsonDocument(masked.toArray()) : QJsonDocument(masked.toObject());
    return FieldRedaction{redactSecrets(rewritten.toJson(QJsonDocument::Compact), secrets),
                          secrets};
}

FieldRedaction redactCredentialFields(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    if (std::optional<FieldRedaction> json = redactJsonFields(body))
        return *std::move(json);
    if (std::optional<FieldRedaction> form = redactFormFields(body))
        return *std::move(form);
    return {"[" + QByteArray::number(body.size())
                + " bytes not recorded: neither a form nor JSON, so no secret in them could be "
                  "told apart]",
            {}};
}

FieldRedaction redactCredentialAnswer(const QByteArray &body, int status)
{
    if (status >= 200 && status < 300)
        return redactCredentialFields(body);
    if (std::optional<FieldRedaction> json = redactJsonFields(body))
        return *std::move(json);
    if (std::optional<FieldRedaction> form = redactFormFields(body))
        return *std::move(form);
    return {body, {}};
}

QUrl redactQueryFields(const QUrl &url, QList<QByteArray> *secrets)
{
    if (!url.hasQuery())
        return url;
    const std::optional<FieldRedaction> masked
        = maskParts(url.query(QUrl::FullyEncoded).toLatin1(), false, false);
    if (masked->secrets.isEmpty())
        return url;
    if (secrets)
        secrets->append(masked->secrets);
    QUrl redacted = url;
    redacted.setQuery(QString::fromLatin1(masked->text), QUrl::TolerantMode);
    return redacted;
}

QByteArray maskSecret(QByteArrayView secret)
{
    if (secret.size() < MinLengthForTail)
        return stars();
    qsizetype start = secret.size() - TailLength;
    while (start < secret.size() && (uchar(secret[start]) & 0xC0) == 0x80)
        ++start; // a UTF-8 continuation byte: show whole characters only
    return stars() + secret.sliced(start);
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
    return redactForms(std::move(text), secretForms(secrets));
}

SecretRedactor::SecretRedactor(const QList<QByteArray> &secrets) : m_forms(secretForms(secrets))
{
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    for (const Form &form : m_forms) {
        m_longestForm = qMax(m_longestForm, form.bytes.size());
        m_starred = m_starred || form.bytes.contains('*');
    }
}

SecretRedactor SecretRedactor::forConnection(const Core::Connection &connection,
                                             const QString &token)
{
    QList<QByteArray> secrets;
    if (!token.isEmpty())
        secrets.append(token.toUtf8());
    for (const Core::HttpHeader &header : connection.extraHeaders) {
        if (connection.isSecretHeader(header.first)) {
            const QByteArray value = header.second.trimmed();
            secrets.append(value);
            // "Bearer <key>" in a user header: the key alone may come back too.
            const qsizetype space = value.indexOf(' ');
            if (space > 0)
                secrets.append(value.mid(space + 1).trimmed());
        }
    }
    return SecretRedactor(secrets);
}

QByteArray SecretRedactor::redact(QByteArray text) const
{
    return redactForms(std::move(text), m_forms);
}

QString SecretRedactor::redact(const QString &text) const
{
    if (isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray redacted = redact(utf8);
    return redacted.size() == utf8.size() && redacted == utf8 ? text : QString::fromUtf8(redacted);
}

Core::HttpHeaders SecretRedactor::redactHeaders(const Core::HttpHeaders &headers) const
{
    Core::HttpHeaders redacted = Net::redactHeaders(headers);
    if (!isEmpty()) {
        for (Core::HttpHeader &header : redacted)
            header.second = redact(std::move(header.second));
    }
    return redacted;
}

qsizetype SecretRedactor::safeLength(QByteArrayView text) const
{
    // A mask's stars can complete a secret that holds '*' with bytes passed on before it: such
    // secrets are only safe redacted whole.
    if (m_starred)
        return 0;
    // Only a proper prefix of some form can still become a secret.
    qsizetype held = text.size();
    for (qsizetype start = qMax<qsizetype>(0, text.size() - m_longestForm + 1);
         start < text.size() && held == text.size(); ++start) {
        const QByteArrayView tail = text.sliced(start);
        for (const Form &form : m_forms) {
            if (tail.size() < form.bytes.size() && QByteArrayView(form.bytes).startsWith(tail)) {
                held = start;
                break;
            }
        }
    }
    // An occurrence is never split: one that reaches into the held tail is held whole, so
    // it is masked as one (and a longer form it begins, or one overlapping it, still can be).
    for (bool moved = true; moved;) {
        moved = false;
        for (const Form &form : m_forms) {
            const qsizetype from = qMax<qsizetype>(0, held - form.bytes.size() + 1);
            const qsizetype at = text.indexOf(QByteArrayView(form.bytes), from);
            if (at >= 0 && at < held) {
                held = at;
                moved = true;
            }
        }
    }
    return held;
}

QByteArray StreamRedactor::feed(QByteArrayView bytes)
{
    if (!m_secrets || m_secrets->isEmpty())
        return bytes.toByteArray();
    QByteArray text = std::exchange(m_held, {});
    text.append(bytes);
    const qsizetype safe = m_secrets->safeLength(text);
    m_held = text.sliced(safe);
    text.truncate(safe);
    return m_secrets->redact(std::move(text));
}

QByteArray StreamRedactor::finish()
{
    QByteArray held = std::exchange(m_held, {});
    return m_secrets ? m_secrets->redact(std::move(held)) : held;
}

} // namespace Parlance::Net
