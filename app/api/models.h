#pragma once

#include "core/httprequest.h"
#include "core/modelinfo.h"

#include <QList>
#include <QString>

namespace Parlance::Api {

using Core::ModelInfo;

Core::HttpRequest buildListModelsRequest(const QUrl &url);

// {"endpoints":[...]} (Databricks, with task/state/foundation-model description) or
// {"data":[{"id","owned_by"}]} (OpenAI-compatible) or {"models":[...]} (Ollama native).
// Returns false when the body is none of these. `{}` is an empty list: Databricks leaves empty
// lists out of its answers.
bool parseModelList(const QByteArray &body, QList<ModelInfo> *models);

// One Databricks endpoint, GET /api/2.0/serving-endpoints/{name}. False when the body has no name.
bool parseServingEndpoint(const QByteArray &body, ModelInfo *model);

} // namespace Parlance::Api
