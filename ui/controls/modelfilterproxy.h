#pragma once

#include <QSortFilterProxyModel>

namespace Parlance::Ui {

// What the picker's list shows of a ModelListModel: rows whose name or description holds the
// typed text (case-insensitive), and endpoints that are not for chat only when asked to.
// Keeps the source order, which already puts favourites and recents first.
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilterProxy)

public:
    explicit ModelFilterProxy(QObject *parent = nullptr);
    ~ModelFilterProxy() override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    bool showsAll() const { return m_showAll; }
    void setShowAll(bool showAll);

    int rowOf(const QString &name) const; // -1 when filtered out or absent

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_showAll = false;
};

} // namespace Parlance::Ui
