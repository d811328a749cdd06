#pragma once

#include "core/comparison.h"
#include "store/searchrows.h"
#include "store/storedbatch.h"
#include "store/storedconversation.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Parlance::Store {

// Conversations in one SQLite file (QtSql's QSQLITE driver). Synchronous: it lives on
// HistoryService's thread, never the GUI's. Each save is one transaction, so a crash leaves
// the previous version or the new one, never a mix. Errors come back as tr() text that says
// what happened and names the file, with SQLite's own message.
class HistoryStore
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // What the list holds; a key names one entry of one kind.
    enum class Entry { Chat, Comparison, Batch };

    HistoryStore();
    ~HistoryStore(); // closes the file

    // Opens (creating the folder, the file and the schema as needed) the history at `filePath`.
    // A file of an older schema is upgraded in one transaction (a failed upgrade leaves it as
    // it was). A file written by a newer schema, or one that is not a database, is refused and
    // left untouched.
    bool open(const QString &filePath, QString *error);
    bool isOpen() const;
    QString filePath() const { return m_filePath; }

    // Inserts, or replaces the conversation with the same key (turns included). A key that
    // belongs to a comparison or a batch run is refused.
    bool save(const StoredConversation &conversation, QString *error);
    std::optional<StoredConversation> load(const QString &key, QString *error);
    // Inserts, or replaces the comparison with the same key: its columns, their turns and the
    // votes of that key all become the value's, in one transaction. A key that belongs to a
    // chat or a batch run is refused.
    bool saveComparison(const Core::Comparison &comparison, QString *error);
    std::optional<Core::Comparison> loadComparison(const QString &key, QString *error);
    // Inserts, or replaces the batch run with the same key: its rows and all its cells become
    // the value's (cells of the key not in batch.cells go), in one transaction. A key that
    // belongs to a chat or a comparison is refused, as is a cell outside its rows or models.
    bool saveBatch(const StoredBatch &batch, QString *error);
    // Inserts or replaces just `cells` of the saved batch `key` and sets its `updated`, in one
    // transaction: what a running batch saves every second, so it costs in proportion to
    // `cells`, not to the batch. Fails when there is no such batch.
    bool saveBatchCells(const QString &key, const QDateTime &updated,
                        const QList<StoredBatch::Cell> &cells, QString *error);
    // Cells in (row, model) order.
    std::optional<StoredBatch> loadBatch(const QString &key, QString *error);
    // Every vote ever cast, oldest first, those of deleted comparisons included: the
    // leaderboard's data. A damaged vote is an error rather than a silently shorter list.
    std::optional<QList<Core::Vote>> votes(QString *error);

    // Chats, comparisons and batch runs, pinned ones first, then newest `updated` first; not
    // those deleted pending an undo.
    std::optional<QList<ConversationSummary>> list(QString *error);
    // The listed chats, comparisons and batch runs whose title or message text (answers,
    // reasoning and tool-call arguments included, any column's for a comparison, a batch's
    // prompts) matches `text`, in the order of list(), each with its first matching message
    // (a batch's: prompt; SearchHit::turn is its row) and the text around the match.
    // With the full-text index: every word of `text` starts a word of the same message (or of
    // the title), ignoring case and accents; "quoted words" must follow one another. Without
    // it, or for text with no letter or digit: the message contains `text`, ignoring case.
    // Empty text: none.
    std::optional<QList<SearchHit>> search(const QString &text, QString *error);
    // Removes the chat, the comparison or the batch run `key` for good (a comparison's votes
    // stay). Removing a key that is not there succeeds.
    bool remove(const QString &key, QString *error);

    // The title the user gave it, kept when saves change the first message; an empty one
    // gives back the title made from the first message.
    bool rename(const QString &key, const QString &title, QString *error);
    bool setPinned(const QString &key, bool pinned, QString *error);
    // Deleted pending an undo: no longer listed nor found, but not removed until remove() or,
    // when that never came (the app crashed), the next open() at least kDeletedGraceSeconds
    // later. setDeleted(key, false) is the undo.
    bool setDeleted(const QString &key, bool deleted, QString *error);
    static constexpr int kDeletedGraceSeconds = 60;

    // Whether search() uses SQLite's FTS5 index (known once open). On by default; a build whose
    // SQLite lacks FTS5 searches without it. Set before open().
    void setFullTextAllowed(bool allowed) { m_fullTextAllowed = allowed; }
    bool hasFullTextSearch() const { return m_fullText; }

    // QStandardPaths::AppDataLocation + "/history.sqlite".
    static QString defaultFilePath();

private:
    bool openDatabase(QString *error);
    void close();
    void setUpSearch();
    bool purgeDeleted(QString *error);
    // Inside a transaction.
    std::optional<QSqlError> removeRows(const QString &key);
    std::optional<QSqlError>
    writeSearchRows(const QString &key, const QString &table,
                    const std::function<void(QList<SearchRows::Row> *)> &addTurns,
                    bool titleOnly = false);
    // Saves an entry in one transaction: `write` puts its rows (its own first), the key is
    // refused when an entry of another kind holds it, then the search rows are written.
    bool saveEntry(Entry entry, const QString &key, const QString &title,
                   const std::function<std::optional<QSqlError>(QSqlDatabase &)> &write,
                   const std::function<void(QList<SearchRows::Row> *)> &addSearchRows,
                   QString *error);
    bool
    update(const QString &key, QString *error,
           const std::function<std::optional<QSqlError>(QSqlDatabase &, const QString &)> &change);

    QString m_connectionName; // the QSqlDatabase connection, unique per store
    QString m_filePath;
    bool m_open = false;
    bool m_busy = false; // the last setup failure was another connection's lock
    bool m_fullTextAllowed = true;
    bool m_fullText = false;
};

} // namespace Parlance::Store
