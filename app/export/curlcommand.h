#pragma once

#include "core/httprequest.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

// "Copy as curl": a shell command that reproduces a logged request. The logged request holds
// masked credentials only; the command names environment variables instead, so the snippet
// can be pasted into a terminal or a ticket without leaking anything.
namespace Parlance::Export {

// "DATABRICKS_TOKEN" for Databricks workspaces and routes (serving endpoints, the AI Gateway,
// the REST API), "OPENAI_API_KEY" for any other server.
QString tokenVariableFor(const QUrl &url);

// An environment variable name for a credential header: X-Api-Key -> X_API_KEY. A name that
// would not be a shell variable on its own (one starting with a digit) gets a HEADER_ prefix.
QString headerVariableFor(QByteArrayView name);

// A multi-line POSIX shell command: the URL, `-N` for a streamed answer, the headers, the
// body as --data-raw. Authorization becomes `-H "Authorization: Bearer $VAR"` (Basic auth:
// `-u "token:$VAR"`); other credential headers become `$HEADER_NAME` references, and so do
// the headers named in `secretHeaders` (those a connection marks secret). An empty
// `tokenVariable` picks tokenVariableFor(request.url).
QString curlCommand(const Core::HttpRequest &request, const QString &tokenVariable = {},
                    const QList<QByteArray> &secretHeaders = {});

// `text` as one single-quoted shell word; a single quote inside becomes '\''.
QString shellQuote(QStringView text);

} // namespace Parlance::Export
