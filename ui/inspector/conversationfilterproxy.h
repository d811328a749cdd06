#pragma once

#include <QSortFilterProxyModel>

namespace Parlance::Ui {

// The exchange list narrowed to one conversation key (one compare column, say), in log order.
// An empty key lets every row through.
class ConversationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilterProxy)

public:
    explicit ConversationFilterProxy(QObject *parent = nullptr);

    QString conversation() const { return m_conversation; }
    void setConversation(const QString &conversationKey);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_conversation;
};

} // namespace Parlance::Ui
