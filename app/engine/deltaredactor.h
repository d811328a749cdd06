#pragma once

#include "core/replydelta.h"
#include "net/redaction.h"

#include <QList>

#include <map>
#include <tuple>

namespace Parlance::Engine {

// Masks the connection's secrets in decoded deltas. The raw bytes are redacted where they
// arrive, but a secret can still reach the text split over several events, or spelt with JSON
// escapes: each text channel (kind, choice, tool call) is redacted as one stream, holding back
// a tail that could begin a secret until the next delta of that channel or the end decides.
class DeltaRedactor
{
public:
    explicit DeltaRedactor(const Net::SecretRedactor *secrets) : m_secrets(secrets) {}

    bool isActive() const { return m_secrets && !m_secrets->isEmpty(); }
    // Redacts `batch` in place; a delta whose text is all held back is dropped. A choice's
    // held text is let out before its finish reason.
    void redact(QList<Core::ReplyDelta> &batch);
    // The end of the answer: the held text of every channel, redacted.
    QList<Core::ReplyDelta> finish();

private:
    using Channel = std::tuple<int, int, int>; // kind, choice, tool index

    void flushChoice(int choice, QList<Core::ReplyDelta> &out);
    Core::ReplyDelta heldDelta(const Channel &channel, QByteArray text) const;

    const Net::SecretRedactor *m_secrets;
    std::map<Channel, Net::StreamRedactor> m_channels;
};

} // namespace Parlance::Engine
