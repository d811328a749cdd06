#include "conversation/turndata.h"

#include "conversation/conversationmodel.h"
#include "conversation/figureformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QModelIndex>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::TurnData)
};

} // namespace

TurnData TurnData::fromIndex(const QModelIndex &index)
{
    using M = ConversationModel;
    TurnData d;
    d.isUser = index.data(M::IsUserRole).toBool();
    d.text = index.data(M::TextRole).toString();
    if (d.isUser)
        return d;
    d.reasoning = index.data(M::ReasoningRole).toString();
    d.refusal = index.data(M::RefusalRole).toString();
    const QVariantList calls = index.data(M::ToolCallsRole).toList();
    for (const QVariant &call : calls) {
        const QVariantMap map = call.toMap();
        d.toolCalls.append({map.value(QStringLiteral("id")).toString(),
                            map.value(QStringLiteral("name")).toString(),
                            map.value(QStringLiteral("arguments")).toString()});
    }
    d.model = index.data(M::ModelRole).toString();
    d.finishReason = index.data(M::FinishReasonRole).toString();
    d.inputTokens = index.data(M::InputTokensRole);
    d.outputTokens = index.data(M::OutputTokensRole);
    d.ttftMs = index.data(M::TimeToFirstTokenRole);
    d.totalMs = index.data(M::TotalTimeRole);
    d.tokensPerSecond = index.data(M::TokensPerSecondRole);
    d.streaming = index.data(M::StreamingRole).toBool();
    d.incomplete = index.data(M::IncompleteRole).toBool();
    d.stopped = index.data(M::StoppedRole).toBool();
    d.hasError = index.data(M::HasErrorRole).toBool();
    if (d.hasError) {
        d.errorWhat = index.data(M::ErrorWhatRole).toString();
        d.errorAdvice = index.data(M::ErrorAdviceRole).toString();
        d.errorDetail = index.data(M::ErrorDetailRole).toString();
    }
    d.lastExchangeId = index.data(M::LastExchangeIdRole).toULongLong();
    return d;
}

QString TurnData::footerText() const
{
    return footerParts().join(QStringLiteral(" · "));
}

QStringList TurnData::footerParts() const
{
    QStringList parts;
    if (!model.isEmpty())
        parts.append(model);
    if (streaming) {
        parts.append(Tr::tr("generating…"));
        return parts;
    }
    if (inputTokens.isValid() && outputTokens.isValid())
        parts.append(Tr::tr("%1 in / %2 out tokens")
                         .arg(formatCount(inputTokens.toLongLong()),
                              formatCount(outputTokens.toLongLong())));
    else if (outputTokens.isValid())
        parts.append(Tr::tr("%1 out tokens").arg(formatCount(outputTokens.toLongLong())));
    if (ttftMs.isValid())
        parts.append(Tr::tr("TTFT %1").arg(formatMs(ttftMs.toLongLong())));
    if (totalMs.isValid())
        parts.append(Tr::tr("total %1").arg(formatMs(totalMs.toLongLong())));
    if (tokensPerSecond.isValid())
        parts.append(Tr::tr("%1 tok/s").arg(formatRate(tokensPerSecond.toDouble())));
    if (!finishReason.isEmpty())
        parts.append(finishReason);
    return parts;
}

QString TurnData::footerToolTip() const
{
    QStringList lines;
    if (!model.isEmpty())
        lines.append(Tr::tr("Model: %1").arg(model));
    if (streaming) {
        lines.append(Tr::tr("Generating…"));
        return lines.join(QLatin1Char('\n'));
    }
    if (inputTokens.isValid())
        lines.append(Tr::tr("Input tokens: %1").arg(inputTokens.toLongLong()));
    if (outputTokens.isValid())
        lines.append(Tr::tr("Output tokens: %1").arg(outputTokens.toLongLong()));
    if (ttftMs.isValid())
        lines.append(Tr::tr("Time to first token: %1").arg(formatMs(ttftMs.toLongLong())));
    if (totalMs.isValid())
        lines.append(Tr::tr("Total time: %1").arg(formatMs(totalMs.toLongLong())));
    if (tokensPerSecond.isValid())
        lines.append(Tr::tr("Speed: %1 tokens/s").arg(formatRate(tokensPerSecond.toDouble())));
    if (!finishReason.isEmpty())
        lines.append(Tr::tr("Finish reason: %1").arg(finishReason));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Parlance::Ui
