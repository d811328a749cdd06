#include "store/historyschema.h"

#include <span>

namespace Parlance::Store::HistorySchema {

namespace {

using namespace Qt::StringLiterals;

// Version 1: chats. Never edited once released: files in users' hands hold exactly this.
const char *const kVersion1[] = {
    "CREATE TABLE conversations ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " title TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " connection_name TEXT NOT NULL,"
    " model TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " turn_count INTEGER NOT NULL)",
    "CREATE INDEX conversations_by_updated ON conversations (updated)",
    // A turn per row rather than one JSON array per conversation: a long conversation is not
    // one multi-megabyte value, and a damaged turn names its position.
    "CREATE TABLE turns ("
    " conversation_key TEXT NOT NULL REFERENCES conversations (key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " PRIMARY KEY (conversation_key, position))",
};

// Version 2: comparisons and the votes cast on them.
const char *const kVersion2[] = {
    // `models` and `round_count` repeat what the columns hold, so the history list reads one
    // row per comparison, as it does for chats.
    "CREATE TABLE comparisons ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " title TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " blind INTEGER NOT NULL,"
    " blind_order TEXT NOT NULL,"
    " models TEXT NOT NULL,"
    " round_count INTEGER NOT NULL)",
    "CREATE INDEX comparisons_by_updated ON comparisons (updated)",
    "CREATE TABLE comparison_columns ("
    " comparison_key TEXT NOT NULL REFERENCES comparisons (key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " connection_name TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " PRIMARY KEY (comparison_key, position))",
    // One row per turn, like a chat's; they go with their column, which goes with the
    // comparison.
    "CREATE TABLE comparison_turns ("
    " comparison_key TEXT NOT NULL,"
    " column_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " PRIMARY KEY (comparison_key, column_position, position),"
    " FOREIGN KEY (comparison_key, column_position)"
    " REFERENCES comparison_columns (comparison_key, position) ON DELETE CASCADE)",
    // Deliberately no foreign key to comparisons: votes are the leaderboard's data and outlive
    // the comparison they were cast in. Deleting a comparison from the history keeps them;
    // saving a comparison replaces the votes of its key.
    "CREATE TABLE votes ("
    " id INTEGER PRIMARY KEY,"
    " comparison_key TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " contestants TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " best INTEGER NOT NULL,"
    " round INTEGER NOT NULL)",
    "CREATE INDEX votes_by_comparison ON votes (comparison_key)",
    "CREATE INDEX votes_by_at ON votes (at)",
};

const std::span<const char *const> kSteps[] = {kVersion1, kVersion2};
static_assert(std::size(kSteps) == kVersion, "one step per version");

} // namespace

QStringList upgradeStatements(int fromVersion)
{
    QStringList statements;
    for (int version = fromVersion; version < kVersion; ++version) {
        for (const char *statement : kSteps[version])
            statements.append(QString::fromLatin1(statement));
    }
    // user_version is part of the transaction: a crash leaves the old version or the new one.
    statements.append(u"PRAGMA user_version = %1"_s.arg(kVersion));
    return statements;
}

} // namespace Parlance::Store::HistorySchema
