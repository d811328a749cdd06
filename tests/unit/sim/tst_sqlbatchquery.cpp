// The simulated warehouse's reading of the batch statement: VALUES tables, the demo table,
// the expressions the statement uses, and the SQL errors (with their SQLSTATE) of what it
// cannot run.
#include "sim/sqlbatchquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parlance::Sim;
using namespace Qt::StringLiterals;

namespace {

AiAnswer echo(const QString &endpoint, const QString &prompt, std::optional<int>)
{
    AiAnswer answer;
    if (endpoint == u"bad")
        answer.error = QStringLiteral("bad always fails");
    else
        answer.text = endpoint + QLatin1Char(':') + prompt;
    return answer;
}

QString branch(const QString &model, const QString &extra = QStringLiteral("failOnError => false"))
{
    return QStringLiteral("SELECT input_index, 0 AS model_index, '%1' AS model, input_row, "
                          "prompt, ai_query('%1', prompt, %2) AS response FROM input")
        .arg(model, extra);
}

QString withValues(const QString &select, const QString &values, const QString &columns)
{
    return QStringLiteral("WITH input AS (SELECT `i` AS input_index, `r` AS input_row, %1 AS "
                          "prompt FROM VALUES %2 AS t(%3))\n")
        .arg(select, values, columns);
}

} // namespace

class TstSqlBatchQuery : public QObject
{
    Q_OBJECT

private slots:
    void recognised();
    void valuesTable();
    void demoTable();
    void expressions_data();
    void expressions();
    void errors_data();
    void errors();
};

void TstSqlBatchQuery::recognised()
{
    QVERIFY(isBatchQuery(QStringLiteral("-- comment\n  with input as (SELECT 1 AS a FROM x) x")));
    QVERIFY(!isBatchQuery(QStringLiteral("SELECT ai_query(:endpoint, :prompt)")));
    QVERIFY(!isBatchQuery(QStringLiteral("SELECT 1")));
}

void TstSqlBatchQuery::valuesTable()
{
    const QString sql
        = withValues(QStringLiteral("concat('Q: ', `we``ird`)"),
                     QStringLiteral("(1, '{}', 'it\\'s'), (0, '{}', 'b\\\\c')"),
                     QStringLiteral("i, r, `we``ird`"))
          + branch(QStringLiteral("m")) + QStringLiteral(" UNION ALL ")
          + branch(QStringLiteral("bad"))
                .replace(QStringLiteral("0 AS model_index"), QStringLiteral("1 AS model_index"))
          + QStringLiteral(" ORDER BY input_index, model_index;");
    const SqlTable table = runBatchQuery(sql, echo);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.columns,
             (QStringList{QStringLiteral("input_index"), QStringLiteral("model_index"),
                          QStringLiteral("model"), QStringLiteral("input_row"),
                          QStringLiteral("prompt"), QStringLiteral("response")}));
    QCOMPARE(table.types.at(0), QStringLiteral("INT"));
    QCOMPARE(table.types.at(5), QStringLiteral("STRUCT"));
    QCOMPARE(table.rows.size(), 4);
    // Sorted by input_index, then model_index; every value a string, as JSON_ARRAY sends it.
    QCOMPARE(table.rows.at(0).at(0).toString(), QStringLiteral("0"));
    QCOMPARE(table.rows.at(0).at(4).toString(), QStringLiteral("Q: b\\c"));
    QCOMPARE(table.rows.at(1).at(2).toString(), QStringLiteral("bad"));
    QCOMPARE(table.rows.at(2).at(4).toString(), QStringLiteral("Q: it's"));
    QCOMPARE(QJsonDocument::fromJson(table.rows.at(2).at(5).toString().toUtf8()).object(),
             (QJsonObject{{QStringLiteral("result"), QStringLiteral("m:Q: it's")},
                          {QStringLiteral("errorMessage"), QJsonValue()}}));
    QCOMPARE(QJsonDocument::fromJson(table.rows.at(3).at(5).toString().toUtf8()).object(),
             (QJsonObject{{QStringLiteral("result"), QJsonValue()},
                          {QStringLiteral("errorMessage"), QStringLiteral("bad always fails")}}));
}

void TstSqlBatchQuery::demoTable()
{
    QCOMPARE(demoPromptsTable().rows.size(), 10);
    const SqlTable table = runBatchQuery(
        QStringLiteral("WITH input AS (SELECT row_number() OVER (ORDER BY x) - 1 AS input_index, "
                       "to_json(struct(*)) AS input_row, `text` AS prompt FROM "
                       "`main`.`demo`.`prompts`) ")
            + branch(QStringLiteral("m")),
        echo);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 10);
    QCOMPARE(table.rows.at(9).at(0).toString(), QStringLiteral("9"));
    const QJsonObject row
        = QJsonDocument::fromJson(table.rows.at(0).at(3).toString().toUtf8()).object();
    QCOMPARE(row.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("topic")).toString(), QStringLiteral("sql"));
}

void TstSqlBatchQuery::expressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("prompt"); // what the prompt column holds
    QTest::newRow("concat") << QStringLiteral("concat('a', `v`, 'b')")
                            << QJsonValue(QStringLiteral("axb"));
    QTest::newRow("concat with null is null") << QStringLiteral("concat('a', `n`)") << QJsonValue();
    QTest::newRow("coalesce") << QStringLiteral("concat('a', coalesce(CAST(`n` AS STRING), ''))")
                              << QJsonValue(QStringLiteral("a"));
    QTest::newRow("cast of an int")
        << QStringLiteral("CAST(`i` AS STRING)") << QJsonValue(QStringLiteral("7"));
    QTest::newRow("literal with quotes")
        << QStringLiteral("'it\\'s \"x\" \\\\'") << QJsonValue(QStringLiteral("it's \"x\" \\"));
    QTest::newRow("double-quoted literal")
        << QStringLiteral("\"a'b\"") << QJsonValue(QStringLiteral("a'b"));
    QTest::newRow("bare column, any case")
        << QStringLiteral("V") << QJsonValue(QStringLiteral("x"));
}

void TstSqlBatchQuery::expressions()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, prompt);
    const SqlTable table
        = runBatchQuery(withValues(expression, QStringLiteral("(7, '{}', 'x', NULL)"),
                                   QStringLiteral("`i`, `r`, `v`, `n`"))
                            + QStringLiteral("SELECT prompt FROM input"),
                        echo);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.rows.at(0).at(0), prompt);
}

void TstSqlBatchQuery::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error"); // its start and its SQLSTATE
    const QString values = QStringLiteral("(0, '{}', 'x')");
    const QString columns = QStringLiteral("i, r, v");
    QTest::newRow("unknown column")
        << withValues(QStringLiteral("`nope`"), values, columns) + branch(QStringLiteral("m"))
        << QStringLiteral("[UNRESOLVED_COLUMN.WITH_SUGGESTION]|42703");
    QTest::newRow("unknown table")
        << QStringLiteral("WITH input AS (SELECT 1 AS input_index FROM main.x.y) SELECT "
                          "input_index FROM input")
        << QStringLiteral("[TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`x`.`y`|42P01");
    QTest::newRow("failOnError true and a failing model")
        << withValues(QStringLiteral("`v`"), values, columns)
               + branch(QStringLiteral("bad"), QStringLiteral("failOnError => true"))
        << QStringLiteral("[AI_FUNCTION_HTTP_REQUEST_ERROR] bad always fails|08000");
    QTest::newRow("unknown function")
        << withValues(QStringLiteral("upper(`v`)"), values, columns) + branch(QStringLiteral("m"))
        << QStringLiteral("[UNRESOLVED_ROUTINE]|42883");
    QTest::newRow("values of the wrong width")
        << withValues(QStringLiteral("`v`"), QStringLiteral("(0, '{}')"), columns)
               + branch(QStringLiteral("m"))
        << QStringLiteral("[INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH]|42000");
    QTest::newRow("union of different widths")
        << withValues(QStringLiteral("`v`"), values, columns) + branch(QStringLiteral("m"))
               + QStringLiteral(" UNION ALL SELECT prompt FROM input")
        << QStringLiteral("[NUM_COLUMNS_MISMATCH]|42826");
    QTest::newRow("unclosed WITH") << QStringLiteral("WITH input AS (SELECT 1 AS a FROM t")
                                   << QStringLiteral("[PARSE_SYNTAX_ERROR]|42601");
    QTest::newRow("not from input") << withValues(QStringLiteral("`v`"), values, columns)
                                           + QStringLiteral("SELECT prompt FROM other")
                                    << QStringLiteral("[PARSE_SYNTAX_ERROR]|42601");
    QTest::newRow("bad max_tokens")
        << withValues(QStringLiteral("`v`"), values, columns)
               + branch(QStringLiteral("m"),
                        QStringLiteral("modelParameters => named_struct('max_tokens', 0)"))
        << QStringLiteral("[AI_FUNCTION_INVALID_MODEL_PARAMETERS.INVALID_NUMERIC_PARAMETER]|22023");
}

void TstSqlBatchQuery::errors()
{
    QFETCH(QString, sql);
    QFETCH(QString, error);
    const SqlTable table = runBatchQuery(sql, echo);
    const QStringList parts = error.split(QLatin1Char('|'));
    QVERIFY2(table.error.startsWith(parts.at(0)), qPrintable(table.error));
    QVERIFY2(table.error.endsWith(QStringLiteral("SQLSTATE: ") + parts.at(1)),
             qPrintable(table.error));
    QVERIFY(table.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TstSqlBatchQuery)
#include "tst_sqlbatchquery.moc"
