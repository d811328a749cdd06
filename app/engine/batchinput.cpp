#include "engine/batchinput.h"

#include "core/jsontype.h"
#include "core/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchInput)
};

constexpr QByteArrayView Bom("\xEF\xBB\xBF");

// A message's content: a string, or an array of text parts ({"type":"text","text":...} or
// plain strings), as the Chat Completions API takes it.
std::optional<QString> contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return std::nullopt;
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        if (part.isString()) {
            text += part.toString();
            continue;
        }
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("text")
            || !object.value(QLatin1String("text")).isString())
            return std::nullopt;
        text += object.value(QLatin1String("text")).toString();
    }
    return text;
}

std::optional<Core::Conversation> parseMessages(const QJsonValue &value, QString *error)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        *error = Tr::tr("'messages' must be a non-empty array of {\"role\", \"content\"} objects, "
                        "not a %1")
                     .arg(value.isArray() ? Tr::tr("empty array") : Core::jsonTypeName(value));
        return std::nullopt;
    }
    Core::Conversation conversation;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject message = array.at(i).toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        Core::Role kind = Core::Role::User;
        if (role == QLatin1String("user")) {
            kind = Core::Role::User;
        } else if (role == QLatin1String("assistant")) {
            kind = Core::Role::Assistant;
        } else if (role == QLatin1String("system")) {
            kind = Core::Role::System;
        } else {
            *error = Tr::tr("messages[%1] needs a \"role\" of system, user or assistant").arg(i);
            return std::nullopt;
        }
        const std::optional<QString> text = contentText(message.value(QLatin1String("content")));
        if (!text) {
            *error = Tr::tr("messages[%1] needs a \"content\" string (or an array of text parts)")
                         .arg(i);
            return std::nullopt;
        }
        conversation.append(Core::Message::make(kind, *text));
    }
    return conversation;
}

QString lastUserText(const Core::Conversation &conversation)
{
    const QList<Core::Message> &messages = conversation.messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == Core::Role::User)
            return it->text();
    }
    return messages.isEmpty() ? QString() : messages.constLast().text();
}

} // namespace

QString BatchInputError::format(const QString &fileName) const
{
    if (line <= 0)
        return fileName + QStringLiteral(": ") + message;
    QString where = fileName + QLatin1Char(':') + QString::number(line);
    if (column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + message;
}

BatchInputParser::BatchInputParser(BatchInputOptions options) : m_options(std::move(options)) {}

std::optional<BatchFormat> BatchInputParser::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".jsonl")) || lower.endsWith(QLatin1String(".ndjson"))
        || lower.endsWith(QLatin1String(".json-lines")))
        return BatchFormat::Jsonl;
    if (lower.endsWith(QLatin1String(".csv")))
        return BatchFormat::Csv;
    return std::nullopt;
}

bool BatchInputParser::fail(qint64 line, qint64 column, const QString &message)
{
    if (!m_error)
        m_error = BatchInputError{line, column, message};
    return false;
}

bool BatchInputParser::tooLarge(qint64 line)
{
    return fail(line, 0,
                Tr::tr("the row is larger than %1 MB; is this a text file, or is a quote "
                       "left open?")
                    .arg(double(m_options.maxRecordBytes) / (1 << 20), 0, 'g', 3));
}

bool BatchInputParser::checkUtf8(QByteArrayView bytes, qint64 line, qint64 column)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype bad = Core::firstInvalidUtf8(data, bytes.size());
    if (bad < 0)
        return true;
    return fail(line, column + bad,
                Tr::tr("the bytes here are not UTF-8 (byte 0x%1); save the file as "
                       "UTF-8")
                    .arg(data[bad], 2, 16, QLatin1Char('0')));
}

bool BatchInputParser::feed(QByteArrayView bytes, QList<BatchRow> &rows)
{
    if (m_error)
        return false;
    if (!m_started) {
        m_head.append(bytes);
        if (m_head.size() < Bom.size() && Bom.startsWith(m_head))
            return true; // could still be a byte order mark
        m_started = true;
        const QByteArray head = std::exchange(m_head, {});
        QByteArrayView body = head;
        if (body.startsWith(Bom))
            body = body.sliced(Bom.size());
        return m_options.format == BatchFormat::Jsonl ? feedJsonl(body, rows) : feedCsv(body, rows);
    }
    return m_options.format == BatchFormat::Jsonl ? feedJsonl(bytes, rows) : feedCsv(bytes, rows);
}

bool BatchInputParser::finish(QList<BatchRow> &rows)
{
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        const QByteArray head = std::exchange(m_head, {});
        if (!(m_options.format == BatchFormat::Jsonl ? feedJsonl(head, rows) : feedCsv(head, rows)))
            return false;
    }
    if (m_options.format == BatchFormat::Jsonl) {
        if (!m_record.isEmpty() && !jsonlRecord(rows))
            return false;
        if (m_rows == 0)
            return fail(0, 0, Tr::tr("the input holds no rows"));
        return true;
    }
    if (m_state == CsvState::Quoted)
        return fail(m_quoteLine, m_quoteColumn,
                    Tr::tr("the quoted field that starts here is never closed: a \" is missing"));
    if (m_state != CsvState::FieldStart || !m_fields.isEmpty()) {
        if (!csvEndField() || !csvRecord(rows))
            return false;
    }
    if (m_header.isEmpty())
        return fail(0, 0, Tr::tr("the input is empty: a CSV file starts with a header row"));
    if (m_rows == 0)
        return fail(0, 0, Tr::tr("the input has a header but no rows"));
    return true;
}

// JSONL --------------------------------------------------------------------------------------

bool BatchInputParser::feedJsonl(QByteArrayView bytes, QList<BatchRow> &rows)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        if (m_record.size() + piece.size() > m_options.maxRecordBytes)
            return tooLarge(m_recordLine);
        m_record.append(piece);
        if (newline < 0)
            break;
        if (!jsonlRecord(rows))
            return false;
        ++m_line;
        m_recordLine = m_line;
        bytes = bytes.sliced(newline + 1);
    }
    return true;
}

bool BatchInputParser::jsonlRecord(QList<BatchRow> &rows)
{
    QByteArray line = std::exchange(m_record, {});
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return true;
    if (!checkUtf8(line, m_recordLine, 1))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(m_recordLine, parseError.offset + 1,
                    Tr::tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(m_recordLine, 1,
                    Tr::tr("each line must be a JSON object, and this one is an array"));
    return addRow(document.object(), m_recordLine, rows);
}

// CSV ----------------------------------------------------------------------------------------

bool BatchInputParser::feedCsv(QByteArrayView bytes, QList<BatchRow> &rows)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the LF of a CRLF that ended a line
        }
        if (++m_recordBytes > m_options.maxRecordBytes)
            return tooLarge(m_fieldStarts.isEmpty() ? m_fieldLine : m_fieldStarts.first().first);
        const qint64 column = m_column++;
        const bool lineBreak = c == '\n' || c == '\r';
        switch (m_state) {
        case CsvState::FieldStart:
            m_fieldLine = m_line;
            m_fieldColumn = column;
            if (c == '"') {
                m_quoteLine = m_line;
                m_quoteColumn = column;
                m_state = CsvState::Quoted;
                continue;
            }
            if (lineBreak && m_fields.isEmpty()) { // a blank line: no record at all
                m_recordBytes = 0;
                ++m_line;
                m_column = 1;
                m_pendingCr = c == '\r';
                continue;
            }
            if (c != ',' && !lineBreak) {
                m_field.append(c);
                m_state = CsvState::Unquoted;
                continue;
            }
            break;
        case CsvState::Unquoted:
            if (c != ',' && !lineBreak) {
                m_field.append(c); // a quote inside an unquoted field is taken as it is
                continue;
            }
            break;
        case CsvState::Quoted:
            if (c == '"') {
                m_state = CsvState::QuoteInQuoted;
            } else {
                m_field.append(c);
                if (c == '\n') {
                    ++m_line;
                    m_column = 1;
                }
            }
            continue;
        case CsvState::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                m_state = CsvState::Quoted;
                continue;
            }
            if (c != ',' && !lineBreak) {
                const uchar u = uchar(c);
                const QString shown
                    = u >= 0x20 && u < 0x7F
                          ? u'\'' + QString(QLatin1Char(c)) + u'\''
                          : QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
                return fail(m_line, column,
                            Tr::tr("after the closing quote of field %1 comes %2 instead of a "
                                   "comma or a line break; write a quote inside a quoted field "
                                   "as \"\"")
                                .arg(m_fields.size() + 1)
                                .arg(shown));
            }
            break;
        }
        // A comma or a line break ends the field; a line break ends the record too.
        m_state = CsvState::FieldStart;
        if (!csvEndField())
            return false;
        if (lineBreak) {
            if (!csvRecord(rows))
                return false;
            ++m_line;
            m_column = 1;
            m_pendingCr = c == '\r';
        }
    }
    return true;
}

bool BatchInputParser::csvEndField()
{
    m_fieldStarts.append({m_fieldLine, m_fieldColumn});
    m_fields.append(std::exchange(m_field, {}));
    return checkUtf8(m_fields.constLast(), m_fieldLine, m_fieldColumn);
}

bool BatchInputParser::csvHeader()
{
    QStringList names;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString name = QString::fromUtf8(m_fields.at(i));
        if (name.trimmed().isEmpty())
            return fail(m_fieldStarts.at(i).first, m_fieldStarts.at(i).second,
                        Tr::tr("column %1 of the header has no name").arg(i + 1));
        if (names.contains(name))
            return fail(m_fieldStarts.at(i).first, m_fieldStarts.at(i).second,
                        Tr::tr("the header names column '%1' twice").arg(name));
        names.append(name);
    }
    const QStringList needed = m_options.promptTemplate ? m_options.promptTemplate->variables()
                                                        : QStringList{m_options.promptColumn};
    for (const QString &column : needed) {
        if (names.contains(column))
            continue;
        const QString message
            = m_options.promptTemplate
                  ? Tr::tr("the template needs {{%1}}, but the header has no column '%1' (it "
                           "has: %2)")
                        .arg(column, names.join(QStringLiteral(", ")))
                  : Tr::tr("the header has no column '%1' for the prompt (it has: %2); name "
                           "the prompt's column with --prompt-column, or give a --template")
                        .arg(column, names.join(QStringLiteral(", ")));
        return fail(m_fieldStarts.first().first, 0, message);
    }
    m_header = names;
    return true;
}

bool BatchInputParser::csvRecord(QList<BatchRow> &rows)
{
    const QList<QByteArray> fields = std::exchange(m_fields, {});
    const QList<std::pair<qint64, qint64>> starts = std::exchange(m_fieldStarts, {});
    m_recordBytes = 0;
    if (m_header.isEmpty()) {
        m_fields = fields;
        m_fieldStarts = starts;
        const bool ok = csvHeader();
        m_fields.clear();
        m_fieldStarts.clear();
        return ok;
    }
    const qint64 line = starts.first().first;
    if (fields.size() != m_header.size()) {
        const qsizetype extra = qMin(fields.size(), m_header.size());
        return fail(line, fields.size() > m_header.size() ? starts.at(extra).second : 0,
                    Tr::tr("row %1 has %2 fields, but the header has %3 columns")
                        .arg(m_rows)
                        .arg(fields.size())
                        .arg(m_header.size()));
    }
    QJsonObject columns;
    for (qsizetype i = 0; i < fields.size(); ++i)
        columns.insert(m_header.at(i), QString::fromUtf8(fields.at(i)));
    return addRow(columns, line, rows);
}

// Rows ---------------------------------------------------------------------------------------

bool BatchInputParser::addRow(QJsonObject columns, qint64 line, QList<BatchRow> &rows)
{
    BatchRow row;
    row.index = m_rows;
    row.line = line;
    const bool jsonl = m_options.format == BatchFormat::Jsonl;
    const QString &promptColumn = m_options.promptColumn;
    if (m_options.promptTemplate) {
        if (jsonl && columns.contains(QLatin1String("messages")))
            return fail(line, 0,
                        Tr::tr("row %1 has 'messages', which a --template cannot fill in; give "
                               "such rows without --template")
                            .arg(row.index));
        QString missing;
        const std::optional<QString> prompt = m_options.promptTemplate->render(columns, &missing);
        if (!prompt)
            return fail(line, 0,
                        Tr::tr("row %1 has no '%2', which the template needs for {{%2}}")
                            .arg(row.index)
                            .arg(missing));
        row.prompt = *prompt;
        row.conversation = Core::Conversation::singleTurn(row.prompt);
    } else if (jsonl && !columns.contains(promptColumn)
               && columns.contains(QLatin1String("messages"))) {
        QString error;
        const std::optional<Core::Conversation> conversation
            = parseMessages(columns.take(QLatin1String("messages")), &error);
        if (!conversation)
            return fail(line, 0, Tr::tr("row %1: %2").arg(row.index).arg(error));
        row.conversation = *conversation;
        row.prompt = lastUserText(row.conversation);
    } else {
        const QJsonValue prompt = columns.take(promptColumn);
        if (prompt.isUndefined())
            return fail(line, 0,
                        Tr::tr("row %1 has neither a '%2' string nor a 'messages' array; name "
                               "the prompt's key with --prompt-column, or give a --template")
                            .arg(row.index)
                            .arg(promptColumn));
        if (!prompt.isString())
            return fail(line, 0,
                        Tr::tr("row %1: '%2' must be a string, not a %3")
                            .arg(row.index)
                            .arg(promptColumn, Core::jsonTypeName(prompt)));
        row.prompt = prompt.toString();
        row.conversation = Core::Conversation::singleTurn(row.prompt);
    }
    row.columns = std::move(columns);
    rows.append(std::move(row));
    ++m_rows;
    return true;
}

} // namespace Parlance::Engine
