#include "export/codesource.h"

#include "export/codegenerator.h"
#include "export/codeliterals.h"
#include "export/curlcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parlance::Export {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Code)
};

// Headers every client sets itself (or that describe one connection only): copying them would
// at best repeat the client, at worst contradict it.
bool isLeftToClient(const QByteArray &name)
{
    static const char *const names[] = {
        "authorization",   "proxy-authorization",
        "content-type",    "accept",
        "user-agent",      "host",
        "content-length",  "connection",
        "accept-encoding", "transfer-encoding",
        "expect",
    };
    for (const char *n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl withPath(QUrl url, QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QUrl origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo);
}

std::optional<Core::ApiKind> apiFromPath(const QString &path)
{
    if (path.endsWith(u"/chat/completions"_s))
        return Core::ApiKind::ChatCompletions;
    if (path.endsWith(u"/responses"_s))
        return Core::ApiKind::Responses;
    if (path.contains(u"/serving-endpoints/"_s) && path.endsWith(u"/invocations"_s))
        return Core::ApiKind::Invocations;
    return std::nullopt;
}

QString textOf(const QJsonValue &content, int *dropped)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        if (part.isString()) {
            text += part.toString();
            continue;
        }
        const QJsonObject object = part.toObject();
        const QString type = object.value("type"_L1).toString();
        if (type == "text"_L1 || type == "input_text"_L1 || type == "output_text"_L1)
            text += object.value("text"_L1).toString();
        else
            ++*dropped;
    }
    return text;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QString droppedPartsText(int count)
{
    // No %n plural: without a loaded translation it would print "part(s)".
    return count == 1
               ? Tr::tr("one content part other than text (an image, a file, reasoning)")
               : Tr::tr("%1 content parts other than text (images, files, reasoning)").arg(count);
}

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'"' + commentText(name) + u'"';
    return quoted.join(u", "_s);
}

// Parameters only one of the two APIs has, and which cannot be rewritten for the other.
const QStringList &responsesOnlyKeys()
{
    static const QStringList keys{
        u"background"_s,           u"conversation"_s, u"include"_s,        u"max_tool_calls"_s,
        u"previous_response_id"_s, u"prompt"_s,       u"stream_options"_s, u"truncation"_s};
    return keys;
}

class ChatToResponses
{
public:
    explicit ChatToResponses(const CodeSource &source) : m_source(source) {}

    TranslatedBody run()
    {
        const QJsonObject &chat = m_source.body;
        m_out.insert("model"_L1, m_source.model);
        translateMessages(chat.value("messages"_L1).toArray());
        for (auto it = chat.constBegin(); it != chat.constEnd(); ++it)
            translateParameter(it.key(), it.value());
        if (m_droppedParts > 0)
            m_omissions << droppedPartsText(m_droppedParts);
        return {m_out, m_omissions};
    }

private:
    void translateMessages(const QJsonArray &messages)
    {
        QJsonArray items;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject message = messages.at(i).toObject();
            const QString role = message.value("role"_L1).toString();
            const QJsonValue content = message.value("content"_L1);
            if (i == 0 && role == "system"_L1) {
                m_out.insert("instructions"_L1, textOf(content, &m_droppedParts));
                continue;
            }
            if (role == "tool"_L1) {
                items.append(QJsonObject{{"type"_L1, "function_call_output"_L1},
                                         {"call_id"_L1, message.value("tool_call_id"_L1)},
                                         {"output"_L1, textOf(content, &m_droppedParts)}});
                continue;
            }
            const QString text = textOf(content, &m_droppedParts);
            if (!text.isEmpty() || role != "assistant"_L1)
                items.append(QJsonObject{{"role"_L1, role}, {"content"_L1, text}});
            for (const QJsonValue &callValue : message.value("tool_calls"_L1).toArray()) {
                const QJsonObject call = callValue.toObject();
                const QJsonObject function = call.value("function"_L1).toObject();
                items.append(
                    QJsonObject{{"type"_L1, "function_call"_L1},
                                {"call_id"_L1, call.value("id"_L1)},
                                {"name"_L1, function.value("name"_L1)},
                                {"arguments"_L1, jsonText(function.value("arguments"_L1))}});
            }
        }
        // One user turn goes as a plain string, as Parlance itself sends it.
        if (items.size() == 1 && items.first().toObject().value("role"_L1) == "user"_L1)
            m_out.insert("input"_L1, items.first().toObject().value("content"_L1));
        else
            m_out.insert("input"_L1, items);
    }

    void translateParameter(const QString &key, const QJsonValue &value)
    {
        if (key == "model"_L1 || key == "messages"_L1 || key == "stream_options"_L1)
            return; // usage always comes with a Responses stream
        if (key == "max_tokens"_L1 || key == "max_completion_tokens"_L1) {
            m_out.insert("max_output_tokens"_L1, value);
        } else if (key == "stop"_L1) {
            m_omissions << Tr::tr("the stop sequences (the Responses API has no stop parameter)");
        } else if (key == "n"_L1) {
            m_omissions << Tr::tr("n (the Responses API gives one answer)");
        } else if (key == "tools"_L1) {
            QJsonArray tools;
            for (const QJsonValue &toolValue : value.toArray()) {
                QJsonObject tool = toolValue.toObject();
                if (tool.value("type"_L1) == "function"_L1 && tool.contains("function"_L1)) {
                    const QJsonObject function = tool.take("function"_L1).toObject();
                    for (auto it = function.constBegin(); it != function.constEnd(); ++it)
                        tool.insert(it.key(), it.value());
                }
                tools.append(tool);
            }
            m_out.insert("tools"_L1, tools);
        } else if (key == "tool_choice"_L1 && value.isObject()) {
            const QJsonObject choice = value.toObject();
            const QJsonValue name = choice.value("function"_L1).toObject().value("name"_L1);
            m_out.insert(key, name.isString() ? QJsonValue(
                                  QJsonObject{{"type"_L1, "function"_L1}, {"name"_L1, name}})
                                              : value);
        } else if (key == "response_format"_L1) {
            QJsonObject format = value.toObject();
            if (format.contains("json_schema"_L1)) {
                const QJsonObject schema = format.take("json_schema"_L1).toObject();
                for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
                    format.insert(it.key(), it.value());
            }
            m_out.insert("text"_L1, QJsonObject{{"format"_L1, format}});
        } else if (key == "reasoning_effort"_L1) {
            m_out.insert("reasoning"_L1, QJsonObject{{"effort"_L1, value}});
        } else {
            m_out.insert(key, value); // temperature, top_p, stream, and whatever the user added
        }
    }

    const CodeSource &m_source;
    QJsonObject m_out;
    QStringList m_omissions;
    int m_droppedParts = 0;
};

class ResponsesToChat
{
public:
    explicit ResponsesToChat(const CodeSource &source) : m_source(source) {}

    TranslatedBody run()
    {
        const QJsonObject &responses = m_source.body;
        m_out.insert("model"_L1, m_source.model);
        translateInput(responses.value("instructions"_L1), responses.value("input"_L1));
        for (auto it = responses.constBegin(); it != responses.constEnd(); ++it)
            translateParameter(it.key(), it.value());
        if (m_droppedParts > 0)
            m_omissions << droppedPartsText(m_droppedParts);
        if (!m_droppedItems.isEmpty())
            m_omissions
                << Tr::tr("the conversation's items of type %1").arg(quotedList(m_droppedItems));
        if (!m_droppedParameters.isEmpty())
            m_omissions << Tr::tr("the Responses parameters %1 (Chat Completions has no place "
                                  "for them)")
                               .arg(quotedList(m_droppedParameters));
        return {m_out, m_omissions};
    }

private:
    void translateInput(const QJsonValue &instructions, const QJsonValue &input)
    {
        QJsonArray messages;
        if (instructions.isString() && !instructions.toString().isEmpty())
            messages.append(QJsonObject{{"role"_L1, "system"_L1}, {"content"_L1, instructions}});
        if (input.isString())
            messages.append(QJsonObject{{"role"_L1, "user"_L1}, {"content"_L1, input}});
        for (const QJsonValue &itemValue : input.toArray()) {
            const QJsonObject item = itemValue.toObject();
            const QString type = item.value("type"_L1).toString();
            if (type == "function_call"_L1) {
                const QJsonObject call{
                    {"id"_L1, item.value("call_id"_L1)},
                    {"type"_L1, "function"_L1},
                    {"function"_L1,
                     QJsonObject{{"name"_L1, item.value("name"_L1)},
                                 {"arguments"_L1, jsonText(item.value("arguments"_L1))}}}};
                QJsonObject last = messages.isEmpty() ? QJsonObject() : messages.last().toObject();
                if (last.value("role"_L1) == "assistant"_L1) {
                    QJsonArray calls = last.value("tool_calls"_L1).toArray();
                    calls.append(call);
                    last.insert("tool_calls"_L1, calls);
                    messages.replace(messages.size() - 1, last);
                } else {
                    messages.append(QJsonObject{{"role"_L1, "assistant"_L1},
                                                {"content"_L1, QJsonValue::Null},
                                                {"tool_calls"_L1, QJsonArray{call}}});
                }
            } else if (type == "function_call_output"_L1) {
                messages.append(QJsonObject{{"role"_L1, "tool"_L1},
                                            {"tool_call_id"_L1, item.value("call_id"_L1)},
                                            {"content"_L1, jsonText(item.value("output"_L1))}});
            } else if (item.contains("role"_L1) && (type.isEmpty() || type == "message"_L1)) {
                QString role = item.value("role"_L1).toString();
                if (role == "developer"_L1)
                    role = u"system"_s;
                messages.append(
                    QJsonObject{{"role"_L1, role},
                                {"content"_L1, textOf(item.value("content"_L1), &m_droppedParts)}});
            } else if (!m_droppedItems.contains(type)) {
                m_droppedItems << type;
            }
        }
        m_out.insert("messages"_L1, messages);
    }

    void translateParameter(const QString &key, const QJsonValue &value)
    {
        if (key == "model"_L1 || key == "input"_L1 || key == "instructions"_L1)
            return;
        if (key == "max_output_tokens"_L1) {
            m_out.insert("max_tokens"_L1, value);
        } else if (key == "tools"_L1) {
            QJsonArray tools;
            QStringList dropped;
            for (const QJsonValue &toolValue : value.toArray()) {
                QJsonObject tool = toolValue.toObject();
                const QString type = tool.value("type"_L1).toString();
                if (type != "function"_L1) {
                    dropped << type;
                    continue;
                }
                if (tool.contains("function"_L1)) { // already in Chat Completions form
                    tools.append(tool);
                    continue;
                }
                tool.remove("type"_L1);
                tools.append(QJsonObject{{"type"_L1, "function"_L1}, {"function"_L1, tool}});
            }
            if (!tools.isEmpty())
                m_out.insert("tools"_L1, tools);
            if (!dropped.isEmpty())
                m_omissions << Tr::tr("the tools of type %1 (Chat Completions only takes "
                                      "functions)")
                                   .arg(quotedList(dropped));
        } else if (key == "tool_choice"_L1 && value.isObject()) {
            const QJsonValue name = value.toObject().value("name"_L1);
            if (name.isString())
                m_out.insert(key, QJsonObject{{"type"_L1, "function"_L1},
                                              {"function"_L1, QJsonObject{{"name"_L1, name}}}});
            else
                m_droppedParameters << key;
        } else if (key == "text"_L1) {
            QJsonObject format = value.toObject().value("format"_L1).toObject();
            const QString type = format.value("type"_L1).toString();
            if (type == "json_schema"_L1) {
                format.remove("type"_L1);
                m_out.insert("response_format"_L1,
                             QJsonObject{{"type"_L1, type}, {"json_schema"_L1, format}});
            } else if (type == "json_object"_L1) {
                m_out.insert("response_format"_L1, QJsonObject{{"type"_L1, type}});
            } else if (!format.isEmpty() && type != "text"_L1) {
                m_droppedParameters << key;
            }
        } else if (key == "reasoning"_L1) {
            const QJsonValue effort = value.toObject().value("effort"_L1);
            if (effort.isString())
                m_out.insert("reasoning_effort"_L1, effort);
            if (value.toObject().size() > (effort.isString() ? 1 : 0))
                m_droppedParameters << key;
        } else if (responsesOnlyKeys().contains(key)) {
            m_droppedParameters << key;
        } else {
            m_out.insert(key, value);
        }
    }

    const CodeSource &m_source;
    QJsonObject m_out;
    QStringList m_omissions;
    QStringList m_droppedItems;
    QStringList m_droppedParameters;
    int m_droppedParts = 0;
};

} // namespace

QString tokenVariableFor(const Core::Connection &connection)
{
    return connection.kind == Core::Connection::Kind::Databricks ? u"DATABRICKS_TOKEN"_s
                                                                 : u"OPENAI_API_KEY"_s;
}

CodeSource CodeSource::from(const Core::HttpRequest &request, const Core::Connection &connection)
{
    CodeSource source;
    source.request = request;
    source.connection = connection;
    source.auth = connection.auth;
    source.tokenVariable = tokenVariableFor(connection);

    const QString path = request.url.path(QUrl::FullyEncoded);
    source.api = request.api ? request.api : apiFromPath(path);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    source.bodyIsJson = error.error == QJsonParseError::NoError && document.isObject();
    source.body = document.object();
    if (!source.bodyIsJson)
        source.api.reset(); // a chat client needs the body's fields

    source.streaming = request.streaming || source.body.value("stream"_L1).toBool();

    const qsizetype serving = path.indexOf(u"/serving-endpoints/"_s);
    if (source.api == Core::ApiKind::Invocations && serving >= 0) {
        const qsizetype nameStart = serving + qsizetype(sizeof("/serving-endpoints/")) - 1;
        const qsizetype nameEnd = path.lastIndexOf(u"/invocations"_s);
        source.model = QUrl::fromPercentEncoding(path.mid(nameStart, nameEnd - nameStart).toUtf8());
        source.apiBase = withPath(request.url, path.left(serving) + u"/serving-endpoints"_s);
    } else {
        source.model = source.body.value("model"_L1).toString();
        const QString suffix
            = source.api == Core::ApiKind::Responses ? u"/responses"_s : u"/chat/completions"_s;
        source.apiBase = source.api && path.endsWith(suffix)
                             ? withPath(request.url, path.chopped(suffix.size()))
                             : connection.apiBase();
    }

    const bool databricks = connection.kind == Core::Connection::Kind::Databricks;
    source.workspace = databricks && connection.host.isValid() && !connection.host.isEmpty()
                           ? withPath(connection.host, connection.host.path(QUrl::FullyEncoded))
                           : origin(request.url);

    auto add = [&source, &connection](const Core::HttpHeader &header) {
        if (isLeftToClient(header.first))
            return;
        for (const CodeHeader &known : std::as_const(source.headers)) {
            if (known.name.compare(QString::fromLatin1(header.first), Qt::CaseInsensitive) == 0)
                return;
        }
        CodeHeader h;
        h.name = QString::fromLatin1(header.first);
        if (connection.isSecretHeader(header.first))
            h.variable = headerVariableFor(header.first);
        else
            h.value = QString::fromUtf8(header.second);
        source.headers.append(h);
    };
    for (const Core::HttpHeader &header : request.headers)
        add(header);
    for (const Core::HttpHeader &header : connection.extraHeaders)
        add(header);
    return source;
}

QUrl CodeSource::invocationsUrl() const
{
    if (api == Core::ApiKind::Invocations)
        return request.url.adjusted(QUrl::RemoveUserInfo);
    return withPath(workspace, workspace.path(QUrl::FullyEncoded) + u"/serving-endpoints/"_s
                                   + QString::fromLatin1(QUrl::toPercentEncoding(model))
                                   + u"/invocations"_s);
}

QStringList CodeSource::headerNames() const
{
    QStringList names;
    for (const CodeHeader &header : headers)
        names << header.name;
    return names;
}

QStringList CodeSource::secretVariables() const
{
    QStringList variables;
    for (const CodeHeader &header : headers) {
        if (!header.variable.isEmpty())
            variables << header.variable;
    }
    return variables;
}

TranslatedBody chatCompletionsBody(const CodeSource &source)
{
    if (source.api == Core::ApiKind::Responses)
        return ResponsesToChat(source).run();
    QJsonObject body = source.body;
    body.insert("model"_L1, source.model);
    return {body, {}};
}

TranslatedBody responsesBody(const CodeSource &source)
{
    if (source.api == Core::ApiKind::Responses) {
        QJsonObject body = source.body;
        body.insert("model"_L1, source.model);
        return {body, {}};
    }
    return ChatToResponses(source).run();
}

} // namespace Parlance::Export
