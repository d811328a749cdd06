#include "export/harfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Parlance::Export {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::Har)
};
} // namespace

HarImport readHarFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        HarImport result;
        result.error = Tr::tr("Could not open %1: %2").arg(path, file.errorString());
        return result;
    }
    // Read no more than the limit and one byte: a file that grows while it is read (or that
    // reports no size, like a pipe) is caught all the same.
    const QByteArray bytes = file.read(kMaxHarBytes + 1);
    if (bytes.isEmpty() && file.error() != QFile::NoError) {
        HarImport result;
        result.error = Tr::tr("Could not read %1: %2").arg(path, file.errorString());
        return result;
    }
    return fromHar(bytes);
}

QString writeHarFile(const QString &path, const QByteArray &har, bool withCredentials)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Could not write %1: %2").arg(path, file.errorString());
    if (withCredentials)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(har) != har.size() || !file.commit())
        return Tr::tr("Could not write %1: %2").arg(path, file.errorString());
    if (withCredentials)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace Parlance::Export
