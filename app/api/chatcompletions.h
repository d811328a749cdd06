#pragma once

#include "api/fastchunk.h"
#include "api/streamdecoder.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Parlance::Api {

// Chat Completions: POST {base}/chat/completions (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM,
// Databricks serving and AI Gateway).
//
// Body: model, messages (system prompt first when set), max_tokens, temperature, top_p, stop,
// stream (+ stream_options.include_usage when streaming), then params.extra merged on top.
Core::HttpRequest buildChatCompletionsRequest(const QUrl &url, const QString &model,
                                              const Core::Conversation &conversation,
                                              const Core::GenerationParams &params);

// The Chat Completions body: `model` left out when empty (invocations put the endpoint in the
// URL), stream_options only when asked for (invocations do not take it).
QJsonObject chatCompletionsBody(const QString &model, const Core::Conversation &conversation,
                                const Core::GenerationParams &params, bool withStreamOptions);

// POST `body` as compact JSON, with Accept matching whether the answer will stream.
Core::HttpRequest jsonPostRequest(const QUrl &url, const QJsonObject &body, bool streaming);

// The `messages` array shared with Databricks invocations. Assistant reasoning with a
// signature goes back as Databricks typed parts so Claude can continue a thinking turn.
QJsonArray chatMessagesJson(const Core::Conversation &conversation, const QString &systemPrompt);

// Merges `extra` into `body`: top-level keys of extra replace those of body; a null value in
// extra removes the key instead.
void mergeExtraParams(QJsonObject &body, const QJsonObject &extra);

// A non-streamed `chat.completion` body (also Databricks invocations). Handles string and
// typed-part content, reasoning/reasoning_content fields, tool_calls, refusal, n > 1, nulls.
// A body that is not a chat completion yields one Protocol error delta.
QList<Core::ReplyDelta> parseChatCompletionsBody(const QByteArray &body);

// `data: {chat.completion.chunk}` ... `data: [DONE]`. Databricks cumulative usage on every
// chunk, usage-only final chunks with empty choices, reasoning parts, interleaved n > 1,
// tool-call fragments, refusals, and `{"error":...}` / `event: error` / flat vLLM errors.
//
// Common chunks take a hand-written fast path (api/fastchunk.h); whatever it does not know goes
// through QJsonDocument, so both give the same deltas and every error comes from the latter.
class ChatCompletionsStreamDecoder final : public StreamDecoder
{
public:
    enum class Path {
        Fast,     // the fast path where it applies
        JsonOnly, // QJsonDocument for every chunk: the reference the fast path is tested against
    };

    explicit ChatCompletionsStreamDecoder(Path path = Path::Fast) : m_path(path) {}

    QList<Core::ReplyDelta> decode(const Core::SseEvent &event) override;
    void decode(const Core::SseEvent &event, QList<Core::ReplyDelta> &out) override;
    bool isFinished() const override { return m_finished; }

private:
    const Path m_path;
    FastChunkReader m_fastReader;
    bool m_finished = false;
    bool m_sentInfo = false;
};

} // namespace Parlance::Api
