#pragma once

#include "store/storedconversation.h"

#include <QString>

// A conversation as a Markdown document for people (not meant to be imported again): a header
// with model, API, connection name, times and parameters, the system prompt, then every turn
// under "## You" / "## Assistant (model)". Messages are Markdown already and stay so, their
// code blocks included; a fence a message leaves open is closed after it, so no message can
// swallow the turns that follow. Reasoning folds away in <details>; tool calls, tool results
// and the system prompt are fenced with more backticks than they contain. Fixed words are
// translated (context Parlance::Export::ConversationFile).
namespace Parlance::Export {

QString conversationMarkdown(const Store::StoredConversation &conversation);

} // namespace Parlance::Export
