#include "api/responses.h"

#include "api/chatcompletions.h"
#include "api/errorbody.h"
#include "core/wirenumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>

namespace Parlance::Api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResponsesDialect)
};

using Core::ReplyDelta;

bool isSingleUserTextTurn(const Core::Conversation &conversation)
{
    if (conversation.size() != 1)
        return false;
    const Core::Message &message = conversation.messages().constFirst();
    if (message.role != Core::Role::User)
        return false;
    for (const Core::ContentPart &part : message.parts) {
        if (part.kind != Core::ContentPart::Kind::Text)
            return false;
    }
    return true;
}

QJsonObject messageItem(const QString &role, const QString &text)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), text}};
}

// An output, content or summary index; one that is missing or out of range is the first.
int indexField(const QJsonObject &object, QLatin1StringView key)
{
    return int(Core::wireInteger(object.value(key), 0, INT_MAX).value_or(0));
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

// OpenAI sends string codes, llama.cpp and vLLM integers.
QString codeString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const std::optional<qint64> number = Core::wireInteger(value, -Core::MaxJsonInteger))
        return QString::number(*number);
    return {};
}

ReplyDelta protocolError(const QString &message, const QByteArray &raw)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Protocol;
    error.message = message;
    error.raw = raw;
    return ReplyDelta::makeError(error);
}

ReplyDelta failedError(const QJsonObject &object, const QString &fallbackMessage,
                       const QByteArray &raw)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Stream;
    error.code = codeString(object.value(QLatin1StringView("code")));
    error.type = stringField(object, QLatin1StringView("type"));
    if (error.type == QLatin1StringView("error"))
        error.type.clear(); // the event's own type in a flat payload, not an error category
    error.message = stringField(object, QLatin1StringView("message"));
    error.param = stringField(object, QLatin1StringView("param"));
    if (error.message.isEmpty())
        error.message = fallbackMessage;
    error.raw = raw;
    return ReplyDelta::makeError(error);
}

ReplyDelta finishDelta(const QString &reason)
{
    ReplyDelta delta;
    delta.kind = ReplyDelta::Kind::Finish;
    delta.text = reason;
    return delta;
}

void appendInfo(QList<ReplyDelta> &out, const QJsonObject &response)
{
    ReplyDelta delta;
    delta.kind = ReplyDelta::Kind::Info;
    delta.responseId = stringField(response, QLatin1StringView("id"));
    delta.model = stringField(response, QLatin1StringView("model"));
    if (!delta.responseId.isEmpty() || !delta.model.isEmpty())
        out.append(delta);
}

bool hasFunctionCall(const QJsonObject &response)
{
    const QJsonArray output = response.value(QLatin1StringView("output")).toArray();
    for (const QJsonValue &item : output) {
        if (item.toObject().value(QLatin1StringView("type")).toString()
            == QLatin1StringView("function_call"))
            return true;
    }
    return false;
}

// The Chat Completions spelling, so every dialect reports a cut-off answer the same way.
QString incompleteFinishReason(const QJsonObject &response)
{
    const QString reason = response.value(QLatin1StringView("incomplete_details"))
                               .toObject()
                               .value(QLatin1StringView("reason"))
                               .toString();
    if (reason.isEmpty() || reason == QLatin1StringView("max_output_tokens")
        || reason == QLatin1StringView("max_tokens"))
        return QStringLiteral("length");
    return reason;
}

} // namespace

QJsonValue responsesInputJson(const Core::Conversation &conversation)
{
    if (isSingleUserTextTurn(conversation))
        return conversation.messages().constFirst().text();

    QJsonArray items;
    for (const Core::Message &message : conversation.messages()) {
        switch (message.role) {
        case Core::Role::System:
        case Core::Role::User:
            items.append(messageItem(Core::roleName(message.role), message.text()));
            break;
        case Core::Role::Assistant: {
            // Reasoning is not sent back: Responses only takes reasoning items by the id (or
            // encrypted content) the server issued, which a text-only reasoning part lacks.
            const QString text = message.text();
            if (!text.isEmpty())
                items.append(messageItem(QStringLiteral("assistant"), text));
            for (const Core::ContentPart &part : message.parts) {
                if (part.kind != Core::ContentPart::Kind::ToolCall)
                    continue;
                items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                         {QStringLiteral("call_id"), part.toolCallId},
                                         {QStringLiteral("name"), part.toolName},
                                         {QStringLiteral("arguments"), part.toolArguments}});
            }
            break;
        }
        case Core::Role::Tool:
            items.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                            {QStringLiteral("call_id"), message.toolCallId},
                            {QStringLiteral("output"), message.text()}});
            break;
        }
    }
    return items;
}

Core::HttpRequest buildResponsesRequest(const QUrl &url, const QString &model,
                                        const Core::Conversation &conversation,
                                        const Core::GenerationParams &params)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("input"), responsesInputJson(conversation));
    if (!params.systemPrompt.isEmpty())
        body.insert(QStringLiteral("instructions"), params.systemPrompt);
    if (params.maxTokens)
        body.insert(QStringLiteral("max_output_tokens"), *params.maxTokens);
    if (params.temperature)
        body.insert(QStringLiteral("temperature"), *params.temperature);
    if (params.topP)
        body.insert(QStringLiteral("top_p"), *params.topP);
    if (params.stream)
        body.insert(QStringLiteral("stream"), true);
    mergeExtraParams(body, params.extra); // a null in extra removes the key

    Core::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    // extra may have switched streaming on or off: the body decides what comes back.
    request.streaming = body.value(QLatin1StringView("stream")).toBool();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), request.streaming ? QByteArrayLiteral("text/event-stream")
                                                        : QByteArrayLiteral("application/json")},
    };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QList<Core::ReplyDelta> parseResponsesBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {protocolError(Tr::tr("The response body is not a JSON object."), body)};
    const QJsonObject response = document.object();
    // A failed response may legitimately come without output; anything else without it is
    // not a Responses body at all (a chat completion sent to the wrong parser, say).
    if (!response.value(QLatin1StringView("output")).isArray()
        && response.value(QLatin1StringView("status")).toString() != QLatin1StringView("failed"))
        return {protocolError(Tr::tr("The response body has no output."), body)};

    ResponsesStreamDecoder decoder;
    QList<Core::ReplyDelta> out;
    decoder.finishResponse(out, response, QStringLiteral("completed"), body);
    return out;
}

quint64 ResponsesStreamDecoder::segmentKey(int outputIndex, Segment segment, int subIndex)
{
    return (quint64(quint32(outputIndex)) << 32) | (quint64(segment) << 24)
           | quint64(quint32(subIndex) & 0xFFFFFFu);
}

void ResponsesStreamDecoder::appendSegment(QList<Core::ReplyDelta> &out, int outputIndex,
                                           Segment segment, int subIndex, const QString &piece)
{
    if (piece.isEmpty())
        return;
    QString &received = m_received[segmentKey(outputIndex, segment, subIndex)];
    const bool startsPart = received.isEmpty();
    received += piece;
    m_sawContent = true;

    switch (segment) {
    case Segment::Text:
        out.append(ReplyDelta::makeText(piece));
        break;
    case Segment::Refusal: {
        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::Refusal;
        delta.text = piece;
        out.append(delta);
        break;
    }
    case Segment::Summary:
    case Segment::ReasoningText:
        out.append(ReplyDelta::makeReasoning(
            startsPart && m_sawReasoning ? QStringLiteral("\n\n") + piece : piece));
        m_sawReasoning = true;
        break;
    case Segment::Arguments: {
        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::ToolCall;
        delta.toolIndex = m_toolByOutput.value(outputIndex).index;
        delta.text = piece;
        out.append(delta);
        break;
    }
    }
}

void ResponsesStreamDecoder::completeSegment(QList<Core::ReplyDelta> &out, int outputIndex,
                                             Segment segment, int subIndex, const QString &full)
{
    const auto it = m_received.constFind(segmentKey(outputIndex, segment, subIndex));
    const qsizetype have = it == m_received.cend() ? 0 : it->size();
    if (full.size() <= have)
        return;
    // A full copy that disagrees with what the deltas said would garble the text: what the
    // user already saw stands.
    if (have > 0 && !QStringView(full).startsWith(*it))
        return;
    appendSegment(out, outputIndex, segment, subIndex, full.mid(have));
}

void ResponsesStreamDecoder::ensureTool(QList<Core::ReplyDelta> &out, int outputIndex,
                                        const QString &callId, const QString &name)
{
    auto it = m_toolByOutput.find(outputIndex);
    ReplyDelta delta;
    delta.kind = ReplyDelta::Kind::ToolCall;
    if (it == m_toolByOutput.end()) {
        ToolState state;
        state.index = int(m_toolByOutput.size());
        state.hasId = !callId.isEmpty();
        state.hasName = !name.isEmpty();
        m_toolByOutput.insert(outputIndex, state);
        delta.toolIndex = state.index;
        delta.toolCallId = callId;
        delta.toolName = name;
        out.append(delta);
        m_sawContent = true;
        return;
    }
    const bool newId = !callId.isEmpty() && !it->hasId;
    const bool newName = !name.isEmpty() && !it->hasName;
    if (!newId && !newName)
        return;
    it->hasId = it->hasId || newId;
    it->hasName = it->hasName || newName;
    delta.toolIndex = it->index;
    delta.toolCallId = newId ? callId : QString();
    delta.toolName = newName ? name : QString();
    out.append(delta);
}

void ResponsesStreamDecoder::completePart(QList<Core::ReplyDelta> &out, int outputIndex,
                                          int contentIndex, const QJsonObject &part)
{
    const QString type = stringField(part, QLatin1StringView("type"));
    if (type == QLatin1StringView("output_text"))
        completeSegment(out, outputIndex, Segment::Text, contentIndex,
                        stringField(part, QLatin1StringView("text")));
    else if (type == QLatin1StringView("refusal"))
        completeSegment(out, outputIndex, Segment::Refusal, contentIndex,
                        stringField(part, QLatin1StringView("refusal")));
    else if (type == QLatin1StringView("reasoning_text"))
        completeSegment(out, outputIndex, Segment::ReasoningText, contentIndex,
                        stringField(part, QLatin1StringView("text")));
}

void ResponsesStreamDecoder::completeItem(QList<Core::ReplyDelta> &out, int outputIndex,
                                          const QJsonObject &item)
{
    const QString type = stringField(item, QLatin1StringView("type"));
    if (type == QLatin1StringView("message")) {
        const QJsonArray content = item.value(QLatin1StringView("content")).toArray();
        for (qsizetype i = 0; i < content.size(); ++i)
            completePart(out, outputIndex, int(i), content.at(i).toObject());
    } else if (type == QLatin1StringView("reasoning")) {
        const QJsonArray summary = item.value(QLatin1StringView("summary")).toArray();
        for (qsizetype i = 0; i < summary.size(); ++i)
            completeSegment(out, outputIndex, Segment::Summary, int(i),
                            stringField(summary.at(i).toObject(), QLatin1StringView("text")));
        const QJsonArray content = item.value(QLatin1StringView("content")).toArray();
        for (qsizetype i = 0; i < content.size(); ++i)
            completePart(out, outputIndex, int(i), content.at(i).toObject());
    } else if (type == QLatin1StringView("function_call")) {
        ensureTool(out, outputIndex, stringField(item, QLatin1StringView("call_id")),
                   stringField(item, QLatin1StringView("name")));
        completeSegment(out, outputIndex, Segment::Arguments, 0,
                        stringField(item, QLatin1StringView("arguments")));
    }
    // Built-in tool items (web search, code interpreter, MCP...) have nothing to show here.
}

void ResponsesStreamDecoder::finishResponse(QList<Core::ReplyDelta> &out,
                                            const QJsonObject &response,
                                            const QString &fallbackStatus, const QByteArray &raw)
{
    appendInfo(out, response);
    if (!m_sawContent) {
        const QJsonArray output = response.value(QLatin1StringView("output")).toArray();
        for (qsizetype i = 0; i < output.size(); ++i)
            completeItem(out, int(i), output.at(i).toObject());
    }

    const QJsonValue usage = response.value(QLatin1StringView("usage"));
    if (usage.isObject()) {
        ReplyDelta delta;
        delta.kind = ReplyDelta::Kind::Usage;
        delta.usage = Core::Usage::fromJson(usage.toObject());
        out.append(delta);
    }

    QString status = stringField(response, QLatin1StringView("status"));
    if (status.isEmpty())
        status = fallbackStatus;
    if (status == QLatin1StringView("completed")) {
        const bool tools = !m_toolByOutput.isEmpty() || hasFunctionCall(response);
        out.append(finishDelta(tools ? QStringLiteral("tool_calls") : QStringLiteral("stop")));
    } else if (status == QLatin1StringView("incomplete")) {
        out.append(finishDelta(incompleteFinishReason(response)));
    } else if (status == QLatin1StringView("failed")) {
        out.append(failedError(response.value(QLatin1StringView("error")).toObject(),
                               Tr::tr("The model failed to generate a response."), raw));
    } else if (status == QLatin1StringView("cancelled")) {
        out.append(finishDelta(status));
    }
    // queued / in_progress: a background response polled too early has no finish yet.
}

QList<Core::ReplyDelta> ResponsesStreamDecoder::decode(const Core::SseEvent &event)
{
    QList<Core::ReplyDelta> out;
    const QByteArray data = event.data.trimmed();
    if (data == QByteArrayLiteral("[DONE]")) {
        m_finished = true;
        return out;
    }
    if (data.isEmpty())
        return out; // keep-alive, or an event that carries nothing

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.append(protocolError(Tr::tr("The server sent an event that is not valid JSON: %1.")
                                     .arg(parseError.errorString()),
                                 event.data));
        return out;
    }
    if (!document.isObject()) {
        out.append(protocolError(Tr::tr("The server sent an event that is not a JSON object."),
                                 event.data));
        return out;
    }
    const QJsonObject payload = document.object();
    QString type = QString::fromUtf8(event.type);
    if (type.isEmpty() || type == QLatin1StringView("message"))
        type = stringField(payload, QLatin1StringView("type"));

    const int outputIndex = indexField(payload, QLatin1StringView("output_index"));
    const int contentIndex = indexField(payload, QLatin1StringView("content_index"));
    const int summaryIndex = indexField(payload, QLatin1StringView("summary_index"));

    auto appendDelta = [&](Segment segment, int subIndex) {
        const QJsonValue delta = payload.value(QLatin1StringView("delta"));
        if (!delta.isString()) {
            out.append(protocolError(
                Tr::tr("The server sent a %1 event without a text delta.").arg(type), event.data));
            return;
        }
        appendSegment(out, outputIndex, segment, subIndex, delta.toString());
    };
    auto field = [&](const char *key) {
        return stringField(payload, QLatin1StringView(key));
    };
    auto is = [&](const char *name) {
        return type == QLatin1StringView(name);
    };

    if (is("response.output_text.delta")) {
        appendDelta(Segment::Text, contentIndex);
    } else if (is("response.refusal.delta")) {
        appendDelta(Segment::Refusal, contentIndex);
    } else if (is("response.reasoning_summary_text.delta")) {
        appendDelta(Segment::Summary, summaryIndex);
    } else if (is("response.reasoning_text.delta")) {
        appendDelta(Segment::ReasoningText, contentIndex);
    } else if (is("response.function_call_arguments.delta")) {
        if (payload.value(QLatin1StringView("delta")).isString())
            ensureTool(out, outputIndex, {}, {});
        appendDelta(Segment::Arguments, 0);
    } else if (is("response.output_text.done")) {
        completeSegment(out, outputIndex, Segment::Text, contentIndex, field("text"));
    } else if (is("response.refusal.done")) {
        completeSegment(out, outputIndex, Segment::Refusal, contentIndex, field("refusal"));
    } else if (is("response.reasoning_summary_text.done")) {
        completeSegment(out, outputIndex, Segment::Summary, summaryIndex, field("text"));
    } else if (is("response.reasoning_text.done")) {
        completeSegment(out, outputIndex, Segment::ReasoningText, contentIndex, field("text"));
    } else if (is("response.reasoning_summary_part.done")) {
        const QJsonObject part = payload.value(QLatin1StringView("part")).toObject();
        completeSegment(out, outputIndex, Segment::Summary, summaryIndex,
                        stringField(part, QLatin1StringView("text")));
    } else if (is("response.content_part.done")) {
        completePart(out, outputIndex, contentIndex,
                     payload.value(QLatin1StringView("part")).toObject());
    } else if (is("response.function_call_arguments.done")) {
        ensureTool(out, outputIndex, {}, field("name"));
        completeSegment(out, outputIndex, Segment::Arguments, 0, field("arguments"));
    } else if (is("response.output_item.added")) {
        // Only a function call is worth announcing early: its name shows before its
        // arguments stream in. Messages and reasoning start empty.
        const QJsonObject item = payload.value(QLatin1StringView("item")).toObject();
        if (stringField(item, QLatin1StringView("type")) == QLatin1StringView("function_call"))
            completeItem(out, outputIndex, item);
    } else if (is("response.output_item.done")) {
        completeItem(out, outputIndex, payload.value(QLatin1StringView("item")).toObject());
    } else if (is("response.created") || is("response.in_progress") || is("response.queued")) {
        appendInfo(out, payload.value(QLatin1StringView("response")).toObject());
    } else if (is("response.completed") || is("response.incomplete") || is("response.failed")) {
        finishResponse(out, payload.value(QLatin1StringView("response")).toObject(),
                       type.mid(int(qstrlen("response."))), event.data);
        m_finished = true;
    } else if (is("error") || type.isEmpty()) {
        // Flat {code, message, param} per the spec; other servers wrap it in "error" or send
        // {"error": "text"}. The shared reader keeps every dialect's stream errors alike.
        if (std::optional<Core::ApiError> error
            = streamError(type.isEmpty() ? QByteArray() : QByteArrayLiteral("error"), payload)) {
            error->raw = event.data;
            out.append(ReplyDelta::makeError(*error));
        }
    }
    // Everything else (audio, annotations, built-in tool progress, part.added events...)
    // carries nothing this client displays.
    return out;
}

} // namespace Parlance::Api
