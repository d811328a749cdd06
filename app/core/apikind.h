#pragma once

#include <QString>

#include <optional>

namespace Parlance::Core {

// The chat-style wire APIs a reply can come from. SQL ai_query is a separate flow.
enum class ApiKind { ChatCompletions, Responses, Invocations };

// "chat", "responses", "invocations": the spelling the CLI and the normalized result use.
QString apiKindName(ApiKind kind);
std::optional<ApiKind> apiKindFromName(const QString &name);

} // namespace Parlance::Core
