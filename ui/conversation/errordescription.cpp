#include "conversation/errordescription.h"

#include <QCoreApplication>
#include <QtMath>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::ErrorDescription)
};

ErrorDescription describeHttp(const Core::ApiError &error)
{
    const int status = error.httpStatus;
    const QString http = Tr::tr("HTTP %1").arg(status);
    switch (status) {
    case 400:
        return {Tr::tr("The gateway rejected the request (%1).").arg(http),
                Tr::tr("Check the model name and the generation parameters; the server's "
                       "message says which part it did not accept."),
                {}};
    case 401:
        return {Tr::tr("The gateway did not accept the credentials (%1).").arg(http),
                Tr::tr("Check the access token in the connection settings: it may be "
                       "missing, mistyped or expired."),
                {}};
    case 403:
        return {Tr::tr("The token is not allowed to use this model (%1).").arg(http),
                Tr::tr("Ask for the permission to query this endpoint, or use a token that "
                       "has it."),
                {}};
    case 404:
        return {Tr::tr("The model or the API route was not found (%1).").arg(http),
                Tr::tr("Check the model name and the connection's base URL or gateway path."),
                {}};
    case 408:
    case 504:
        return {Tr::tr("The gateway gave up waiting for the model (%1).").arg(http),
                Tr::tr("Retry; for long answers, lower the maximum tokens."),
                {}};
    case 413:
        return {Tr::tr("The request is too large for the gateway (%1).").arg(http),
                Tr::tr("Shorten the conversation or delete earlier turns, then retry."),
                {}};
    case 429: {
        QString advice = Tr::tr("Wait a moment, then retry.");
        if (error.retryAfterSeconds)
            advice = Tr::tr("Wait %1 s, as the gateway asked, then retry.")
                         .arg(qCeil(*error.retryAfterSeconds));
        return {Tr::tr("The gateway is rate-limiting requests (%1).").arg(http), advice, {}};
    }
    default:
        break;
    }
    if (status >= 500)
        return {Tr::tr("The gateway or the model server failed (%1).").arg(http),
                Tr::tr("Retry in a moment; if it keeps failing, the serving endpoint may be "
                       "down or still starting."),
                {}};
    return {Tr::tr("The gateway answered with an error (%1).").arg(http),
            Tr::tr("Read the server's message; the inspector has the full answer."),
            {}};
}

} // namespace

ErrorDescription describeError(const Core::ApiError &error)
{
    ErrorDescription description;
    switch (error.kind) {
    case Core::ApiError::Kind::Http:
        description = describeHttp(error);
        break;
    case Core::ApiError::Kind::Stream:
        description = {Tr::tr("The model reported an error while answering."),
                       Tr::tr("Retry; what arrived before the error is kept above."),
                       {}};
        break;
    case Core::ApiError::Kind::Protocol:
        description = {Tr::tr("The gateway's answer could not be understood."),
                       Tr::tr("The stream may have been cut off, or the server does not speak "
                              "this API. Retry, or open the inspector to see the raw bytes."),
                       {}};
        break;
    case Core::ApiError::Kind::Network:
        description = {Tr::tr("Cannot reach the gateway host."),
                       Tr::tr("Check the host name, your network or VPN connection and any "
                              "proxy, then retry."),
                       {}};
        break;
    case Core::ApiError::Kind::Timeout:
        description = {Tr::tr("The gateway did not answer in time."),
                       Tr::tr("Retry, or raise the timeout in the connection settings."),
                       {}};
        break;
    case Core::ApiError::Kind::Cancelled:
        description = {Tr::tr("Stopped."), Tr::tr("Regenerate to ask again."), {}};
        break;
    }
    if (!error.code.isEmpty() && !error.message.isEmpty())
        description.detail = error.code + QStringLiteral(": ") + error.message;
    else
        description.detail = error.message.isEmpty() ? error.code : error.message;
    return description;
}

} // namespace Parlance::Ui
