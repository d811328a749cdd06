#pragma once

#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

namespace Parlance::Api {

// Databricks REST: POST {host}/serving-endpoints/{name}/invocations. The chat body has no
// `model` (the endpoint is in the URL) and no stream_options; answers and streams are Chat
// Completions shaped, so they decode with ChatCompletionsStreamDecoder/parseChatCompletionsBody.
Core::HttpRequest buildInvocationsRequest(const QUrl &url, const Core::Conversation &conversation,
                                          const Core::GenerationParams &params);

} // namespace Parlance::Api
