#pragma once

#include "core/pricetable.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Parlance::Ui {

class PriceTableDelegate;
class PriceTableModel;

// Edits the prices per model that costs are worked out from. Nothing is saved here: the caller
// takes prices() when the dialog is accepted.
class PriceTableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableDialog)

public:
    // `knownModels`: offered while a model name is typed (the gateway's models, say).
    PriceTableDialog(const Core::PriceTable &prices, const QStringList &knownModels,
                     QWidget *parent = nullptr);
    ~PriceTableDialog() override;

    Core::PriceTable prices() const;

    // Stays open, saying why, while a row has no model name or a typed value is refused.
    void accept() override;

private:
    void addRow();
    void removeCurrentRow();
    void editCell(int row, int column);
    bool commitOpenEditor(); // false when the model refused what it held
    void showMessage(const QString &text);
    void updateButtons();

    PriceTableModel *m_model;
    PriceTableDelegate *m_delegate;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QDialogButtonBox *m_buttons;
    int m_refusals = 0;
};

} // namespace Parlance::Ui
