#pragma once

#include "sim/response.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace Parlance::Sim {

// Maps (method, path) to a handler. A path that matches with another method answers 405, a
// path nothing matches answers 404, each in the error shape of its route family.
class Router
{
public:
    // captures: the pattern's capture groups, percent-decoded.
    using Handler = std::function<Response(const Request &request, const QStringList &captures)>;

    // pattern: a regular expression over the whole path (anchors are added), e.g.
    // "/serving-endpoints/([^/]+)/invocations".
    void add(const QByteArray &method, const QString &pattern, Handler handler);

    Response dispatch(const Request &request) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace Parlance::Sim
