#pragma once

#include "core/apikind.h"
#include "core/connection.h"

#include <QString>

namespace Parlance::Core {

// Databricks addresses a model two ways: a serving endpoint by its name
// (databricks-claude-sonnet-4-5, under /serving-endpoints) and, with Unity AI Gateway, a model
// service by its Unity Catalog name (system.ai.claude-sonnet-4-5, under /ai-gateway/...).
// Whether the name chosen fits the route a request will take:
enum class ModelRouteFit {
    Fits,
    // A model service name on a route that takes endpoint names (/serving-endpoints).
    ServiceNameNeedsGateway,
    // A model service name with REST invocations, whose URL names a serving endpoint.
    ServiceNameWithInvocations,
};

// catalog.schema.name: three non-empty parts. Serving endpoint names cannot hold a dot, so
// on a Databricks connection such a name can only be a model service.
bool isModelServiceName(const QString &model);
// A Databricks connection whose Chat Completions and Responses go to Unity AI Gateway.
bool isAiGatewayRoute(const Connection &connection);
// Only Databricks names are judged: an OpenAI-compatible server's names are its own business.
ModelRouteFit modelRouteFit(const Connection &connection, ApiKind api, const QString &model);

} // namespace Parlance::Core
