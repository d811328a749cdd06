#pragma once

#include <QString>

namespace Parlance::Core {

// One model a connection serves, as the model list names and describes it.
struct ModelInfo
{
    QString name;    // what goes in `model` / the endpoint name
    QString task;    // Databricks: llm/v1/chat, llm/v1/embeddings, agent/v1/responses...
    QString state;   // Databricks: READY / NOT_READY; empty when the server does not say
    QString ownedBy; // OpenAI-compatible: owned_by
    QString description;
    // The same model's other name, shown beside it: for a Unity AI Gateway model service
    // (system.ai.claude-sonnet-4-5), the serving endpoint Databricks also answers to
    // (databricks-claude-sonnet-4-5). Empty when there is none.
    QString alias;

    bool isChat() const; // task empty (unknown) or a chat/responses task
    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace Parlance::Core
