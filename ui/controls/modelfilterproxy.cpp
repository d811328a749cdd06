#include "controls/modelfilterproxy.h"

#include "controls/modellistmodel.h"

namespace Parlance::Ui {

ModelFilterProxy::ModelFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

ModelFilterProxy::~ModelFilterProxy() = default;

void ModelFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ModelFilterProxy::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    m_showAll = showAll;
    invalidateFilter();
}

int ModelFilterProxy::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(ModelListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto section = index.data(ModelListModel::SectionRole).value<ModelListModel::Section>();
    if (!m_showAll && section == ModelListModel::Section::OtherEndpoints)
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ModelListModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive)
           || index.data(ModelListModel::AliasRole).toString().contains(m_text, Qt::CaseInsensitive)
           || index.data(ModelListModel::DescriptionRole)
                  .toString()
                  .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Parlance::Ui
