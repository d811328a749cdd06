#pragma once

#include "core/conversation.h"
#include "engine/batchtemplate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Parlance::Engine {

enum class BatchFormat { Jsonl, Csv };

// One prompt of a batch, ready to send.
struct BatchRow
{
    qint64 index = 0; // 0-based among the rows: the output's input_index
    qint64 line = 0;  // 1-based line of the input where the row starts
    QString prompt;   // what was asked: the template filled in, the prompt column, or the
                      // last user message of a `messages` row
    Core::Conversation conversation;
    // The row's other columns, as read: any JSON value from JSONL, strings from CSV. With a
    // template every column is here, the prompt's too, since the template may use any.
    QJsonObject columns;
};

// Where the input went wrong. The message names the field (CSV column, JSON key) and the row
// when the error is about one.
struct BatchInputError
{
    qint64 line = 0;   // 1-based; 0 when it is about the input as a whole (empty, say)
    qint64 column = 0; // 1-based byte position in that line; 0 when not about one place
    QString message;

    // "FILE:LINE:COLUMN: message", as compilers write it, so editors can jump there.
    QString format(const QString &fileName) const;
};

struct BatchInputOptions
{
    static constexpr qsizetype kDefaultMaxRecordBytes = 16 << 20;

    BatchFormat format = BatchFormat::Jsonl;
    QString promptColumn = QStringLiteral("prompt");
    std::optional<BatchTemplate> promptTemplate; // fills the prompt from the columns
    // One line of JSONL, one record of CSV, at most: a runaway quote or a file that is not
    // text fails here instead of filling the memory.
    qsizetype maxRecordBytes = kDefaultMaxRecordBytes;
};

// Reads a prompt set: JSONL (one object a line, a `prompt` string or a `messages` array; the
// other keys are columns) or CSV per RFC 4180 (a header row; quoted fields may hold commas,
// doubled quotes and line breaks; CRLF or LF). UTF-8, with or without a byte order mark;
// blank lines are skipped. Bytes come in pieces of any size and rows go out as soon as they
// are complete, so a file of any length is read in constant memory.
class BatchInputParser
{
public:
    explicit BatchInputParser(BatchInputOptions options);

    // .jsonl / .ndjson / .json-lines and .csv, by the file name's ending.
    static std::optional<BatchFormat> formatForPath(const QString &path);

    // Takes the next bytes of the input and appends the rows they complete to `rows`. Returns
    // false once the input is found malformed; error() then says where, and nothing more is
    // taken.
    bool feed(QByteArrayView bytes, QList<BatchRow> &rows);
    // The end of the input: the last row when no line break ended it, or the error of a quote
    // never closed, or of an input without rows.
    bool finish(QList<BatchRow> &rows);

    const std::optional<BatchInputError> &error() const { return m_error; }
    qint64 rowCount() const { return m_rows; }

private:
    enum class CsvState { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fail(qint64 line, qint64 column, const QString &message);
    bool feedJsonl(QByteArrayView bytes, QList<BatchRow> &rows);
    bool jsonlRecord(QList<BatchRow> &rows);
    bool feedCsv(QByteArrayView bytes, QList<BatchRow> &rows);
    bool csvEndField();
    bool csvRecord(QList<BatchRow> &rows);
    bool csvHeader();
    bool addRow(QJsonObject columns, qint64 line, QList<BatchRow> &rows);
    bool tooLarge(qint64 line);
    bool checkUtf8(QByteArrayView bytes, qint64 line, qint64 column);

    const BatchInputOptions m_options;
    std::optional<BatchInputError> m_error;
    QByteArray m_head; // the first bytes, until it is clear whether they are a byte order mark
    bool m_started = false;
    qint64 m_line = 1;   // of the next byte
    qint64 m_column = 1; // of the next byte, in bytes
    qint64 m_rows = 0;

    // JSONL: the line so far.
    QByteArray m_record;
    qint64 m_recordLine = 1;

    // CSV: the record so far.
    CsvState m_state = CsvState::FieldStart;
    QByteArray m_field;
    QList<QByteArray> m_fields;
    qsizetype m_recordBytes = 0;
    qint64 m_quoteLine = 0; // where the open quoted field started
    qint64 m_quoteColumn = 0;
    qint64 m_fieldLine = 0;
    qint64 m_fieldColumn = 0;
    QList<std::pair<qint64, qint64>> m_fieldStarts; // of the record's fields, for errors
    bool m_pendingCr = false;                       // a CR ended the record; skip an LF after it
    QStringList m_header;
};

} // namespace Parlance::Engine
