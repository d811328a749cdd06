#include "settings/pricetabledelegate.h"

#include "settings/pricetablemodel.h"

#include <QCompleter>
#include <QLineEdit>

namespace Parlance::Ui {

PriceTableDelegate::PriceTableDelegate(const QStringList &knownModels, QObject *parent)
    : QStyledItemDelegate(parent), m_knownModels(knownModels)
{
    m_knownModels.removeDuplicates();
    m_knownModels.sort(Qt::CaseInsensitive);
}

PriceTableDelegate::~PriceTableDelegate() = default;

QWidget *PriceTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    if (index.column() == PriceTableModel::ModelColumn) {
        editor->setObjectName(QStringLiteral("modelNameEditor"));
        if (!m_knownModels.isEmpty()) {
            auto *completer = new QCompleter(m_knownModels, editor);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            editor->setCompleter(completer);
        }
    } else {
        editor->setObjectName(QStringLiteral("amountEditor"));
        editor->setAlignment(Qt::AlignRight);
    }
    return editor;
}

} // namespace Parlance::Ui
