#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <initializer_list>

// The structure HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/), checked
// field by field: every required member with its type, the optional ones typed when present,
// timings that add up, and no member the spec does not name unless it starts with '_' (custom
// fields). Returns what is wrong, one line each; empty when the document is valid.
namespace HarValidator {

class Checker
{
public:
    QStringList problems;

    void document(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            problems.append(QStringLiteral("not a JSON object: ") + error.errorString());
            return;
        }
        const QJsonObject root = doc.object();
        known(root, QStringLiteral("(root)"), {"log"});
        const QJsonObject log = object(root, "log", QStringLiteral("(root)"));
        const QString at = QStringLiteral("log");
        known(log, at, {"version", "creator", "browser", "pages", "entries", "comment"});
        if (string(log, "version", at) != QLatin1String("1.2"))
            problems.append(QStringLiteral("log.version is not \"1.2\""));
        creator(object(log, "creator", at), at + QStringLiteral(".creator"));
        if (log.contains(QLatin1String("browser")))
            creator(object(log, "browser", at), at + QStringLiteral(".browser"));
        optionalString(log, "comment", at);
        QSet<QString> pageIds;
        if (log.contains(QLatin1String("pages"))) {
            const QJsonArray pages = array(log, "pages", at);
            for (qsizetype i = 0; i < pages.size(); ++i)
                pageIds.insert(page(pages.at(i), at + QStringLiteral(".pages[%1]").arg(i)));
        }
        const QJsonArray entries = array(log, "entries", at);
        for (qsizetype i = 0; i < entries.size(); ++i)
            entry(entries.at(i), at + QStringLiteral(".entries[%1]").arg(i), pageIds);
    }

private:
    void fail(const QString &where, const QString &what) { problems.append(where + u' ' + what); }

    // Members the spec does not name must be custom ones, starting with '_'.
    void known(const QJsonObject &o, const QString &at, std::initializer_list<const char *> names)
    {
        QSet<QString> allowed;
        for (const char *name : names)
            allowed.insert(QLatin1String(name));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()) && !it.key().startsWith(u'_'))
                fail(at, QStringLiteral("has member \"%1\" that HAR 1.2 does not define and "
                                        "that does not start with '_'")
                             .arg(it.key()));
        }
    }

    QJsonValue required(const QJsonObject &o, const char *name, const QString &at)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            fail(at, QStringLiteral("lacks required \"%1\"").arg(QLatin1String(name)));
        return v;
    }
    QJsonObject object(const QJsonObject &o, const char *name, const QString &at)
    {
        const QJsonValue v = required(o, name, at);
        if (!v.isUndefined() && !v.isObject())
            fail(at, QStringLiteral("\"%1\" is not an object").arg(QLatin1String(name)));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const char *name, const QString &at)
    {
        const QJsonValue v = required(o, name, at);
        if (!v.isUndefined() && !v.isArray())
            fail(at, QStringLiteral("\"%1\" is not an array").arg(QLatin1String(name)));
        return v.toArray();
    }
    QString string(const QJsonObject &o, const char *name, const QString &at)
    {
        const QJsonValue v = required(o, name, at);
        if (!v.isUndefined() && !v.isString())
            fail(at, QStringLiteral("\"%1\" is not a string").arg(QLatin1String(name)));
        return v.toString();
    }
    double number(const QJsonObject &o, const char *name, const QString &at, double min = -1)
    {
        const QJsonValue v = required(o, name, at);
        if (!v.isUndefined() && !v.isDouble())
            fail(at, QStringLiteral("\"%1\" is not a number").arg(QLatin1String(name)));
        else if (v.isDouble() && v.toDouble() < min)
            fail(at, QStringLiteral("\"%1\" is below %2").arg(QLatin1String(name)).arg(min));
        return v.toDouble();
    }
    void optionalString(const QJsonObject &o, const char *name, const QString &at)
    {
        if (o.contains(QLatin1String(name)))
            string(o, name, at);
    }

    void creator(const QJsonObject &o, const QString &at)
    {
        known(o, at, {"name", "version", "comment"});
        string(o, "name", at);
        string(o, "version", at);
        optionalString(o, "comment", at);
    }

    QString page(const QJsonValue &value, const QString &at)
    {
        const QJsonObject o = value.toObject();
        known(o, at, {"startedDateTime", "id", "title", "pageTimings", "comment"});
        dateTime(string(o, "startedDateTime", at), at);
        string(o, "title", at);
        object(o, "pageTimings", at);
        return string(o, "id", at);
    }

    void dateTime(const QString &text, const QString &at)
    {
        // ISO 8601 with milliseconds and a zone: 2009-07-24T19:20:30.450+01:00 or ...Z.
        static const QRegularExpression iso(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3,}(Z|[+-]\d\d:\d\d)$)"));
        if (!iso.match(text).hasMatch()
            || !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            fail(at, QStringLiteral("startedDateTime \"%1\" is not ISO 8601 with ms and zone")
                         .arg(text));
    }

    void nameValues(const QJsonArray &list, const QString &at, bool cookie = false)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString here = at + QStringLiteral("[%1]").arg(i);
            const QJsonObject o = list.at(i).toObject();
            if (!list.at(i).isObject()) {
                fail(here, QStringLiteral("is not an object"));
                continue;
            }
            if (cookie)
                known(o, here,
                      {"name", "value", "path", "domain", "expires", "httpOnly", "secure",
                       "comment"});
            else
                known(o, here, {"name", "value", "comment"});
            string(o, "name", here);
            string(o, "value", here);
        }
    }

    void entry(const QJsonValue &value, const QString &at, const QSet<QString> &pageIds)
    {
        if (!value.isObject()) {
            fail(at, QStringLiteral("is not an object"));
            return;
        }
        const QJsonObject o = value.toObject();
        known(o, at,
              {"pageref", "startedDateTime", "time", "request", "response", "cache", "timings",
               "serverIPAddress", "connection", "comment"});
        if (o.contains(QLatin1String("pageref")) && !pageIds.contains(string(o, "pageref", at)))
            fail(at, QStringLiteral("pageref names no page"));
        dateTime(string(o, "startedDateTime", at), at);
        const double time = number(o, "time", at, 0);
        request(object(o, "request", at), at + QStringLiteral(".request"));
        response(object(o, "response", at), at + QStringLiteral(".response"));
        object(o, "cache", at);
        const double sum = timings(object(o, "timings", at), at + QStringLiteral(".timings"));
        if (qAbs(sum - time) > 0.5)
            fail(at,
                 QStringLiteral("time %1 is not the sum of its timings (%2)").arg(time).arg(sum));
        optionalString(o, "serverIPAddress", at);
        optionalString(o, "connection", at);
        optionalString(o, "comment", at);
    }

    void request(const QJsonObject &o, const QString &at)
    {
        known(o, at,
              {"method", "url", "httpVersion", "cookies", "headers", "queryString", "postData",
               "headersSize", "bodySize", "comment"});
        string(o, "method", at);
        const QUrl url(string(o, "url", at), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            fail(at, QStringLiteral("url is not an absolute URL"));
        string(o, "httpVersion", at);
        nameValues(array(o, "cookies", at), at + QStringLiteral(".cookies"), true);
        nameValues(array(o, "headers", at), at + QStringLiteral(".headers"));
        nameValues(array(o, "queryString", at), at + QStringLiteral(".queryString"));
        if (o.contains(QLatin1String("postData"))) {
            const QString here = at + QStringLiteral(".postData");
            const QJsonObject post = object(o, "postData", at);
            known(post, here, {"mimeType", "params", "text", "comment"});
            string(post, "mimeType", here);
            if (!post.contains(QLatin1String("text")) && !post.contains(QLatin1String("params")))
                fail(here, QStringLiteral("has neither text nor params"));
            optionalString(post, "text", here);
        }
        number(o, "headersSize", at);
        number(o, "bodySize", at);
    }

    void response(const QJsonObject &o, const QString &at)
    {
        known(o, at,
              {"status", "statusText", "httpVersion", "cookies", "headers", "content",
               "redirectURL", "headersSize", "bodySize", "comment"});
        const double status = number(o, "status", at, 0);
        if (status != qRound(status) || status > 999)
            fail(at, QStringLiteral("status %1 is no HTTP status").arg(status));
        string(o, "statusText", at);
        string(o, "httpVersion", at);
        nameValues(array(o, "cookies", at), at + QStringLiteral(".cookies"), true);
        nameValues(array(o, "headers", at), at + QStringLiteral(".headers"));
        const QString here = at + QStringLiteral(".content");
        const QJsonObject content = object(o, "content", at);
        known(content, here, {"size", "compression", "mimeType", "text", "encoding", "comment"});
        number(content, "size", here, 0);
        string(content, "mimeType", here);
        optionalString(content, "text", here);
        optionalString(content, "encoding", here);
        string(o, "redirectURL", at);
        number(o, "headersSize", at);
        number(o, "bodySize", at);
    }

    // Returns the sum of the timings that are available, as the entry's time must be.
    double timings(const QJsonObject &o, const QString &at)
    {
        known(o, at, {"blocked", "dns", "connect", "send", "wait", "receive", "ssl", "comment"});
        double sum = 0;
        for (const char *phase : {"send", "wait", "receive"})
            sum += number(o, phase, at, 0);
        for (const char *phase : {"blocked", "dns", "connect", "ssl"}) {
            if (!o.contains(QLatin1String(phase)))
                continue;
            const double ms = number(o, phase, at, -1);
            if (ms > 0 && qstrcmp(phase, "ssl") != 0) // ssl is part of connect
                sum += ms;
        }
        return sum;
    }
};

inline QStringList validate(const QByteArray &har)
{
    Checker checker;
    checker.document(har);
    return checker.problems;
}

} // namespace HarValidator
