#include "cli/clioutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Output)
};
} // namespace

ExitCode exitCodeFor(const Core::ApiError &error)
{
    switch (error.kind) {
    case Core::ApiError::Kind::Http:
    case Core::ApiError::Kind::Stream:
        return ExitGateway;
    case Core::ApiError::Kind::Network:
    case Core::ApiError::Kind::Timeout:
        return ExitNetwork;
    case Core::ApiError::Kind::Protocol:
        return ExitProtocol;
    case Core::ApiError::Kind::Cancelled:
        return ExitNetwork;
    }
    return ExitProtocol;
}

QString describeError(const Core::ApiError &error, bool tokenSent)
{
    const QString message = error.message.isEmpty() ? Tr::tr("(no message)") : error.message;
    switch (error.kind) {
    case Core::ApiError::Kind::Http: {
        QString line = QStringLiteral("HTTP %1").arg(error.httpStatus);
        if (!error.code.isEmpty())
            line += QLatin1Char(' ') + error.code;
        line += QStringLiteral(": ") + message;
        if (tokenSent && (error.httpStatus == 401 || error.httpStatus == 403))
            line
                += QLatin1Char(' ') + Tr::tr("(check the token and that it may use this endpoint)");
        return line;
    }
    case Core::ApiError::Kind::Stream:
        return (error.code.isEmpty()
                    ? Tr::tr("the gateway reported an error in the stream")
                    : Tr::tr("the gateway reported %1 in the stream").arg(error.code))
               + QStringLiteral(": ") + message;
    case Core::ApiError::Kind::Protocol:
        return Tr::tr("protocol: %1").arg(message);
    case Core::ApiError::Kind::Network:
        return Tr::tr("network: %1").arg(message);
    case Core::ApiError::Kind::Timeout:
        return Tr::tr("timeout: %1").arg(message);
    case Core::ApiError::Kind::Cancelled:
        return Tr::tr("cancelled: %1").arg(message);
    }
    return message;
}

void printError(const QString &message)
{
    flushOut();
    writeErr(QByteArray("parlance-cli: error: " + message.toUtf8() + '\n'));
}

void printWarning(const QString &message)
{
    writeErr(QByteArray("parlance-cli: warning: " + message.toUtf8() + '\n'));
}

void printHint(const QString &message)
{
    writeErr(QByteArray("parlance-cli: hint: " + message.toUtf8() + '\n'));
}

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void flushOut()
{
    std::fflush(stdout);
}

void writeErr(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

static QByteArray prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return doc.toJson(QJsonDocument::Indented).trimmed();
    return body;
}

static void appendPrefixed(QByteArray &out, const char *prefix, const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n'))
        out += prefix + line + '\n';
}

QByteArray formatExchange(const Net::Exchange &exchange)
{
    QByteArray out;
    const Core::HttpRequest &request = exchange.request;
    out += (exchange.origin == Net::Exchange::Origin::SignIn
                ? QByteArrayLiteral("* sign-in")
                : "* attempt " + QByteArray::number(exchange.attempt))
           + ", " + exchange.startedAt.toString(Qt::ISODateWithMs).toUtf8() + '\n';
    out += "> " + request.method + ' ' + request.url.toEncoded(QUrl::RemoveUserInfo) + '\n';
    for (const Core::HttpHeader &h : request.headers)
        out += "> " + h.first + ": " + h.second + '\n';
    if (!request.body.isEmpty()) {
        out += ">\n";
        appendPrefixed(out, "> ", prettyBody(request.body));
    }
    if (exchange.status > 0) {
        out += "< HTTP " + QByteArray::number(exchange.status) + ' ' + exchange.reason + '\n';
        for (const Core::HttpHeader &h : exchange.responseHeaders)
            out += "< " + h.first + ": " + h.second + '\n';
        if (!exchange.events.isEmpty()) {
            out += "<\n";
            for (qsizetype i = 0; i < exchange.events.size(); ++i) {
                const Core::SseEvent event = exchange.eventAt(i);
                out += "< [+" + QByteArray::number(exchange.events.at(i).atMs) + " ms]";
                if (!event.type.isEmpty())
                    out += " event: " + event.type;
                out += " data: " + event.data + '\n';
            }
        } else if (!exchange.responseBody.isEmpty()) {
            out += "<\n";
            appendPrefixed(out, "< ", prettyBody(exchange.responseBody));
        }
    }
    const auto &t = exchange.timings;
    out += "* timings: headers " + QByteArray::number(t.headersMs) + " ms, first byte "
           + QByteArray::number(t.firstByteMs) + " ms, total " + QByteArray::number(t.totalMs)
           + " ms\n";
    if (!exchange.redirectedTo.isEmpty())
        out += "* redirected to " + exchange.redirectedTo.toEncoded(QUrl::RemoveUserInfo) + '\n';
    if (exchange.error)
        out += "* error: " + describeError(*exchange.error).toUtf8() + '\n';
    return out;
}

} // namespace Parlance::Cli
