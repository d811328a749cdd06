#include "inspector/jsontreemodel.h"

#include "inspector/jsoncolors.h"
#include "inspector/jsontext.h"

#include <QGuiApplication>

#include <algorithm>

namespace Parlance::Ui {

static constexpr qsizetype MaxShownValue = 500;

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QByteArray &json)
{
    beginResetModel();
    m_json = json;
    m_root = std::make_unique<Node>();
    m_root->begin = JsonText::skipWhitespace(m_json, 0);
    m_root->end = JsonText::skipValue(m_json, m_root->begin, &m_root->childCount);
    m_root->first = m_root->begin < m_json.size() ? m_json.at(m_root->begin) : 0;
    if (m_root->first != '{' && m_root->first != '[')
        m_root->childCount = 0;
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_json.clear();
    m_root.reset();
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::scan(Node *node) const
{
    if (node->scanned)
        return;
    node->scanned = true;
    if (node->first != '{' && node->first != '[')
        return;
    const bool isObject = node->first == '{';
    node->children.reserve(size_t(node->childCount));
    qsizetype pos = JsonText::skipWhitespace(m_json, node->begin + 1);
    for (int row = 0; row < node->childCount && pos < node->end; ++row) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = row;
        if (isObject) {
            child->keyBegin = pos;
            const qsizetype keyEnd = JsonText::skipValue(m_json, pos);
            child->key = JsonText::decodeString(QByteArrayView(m_json).sliced(pos, keyEnd - pos));
            pos = JsonText::skipWhitespace(m_json, keyEnd) + 1; // past ':'
        } else {
            child->key = QString(QLatin1Char('[') + QString::number(row) + QLatin1Char(']'));
        }
        child->begin = JsonText::skipWhitespace(m_json, pos);
        child->end = JsonText::skipValue(m_json, child->begin, &child->childCount);
        child->first = child->begin < m_json.size() ? m_json.at(child->begin) : 0;
        pos = JsonText::skipWhitespace(m_json, child->end);
        if (pos < node->end && m_json.at(pos) == ',')
            pos = JsonText::skipWhitespace(m_json, pos + 1);
        node->children.push_back(std::move(child));
    }
    // A malformed text could announce more children than the scan found.
    node->childCount = int(node->children.size());
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    scan(node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_root || (parent.isValid() && parent.column() != 0))
        return 0;
    return nodeFor(parent)->childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::valueText(const Node *node) const
{
    switch (node->first) {
    case '{':
        return QString(QLatin1Char('{') + QString::number(node->childCount) + QLatin1Char('}'));
    case '[':
        return QString(QLatin1Char('[') + QString::number(node->childCount) + QLatin1Char(']'));
    case '"': {
        const QByteArrayView literal
            = QByteArrayView(m_json).sliced(node->begin, node->end - node->begin);
        // Decoding a multi-megabyte string to show its first line would freeze the view.
        if (literal.size() > MaxShownValue * 8) {
            QString head = QString::fromUtf8(literal.sliced(1, MaxShownValue));
            return QString(head + QChar(0x2026));
        }
        QString text = JsonText::decodeString(literal);
        if (text.size() > MaxShownValue)
            text = QString(text.left(MaxShownValue) + QChar(0x2026));
        return text;
    }
    default:
        return QString::fromUtf8(
            QByteArrayView(m_json).sliced(node->begin, node->end - node->begin));
    }
}

static QString typeName(char first)
{
    switch (first) {
    case '{':
        return QStringLiteral("object");
    case '[':
        return QStringLiteral("array");
    case '"':
        return QStringLiteral("string");
    case 't':
    case 'f':
        return QStringLiteral("boolean");
    case 'n':
        return QStringLiteral("null");
    default:
        return QStringLiteral("number");
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return node->key;
        return valueText(node);
    case Qt::ToolTipRole:
        return index.column() == ValueColumn ? QVariant(valueText(node)) : QVariant();
    case Qt::ForegroundRole: {
        if (index.column() == KeyColumn)
            return {};
        const JsonColors colors = JsonColors::forPalette(QGuiApplication::palette());
        switch (node->first) {
        case '{':
        case '[':
            return {};
        case '"':
            return colors.string;
        case 't':
        case 'f':
        case 'n':
            return colors.keyword;
        default:
            return colors.number;
        }
    }
    case OffsetRole:
        return qint64(node->begin);
    case TypeRole:
        return typeName(node->first);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

QModelIndex JsonTreeModel::indexForOffset(qsizetype offset) const
{
    if (!m_root)
        return {};
    QModelIndex found;
    Node *node = m_root.get();
    for (;;) {
        scan(node);
        // Children are in text order: the candidate is the last one starting at or before it.
        const auto after = std::upper_bound(
            node->children.begin(), node->children.end(), offset,
            [](qsizetype value, const std::unique_ptr<Node> &child) {
                return value < (child->keyBegin >= 0 ? child->keyBegin : child->begin);
            });
        if (after == node->children.begin())
            return found;
        Node *next = std::prev(after)->get();
        if (offset >= next->end)
            return found;
        found = createIndex(next->row, 0, next);
        // A hit in the key belongs to this member, not to anything inside its value.
        if (offset < next->begin)
            return found;
        node = next;
    }
}

} // namespace Parlance::Ui
