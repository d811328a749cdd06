#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace Parlance::Engine {

// What an earlier run of a batch left in its output: the (input_index, model) pairs it
// finished. A run killed while writing leaves its last line cut short; that line is not a
// finished pair, and the file is to be cut back to the line before it, so what is appended
// starts on a line of its own.
struct BatchResume
{
    QSet<QString> done;    // key(index, model) of each finished pair
    qint64 keepBytes = 0;  // the file's complete lines end here
    qint64 lines = 0;      // complete lines read
    bool cutShort = false; // the last line had no line break and was left out

    static QString key(qint64 index, const QString &model)
    {
        return QString::number(index) + QLatin1Char('\t') + model;
    }
    bool isDone(qint64 index, const QString &model) const
    {
        return done.contains(key(index, model));
    }

    // Reads `path` (a missing file is an empty run). Nullopt with *error, naming the line, when
    // a complete line is not one a batch writes, or the file cannot be read.
    static std::optional<BatchResume> read(const QString &path, QString *error);
};

} // namespace Parlance::Engine
