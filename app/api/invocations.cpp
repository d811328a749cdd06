#include "api/invocations.h"

#include "api/chatcompletions.h"

namespace Parlance::Api {

Core::HttpRequest buildInvocationsRequest(const QUrl &url, const Core::Conversation &conversation,
                                          const Core::GenerationParams &params)
{
    return jsonPostRequest(url, chatCompletionsBody({}, conversation, params, false),
                           params.stream);
}

} // namespace Parlance::Api
