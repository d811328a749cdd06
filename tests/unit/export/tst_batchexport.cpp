// The batch exports read back: the CSV through the batch input parser (RFC 4180, the same
// reader a prompt set goes through), with commas, quotes and line breaks in every text; the
// Markdown table keeps one line per prompt and one cell per model whatever pipes and breaks
// the answers hold; the JSONL is a line of JSON per object.
#include "engine/batchinput.h"
#include "export/batchexport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Parlance;
using Export::BatchExportCell;
using Export::BatchExportTable;

class TstBatchExport : public QObject
{
    Q_OBJECT

private slots:
    void csvReadsBackWithQuotesCommasAndBreaks();
    void csvLeavesOutPairsNotAsked();
    void markdownKeepsItsTableShape();
    void jsonlIsOneObjectALine();

private:
    static BatchExportTable table();
};

BatchExportTable TstBatchExport::table()
{
    BatchExportTable t;
    t.models = {QStringLiteral("model-a"), QStringLiteral("model,b")};
    t.prompts = {QStringLiteral("Say \"hi\", then stop"), QStringLiteral("Two\nlines | pipe")};
    BatchExportCell a0{true, QStringLiteral("hi, \"there\""), {}, 120, 3, 1, 2};
    BatchExportCell b0{true, {}, QStringLiteral("HTTP 500: boom,\r\nagain"), 40, {}, 0, 2};
    BatchExportCell a1{true, QStringLiteral("a | b\nc || d"), {}, 7, 2, 2, 2};
    BatchExportCell b1{}; // not asked
    t.cells = {a0, b0, a1, b1};
    return t;
}

void TstBatchExport::csvReadsBackWithQuotesCommasAndBreaks()
{
    const BatchExportTable t = table();
    const QByteArray csv = Export::batchCsv(t);
    Engine::BatchInputOptions options;
    options.format = Engine::BatchFormat::Csv;
    Engine::BatchInputParser parser(options);
    QList<Engine::BatchRow> rows;
    QVERIFY(parser.feed(csv, rows));
    QVERIFY(parser.finish(rows));
    QCOMPARE(rows.size(), 3);

    QCOMPARE(rows.at(0).prompt, t.prompts.at(0));
    QCOMPARE(rows.at(0).columns.value(u"model").toString(), QStringLiteral("model-a"));
    QCOMPARE(rows.at(0).columns.value(u"text").toString(), QStringLiteral("hi, \"there\""));
    QCOMPARE(rows.at(0).columns.value(u"total_ms").toString(), QStringLiteral("120"));
    QCOMPARE(rows.at(0).columns.value(u"output_tokens").toString(), QStringLiteral("3"));
    QCOMPARE(rows.at(0).columns.value(u"checks_passed").toString(), QStringLiteral("1"));
    QCOMPARE(rows.at(0).columns.value(u"checks_total").toString(), QStringLiteral("2"));

    QCOMPARE(rows.at(1).columns.value(u"model").toString(), QStringLiteral("model,b"));
    QCOMPARE(rows.at(1).columns.value(u"error").toString(),
             QStringLiteral("HTTP 500: boom,\r\nagain"));
    QCOMPARE(rows.at(1).columns.value(u"output_tokens").toString(), QString());

    QCOMPARE(rows.at(2).prompt, t.prompts.at(1));
    QCOMPARE(rows.at(2).columns.value(u"input_index").toString(), QStringLiteral("1"));
    QCOMPARE(rows.at(2).columns.value(u"text").toString(), QStringLiteral("a | b\nc || d"));
}

void TstBatchExport::csvLeavesOutPairsNotAsked()
{
    const QByteArray csv = Export::batchCsv(table());
    QVERIFY(csv.startsWith("input_index,prompt,model,text,error,total_ms,output_tokens,"
                           "checks_passed,checks_total\r\n"));
    // b1 was not asked: no record names row 1 with model,b.
    QVERIFY(!csv.contains("1,\"Two\nlines | pipe\",\"model,b\""));
    QVERIFY(csv.contains("1,\"Two\nlines | pipe\",model-a,"));
}

void TstBatchExport::markdownKeepsItsTableShape()
{
    const QString md = Export::batchMarkdown(table());
    const QStringList lines = md.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2 + 2); // header, rule, a line per prompt
    for (const QString &line : lines) {
        // Pipes that are not escaped separate the cells: a prompt column and two models.
        qsizetype separators = 0;
        for (qsizetype i = 0; i < line.size(); ++i)
            separators += line.at(i) == u'|' && (i == 0 || line.at(i - 1) != u'\\') ? 1 : 0;
        QCOMPARE(separators, 4);
    }
    QVERIFY(lines.at(0).contains(u"model,b"));
    QVERIFY(lines.at(3).startsWith(u"| Two<br>lines \\| pipe |"));
    QVERIFY(lines.at(3).contains(u"a \\| b<br>c \\|\\| d"));
    QVERIFY(lines.at(2).contains(u"**Error:** HTTP 500: boom,<br>again"));
    QVERIFY(lines.at(2).contains(u"_120 ms · 3 tokens · checks 1/2_"));
    QVERIFY(lines.at(3).endsWith(u"| – |")); // the pair not asked
}

void TstBatchExport::jsonlIsOneObjectALine()
{
    const QList<QJsonObject> objects{
        QJsonObject{{QStringLiteral("text"), QStringLiteral("two\nlines")}},
        QJsonObject{{QStringLiteral("input_index"), 1}}};
    const QByteArray jsonl = Export::batchJsonl(objects);
    QVERIFY(jsonl.endsWith('\n'));
    const QList<QByteArray> lines = jsonl.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), objects.at(i));
}

QTEST_GUILESS_MAIN(TstBatchExport)
#include "tst_batchexport.moc"
