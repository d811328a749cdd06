#include "core/loopback.h"

#include <QHostAddress>

namespace Parlance::Core {

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed();
    if (h.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    // QHostAddress is the parser the connection itself uses for a literal, so "0127.0.0.1"
    // (octal: 87.0.0.1) is not taken for 127.0.0.1. isLoopback() covers ::ffff:127.x as well.
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace Parlance::Core
