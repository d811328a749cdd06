#pragma once

#include "core/comparison.h"
#include "store/storedconversation.h"

#include <QList>
#include <QString>

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
    // belongs to a comparison is refused.
    bool save(const StoredConversation &conversation, QString *error);
    std::optional<StoredConversation> load(const QString &key, QString *error);
    // Inserts, or replaces the comparison with the same key: its columns, their turns and the
    // votes of that key all become the value's, in one transaction. A key that belongs to a
    // chat is refused.
    bool saveComparison(const Core::Comparison &comparison, QString *error);
    std::optional<Core::Comparison> loadComparison(const QString &key, QString *error);
    // Every vote ever cast, oldest first, those of deleted comparisons included: the
    // leaderboard's data. A damaged vote is an error rather than a silently shorter list.
    std::optional<QList<Core::Vote>> votes(QString *error);

    // Chats and comparisons, newest `updated` first.
    std::optional<QList<ConversationSummary>> list(QString *error);
    // The chats and comparisons whose title or message text (answers, reasoning and tool-call
    // arguments included, any column's for a comparison) contains `text`, ignoring case;
    // newest first. Empty text: none.
    std::optional<QList<ConversationSummary>> search(const QString &text, QString *error);
    // Removes the chat or the comparison `key` (a comparison's votes stay). Removing a key that
    // is not there succeeds.
    bool remove(const QString &key, QString *error);

    // QStandardPaths::AppDataLocation + "/history.sqlite".
    static QString defaultFilePath();

private:
    bool openDatabase(QString *error);
    void close();

    QString m_connectionName; // the QSqlDatabase connection, unique per store
    QString m_filePath;
    bool m_open = false;
    bool m_busy = false; // the last setup failure was another connection's lock
};

} // namespace Parlance::Store
