#pragma once

#include "core/contentpart.h"

#include <QList>
#include <QString>

namespace Parlance::Core {

enum class Role { System, User, Assistant, Tool };

QString roleName(Role role); // "system", "user", "assistant", "tool"

struct Message
{
    Role role = Role::User;
    QList<ContentPart> parts;
    QString toolCallId;      // Role::Tool: the call this message answers
    bool incomplete = false; // the stream was cut before the reply finished

    static Message make(Role role, const QString &text)
    {
        Message message;
        message.role = role;
        if (!text.isEmpty())
            message.parts = {ContentPart::makeText(text)};
        return message;
    }
    static Message user(const QString &text) { return make(Role::User, text); }
    static Message assistant(const QString &text) { return make(Role::Assistant, text); }
    static Message system(const QString &text) { return make(Role::System, text); }

    // All text parts joined, without reasoning or tool calls.
    QString text() const;
    QString reasoning() const;
    QList<ContentPart> toolCalls() const;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace Parlance::Core
