#pragma once

#include "core/apierror.h"
#include "core/usage.h"

#include <QList>
#include <QString>

namespace Parlance::Core {

// One increment decoded from a response: a stream event yields zero or more of these, and a
// non-streamed body is decoded into the same sequence, so every reply is assembled one way.
struct ReplyDelta
{
    enum class Kind {
        Text,      // text: appended to the answer
        Reasoning, // text: appended to the reasoning; signature when the server sent one
        Refusal,   // text: appended to the refusal
        ToolCall,  // toolIndex; toolCallId/toolName on the first fragment; text: arguments piece
        Usage,     // usage: replaces what was known (Databricks repeats cumulative usage)
        Finish,    // text: the finish reason ("stop", "length", "tool_calls", ...)
        Info,      // responseId / model as the server reported them
        Error,     // error: the server reported an error, or the payload made no sense
    };

    Kind kind = Kind::Text;
    int choice = 0; // choice index (n > 1); Responses output is always choice 0
    QString text;
    QString signature;  // Reasoning
    int toolIndex = 0;  // ToolCall
    QString toolCallId; // ToolCall
    QString toolName;   // ToolCall
    Usage usage;        // Usage
    QString responseId; // Info
    QString model;      // Info
    ApiError error;     // Error

    static ReplyDelta makeText(QString text, int choice = 0)
    {
        ReplyDelta d;
        d.kind = Kind::Text;
        d.text = std::move(text);
        d.choice = choice;
        return d;
    }
    static ReplyDelta makeReasoning(QString text, int choice = 0, QString signature = {})
    {
        ReplyDelta d;
        d.kind = Kind::Reasoning;
        d.text = std::move(text);
        d.choice = choice;
        d.signature = std::move(signature);
        return d;
    }
    static ReplyDelta makeError(ApiError error)
    {
        ReplyDelta d;
        d.kind = Kind::Error;
        d.error = std::move(error);
        return d;
    }

    // Whether `next` can be folded into this delta (its text appended to this one's) with the
    // same effect on a Reply: both carry text of the same kind for the same choice.
    bool canAbsorb(Kind nextKind, int nextChoice) const
    {
        return kind == nextKind && choice == nextChoice
               && (kind == Kind::Text || kind == Kind::Reasoning || kind == Kind::Refusal);
    }

    friend bool operator==(const ReplyDelta &, const ReplyDelta &) = default;
};

// Appends `delta` to `out`, folded into the last delta when that one can absorb it. A stream
// decoded into one list this way holds a delta per run of tokens rather than per token, and
// assembles the same reply.
inline void appendFolded(QList<ReplyDelta> &out, ReplyDelta &&delta)
{
    if (!out.isEmpty() && out.constLast().canAbsorb(delta.kind, delta.choice)) {
        ReplyDelta &last = out.last();
        last.text += delta.text;
        last.signature += delta.signature;
        return;
    }
    out.append(std::move(delta));
}

} // namespace Parlance::Core
