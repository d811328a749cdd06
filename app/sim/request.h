#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Parlance::Sim {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as the simulator received it.
struct Request
{
    QByteArray method;
    QByteArray target;  // path and query exactly as sent
    QByteArray path;    // target without the query, still percent-encoded
    QByteArray version; // "HTTP/1.1"
    HeaderList headers; // names lower-cased, in arrival order
    QByteArray body;

    // The value of the first header with that (lower-case) name, or an empty array.
    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerCaseName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView lowerCaseName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerCaseName)
                return true;
        }
        return false;
    }
};

} // namespace Parlance::Sim
