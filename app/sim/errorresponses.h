#pragma once

#include "sim/response.h"

#include <QByteArrayView>
#include <QString>

namespace Parlance::Sim {

// The two error-body families the simulator speaks: OpenAI's {"error":{message,type,param,code}}
// under /v1, Databricks' {"error_code","message"} everywhere else (serving endpoints, AI
// Gateway, REST 2.0).
enum class ErrorStyle { OpenAi, Databricks };

ErrorStyle errorStyleForPath(QByteArrayView path);

struct ErrorSpec
{
    int status = 500;
    QString message;
    QString databricksCode;    // e.g. RESOURCE_DOES_NOT_EXIST
    QString openAiType;        // e.g. invalid_request_error
    QString openAiCode;        // empty: null
    QString openAiParam;       // empty: null
    int retryAfterSeconds = 0; // > 0: a Retry-After header
};

// Defaults for a status: the Databricks error code, the OpenAI type, Retry-After for 429/503.
ErrorSpec errorForStatus(int status, const QString &message);

Response errorResponse(ErrorStyle style, const ErrorSpec &spec);

// The messages below are wire payloads that imitate a server, not text of this application's
// UI, so they are not translated: tests and clients compare them byte for byte.
Response notFoundRoute(ErrorStyle style, QByteArrayView method, QByteArrayView path);
Response methodNotAllowed(ErrorStyle style, QByteArrayView method, QByteArrayView path,
                          const QByteArray &allowed);
Response invalidJsonBody(ErrorStyle style);
Response badRequest(ErrorStyle style, const QString &message, const QString &param = {});
Response unknownModel(ErrorStyle style, const QString &model);
Response unauthenticated(ErrorStyle style);

} // namespace Parlance::Sim
