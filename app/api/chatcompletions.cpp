#include "api/chatcompletions.h"

#include "api/errorbody.h"
#include "core/jsontype.h"
#include "core/wirenumber.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <climits>

namespace Parlance::Api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChatCompletions)
};

using Core::ReplyDelta;

// OpenAI caps n at 128. A larger choice index is broken or hostile, and Reply would allocate
// every choice up to it.
constexpr int MaxChoices = 128;

// Collects the deltas of one payload. A payload whose shape is unusable reports one Protocol
// error (the first problem found), so a broken chunk does not bury the reply in errors.
class Sink
{
public:
    Sink(QList<ReplyDelta> &out, const QByteArray &raw) : m_out(out), m_raw(raw) {}

    void add(ReplyDelta delta) { Core::appendFolded(m_out, std::move(delta)); }

    void problem(const QString &message)
    {
        if (m_reported)
            return;
        m_reported = true;
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Protocol;
        error.message = message;
        error.raw = m_raw;
        m_out.append(ReplyDelta::makeError(std::move(error)));
    }

private:
    QList<ReplyDelta> &m_out;
    const QByteArray &m_raw;
    bool m_reported = false;
};

void wrongType(Sink &sink, QLatin1StringView field, const QJsonValue &value)
{
    if (value.isUndefined())
        sink.problem(Tr::tr("\"%1\" is missing from a chat completion.").arg(field));
    else
        sink.problem(Tr::tr("Unexpected %1 for \"%2\" in a chat completion.")
                         .arg(Core::jsonTypeName(value), field));
}

bool isAbsent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

QString stringOf(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// Databricks (Claude, gpt-oss) typed parts: text, and reasoning whose summary holds
// summary_text {text, signature?}. summary_encrypted_text has nothing to show and is skipped.
void readContentParts(const QJsonArray &parts, int choice, Sink &sink)
{
    for (const QJsonValue &partValue : parts) {
        if (partValue.isString()) { // a list of bare strings: lenient, it is still the answer
            if (!partValue.toString().isEmpty())
                sink.add(ReplyDelta::makeText(partValue.toString(), choice));
            continue;
        }
        if (!partValue.isObject()) {
            wrongType(sink, QLatin1StringView("content[]"), partValue);
            continue;
        }
        const QJsonObject part = partValue.toObject();
        const QString type = stringOf(part, QLatin1StringView("type"));
        if (type == QLatin1StringView("text")) {
            const QString text = stringOf(part, QLatin1StringView("text"));
            if (!text.isEmpty())
                sink.add(ReplyDelta::makeText(text, choice));
        } else if (type == QLatin1StringView("reasoning")) {
            const QJsonArray summary = part.value(QLatin1StringView("summary")).toArray();
            for (const QJsonValue &itemValue : summary) {
                const QJsonObject item = itemValue.toObject();
                if (stringOf(item, QLatin1StringView("type")) != QLatin1StringView("summary_text"))
                    continue;
                const QString text = stringOf(item, QLatin1StringView("text"));
                const QString signature = stringOf(item, QLatin1StringView("signature"));
                if (!text.isEmpty() || !signature.isEmpty())
                    sink.add(ReplyDelta::makeReasoning(text, choice, signature));
            }
        }
        // image and unknown part types carry nothing the reply can hold
    }
}

void readContent(const QJsonValue &content, int choice, Sink &sink)
{
    if (content.isString()) {
        if (!content.toString().isEmpty())
            sink.add(ReplyDelta::makeText(content.toString(), choice));
    } else if (content.isArray()) {
        readContentParts(content.toArray(), choice, sink);
    } else if (!isAbsent(content)) {
        wrongType(sink, QLatin1StringView("content"), content);
    }
}

// Ollama and vLLM say `reasoning`, vLLM also keeps `reasoning_content` as a deprecated copy, and
// kimi/llama.cpp only have `reasoning_content`: take the first one present, never both.
void readReasoningField(const QJsonObject &message, int choice, Sink &sink)
{
    for (QLatin1StringView key :
         {QLatin1StringView("reasoning"), QLatin1StringView("reasoning_content")}) {
        const QString text = stringOf(message, key);
        if (!text.isEmpty()) {
            sink.add(ReplyDelta::makeReasoning(text, choice));
            return;
        }
    }
}

void readToolCalls(const QJsonValue &value, int choice, bool stream, Sink &sink)
{
    if (isAbsent(value))
        return;
    if (!value.isArray()) {
        wrongType(sink, QLatin1StringView("tool_calls"), value);
        return;
    }
    const QJsonArray calls = value.toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (!calls.at(i).isObject()) {
            wrongType(sink, QLatin1StringView("tool_calls[]"), calls.at(i));
            continue;
        }
        const QJsonObject call = calls.at(i).toObject();
        const QJsonValue function = call.value(QLatin1StringView("function"));
        if (!function.isObject() && !isAbsent(function)) {
            wrongType(sink, QLatin1StringView("function"), function);
            continue;
        }
        const QJsonObject fn = function.toObject();
        const QJsonValue arguments = fn.value(QLatin1StringView("arguments"));
        QString argumentText;
        if (arguments.isString()) {
            argumentText = arguments.toString();
        } else if (arguments.isObject() || arguments.isArray()) {
            // Some servers send the parsed object; keep it as the JSON string OpenAI would send.
            argumentText = QString::fromUtf8(
                arguments.isObject()
                    ? QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(arguments.toArray()).toJson(QJsonDocument::Compact));
        } else if (!isAbsent(arguments)) {
            wrongType(sink, QLatin1StringView("arguments"), arguments);
            continue;
        }

        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::ToolCall;
        delta.choice = choice;
        // Stream fragments name their call by `index`; a complete message lists calls in order,
        // and so does a stream whose index is unusable.
        const std::optional<qint64> index
            = stream ? Core::wireInteger(call.value(QLatin1StringView("index")), 0, INT_MAX)
                     : std::nullopt;
        delta.toolIndex = index ? int(*index) : int(i);
        delta.toolCallId = stringOf(call, QLatin1StringView("id"));
        delta.toolName = stringOf(fn, QLatin1StringView("name"));
        delta.text = argumentText;
        if (delta.toolCallId.isEmpty() && delta.toolName.isEmpty() && delta.text.isEmpty())
            continue;
        sink.add(std::move(delta));
    }
}

void readMessage(const QJsonObject &message, int choice, bool stream, Sink &sink)
{
    readReasoningField(message, choice, sink);
    readContent(message.value(QLatin1StringView("content")), choice, sink);
    const QString refusal = stringOf(message, QLatin1StringView("refusal"));
    if (!refusal.isEmpty()) {
        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::Refusal;
        delta.choice = choice;
        delta.text = refusal;
        sink.add(std::move(delta));
    }
    readToolCalls(message.value(QLatin1StringView("tool_calls")), choice, stream, sink);
}

void readChoice(const QJsonValue &value, int position, bool stream, Sink &sink)
{
    if (!value.isObject()) {
        wrongType(sink, QLatin1StringView("choices[]"), value);
        return;
    }
    const QJsonObject choice = value.toObject();
    int index = position;
    const QJsonValue indexValue = choice.value(QLatin1StringView("index"));
    if (indexValue.isDouble()) {
        const std::optional<qint64> number = Core::wireInteger(indexValue, 0, MaxChoices - 1);
        if (!number) {
            sink.problem(Tr::tr("Choice index %1 is out of range.").arg(indexValue.toDouble()));
            return;
        }
        index = int(*number);
    } else if (position >= MaxChoices) {
        sink.problem(Tr::tr("Too many choices in a chat completion."));
        return;
    }

    const QLatin1StringView bodyKey
        = stream ? QLatin1StringView("delta") : QLatin1StringView("message");
    const QJsonValue body = choice.value(bodyKey);
    const QString legacyText = stringOf(choice, QLatin1StringView("text"));
    const QString finish = stringOf(choice, QLatin1StringView("finish_reason"));
    if (body.isObject()) {
        readMessage(body.toObject(), index, stream, sink);
    } else if (!legacyText.isEmpty()) { // completions-style choice (Databricks text_completion)
        sink.add(ReplyDelta::makeText(legacyText, index));
    } else if (!isAbsent(body) || (!stream && finish.isEmpty())) {
        wrongType(sink, bodyKey, body);
        return;
    }

    if (!finish.isEmpty()) {
        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::Finish;
        delta.choice = index;
        delta.text = finish;
        sink.add(std::move(delta));
    }
}

std::optional<ReplyDelta> infoDelta(const QJsonObject &object)
{
    ReplyDelta delta;
    delta.kind = ReplyDelta::Kind::Info;
    delta.responseId = stringOf(object, QLatin1StringView("id"));
    delta.model = stringOf(object, QLatin1StringView("model"));
    if (delta.responseId.isEmpty() && delta.model.isEmpty())
        return std::nullopt;
    return delta;
}

void readUsage(const QJsonObject &object, Sink &sink)
{
    const QJsonValue usage = object.value(QLatin1StringView("usage"));
    if (!usage.isObject())
        return;
    ReplyDelta delta;
    delta.kind = ReplyDelta::Kind::Usage;
    delta.usage = Core::Usage::fromJson(usage.toObject());
    if (!delta.usage.isEmpty())
        sink.add(std::move(delta));
}

// The error a 200 body or a stream event reported, if it is one.
bool readReportedError(const QByteArray &eventType, const QJsonObject &object,
                       const QByteArray &raw, Sink &sink)
{
    std::optional<Core::ApiError> error = streamError(eventType, object);
    if (!error)
        return false;
    error->raw = raw;
    sink.add(ReplyDelta::makeError(std::move(*error)));
    return true;
}

std::optional<QJsonObject> parseObject(const QByteArray &payload, Sink &sink)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // One bad byte from a server should not cost the whole answer: decode it the way the
        // SSE parser does, as U+FFFD, and read the JSON again.
        doc = QJsonDocument::fromJson(QString::fromUtf8(payload).toUtf8(), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError) {
        sink.problem(Tr::tr("Malformed JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        sink.problem(Tr::tr("Expected a JSON object, got an array."));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject textMessage(const QString &role, const QString &text)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), text}};
}

QJsonObject assistantMessageJson(const Core::Message &message)
{
    using Kind = Core::ContentPart::Kind;
    bool signedReasoning = false;
    for (const Core::ContentPart &part : message.parts)
        signedReasoning |= part.kind == Kind::Reasoning && !part.signature.isEmpty();

    QString text;
    QJsonArray typedParts;
    QJsonArray toolCalls;
    for (const Core::ContentPart &part : message.parts) {
        switch (part.kind) {
        case Kind::Text:
        case Kind::Refusal: // what the model said; the next turn needs it as context
            text += part.text;
            // Claude on Databricks rejects empty text blocks.
            if (signedReasoning && !part.text.isEmpty())
                typedParts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"), part.text}});
            break;
        case Kind::Reasoning:
            // Unsigned reasoning cannot be verified by the server; it is display-only.
            if (part.signature.isEmpty())
                break;
            typedParts.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("reasoning")},
                {QStringLiteral("summary"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")},
                                        {QStringLiteral("text"), part.text},
                                        {QStringLiteral("signature"), part.signature}}}}});
            break;
        case Kind::ToolCall:
            toolCalls.append(
                QJsonObject{{QStringLiteral("id"), part.toolCallId},
                            {QStringLiteral("type"), QStringLiteral("function")},
                            {QStringLiteral("function"),
                             QJsonObject{{QStringLiteral("name"), part.toolName},
                                         {QStringLiteral("arguments"), part.toolArguments}}}});
            break;
        }
    }

    QJsonObject json{{QStringLiteral("role"), QStringLiteral("assistant")}};
    if (signedReasoning)
        json.insert(QStringLiteral("content"), typedParts);
    else if (text.isEmpty() && !toolCalls.isEmpty())
        json.insert(QStringLiteral("content"), QJsonValue::Null);
    else
        json.insert(QStringLiteral("content"), text);
    if (!toolCalls.isEmpty())
        json.insert(QStringLiteral("tool_calls"), toolCalls);
    return json;
}

} // namespace

QJsonArray chatMessagesJson(const Core::Conversation &conversation, const QString &systemPrompt)
{
    QJsonArray messages;
    if (!systemPrompt.isEmpty())
        messages.append(textMessage(QStringLiteral("system"), systemPrompt));
    for (const Core::Message &message : conversation.messages()) {
        switch (message.role) {
        case Core::Role::System:
        case Core::Role::User:
            messages.append(textMessage(Core::roleName(message.role), message.text()));
            break;
        case Core::Role::Assistant:
            messages.append(assistantMessageJson(message));
            break;
        case Core::Role::Tool:
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                        {QStringLiteral("tool_call_id"), message.toolCallId},
                                        {QStringLiteral("content"), message.text()}});
            break;
        }
    }
    return messages;
}

void mergeExtraParams(QJsonObject &body, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.value().isNull())
            body.remove(it.key()); // lets the user drop a field we would send
        else
            body.insert(it.key(), it.value());
    }
}

QJsonObject chatCompletionsBody(const QString &model, const Core::Conversation &conversation,
                                const Core::GenerationParams &params, bool withStreamOptions)
{
    QJsonObject body;
    if (!model.isEmpty())
        body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), chatMessagesJson(conversation, params.systemPrompt));
    // max_tokens, not max_completion_tokens: Databricks, vLLM, Ollama and llama.cpp all take it.
    if (params.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *params.maxTokens);
    if (params.temperature)
        body.insert(QStringLiteral("temperature"), *params.temperature);
    if (params.topP)
        body.insert(QStringLiteral("top_p"), *params.topP);
    if (!params.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(params.stop));
    if (params.stream) {
        body.insert(QStringLiteral("stream"), true);
        if (withStreamOptions)
            body.insert(QStringLiteral("stream_options"),
                        QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    mergeExtraParams(body, params.extra);
    return body;
}

Core::HttpRequest jsonPostRequest(const QUrl &url, const QJsonObject &body, bool streaming)
{
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers
        = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
           {QByteArrayLiteral("Accept"), streaming ? QByteArrayLiteral("text/event-stream")
                                                   : QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.streaming = streaming;
    return request;
}

Core::HttpRequest buildChatCompletionsRequest(const QUrl &url, const QString &model,
                                              const Core::Conversation &conversation,
                                              const Core::GenerationParams &params)
{
    return jsonPostRequest(url, chatCompletionsBody(model, conversation, params, true),
                           params.stream);
}

QList<Core::ReplyDelta> parseChatCompletionsBody(const QByteArray &body)
{
    QList<ReplyDelta> out;
    Sink sink(out, body);
    const std::optional<QJsonObject> object = parseObject(body, sink);
    if (!object)
        return out;
    if (readReportedError({}, *object, body, sink))
        return out;

    const QJsonValue choices = object->value(QLatin1StringView("choices"));
    if (!choices.isArray()) {
        wrongType(sink, QLatin1StringView("choices"), choices);
        return out;
    }
    if (auto info = infoDelta(*object))
        sink.add(std::move(*info));
    const QJsonArray list = choices.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readChoice(list.at(i), int(qMin<qsizetype>(i, MaxChoices)), false, sink);
    readUsage(*object, sink);
    return out;
}

QList<Core::ReplyDelta> ChatCompletionsStreamDecoder::decode(const Core::SseEvent &event)
{
    QList<ReplyDelta> out;
    decode(event, out);
    return out;
}

void ChatCompletionsStreamDecoder::decode(const Core::SseEvent &event, QList<ReplyDelta> &out)
{
    const QByteArrayView trimmed = QByteArrayView(event.data).trimmed();

    if (event.type.size() == 5 && event.type == "error") {
        // openai-node treats a named error event as an error whatever its payload looks like.
        const QByteArray data = trimmed.toByteArray();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        Core::ApiError error;
        if (doc.isObject()) {
            error = *streamError(event.type, doc.object());
        } else {
            error.kind = Core::ApiError::Kind::Stream;
            error.message = data.isEmpty() ? Tr::tr("The server reported an error in the stream.")
                                           : QString::fromUtf8(data);
        }
        error.raw = event.data;
        out.append(ReplyDelta::makeError(std::move(error)));
        return;
    }
    if (trimmed.size() == 6 && trimmed == "[DONE]") {
        m_finished = true;
        return;
    }
    // Keep-alive frames, and blocks whose only field a parser dropped (llama.cpp's `error:`).
    if (trimmed.isEmpty())
        return;

    if (m_path == Path::Fast) {
        bool infoPending = !m_sentInfo;
        if (m_fastReader.decode(event.data, trimmed, infoPending, out)
            == FastChunkResult::Decoded) {
            m_sentInfo = !infoPending;
            return;
        }
    }

    Sink sink(out, event.data);
    // Usually nothing was trimmed, and the payload is parsed without a copy.
    const QByteArray data
        = trimmed.size() == event.data.size() ? event.data : trimmed.toByteArray();
    const std::optional<QJsonObject> object = parseObject(data, sink);
    if (!object)
        return;
    if (readReportedError(event.type, *object, event.data, sink))
        return;

    if (!m_sentInfo) {
        if (auto info = infoDelta(*object)) {
            sink.add(std::move(*info));
            m_sentInfo = true;
        }
    }
    const QJsonValue choices = object->value(QLatin1StringView("choices"));
    if (choices.isArray()) {
        const QJsonArray list = choices.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            readChoice(list.at(i), int(qMin<qsizetype>(i, MaxChoices)), true, sink);
    } else if (!isAbsent(choices) || !object->value(QLatin1StringView("usage")).isObject()) {
        // A chunk may omit choices only when it carries usage (the include_usage chunk).
        wrongType(sink, QLatin1StringView("choices"), choices);
    }
    // Databricks repeats cumulative usage on every chunk: each report replaces the last.
    readUsage(*object, sink);
}

} // namespace Parlance::Api
