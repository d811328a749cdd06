#pragma once

#include "core/httprequest.h"

#include <QString>

class QNetworkReply;

namespace Parlance::Net {

// What a reply that went wrong in transit means, in words a user can act on. GatewayCall asks
// these once a reply has finished.

// Why Qt could not decompress the body of `reply` (sent with a Content-Encoding Qt decodes:
// a corrupt stream, or one that expands like a decompression bomb); empty when it could.
// Qt 6.4 reports both as "Decompression failed: " with nothing after the colon.
QString decompressionFailure(const QNetworkReply *reply, const Core::HttpHeaders &headers);

// The gateway went quiet for `seconds`: before its response headers were complete (it may
// have sent nothing, or trickled part of them), after them, or in the middle of the body.
QString idleTimeoutMessage(int seconds, bool headersComplete, bool bodyStarted);

} // namespace Parlance::Net
