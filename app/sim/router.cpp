#include "sim/router.h"

#include "sim/errorresponses.h"

#include <QUrl>

namespace Parlance::Sim {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                     std::move(handler)});
}

Response Router::dispatch(const Request &request) const
{
    const QString path = QString::fromLatin1(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        QStringList captures;
        for (int i = 1; i <= route.pattern.captureCount(); ++i)
            captures.append(QUrl::fromPercentEncoding(match.captured(i).toLatin1()));
        return route.handler(request, captures);
    }
    const ErrorStyle style = errorStyleForPath(request.path);
    if (!allowed.isEmpty())
        return methodNotAllowed(style, request.method, request.path, allowed.join(", "));
    return notFoundRoute(style, request.method, request.path);
}

} // namespace Parlance::Sim
