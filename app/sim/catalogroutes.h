#pragma once

#include "sim/response.h"

namespace Parlance::Sim {

class Router;

// What the gateway says it serves: the OpenAI-style model lists and the Databricks
// serving-endpoints control plane (GET /api/2.0/serving-endpoints[/{name}]).
class CatalogRoutes
{
public:
    void registerRoutes(Router &router);

    static constexpr qint64 CreatedSeconds = 1700000000;
};

} // namespace Parlance::Sim
