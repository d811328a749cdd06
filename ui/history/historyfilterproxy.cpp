#include "history/historyfilterproxy.h"

#include "history/historylistmodel.h"

namespace Parlance::Ui {

HistoryFilterProxy::HistoryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void HistoryFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matches.clear();
    m_haveMatches = false;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setContentMatches(const QString &text, const QSet<QString> &keys)
{
    if (text.trimmed() != m_text)
        return; // an answer to an older search
    m_matches = keys;
    m_haveMatches = true;
    invalidateRowsFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data().toString().contains(m_text, Qt::CaseInsensitive)
           || m_matches.contains(index.data(HistoryListModel::KeyRole).toString());
}

} // namespace Parlance::Ui
