#include "sim/responsespayloads.h"

#include "sim/jsonwriter.h"

namespace Parlance::Sim {

namespace {

bool truncated(const ModelReply &reply)
{
    return reply.finishReason == u"length";
}

QByteArray reasoningItem(const ResponsesFormat &f, const ModelReply &reply, bool done)
{
    QByteArrayList summary;
    if (done) {
        summary.append(
            Json::Object().str("type", "summary_text").str("text", reply.reasoning).bytes());
    }
    return Json::Object()
        .str("id", QByteArray("rs_" + f.itemSuffix))
        .str("type", "reasoning")
        .str("status", done ? "completed" : "in_progress")
        .raw("summary", Json::array(summary))
        .bytes();
}

QByteArray functionCallItem(const ResponsesFormat &f, const ToolCall &call, bool done)
{
    return Json::Object()
        .str("id", QByteArray("fc_" + f.itemSuffix))
        .str("type", "function_call")
        .str("status", done ? "completed" : "in_progress")
        .str("call_id", call.id)
        .str("name", call.name)
        .str("arguments", done ? call.arguments : QString())
        .bytes();
}

QByteArray outputTextPart(const QString &text)
{
    return Json::Object()
        .str("type", "output_text")
        .str("text", text)
        .raw("annotations", "[]")
        .bytes();
}

QByteArray messageItem(const ResponsesFormat &f, const ModelReply &reply, bool done)
{
    const QByteArray status = !done ? "in_progress" : truncated(reply) ? "incomplete" : "completed";
    return Json::Object()
        .str("id", QByteArray("msg_" + f.itemSuffix))
        .str("type", "message")
        .str("status", status)
        .str("role", "assistant")
        .raw("content", done ? Json::array({outputTextPart(reply.text())}) : QByteArray("[]"))
        .bytes();
}

QByteArray outputItems(const ResponsesFormat &f, const ModelReply &reply)
{
    QByteArrayList items;
    if (!reply.reasoning.isEmpty())
        items.append(reasoningItem(f, reply, true));
    if (reply.toolCall)
        items.append(functionCallItem(f, *reply.toolCall, true));
    else
        items.append(messageItem(f, reply, true));
    return Json::array(items);
}

QByteArray usageJson(const ModelReply &reply)
{
    const qint64 output = reply.completionTokens();
    return Json::Object()
        .num("input_tokens", reply.promptTokens)
        .raw("input_tokens_details", Json::Object().num("cached_tokens", 0).bytes())
        .num("output_tokens", output)
        .raw("output_tokens_details",
             Json::Object().num("reasoning_tokens", reply.reasoningTokens).bytes())
        .num("total_tokens", reply.promptTokens + output)
        .bytes();
}

// The response object; `reply` null while the response is in progress.
QByteArray responseObject(const ResponsesFormat &f, const ModelReply *reply)
{
    Json::Object o;
    o.str("id", f.id).str("object", "response").num("created_at", f.createdAt);
    if (!reply) {
        o.str("status", "in_progress").null("error").null("incomplete_details");
    } else {
        o.str("status", truncated(*reply) ? "incomplete" : "completed");
        o.num("completed_at", f.createdAt).null("error");
        o.raw("incomplete_details", truncated(*reply)
                                        ? Json::Object().str("reason", "max_output_tokens").bytes()
                                        : Json::null());
    }
    o.raw("instructions", f.instructionsJson)
        .raw("max_output_tokens", f.maxOutputTokensJson)
        .str("model", f.model)
        .raw("output", reply ? outputItems(f, *reply) : QByteArray("[]"))
        .boolean("parallel_tool_calls", true)
        .null("previous_response_id")
        .raw("reasoning", "{\"effort\":null,\"summary\":null}")
        .boolean("store", false)
        .raw("temperature", "1.0")
        .raw("text", "{\"format\":{\"type\":\"text\"}}")
        .str("tool_choice", "auto")
        .raw("tools", f.toolsJson)
        .raw("top_p", "1.0")
        .str("truncation", "disabled")
        .raw("usage", reply ? usageJson(*reply) : Json::null())
        .null("user")
        .raw("metadata", "{}");
    return o.bytes();
}

int totalDelay(const ModelReply &reply)
{
    const qsizetype deltas = reply.toolCall ? reply.toolCall->argumentPieces.size()
                                            : reply.tokens.size() + reply.reasoningTokens;
    return deltas == 0 ? 0 : reply.firstDelayMs + reply.interDelayMs * int(deltas - 1);
}

// Writes events with consecutive sequence numbers.
class EventWriter
{
public:
    explicit EventWriter(const ModelReply &reply) : m_reply(reply) {}

    // fields: the JSON members after "type", without braces, e.g. "\"output_index\":0".
    void add(QByteArrayView type, const QByteArray &fields,
             StreamEvent::Kind kind = StreamEvent::Kind::Meta)
    {
        QByteArray out;
        out.reserve(type.size() * 2 + fields.size() + 64);
        out.append("event: ");
        out.append(type);
        out.append("\ndata: {\"type\":\"");
        out.append(type);
        out.append("\",");
        out.append(fields);
        out.append(",\"sequence_number\":");
        out.append(QByteArray::number(m_sequence++));
        out.append("}\n\n");
        StreamEvent event{std::move(out), 0, kind};
        if (kind == StreamEvent::Kind::Delta) {
            event.delayMs = m_deltas++ == 0 ? m_reply.firstDelayMs : m_reply.interDelayMs;
        }
        m_events.append(std::move(event));
    }

    // A delta event: `head` + the escaped text + `tail`.
    void addDelta(QByteArrayView type, const QByteArray &head, const QString &text,
                  QByteArrayView tail)
    {
        QByteArray fields;
        fields.reserve(head.size() + text.size() * 2 + tail.size() + 2);
        fields.append(head);
        fields.append('"');
        Json::appendEscaped(fields, text.toUtf8());
        fields.append('"');
        fields.append(tail);
        add(type, fields, StreamEvent::Kind::Delta);
    }

    QList<StreamEvent> take() { return std::move(m_events); }
    QList<StreamEvent> &events() { return m_events; }

private:
    const ModelReply &m_reply;
    QList<StreamEvent> m_events;
    qint64 m_sequence = 0;
    int m_deltas = 0;
};

QByteArray itemFields(int outputIndex, const QByteArray &item)
{
    return "\"output_index\":" + QByteArray::number(outputIndex) + ",\"item\":" + item;
}

} // namespace

Response responsesBody(const ResponsesFormat &format, const ModelReply &reply)
{
    Response response = Response::json(200, responseObject(format, &reply));
    response.delayMs = totalDelay(reply);
    return response;
}

Response responsesStream(const ResponsesFormat &format, const ModelReply &reply)
{
    EventWriter w(reply);
    const QByteArray inProgress = "\"response\":" + responseObject(format, nullptr);
    w.add("response.created", inProgress);
    w.add("response.in_progress", inProgress);
    w.events().reserve(reply.tokens.size() + reply.reasoningTokens + 16);

    const QByteArray rsId = "rs_" + format.itemSuffix;
    const QByteArray fcId = "fc_" + format.itemSuffix;
    const QByteArray msgId = "msg_" + format.itemSuffix;
    int outputIndex = 0;
    if (!reply.reasoning.isEmpty()) {
        const QByteArray ids = "\"item_id\":" + Json::string(rsId) + ",\"output_index\":"
                               + QByteArray::number(outputIndex) + ",\"summary_index\":0";
        w.add("response.output_item.added",
              itemFields(outputIndex, reasoningItem(format, reply, false)));
        w.add("response.reasoning_summary_part.added",
              ids + ",\"part\":{\"type\":\"summary_text\",\"text\":\"\"}");
        const QByteArray head = ids + ",\"delta\":";
        for (const QString &word : DemoModels::words(reply.reasoning))
            w.addDelta("response.reasoning_summary_text.delta", head, word, {});
        const QByteArray text = Json::string(reply.reasoning);
        w.add("response.reasoning_summary_text.done", ids + ",\"text\":" + text);
        w.add("response.reasoning_summary_part.done",
              ids + ",\"part\":{\"type\":\"summary_text\",\"text\":" + text + '}');
        w.add("response.output_item.done",
              itemFields(outputIndex, reasoningItem(format, reply, true)));
        ++outputIndex;
    }

    if (reply.toolCall) {
        const ToolCall &call = *reply.toolCall;
        const QByteArray ids = "\"item_id\":" + Json::string(fcId)
                               + ",\"output_index\":" + QByteArray::number(outputIndex);
        w.add("response.output_item.added",
              itemFields(outputIndex, functionCallItem(format, call, false)));
        const QByteArray head = ids + ",\"delta\":";
        for (const QString &piece : call.argumentPieces)
            w.addDelta("response.function_call_arguments.delta", head, piece, {});
        w.add("response.function_call_arguments.done",
              "\"item_id\":" + Json::string(fcId) + ",\"name\":" + Json::string(call.name)
                  + ",\"output_index\":" + QByteArray::number(outputIndex)
                  + ",\"arguments\":" + Json::string(call.arguments));
        w.add("response.output_item.done",
              itemFields(outputIndex, functionCallItem(format, call, true)));
    } else {
        const QByteArray ids = "\"item_id\":" + Json::string(msgId) + ",\"output_index\":"
                               + QByteArray::number(outputIndex) + ",\"content_index\":0";
        w.add("response.output_item.added",
              itemFields(outputIndex, messageItem(format, reply, false)));
        w.add("response.content_part.added", ids + ",\"part\":" + outputTextPart(QString()));
        const QByteArray head = ids + ",\"delta\":";
        for (const QString &token : reply.tokens)
            w.addDelta("response.output_text.delta", head, token, ",\"logprobs\":[]");
        const QString text = reply.text();
        w.add("response.output_text.done",
              ids + ",\"text\":" + Json::string(text) + ",\"logprobs\":[]");
        w.add("response.content_part.done", ids + ",\"part\":" + outputTextPart(text));
        w.add("response.output_item.done",
              itemFields(outputIndex, messageItem(format, reply, true)));
    }

    w.add(truncated(reply) ? "response.incomplete" : "response.completed",
          "\"response\":" + responseObject(format, &reply), StreamEvent::Kind::Terminal);
    return Response::eventStream(StreamStyle::Responses, w.take());
}

} // namespace Parlance::Sim
