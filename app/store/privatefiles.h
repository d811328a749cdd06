#pragma once

#include <QFileDevice>
#include <QString>

namespace Parlance::Store {

// Conversations are the user's alone: their files are 0600 in a 0700 folder whatever the
// umask, because a 0644 file in a 0755 folder is readable by every account on the machine.
namespace PrivateFiles {

inline constexpr QFileDevice::Permissions FileMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions FolderMode = FileMode | QFileDevice::ExeOwner;

// Creates `folder` and its missing parents, each one it creates with FolderMode; folders that
// exist are left as they are. False when the folder cannot be made.
bool makeFolder(const QString &folder);

// Creates `file`, empty and FileMode, unless it exists. False when it neither exists nor can
// be created.
bool makeFile(const QString &file);

// Takes away every permission beyond `mode` from `path`, if it exists. Failing is not an
// error: a file that may be written but not chmod-ed (another owner, a file system without
// Unix modes) still works, and refusing it would lose the history for nothing.
void restrict(const QString &path, QFileDevice::Permissions mode);

} // namespace PrivateFiles

} // namespace Parlance::Store
