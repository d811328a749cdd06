#pragma once

#include "core/httprequest.h"

#include <QList>
#include <QString>

namespace Parlance::Api {

struct ModelInfo
{
    QString name;    // what goes in `model` / the endpoint name
    QString task;    // Databricks: llm/v1/chat, llm/v1/embeddings, agent/v1/responses...
    QString state;   // Databricks: READY / NOT_READY; empty when the server does not say
    QString ownedBy; // OpenAI-compatible: owned_by
    QString description;

    bool isChat() const; // task empty (unknown) or a chat/responses task
    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

Core::HttpRequest buildListModelsRequest(const QUrl &url);

// {"endpoints":[...]} (Databricks, with task/state/foundation-model description) or
// {"data":[{"id","owned_by"}]} (OpenAI-compatible) or {"models":[...]} (Ollama native).
// Returns false when the body is none of these. `{}` is an empty list: Databricks leaves empty
// lists out of its answers.
bool parseModelList(const QByteArray &body, QList<ModelInfo> *models);

// One Databricks endpoint, GET /api/2.0/serving-endpoints/{name}. False when the body has no name.
bool parseServingEndpoint(const QByteArray &body, ModelInfo *model);

} // namespace Parlance::Api
