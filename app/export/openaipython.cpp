#include "export/snippetwriters.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

// The OpenAI Python client (openai-chat, openai-responses) and Databricks' subclass of it
// (databricks-openai): the same create() calls, with the client pointed at the request's base.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

// Keyword arguments create() has had for long; anything else goes in extra_body, which every
// version sends as it is (a newer keyword would fail with a TypeError on an older client).
const QSet<QString> &chatKeywords()
{
    static const QSet<QString> keys{
        u"frequency_penalty"_s,
        u"logit_bias"_s,
        u"logprobs"_s,
        u"max_completion_tokens"_s,
        u"max_tokens"_s,
        u"metadata"_s,
        u"n"_s,
        u"parallel_tool_calls"_s,
        u"presence_penalty"_s,
        u"reasoning_effort"_s,
        u"response_format"_s,
        u"seed"_s,
        u"stop"_s,
        u"store"_s,
        u"stream_options"_s,
        u"temperature"_s,
        u"tool_choice"_s,
        u"tools"_s,
        u"top_logprobs"_s,
        u"top_p"_s,
        u"user"_s,
    };
    return keys;
}

const QSet<QString> &responsesKeywords()
{
    static const QSet<QString> keys{
        u"include"_s,
        u"instructions"_s,
        u"max_output_tokens"_s,
        u"metadata"_s,
        u"parallel_tool_calls"_s,
        u"previous_response_id"_s,
        u"reasoning"_s,
        u"store"_s,
        u"temperature"_s,
        u"text"_s,
        u"tool_choice"_s,
        u"tools"_s,
        u"top_p"_s,
        u"truncation"_s,
        u"user"_s,
    };
    return keys;
}

// model=..., messages=... (or input=...), the known keywords, stream=True, extra_body={...}.
QList<CodeValue::Item> createArguments(const QJsonObject &body, bool responses, bool streaming)
{
    const QSet<QString> &known = responses ? responsesKeywords() : chatKeywords();
    QList<CodeValue::Item> arguments;
    QList<CodeValue::Item> extra;
    for (const QString &key : readingOrder(body)) {
        const QJsonValue value = body.value(key);
        if (key == u"stream"_s)
            continue;
        if (key == u"model"_s || key == (responses ? u"input"_s : u"messages"_s)
            || known.contains(key)) {
            arguments.append({key, jsonLiteral(value, CodeLanguage::Python)});
        } else {
            extra.append({key, jsonLiteral(value, CodeLanguage::Python)});
        }
    }
    if (streaming)
        arguments.append({u"stream"_s, CodeValue::raw(u"True"_s)});
    if (!extra.isEmpty())
        arguments.append({u"extra_body"_s, CodeValue::map(std::move(extra))});
    return arguments;
}

QString printAnswer(bool responses, bool streaming)
{
    if (responses) {
        if (streaming) {
            return u"for event in stream:\n"
                   "    if event.type == \"response.output_text.delta\":\n"
                   "        print(event.delta, end=\"\", flush=True)\n"
                   "print()\n"_s;
        }
        return u"print(response.output_text)\n"_s;
    }
    if (streaming) {
        return u"for chunk in stream:\n"
               "    if chunk.choices and chunk.choices[0].delta.content:\n"
               "        print(chunk.choices[0].delta.content, end=\"\", flush=True)\n"
               "print()\n"_s;
    }
    return u"print(completion.choices[0].message.content)\n"_s;
}
} // namespace

CodeSnippet openAiPython(const CodeSource &source, CodeTarget target)
{
    const bool databricks = target == CodeTarget::DatabricksOpenAi;
    const bool responses = target == CodeTarget::OpenAiResponses
                           || (databricks && source.api == Core::ApiKind::Responses);
    const TranslatedBody translated
        = responses ? responsesBody(source) : chatCompletionsBody(source);

    QStringList lines;
    QList<CodeValue::Item> clientArguments;
    QString imports = u"import os\n\n"_s;
    QString client;
    if (databricks) {
        client = Tr::tr("the Databricks OpenAI client");
        lines << Tr::tr("Needs: pip install databricks-openai")
              << environmentLine(source, true, u"DATABRICKS_TOKEN"_s) << notDatabricksLine(source);
        imports += u"from databricks.sdk import WorkspaceClient\n"
                   "from databricks_openai import DatabricksOpenAI\n"_s;
        clientArguments.append(
            {u"workspace_client"_s,
             CodeValue::call(
                 u"WorkspaceClient"_s,
                 {{u"host"_s, CodeValue::raw(pythonString(urlText(source.workspace)))},
                  {u"token"_s, CodeValue::raw(pythonEnvironment(u"DATABRICKS_TOKEN"_s))}})});
        // Without base_url the client goes to {host}/serving-endpoints; say so only otherwise.
        if (urlText(source.apiBase) != urlText(source.workspace) + u"/serving-endpoints"_s)
            clientArguments.append(
                {u"base_url"_s, CodeValue::raw(pythonString(urlText(source.apiBase)))});
    } else {
        client = Tr::tr("the OpenAI client");
        lines << Tr::tr("Needs: pip install openai") << environmentLine(source);
        if (source.auth == Core::Connection::Auth::Basic)
            lines << Tr::tr("The OpenAI client sends the token as a Bearer token, where this "
                            "connection uses Basic authentication.");
        imports += u"from openai import OpenAI\n"_s;
        clientArguments.append(
            {u"base_url"_s, CodeValue::raw(pythonString(urlText(source.apiBase)))});
        // The client insists on a key; a server that takes none ignores whatever it gets.
        clientArguments.append(
            {u"api_key"_s,
             CodeValue::raw(source.auth == Core::Connection::Auth::None
                                ? u"os.environ.get("_s + pythonString(source.tokenVariable)
                                      + u", \"none\")"_s
                                : pythonEnvironment(source.tokenVariable))});
    }
    if (!source.headers.isEmpty())
        clientArguments.append({u"default_headers"_s, pythonHeaders(source.headers)});

    QString code = commentBlock(u"#"_s, lines, client, translated.omissions) + imports + u'\n';
    code += pythonStatement(
        u"client = "_s,
        CodeValue::call(databricks ? u"DatabricksOpenAI"_s : u"OpenAI"_s, clientArguments));
    code += u'\n';
    const QString result = source.streaming ? u"stream = "_s
                           : responses      ? u"response = "_s
                                            : u"completion = "_s;
    code += pythonStatement(
        result, CodeValue::call(responses ? u"client.responses.create"_s
                                          : u"client.chat.completions.create"_s,
                                createArguments(translated.body, responses, source.streaming)));
    code += printAnswer(responses, source.streaming);
    return {code, translated.omissions};
}

} // namespace Parlance::Export::Snippets
