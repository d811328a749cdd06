#pragma once

#include "core/apierror.h"

#include <QString>

namespace Parlance::Ui {

// An ApiError in the words the error card uses: what happened and what to do about it. The
// server's own message and the raw body stay available separately.
struct ErrorDescription
{
    QString what;   // "The gateway is rate-limiting requests (HTTP 429)."
    QString advice; // "Wait a moment, then retry."
    QString detail; // "TOO_MANY_REQUESTS: <server message>", may be empty
};

ErrorDescription describeError(const Core::ApiError &error);

} // namespace Parlance::Ui
