#pragma once

#include <QAbstractItemModel>
#include <QByteArray>

#include <memory>
#include <vector>

namespace Parlance::Ui {

// A collapsible tree over JSON text, in the order the keys were sent (QJsonObject would sort
// them). Nodes are byte ranges into the text and are created when a parent is first opened,
// so a 10 MB body costs one scan of what is expanded, not a copy of the whole document.
// The top-level object's members (or array's elements) are the root rows.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        OffsetRole = Qt::UserRole + 1, // qint64: where the node's value starts in the text
        TypeRole,                      // QString: "object", "array", "string", "number", ...
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // `json` must be a valid JSON object or array (JsonText::check); it is kept, not copied.
    void setJson(const QByteArray &json);
    void clear();
    const QByteArray &json() const { return m_json; }

    // The deepest node whose key or value contains byte `offset` of the text.
    QModelIndex indexForOffset(qsizetype offset) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        qsizetype keyBegin = -1; // object members: where the key's literal starts
        qsizetype begin = 0;     // the value
        qsizetype end = 0;
        QString key;
        char first = 0; // first byte of the value: '{', '[', '"', 't', 'f', 'n' or a number
        int childCount = 0;
        bool scanned = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeFor(const QModelIndex &index) const;
    void scan(Node *node) const;
    QString valueText(const Node *node) const;

    QByteArray m_json;
    std::unique_ptr<Node> m_root;
};

} // namespace Parlance::Ui
