// The inspector over exchanges from several sources (the columns of a comparison): each row
// tagged with its source, and the list narrowed to one source. Requests are real calls to the
// simulated gateway, logged under conversation keys as a compare column logs them.

#include "api/dialect.h"
#include "core/connection.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "inspector/exchangetablemodel.h"
#include "inspector/exchangeview.h"
#include "inspector/inspectorwidget.h"
#include "inspector/messagepanel.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
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
static const QString BatchRun = QStringLiteral("batch:run-1");

class TestInspectorSources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagsComeFromTheTagger();
    void sourceColumnShownOnlyWithTags();
    void filterListsOneSource();
    void filterFollowsEviction();
    void batchRowsAreEvictedFromTheMiddle();
    void showAllByKeyboard();
    void filterDropsAHiddenSelection();
    void showingAHiddenExchangeClearsTheFilter();

private:
    // A finished call to `model`, logged under `key` as a chat session logs it.
    quint64 call(Engine::ExchangeLog *log, const QString &key,
                 const QString &model = QStringLiteral("demo-echo"));
    QString tag(const QString &key) const { return m_names.value(key); }
    std::unique_ptr<InspectorWidget> showInspector(Engine::ExchangeLog *log);
    static QList<quint64> listedIds(const InspectorWidget &inspector);
    static QString filterText(const InspectorWidget &inspector);

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

QList<quint64> TestInspectorSources::listedIds(const InspectorWidget &inspector)
{
    const QAbstractItemModel *list = inspector.exchangeList()->model();
    QList<quint64> ids;
    for (int row = 0; row < list->rowCount(); ++row)
        ids.append(list->index(row, 0).data(Table::IdRole).toULongLong());
    return ids;
}

QString TestInspectorSources::filterText(const InspectorWidget &inspector)
{
    const auto *label = inspector.filterBar()->findChild<QLabel *>();
    return label ? label->text() : QString();
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

void TestInspectorSources::filterListsOneSource()
{
    const quint64 a1 = call(m_log.get(), ColumnA);
    const quint64 b1 = call(m_log.get(), ColumnB);
    const quint64 a2 = call(m_log.get(), ColumnA);
    const quint64 plain = call(m_log.get(), PlainChat);
    call(m_log.get(), ColumnA + QLatin1Char('0')); // a key that merely starts like A's
    auto inspector = showInspector(m_log.get());
    QAbstractItemModel *list = inspector->exchangeList()->model();
    QAbstractItemModelTester listTester(list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *filter = qobject_cast<QAbstractProxyModel *>(list)->sourceModel();
    QVERIFY(filter != inspector->exchangeTable()); // the filter sits between them
    QAbstractItemModelTester filterTester(filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a1, b1, a2, plain, plain + 1}));
    QVERIFY(inspector->conversationFilter().isEmpty());
    QVERIFY(!inspector->filterBar()->isVisible());

    inspector->setConversationFilter(ColumnA, QStringLiteral("A · demo-echo"));
    QCOMPARE(inspector->conversationFilter(), ColumnA);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a1, a2}));
    QVERIFY(inspector->filterBar()->isVisible());
    QCOMPARE(filterText(*inspector), QStringLiteral("Showing only: A · demo-echo"));

    // Another column's exchanges stay out; this column's come in as they are logged.
    const quint64 b2 = call(m_log.get(), ColumnB);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a1, a2}));
    const quint64 a3 = call(m_log.get(), ColumnA);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a1, a2, a3}));

    // A column's chat session logs its request when it is sent, not when it is done.
    Engine::ChatSession session(m_client.get(), m_log.get());
    session.setConnection(m_connection, Token);
    session.setConversationKey(ColumnA);
    Core::ChatSettings settings;
    settings.model = QStringLiteral("demo-slow"); // 300 ms, then a word every 50 ms
    QStringList words;
    for (int i = 0; i < 60; ++i)
        words.append(QStringLiteral("word%1").arg(i));
    QVERIFY(session.send(words.join(QLatin1Char(' ')), settings));
    QTRY_COMPARE(list->rowCount(), 4);
    QVERIFY(session.isBusy());
    QCOMPARE(list->index(3, Table::SourceColumn).data().toString(), QStringLiteral("A"));
    const quint64 live = listedIds(*inspector).last();
    QCOMPARE(session.exchangeIds(1), QList<quint64>{live});
    // Its details follow it through the filter (listed row 3 is the log's row 7): answered,
    // then stopped.
    inspector->showExchange(live);
    QCOMPARE(inspector->currentId(), live);
    QLabel *summary = inspector->exchangeView()->responsePanel()->summaryLabel();
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("still arriving")),
                 qPrintable(summary->text()));
    session.stop();
    QTRY_VERIFY(!session.isBusy());
    QTRY_VERIFY2(!summary->text().contains(QStringLiteral("still arriving")),
                 qPrintable(summary->text()));

    // Another key, another description.
    inspector->setConversationFilter(ColumnB, QStringLiteral("B · demo-lorem"));
    QCOMPARE(listedIds(*inspector), (QList<quint64>{b1, b2}));
    QCOMPARE(filterText(*inspector), QStringLiteral("Showing only: B · demo-lorem"));

    inspector->clearConversationFilter();
    QVERIFY(inspector->conversationFilter().isEmpty());
    QVERIFY(!inspector->filterBar()->isVisible());
    QCOMPARE(list->rowCount(), m_log->count());
    // An empty key is no filter at all.
    inspector->setConversationFilter(ColumnA, {});
    QCOMPARE(filterText(*inspector), QStringLiteral("Showing only: %1").arg(ColumnA));
    inspector->setConversationFilter({}, QStringLiteral("whatever"));
    QVERIFY(inspector->conversationFilter().isEmpty());
    QVERIFY(!inspector->filterBar()->isVisible());
    QCOMPARE(list->rowCount(), m_log->count());
}

void TestInspectorSources::filterFollowsEviction()
{
    Engine::ExchangeLog log(nullptr, 3);
    auto inspector = showInspector(&log);
    QAbstractItemModel *list = inspector->exchangeList()->model();
    QAbstractItemModelTester filterTester(qobject_cast<QAbstractProxyModel *>(list)->sourceModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector->setConversationFilter(ColumnA, QStringLiteral("A"));
    const quint64 a1 = call(&log, ColumnA);
    call(&log, ColumnB);
    const quint64 a2 = call(&log, ColumnA);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a1, a2}));
    call(&log, ColumnB); // evicts a1
    QCOMPARE(listedIds(*inspector), QList<quint64>{a2});
    const quint64 a3 = call(&log, ColumnA); // evicts the first B
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a2, a3}));
    call(&log, ColumnB); // evicts a2
    QCOMPARE(listedIds(*inspector), QList<quint64>{a3});
    log.clear();
    QCOMPARE(list->rowCount(), 0);
    QCOMPARE(inspector->conversationFilter(), ColumnA); // clearing the log is no "show all"
    QCOMPARE(listedIds(*inspector), QList<quint64>{call(&log, ColumnA)});
}

void TestInspectorSources::batchRowsAreEvictedFromTheMiddle()
{
    // A batch has a budget of its own: its oldest entry goes from between the chats' rows, and
    // the table, its tags and the filter follow it there.
    Engine::ExchangeLog log(nullptr, 2);
    m_names[BatchRun] = QStringLiteral("Batch");
    auto inspector = showInspector(&log);
    QTableView *list = inspector->exchangeList();
    auto *table = qobject_cast<Table *>(
        qobject_cast<QAbstractProxyModel *>(
            qobject_cast<QAbstractProxyModel *>(list->model())->sourceModel())
            ->sourceModel());
    QVERIFY(table);
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto sources = [&] {
        QStringList tags;
        for (int row = 0; row < table->rowCount(); ++row)
            tags.append(table->index(row, Table::SourceColumn).data().toString());
        return tags;
    };

    const quint64 chat = call(&log, PlainChat);
    const quint64 b1 = call(&log, BatchRun);
    const quint64 a = call(&log, ColumnA);
    const quint64 b2 = call(&log, BatchRun);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{chat, b1, a, b2}));
    const quint64 b3 = call(&log, BatchRun); // evicts b1, the second row
    QCOMPARE(listedIds(*inspector), (QList<quint64>{chat, a, b2, b3}));
    QCOMPARE(
        sources(),
        (QStringList{{}, QStringLiteral("A"), QStringLiteral("Batch"), QStringLiteral("Batch")}));

    inspector->setConversationFilter(BatchRun, QStringLiteral("Batch"));
    QCOMPARE(listedIds(*inspector), (QList<quint64>{b2, b3}));
    const quint64 b4 = call(&log, BatchRun); // evicts b2, between a and b3
    QCOMPARE(listedIds(*inspector), (QList<quint64>{b3, b4}));
    inspector->clearConversationFilter();
    QCOMPARE(listedIds(*inspector), (QList<quint64>{chat, a, b3, b4}));

    // The chats evict only chats: the last untagged row goes, and the batch's rows stay.
    const quint64 b = call(&log, ColumnB);
    QCOMPARE(listedIds(*inspector), (QList<quint64>{a, b3, b4, b}));
    QCOMPARE(sources(), (QStringList{QStringLiteral("A"), QStringLiteral("Batch"),
                                     QStringLiteral("Batch"), QStringLiteral("B")}));
    call(&log, PlainChat);
    call(&log, PlainChat); // the tagged chat rows are gone, the batch keeps the column
    QVERIFY(!list->isColumnHidden(Table::SourceColumn));
    call(&log, PlainChat);
    QCOMPARE(sources(), (QStringList{QStringLiteral("Batch"), QStringLiteral("Batch"), {}, {}}));
}

void TestInspectorSources::showAllByKeyboard()
{
    call(m_log.get(), ColumnA);
    call(m_log.get(), ColumnB);
    auto inspector = showInspector(m_log.get());
    inspector->setConversationFilter(ColumnB, QStringLiteral("B"));
    QPushButton *showAll = inspector->showAllButton();
    QVERIFY(!showAll->accessibleName().isEmpty());
    QCOMPARE(showAll->text(), QStringLiteral("Show all"));

    // From the list, Shift+Tab reaches the bar's button above it.
    QTableView *list = inspector->exchangeList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_VERIFY(showAll->hasFocus());
    QTest::keyClick(showAll, Qt::Key_Space);
    QVERIFY(inspector->conversationFilter().isEmpty());
    QVERIFY(!inspector->filterBar()->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(list->hasFocus()); // the keyboard is not left on a hidden button
}

void TestInspectorSources::filterDropsAHiddenSelection()
{
    const quint64 a = call(m_log.get(), ColumnA);
    const quint64 b = call(m_log.get(), ColumnB);
    auto inspector = showInspector(m_log.get());
    Ui::ExchangeView *view = inspector->exchangeView();

    // The selected exchange is another column's: it goes, and nothing else is shown instead.
    inspector->showExchange(b);
    QCOMPARE(inspector->currentId(), b);
    inspector->setConversationFilter(ColumnA, QStringLiteral("A"));
    QCOMPARE(inspector->currentId(), quint64(0));
    QVERIFY(!view->hasExchange());

    // The selected exchange is this column's: it stays, through filtering and back.
    inspector->showExchange(a);
    QCOMPARE(inspector->currentId(), a);
    QCOMPARE(inspector->conversationFilter(), ColumnA);
    inspector->clearConversationFilter();
    QCOMPARE(inspector->currentId(), a);
    inspector->setConversationFilter(ColumnA, QStringLiteral("A"));
    QCOMPARE(inspector->currentId(), a);
    QVERIFY(view->hasExchange());
    QCOMPARE(view->exchange().request.url, m_log->exchangeById(a)->request.url);
}

void TestInspectorSources::showingAHiddenExchangeClearsTheFilter()
{
    const quint64 a = call(m_log.get(), ColumnA);
    const quint64 b = call(m_log.get(), ColumnB, QStringLiteral("demo-error"));
    auto inspector = showInspector(m_log.get());
    inspector->setConversationFilter(ColumnA, QStringLiteral("A"));
    inspector->showExchange(a);

    inspector->showExchange(999999); // unknown: the filter and selection stay
    QCOMPARE(inspector->conversationFilter(), ColumnA);
    QCOMPARE(inspector->currentId(), a);

    // "Show in inspector" for another column's reply is not ignored: the filter gives way.
    inspector->showExchange(b);
    QVERIFY(inspector->conversationFilter().isEmpty());
    QVERIFY(!inspector->filterBar()->isVisible());
    QCOMPARE(inspector->currentId(), b);
    QVERIFY(inspector->exchangeView()->hasExchange());
    QCOMPARE(inspector->exchangeView()->exchange().status, 400);
    QCOMPARE(inspector->exchangeList()->currentIndex().row(), 1);
}

QTEST_MAIN(TestInspectorSources)
#include "tst_inspectorsources.moc"
