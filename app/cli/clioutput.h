#pragma once

#include "core/apierror.h"
#include "net/exchange.h"

#include <QByteArray>
#include <QString>
#include <QStringBuilder>

namespace Parlance::Cli {

enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,    // usage or configuration: bad flag, missing token
    ExitGateway = 2,  // the gateway answered with an error (after retries)
    ExitNetwork = 3,  // refused, DNS, TLS, timeout
    ExitProtocol = 4, // bad JSON, stream cut before it finished
};

ExitCode exitCodeFor(const Core::ApiError &error);

// "HTTP 400 BAD_REQUEST: <server message>", "network: ...", "protocol: ...". A 401 or 403
// asks to check the token only when one was sent.
QString describeError(const Core::ApiError &error, bool tokenSent = true);

// Writes "parlance-cli: error: <message>\n" to stderr.
void printError(const QString &message);
void printWarning(const QString &message);
// "parlance-cli: hint: <message>": what to do about the error printed just before.
void printHint(const QString &message);

// Raw bytes to stdout / stderr, unbuffered enough for streaming (the caller flushes).
void writeOut(QByteArrayView bytes);
void flushOut();
void writeErr(QByteArrayView bytes);
// Concatenations (QStringBuilder) do not convert to a view on their own.
template<typename A, typename B>
void writeOut(const QStringBuilder<A, B> &bytes)
{
    writeOut(QByteArrayView(QByteArray(bytes)));
}
template<typename A, typename B>
void writeErr(const QStringBuilder<A, B> &bytes)
{
    writeErr(QByteArrayView(QByteArray(bytes)));
}

// The redacted exchange as --inspect prints it: request line, headers, body; status, headers,
// body or the events with their arrival times.
QByteArray formatExchange(const Net::Exchange &exchange);

} // namespace Parlance::Cli
