#include "export/har.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Parlance::Export {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Har)
};

// Longer than any request takes (about 11 days): a bigger time is a broken file.
constexpr double kMaxMs = 1e9;
constexpr int kMaxWarnings = 20;

std::optional<Core::ApiError::Kind> errorKindFromName(const QString &name)
{
    using Kind = Core::ApiError::Kind;
    static const QList<std::pair<QString, Kind>> kinds{
        {QStringLiteral("http"), Kind::Http},
        {QStringLiteral("stream"), Kind::Stream},
        {QStringLiteral("protocol"), Kind::Protocol},
        {QStringLiteral("network"), Kind::Network},
        {QStringLiteral("timeout"), Kind::Timeout},
        {QStringLiteral("cancelled"), Kind::Cancelled},
    };
    for (const auto &[spelling, kind] : kinds) {
        if (spelling == name)
            return kind;
    }
    return std::nullopt;
}

class Reader
{
public:
    HarImport result;

    void warn(const QString &message)
    {
        ++m_warnings;
        if (m_warnings <= kMaxWarnings)
            result.warnings.append(message);
    }

    // No %n plurals: without a loaded translation they would print "entry(s)".
    void finish()
    {
        if (m_warnings > kMaxWarnings)
            result.warnings.append(
                Tr::tr("Further problems not listed: %1.").arg(m_warnings - kMaxWarnings));
        if (m_withoutTime > 0)
            result.warnings.append(
                Tr::tr("Entries without a valid start time: %1.").arg(m_withoutTime));
        if (m_clamped > 0)
            result.warnings.append(
                Tr::tr("Numbers out of range (a status or a time) that were replaced: %1.")
                    .arg(m_clamped));
    }

    // A time in milliseconds; -1 when absent or negative (HAR's "not available").
    qint64 milliseconds(const QJsonValue &value)
    {
        if (!value.isDouble())
            return -1;
        const double ms = value.toDouble();
        if (!std::isfinite(ms) || ms < 0)
            return -1;
        if (ms > kMaxMs) {
            ++m_clamped;
            return qint64(kMaxMs);
        }
        return qRound64(ms);
    }

    Core::HttpHeaders headers(const QJsonValue &value)
    {
        Core::HttpHeaders headers;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject header = item.toObject();
            const QString name = header.value(QLatin1StringView("name")).toString().trimmed();
            if (name.isEmpty())
                continue;
            headers.append(
                {name.toUtf8(), header.value(QLatin1StringView("value")).toString().toUtf8()});
        }
        // A browser's HAR carries the user's cookies and tokens: the inspector shows none.
        return Net::redactHeaders(headers);
    }

    QByteArray body(const QJsonObject &holder, const QString &encodingKey, int number)
    {
        const QString text = holder.value(QLatin1StringView("text")).toString();
        if (holder.value(encodingKey)
                .toString()
                .compare(QLatin1StringView("base64"), Qt::CaseInsensitive)
            != 0) {
            return text.toUtf8();
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return decoded.decoded;
        warn(Tr::tr("Entry %1: a body marked base64 is not valid base64; it is shown as it is.")
                 .arg(number));
        return text.toUtf8();
    }

    void entry(const QJsonValue &value, int number)
    {
        const QJsonObject entry = value.toObject();
        const QJsonObject request = entry.value(QLatin1StringView("request")).toObject();
        const QUrl url(request.value(QLatin1StringView("url")).toString(), QUrl::TolerantMode);
        if (!value.isObject() || !url.isValid() || url.isRelative()) {
            warn(Tr::tr("Entry %1 was left out: it has no request URL.").arg(number));
            return;
        }
        // Entries that Parlance wrote carry its own fields.
        const bool ours = entry.contains(QLatin1StringView("_attempt"));

        Net::Exchange e;
        e.attempt = qBound(1, entry.value(QLatin1StringView("_attempt")).toInt(1), 1000);
        e.startedAt = QDateTime::fromString(
            entry.value(QLatin1StringView("startedDateTime")).toString(), Qt::ISODateWithMs);
        if (!e.startedAt.isValid())
            ++m_withoutTime;

        Core::HttpRequest &r = e.request;
        r.method
            = request.value(QLatin1StringView("method")).toString().trimmed().toUpper().toLatin1();
        if (r.method.isEmpty())
            r.method = QByteArrayLiteral("GET");
        r.url = url;
        r.headers = headers(request.value(QLatin1StringView("headers")));
        const QJsonObject postData = request.value(QLatin1StringView("postData")).toObject();
        r.body = body(postData, QStringLiteral("_encoding"), number);
        if (const auto api
            = Core::apiKindFromName(request.value(QLatin1StringView("_api")).toString()))
            r.api = *api;

        const QJsonObject response = entry.value(QLatin1StringView("response")).toObject();
        const QJsonValue status = response.value(QLatin1StringView("status"));
        const double code = status.toDouble(0);
        if (status.isDouble() && std::isfinite(code) && code >= 0 && code <= 999
            && code == std::floor(code)) {
            e.status = int(code);
        } else if (!status.isUndefined()) {
            ++m_clamped;
        }
        e.reason = response.value(QLatin1StringView("statusText")).toString().toUtf8();
        e.responseHeaders = headers(response.value(QLatin1StringView("headers")));
        const QJsonObject content = response.value(QLatin1StringView("content")).toObject();
        e.responseBody = body(content, QStringLiteral("encoding"), number);
        e.omittedBodyBytes
            = qMax<qint64>(0, milliseconds(content.value(QLatin1StringView("_omittedBytes"))));
        const QUrl redirect(response.value(QLatin1StringView("redirectURL")).toString());
        if (!redirect.isEmpty() && redirect.isValid())
            e.redirectedTo = redirect;

        const QString mimeType = content.value(QLatin1StringView("mimeType")).toString();
        const bool eventStream
            = mimeType.startsWith(QLatin1StringView("text/event-stream"), Qt::CaseInsensitive);
        if (eventStream && !e.responseBody.isEmpty()) {
            e.events = Net::eventsOf(e.responseBody);
            const QJsonArray times = response.value(QLatin1StringView("_eventTimesMs")).toArray();
            if (times.size() == e.events.size()) {
                for (qsizetype i = 0; i < times.size(); ++i)
                    e.events[i].atMs = qMax<qint64>(0, milliseconds(times.at(i)));
            }
        }
        e.omittedEvents
            = qMax<qint64>(0, milliseconds(response.value(QLatin1StringView("_omittedEvents"))));
        if (entry.value(QLatin1StringView("_origin")).toString() == QLatin1StringView("sign-in")) {
            // A sign-in is shown masked as the inspector records its own, whoever wrote the file.
            e.origin = Net::Exchange::Origin::SignIn;
            r.url = Net::redactQueryFields(r.url);
            r.body = Net::redactCredentialFields(r.body).text;
            if (std::optional<Net::FieldRedaction> json = Net::redactJsonFields(e.responseBody))
                e.responseBody = json->text;
        }
        const QJsonValue streaming = request.value(QLatin1StringView("_streaming"));
        r.streaming = streaming.isBool() ? streaming.toBool() : eventStream;

        const QJsonObject timings = entry.value(QLatin1StringView("timings")).toObject();
        qint64 before = 0; // connection set-up, which Parlance's own records leave out
        for (const char *phase : {"blocked", "dns", "connect"})
            before += qMax<qint64>(0, milliseconds(timings.value(QLatin1StringView(phase))));
        const qint64 send = qMax<qint64>(0, milliseconds(timings.value(QLatin1StringView("send"))));
        const qint64 wait = qMax<qint64>(0, milliseconds(timings.value(QLatin1StringView("wait"))));
        const qint64 receive
            = qMax<qint64>(0, milliseconds(timings.value(QLatin1StringView("receive"))));
        const qint64 time = milliseconds(entry.value(QLatin1StringView("time")));
        e.timings.totalMs = time >= 0 ? time : before + send + wait + receive;
        if (e.status != 0) {
            e.timings.headersMs = qMin(before + send + wait, e.timings.totalMs);
            // A browser's `wait` ends with the first byte of the answer.
            e.timings.firstByteMs
                = ours ? milliseconds(timings.value(QLatin1StringView("_firstByteMs")))
                       : e.timings.headersMs;
        }

        // Browsers write `"_error": null` on answers that did not fail.
        const QJsonValue error = response.value(QLatin1StringView("_error"));
        if (!error.toString().isEmpty() || e.status == 0) {
            Core::ApiError apiError;
            apiError.kind
                = errorKindFromName(response.value(QLatin1StringView("_errorKind")).toString())
                      .value_or(e.status == 0 ? Core::ApiError::Kind::Network
                                              : Core::ApiError::Kind::Http);
            apiError.httpStatus = e.status;
            apiError.message = error.toString();
            if (apiError.message.isEmpty())
                apiError.message = Tr::tr("The file records no answer to this request.");
            apiError.code = response.value(QLatin1StringView("_errorCode")).toString();
            e.error = apiError;
        }
        result.exchanges.append(std::move(e));
    }

private:
    int m_warnings = 0;
    int m_clamped = 0;
    int m_withoutTime = 0;
};

} // namespace

HarImport fromHar(QByteArray bytes)
{
    Reader reader;
    HarImport &result = reader.result;
    if (bytes.size() > kMaxHarBytes) {
        result.error = Tr::tr("The file is larger than %1 MB, more than Parlance opens as a HAR "
                              "file. Export fewer requests, or split the file.")
                           .arg(kMaxHarBytes >> 20);
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark, as some Windows tools write
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        result.error = Tr::tr("The file is empty.");
        return result;
    }
    if (!QByteArrayView(bytes).isValidUtf8()) {
        // HAR is UTF-8; the bytes that are not are the least of what the file can show.
        bytes = QString::fromUtf8(bytes).toUtf8();
        reader.warn(Tr::tr("The file is not valid UTF-8 throughout; the bytes that are not "
                           "were replaced with \uFFFD."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Tr::tr("The file is not valid JSON (%1 at byte %2), so it is no HAR file, "
                              "or it was cut off.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonValue logValue = document.object().value(QLatin1StringView("log"));
    if (!logValue.isObject()) {
        result.error = Tr::tr("The file is JSON but no HAR file: it has no \"log\" object.");
        return result;
    }
    const QJsonObject log = logValue.toObject();
    const QJsonValue version = log.value(QLatin1StringView("version"));
    // Written as a number by a careless tool, it still says which version.
    const QString versionText
        = version.isString() ? version.toString()
          : version.isDouble()
              ? QString::number(version.toDouble())
              : QString::fromUtf8(QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
    // HAR says an empty (or absent) version means 1.1.
    if (!version.isUndefined() && !version.isNull() && !versionText.isEmpty()
        && versionText != QLatin1StringView("1.2") && versionText != QLatin1StringView("1.1")) {
        result.error = Tr::tr("The file is HAR version %1; Parlance reads versions 1.1 and 1.2.")
                           .arg(versionText);
        return result;
    }
    const QJsonValue entries = log.value(QLatin1StringView("entries"));
    if (!entries.isArray()) {
        result.error = Tr::tr("The HAR file has no list of entries.");
        return result;
    }
    const QJsonArray list = entries.toArray();
    const int count = int(qMin<qsizetype>(list.size(), kMaxHarEntries));
    for (int i = 0; i < count; ++i)
        reader.entry(list.at(i), i + 1);
    reader.finish();
    if (list.size() > kMaxHarEntries)
        result.warnings.prepend(Tr::tr("The file has %1 entries; the first %2 were read.")
                                    .arg(list.size())
                                    .arg(kMaxHarEntries));
    return result;
}

} // namespace Parlance::Export
