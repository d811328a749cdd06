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

// Version 3: what the user makes of the list (a name of their own, pinned on top, deleted
// pending an undo) and the text the search looks through.
const char *const kVersion3[] = {
    // NULL: the title the keeper makes from the first message, which saves keep updating.
    "ALTER TABLE conversations ADD COLUMN custom_title TEXT",
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    // Not NULL: deleted at that time and hidden, until the undo runs out and the row goes.
    "ALTER TABLE conversations ADD COLUMN deleted_at TEXT",
    "ALTER TABLE comparisons ADD COLUMN custom_title TEXT",
    "ALTER TABLE comparisons ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE comparisons ADD COLUMN deleted_at TEXT",
    // The text a reader sees of every message and title, one row each (position -1: the
    // title; column_position -1: a chat's), written with the turns. Plain text rather than
    // the turns' JSON, so neither a search nor its fallback finds a key or a model name; the
    // full-text index (search_text, made by the store when SQLite has FTS5) reads it as its
    // content table.
    "CREATE TABLE search_rows ("
    " id INTEGER PRIMARY KEY,"
    " owner TEXT NOT NULL,"
    " column_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL)",
    "CREATE INDEX search_rows_by_owner ON search_rows (owner, column_position, position)",
};

// Version 4: batch runs. The workspace's values (a prompt row, the setup, a cell's result line)
// are kept as the JSON it gives, so the engine's types can change without a new version here.
const char *const kVersion4[] = {
    // `models` is a JSON list of names; `row_count`, `model_count`, `cells_done` and
    // `cells_failed` repeat what the other tables hold, so the history list reads one row per
    // batch, as it does for chats and comparisons.
    "CREATE TABLE batches ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " title TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " connection_name TEXT NOT NULL,"
    " models TEXT NOT NULL,"
    " setup TEXT NOT NULL,"
    " row_count INTEGER NOT NULL,"
    " model_count INTEGER NOT NULL,"
    " cells_done INTEGER NOT NULL,"
    " cells_failed INTEGER NOT NULL,"
    " custom_title TEXT,"
    " pinned INTEGER NOT NULL DEFAULT 0,"
    " deleted_at TEXT)",
    "CREATE INDEX batches_by_updated ON batches (updated)",
    "CREATE TABLE batch_rows ("
    " batch_key TEXT NOT NULL REFERENCES batches (key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " PRIMARY KEY (batch_key, position))",
    // One row per cell: a running batch saves the cells that changed every second, and a
    // batch of 10,000 prompts and 4 models must not be one value rewritten each time.
    "CREATE TABLE batch_cells ("
    " batch_key TEXT NOT NULL REFERENCES batches (key) ON DELETE CASCADE,"
    " row INTEGER NOT NULL,"
    " model INTEGER NOT NULL,"
    " json TEXT NOT NULL,"
    " failed INTEGER NOT NULL,"
    " PRIMARY KEY (batch_key, row, model))",
};

const std::span<const char *const> kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4};
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
