#pragma once

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Parlance::Ui {

// The rows of a statement's result as a table: one column per result column, each cell the
// value as the warehouse sent it. NULL is not an empty string: it reads "NULL", set apart
// (IsNullRole, italic, dimmed), and copies as NULL.
class SqlResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlResultModel)

public:
    enum Role { IsNullRole = Qt::UserRole + 1 };

    explicit SqlResultModel(QObject *parent = nullptr);
    ~SqlResultModel() override;

    void setResult(const QStringList &columns, const QList<QList<QJsonValue>> &rows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The cells as tab-separated lines, rows in order and each row's cells left to right; a
    // cell holding a tab, a line break or a quote is quoted, as spreadsheets read it.
    QString copyText(const QModelIndexList &indexes) const;

    // A cell's text: strings as they are, other JSON as compact JSON, NULL as "NULL".
    static QString cellText(const QJsonValue &value);

private:
    const QJsonValue *cell(const QModelIndex &index) const;

    QStringList m_columns;
    QList<QList<QJsonValue>> m_rows;
};

} // namespace Parlance::Ui
