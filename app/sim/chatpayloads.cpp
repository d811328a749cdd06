#include "sim/chatpayloads.h"

#include "sim/jsonwriter.h"

namespace Parlance::Sim {

namespace {

bool isOpenAi(const ChatFormat &format)
{
    return format.flavor == ChatFormat::Flavor::OpenAi;
}

QByteArray reasoningParts(const ModelReply &reply, bool withAnswer)
{
    const QByteArray summary = Json::Object()
                                   .str("type", "summary_text")
                                   .str("text", reply.reasoning)
                                   .str("signature", reply.reasoningSignature)
                                   .bytes();
    QByteArrayList parts
        = {Json::Object().str("type", "reasoning").raw("summary", Json::array({summary})).bytes()};
    if (withAnswer)
        parts.append(Json::Object().str("type", "text").str("text", reply.text()).bytes());
    return Json::array(parts);
}

QByteArray toolCallJson(const ToolCall &call, bool withIndex, const QString &arguments)
{
    Json::Object o;
    if (withIndex)
        o.num("index", 0);
    o.str("id", call.id).str("type", "function");
    o.raw("function", Json::Object().str("name", call.name).str("arguments", arguments).bytes());
    return o.bytes();
}

QByteArray usageJson(const ChatFormat &format, qint64 prompt, qint64 completion, qint64 reasoning,
                     bool details)
{
    Json::Object usage;
    usage.num("prompt_tokens", prompt)
        .num("completion_tokens", completion)
        .num("total_tokens", prompt + completion);
    if (details && isOpenAi(format)) {
        usage.raw("prompt_tokens_details",
                  Json::Object().num("cached_tokens", 0).num("audio_tokens", 0).bytes());
        usage.raw("completion_tokens_details", Json::Object()
                                                   .num("reasoning_tokens", reasoning)
                                                   .num("audio_tokens", 0)
                                                   .num("accepted_prediction_tokens", 0)
                                                   .num("rejected_prediction_tokens", 0)
                                                   .bytes());
    } else if (isOpenAi(format)) {
        usage.raw("completion_tokens_details",
                  Json::Object().num("reasoning_tokens", reasoning).bytes());
    }
    return usage.bytes();
}

int totalDelay(const ModelReply &reply)
{
    const qsizetype deltas = reply.toolCall
                                 ? reply.toolCall->argumentPieces.size()
                                 : reply.tokens.size() + (reply.reasoning.isEmpty() ? 0 : 1);
    if (deltas == 0)
        return 0;
    return reply.firstDelayMs + reply.interDelayMs * int(deltas - 1);
}

} // namespace

Response chatCompletionBody(const ChatFormat &format, const ModelReply &reply)
{
    Json::Object message;
    message.str("role", "assistant");
    if (reply.toolCall) {
        message.null("content");
        message.raw("tool_calls",
                    Json::array({toolCallJson(*reply.toolCall, false, reply.toolCall->arguments)}));
    } else if (!reply.reasoning.isEmpty()) {
        message.raw("content", reasoningParts(reply, true));
    } else {
        message.str("content", reply.text());
    }
    if (isOpenAi(format))
        message.null("refusal").raw("annotations", "[]");
    const QByteArray messageJson = message.bytes();

    QByteArrayList choices;
    for (int i = 0; i < format.choices; ++i) {
        Json::Object choice;
        choice.num("index", i).raw("message", messageJson);
        if (isOpenAi(format))
            choice.null("logprobs").str("finish_reason", reply.finishReason);
        else
            choice.str("finish_reason", reply.finishReason).null("logprobs");
        choices.append(choice.bytes());
    }

    Json::Object body;
    body.str("id", format.id)
        .str("object", "chat.completion")
        .num("created", format.created)
        .str("model", format.model)
        .raw("choices", Json::array(choices))
        .raw("usage", usageJson(format, reply.promptTokens,
                                qint64(reply.completionTokens()) * format.choices,
                                qint64(reply.reasoningTokens) * format.choices, true));
    if (isOpenAi(format))
        body.str("service_tier", "default");

    Response response = Response::json(200, body.bytes());
    response.delayMs = totalDelay(reply);
    return response;
}

Response chatCompletionStream(const ChatFormat &format, const ModelReply &reply)
{
    const bool openAi = isOpenAi(format);
    QByteArray prefix = "data: {\"id\":" + Json::string(format.id)
                        + ",\"object\":\"chat.completion.chunk\",\"created\":"
                        + Json::number(format.created) + ",\"model\":" + Json::string(format.model);
    if (openAi)
        prefix += ",\"system_fingerprint\":\"fp_parlance_sim\"";
    prefix += ",\"choices\":[";

    // The content deltas of one choice, with the tokens each one accounts for.
    struct Delta
    {
        QByteArray json;
        int tokens;
    };
    QList<Delta> deltas;
    Json::Object role;
    role.str("role", "assistant");
    if (reply.toolCall) {
        const ToolCall &call = *reply.toolCall;
        role.null("content").raw("tool_calls", Json::array({toolCallJson(call, true, QString())}));
        deltas.reserve(call.argumentPieces.size());
        for (const QString &piece : call.argumentPieces) {
            const QByteArray fn = Json::Object().str("arguments", piece).bytes();
            deltas.append({"{\"tool_calls\":[{\"index\":0,\"function\":" + fn + "}]}", 1});
        }
    } else {
        role.str("content", "");
        deltas.reserve(reply.tokens.size() + 1);
        if (!reply.reasoning.isEmpty())
            deltas.append(
                {"{\"content\":" + reasoningParts(reply, false) + '}', reply.reasoningTokens});
        for (const QString &token : reply.tokens) {
            QByteArray json;
            json.reserve(token.size() * 2 + 16);
            json.append("{\"content\":\"");
            Json::appendEscaped(json, token.toUtf8());
            json.append("\"}");
            deltas.append({std::move(json), 1});
        }
    }
    if (openAi)
        role.null("refusal");
    const QByteArray roleDelta = role.bytes();

    qint64 emitted = 0; // completion tokens so far, over all choices (Databricks' running usage)
    auto event = [&](int index, const QByteArray &delta, QByteArrayView finishReason) {
        QByteArray out;
        out.reserve(prefix.size() + delta.size() + 160);
        out.append(prefix);
        out.append("{\"index\":");
        out.append(QByteArray::number(index));
        out.append(",\"delta\":");
        out.append(delta);
        out.append(",\"logprobs\":null,\"finish_reason\":");
        if (finishReason.isEmpty()) {
            out.append("null");
        } else {
            out.append('"');
            out.append(finishReason);
            out.append('"');
        }
        out.append("}]");
        if (!openAi) {
            out.append(",\"usage\":");
            out.append(usageJson(format, reply.promptTokens, emitted, 0, false));
        }
        out.append("}\n\n");
        return out;
    };

    const int n = format.choices;
    QList<StreamEvent> events;
    events.reserve((deltas.size() + 2) * n + 2);
    int delivered = 0; // rounds of deltas written so far, for the delays
    auto deltaEvent = [&](int index, qsizetype k) {
        emitted += deltas.at(k).tokens;
        StreamEvent e{event(index, deltas.at(k).json, {}), 0, StreamEvent::Kind::Delta};
        if (index == 0) {
            e.delayMs = delivered == 0 ? reply.firstDelayMs : reply.interDelayMs;
            ++delivered;
        }
        events.append(std::move(e));
    };

    for (int i = 0; i < n; ++i) {
        events.append({event(i, roleDelta, {}), 0, StreamEvent::Kind::Meta});
        if (!deltas.isEmpty())
            deltaEvent(i, 0);
    }
    for (qsizetype k = 1; k < deltas.size(); ++k) {
        for (int i = 0; i < n; ++i)
            deltaEvent(i, k);
    }
    const QByteArray finishDelta
        = openAi ? QByteArrayLiteral("{}") : QByteArrayLiteral("{\"content\":\"\"}");
    const QByteArray finishReason = reply.finishReason.toUtf8();
    for (int i = 0; i < n; ++i)
        events.append({event(i, finishDelta, finishReason), 0, StreamEvent::Kind::Meta});
    if (openAi && format.includeUsageChunk) {
        const QByteArray usage = usageJson(format, reply.promptTokens, emitted,
                                           qint64(reply.reasoningTokens) * n, false);
        events.append({prefix + "],\"usage\":" + usage + "}\n\n", 0, StreamEvent::Kind::Meta});
    }
    events.append({QByteArrayLiteral("data: [DONE]\n\n"), 0, StreamEvent::Kind::Terminal});
    return Response::eventStream(StreamStyle::ChatCompletions, std::move(events));
}

} // namespace Parlance::Sim
