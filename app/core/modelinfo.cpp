#include "core/modelinfo.h"

namespace Parlance::Core {

bool ModelInfo::isChat() const
{
    return task.isEmpty() || task.startsWith(QLatin1StringView("llm/v1/chat"))
           || task.contains(QLatin1StringView("chat"), Qt::CaseInsensitive)
           || task.contains(QLatin1StringView("responses"), Qt::CaseInsensitive);
}

} // namespace Parlance::Core
