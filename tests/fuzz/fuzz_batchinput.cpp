// The batch prompt-set reader (engine/batchinput.h) on any bytes, as JSONL and as CSV, with and
// without a template: no crash or undefined behaviour; the same rows and the same error whether
// the input comes whole or in the pieces the plan cuts; rows numbered 0, 1, 2... on lines that
// only go forward; and the same result behind a byte order mark.
//
// The first byte picks the set-up (low bit: CSV or JSONL; next bit: a template), the rest is the
// input, optionally followed by a slicing plan (fuzzcheck.h).

#include "engine/batchinput.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

using namespace Parlance::Engine;

namespace {

struct Parsed
{
    QStringList rows; // each row described in full
    QString error;    // formatted, empty when none
    friend bool operator==(const Parsed &, const Parsed &) = default;
};

QString describe(const BatchRow &row)
{
    QString text = QString::number(row.index) + u'@' + QString::number(row.line) + u' ' + row.prompt
                   + u' '
                   + QString::fromUtf8(QJsonDocument(row.columns).toJson(QJsonDocument::Compact));
    for (const Parlance::Core::Message &m : row.conversation.messages())
        text += u'|' + Parlance::Core::roleName(m.role) + u'=' + m.text();
    return text;
}

Parsed parse(const BatchInputOptions &options, const QList<FuzzCheck::Piece> &pieces)
{
    BatchInputParser parser(options);
    QList<BatchRow> rows;
    bool ok = true;
    for (const FuzzCheck::Piece &piece : pieces) {
        if (!(ok = parser.feed(piece.bytes, rows)))
            break;
    }
    if (ok)
        ok = parser.finish(rows);
    FUZZ_CHECK(ok == !parser.error());
    FUZZ_CHECK(parser.rowCount() >= rows.size());
    Parsed parsed;
    qint64 lastLine = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BatchRow &row = rows.at(i);
        FUZZ_CHECK(row.index == i);
        FUZZ_CHECK(row.line > lastLine);
        FUZZ_CHECK(!row.conversation.isEmpty());
        lastLine = row.line;
        parsed.rows.append(describe(row));
    }
    if (const auto &error = parser.error()) {
        FUZZ_CHECK(!error->message.isEmpty());
        FUZZ_CHECK(error->line >= 0 && error->column >= 0);
        FUZZ_CHECK(error->line == 0 || error->line >= lastLine);
        parsed.error = error->format(QStringLiteral("in"));
    }
    return parsed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uchar setup = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    BatchInputOptions options;
    options.format = (setup & 1) ? BatchFormat::Csv : BatchFormat::Jsonl;
    options.maxRecordBytes = 512; // so the cap is reached within -max_len
    if (setup & 2) {
        QString error;
        options.promptTemplate
            = BatchTemplate::parse(QStringLiteral("Q: {{prompt}} ({{ id }})"), &error);
        FUZZ_CHECK(options.promptTemplate.has_value());
    }

    const FuzzCheck::SlicedInput sliced = FuzzCheck::sliceInput(input);
    const Parsed whole = parse(options, {{sliced.stream, 0}});
    FUZZ_CHECK(parse(options, FuzzCheck::cut(sliced.stream, sliced.plan)) == whole);

    const QByteArray bom("\xEF\xBB\xBF");
    if (!sliced.stream.startsWith(bom)) {
        const QByteArray withBom = bom + sliced.stream.toByteArray();
        const Parsed behindBom = parse(options, {{withBom, 0}});
        // The same rows; an error may name a column 3 bytes further on the first line only.
        FUZZ_CHECK(behindBom.rows == whole.rows);
        FUZZ_CHECK(behindBom.error.isEmpty() == whole.error.isEmpty());
    }
    return 0;
}
