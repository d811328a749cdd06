#include "core/apikind.h"

namespace Parlance::Core {

QString apiKindName(ApiKind kind)
{
    switch (kind) {
    case ApiKind::ChatCompletions:
        return QStringLiteral("chat");
    case ApiKind::Responses:
        return QStringLiteral("responses");
    case ApiKind::Invocations:
        return QStringLiteral("invocations");
    }
    return {};
}

std::optional<ApiKind> apiKindFromName(const QString &name)
{
    for (ApiKind kind : {ApiKind::ChatCompletions, ApiKind::Responses, ApiKind::Invocations}) {
        if (apiKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Parlance::Core
