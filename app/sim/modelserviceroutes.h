#pragma once

namespace Parlance::Sim {

class Router;
struct GatewayState;

// Unity AI Gateway's model services, as the Unity Catalog REST API lists them
// (GET /api/2.1/unity-catalog/model-services, paged with page_size/page_token, filtered by
// parent=schemas/{catalog}.{schema}): a system.ai service per demo chat model, plus one a team
// made in its own schema that has no serving endpoint of the same name.
class ModelServiceRoutes
{
public:
    explicit ModelServiceRoutes(GatewayState &state) : m_state(state) {}
    void registerRoutes(Router &router);

private:
    GatewayState &m_state;
};

} // namespace Parlance::Sim
