#pragma once

#include "core/apierror.h"
#include "core/message.h"
#include "core/replydelta.h"
#include "core/usage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Parlance::Core {

struct ReplyChoice
{
    Message message = Message::make(Role::Assistant, {});
    QString finishReason;

    friend bool operator==(const ReplyChoice &, const ReplyChoice &) = default;
};

// A reply assembled from deltas. apply() costs time proportional to the delta, not to what
// was received before: text goes onto the last part of its kind, tool-call fragments find
// their part through an index.
class Reply
{
public:
    void apply(const ReplyDelta &delta);
    void applyAll(const QList<ReplyDelta> &deltas)
    {
        for (const ReplyDelta &d : deltas)
            apply(d);
    }

    QString responseId;
    QString model;
    QList<ReplyChoice> choices; // grows to the highest choice index seen
    Usage usage;
    std::optional<ApiError> error; // the first error reported

    // Choice 0, the one the CLI prints and the conversation keeps.
    const ReplyChoice &primary() const;
    QString text() const { return primary().message.text(); }
    QString reasoning() const { return primary().message.reasoning(); }
    QString finishReason() const { return primary().finishReason; }
    // Did anything visible arrive (text, reasoning, refusal or a tool call)?
    bool hasContent() const;

    friend bool operator==(const Reply &a, const Reply &b)
    {
        return a.responseId == b.responseId && a.model == b.model && a.choices == b.choices
               && a.usage == b.usage && a.error == b.error;
    }

private:
    ReplyChoice &choiceAt(int index);
    void appendPart(ReplyChoice &choice, ContentPart::Kind kind, const QString &text,
                    const QString &signature);

    // (choice, toolIndex) -> index into that choice's parts
    QHash<quint64, qsizetype> m_toolParts;
};

} // namespace Parlance::Core
