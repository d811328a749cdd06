#pragma once

#include "api/streamdecoder.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

#include <QJsonArray>

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
class ResponsesStreamDecoder final : public StreamDecoder
{
public:
    QList<Core::ReplyDelta> decode(const Core::SseEvent &event) override;
    bool isFinished() const override { return m_finished; }

private:
    bool m_finished = false;
    bool m_sawTextDelta = false;
    // output_index -> tool index for function calls
    QHash<int, int> m_toolIndexByOutput;
};

} // namespace Parlance::Api
