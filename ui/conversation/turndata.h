#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QModelIndex;

namespace Parlance::Ui {

// What the delegate draws for one row, read from the ConversationModel roles in one go.
struct TurnData
{
    struct ToolCall
    {
        QString id;
        QString name;
        QString arguments;
    };

    bool isUser = false;
    QString text;
    QString reasoning;
    QString refusal;
    QList<ToolCall> toolCalls;
    QString model;
    QString finishReason;
    QVariant inputTokens;
    QVariant outputTokens;
    QVariant ttftMs;
    QVariant totalMs;
    QVariant tokensPerSecond;
    bool streaming = false;
    bool incomplete = false;
    bool stopped = false;
    bool hasError = false;
    QString errorWhat;
    QString errorAdvice;
    QString errorDetail;
    quint64 lastExchangeId = 0;

    static TurnData fromIndex(const QModelIndex &index);

    // "demo-lorem · 12 in / 64 out tokens · TTFT 312 ms · total 1.84 s · 35.2 tok/s · stop"
    QString footerText() const;
    QStringList footerParts() const; // what footerText() joins with " · "
    // The footer's facts one per line, each named ("Time to first token: 312 ms").
    QString footerToolTip() const;
};

} // namespace Parlance::Ui
