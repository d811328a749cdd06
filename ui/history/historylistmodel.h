#pragma once

#include "store/storedconversation.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace Parlance::Ui {

// The stored conversations, newest first, as the history panel lists them.
class HistoryListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryListModel)

public:
    enum Role { KeyRole = Qt::UserRole + 1, CurrentRole, IsComparisonRole };

    explicit HistoryListModel(QObject *parent = nullptr);

    void setConversations(const QList<Store::ConversationSummary> &conversations);
    void setCurrentKey(const QString &key); // shown in bold
    int rowOf(const QString &key) const;    // -1 when not listed

    // "just now", "5 min ago", "14:02", "Mon 14:02" or a date, as a list would say it.
    static QString describeTime(const QDateTime &when, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Store::ConversationSummary> m_conversations;
    QString m_currentKey;
};

} // namespace Parlance::Ui
