#pragma once

#include "store/storedconversation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// OpenAI-style messages into a conversation, for import: roles system (or developer), user,
// assistant and tool; `content` as text, null or a list of parts; assistant `tool_calls`,
// `refusal` and `reasoning_content`; `tool_call_id` on tool messages. The system messages
// before the first other one become the system prompt; a later one stays a turn of its own.
// Internal to parlance-export: readConversation() picks this reader.
namespace Parlance::Export {

std::optional<Store::StoredConversation> conversationFromMessages(const QJsonArray &messages,
                                                                  QString *error);
// A Chat Completions request body: its messages, and its model and parameters as the
// conversation's settings (what Parlance has no field for goes to the extra parameters).
std::optional<Store::StoredConversation> conversationFromChatBody(const QJsonObject &body,
                                                                  QString *error);

} // namespace Parlance::Export
