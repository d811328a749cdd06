#include "engine/deltaredactor.h"

namespace Parlance::Engine {

namespace {

using Kind = Core::ReplyDelta::Kind;

bool carriesStreamedText(Kind kind)
{
    return kind == Kind::Text || kind == Kind::Reasoning || kind == Kind::Refusal
           || kind == Kind::ToolCall;
}

} // namespace

void DeltaRedactor::redact(QList<Core::ReplyDelta> &batch)
{
    if (!isActive())
        return;
    QList<Core::ReplyDelta> out;
    out.reserve(batch.size());
    for (Core::ReplyDelta &d : batch) {
        d.toolCallId = m_secrets->redact(d.toolCallId);
        d.toolName = m_secrets->redact(d.toolName);
        d.signature = m_secrets->redact(d.signature);
        if (d.kind == Kind::Error) {
            d.error.message = m_secrets->redact(d.error.message);
            d.error.code = m_secrets->redact(d.error.code);
            d.error.param = m_secrets->redact(d.error.param);
            d.error.raw = m_secrets->redact(std::move(d.error.raw));
        }
        if (d.kind == Kind::Finish)
            flushChoice(d.choice, out);
        if (!carriesStreamedText(d.kind)) {
            if (d.kind == Kind::Finish)
                d.text = m_secrets->redact(d.text);
            out.append(std::move(d));
            continue;
        }
        const Channel channel{int(d.kind), d.choice, d.kind == Kind::ToolCall ? d.toolIndex : 0};
        auto it = m_channels.try_emplace(channel, m_secrets).first;
        const QByteArray text = it->second.feed(d.text.toUtf8());
        // A tool call's first fragment names the call: it stays even with its text held back.
        if (text.isEmpty() && d.kind != Kind::ToolCall)
            continue;
        d.text = QString::fromUtf8(text);
        out.append(std::move(d));
    }
    batch = std::move(out);
}

void DeltaRedactor::flushChoice(int choice, QList<Core::ReplyDelta> &out)
{
    for (auto &[channel, stream] : m_channels) {
        if (std::get<1>(channel) == choice && stream.isHolding())
            out.append(heldDelta(channel, stream.finish()));
    }
}

Core::ReplyDelta DeltaRedactor::heldDelta(const Channel &channel, QByteArray text) const
{
    Core::ReplyDelta d;
    d.kind = Kind(std::get<0>(channel));
    d.choice = std::get<1>(channel);
    d.toolIndex = std::get<2>(channel);
    d.text = QString::fromUtf8(text);
    return d;
}

QList<Core::ReplyDelta> DeltaRedactor::finish()
{
    QList<Core::ReplyDelta> out;
    for (auto &[channel, stream] : m_channels) {
        if (stream.isHolding())
            out.append(heldDelta(channel, stream.finish()));
    }
    return out;
}

} // namespace Parlance::Engine
