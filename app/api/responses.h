#pragma once

#include "api/streamdecoder.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Parlance::Api {

// OpenAI Responses: POST {base}/responses. Body: model, input (a string for a single user turn,
// else message items; assistant tool calls as function_call items, tool results as
// function_call_output), instructions (the system prompt), max_output_tokens, temperature,
// top_p, stream, then params.extra merged on top. Stop sequences have no Responses field: they
// are left out (the caller may put them in extra).
Core::HttpRequest buildResponsesRequest(const QUrl &url, const QString &model,
                                        const Core::Conversation &conversation,
                                        const Core::GenerationParams &params);

QJsonValue responsesInputJson(const Core::Conversation &conversation);

// A non-streamed `response` object: output message text, refusals, reasoning summaries and
// reasoning_text, function calls, usage, status (incomplete -> finish "length", failed -> error).
QList<Core::ReplyDelta> parseResponsesBody(const QByteArray &body);

// Typed events, with or without `event:` lines, with or without a trailing [DONE]. Finished at
// response.completed / response.incomplete / response.failed / [DONE]. `error` events (flat) and
// response.failed produce Stream errors.
//
// Text arrives through *.delta events; the *.done events, content_part.done and
// output_item.done repeat it in full. Each piece of text (output text, refusal, summary part,
// reasoning_text part, function arguments) is tracked per output item, and a full copy only
// adds what the deltas had not delivered yet: nothing when they delivered it all, everything
// when a server sends only the full copies. The final response object is used for content only
// when the stream carried none at all, because its output indexes are not guaranteed to match
// the ones the events used.
//
// Reasoning made of several parts (summary parts, reasoning items) is joined with "\n\n", in
// streams and in bodies alike, so both assemble to the same text.
class ResponsesStreamDecoder final : public StreamDecoder
{
public:
    QList<Core::ReplyDelta> decode(const Core::SseEvent &event) override;
    bool isFinished() const override { return m_finished; }

private:
    friend QList<Core::ReplyDelta> parseResponsesBody(const QByteArray &body);

    enum class Segment : quint8 { Text, Refusal, Summary, ReasoningText, Arguments };
    struct ToolState
    {
        int index = 0;
        bool hasId = false;
        bool hasName = false;
    };

    static quint64 segmentKey(int outputIndex, Segment segment, int subIndex);

    void appendSegment(QList<Core::ReplyDelta> &out, int outputIndex, Segment segment, int subIndex,
                       const QString &piece);
    void completeSegment(QList<Core::ReplyDelta> &out, int outputIndex, Segment segment,
                         int subIndex, const QString &full);
    // Starts the tool call of an output item on first sight; later sightings only add the
    // call id and name if they were not known yet.
    void ensureTool(QList<Core::ReplyDelta> &out, int outputIndex, const QString &callId,
                    const QString &name);
    void completeItem(QList<Core::ReplyDelta> &out, int outputIndex, const QJsonObject &item);
    void completePart(QList<Core::ReplyDelta> &out, int outputIndex, int contentIndex,
                      const QJsonObject &part);
    // response.completed / incomplete / failed, and a whole non-streamed body.
    void finishResponse(QList<Core::ReplyDelta> &out, const QJsonObject &response,
                        const QString &fallbackStatus, const QByteArray &raw);

    bool m_finished = false;
    bool m_sawContent = false;            // any text, reasoning, refusal or tool call so far
    bool m_sawReasoning = false;          // a reasoning separator is due before the next part
    QHash<quint64, QString> m_received;   // segmentKey -> the text delivered so far
    QHash<int, ToolState> m_toolByOutput; // output_index -> tool call
};

} // namespace Parlance::Api
