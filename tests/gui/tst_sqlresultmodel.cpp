// SqlResultModel, the SQL console's result table, under QAbstractItemModelTester: cells as the
// warehouse sent them, NULL set apart from the text "NULL" and from a missing cell, long values
// cut only on screen, and copying as tab-separated text.
#include "sql/sqlresultmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Parlance;
using Ui::SqlResultModel;

class TstSqlResultModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cellsAndHeaders();
    void nullIsSetApart();
    void shortRowsHaveNoCells();
    void longValuesAreCutOnlyOnScreen();
    void otherJsonIsShownAsJson();
    void copiesAsTabSeparatedText();
    void clearEmpties();

private:
    std::unique_ptr<SqlResultModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstSqlResultModel::init()
{
    m_model = std::make_unique<SqlResultModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setResult({u"id"_qs, u"answer"_qs},
                       {{QJsonValue(u"1"_qs), QJsonValue(u"Paris"_qs)},
                        {QJsonValue(u"2"_qs), QJsonValue(QJsonValue::Null)},
                        {QJsonValue(u"3"_qs), QJsonValue(u"NULL"_qs)}});
}

void TstSqlResultModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TstSqlResultModel::cellsAndHeaders()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 2);
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("Paris"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("answer"));
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1); // rows counted from 1
    QVERIFY(!m_model->headerData(2, Qt::Horizontal).isValid());
}

void TstSqlResultModel::nullIsSetApart()
{
    const QModelIndex null = m_model->index(1, 1);
    const QModelIndex text = m_model->index(2, 1); // the string "NULL", a value like any other
    QCOMPARE(null.data().toString(), QStringLiteral("NULL"));
    QCOMPARE(text.data().toString(), QStringLiteral("NULL"));
    QVERIFY(null.data(SqlResultModel::IsNullRole).toBool());
    QVERIFY(!text.data(SqlResultModel::IsNullRole).toBool());
    QVERIFY(null.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!text.data(Qt::FontRole).isValid());
    QVERIFY(null.data(Qt::ForegroundRole).isValid());
    QVERIFY(!text.data(Qt::ForegroundRole).isValid());
    QVERIFY(!null.data(Qt::EditRole).isValid());
    QCOMPARE(text.data(Qt::EditRole).toString(), QStringLiteral("NULL"));
}

void TstSqlResultModel::shortRowsHaveNoCells()
{
    m_model->setResult({u"a"_qs, u"b"_qs}, {{QJsonValue(u"only"_qs)}});
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("only"));
    QVERIFY(!m_model->index(0, 1).data().isValid());
    QVERIFY(!m_model->index(0, 1).data(SqlResultModel::IsNullRole).isValid());
}

void TstSqlResultModel::longValuesAreCutOnlyOnScreen()
{
    const QString answer = QString(3000, u'a') + u"\nend";
    m_model->setResult({u"response"_qs}, {{QJsonValue(answer)}});
    const QModelIndex cell = m_model->index(0, 0);
    QVERIFY(cell.data().toString().size() < 600);
    QVERIFY(cell.data().toString().endsWith(u'…'));
    QCOMPARE(cell.data(Qt::EditRole).toString(), answer);
    QCOMPARE(m_model->copyText({cell}), answer); // one cell copies as it is, unquoted
}

void TstSqlResultModel::otherJsonIsShownAsJson()
{
    m_model->setResult(
        {u"n"_qs, u"b"_qs, u"o"_qs},
        {{QJsonValue(42), QJsonValue(true), QJsonValue(QJsonObject{{u"k"_qs, QJsonArray{1, 2}}})}});
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("42"));
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("true"));
    QCOMPARE(m_model->index(0, 2).data().toString(), QStringLiteral("{\"k\":[1,2]}"));
}

void TstSqlResultModel::copiesAsTabSeparatedText()
{
    m_model->setResult({u"a"_qs, u"b"_qs},
                       {{QJsonValue(u"1"_qs), QJsonValue(u"two\tcells? \"no\""_qs)},
                        {QJsonValue(QJsonValue::Null), QJsonValue(u"line\nbreak"_qs)}});
    // Given out of order, copied in reading order.
    const QModelIndexList cells
        = {m_model->index(1, 1), m_model->index(0, 0), m_model->index(1, 0), m_model->index(0, 1)};
    QCOMPARE(m_model->copyText(cells),
             QStringLiteral("1\t\"two\tcells? \"\"no\"\"\"\nNULL\t\"line\nbreak\""));
    QCOMPARE(m_model->copyText({m_model->index(1, 0)}), QStringLiteral("NULL"));
    QCOMPARE(m_model->copyText({}), QString());
}

void TstSqlResultModel::clearEmpties()
{
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
}

QTEST_MAIN(TstSqlResultModel)
#include "tst_sqlresultmodel.moc"
