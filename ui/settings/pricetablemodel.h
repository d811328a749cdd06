#pragma once

#include "core/pricetable.h"

#include <QAbstractTableModel>
#include <QList>

namespace Parlance::Ui {

// The price editor's working copy: one row per model, edited in place, in the order rows were
// loaded (sorted by name) and added (at the end), so a row does not jump while it is typed in.
// Edits that would break the table (no name, a name twice, a price that is not an amount of zero
// or more) are refused: setData() returns false and editRefused() says why.
class PriceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableModel)

public:
    enum Column { ModelColumn, InputColumn, OutputColumn, ColumnCount };

    explicit PriceTableModel(const Core::PriceTable &prices, QObject *parent = nullptr);
    ~PriceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Appends a row with no model name yet (priced at zero) and returns it.
    int appendRow();
    int firstUnnamedRow() const; // -1 when every row has a name

    // The rows that have a name.
    Core::PriceTable prices() const;

    // An amount as the user types it, in their locale or with a decimal point, with or without
    // a leading "$"; nothing unless it is a finite number of zero or more.
    static std::optional<double> parseAmount(const QString &text);
    static QString formatAmount(double amount);

signals:
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QString model;
        Core::ModelPrice price;
    };

    bool setModelName(int row, const QString &name);
    bool setAmount(const QModelIndex &index, const QVariant &value);

    QList<Row> m_rows;
};

} // namespace Parlance::Ui
