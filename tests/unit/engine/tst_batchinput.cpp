// The batch prompt-set reader: JSONL and RFC 4180 CSV, templates, and the errors that name the
// line and column of a malformed row. Every case is fed whole, a byte at a time and in pieces
// of 7 bytes, and must come out the same: files arrive in pieces of any size.
#include "engine/batchinput.h"
#include "engine/batchreader.h"
#include "engine/batchtemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using Engine::BatchFormat;
using Engine::BatchInputOptions;
using Engine::BatchInputParser;
using Engine::BatchRow;

namespace {

struct Outcome
{
    QList<BatchRow> rows;
    std::optional<Engine::BatchInputError> error;
};

Outcome parseInPieces(const BatchInputOptions &options, const QByteArray &input, qsizetype piece)
{
    BatchInputParser parser(options);
    Outcome outcome;
    bool ok = true;
    for (qsizetype at = 0; ok && at < input.size(); at += piece)
        ok = parser.feed(QByteArrayView(input).sliced(at, qMin(piece, input.size() - at)),
                         outcome.rows);
    if (ok)
        parser.finish(outcome.rows);
    outcome.error = parser.error();
    return outcome;
}

// A row as one comparable line: index, line, prompt, the conversation's roles and the columns.
QString describe(const BatchRow &row)
{
    QStringList roles;
    for (const Core::Message &m : row.conversation.messages())
        roles.append(Core::roleName(m.role) + QLatin1Char('=') + m.text());
    return QStringLiteral("%1@%2 %3 [%4] %5")
        .arg(row.index)
        .arg(row.line)
        .arg(row.prompt, roles.join(QLatin1Char('|')),
             QString::fromUtf8(QJsonDocument(row.columns).toJson(QJsonDocument::Compact)));
}

QStringList describeAll(const QList<BatchRow> &rows)
{
    QStringList out;
    for (const BatchRow &row : rows)
        out.append(describe(row));
    return out;
}

BatchInputOptions optionsFor(BatchFormat format, const QString &promptColumn = {},
                             const QString &templateText = {})
{
    BatchInputOptions options;
    options.format = format;
    if (!promptColumn.isEmpty())
        options.promptColumn = promptColumn;
    if (!templateText.isEmpty()) {
        QString error;
        options.promptTemplate = Engine::BatchTemplate::parse(templateText, &error);
        Q_ASSERT(options.promptTemplate);
    }
    return options;
}

} // namespace

class TstBatchInput : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void errors_data();
    void errors();
    void hugeFieldIsCapped();
    void errorFormat();
    void templateParse_data();
    void templateParse();
    void templateValues();
    void formatForPath();
    void readerStreamsAFile();
    void readerReportsMalformedLine();
};

void TstBatchInput::rows_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("promptColumn");
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const int jsonl = int(BatchFormat::Jsonl);
    const int csv = int(BatchFormat::Csv);

    QTest::newRow("jsonl prompt and columns")
        << jsonl << QString() << QString()
        << QByteArray("{\"prompt\":\"Hi\",\"id\":7,\"tags\":[\"a\"]}\n{\"prompt\":\"Bye\"}\n")
        << QStringList{QStringLiteral("0@1 Hi [user=Hi] {\"id\":7,\"tags\":[\"a\"]}"),
                       QStringLiteral("1@2 Bye [user=Bye] {}")};
    QTest::newRow("jsonl crlf, blank lines, no final newline, BOM")
        << jsonl << QString() << QString()
        << QByteArray("\xEF\xBB\xBF{\"prompt\":\"a\"}\r\n\r\n   \n{\"prompt\":\"b\"}")
        << QStringList{QStringLiteral("0@1 a [user=a] {}"), QStringLiteral("1@4 b [user=b] {}")};
    QTest::newRow("jsonl messages")
        << jsonl << QString() << QString()
        << QByteArray("{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief\"},"
                      "{\"role\":\"user\",\"content\":\"Q1\"},{\"role\":\"assistant\","
                      "\"content\":[{\"type\":\"text\",\"text\":\"A1\"}]},"
                      "{\"role\":\"user\",\"content\":\"Q2\"}],\"k\":\"v\"}\n")
        << QStringList{QStringLiteral(
               "0@1 Q2 [system=Be brief|user=Q1|assistant=A1|user=Q2] {\"k\":\"v\"}")};
    QTest::newRow("jsonl prompt column")
        << jsonl << QStringLiteral("question") << QString()
        << QByteArray("{\"question\":\"Why?\",\"prompt\":\"kept\"}\n")
        << QStringList{QStringLiteral("0@1 Why? [user=Why?] {\"prompt\":\"kept\"}")};
    QTest::newRow("jsonl template, values of every type")
        << jsonl << QString() << QStringLiteral("S={{s}} N={{ n }} B={{b}} Z={{z}} A={{a}}")
        << QByteArray("{\"s\":\"x\",\"n\":1.5,\"b\":true,\"z\":null,\"a\":[1,\"2\"]}\n")
        << QStringList{QStringLiteral(
               "0@1 S=x N=1.5 B=true Z= A=[1,\"2\"] [user=S=x N=1.5 B=true Z= A=[1,\"2\"]] "
               "{\"a\":[1,\"2\"],\"b\":true,\"n\":1.5,\"s\":\"x\",\"z\":null}")};
    QTest::newRow("jsonl unicode escapes and UTF-8")
        << jsonl << QString() << QString()
        << QByteArray("{\"prompt\":\"\\u00fc \xC3\xBC \xF0\x9F\x98\x80\"}\n")
        << QStringList{QStringLiteral("0@1 ü ü 😀 [user=ü ü 😀] {}")};

    QTest::newRow("csv plain") << csv << QString() << QString()
                               << QByteArray("prompt,id\nHello,1\nWorld,2\n")
                               << QStringList{
                                      QStringLiteral("0@2 Hello [user=Hello] {\"id\":\"1\"}"),
                                      QStringLiteral("1@3 World [user=World] {\"id\":\"2\"}")};
    QTest::newRow("csv quoted commas, doubled quotes, newlines inside quotes")
        << csv << QString() << QString()
        << QByteArray("id,prompt\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,x\n")
        << QStringList{QStringLiteral("0@2 a, b [user=a, b] {\"id\":\"1\"}"),
                       QStringLiteral("1@3 say \"hi\" [user=say \"hi\"] {\"id\":\"2\"}"),
                       QStringLiteral("2@4 two\nlines [user=two\nlines] {\"id\":\"3\"}"),
                       QStringLiteral("3@6 x [user=x] {\"id\":\"4\"}")};
    QTest::newRow("csv CRLF, CRLF inside quotes, BOM, no final line break")
        << csv << QString() << QString()
        << QByteArray("\xEF\xBB\xBFprompt,n\r\n\"a\r\nb\",1\r\nc,2")
        << QStringList{QStringLiteral("0@2 a\r\nb [user=a\r\nb] {\"n\":\"1\"}"),
                       QStringLiteral("1@4 c [user=c] {\"n\":\"2\"}")};
    QTest::newRow("csv empty fields, quoted empty, blank lines skipped")
        << csv << QString() << QString() << QByteArray("prompt,a,b\n\nx,,\"\"\n\r\ny,\"\",z\n")
        << QStringList{QStringLiteral("0@3 x [user=x] {\"a\":\"\",\"b\":\"\"}"),
                       QStringLiteral("1@5 y [user=y] {\"a\":\"\",\"b\":\"z\"}")};
    QTest::newRow("csv a quote inside an unquoted field is literal")
        << csv << QString() << QString() << QByteArray("prompt\n5\" screen\n")
        << QStringList{QStringLiteral("0@2 5\" screen [user=5\" screen] {}")};
    QTest::newRow("csv prompt column")
        << csv << QStringLiteral("q") << QString() << QByteArray("q,prompt\nWhy,kept\n")
        << QStringList{QStringLiteral("0@2 Why [user=Why] {\"prompt\":\"kept\"}")};
    QTest::newRow("csv template keeps every column")
        << csv << QString() << QStringLiteral("Summarise {{text}} in {{n}} words")
        << QByteArray("text,n\n\"A, B\",5\n")
        << QStringList{QStringLiteral("0@2 Summarise A, B in 5 words [user=Summarise A, B in 5 "
                                      "words] {\"n\":\"5\",\"text\":\"A, B\"}")};
    QTest::newRow("csv UTF-8") << csv << QString() << QString()
                               << QByteArray("prompt\n\"Grüße, 世界\"\n")
                               << QStringList{
                                      QStringLiteral("0@2 Grüße, 世界 [user=Grüße, 世界] {}")};
    QTest::newRow("csv lone CR ends lines")
        << csv << QString() << QString() << QByteArray("prompt\ra\rb\r")
        << QStringList{QStringLiteral("0@2 a [user=a] {}"), QStringLiteral("1@3 b [user=b] {}")};
}

void TstBatchInput::rows()
{
    QFETCH(int, format);
    QFETCH(QString, promptColumn);
    QFETCH(QString, templateText);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const BatchInputOptions options = optionsFor(BatchFormat(format), promptColumn, templateText);
    for (const qsizetype piece : {input.size() + 1, qsizetype(1), qsizetype(7)}) {
        const Outcome outcome = parseInPieces(options, input, piece);
        QVERIFY2(!outcome.error, qPrintable(outcome.error->format(QStringLiteral("in"))));
        QCOMPARE(describeAll(outcome.rows), expected);
    }
}

void TstBatchInput::errors_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("rowsBefore"); // rows handed out before the error was found
    QTest::addColumn<QString>("where");  // "LINE:COLUMN" or "LINE"
    QTest::addColumn<QString>("says");

    const int jsonl = int(BatchFormat::Jsonl);
    const int csv = int(BatchFormat::Csv);

    QTest::newRow("jsonl bad json names the byte")
        << jsonl << QString() << QByteArray("{\"prompt\":\"a\"}\n{\"prompt\": oops}\n") << 1
        << QStringLiteral("2:12") << QStringLiteral("not valid JSON");
    QTest::newRow("jsonl unterminated string")
        << jsonl << QString() << QByteArray("{\"prompt\":\"a\"}\n\n{\"prompt\":\"b\n") << 1
        << QStringLiteral("3:") << QStringLiteral("not valid JSON");
    QTest::newRow("jsonl array") << jsonl << QString() << QByteArray("[1,2]\n") << 0
                                 << QStringLiteral("1:1") << QStringLiteral("JSON object");
    QTest::newRow("jsonl invalid UTF-8 names the byte")
        << jsonl << QString() << QByteArray("{\"prompt\":\"ab\xC3(\"}\n") << 0
        << QStringLiteral("1:14") << QStringLiteral("not UTF-8");
    QTest::newRow("jsonl no prompt")
        << jsonl << QString() << QByteArray("{\"prompt\":\"a\"}\n{\"text\":\"b\"}\n") << 1
        << QStringLiteral("2") << QStringLiteral("row 1 has neither a 'prompt' string");
    QTest::newRow("jsonl prompt not a string")
        << jsonl << QString() << QByteArray("{\"prompt\":5}\n") << 0 << QStringLiteral("1")
        << QStringLiteral("'prompt' must be a string, not a number");
    QTest::newRow("jsonl bad messages")
        << jsonl << QString()
        << QByteArray("{\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}") << 0
        << QStringLiteral("1") << QStringLiteral("messages[0] needs a \"role\"");
    QTest::newRow("jsonl empty messages")
        << jsonl << QString() << QByteArray("{\"messages\":[]}") << 0 << QStringLiteral("1")
        << QStringLiteral("not a empty array");
    QTest::newRow("jsonl template variable missing names row and variable")
        << jsonl << QStringLiteral("Summarise {{text}}")
        << QByteArray("{\"text\":\"a\"}\n{\"txt\":\"b\"}\n") << 1 << QStringLiteral("2")
        << QStringLiteral("row 1 has no 'text', which the template needs for {{text}}");
    QTest::newRow("jsonl template and messages")
        << jsonl << QStringLiteral("{{x}}")
        << QByteArray("{\"x\":\"1\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}") << 0
        << QStringLiteral("1") << QStringLiteral("cannot fill in");
    QTest::newRow("jsonl empty file") << jsonl << QString() << QByteArray() << 0
                                      << QStringLiteral("0") << QStringLiteral("holds no rows");
    QTest::newRow("jsonl blank lines only")
        << jsonl << QString() << QByteArray("\n \r\n") << 0 << QStringLiteral("0")
        << QStringLiteral("holds no rows");
    QTest::newRow("jsonl a lone partial BOM")
        << jsonl << QString() << QByteArray("\xEF\xBB") << 0 << QStringLiteral("1:1")
        << QStringLiteral("not UTF-8");

    QTest::newRow("csv quote never closed names where it opened")
        << csv << QString() << QByteArray("prompt,id\na,1\n\"open,2\nmore\n") << 1
        << QStringLiteral("3:1") << QStringLiteral("never closed");
    QTest::newRow("csv text after a closing quote")
        << csv << QString() << QByteArray("prompt,id\n\"a\"b,1\n") << 0 << QStringLiteral("2:4")
        << QStringLiteral("after the closing quote of field 1 comes 'b'");
    QTest::newRow("csv ragged row, too few")
        << csv << QString() << QByteArray("prompt,id\na,1\nb\n") << 1 << QStringLiteral("3")
        << QStringLiteral("row 1 has 1 fields, but the header has 2 columns");
    QTest::newRow("csv ragged row, too many names the extra field")
        << csv << QString() << QByteArray("prompt,id\na,1,x\n") << 0 << QStringLiteral("2:5")
        << QStringLiteral("row 0 has 3 fields");
    QTest::newRow("csv no prompt column")
        << csv << QString() << QByteArray("question,id\na,1\n") << 0 << QStringLiteral("1")
        << QStringLiteral("no column 'prompt' for the prompt (it has: question, id)");
    QTest::newRow("csv template column missing")
        << csv << QStringLiteral("{{text}} {{lang}}") << QByteArray("text\na\n") << 0
        << QStringLiteral("1") << QStringLiteral("the template needs {{lang}}");
    QTest::newRow("csv header column without a name")
        << csv << QString() << QByteArray("prompt,,x\na,b,c\n") << 0 << QStringLiteral("1:8")
        << QStringLiteral("column 2 of the header has no name");
    QTest::newRow("csv duplicate header")
        << csv << QString() << QByteArray("prompt,a,a\n") << 0 << QStringLiteral("1:10")
        << QStringLiteral("names column 'a' twice");
    QTest::newRow("csv empty file") << csv << QString() << QByteArray() << 0 << QStringLiteral("0")
                                    << QStringLiteral("is empty");
    QTest::newRow("csv only a header")
        << csv << QString() << QByteArray("prompt,id\r\n") << 0 << QStringLiteral("0")
        << QStringLiteral("a header but no rows");
    QTest::newRow("csv invalid UTF-8 names the field")
        << csv << QString() << QByteArray("id,prompt\n1,\xFF\xFE\n") << 0 << QStringLiteral("2:3")
        << QStringLiteral("not UTF-8 (byte 0xff)");
}

void TstBatchInput::errors()
{
    QFETCH(int, format);
    QFETCH(QString, templateText);
    QFETCH(QByteArray, input);
    QFETCH(int, rowsBefore);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const BatchInputOptions options = optionsFor(BatchFormat(format), {}, templateText);
    for (const qsizetype piece : {input.size() + 1, qsizetype(1), qsizetype(7)}) {
        const Outcome outcome = parseInPieces(options, input, piece);
        QVERIFY2(outcome.error, qPrintable(describeAll(outcome.rows).join(u'\n')));
        QCOMPARE(outcome.rows.size(), rowsBefore);
        const QString formatted = outcome.error->format(QStringLiteral("in"));
        const QString at = where == QLatin1String("0")
                               ? QStringLiteral("in: ")
                               : QStringLiteral("in:") + where
                                     + (where.endsWith(u':') ? QString() : QStringLiteral(":"));
        QVERIFY2(formatted.startsWith(at), qPrintable(formatted));
        QVERIFY2(formatted.contains(says), qPrintable(formatted));
    }
}

void TstBatchInput::hugeFieldIsCapped()
{
    // A quote left open would otherwise swallow the rest of the file into one field.
    for (const int format : {int(BatchFormat::Csv), int(BatchFormat::Jsonl)}) {
        BatchInputOptions options = optionsFor(BatchFormat(format));
        options.maxRecordBytes = 1000;
        QByteArray input
            = format == int(BatchFormat::Csv) ? "prompt\nok\n\"" : "{\"prompt\":\"ok\"}\n";
        input += QByteArray(5000, 'x');
        BatchInputParser parser(options);
        QList<BatchRow> rows;
        bool ok = true;
        qsizetype fed = 0;
        for (; ok && fed < input.size(); fed += 100)
            ok = parser.feed(
                QByteArrayView(input).sliced(fed, qMin<qsizetype>(100, input.size() - fed)), rows);
        QVERIFY(!ok);
        QVERIFY2(fed <= 1200, "the parser stops taking bytes at the limit");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(parser.error()->line, format == int(BatchFormat::Csv) ? 3 : 2);
        QVERIFY(parser.error()->message.contains(QLatin1String("larger than")));

        // Just under the limit is fine.
        BatchInputParser fits(options);
        QList<BatchRow> fitRows;
        QByteArray line = format == int(BatchFormat::Csv) ? QByteArray("prompt\n") : QByteArray();
        const QByteArray big(900, 'y');
        line += format == int(BatchFormat::Csv) ? QByteArray(big + '\n')
                                                : QByteArray("{\"prompt\":\"" + big + "\"}\n");
        QVERIFY(fits.feed(line, fitRows));
        QVERIFY(fits.finish(fitRows));
        QCOMPARE(fitRows.size(), 1);
        QCOMPARE(fitRows.first().prompt.size(), 900);
    }
}

void TstBatchInput::errorFormat()
{
    QCOMPARE(
        (Engine::BatchInputError{3, 12, QStringLiteral("bad")}.format(QStringLiteral("f.csv"))),
        QStringLiteral("f.csv:3:12: bad"));
    QCOMPARE((Engine::BatchInputError{3, 0, QStringLiteral("bad")}.format(QStringLiteral("f.csv"))),
             QStringLiteral("f.csv:3: bad"));
    QCOMPARE((Engine::BatchInputError{0, 0, QStringLiteral("bad")}.format(QStringLiteral("f.csv"))),
             QStringLiteral("f.csv: bad"));
}

void TstBatchInput::templateParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parts"); // literal "text", variable <name>; empty: an error
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << QStringLiteral("no vars") << QStringLiteral("\"no vars\"")
                           << QString();
    QTest::newRow("vars") << QStringLiteral("Summarise {{ text }} as {{fmt}}.")
                          << QStringLiteral("\"Summarise \"<text>\" as \"<fmt>\".\"") << QString();
    QTest::newRow("single braces are literal")
        << QStringLiteral("{\"a\": {{v}}}") << QStringLiteral("\"{\"a\": \"<v>\"}\"") << QString();
    QTest::newRow("unclosed") << QStringLiteral("a {{b") << QString()
                              << QStringLiteral("character 3");
    QTest::newRow("empty name") << QStringLiteral("x{{ }}") << QString()
                                << QStringLiteral("without a name at character 2");
}

void TstBatchInput::templateParse()
{
    QFETCH(QString, text);
    QFETCH(QString, parts);
    QFETCH(QString, error);
    QString message;
    const std::optional<Engine::BatchTemplate> parsed
        = Engine::BatchTemplate::parse(text, &message);
    if (parts.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY(parsed);
    QString described;
    for (const Engine::BatchTemplate::Part &part : parsed->parts())
        described += part.variable ? u'<' + part.text + u'>' : u'"' + part.text + u'"';
    QCOMPARE(described, parts);
}

void TstBatchInput::templateValues()
{
    QString error;
    const auto t = Engine::BatchTemplate::parse(QStringLiteral("{{a}}-{{b}}-{{a}}"), &error);
    QVERIFY(t);
    QCOMPARE(t->variables(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QString missing;
    QCOMPARE(
        t->render(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}},
                  &missing),
        std::optional<QString>(QStringLiteral("1-x-1")));
    QVERIFY(!t->render(QJsonObject{{QStringLiteral("a"), 1}}, &missing));
    QCOMPARE(missing, QStringLiteral("b"));
}

void TstBatchInput::formatForPath()
{
    QCOMPARE(BatchInputParser::formatForPath(QStringLiteral("a/b.JSONL")), BatchFormat::Jsonl);
    QCOMPARE(BatchInputParser::formatForPath(QStringLiteral("b.ndjson")), BatchFormat::Jsonl);
    QCOMPARE(BatchInputParser::formatForPath(QStringLiteral("b.csv")), BatchFormat::Csv);
    QCOMPARE(BatchInputParser::formatForPath(QStringLiteral("b.json")), std::nullopt);
    QCOMPARE(BatchInputParser::formatForPath(QStringLiteral("b.txt")), std::nullopt);
}

void TstBatchInput::readerStreamsAFile()
{
    // More rows than one read holds: the reader hands them out in order across reads, and
    // holds no more than one read's worth at a time.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("set.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,prompt\n");
    const int count = 20000;
    for (int i = 0; i < count; ++i)
        file.write(QByteArray::number(i) + ",\"prompt, number " + QByteArray::number(i) + "\"\n");
    file.close();
    QVERIFY(file.size() > 4 * Engine::BatchReader::kReadBytes);

    Engine::BatchReader reader(optionsFor(BatchFormat::Csv));
    QString error;
    QVERIFY(reader.open(path, &error));
    int seen = 0;
    while (const std::optional<BatchRow> row = reader.next()) {
        QCOMPARE(row->index, seen);
        QCOMPARE(row->line, seen + 2);
        QCOMPARE(row->prompt, QStringLiteral("prompt, number %1").arg(seen));
        QCOMPARE(row->columns.value(QLatin1String("id")).toString(), QString::number(seen));
        ++seen;
    }
    QVERIFY(!reader.error());
    QVERIFY(reader.atEnd());
    QCOMPARE(seen, count);
}

void TstBatchInput::readerReportsMalformedLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("set.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"prompt\":\"a\"}\n{\"prompt\":\"b\",}\n{\"prompt\":\"c\"}\n");
    file.close();
    Engine::BatchReader reader(optionsFor(BatchFormat::Jsonl));
    QString error;
    QVERIFY(reader.open(path, &error));
    QVERIFY(!reader.next()); // the malformed line is in the first read: no row goes out
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->line, 2);
    QVERIFY(!reader.open(dir.filePath(QStringLiteral("missing.jsonl")), &error));
    QVERIFY(error.contains(QLatin1String("missing.jsonl")));
}

QTEST_GUILESS_MAIN(TstBatchInput)
#include "tst_batchinput.moc"
