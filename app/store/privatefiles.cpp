#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Parlance::Store::PrivateFiles {

bool makeFolder(const QString &folder)
{
    QStringList missing;
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        // Another process may make the same folder at the same moment.
        if (!QDir().mkdir(dir, FolderMode) && !QFileInfo(dir).isDir())
            return false;
    }
    return QFileInfo(folder).isDir();
}

bool makeFile(const QString &file)
{
    QFile out(file);
    if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode))
        return true;
    return QFileInfo::exists(file);
}

void restrict(const QString &path, QFileDevice::Permissions mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return;
    // Only the owner, group and other bits count: QFileDevice's "user" flags describe the
    // current user and cannot be set.
    const QFileDevice::Permissions unixBits
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
          | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions current = info.permissions() & unixBits;
    if (!(current & ~mode))
        return;
    QFile::setPermissions(path, current & mode);
}

} // namespace Parlance::Store::PrivateFiles
