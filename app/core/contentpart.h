#pragma once

#include <QString>

namespace Parlance::Core {

// One typed piece of a message. Reasoning keeps its opaque signature because Claude on
// Databricks needs it echoed back on the next turn.
struct ContentPart
{
    enum class Kind { Text, Reasoning, ToolCall, Refusal };

    Kind kind = Kind::Text;
    QString text;          // Text, Reasoning and Refusal content
    QString signature;     // Reasoning: opaque signature, may be empty
    QString toolCallId;    // ToolCall
    QString toolName;      // ToolCall
    QString toolArguments; // ToolCall: the JSON string exactly as received

    static ContentPart makeText(const QString &text) { return {Kind::Text, text, {}, {}, {}, {}}; }
    static ContentPart makeReasoning(const QString &text, const QString &signature = {})
    {
        return {Kind::Reasoning, text, signature, {}, {}, {}};
    }
    static ContentPart makeToolCall(const QString &id, const QString &name, const QString &args)
    {
        return {Kind::ToolCall, {}, {}, id, name, args};
    }

    friend bool operator==(const ContentPart &, const ContentPart &) = default;
};

} // namespace Parlance::Core
