#include "api/dialect.h"

#include "api/chatcompletions.h"
#include "api/invocations.h"
#include "api/responses.h"

namespace Parlance::Api {

static Core::HttpRequest buildFor(Core::ApiKind api, const QUrl &url, const QString &model,
                                  const Core::Conversation &conversation,
                                  const Core::GenerationParams &params)
{
    switch (api) {
    case Core::ApiKind::ChatCompletions:
        break;
    case Core::ApiKind::Responses:
        return buildResponsesRequest(url, model, conversation, params);
    case Core::ApiKind::Invocations:
        return buildInvocationsRequest(url, conversation, params);
    }
    return buildChatCompletionsRequest(url, model, conversation, params);
}

Core::HttpRequest buildChatRequest(Core::ApiKind api, const QUrl &url, const QString &model,
                                   const Core::Conversation &conversation,
                                   const Core::GenerationParams &params)
{
    Core::HttpRequest request = buildFor(api, url, model, conversation, params);
    request.api = api;
    return request;
}

std::unique_ptr<StreamDecoder> makeStreamDecoder(Core::ApiKind api)
{
    if (api == Core::ApiKind::Responses)
        return std::make_unique<ResponsesStreamDecoder>();
    // Invocations answers are Chat Completions chunks.
    return std::make_unique<ChatCompletionsStreamDecoder>();
}

QList<Core::ReplyDelta> parseReplyBody(Core::ApiKind api, const QByteArray &body)
{
    if (api == Core::ApiKind::Responses)
        return parseResponsesBody(body);
    return parseChatCompletionsBody(body);
}

} // namespace Parlance::Api
