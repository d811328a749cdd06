#include "core/reply.h"

namespace Parlance::Core {

const ReplyChoice &Reply::primary() const
{
    static const ReplyChoice empty;
    return choices.isEmpty() ? empty : choices.first();
}

bool Reply::hasContent() const
{
    for (const ReplyChoice &choice : choices) {
        if (!choice.message.parts.isEmpty())
            return true;
    }
    return false;
}

ReplyChoice &Reply::choiceAt(int index)
{
    index = qMax(0, index);
    while (choices.size() <= index)
        choices.append(ReplyChoice{});
    return choices[index];
}

void Reply::appendPart(ReplyChoice &choice, ContentPart::Kind kind, const QString &text,
                       const QString &signature)
{
    QList<ContentPart> &parts = choice.message.parts;
    if (!parts.isEmpty() && parts.last().kind == kind) {
        parts.last().text += text;
        if (!signature.isEmpty())
            parts.last().signature += signature;
        return;
    }
    if (text.isEmpty() && signature.isEmpty())
        return; // an empty first fragment ("content": "") adds no part
    ContentPart part;
    part.kind = kind;
    part.text = text;
    part.signature = signature;
    parts.append(part);
}

void Reply::apply(const ReplyDelta &delta)
{
    switch (delta.kind) {
    case ReplyDelta::Kind::Text:
        appendPart(choiceAt(delta.choice), ContentPart::Kind::Text, delta.text, {});
        break;
    case ReplyDelta::Kind::Reasoning:
        appendPart(choiceAt(delta.choice), ContentPart::Kind::Reasoning, delta.text,
                   delta.signature);
        break;
    case ReplyDelta::Kind::Refusal:
        appendPart(choiceAt(delta.choice), ContentPart::Kind::Refusal, delta.text, {});
        break;
    case ReplyDelta::Kind::ToolCall: {
        ReplyChoice &choice = choiceAt(delta.choice);
        const quint64 key = (quint64(quint32(delta.choice)) << 32) | quint32(delta.toolIndex);
        auto it = m_toolParts.constFind(key);
        if (it == m_toolParts.cend()) {
            choice.message.parts.append(
                ContentPart::makeToolCall(delta.toolCallId, delta.toolName, delta.text));
            m_toolParts.insert(key, choice.message.parts.size() - 1);
            break;
        }
        ContentPart &part = choice.message.parts[*it];
        if (!delta.toolCallId.isEmpty())
            part.toolCallId = delta.toolCallId;
        if (!delta.toolName.isEmpty())
            part.toolName = delta.toolName;
        part.toolArguments += delta.text;
        break;
    }
    case ReplyDelta::Kind::Usage:
        usage = delta.usage;
        break;
    case ReplyDelta::Kind::Finish:
        choiceAt(delta.choice).finishReason = delta.text;
        break;
    case ReplyDelta::Kind::Info:
        if (!delta.responseId.isEmpty())
            responseId = delta.responseId;
        if (!delta.model.isEmpty())
            model = delta.model;
        break;
    case ReplyDelta::Kind::Error:
        if (!error)
            error = delta.error;
        break;
    }
}

} // namespace Parlance::Core
