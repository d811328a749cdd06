#pragma once

#include "store/storedconversation.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A conversation as a file to keep, share or move to another machine, and back: the JSON file
// format `parlance.conversation` (every member is described in docs/conversation-format.md)
// and, to import, an OpenAI-style `messages` list. Values carry no token, so no file can hold
// one: the connection is named, never described. Messages are translated (context
// Parlance::Export::ConversationFile).
namespace Parlance::Export {

// The newest version of the file format this build writes and reads.
inline constexpr int kConversationFormatVersion = 1;
// Larger files are refused before they are read: a conversation this big is not one.
inline constexpr qint64 kMaxConversationFileBytes = 64 * 1024 * 1024;

// {"format": "parlance.conversation", "version": 1, …} as indented UTF-8. Title, times,
// connection name, model, API, parameters and every turn with all it holds; the key is left
// out (an import is always a new conversation).
QByteArray conversationJson(const Store::StoredConversation &conversation);

// Reads a `parlance.conversation` file or an OpenAI-style messages list (a bare array of
// messages, or an object with "messages" such as a Chat Completions request body). The result
// has no key. On failure, `error` says what is wrong and where (the member's path, or the byte
// and line for broken JSON or UTF-8).
std::optional<Store::StoredConversation> readConversation(const QByteArray &bytes,
                                                          QString *error = nullptr);
// The same from a file, refused unread when it is larger than kMaxConversationFileBytes.
std::optional<Store::StoredConversation> readConversationFile(const QString &path,
                                                              QString *error = nullptr);

} // namespace Parlance::Export
