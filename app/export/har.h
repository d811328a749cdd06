#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "net/exchange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// HTTP Archive (HAR 1.2): what went over the wire, in the format browsers, proxies and
// Postman read and write, so a request seen here can be looked at there and the other way round.
// Pure functions over exchange records. What Parlance knows beyond HAR (the attempt, the API a
// request was built for, when each stream event arrived, why an attempt failed) travels in
// custom fields, whose names start with '_' as the format asks; docs/cli.md lists them.
namespace Parlance::Export {

struct HarEntryInput
{
    Net::Exchange exchange;
    QString source; // "_source": which compare column or imported file it came from; may be empty
    // The real values of the credential headers this exchange was sent with (Authorization, the
    // connection's secret headers: credentialHeaders()); HarOptions::includeCredentials puts
    // them back in place of the masks, in the headers the request actually carried.
    Core::HttpHeaders credentials;
};

struct HarOptions
{
    QString creatorName = QStringLiteral("Parlance");
    QString creatorVersion;
    bool includeCredentials = false;
    // Header names whose values are secrets besides those Core::isSensitiveHeader names (a
    // connection's Connection::secretHeaders).
    QList<QByteArray> secretHeaders;
    // Masked wherever they appear (Net::redactSecrets). The records are masked when they are
    // made; this is for secrets known only to the exporter.
    QList<QByteArray> secrets;
};

// A HAR 1.2 document, UTF-8 JSON. Sanitized unless options.includeCredentials: the values of
// Authorization, Cookie, Set-Cookie and every other secret header are replaced by "****"
// (Authorization keeps its scheme: "Bearer ****"), and options.secrets are masked everywhere.
QByteArray toHar(const QList<HarEntryInput> &entries, const HarOptions &options);

// The credential headers `connection` sends with `token`, as Net::GatewayCall adds them:
// Authorization (Bearer or Basic), and the connection's secret extra headers with their values.
Core::HttpHeaders credentialHeaders(const Core::Connection &connection, const QString &token);

struct HarImport
{
    QList<Net::Exchange> exchanges; // in the file's order
    QStringList warnings;           // tr() texts: what was left out or repaired, and where
    QString error;                  // tr() text: why nothing could be read; empty on success
    bool ok() const { return error.isEmpty(); }
};

// A larger file is refused unread: HAR files of this size are whole browsing sessions, and
// the inspector keeps a few hundred entries.
inline constexpr qint64 kMaxHarBytes = qint64(64) << 20;
// Entries past this are left out (with a warning): the inspector keeps 500.
inline constexpr int kMaxHarEntries = 500;

// Reads a HAR 1.1 or 1.2 document as exchange records, as far as it makes sense: an entry
// without a request URL is skipped, a missing response reads as one that never came,
// base64 bodies are decoded, event-stream bodies get their events (Net::eventsOf), numbers out
// of range are clamped, and bytes that are not UTF-8 are replaced. Credentials in it (a
// browser's HAR has them) are masked as the inspector masks its own.
HarImport fromHar(QByteArray bytes);

} // namespace Parlance::Export
