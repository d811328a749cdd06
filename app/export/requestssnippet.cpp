#include "export/snippetwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Python requests: the request as sent (same URL, headers and body), with the answer read from
// the JSON or the event stream by hand, so it shows what the SDKs do underneath.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

QString readAnswer(const CodeSource &source)
{
    const bool responses = source.api == Core::ApiKind::Responses;
    if (!source.api)
        return u"print(response.text)\n"_s;
    if (source.streaming) {
        // Lines are split as bytes: as text, splitlines() also breaks at U+2028 and the other
        // Unicode line ends, which JSON leaves unescaped inside its strings.
        QString out = u"    # "_s
                      + commentText(Tr::tr("Split as bytes: as text, a U+2028 inside the JSON "
                                           "would end the line."))
                      + u"\n"
                        "    for raw in response.iter_lines(chunk_size=None):\n"
                        "        line = raw.decode(\"utf-8\")\n"
                        "        if not line.startswith(\"data: \") or line == \"data: [DONE]\":\n"
                        "            continue\n"
                        "        event = json.loads(line[len(\"data: \"):])\n"_s;
        if (responses) {
            out += u"        if event.get(\"type\") == \"response.output_text.delta\":\n"
                   "            print(event[\"delta\"], end=\"\", flush=True)\n"_s;
        } else {
            out += u"        choices = event.get(\"choices\") or [{}]\n"
                   "        delta = choices[0].get(\"delta\") or {}\n"
                   "        print(text_of(delta.get(\"content\")), end=\"\", flush=True)\n"_s;
        }
        return out + u"print()\n"_s;
    }
    if (responses) {
        return u"for item in response.json().get(\"output\", []):\n"
               "    if item.get(\"type\") == \"message\":\n"
               "        for part in item.get(\"content\", []):\n"
               "            if part.get(\"type\") == \"output_text\":\n"
               "                print(part[\"text\"], end=\"\")\n"
               "print()\n"_s;
    }
    return u"message = response.json()[\"choices\"][0][\"message\"]\n"
           "print(text_of(message.get(\"content\")))\n"_s;
}
} // namespace

CodeSnippet pythonRequests(const CodeSource &source)
{
    const bool needsTextOf = source.api && source.api != Core::ApiKind::Responses;
    QString code = commentBlock(
        u"#"_s, {Tr::tr("Needs: pip install requests"), environmentLine(source)}, {}, {});
    if (source.api && source.streaming)
        code += u"import json\n"_s;
    code += u"import os\n\nimport requests\n\n"_s;
    if (needsTextOf)
        code += u"\n"_s + pythonTextOf() + u"\n\n"_s;

    CodeValue headers = pythonHeaders(source.headers);
    QList<CodeValue::Item> fixed;
    if (source.auth == Core::Connection::Auth::Bearer) {
        fixed.append(
            {u"Authorization"_s,
             CodeValue::raw(u"\"Bearer \" + "_s + pythonEnvironment(source.tokenVariable))});
    }
    if (!source.request.body.isEmpty()) {
        const QByteArray type = source.request.header("Content-Type");
        fixed.append({u"Content-Type"_s,
                      CodeValue::raw(pythonString(type.isEmpty() ? u"application/json"_s
                                                                 : QString::fromUtf8(type)))});
    }
    if (source.api) {
        fixed.append(
            {u"Accept"_s, CodeValue::raw(pythonString(source.streaming ? u"text/event-stream"_s
                                                                       : u"application/json"_s))});
    }
    headers.items = fixed + headers.items;

    code += u"url = "_s + pythonString(urlText(source.request.url)) + u'\n';
    code += pythonStatement(u"headers = "_s, headers);

    QList<CodeValue::Item> arguments{{QString(), CodeValue::raw(u"url"_s)},
                                     {u"headers"_s, CodeValue::raw(u"headers"_s)}};
    if (source.bodyIsJson) {
        code += pythonStatement(u"payload = "_s, jsonLiteral(source.body, CodeLanguage::Python));
        arguments.append({u"json"_s, CodeValue::raw(u"payload"_s)});
    } else if (!source.request.body.isEmpty()) {
        code += u"data = "_s + pythonString(QString::fromUtf8(source.request.body)) + u'\n';
        arguments.append({u"data"_s, CodeValue::raw(u"data.encode()"_s)});
    }
    if (source.auth == Core::Connection::Auth::Basic) {
        arguments.append(
            {u"auth"_s,
             CodeValue::raw(u"(\"token\", "_s + pythonEnvironment(source.tokenVariable) + u')')});
    }
    if (source.api && source.streaming)
        arguments.append({u"stream"_s, CodeValue::raw(u"True"_s)});
    arguments.append({u"timeout"_s, CodeValue::raw(u"300"_s)});
    const QString method = QString::fromLatin1(source.request.method).toLower();
    const bool plainMethod = method == u"post"_s || method == u"get"_s || method == u"put"_s
                             || method == u"delete"_s || method == u"patch"_s;
    const CodeValue call
        = plainMethod
              ? CodeValue::call(u"requests."_s + method, arguments)
              : CodeValue::call(u"requests.request"_s,
                                QList<CodeValue::Item>{
                                    {QString(), CodeValue::raw(pythonString(
                                                    QString::fromLatin1(source.request.method)))}}
                                    + arguments);
    const QString failure
        = u"if not response.ok:\n"
          "    raise SystemExit(f\"HTTP {response.status_code}: {response.text}\")\n"_s;
    code += u'\n';
    if (source.api && source.streaming) {
        code += u"with "_s + renderCode(call, CodeLanguage::Python, 0, 5) + u" as response:\n"_s;
        QString indented;
        for (const QString &line : failure.split(u'\n', Qt::SkipEmptyParts))
            indented += u"    "_s + line + u'\n';
        code += indented + readAnswer(source);
    } else {
        code += pythonStatement(u"response = "_s, call) + failure + readAnswer(source);
    }
    return {code, {}};
}

} // namespace Parlance::Export::Snippets
