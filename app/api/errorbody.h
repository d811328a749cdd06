#pragma once

#include "core/apierror.h"
#include "core/httprequest.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Parlance::Api {

// The error a gateway put in a non-2xx answer, whatever its dialect:
//   OpenAI/vLLM/Ollama {"error":{"message","type","param","code"}} (code string or int),
//   llama.cpp {"error":{"code":int,"message","type"}} or flat {code,message,type},
//   Databricks {"error_code","message","details":[... RetryInfo{retry_delay:"42s"} ...]},
//   legacy {"error":"text"}, plain text "CODE: message", HTML (<title>/<pre>), empty (reason).
// Kind is Http; raw keeps the body. Retry-After from the headers wins over RetryInfo.
Core::ApiError parseErrorResponse(int status, const Core::HttpHeaders &headers,
                                  const QByteArray &body);

// Retry-After / retry-after-ms: seconds, milliseconds or an HTTP date (relative to `now`).
std::optional<double> parseRetryAfter(const Core::HttpHeaders &headers,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

// The error in a stream payload, if it is one: {"error":{...}} / {"error":"text"}, a flat
// {"object":"error",...} or {"type":"error",...}, or anything under `event: error`.
std::optional<Core::ApiError> streamError(const QByteArray &eventType, const QJsonObject &payload);

// Short code for a status when the body had none: 400 -> "BAD_REQUEST", 429 -> "TOO_MANY_REQUESTS".
QString statusCodeName(int status);

} // namespace Parlance::Api
