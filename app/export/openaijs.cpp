#include "export/snippetwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The official `openai` npm package as an ES module. Its create() sends the object it is given
// as the body, so the request's body goes in whole, unknown fields included. Invocations have
// no method there: they become Chat Completions on the same workspace's serving endpoints.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

QString jsEnvironment(const QString &variable)
{
    return u"process.env."_s + variable;
}
} // namespace

CodeSnippet openAiJavaScript(const CodeSource &source)
{
    const bool responses = source.api == Core::ApiKind::Responses;
    const TranslatedBody translated
        = responses ? responsesBody(source) : chatCompletionsBody(source);

    QStringList lines{Tr::tr("Needs Node.js 18 or later and: npm install openai"),
                      environmentLine(source)};
    if (source.auth == Core::Connection::Auth::Basic)
        lines << Tr::tr("The OpenAI client sends the token as a Bearer token, where this "
                        "connection uses Basic authentication.");
    QString code = commentBlock(u"//"_s, lines, Tr::tr("the OpenAI client"), translated.omissions);
    code += u"import OpenAI from \"openai\";\n\n"_s;

    QList<CodeValue::Item> options{
        {u"baseURL"_s, CodeValue::raw(javaScriptString(urlText(source.apiBase)))},
        {u"apiKey"_s, CodeValue::raw(source.auth == Core::Connection::Auth::None
                                         ? jsEnvironment(source.tokenVariable) + u" ?? \"none\""_s
                                         : jsEnvironment(source.tokenVariable))}};
    if (!source.headers.isEmpty()) {
        QList<CodeValue::Item> headers;
        for (const CodeHeader &header : source.headers) {
            headers.append({header.name, CodeValue::raw(header.variable.isEmpty()
                                                            ? javaScriptString(header.value)
                                                            : jsEnvironment(header.variable))});
        }
        options.append({u"defaultHeaders"_s, CodeValue::map(headers)});
    }
    const QString prefix = u"const client = new OpenAI("_s;
    code += prefix
            + renderCode(CodeValue::map(options), CodeLanguage::JavaScript, 0, int(prefix.size()))
            + u");\n\n"_s;

    QJsonObject body = translated.body;
    if (!source.streaming)
        body.remove("stream"_L1);
    const QString result = source.streaming ? u"stream"_s
                           : responses      ? u"response"_s
                                            : u"completion"_s;
    const QString call = u"const "_s + result + u" = await client."_s
                         + (responses ? u"responses"_s : u"chat.completions"_s) + u".create("_s;
    code += call
            + renderCode(jsonLiteral(body, CodeLanguage::JavaScript), CodeLanguage::JavaScript, 0,
                         int(call.size()))
            + u");\n"_s;
    if (responses && source.streaming) {
        code += u"for await (const event of stream) {\n"
                "  if (event.type === \"response.output_text.delta\") {\n"
                "    process.stdout.write(event.delta);\n"
                "  }\n"
                "}\n"
                "process.stdout.write(\"\\n\");\n"_s;
    } else if (responses) {
        code += u"console.log(response.output_text);\n"_s;
    } else if (source.streaming) {
        code += u"for await (const chunk of stream) {\n"
                "  process.stdout.write(chunk.choices[0]?.delta?.content ?? \"\");\n"
                "}\n"
                "process.stdout.write(\"\\n\");\n"_s;
    } else {
        code += u"console.log(completion.choices[0].message.content);\n"_s;
    }
    return {code, translated.omissions};
}

} // namespace Parlance::Export::Snippets
