#include "engine/batchresume.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parlance::Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchResume)
};
} // namespace

std::optional<BatchResume> BatchResume::read(const QString &path, QString *error)
{
    BatchResume resume;
    QFile file(path);
    if (!file.exists())
        return resume;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n')) {
            resume.cutShort = !line.isEmpty(); // killed mid-write: that pair is asked again
            break;
        }
        ++resume.lines;
        if (!line.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
            const QJsonValue index = object.value(QLatin1String("input_index"));
            const QJsonValue model = object.value(QLatin1String("model"));
            if (parseError.error != QJsonParseError::NoError || !index.isDouble()
                || !model.isString()) {
                *error = Tr::tr("%1:%2: not a line that parlance-cli batch writes (a JSON object "
                                "with input_index and model); --resume cannot tell which pairs "
                                "it holds. Move the file away to start over.")
                             .arg(path)
                             .arg(resume.lines);
                return std::nullopt;
            }
            resume.done.insert(key(qint64(index.toDouble()), model.toString()));
        }
        resume.keepBytes = file.pos();
    }
    return resume;
}

} // namespace Parlance::Engine
