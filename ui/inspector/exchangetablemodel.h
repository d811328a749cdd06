#pragma once

#include <QAbstractTableModel>

#include <deque>
#include <functional>

namespace Parlance::Engine {
class ExchangeLog;
}

namespace Parlance::Ui {

// The inspector's list as a table over the session's ExchangeLog: one row per attempt, oldest
// first, with the time, its source (which compare column sent it, say), method, path, status
// (or what the attempt is doing) and duration.
class ExchangeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeTableModel)

public:
    enum Column {
        TimeColumn,
        SourceColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64, stable across eviction of older entries
        StatusRole,                // int, 0 when no HTTP answer
        IsErrorRole,               // bool: failed, or answered 4xx/5xx
        IsStreamRole,              // bool
        StateRole,                 // Engine::ExchangeLog::State
        ConversationRole,          // QString: the key the entry was logged under
    };
    // Names the source of a conversation key ("B · demo-lorem"); empty for no tag.
    using Tagger = std::function<QString(const QString &conversationKey)>;

    explicit ExchangeTableModel(Engine::ExchangeLog *log, QObject *parent = nullptr);

    Engine::ExchangeLog *log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTagger(Tagger tagger);
    // Asks the tagger again for every row, for when names change (a blind comparison revealed).
    void refreshTags();
    bool hasTags() const { return m_taggedRows > 0; } // some row has a non-empty tag

signals:
    void hasTagsChanged(bool hasTags);

private:
    QString tagFor(int row) const;
    void setTagCount(int taggedRows);

    Engine::ExchangeLog *m_log;
    Tagger m_tagger;
    // Tags are asked for once per row, not on every paint: the tagger may look names up.
    std::deque<QString> m_tags; // parallel to the log's rows
    int m_taggedRows = 0;
};

} // namespace Parlance::Ui
