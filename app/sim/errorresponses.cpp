#include "sim/errorresponses.h"

#include "sim/jsonwriter.h"

namespace Parlance::Sim {

ErrorStyle errorStyleForPath(QByteArrayView path)
{
    return path == "/v1" || path.startsWith("/v1/") ? ErrorStyle::OpenAi : ErrorStyle::Databricks;
}

ErrorSpec errorForStatus(int status, const QString &message)
{
    ErrorSpec spec;
    spec.status = status;
    spec.message = message;
    spec.openAiType
        = status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    switch (status) {
    case 400:
        spec.databricksCode = QStringLiteral("BAD_REQUEST");
        break;
    case 401:
        spec.databricksCode = QStringLiteral("UNAUTHENTICATED");
        spec.openAiCode = QStringLiteral("invalid_api_key");
        break;
    case 403:
        spec.databricksCode = QStringLiteral("PERMISSION_DENIED");
        spec.openAiType = QStringLiteral("permission_error");
        break;
    case 404:
        spec.databricksCode = QStringLiteral("NOT_FOUND");
        break;
    case 409:
        spec.databricksCode = QStringLiteral("RESOURCE_CONFLICT");
        break;
    case 429:
        spec.databricksCode = QStringLiteral("RESOURCE_EXHAUSTED");
        spec.openAiType = QStringLiteral("requests");
        spec.openAiCode = QStringLiteral("rate_limit_exceeded");
        spec.retryAfterSeconds = 1;
        break;
    case 499:
        spec.databricksCode = QStringLiteral("CANCELLED");
        break;
    case 501:
        spec.databricksCode = QStringLiteral("NOT_IMPLEMENTED");
        break;
    case 503:
        spec.databricksCode = QStringLiteral("TEMPORARILY_UNAVAILABLE");
        spec.retryAfterSeconds = 1;
        break;
    case 504:
        spec.databricksCode = QStringLiteral("DEADLINE_EXCEEDED");
        break;
    default:
        spec.databricksCode
            = status >= 500 ? QStringLiteral("INTERNAL_ERROR") : QStringLiteral("BAD_REQUEST");
    }
    return spec;
}

Response errorResponse(ErrorStyle style, const ErrorSpec &spec)
{
    QByteArray body;
    if (style == ErrorStyle::OpenAi) {
        Json::Object error;
        error.str("message", spec.message).str("type", spec.openAiType);
        error.raw("param",
                  spec.openAiParam.isEmpty() ? Json::null() : Json::string(spec.openAiParam));
        error.raw("code", spec.openAiCode.isEmpty() ? Json::null() : Json::string(spec.openAiCode));
        body = Json::Object().raw("error", error.bytes()).bytes();
    } else {
        body = Json::Object()
                   .str("error_code", spec.databricksCode)
                   .str("message", spec.message)
                   .bytes();
    }
    Response response = Response::json(spec.status, body);
    if (spec.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(spec.retryAfterSeconds));
    return response;
}

Response notFoundRoute(ErrorStyle style, QByteArrayView method, QByteArrayView path)
{
    if (style == ErrorStyle::OpenAi) {
        // OpenAI's own wording for an unknown route.
        return errorResponse(style,
                             errorForStatus(404, u"Invalid URL (" % QString::fromUtf8(method) % u' '
                                                     % QString::fromUtf8(path) % u')'));
    }
    ErrorSpec spec = errorForStatus(404, u"No API found for '" % QString::fromUtf8(method) % u' '
                                             % QString::fromUtf8(path) % u"'.");
    spec.databricksCode = QStringLiteral("ENDPOINT_NOT_FOUND");
    return errorResponse(style, spec);
}

Response methodNotAllowed(ErrorStyle style, QByteArrayView method, QByteArrayView path,
                          const QByteArray &allowed)
{
    ErrorSpec spec = errorForStatus(405, u"Method " % QString::fromUtf8(method)
                                             % u" is not allowed on " % QString::fromUtf8(path)
                                             % u"; use " % QString::fromUtf8(allowed) % u'.');
    Response response = errorResponse(style, spec);
    response.setHeader("Allow", allowed);
    return response;
}

Response invalidJsonBody(ErrorStyle style)
{
    return errorResponse(
        style, errorForStatus(400, QStringLiteral("The request body is not valid JSON.")));
}

Response badRequest(ErrorStyle style, const QString &message, const QString &param)
{
    ErrorSpec spec = errorForStatus(400, message);
    if (style == ErrorStyle::Databricks)
        spec.databricksCode = QStringLiteral("INVALID_PARAMETER_VALUE");
    spec.openAiParam = param;
    return errorResponse(style, spec);
}

Response unknownModel(ErrorStyle style, const QString &model)
{
    if (style == ErrorStyle::OpenAi) {
        ErrorSpec spec = errorForStatus(404, u"The model `" % model % u"` does not exist");
        spec.openAiParam = QStringLiteral("model");
        spec.openAiCode = QStringLiteral("model_not_found");
        return errorResponse(style, spec);
    }
    ErrorSpec spec = errorForStatus(404, u"The serving endpoint '" % model
                                             % u"' does not exist on the simulated gateway.");
    spec.databricksCode = QStringLiteral("RESOURCE_DOES_NOT_EXIST");
    return errorResponse(style, spec);
}

Response unauthenticated(ErrorStyle style)
{
    return errorResponse(
        style,
        errorForStatus(
            401,
            QStringLiteral(
                "Missing or invalid credentials: send the gateway's token as "
                "'Authorization: Bearer <token>' or as Basic auth with the user name 'token'.")));
}

} // namespace Parlance::Sim
