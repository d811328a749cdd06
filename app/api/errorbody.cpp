#include "api/errorbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <climits>
#include <cmath>

namespace Parlance::Api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErrorBody)
};

// A plain-text or unparseable body can be a whole log dump; the error card needs a sentence.
constexpr qsizetype MaxMessageLength = 1000;

QString clipped(const QString &text)
{
    if (text.size() <= MaxMessageLength)
        return text;
    return text.left(MaxMessageLength) + QChar(0x2026);
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// vLLM and llama.cpp send an integer `code` (an HTTP status); OpenAI sends a string.
struct CodeField
{
    QString text;
    int number = 0;
};

CodeField codeField(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1StringView("code"));
    if (value.isString())
        return {value.toString(), 0};
    if (value.isDouble())
        return {{}, value.toInt()};
    return {};
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return Tr::tr("Bad Request");
    case 401:
        return Tr::tr("Unauthorized");
    case 403:
        return Tr::tr("Forbidden");
    case 404:
        return Tr::tr("Not Found");
    case 405:
        return Tr::tr("Method Not Allowed");
    case 408:
        return Tr::tr("Request Timeout");
    case 409:
        return Tr::tr("Conflict");
    case 413:
        return Tr::tr("Payload Too Large");
    case 415:
        return Tr::tr("Unsupported Media Type");
    case 422:
        return Tr::tr("Unprocessable Content");
    case 429:
        return Tr::tr("Too Many Requests");
    case 499:
        return Tr::tr("Client Closed Request");
    case 500:
        return Tr::tr("Internal Server Error");
    case 501:
        return Tr::tr("Not Implemented");
    case 502:
        return Tr::tr("Bad Gateway");
    case 503:
        return Tr::tr("Service Unavailable");
    case 504:
        return Tr::tr("Gateway Timeout");
    default:
        return Tr::tr("HTTP status %1").arg(status);
    }
}

// google.rpc.Duration in JSON: decimal seconds with an "s" suffix ("42.000000001s").
std::optional<double> parseDuration(const QString &text)
{
    if (!text.endsWith(QLatin1Char('s')))
        return std::nullopt;
    bool ok = false;
    const double seconds = text.chopped(1).toDouble(&ok);
    if (!ok || !(seconds >= 0) || !std::isfinite(seconds)) // toDouble() takes "nan" and "inf"
        return std::nullopt;
    return seconds;
}

std::optional<double> retryInfoDelay(const QJsonArray &details)
{
    for (const QJsonValue &detail : details) {
        const QJsonObject object = detail.toObject();
        if (!stringField(object, QLatin1StringView("@type"))
                 .endsWith(QLatin1StringView("google.rpc.RetryInfo")))
            continue;
        if (auto delay = parseDuration(stringField(object, QLatin1StringView("retry_delay"))))
            return delay;
    }
    return std::nullopt;
}

// Fills code/type/param/message from an OpenAI-style error object ({"message","type","param",
// "code"}), which is also what llama.cpp and old vLLM send flat at the top level.
void readOpenAiError(const QJsonObject &object, Core::ApiError *error)
{
    error->message = stringField(object, QLatin1StringView("message"));
    error->type = stringField(object, QLatin1StringView("type"));
    error->param = stringField(object, QLatin1StringView("param"));
    const CodeField code = codeField(object);
    if (!code.text.isEmpty())
        error->code = code.text;
    else if (!error->type.isEmpty())
        error->code = error->type;
    else if (code.number > 0)
        error->code = statusCodeName(code.number);
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    }
    return false;
}

// Any JSON error body. Returns false when the object has no recognisable error field.
bool readJsonError(const QJsonObject &object, Core::ApiError *error)
{
    if (object.value(QLatin1StringView("error_code")).isString()) { // Databricks
        error->code = stringField(object, QLatin1StringView("error_code"));
        error->message = stringField(object, QLatin1StringView("message"));
        error->retryAfterSeconds
            = retryInfoDelay(object.value(QLatin1StringView("details")).toArray());
        return true;
    }
    const QJsonValue inner = object.value(QLatin1StringView("error"));
    if (inner.isObject()) {
        readOpenAiError(inner.toObject(), error);
        return true;
    }
    if (inner.isString()) { // legacy {"error": "text"}
        error->message = inner.toString();
        return true;
    }
    if (object.contains(QLatin1StringView("message"))) { // llama.cpp / old vLLM, flat
        readOpenAiError(object, error);
        return true;
    }
    if (object.value(QLatin1StringView("detail")).isString()) { // SCIM, FastAPI
        error->message = stringField(object, QLatin1StringView("detail"));
        return true;
    }
    return false;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        const char32_t ch = char32_t(code);
        if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(ch))
            out += QString::fromUcs4(&ch, 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    out.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    out.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    out.replace(QLatin1StringView("&apos;"), QLatin1StringView("'"));
    out.replace(QLatin1StringView("&nbsp;"), QLatin1StringView(" "));
    out.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return out;
}

QString plainTextOfHtml(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tags);
    return decodeEntities(text).simplified();
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("<(!doctype|html|head|body|title|pre)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.startsWith(QLatin1Char('<')) && marker.match(text).hasMatch();
}

// Jetty-style pages put the server's message in <pre>; proxies (nginx, ALB) only in <title>.
QString htmlMessage(const QString &html)
{
    static const QRegularExpression pre(QStringLiteral("<pre\\b[^>]*>(.*?)</pre>"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpression *re : {&pre, &title}) {
        const QString text = plainTextOfHtml(re->match(html).captured(1));
        if (!text.isEmpty())
            return clipped(text);
    }
    return {};
}

// Compressed or otherwise binary bytes: shown as a message they would be noise at best, and
// terminal control sequences at worst. Control characters other than line breaks and tabs
// never occur in an error text; neither do runs of bytes that are not UTF-8.
bool looksBinary(const QByteArray &body)
{
    for (const char c : body) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f)
            return true;
    }
    const QString text = QString::fromUtf8(body);
    const qsizetype replaced = text.count(QChar::ReplacementCharacter);
    return replaced > 0 && replaced * 8 > text.size();
}

QByteArray headerValue(const Core::HttpHeaders &headers, QByteArrayView name)
{
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

QString undecodableBody(const Core::HttpHeaders &headers, qsizetype size)
{
    const QByteArray encoding = headerValue(headers, "content-encoding");
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        return Tr::tr("the body (%n byte(s), Content-Encoding: %1) could not be decoded; see "
                      "the raw response",
                      nullptr, int(qMin<qsizetype>(size, INT_MAX)))
            .arg(QString::fromLatin1(encoding));
    }
    return Tr::tr("the body (%n byte(s)) is binary data, not text; see the raw response", nullptr,
                  int(qMin<qsizetype>(size, INT_MAX)));
}

} // namespace

QString statusCodeName(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 408:
        return QStringLiteral("REQUEST_TIMEOUT");
    case 409:
        return QStringLiteral("RESOURCE_CONFLICT");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 499:
        return QStringLiteral("CANCELLED");
    case 500:
        return QStringLiteral("INTERNAL_ERROR");
    case 501:
        return QStringLiteral("NOT_IMPLEMENTED");
    case 502:
        return QStringLiteral("BAD_GATEWAY");
    case 503:
        return QStringLiteral("TEMPORARILY_UNAVAILABLE");
    case 504:
        return QStringLiteral("DEADLINE_EXCEEDED");
    default:
        return QStringLiteral("HTTP_") + QString::number(status);
    }
}

std::optional<double> parseRetryAfter(const Core::HttpHeaders &headers, const QDateTime &now)
{
    QByteArray millis;
    QByteArray value;
    for (const Core::HttpHeader &h : headers) {
        if (h.first.compare("retry-after-ms", Qt::CaseInsensitive) == 0)
            millis = h.second.trimmed();
        else if (h.first.compare("retry-after", Qt::CaseInsensitive) == 0)
            value = h.second.trimmed();
    }
    bool ok = false;
    if (!millis.isEmpty()) {
        const double ms = millis.toDouble(&ok);
        if (ok && ms >= 0 && std::isfinite(ms))
            return ms / 1000.0;
    }
    if (value.isEmpty())
        return std::nullopt;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds >= 0 && std::isfinite(seconds) ? std::optional<double>(seconds)
                                                      : std::nullopt;

    // HTTP-date (RFC 9110 IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString text = QString::fromLatin1(value);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when)) / 1000.0;
}

Core::ApiError parseErrorResponse(int status, const Core::HttpHeaders &headers,
                                  const QByteArray &body)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Http;
    error.httpStatus = status;
    error.raw = body;

    const QByteArray trimmed = body.trimmed();
    if (looksBinary(trimmed)) {
        error.message = reasonPhrase(status) + QStringLiteral(" (")
                        + undecodableBody(headers, body.size()) + QLatin1Char(')');
    } else if (!trimmed.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        bool understood = false;
        if (parseError.error == QJsonParseError::NoError && doc.isObject())
            understood = readJsonError(doc.object(), &error);

        if (!understood) {
            const QString text = QString::fromUtf8(trimmed);
            static const QRegularExpression codeColon(
                QStringLiteral("^([A-Z][A-Z_]+): (.+)$"),
                QRegularExpression::DotMatchesEverythingOption);
            if (looksLikeHtml(text)) {
                error.message = htmlMessage(text);
            } else if (const QRegularExpressionMatch m = codeColon.match(text); m.hasMatch()) {
                error.code = m.captured(1);
                error.message = clipped(m.captured(2).trimmed());
            } else {
                error.message = clipped(text.simplified());
            }
        }
    }
    if (error.message.isEmpty())
        error.message = reasonPhrase(status);
    if (error.code.isEmpty())
        error.code = statusCodeName(status);
    if (auto fromHeaders = parseRetryAfter(headers))
        error.retryAfterSeconds = fromHeaders;
    return error;
}

std::optional<Core::ApiError> streamError(const QByteArray &eventType, const QJsonObject &payload)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Stream;

    const QJsonValue inner = payload.value(QLatin1StringView("error"));
    if (eventType == "error") {
        // openai-node: `data.error ?? data`, so both wrapped and flat payloads work.
        if (!readJsonError(payload, &error))
            readOpenAiError(payload, &error);
    } else if (isTruthy(inner)) {
        if (!readJsonError(payload, &error) && inner.isObject())
            readOpenAiError(inner.toObject(), &error);
    } else if (stringField(payload, QLatin1StringView("object")) == QLatin1StringView("error")
               || stringField(payload, QLatin1StringView("type")) == QLatin1StringView("error")) {
        readOpenAiError(payload, &error);
    } else {
        return std::nullopt;
    }
    // A flat `"type": "error"` (Responses, Anthropic) names the envelope, not the error.
    if (error.type == QLatin1StringView("error")) {
        error.type.clear();
        if (error.code == QLatin1StringView("error"))
            error.code.clear();
    }
    if (error.message.isEmpty())
        error.message = Tr::tr("The server reported an error in the stream.");
    // Serialised only once it is known to be an error: this runs for every stream event.
    error.raw = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return error;
}

} // namespace Parlance::Api
