#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parlance::Core {

// Everything that can go wrong with one request, in one shape, so the CLI can pick an exit
// code and the UI an error card without knowing which layer noticed.
struct ApiError
{
    enum class Kind {
        Http,      // the gateway answered with an error status (body parsed into code/message)
        Stream,    // the gateway reported an error inside a 200 stream
        Protocol,  // the answer could not be understood: bad JSON, stream cut before its end
        Network,   // refused, DNS, TLS, reset
        Timeout,   // connect or idle timeout
        Cancelled, // the user stopped it
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when there was no HTTP status
    QString code;       // "BAD_REQUEST", "invalid_api_key", "rate_limit_exceeded"...
    QString type;       // OpenAI `type`, e.g. "invalid_request_error"
    QString message;    // human-readable, from the server when it gave one
    QString param;      // OpenAI `param`
    std::optional<double> retryAfterSeconds; // from headers or Databricks RetryInfo
    QByteArray raw;                          // the body or event payload that carried the error

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace Parlance::Core
