#include "export/curlcommand.h"

#include "net/redaction.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace Parlance::Export {

static bool isDatabricks(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.contains(QLatin1StringView("databricks")))
        return true;
    const QString path = url.path();
    for (const QLatin1StringView prefix :
         {QLatin1StringView("/serving-endpoints"), QLatin1StringView("/ai-gateway/"),
          QLatin1StringView("/api/2.0/")}) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

QString tokenVariableFor(const QUrl &url)
{
    return isDatabricks(url) ? QStringLiteral("DATABRICKS_TOKEN")
                             : QStringLiteral("OPENAI_API_KEY");
}

QString shellQuote(QStringView text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1StringView("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString headerVariableFor(QByteArrayView name)
{
    QString variable;
    for (const char c : name) {
        const bool plain
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        variable += plain ? QChar::fromLatin1(c).toUpper() : QLatin1Char('_');
    }
    if (variable.isEmpty() || variable.front().isDigit())
        variable.prepend(QLatin1StringView("HEADER_"));
    return variable;
}

// Header names are HTTP tokens, but a logged request is data: anything that would break out
// of a double-quoted word is dropped rather than escaped.
static bool isSafeInDoubleQuotes(const QByteArray &text)
{
    return !text.contains('"') && !text.contains('$') && !text.contains('`') && !text.contains('\\')
           && !text.contains('\n');
}

static bool isLeftToCurl(const QByteArray &name)
{
    // curl computes these itself; copying them would go stale as soon as the body is edited.
    static const char *const names[] = {"host",       "content-length",  "connection",
                                        "user-agent", "accept-encoding", "transfer-encoding"};
    for (const char *n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

static QString authorizationOption(const QByteArray &value, const QString &variable)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? value : value.left(space);
    if (scheme.compare("Basic", Qt::CaseInsensitive) == 0)
        return QString(QLatin1StringView("-u \"token:$") + variable + QLatin1Char('"'));
    const QString schemeText
        = isSafeInDoubleQuotes(scheme) && !scheme.isEmpty() && !scheme.startsWith('*')
              ? QString::fromLatin1(scheme)
              : QStringLiteral("Bearer");
    return QString(QLatin1StringView("-H \"Authorization: ") + schemeText + QLatin1StringView(" $")
                   + variable + QLatin1Char('"'));
}

QString curlCommand(const Core::HttpRequest &request, const QString &tokenVariable,
                    const QList<QByteArray> &secretHeaders)
{
    const auto isSecret = [&secretHeaders](const QByteArray &name) {
        if (Net::isSensitiveHeader(name))
            return true;
        return std::any_of(secretHeaders.begin(), secretHeaders.end(),
                           [&name](const QByteArray &s) {
                               return s.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
                           });
    };
    const QString variable
        = tokenVariable.isEmpty() ? tokenVariableFor(request.url) : tokenVariable;
    QStringList parts;
    parts << QString(QLatin1StringView("curl ")
                     + shellQuote(request.url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)));

    const bool hasBody = !request.body.isEmpty();
    const bool impliedMethod
        = (request.method == "POST" && hasBody) || (request.method == "GET" && !hasBody);
    if (!impliedMethod) {
        const QString method = QString::fromLatin1(request.method);
        const bool plain
            = !method.isEmpty() && std::all_of(method.begin(), method.end(), [](QChar c) {
                  return c.isLetter() && c.unicode() < 128;
              });
        parts << QString(QLatin1StringView("-X ") + (plain ? method : shellQuote(method)));
    }
    if (request.streaming)
        parts << QStringLiteral("-N");

    for (const Core::HttpHeader &header : request.headers) {
        if (isLeftToCurl(header.first))
            continue;
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            parts << authorizationOption(header.second, variable);
        } else if (isSecret(header.first)) {
            if (isSafeInDoubleQuotes(header.first)) {
                parts << QString(QLatin1StringView("-H \"") + QString::fromLatin1(header.first)
                                 + QLatin1StringView(": $") + headerVariableFor(header.first)
                                 + QLatin1Char('"'));
            }
        } else {
            parts << QString(
                QLatin1StringView("-H ")
                + shellQuote(QString(QString::fromLatin1(header.first) + QLatin1StringView(": ")
                                     + QString::fromUtf8(header.second))));
        }
    }
    if (hasBody)
        parts << QString(QLatin1StringView("--data-raw ")
                         + shellQuote(QString::fromUtf8(request.body)));
    return parts.join(QLatin1StringView(" \\\n  "));
}

} // namespace Parlance::Export
