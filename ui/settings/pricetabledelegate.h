#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Parlance::Ui {

// Edits the price table's cells in line edits named after their column, and offers the models
// the gateway knows while a model name is typed.
class PriceTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableDelegate)

public:
    PriceTableDelegate(const QStringList &knownModels, QObject *parent = nullptr);
    ~PriceTableDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QStringList m_knownModels;
};

} // namespace Parlance::Ui
