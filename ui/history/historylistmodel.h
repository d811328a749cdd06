#pragma once

#include "store/storedconversation.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

namespace Parlance::Ui {

// The stored conversations as the history panel lists them (pinned ones first, then newest
// first, as the store orders them), with what the search found in each. A title edited in the
// list is shown at once and asked of the store with renameRequested().
class HistoryListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryListModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        CurrentRole,
        IsComparisonRole,
        PinnedRole,
        TitleRole,      // the title alone, without the comparison mark
        HitRole,        // a Store::SearchHit; invalid when the search found nothing in it
        RevealTurnRole, // the chat message to show when opened from the search; -1: none
        KindRole        // a Store::ConversationSummary::Kind, as int
    };

    explicit HistoryListModel(QObject *parent = nullptr);

    void setConversations(const QList<Store::ConversationSummary> &conversations);
    void setCurrentKey(const QString &key); // shown in bold
    int rowOf(const QString &key) const;    // -1 when not listed
    // What the search found: a snippet under each of these rows. Empty: none.
    void setSearchHits(const QList<Store::SearchHit> &hits);

    // "just now", "5 min ago", "14:02", "Mon 14:02" or a date, as a list would say it.
    static QString describeTime(const QDateTime &when, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void renameRequested(const QString &key, const QString &title);

private:
    QString describeHit(const Store::SearchHit &hit) const;
    // "20 prompts × 3 models · 57 of 60 answered · 3 failed"
    static QString batchProgress(const Store::ConversationSummary &batch);

    QList<Store::ConversationSummary> m_conversations;
    QHash<QString, Store::SearchHit> m_hits;
    QString m_currentKey;
};

} // namespace Parlance::Ui
