#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A batch's results as files to keep: CSV (one record per answer, for a spreadsheet),
// Markdown (a table of prompts × models, for a report) and JSONL (the lines the CLI's
// `batch` writes). The values are plain so this layer needs no engine: the batch session
// fills them in.
namespace Parlance::Export {

struct BatchExportCell
{
    bool answered = false; // false: the pair was not asked (a cancelled run)
    QString text;
    QString error; // empty when it succeeded
    std::optional<qint64> totalMs;
    std::optional<qint64> outputTokens;
    int checksPassed = 0;
    int checksTotal = 0;
};

struct BatchExportTable
{
    QStringList models;
    QStringList prompts;
    QList<BatchExportCell> cells; // row-major: prompts × models

    const BatchExportCell &cell(qsizetype row, qsizetype model) const
    {
        return cells.at(row * models.size() + model);
    }
};

// RFC 4180, UTF-8 with CRLF line ends: a header, then a record per answered pair:
// input_index,prompt,model,text,error,total_ms,output_tokens,checks_passed,checks_total.
// Fields with a comma, a quote or a line break are quoted, quotes doubled.
QByteArray batchCsv(const BatchExportTable &table);

// A GitHub-flavoured table: a Prompt column and one per model. A cell holds the answer (its
// line breaks as <br>, pipes escaped) and a line with the time, tokens and checks passed;
// a failure shows its error.
QString batchMarkdown(const BatchExportTable &table);

// One compact JSON object a line, each ended by a line feed.
QByteArray batchJsonl(const QList<QJsonObject> &lines);

} // namespace Parlance::Export
