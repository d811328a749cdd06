#pragma once

#include "core/apikind.h"
#include "core/connection.h"
#include "core/httprequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the generators read from a request and its connection: one parse, shared by every
// target (see codegenerator.h for why the input is the request as sent).
namespace Parlance::Export {

struct CodeHeader
{
    QString name;
    QString value;    // empty when `variable` is set
    QString variable; // a secret: the environment variable its value is read from
};

struct CodeSource
{
    Core::HttpRequest request;
    Core::Connection connection;
    std::optional<Core::ApiKind> api; // none: not a chat request (only curl and requests fit)
    bool bodyIsJson = false;
    QJsonObject body; // as sent
    QString model;    // the body's model, or the endpoint an invocations URL names
    bool streaming = false;
    QUrl apiBase;   // the OpenAI-style base the request went to (…/v1, AI Gateway, serving)
    QUrl workspace; // the Databricks host; an OpenAI-compatible server's origin
    QString tokenVariable;
    Core::Connection::Auth auth = Core::Connection::Auth::Bearer;
    QList<CodeHeader> headers; // custom headers, without those the clients set themselves

    static CodeSource from(const Core::HttpRequest &request, const Core::Connection &connection);

    bool isDatabricks() const { return connection.kind == Core::Connection::Kind::Databricks; }
    // {workspace}/serving-endpoints/{model}/invocations
    QUrl invocationsUrl() const;
    QStringList headerNames() const;
    QStringList secretVariables() const;
};

// The request as a Chat Completions body (model included) or a Responses body, translated when
// it was made for the other API; `omissions` names what had no place in the translation.
struct TranslatedBody
{
    QJsonObject body;
    QStringList omissions;
};
TranslatedBody chatCompletionsBody(const CodeSource &source);
// "3 content parts other than text (...)": what a client that takes text only leaves out.
QString droppedPartsText(int count);
TranslatedBody responsesBody(const CodeSource &source);

} // namespace Parlance::Export
