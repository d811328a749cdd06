// The batch statement for a SQL warehouse: snapshots of the SQL (tests/data/batchsql/*.sql;
// PARLANCE_UPDATE_SNAPSHOTS=1 rewrites them), quoting of hostile names and text, what is
// refused, and hostile text that travels through the SQL and back unchanged (evaluated by the
// simulator's warehouse).
#include "engine/batchsql.h"
#include "sim/sqlbatchquery.h"
#include "support/testdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Engine::BatchSqlSpec;

namespace {

Engine::BatchRow row(qint64 index, const QJsonObject &columns, const QString &prompt = {})
{
    Engine::BatchRow r;
    r.index = index;
    r.columns = columns;
    r.prompt = prompt;
    r.conversation.append(Core::Message::make(Core::Role::User, prompt));
    return r;
}

Engine::BatchTemplate tmpl(const QString &text)
{
    QString error;
    const std::optional<Engine::BatchTemplate> t = Engine::BatchTemplate::parse(text, &error);
    if (!t)
        qFatal("bad template %s: %s", qPrintable(text), qPrintable(error));
    return *t;
}

// A template with quotes, a backslash, a line break, unicode, a keyword and a backquote in
// its variables' names.
const QString kHostileTemplate
    = QStringLiteral("It's \"{{select}}\" \\n {{we`ird}}\nGrüße 😀 {{select}}'); DROP TABLE x; --");

} // namespace

class TstBatchSql : public QObject
{
    Q_OBJECT

private slots:
    void snapshots_data();
    void snapshots();
    void quoting();
    void tableNames_data();
    void tableNames();
    void refusals();
    void hostileTextRoundTrips();
    void cellsReadBack();
    void badCells();
};

void TstBatchSql::snapshots_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<BatchSqlSpec>("spec");

    BatchSqlSpec hostile;
    hostile.models = {QStringLiteral("demo-echo"), QStringLiteral("it's `a` \\model")};
    hostile.table = QStringLiteral("`my.cat`.sch`ema.ta``ble");
    hostile.promptTemplate = tmpl(kHostileTemplate);
    hostile.params.maxTokens = 64;
    hostile.params.temperature = 1;
    hostile.params.topP = 0.25;
    hostile.params.stop = {QStringLiteral("END"), QStringLiteral("it's")};
    hostile.params.systemPrompt = QStringLiteral("left out: ai_query has no place for it");
    QTest::newRow("table, hostile names and template, all parameters")
        << QStringLiteral("table_hostile_all_params.sql") << hostile;

    BatchSqlSpec keyword;
    keyword.models = {QStringLiteral("demo-echo")};
    keyword.table = QStringLiteral("main.demo.prompts");
    keyword.promptColumn = QStringLiteral("order");
    QTest::newRow("table, prompt column named like a keyword, no parameters")
        << QStringLiteral("table_keyword_column.sql") << keyword;

    BatchSqlSpec inlineRows;
    inlineRows.models
        = {QStringLiteral("demo-echo"), QStringLiteral("demo-lorem"), QStringLiteral("demo-error")};
    inlineRows.rows = {row(0, {{QStringLiteral("id"), 7}}, QStringLiteral("Grüße, 😀 'quoted'")),
                       row(1, {{QStringLiteral("id"), QJsonValue()}},
                           QStringLiteral("back\\slash and `ticks`\nline two"))};
    inlineRows.params.maxTokens = 16;
    QTest::newRow("inline rows, several models")
        << QStringLiteral("inline_models.sql") << inlineRows;

    BatchSqlSpec inlineTemplate;
    inlineTemplate.models = {QStringLiteral("demo-echo")};
    inlineTemplate.promptTemplate = tmpl(QStringLiteral("Summarise {{text}} in {{from}}"));
    inlineTemplate.rows = {
        row(0, {{QStringLiteral("text"), QStringLiteral("it's")}, {QStringLiteral("from"), 3.5}}),
        row(1, {{QStringLiteral("text"), QJsonValue()}, {QStringLiteral("from"), true}})};
    inlineTemplate.params.temperature = 0.2;
    QTest::newRow("inline rows, template")
        << QStringLiteral("inline_template.sql") << inlineTemplate;
}

void TstBatchSql::snapshots()
{
    QFETCH(QString, name);
    QFETCH(BatchSqlSpec, spec);
    QString error;
    const std::optional<QString> sql = Engine::batchSql(spec, &error);
    QVERIFY2(sql, qPrintable(error));
    const QString path = Testing::dataPath(u"batchsql") + QLatin1Char('/') + name;
    if (qEnvironmentVariableIsSet("PARLANCE_UPDATE_SNAPSHOTS")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(sql->toUtf8());
    }
    QCOMPARE(*sql, QString::fromUtf8(Testing::readData(QString(u"batchsql/" + name))));
}

void TstBatchSql::quoting()
{
    QCOMPARE(Engine::sqlIdentifier(QStringLiteral("a`b``c")), QStringLiteral("`a``b````c`"));
    QCOMPARE(Engine::sqlIdentifier(QStringLiteral("select")), QStringLiteral("`select`"));
    QCOMPARE(Engine::sqlString(QStringLiteral("it's \\' \\n")),
             QStringLiteral("'it\\'s \\\\\\' \\\\n'"));
    QCOMPARE(Engine::sqlString(QStringLiteral("Grüße 😀")), QStringLiteral("'Grüße 😀'"));
    QCOMPARE(Engine::sqlString(QStringLiteral("a\n-- b\r\n")), QStringLiteral("'a\\n-- b\\r\\n'"));
}

void TstBatchSql::tableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("parts"); // empty: refused
    QTest::newRow("three") << QStringLiteral("main.demo.prompts")
                           << QStringList{QStringLiteral("main"), QStringLiteral("demo"),
                                          QStringLiteral("prompts")};
    QTest::newRow("one") << QStringLiteral("prompts") << QStringList{QStringLiteral("prompts")};
    QTest::newRow("quoted dot") << QStringLiteral("`a.b`.c.d")
                                << QStringList{QStringLiteral("a.b"), QStringLiteral("c"),
                                               QStringLiteral("d")};
    QTest::newRow("doubled backquote")
        << QStringLiteral("`a``b`.c") << QStringList{QStringLiteral("a`b"), QStringLiteral("c")};
    QTest::newRow("empty part") << QStringLiteral("a..b") << QStringList{};
    QTest::newRow("four parts") << QStringLiteral("a.b.c.d") << QStringList{};
    QTest::newRow("unclosed") << QStringLiteral("`a.b") << QStringList{};
    QTest::newRow("text after quote") << QStringLiteral("`a`x.b") << QStringList{};
    QTest::newRow("empty") << QStringLiteral("") << QStringList{};
}

void TstBatchSql::tableNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, parts);
    QString error;
    const std::optional<QStringList> got = Engine::sqlTableName(name, &error);
    if (parts.isEmpty()) {
        QVERIFY(!got);
        QVERIFY(error.contains(QStringLiteral("CATALOG.SCHEMA.TABLE")));
    } else {
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(*got, parts);
    }
}

void TstBatchSql::refusals()
{
    QString error;
    BatchSqlSpec spec;
    spec.models = {QStringLiteral("demo-echo")};
    spec.promptTemplate = tmpl(QStringLiteral("{{a}} {{b}} {{c}}"));
    spec.rows = {row(0, {{QStringLiteral("a"), 1}}), row(1, {{QStringLiteral("b"), 1}})};
    QVERIFY(!Engine::batchSql(spec, &error));
    // Every variable some row lacks is named, each once, as the template uses them.
    QVERIFY2(error.endsWith(QStringLiteral("not columns of every row: a, b, c")),
             qPrintable(error));
    spec.rows = {row(0, {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}})};
    QVERIFY(!Engine::batchSql(spec, &error));
    QVERIFY2(error.endsWith(QStringLiteral("not columns of every row: c")), qPrintable(error));

    spec.promptTemplate.reset();
    spec.rows.clear();
    for (qsizetype i = 0; i <= BatchSqlSpec::kMaxInlineRows; ++i)
        spec.rows << row(i, {}, QStringLiteral("x"));
    QVERIFY(!Engine::batchSql(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("--table")), qPrintable(error));

    spec.rows = {row(0, {}, QStringLiteral("x"))};
    spec.rows[0].conversation.append(
        Core::Message::make(Core::Role::Assistant, QStringLiteral("y")));
    QVERIFY(!Engine::batchSql(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("messages")), qPrintable(error));

    spec.rows = {row(0, {}, QString(BatchSqlSpec::kMaxInlineBytes + 1, QLatin1Char('x')))};
    QVERIFY(!Engine::batchSql(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("MiB")), qPrintable(error));

    spec.models.clear();
    QVERIFY(!Engine::batchSql(spec, &error));
}

// The prompts the warehouse sees are the prompts a local run sends, however hostile the text.
void TstBatchSql::hostileTextRoundTrips()
{
    const QJsonObject columns{
        {QStringLiteral("select"), QStringLiteral("x'); DROP TABLE t; -- \\' \\\\ ` `` \" \n😀")},
        {QStringLiteral("we`ird"), 42},
    };
    BatchSqlSpec spec;
    spec.models = {QStringLiteral("demo-echo"), QStringLiteral("demo-b")};
    spec.promptTemplate = tmpl(kHostileTemplate);
    spec.rows = {row(0, columns), row(1, {{QStringLiteral("select"), QJsonValue()},
                                          {QStringLiteral("we`ird"), QStringLiteral("ok")}})};
    spec.params.maxTokens = 5;
    QString error;
    const std::optional<QString> sql = Engine::batchSql(spec, &error);
    QVERIFY2(sql, qPrintable(error));

    QStringList asked;
    const Sim::SqlTable table = Sim::runBatchQuery(
        *sql, [&asked](const QString &endpoint, const QString &prompt, std::optional<int> max) {
            asked << endpoint + QLatin1Char('|') + prompt;
            Sim::AiAnswer answer;
            if (max != 5)
                answer.error = QStringLiteral("max_tokens did not arrive");
            else if (endpoint == u"demo-b")
                answer.error = QStringLiteral("[SOME_ERROR] b fails");
            else
                answer.text = QStringLiteral("ok ") + prompt;
            return answer;
        });
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 4);

    QString missing;
    for (qsizetype r = 0; r < spec.rows.size(); ++r) {
        const QString local = *spec.promptTemplate->render(spec.rows.at(r).columns, &missing);
        QVERIFY(asked.contains(QStringLiteral("demo-echo|") + local));
        for (int m = 0; m < 2; ++m) {
            const std::optional<Engine::BatchSqlCell> cell
                = Engine::batchSqlCell(table.rows.at(r * 2 + m), spec, &error);
            QVERIFY2(cell, qPrintable(error));
            QCOMPARE(cell->index, r);
            QCOMPARE(cell->model, spec.models.at(m));
            QCOMPARE(cell->prompt, local);
            QCOMPARE(cell->columns, spec.rows.at(r).columns);
            if (m == 0) {
                QCOMPARE(cell->text, QStringLiteral("ok ") + local);
                QVERIFY(!cell->error);
            } else {
                QCOMPARE(cell->error.value_or(QString()), QStringLiteral("[SOME_ERROR] b fails"));
            }
        }
    }
}

void TstBatchSql::cellsReadBack()
{
    BatchSqlSpec spec;
    spec.models = {QStringLiteral("a"), QStringLiteral("b")};
    spec.table = QStringLiteral("main.demo.prompts");
    QString error;
    // A table's prompt column is not one of the row's variables without a template.
    const std::optional<Engine::BatchSqlCell> cell
        = Engine::batchSqlCell({QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("b"),
                                QStringLiteral(R"({"id":4,"prompt":"p"})"), QStringLiteral("p"),
                                QStringLiteral(R"({"result":"answer","errorMessage":null})")},
                               spec, &error);
    QVERIFY2(cell, qPrintable(error));
    QCOMPARE(cell->index, 3);
    QCOMPARE(cell->model, QStringLiteral("b"));
    QCOMPARE(cell->columns, (QJsonObject{{QStringLiteral("id"), 4}}));
    QCOMPARE(cell->text, QStringLiteral("answer"));
    QVERIFY(!cell->error);
}

void TstBatchSql::badCells()
{
    BatchSqlSpec spec;
    spec.models = {QStringLiteral("a")};
    QString error;
    const QJsonValue ok = QStringLiteral(R"({"result":"x","errorMessage":null})");
    const QList<QList<QJsonValue>> bad = {
        {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("{}")},
        {QStringLiteral("x"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("{}"),
         QStringLiteral("p"), ok},
        {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("{}"),
         QStringLiteral("p"), ok},
        {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("[]"),
         QStringLiteral("p"), ok},
        {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("{}"),
         QStringLiteral("p"), QStringLiteral("plain text")},
    };
    for (const QList<QJsonValue> &values : bad) {
        QVERIFY(!Engine::batchSqlCell(values, spec, &error));
        QVERIFY(error.contains(QStringLiteral("does not make")));
    }
    // Neither a result nor an error: the cell failed, it is not an empty answer.
    const std::optional<Engine::BatchSqlCell> cell = Engine::batchSqlCell(
        {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("{}"),
         QStringLiteral("p"), QStringLiteral(R"({"result":null,"errorMessage":null})")},
        spec, &error);
    QVERIFY(cell && cell->error);
}

QTEST_GUILESS_MAIN(TstBatchSql)
#include "tst_batchsql.moc"
