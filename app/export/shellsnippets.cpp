#include "export/curlcommand.h"
#include "export/snippetwriters.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// curl and the REST target: curl with jq after it, so the command prints the answer text and
// not the raw JSON (or event stream) it arrives in.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

// Lines that are no answer (an error body, an HTML error page) are printed as they are, so a
// failing call does not look like an empty answer.
QString jqProgram(Core::ApiKind api, bool streaming)
{
    const QString chatText
        = u"if type == \"array\" then map(select(.type == \"text\") | .text) | join(\"\") "
          "else . end"_s;
    const QString otherLines
        = u" elif . == \"\" or startswith(\"event:\") or startswith(\":\") then empty"
          " else . + \"\\n\" end"_s;
    if (api == Core::ApiKind::Responses) {
        if (streaming) {
            return u"jq -Rj --unbuffered 'if startswith(\"data: \") then .[6:] | fromjson? | "
                   "select(.type == \"response.output_text.delta\") | .delta"_s
                   + otherLines + u'\'';
        }
        return u"jq -r '([.output[]? | select(.type == \"message\") | .content[]? | "
               "select(.type == \"output_text\") | .text] | join(\"\") | select(. != \"\")) "
               "// .'"_s;
    }
    if (streaming) {
        return u"jq -Rj --unbuffered 'if startswith(\"data: \") then .[6:] | fromjson? | "
               ".choices[0].delta.content // empty | "_s
               + chatText + otherLines + u'\'';
    }
    return u"jq -r '(.choices[0].message.content | "_s + chatText + u") // .'"_s;
}

// The request for curl: what the snippet sends, with placeholders where curlCommand() writes
// environment variables (Authorization by the connection's auth, secret headers).
Core::HttpRequest curlRequest(const CodeSource &source, const QUrl &url, const QByteArray &body,
                              QList<QByteArray> *secretNames)
{
    Core::HttpRequest request;
    request.method = source.request.method;
    request.url = url;
    request.streaming = source.streaming;
    request.body = body;
    if (!body.isEmpty()) {
        const QByteArray type = source.request.header("Content-Type");
        request.headers.append(
            {"Content-Type", type.isEmpty() ? QByteArrayLiteral("application/json") : type});
    }
    if (source.api)
        request.headers.append(Core::HttpHeader{"Accept", source.streaming ? "text/event-stream"
                                                                           : "application/json"});
    else if (const QByteArray accept = source.request.header("Accept"); !accept.isEmpty())
        request.headers.append({"Accept", accept});
    switch (source.auth) {
    case Core::Connection::Auth::Bearer:
        request.headers.append(Core::HttpHeader{"Authorization", "Bearer ****"});
        break;
    case Core::Connection::Auth::Basic:
        request.headers.append(Core::HttpHeader{"Authorization", "Basic ****"});
        break;
    case Core::Connection::Auth::None:
        break;
    }
    for (const CodeHeader &header : source.headers) {
        request.headers.append({header.name.toLatin1(), header.value.toUtf8()});
        if (!header.variable.isEmpty())
            *secretNames << header.name.toLatin1();
    }
    return request;
}

CodeSnippet shellSnippet(const CodeSource &source, const Core::HttpRequest &request,
                         const QList<QByteArray> &secretNames, std::optional<Core::ApiKind> api,
                         const QString &client, const QStringList &omissions)
{
    QStringList lines;
    lines << (api ? Tr::tr("Needs curl and jq; jq prints the answer text (leave out the last "
                           "line to see the raw response).")
                  : Tr::tr("Needs curl."));
    lines << environmentLine(source);
    QString code = commentBlock(u"#"_s, lines, client, omissions);
    // -sS: no progress meter in front of the answer, but errors still shown.
    code += u"curl -sS "_s + curlCommand(request, source.tokenVariable, secretNames).mid(5);
    if (api)
        code += u" |\n  "_s + jqProgram(*api, request.streaming);
    return {code + u'\n', omissions};
}
} // namespace

CodeSnippet curl(const CodeSource &source)
{
    QList<QByteArray> secretNames;
    const Core::HttpRequest request
        = curlRequest(source, source.request.url.adjusted(QUrl::RemoveUserInfo),
                      source.request.body, &secretNames);
    return shellSnippet(source, request, secretNames, source.api, u"curl"_s, {});
}

CodeSnippet rest(const CodeSource &source)
{
    TranslatedBody translated = chatCompletionsBody(source);
    // The endpoint is in the URL, and invocations do not take stream_options.
    translated.body.remove("model"_L1);
    translated.body.remove("stream_options"_L1);
    QList<QByteArray> secretNames;
    Core::HttpRequest request
        = curlRequest(source, source.invocationsUrl(),
                      QJsonDocument(translated.body).toJson(QJsonDocument::Compact), &secretNames);
    request.method = "POST";
    return shellSnippet(source, request, secretNames, Core::ApiKind::Invocations,
                        Tr::tr("the REST API of serving endpoints"), translated.omissions);
}

} // namespace Parlance::Export::Snippets
