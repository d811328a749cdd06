#pragma once

#include "export/codegenerator.h"
#include "export/codeliterals.h"
#include "export/codesource.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The generators, one per client family, and what they share. Internal to app/export: callers
// use generateCode().
namespace Parlance::Export::Snippets {

CodeSnippet curl(const CodeSource &source);
CodeSnippet rest(const CodeSource &source);
CodeSnippet pythonRequests(const CodeSource &source);
// openai-chat, openai-responses and databricks-openai: the same client, three set-ups.
CodeSnippet openAiPython(const CodeSource &source, CodeTarget target);
CodeSnippet mlflow(const CodeSource &source);
CodeSnippet databricksSdk(const CodeSource &source);
CodeSnippet langChain(const CodeSource &source);
CodeSnippet openAiJavaScript(const CodeSource &source);
CodeSnippet sql(const CodeSource &source);

// The comment a snippet opens with: `lines` (how to install, which variables to set), then
// what the target leaves out. Every line goes through commentText(), so nothing taken from
// the request can end the comment.
QString commentBlock(const QString &prefix, const QStringList &lines, const QString &client,
                     const QStringList &omissions);

// "Set DATABRICKS_TOKEN and X_API_KEY in the environment first." for the token and the secret
// headers; empty when there is nothing to set. The token is named unless the connection sends
// none, and always when `tokenVariable` is given (a client that signs in by itself).
QString environmentLine(const CodeSource &source, bool withToken = true,
                        const QString &tokenVariable = {});
// Said when a client made for Databricks is given an OpenAI-compatible server.
QString notDatabricksLine(const CodeSource &source);

// os.environ["NAME"]
QString pythonEnvironment(const QString &variable);
// The custom headers as a dict, secret values read from the environment.
CodeValue pythonHeaders(const QList<CodeHeader> &headers);
// A URL as text for code: encoded, without user info.
QString urlText(const QUrl &url);

// A Python function that takes an answer's text from a string or from Databricks' list of
// typed parts, for the clients that hand back plain dicts.
QString pythonTextOf();

// `name(` + arguments laid out one per line + `)` at the start of a line (or after `prefix`).
QString pythonStatement(const QString &prefix, const CodeValue &call);

} // namespace Parlance::Export::Snippets
