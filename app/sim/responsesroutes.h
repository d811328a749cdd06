#pragma once

#include "sim/response.h"

namespace Parlance::Sim {

class Router;
struct GatewayState;

// The OpenAI Responses API on every base that serves it.
class ResponsesRoutes
{
public:
    explicit ResponsesRoutes(GatewayState &state) : m_state(state) {}

    void registerRoutes(Router &router);

private:
    Response answer(const Request &request);

    GatewayState &m_state;
};

} // namespace Parlance::Sim
