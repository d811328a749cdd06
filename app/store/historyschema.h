#pragma once

#include <QStringList>

// The tables of the history file, version by version. A file is brought from the version it
// records (PRAGMA user_version) to the current one by running every later step in one
// transaction; a new file is simply a file at version 0, so the same steps create it and
// every migration is exercised by every new history.
namespace Parlance::Store::HistorySchema {

// PRAGMA user_version of the newest schema. A file with a higher number was written by a newer
// build whose tables this one does not know, so it is refused rather than half understood.
constexpr int kVersion = 4;

// The statements that take a file at `fromVersion` (0 to kVersion) to kVersion, the final
// PRAGMA user_version included.
QStringList upgradeStatements(int fromVersion);

// Whether a file at `fromVersion` has conversations whose search rows the upgrade must write
// (from the stored turns, which SQL alone cannot read): files from before version 3.
constexpr bool needsSearchRows(int fromVersion)
{
    return fromVersion > 0 && fromVersion < 3;
}

} // namespace Parlance::Store::HistorySchema
