#pragma once

#include "core/connection.h"
#include "core/httprequest.h"
#include "export/codetarget.h"

#include <QString>
#include <QStringList>

// "Get code": a chat request as a program for another client, which prints the answer when run
// (as it arrives, when the request streams).
//
// The input is the request as sent (a Core::HttpRequest), not the conversation and parameters
// it was built from. The inspector only has that (an edited resend has no conversation behind
// it at all), and the body is then the one source of truth: every message, tool call, parameter
// and extra JSON field the gateway saw is what the snippet sends, with no second copy of the
// dialects' rules here to drift from api/. The request's API (HttpRequest::api, else its URL)
// says how to read the body; a target built on another API has the body translated (Chat
// Completions <-> Responses), and what does not carry over is named in the snippet.
//
// The connection says what the request cannot: whether the server is a Databricks workspace or
// an OpenAI-compatible one (and with it the token's environment variable), its workspace host,
// how it authenticates and which extra headers hold secrets. Its extra headers are added to the
// request's own, so a request fresh from the dialects and one logged by the inspector (headers
// already added, secrets masked) give the same snippet.
//
// No secret is ever written: the token is read from DATABRICKS_TOKEN or OPENAI_API_KEY, and a
// secret header's value from an environment variable named after the header (X-Api-Key ->
// X_API_KEY). Authorization in the request is not copied; the connection's auth decides.
namespace Parlance::Export {

struct CodeSnippet
{
    QString code; // the program, ending with a line break
    // What the target cannot express, one translated line each; the snippet says the same in
    // a comment at its top. Empty when the snippet sends the whole request.
    QStringList omissions;
};

CodeSnippet generateCode(CodeTarget target, const Core::HttpRequest &request,
                         const Core::Connection &connection);

// DATABRICKS_TOKEN for a Databricks workspace, OPENAI_API_KEY for any other server: the
// variables the clients (and parlance-cli) read.
QString tokenVariableFor(const Core::Connection &connection);

} // namespace Parlance::Export
