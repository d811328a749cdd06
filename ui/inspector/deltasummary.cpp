#include "inspector/deltasummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Parlance::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::DeltaSummary)
};
} // namespace

static constexpr int MaxQuoted = 48;

// A fragment as a short C-like literal, so whitespace and quotes in a delta stay visible.
static QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    const qsizetype n = qMin(text.size(), qsizetype(MaxQuoted));
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1StringView("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1StringView("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1StringView("\\r");
        else
            out += c;
    }
    if (text.size() > n)
        out += QChar(0x2026);
    out += QLatin1Char('"');
    return out;
}

static QString summarize(const Core::ReplyDelta &delta)
{
    using Kind = Core::ReplyDelta::Kind;
    switch (delta.kind) {
    case Kind::Text:
        return QString(QLatin1StringView("text ") + quoted(delta.text));
    case Kind::Reasoning:
        if (delta.text.isEmpty() && !delta.signature.isEmpty())
            return QStringLiteral("reasoning signature");
        return QString(QLatin1StringView("reasoning ") + quoted(delta.text));
    case Kind::Refusal:
        return QString(QLatin1StringView("refusal ") + quoted(delta.text));
    case Kind::ToolCall: {
        const QString name = delta.toolName.isEmpty()
                                 ? QString(QLatin1Char('#') + QString::number(delta.toolIndex))
                                 : delta.toolName;
        if (delta.text.isEmpty())
            return QString(QLatin1StringView("tool ") + name);
        return QString(QLatin1StringView("tool ") + name + QLatin1StringView(" args +")
                       + quoted(delta.text));
    }
    case Kind::Usage: {
        QStringList parts{QStringLiteral("usage")};
        if (delta.usage.inputTokens)
            parts << QStringLiteral("in %1").arg(*delta.usage.inputTokens);
        if (delta.usage.outputTokens)
            parts << QStringLiteral("out %1").arg(*delta.usage.outputTokens);
        if (delta.usage.reasoningTokens)
            parts << QStringLiteral("reasoning %1").arg(*delta.usage.reasoningTokens);
        return parts.join(QLatin1Char(' '));
    }
    case Kind::Finish:
        return QString(QLatin1StringView("finish ") + delta.text);
    case Kind::Info: {
        QStringList parts;
        if (!delta.model.isEmpty())
            parts << QString(QLatin1StringView("model ") + delta.model);
        if (!delta.responseId.isEmpty())
            parts << QString(QLatin1StringView("id ") + delta.responseId);
        return parts.join(QLatin1Char(' '));
    }
    case Kind::Error: {
        const QString code = delta.error.code.isEmpty()
                                 ? QString()
                                 : QString(delta.error.code + QLatin1StringView(": "));
        return Tr::tr("error %1%2").arg(code, delta.error.message);
    }
    }
    return {};
}

QString summarizeDeltas(const QList<Core::ReplyDelta> &deltas, const QByteArray &eventData)
{
    if (deltas.isEmpty())
        return eventData.trimmed() == "[DONE]" ? QStringLiteral("[DONE]") : QString();
    QStringList parts;
    for (const Core::ReplyDelta &delta : deltas) {
        const QString part = summarize(delta);
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1StringView("; "));
}

} // namespace Parlance::Ui
