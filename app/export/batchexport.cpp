#include "export/batchexport.h"

#include "export/markdowntext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Parlance::Export {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Export::BatchExport)
};

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

// A cell's text on one table line: each line escaped, the breaks as <br>.
QString markdownCellText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.trimmed().split(u'\n'))
        lines.append(MarkdownText::escaped(line));
    return lines.join(QStringLiteral("<br>"));
}

QString markdownFigures(const BatchExportCell &cell)
{
    QStringList parts;
    if (cell.totalMs)
        parts.append(Tr::tr("%1 ms").arg(*cell.totalMs));
    if (cell.outputTokens)
        parts.append(Tr::tr("%1 tokens").arg(*cell.outputTokens));
    if (cell.checksTotal > 0)
        parts.append(Tr::tr("checks %1/%2").arg(cell.checksPassed).arg(cell.checksTotal));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QByteArray batchCsv(const BatchExportTable &table)
{
    QByteArray out = "input_index,prompt,model,text,error,total_ms,output_tokens,checks_passed,"
                     "checks_total\r\n";
    for (qsizetype row = 0; row < table.prompts.size(); ++row) {
        for (qsizetype model = 0; model < table.models.size(); ++model) {
            const BatchExportCell &cell = table.cell(row, model);
            if (!cell.answered)
                continue;
            const QList<QByteArray> fields{
                QByteArray::number(row),
                csvField(table.prompts.at(row)),
                csvField(table.models.at(model)),
                csvField(cell.text),
                csvField(cell.error),
                number(cell.totalMs).toUtf8(),
                number(cell.outputTokens).toUtf8(),
                QByteArray::number(cell.checksPassed),
                QByteArray::number(cell.checksTotal),
            };
            out += fields.join(',') + "\r\n";
        }
    }
    return out;
}

QString batchMarkdown(const BatchExportTable &table)
{
    QString out = QStringLiteral("| ") + Tr::tr("Prompt");
    for (const QString &model : table.models)
        out += QStringLiteral(" | ") + MarkdownText::escaped(model);
    out += QStringLiteral(" |\n|---");
    for (qsizetype i = 0; i < table.models.size(); ++i)
        out += QStringLiteral("|---");
    out += QStringLiteral("|\n");
    for (qsizetype row = 0; row < table.prompts.size(); ++row) {
        out += QStringLiteral("| ") + markdownCellText(table.prompts.at(row));
        for (qsizetype model = 0; model < table.models.size(); ++model) {
            const BatchExportCell &cell = table.cell(row, model);
            QString text;
            if (!cell.answered)
                text = QStringLiteral("–");
            else if (!cell.error.isEmpty())
                text = QStringLiteral("**") + Tr::tr("Error:") + QStringLiteral("** ")
                       + markdownCellText(cell.error);
            else
                text = markdownCellText(cell.text);
            const QString figures = cell.answered ? markdownFigures(cell) : QString();
            if (!figures.isEmpty())
                text += QStringLiteral("<br>_") + figures + u'_';
            out += QStringLiteral(" | ") + text;
        }
        out += QStringLiteral(" |\n");
    }
    return out;
}

QByteArray batchJsonl(const QList<QJsonObject> &lines)
{
    QByteArray out;
    for (const QJsonObject &line : lines)
        out += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace Parlance::Export
