#pragma once

#include "sim/response.h"

namespace Parlance::Sim {

class Router;
struct GatewayState;

// Chat Completions on every OpenAI-compatible base (/v1, the AI Gateway, /serving-endpoints)
// and the Databricks invocations endpoint, which takes the model from the path.
class ChatRoutes
{
public:
    explicit ChatRoutes(GatewayState &state) : m_state(state) {}

    void registerRoutes(Router &router);

private:
    // endpointName: the {name} of /serving-endpoints/{name}/invocations, empty for chat routes.
    Response answer(const Request &request, const QString &endpointName);

    GatewayState &m_state;
};

} // namespace Parlance::Sim
