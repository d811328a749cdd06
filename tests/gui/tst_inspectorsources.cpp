// The inspector over exchanges from several sources (the columns of a comparison): each row
// tagged with its source. Requests are real calls to the
// simulated gateway, logged under conversation keys as a compare column logs them.

#include "api/dialect.h"
#include "core/connection.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/inspectorwidget.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Parlance;
using Table = Ui::ExchangeTableModel;
using Ui::InspectorWidget;

static const QString Token = QStringLiteral("dapi0123456789secretabcd");
// Two columns of one comparison, and a plain chat that is no column.
static const QString ColumnA = QStringLiteral("cmp-7#1");
static const QString ColumnB = QStringLiteral("cmp-7#2");
static const QString PlainChat = QStringLiteral("chat-3");

class TestInspectorSources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagsComeFromTheTagger();
    void sourceColumnShownOnlyWithTags();

private:
    // A finished call to `model`, logged under `key` as a chat session logs it.
    quint64 call(Engine::ExchangeLog *log, const QString &key,
                 const QString &model = QStringLiteral("demo-echo"));
    QString tag(const QString &key) const { return m_names.value(key); }
    std::unique_ptr<InspectorWidget> showInspector(Engine::ExchangeLog *log);

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<Net::GatewayClient> m_client;
    Core::Connection m_connection;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    QHash<QString, QString> m_names; // what the window would call each column
};

quint64 TestInspectorSources::call(Engine::ExchangeLog *log, const QString &key,
                                   const QString &model)
{
    const Core::ApiKind api = Core::ApiKind::ChatCompletions;
    const Core::HttpRequest request
        = Api::buildChatRequest(api, m_connection.urlFor(api, model), model,
                                Core::Conversation::singleTurn(QStringLiteral("Hello")), {});
    Net::GatewayCall *call = m_client->send(request, m_connection, Token);
    quint64 last = 0;
    log->follow(call, key, [&last](quint64 id) { last = id; });
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    if (!finished.wait(20000))
        qWarning("request to %s did not finish", qPrintable(model));
    call->deleteLater();
    return last;
}

std::unique_ptr<InspectorWidget> TestInspectorSources::showInspector(Engine::ExchangeLog *log)
{
    auto inspector = std::make_unique<InspectorWidget>(log);
    inspector->setTagger([this](const QString &key) { return tag(key); });
    inspector->resize(1100, 600);
    inspector->show();
    if (!QTest::qWaitForWindowExposed(inspector.get()))
        qWarning("the inspector was not exposed");
    // Shortcuts and focus need an active window; without a window manager nobody activates it.
    QApplication::setActiveWindow(inspector.get());
    return inspector;
}

void TestInspectorSources::initTestCase()
{
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    m_gateway->setRequiredToken(Token);
    QVERIFY2(m_gateway->listen(), qPrintable(m_gateway->errorString()));
    m_client = std::make_unique<Net::GatewayClient>();
    m_connection.kind = Core::Connection::Kind::Databricks;
    m_connection.host = m_gateway->url();
    m_connection.auth = Core::Connection::Auth::Bearer;
}

void TestInspectorSources::init()
{
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_names = {{ColumnA, QStringLiteral("A")}, {ColumnB, QStringLiteral("B")}};
}

void TestInspectorSources::cleanup()
{
    m_log.reset();
}

void TestInspectorSources::tagsComeFromTheTagger()
{
    const quint64 a = call(m_log.get(), ColumnA);
    const quint64 b = call(m_log.get(), ColumnB);
    const quint64 plain = call(m_log.get(), PlainChat);
    QVERIFY(a && b && plain);
    Table table(m_log.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.headerData(Table::SourceColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Source"));
    const auto source = [&table](int row) {
        return table.index(row, Table::SourceColumn).data().toString();
    };
    QCOMPARE(table.index(0, 0).data(Table::ConversationRole).toString(), ColumnA);
    QCOMPARE(table.index(1, Table::UrlColumn).data(Table::ConversationRole).toString(), ColumnB);
    QCOMPARE(table.index(2, 0).data(Table::ConversationRole).toString(), PlainChat);

    // No tagger: no tags.
    QVERIFY(!table.hasTags());
    QCOMPARE(source(0), QString());

    // Blind: the letters only.
    QSignalSpy hasTags(&table, &Table::hasTagsChanged);
    table.setTagger([this](const QString &key) { return tag(key); });
    QCOMPARE(source(0), QStringLiteral("A"));
    QCOMPARE(source(1), QStringLiteral("B"));
    QCOMPARE(source(2), QString()); // the tagger names no plain chat
    QVERIFY(table.hasTags());
    QCOMPARE(hasTags.size(), 1);
    QCOMPARE(hasTags.takeFirst().first().toBool(), true);

    // Revealed: the names change, and the table hears of it when told so.
    m_names[ColumnA] = QStringLiteral("A · demo-echo");
    m_names[ColumnB] = QStringLiteral("B · demo-lorem");
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    table.refreshTags();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), table.index(0, Table::SourceColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), table.index(2, Table::SourceColumn));
    QCOMPARE(source(0), QStringLiteral("A · demo-echo"));
    QCOMPARE(source(1), QStringLiteral("B · demo-lorem"));
    QCOMPARE(table.index(1, Table::SourceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("B · demo-lorem"));
    QCOMPARE(hasTags.size(), 0); // still tagged

    // A new row is tagged as it arrives.
    call(m_log.get(), ColumnB);
    QCOMPARE(source(3), QStringLiteral("B · demo-lorem"));

    // A tagger that names nothing leaves no tags.
    m_names.clear();
    table.refreshTags();
    QCOMPARE(source(0), QString());
    QVERIFY(!table.hasTags());
    QCOMPARE(hasTags.size(), 1);
    QCOMPARE(hasTags.takeFirst().first().toBool(), false);
}

void TestInspectorSources::sourceColumnShownOnlyWithTags()
{
    // A small log, so tagged rows can be evicted.
    Engine::ExchangeLog log(nullptr, 2);
    call(&log, PlainChat);
    auto inspector = showInspector(&log);
    QTableView *list = inspector->exchangeList();
    // A plain chat has no sources: no empty column.
    QVERIFY(list->isColumnHidden(Table::SourceColumn));
    QVERIFY(!list->isColumnHidden(Table::UrlColumn));

    // The first exchange of a compare column brings the column, live.
    call(&log, ColumnA);
    QVERIFY(!list->isColumnHidden(Table::SourceColumn));
    QVERIFY(list->columnWidth(Table::SourceColumn) > 0);
    QCOMPARE(list->model()->index(1, Table::SourceColumn).data().toString(), QStringLiteral("A"));

    // Tags that go away take the column with them...
    m_names.clear();
    inspector->refreshTags();
    QVERIFY(list->isColumnHidden(Table::SourceColumn));
    m_names[ColumnA] = QStringLiteral("A · demo-echo");
    inspector->refreshTags();
    QVERIFY(!list->isColumnHidden(Table::SourceColumn));
    QCOMPARE(list->model()->index(1, Table::SourceColumn).data().toString(),
             QStringLiteral("A · demo-echo"));
    // ...and so does the eviction of the last tagged row.
    call(&log, PlainChat);
    QVERIFY(!list->isColumnHidden(Table::SourceColumn));
    call(&log, PlainChat);
    QVERIFY(list->isColumnHidden(Table::SourceColumn));
    call(&log, ColumnA);
    QVERIFY(!list->isColumnHidden(Table::SourceColumn));
    log.clear();
    QVERIFY(list->isColumnHidden(Table::SourceColumn));
}

QTEST_MAIN(TestInspectorSources)
#include "tst_inspectorsources.moc"
