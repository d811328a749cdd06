#include "inspector/conversationfilterproxy.h"

#include "inspector/exchangetablemodel.h"

namespace Parlance::Ui {

ConversationFilterProxy::ConversationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void ConversationFilterProxy::setConversation(const QString &conversationKey)
{
    if (conversationKey == m_conversation)
        return;
    m_conversation = conversationKey;
    invalidateFilter();
}

bool ConversationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_conversation.isEmpty())
        return true;
    // An exact match: a key that merely contains the filter ("cmp#10" for "cmp#1") is another.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ExchangeTableModel::ConversationRole).toString() == m_conversation;
}

} // namespace Parlance::Ui
