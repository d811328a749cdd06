#pragma once

#include "engine/batchinput.h"

#include <QFile>
#include <QList>

#include <optional>

namespace Parlance::Engine {

// Pulls the rows of a prompt set from a file, reading only as far as the rows asked for, so a
// batch of any length holds a few rows in memory at a time.
class BatchReader
{
public:
    static constexpr qsizetype kReadBytes = 64 * 1024;

    explicit BatchReader(BatchInputOptions options) : m_parser(std::move(options)) {}

    // False with *error when the file cannot be opened.
    bool open(const QString &path, QString *error);

    // The next row; nullopt at the end of the input, or when it is malformed (error()).
    std::optional<BatchRow> next();
    bool atEnd() const { return m_finished && m_ready.isEmpty(); }
    std::optional<BatchInputError> error() const
    {
        return m_readError ? m_readError : m_parser.error();
    }

private:
    QFile m_file;
    BatchInputParser m_parser;
    QList<BatchRow> m_ready;
    qsizetype m_readyAt = 0;
    bool m_finished = false;
    std::optional<BatchInputError> m_readError;
};

} // namespace Parlance::Engine
