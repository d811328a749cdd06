#pragma once

#include "core/message.h"

#include <QList>

namespace Parlance::Core {

// The turns sent to a model. The system prompt is not stored here: it belongs to the
// generation parameters, so one conversation can be replayed against several set-ups.
class Conversation
{
public:
    Conversation() = default;
    explicit Conversation(QList<Message> messages) : m_messages(std::move(messages)) {}

    static Conversation singleTurn(const QString &userText)
    {
        return Conversation({Message::user(userText)});
    }

    const QList<Message> &messages() const { return m_messages; }
    void append(const Message &message) { m_messages.append(message); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    qsizetype size() const { return m_messages.size(); }

    friend bool operator==(const Conversation &, const Conversation &) = default;

private:
    QList<Message> m_messages;
};

} // namespace Parlance::Core
