#pragma once

#include "api/streamdecoder.h"
#include "core/apikind.h"
#include "core/conversation.h"
#include "core/generationparams.h"
#include "core/httprequest.h"

#include <memory>

namespace Parlance::Api {

// One entry point over the three chat-style dialects, so callers pick by ApiKind only.
Core::HttpRequest buildChatRequest(Core::ApiKind api, const QUrl &url, const QString &model,
                                   const Core::Conversation &conversation,
                                   const Core::GenerationParams &params);
std::unique_ptr<StreamDecoder> makeStreamDecoder(Core::ApiKind api);
QList<Core::ReplyDelta> parseReplyBody(Core::ApiKind api, const QByteArray &body);

} // namespace Parlance::Api
