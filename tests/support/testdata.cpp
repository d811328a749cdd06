#include "support/testdata.h"

#include <QFile>
#include <QFileInfo>

namespace Parlance::Testing {

QString dataPath(QStringView relative)
{
    const QString path = QStringLiteral(PARLANCE_TEST_DATA_DIR "/") + relative;
    if (!QFileInfo::exists(path))
        qFatal("test data missing: %s", qPrintable(path));
    return path;
}

QString sourcePath(QStringView relative)
{
    const QString path = QStringLiteral(PARLANCE_SOURCE_DIR "/") + relative;
    if (!QFileInfo::exists(path))
        qFatal("test file missing: %s", qPrintable(path));
    return path;
}

QByteArray readData(QStringView relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        qFatal("test data %s is empty or could not be read: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    return bytes;
}

QString examplePath(QStringView name)
{
    return dataPath(QString(QStringLiteral("wire/examples/") + name));
}

QByteArray readExample(QStringView name)
{
    return readData(QString(QStringLiteral("wire/examples/") + name));
}

} // namespace Parlance::Testing
