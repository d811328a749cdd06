#include "export/snippetwriters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

// The Databricks Python clients of the "Query a chat model" page: MLflow Deployments, the
// Databricks SDK and LangChain's ChatDatabricks. Each reads the workspace's serving endpoint,
// and each can say less than the request does; what it cannot say is listed at the top.
namespace Parlance::Export::Snippets {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out << u'"' + name + u'"';
    return out.join(u", "_s);
}

QString textOf(const QJsonValue &content, int *dropped)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (part.isString())
            text += part.toString();
        else if (object.value("type"_L1) == "text"_L1)
            text += object.value("text"_L1).toString();
        else
            ++*dropped;
    }
    return text;
}

QString headersLine(const CodeSource &source)
{
    return Tr::tr("the custom headers %1").arg(quoted(source.headerNames()));
}

// A WorkspaceClient for the connection's host, with the token from DATABRICKS_TOKEN (the
// variable the SDK reads itself, here named so no ~/.databrickscfg profile gets in the way).
CodeValue workspaceClient(const CodeSource &source)
{
    return CodeValue::call(
        u"WorkspaceClient"_s,
        {{u"host"_s, CodeValue::raw(pythonString(urlText(source.workspace)))},
         {u"token"_s, CodeValue::raw(pythonEnvironment(u"DATABRICKS_TOKEN"_s))}});
}

QStringList databricksLines(const CodeSource &source, const QString &package)
{
    return {Tr::tr("Needs: pip install %1").arg(package),
            environmentLine(source, true, u"DATABRICKS_TOKEN"_s), notDatabricksLine(source)};
}

QString streamingLine(const QString &why)
{
    return Tr::tr("streaming: %1").arg(why);
}
} // namespace

CodeSnippet mlflow(const CodeSource &source)
{
    TranslatedBody translated = chatCompletionsBody(source);
    QJsonObject inputs = translated.body;
    inputs.remove("model"_L1);  // the endpoint names the model
    inputs.remove("stream"_L1); // predict_stream() adds it
    inputs.remove("stream_options"_L1);
    QStringList omissions = translated.omissions;
    if (!source.headers.isEmpty())
        omissions << headersLine(source);

    QString code = commentBlock(u"#"_s, databricksLines(source, u"mlflow"_s),
                                u"MLflow Deployments"_s, omissions);
    code += u"import os\n\nfrom mlflow.deployments import get_deploy_client\n\n\n"_s
            + pythonTextOf() + u"\n\n"_s;
    code += u"# "_s + commentText(Tr::tr("The client finds the workspace in DATABRICKS_HOST."))
            + u'\n';
    code += u"os.environ[\"DATABRICKS_HOST\"] = "_s + pythonString(urlText(source.workspace))
            + u'\n';
    code += u"client = get_deploy_client(\"databricks\")\n"_s;
    code += pythonStatement(u"inputs = "_s, jsonLiteral(inputs, CodeLanguage::Python));
    const QString endpoint = pythonString(source.model);
    if (source.streaming) {
        code += u"for chunk in client.predict_stream(endpoint="_s + endpoint
                + u", inputs=inputs):\n"
                  "    choices = chunk.get(\"choices\") or [{}]\n"
                  "    delta = choices[0].get(\"delta\") or {}\n"
                  "    print(text_of(delta.get(\"content\")), end=\"\", flush=True)\n"
                  "print()\n"_s;
    } else {
        code += u"response = client.predict(endpoint="_s + endpoint
                + u", inputs=inputs)\n"
                  "print(text_of(response[\"choices\"][0][\"message\"].get(\"content\")))\n"_s;
    }
    return {code, omissions};
}

CodeSnippet databricksSdk(const CodeSource &source)
{
    const TranslatedBody translated = chatCompletionsBody(source);
    const QJsonObject &body = translated.body;
    QStringList omissions = translated.omissions;

    QList<CodeValue> messages;
    int toolMessages = 0;
    int dropped = 0;
    for (const QJsonValue &value : body.value("messages"_L1).toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value("role"_L1).toString();
        if (message.contains("tool_calls"_L1) || role == "tool"_L1)
            ++toolMessages;
        if (role != "system"_L1 && role != "user"_L1 && role != "assistant"_L1)
            continue;
        const QString text = textOf(message.value("content"_L1), &dropped);
        if (text.isEmpty() && message.contains("tool_calls"_L1))
            continue;
        messages << CodeValue::call(
            u"ChatMessage"_s, {{u"role"_s, CodeValue::raw(u"ChatMessageRole."_s + role.toUpper())},
                               {u"content"_s, CodeValue::raw(pythonString(text))}});
    }
    if (toolMessages > 0)
        omissions << Tr::tr("the tool calls and tool results of the conversation (a ChatMessage "
                            "holds a role and text only)");
    if (dropped > 0)
        omissions << droppedPartsText(dropped);

    QList<CodeValue::Item> arguments{{u"name"_s, CodeValue::raw(pythonString(source.model))},
                                     {u"messages"_s, CodeValue::list(messages)}};
    QList<CodeValue::Item> extra;
    QStringList left;
    bool tools = false;
    for (const QString &key : readingOrder(body)) {
        const QJsonValue value = body.value(key);
        if (key == "model"_L1 || key == "messages"_L1 || key == "stream"_L1
            || key == "stream_options"_L1) {
            continue;
        }
        if (key == "tools"_L1 || key == "tool_choice"_L1 || key == "parallel_tool_calls"_L1) {
            tools = true;
        } else if (key == "max_tokens"_L1 || key == "max_completion_tokens"_L1) {
            arguments.append({u"max_tokens"_s, jsonLiteral(value, CodeLanguage::Python)});
        } else if (key == "temperature"_L1 || key == "n"_L1) {
            arguments.append({key, jsonLiteral(value, CodeLanguage::Python)});
        } else if (key == "stop"_L1) {
            arguments.append({key, jsonLiteral(value.isString() ? QJsonArray{value} : value,
                                               CodeLanguage::Python)});
        } else if (value.isString() || value.isDouble() || value.isBool()) {
            // extra_params is a map of strings in the SDK; the server reads the values.
            const QString text = value.isString() ? value.toString()
                                 : value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s)
                                                  : numberLiteral(value.toDouble());
            extra.append({key, CodeValue::raw(pythonString(text))});
        } else {
            left << key;
        }
    }
    QStringList lines = databricksLines(source, u"databricks-sdk"_s);
    if (!extra.isEmpty()) {
        QStringList names;
        for (const CodeValue::Item &item : std::as_const(extra))
            names << item.first;
        lines << Tr::tr("extra_params carries %1 as text, the only kind of value the SDK takes "
                        "there.")
                     .arg(quoted(names));
        arguments.append({u"extra_params"_s, CodeValue::map(extra)});
    }
    if (tools)
        omissions << Tr::tr("the tool definitions (serving_endpoints.query() takes no tools)");
    if (!left.isEmpty())
        omissions
            << Tr::tr("the parameters %1 (extra_params holds text values only)").arg(quoted(left));
    if (!source.headers.isEmpty())
        omissions << headersLine(source);
    if (source.streaming)
        omissions << streamingLine(Tr::tr("serving_endpoints.query() returns the whole answer"));

    QString code = commentBlock(u"#"_s, lines, Tr::tr("the Databricks SDK"), omissions);
    code += u"import os\n\nfrom databricks.sdk import WorkspaceClient\n"
            "from databricks.sdk.service.serving import ChatMessage, ChatMessageRole\n\n"_s;
    code += pythonStatement(u"w = "_s, workspaceClient(source));
    code += pythonStatement(u"response = "_s,
                            CodeValue::call(u"w.serving_endpoints.query"_s, arguments));
    code += u"print(response.choices[0].message.content)\n"_s;
    return {code, omissions};
}

CodeSnippet langChain(const CodeSource &source)
{
    const TranslatedBody translated = chatCompletionsBody(source);
    const QJsonObject &body = translated.body;
    QStringList omissions = translated.omissions;

    QList<CodeValue::Item> arguments{{u"endpoint"_s, CodeValue::raw(pythonString(source.model))},
                                     {u"workspace_client"_s, workspaceClient(source)}};
    // ChatDatabricks has no base_url: it knows the serving endpoints and the AI Gateway's two
    // routes, by flags.
    const QString base = urlText(source.apiBase);
    const QString workspace = urlText(source.workspace);
    if (base == workspace + u"/ai-gateway/mlflow/v1"_s)
        arguments.append({u"use_ai_gateway"_s, CodeValue::raw(u"True"_s)});
    else if (base == workspace + u"/ai-gateway/openai/v1"_s)
        arguments.append({u"use_ai_gateway_native_api"_s, CodeValue::raw(u"True"_s)});
    else if (base != workspace + u"/serving-endpoints"_s)
        omissions << Tr::tr("the base URL %1 (ChatDatabricks goes to the workspace's serving "
                            "endpoints)")
                         .arg(base);

    // Keywords ChatDatabricks takes itself; other parameters ride in extra_params, which it
    // passes to the OpenAI client's create(): known keywords as they are, others in
    // extra_body, headers in extra_headers.
    static const QSet<QString> createKeywords{
        u"frequency_penalty"_s,
        u"logit_bias"_s,
        u"logprobs"_s,
        u"metadata"_s,
        u"parallel_tool_calls"_s,
        u"presence_penalty"_s,
        u"reasoning_effort"_s,
        u"response_format"_s,
        u"seed"_s,
        u"store"_s,
        u"top_logprobs"_s,
        u"top_p"_s,
        u"user"_s,
    };
    QList<CodeValue::Item> extraParams;
    QList<CodeValue::Item> extraBody;
    for (const QString &key : readingOrder(body)) {
        const QJsonValue value = body.value(key);
        if (key == "model"_L1 || key == "messages"_L1 || key == "stream"_L1
            || key == "stream_options"_L1 || key == "tools"_L1 || key == "tool_choice"_L1) {
            continue;
        }
        if (key == "max_tokens"_L1 || key == "max_completion_tokens"_L1)
            arguments.append({u"max_tokens"_s, jsonLiteral(value, CodeLanguage::Python)});
        else if (key == "temperature"_L1 || key == "n"_L1)
            arguments.append({key, jsonLiteral(value, CodeLanguage::Python)});
        else if (key == "stop"_L1)
            arguments.append({key, jsonLiteral(value.isString() ? QJsonArray{value} : value,
                                               CodeLanguage::Python)});
        else if (createKeywords.contains(key))
            extraParams.append({key, jsonLiteral(value, CodeLanguage::Python)});
        else
            extraBody.append({key, jsonLiteral(value, CodeLanguage::Python)});
    }
    if (!extraBody.isEmpty())
        extraParams.append({u"extra_body"_s, CodeValue::map(extraBody)});
    if (!source.headers.isEmpty())
        extraParams.append({u"extra_headers"_s, pythonHeaders(source.headers)});
    if (!extraParams.isEmpty())
        arguments.append({u"extra_params"_s, CodeValue::map(extraParams)});

    // The conversation as LangChain messages.
    QList<CodeValue> messages;
    QSet<QString> classes;
    int dropped = 0;
    QStringList badArguments;
    for (const QJsonValue &value : body.value("messages"_L1).toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value("role"_L1).toString();
        const CodeValue content
            = CodeValue::raw(pythonString(textOf(message.value("content"_L1), &dropped)));
        QString type;
        QList<CodeValue::Item> fields{{u"content"_s, content}};
        if (role == "system"_L1 || role == "developer"_L1) {
            type = u"SystemMessage"_s;
        } else if (role == "user"_L1) {
            type = u"HumanMessage"_s;
        } else if (role == "tool"_L1) {
            type = u"ToolMessage"_s;
            fields.append({u"tool_call_id"_s,
                           jsonLiteral(message.value("tool_call_id"_L1), CodeLanguage::Python)});
        } else {
            type = u"AIMessage"_s;
            QList<CodeValue> calls;
            for (const QJsonValue &callValue : message.value("tool_calls"_L1).toArray()) {
                const QJsonObject call = callValue.toObject();
                const QJsonObject function = call.value("function"_L1).toObject();
                const QString name = function.value("name"_L1).toString();
                QJsonValue args = function.value("arguments"_L1);
                if (args.isString())
                    args = QJsonDocument::fromJson(args.toString().toUtf8()).object();
                if (!args.isObject()) {
                    badArguments << name;
                    args = QJsonObject();
                }
                calls << CodeValue::map(
                    {{u"name"_s, CodeValue::raw(pythonString(name))},
                     {u"args"_s, jsonLiteral(args, CodeLanguage::Python)},
                     {u"id"_s, jsonLiteral(call.value("id"_L1), CodeLanguage::Python)}});
            }
            if (!calls.isEmpty())
                fields.append({u"tool_calls"_s, CodeValue::list(calls)});
        }
        classes.insert(type);
        messages << CodeValue::call(type, fields);
    }
    if (dropped > 0)
        omissions << droppedPartsText(dropped);
    if (!badArguments.isEmpty())
        omissions << Tr::tr("the arguments of the tool calls %1 (not a JSON object)")
                         .arg(quoted(badArguments));

    QString code = commentBlock(u"#"_s, databricksLines(source, u"databricks-langchain"_s),
                                u"ChatDatabricks"_s, omissions);
    QStringList imported = classes.values();
    imported.sort();
    code += u"import os\n\nfrom databricks.sdk import WorkspaceClient\n"
            "from databricks_langchain import ChatDatabricks\n"_s;
    if (!imported.isEmpty())
        code += u"from langchain_core.messages import "_s + imported.join(u", "_s) + u'\n';
    code += u'\n' + pythonStatement(u"llm = "_s, CodeValue::call(u"ChatDatabricks"_s, arguments));
    if (body.contains("tools"_L1)) {
        QList<CodeValue::Item> bind{
            {QString(), jsonLiteral(body.value("tools"_L1), CodeLanguage::Python)}};
        if (body.contains("tool_choice"_L1))
            bind.append({u"tool_choice"_s,
                         jsonLiteral(body.value("tool_choice"_L1), CodeLanguage::Python)});
        code += pythonStatement(u"llm = "_s, CodeValue::call(u"llm.bind_tools"_s, bind));
    }
    code += pythonStatement(u"messages = "_s, CodeValue::list(messages));
    if (source.streaming) {
        code += u"for chunk in llm.stream(messages):\n"
                "    print(chunk.content, end=\"\", flush=True)\n"
                "print()\n"_s;
    } else {
        code += u"print(llm.invoke(messages).content)\n"_s;
    }
    return {code, omissions};
}

} // namespace Parlance::Export::Snippets
