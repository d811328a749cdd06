#include "core/sensitiveheader.h"
#include "export/har.h"
#include "net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Parlance::Export {

namespace {

QString errorKindName(Core::ApiError::Kind kind)
{
    switch (kind) {
    case Core::ApiError::Kind::Http:
        return QStringLiteral("http");
    case Core::ApiError::Kind::Stream:
        return QStringLiteral("stream");
    case Core::ApiError::Kind::Protocol:
        return QStringLiteral("protocol");
    case Core::ApiError::Kind::Network:
        return QStringLiteral("network");
    case Core::ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case Core::ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("network");
}

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

class Writer
{
public:
    explicit Writer(const HarOptions &options) : m_options(options), m_secrets(options.secrets) {}

    QJsonObject entry(const HarEntryInput &input) const
    {
        const Net::Exchange &e = input.exchange;
        QJsonObject entry{
            {QStringLiteral("startedDateTime"), startedDateTime(e.startedAt)},
            {QStringLiteral("request"), request(input)},
            {QStringLiteral("response"), response(e)},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("_attempt"), e.attempt},
        };
        const QJsonObject timings = this->timings(e.timings);
        entry.insert(QStringLiteral("timings"), timings);
        double time = 0;
        for (const QString &phase :
             {QStringLiteral("blocked"), QStringLiteral("dns"), QStringLiteral("connect"),
              QStringLiteral("send"), QStringLiteral("wait"), QStringLiteral("receive")}) {
            time += qMax(0.0, timings.value(phase).toDouble());
        }
        entry.insert(QStringLiteral("time"), time);
        if (!input.source.isEmpty())
            entry.insert(QStringLiteral("_source"), input.source);
        if (e.origin == Net::Exchange::Origin::SignIn)
            entry.insert(QStringLiteral("_origin"), QStringLiteral("sign-in"));
        return entry;
    }

private:
    static QString startedDateTime(const QDateTime &at)
    {
        // HAR wants ISO 8601 with milliseconds and a zone; a record without a time (made by
        // hand) still needs one.
        const QDateTime time = at.isValid() ? at : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        return time.toUTC().toString(Qt::ISODateWithMs);
    }

    QString text(const QByteArray &bytes) const { return QString::fromUtf8(redact(bytes)); }

    QByteArray redact(const QByteArray &bytes) const
    {
        return m_secrets.isEmpty() ? bytes : m_secrets.redact(bytes);
    }

    bool isCredentialHeader(const QByteArray &name, const Core::HttpHeaders &credentials) const
    {
        if (Core::isSensitiveHeader(name))
            return true;
        for (const QByteArray &secret : m_options.secretHeaders) {
            if (sameName(secret, name))
                return true;
        }
        for (const Core::HttpHeader &credential : credentials) {
            if (sameName(credential.first, name))
                return true;
        }
        return false;
    }

    static QByteArray masked(const QByteArray &name, const QByteArray &value)
    {
        // The scheme says how the request authenticated, and is no secret.
        if (sameName(name, "Authorization") || sameName(name, "Proxy-Authorization")) {
            const QByteArray trimmed = value.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            if (space > 0)
                return trimmed.left(space) + " ****";
        }
        return QByteArrayLiteral("****");
    }

    QJsonArray headers(const Core::HttpHeaders &headers,
                       const Core::HttpHeaders &credentials = {}) const
    {
        QJsonArray out;
        for (const Core::HttpHeader &header : headers) {
            QByteArray value;
            if (isCredentialHeader(header.first, credentials)) {
                value = masked(header.first, header.second);
                if (m_options.includeCredentials) {
                    for (const Core::HttpHeader &credential : credentials) {
                        if (sameName(credential.first, header.first)) {
                            value = credential.second;
                            break;
                        }
                    }
                }
            } else {
                value = redact(header.second);
            }
            out.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.first)},
                                   {QStringLiteral("value"), QString::fromUtf8(value)}});
        }
        return out;
    }

    // A body as HAR text: UTF-8 as it is, anything else in base64 (`encoding`, or for a request
    // body, which HAR gives no encoding, `_encoding`).
    void putBody(QJsonObject &object, const QByteArray &body, const QString &encodingKey) const
    {
        const QByteArray redacted = redact(body);
        if (QByteArrayView(redacted).isValidUtf8()) {
            object.insert(QStringLiteral("text"), QString::fromUtf8(redacted));
            return;
        }
        object.insert(QStringLiteral("text"), QString::fromLatin1(redacted.toBase64()));
        object.insert(encodingKey, QStringLiteral("base64"));
    }

    QJsonObject request(const HarEntryInput &input) const
    {
        const Core::HttpRequest &r = input.exchange.request;
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded)) {
            query.append(QJsonObject{{QStringLiteral("name"), m_secrets.redact(name)},
                                     {QStringLiteral("value"), m_secrets.redact(value)}});
        }
        QJsonObject request{
            {QStringLiteral("method"), QString::fromLatin1(r.method)},
            {QStringLiteral("url"), text(r.url.toEncoded())},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray()},
            // The connection's credentials were never a sign-in's (its Authorization is the
            // client's Basic one): none are put back into one.
            {QStringLiteral("headers"),
             headers(r.headers, input.exchange.origin == Net::Exchange::Origin::SignIn
                                    ? Core::HttpHeaders()
                                    : input.credentials)},
            {QStringLiteral("queryString"), query},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), r.body.size()},
            {QStringLiteral("_streaming"), r.streaming},
        };
        if (!r.body.isEmpty()) {
            QJsonObject postData{{QStringLiteral("mimeType"),
                                  QString::fromLatin1(r.header("Content-Type").trimmed())}};
            putBody(postData, r.body, QStringLiteral("_encoding"));
            request.insert(QStringLiteral("postData"), postData);
        }
        if (r.api)
            request.insert(QStringLiteral("_api"), Core::apiKindName(*r.api));
        return request;
    }

    QJsonObject response(const Net::Exchange &e) const
    {
        QByteArray mimeType;
        QByteArray location;
        for (const Core::HttpHeader &header : e.responseHeaders) {
            if (sameName(header.first, "Content-Type"))
                mimeType = header.second.trimmed();
            else if (sameName(header.first, "Location"))
                location = header.second.trimmed();
        }
        QJsonObject content{
            {QStringLiteral("size"), e.responseBody.size() + e.omittedBodyBytes},
            {QStringLiteral("mimeType"),
             mimeType.isEmpty() ? QStringLiteral("x-unknown") : QString::fromLatin1(mimeType)},
        };
        if (!e.responseBody.isEmpty())
            putBody(content, e.responseBody, QStringLiteral("encoding"));
        if (e.omittedBodyBytes > 0)
            content.insert(QStringLiteral("_omittedBytes"), e.omittedBodyBytes);

        QString redirect;
        if (e.redirectedTo.isValid())
            redirect = text(e.redirectedTo.toEncoded());
        else if (e.status >= 300 && e.status < 400)
            redirect = text(location);
        QJsonObject response{
            {QStringLiteral("status"), e.status},
            {QStringLiteral("statusText"), text(e.reason)},
            // Failed requests, as browsers write them: no version, no size.
            {QStringLiteral("httpVersion"), e.status ? QStringLiteral("HTTP/1.1") : QString()},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), headers(e.responseHeaders)},
            {QStringLiteral("content"), content},
            {QStringLiteral("redirectURL"), redirect},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"),
             e.status ? e.responseBody.size() + e.omittedBodyBytes : qint64(-1)},
        };
        if (!e.events.isEmpty()) {
            // When each event arrived: HAR has no place for a stream's timing.
            QJsonArray times;
            for (const Net::ExchangeEvent &event : e.events)
                times.append(event.atMs);
            response.insert(QStringLiteral("_eventTimesMs"), times);
        }
        if (e.omittedEvents > 0)
            response.insert(QStringLiteral("_omittedEvents"), e.omittedEvents);
        if (e.error) {
            // `_error` is what browsers write for a request that failed.
            response.insert(QStringLiteral("_error"), m_secrets.redact(e.error->message));
            response.insert(QStringLiteral("_errorKind"), errorKindName(e.error->kind));
            if (!e.error->code.isEmpty())
                response.insert(QStringLiteral("_errorCode"), m_secrets.redact(e.error->code));
        }
        return response;
    }

    QJsonObject timings(const Net::Exchange::Timings &t) const
    {
        // The record times from the moment the request was written: connection set-up is not
        // in it. Waiting ends with the headers; receiving with the last byte.
        const qint64 total = qMax<qint64>(0, t.totalMs);
        const qint64 wait = t.headersMs >= 0 ? qMin(t.headersMs, total) : total;
        QJsonObject timings{
            {QStringLiteral("blocked"), -1},
            {QStringLiteral("dns"), -1},
            {QStringLiteral("connect"), -1},
            {QStringLiteral("ssl"), -1},
            {QStringLiteral("send"), 0},
            {QStringLiteral("wait"), wait},
            {QStringLiteral("receive"), total - wait},
        };
        if (t.firstByteMs >= 0)
            timings.insert(QStringLiteral("_firstByteMs"), t.firstByteMs);
        return timings;
    }

    const HarOptions &m_options;
    Net::SecretRedactor m_secrets;
};

} // namespace

QByteArray toHar(const QList<HarEntryInput> &entries, const HarOptions &options)
{
    const Writer writer(options);
    QJsonArray list;
    for (const HarEntryInput &input : entries)
        list.append(writer.entry(input));
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("name"), options.creatorName},
                     {QStringLiteral("version"), options.creatorVersion}}},
        {QStringLiteral("entries"), list},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

Core::HttpHeaders credentialHeaders(const Core::Connection &connection, const QString &token)
{
    Core::HttpHeaders headers;
    if (!token.isEmpty()) {
        switch (connection.auth) {
        case Core::Connection::Auth::Bearer:
            headers.append({QByteArrayLiteral("Authorization"),
                            QByteArrayLiteral("Bearer ") + token.toUtf8()});
            break;
        case Core::Connection::Auth::Basic:
            headers.append(
                {QByteArrayLiteral("Authorization"),
                 QByteArrayLiteral("Basic ")
                     + QByteArray(QByteArrayLiteral("token:") + token.toUtf8()).toBase64()});
            break;
        case Core::Connection::Auth::None:
            break;
        }
    }
    for (const Core::HttpHeader &header : connection.extraHeaders) {
        if (connection.isSecretHeader(header.first) && !header.second.isEmpty())
            headers.append(header);
    }
    return headers;
}

} // namespace Parlance::Export
