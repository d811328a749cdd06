#include "core/message.h"

namespace Parlance::Core {

QString roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

static QString joinParts(const QList<ContentPart> &parts, ContentPart::Kind kind)
{
    QString out;
    for (const ContentPart &part : parts) {
        if (part.kind == kind)
            out += part.text;
    }
    return out;
}

QString Message::text() const
{
    return joinParts(parts, ContentPart::Kind::Text);
}

QString Message::reasoning() const
{
    return joinParts(parts, ContentPart::Kind::Reasoning);
}

QList<ContentPart> Message::toolCalls() const
{
    QList<ContentPart> calls;
    for (const ContentPart &part : parts) {
        if (part.kind == ContentPart::Kind::ToolCall)
            calls.append(part);
    }
    return calls;
}

} // namespace Parlance::Core
