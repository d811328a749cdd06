#pragma once

#include "core/apikind.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>
#include <utility>

namespace Parlance::Core {

using HttpHeader = std::pair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// A request exactly as it will go on the wire, minus authentication: the dialects build it,
// the inspector shows it, the code exporter turns it into snippets and GatewayClient sends it
// after adding the connection's auth and extra headers.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaders headers;    // Content-Type, Accept, ...
    QByteArray body;        // empty for GET
    bool streaming = false; // the answer is expected as text/event-stream
    // The chat API the request was built for, so its record says how to read the answer;
    // empty for requests that are no chat (model lists, SQL) and those made by hand.
    std::optional<ApiKind> api;

    QByteArray header(const QByteArray &name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

} // namespace Parlance::Core
