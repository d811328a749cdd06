#include "settings/pricetablemodel.h"

#include <QLocale>

#include <cmath>

namespace Parlance::Ui {

PriceTableModel::PriceTableModel(const Core::PriceTable &prices, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto &[model, price] : prices.entries())
        m_rows.append(Row{model, price});
}

PriceTableModel::~PriceTableModel() = default;

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ModelColumn:
            return row.model;
        case InputColumn:
            return formatAmount(row.price.inputPerMillion);
        case OutputColumn:
            return formatAmount(row.price.outputPerMillion);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn && row.model.isEmpty())
            return tr("Type the model name exactly as the gateway lists it.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != ModelColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case InputColumn:
        return tr("Input $ / 1M tokens");
    case OutputColumn:
        return tr("Output $ / 1M tokens");
    default:
        return {};
    }
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const bool changed = index.column() == ModelColumn
                             ? setModelName(index.row(), value.toString().trimmed())
                             : setAmount(index, value);
    if (changed)
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return changed;
}

bool PriceTableModel::setModelName(int row, const QString &name)
{
    if (name.isEmpty()) {
        emit editRefused(tr("A price needs a model name."));
        return false;
    }
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && m_rows.at(other).model.compare(name, Qt::CaseInsensitive) == 0) {
            emit editRefused(tr("\"%1\" already has a price.").arg(m_rows.at(other).model));
            return false;
        }
    }
    m_rows[row].model = name;
    return true;
}

bool PriceTableModel::setAmount(const QModelIndex &index, const QVariant &value)
{
    std::optional<double> amount;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        amount = value.toDouble();
    else
        amount = parseAmount(value.toString());
    if (!amount || !std::isfinite(*amount) || *amount < 0) {
        emit editRefused(tr("\"%1\" is not an amount of dollars of zero or more; the price "
                            "stays %2.")
                             .arg(value.toString(), data(index).toString()));
        return false;
    }
    Core::ModelPrice &price = m_rows[index.row()].price;
    (index.column() == InputColumn ? price.inputPerMillion : price.outputPerMillion)
        = *amount + 0.0; // -0 is shown as 0
    return true;
}

bool PriceTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

int PriceTableModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{});
    endInsertRows();
    return row;
}

int PriceTableModel::firstUnnamedRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).model.isEmpty())
            return row;
    }
    return -1;
}

Core::PriceTable PriceTableModel::prices() const
{
    Core::PriceTable table;
    for (const Row &row : m_rows) {
        if (!row.model.isEmpty())
            table.setPrice(row.model, row.price);
    }
    return table;
}

std::optional<double> PriceTableModel::parseAmount(const QString &text)
{
    QString number = text.trimmed();
    if (number.startsWith(u'$'))
        number = number.sliced(1).trimmed();
    // Group separators are refused: "2.500" in German would otherwise be 2500, not 2.5.
    QLocale locale;
    locale.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double amount = locale.toDouble(number, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        amount = c.toDouble(number, &ok);
    }
    if (!ok || !std::isfinite(amount) || amount < 0)
        return std::nullopt;
    return amount;
}

QString PriceTableModel::formatAmount(double amount)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(amount, 'f', QLocale::FloatingPointShortest);
}

} // namespace Parlance::Ui
