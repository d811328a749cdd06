#include "settings/pricetabledialog.h"

#include "settings/pricetabledelegate.h"
#include "settings/pricetablemodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Parlance::Ui {

PriceTableDialog::PriceTableDialog(const Core::PriceTable &prices, const QStringList &knownModels,
                                   QWidget *parent)
    : QDialog(parent)
    , m_model(new PriceTableModel(prices, this))
    , m_delegate(new PriceTableDelegate(knownModels, this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Model Prices"));

    auto *intro = new QLabel(
        tr("Prices in US dollars per million tokens, to show what each answer cost. Parlance "
           "ships no prices, as they change: models without one show no cost."),
        this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("priceTable"));
    m_view->setAccessibleName(tr("Prices per model"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table, so the keyboard reaches the buttons; arrows move between cells.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PriceTableModel::ModelColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PriceTableModel::InputColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PriceTableModel::OutputColumn,
                                                     QHeaderView::ResizeToContents);

    auto *removeAction = new QAction(tr("Remove Price"), m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut); // not while a cell is being edited
    connect(removeAction, &QAction::triggered, this, &PriceTableDialog::removeCurrentRow);
    m_view->addAction(removeAction);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add a price"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected price"));
    m_removeButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &PriceTableDialog::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &PriceTableDialog::removeCurrentRow);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    connect(m_model, &PriceTableModel::editRefused, this, [this](const QString &reason) {
        ++m_refusals;
        showMessage(reason);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showMessage({}); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateButtons(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PriceTableDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 380);

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, PriceTableModel::ModelColumn));
    updateButtons();
}

PriceTableDialog::~PriceTableDialog() = default;

Core::PriceTable PriceTableDialog::prices() const
{
    return m_model->prices();
}

void PriceTableDialog::accept()
{
    if (!commitOpenEditor())
        return;
    const int unnamed = m_model->firstUnnamedRow();
    if (unnamed >= 0) {
        showMessage(tr("Row %1 has no model name: type one, or remove the row.").arg(unnamed + 1));
        m_view->setCurrentIndex(m_model->index(unnamed, PriceTableModel::ModelColumn));
        m_view->setFocus();
        return;
    }
    QDialog::accept();
}

void PriceTableDialog::addRow()
{
    // One empty row at a time: a second one would only be another to fill or remove.
    int row = m_model->firstUnnamedRow();
    if (row < 0)
        row = m_model->appendRow();
    editCell(row, PriceTableModel::ModelColumn);
}

void PriceTableDialog::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const int column = m_view->currentIndex().column();
    m_model->removeRow(row);
    showMessage({});
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), column));
    m_view->setFocus();
    updateButtons();
}

void PriceTableDialog::editCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

bool PriceTableDialog::commitOpenEditor()
{
    QWidget *editor = m_view->indexWidget(m_view->currentIndex());
    if (!editor)
        return true;
    const int refusalsBefore = m_refusals;
    emit m_delegate->commitData(editor);
    emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return m_refusals == refusalsBefore;
}

void PriceTableDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PriceTableDialog::updateButtons()
{
    m_removeButton->setEnabled(m_view->currentIndex().isValid());
}

} // namespace Parlance::Ui
