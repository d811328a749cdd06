#include "sql/sqlresultmodel.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

#include <algorithm>

namespace Parlance::Ui {

namespace {

// A value longer than this is shown cut in the cell (the tooltip and a copy have it all): a
// long ai_query answer would make every row as tall as a page.
constexpr qsizetype kShownChars = 500;

QString quotedForCopy(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r')
        && !text.contains(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

SqlResultModel::SqlResultModel(QObject *parent) : QAbstractTableModel(parent) {}

SqlResultModel::~SqlResultModel() = default;

void SqlResultModel::setResult(const QStringList &columns, const QList<QList<QJsonValue>> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

void SqlResultModel::clear()
{
    setResult({}, {});
}

int SqlResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QJsonValue *SqlResultModel::cell(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const QList<QJsonValue> &row = m_rows.at(index.row());
    // A row shorter than the schema has nothing in its last cells, not NULL.
    return index.column() < row.size() ? &row.at(index.column()) : nullptr;
}

QString SqlResultModel::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("NULL");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toVariant().toString();
    }
}

QVariant SqlResultModel::data(const QModelIndex &index, int role) const
{
    const QJsonValue *value = cell(index);
    if (!value)
        return {};
    const bool isNull = value->isNull();
    switch (role) {
    case Qt::DisplayRole: {
        if (isNull)
            return tr("NULL");
        const QString text = cellText(*value);
        if (text.size() <= kShownChars)
            return text;
        return QString(text.left(kShownChars) + u'…');
    }
    case Qt::ToolTipRole:
        return isNull ? tr("NULL: no value") : cellText(*value).left(4000);
    case Qt::EditRole:
        return isNull ? QVariant() : QVariant(cellText(*value));
    case IsNullRole:
        return isNull;
    case Qt::FontRole:
        if (isNull) {
            QFont font = QApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isNull)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant SqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section))
                                                      : QVariant();
}

QString SqlResultModel::copyText(const QModelIndexList &indexes) const
{
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = -1;
    for (const QModelIndex &index : std::as_const(sorted)) {
        if (index.model() != this || !index.isValid())
            continue;
        const QJsonValue *value = cell(index);
        if (row >= 0)
            text += index.row() == row ? u'\t' : u'\n';
        row = index.row();
        if (value)
            text += sorted.size() == 1 ? cellText(*value) : quotedForCopy(cellText(*value));
    }
    return text;
}

} // namespace Parlance::Ui
