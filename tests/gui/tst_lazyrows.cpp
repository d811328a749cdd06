// A long conversation in the conversation view: only the rows in view are measured before it
// is shown, the others stand at an estimate and are measured while the application is idle,
// and whatever the view shows stays in place while estimates are corrected. Far rows keep no
// laid-out documents. Opening at a message (a search hit) shows that message at the top.

#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"
#include "conversation/turnreveal.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "longmarkdown.h"
#include "net/gatewayclient.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Parlance;

namespace {

constexpr int Turns = 300;

// Questions and Markdown-rich answers of different lengths, as a long conversation has.
QList<Core::Turn> conversation(int count)
{
    QList<QString> answers;
    for (int words : {120, 260, 40, 400, 180})
        answers.append(LongMarkdown::generate(words).markdown);
    QList<Core::Turn> turns;
    for (int i = 0; i < count; ++i) {
        Core::Turn turn;
        if (i % 2 == 0) {
            turn.message = Core::Message::user(
                QStringLiteral("Question %1: how does the serving setup handle this case?").arg(i));
        } else {
            turn.message = Core::Message::assistant(QStringLiteral("Answer %1.\n\n").arg(i)
                                                    + answers.at((i / 2) % answers.size()));
            turn.model = QStringLiteral("demo-echo");
            turn.finishReason = QStringLiteral("stop");
        }
        turns.append(turn);
    }
    return turns;
}

} // namespace

class TestLazyRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensAtTheEndMeasuringOnlyTheRowsInView();
    void aRowFarFromTheViewIsMeasuredWhenScrolledTo();
    void theRowAtTheTopStaysWhileEstimatesAreCorrected();
    void aSearchHitOpensAtItsMessage();
    void farRowsKeepNoDocuments();
    void keysStillMoveThroughEstimatedRows();

private:
    Ui::TurnListView *list() const { return m_view->listView(); }
    Ui::TurnDelegate *delegate() const { return list()->turnDelegate(); }
    QModelIndex row(int r) const { return m_view->model()->index(r, 0); }
    int measuredRows() const;
    // Opens the conversation and lays it out, without running the event loop: what the first
    // paint would show.
    void open();

    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Ui::ConversationView> m_view;
};

void TestLazyRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLazyRows::init()
{
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<Engine::ChatSession>(m_client.get(), m_log.get());
    m_view = std::make_unique<Ui::ConversationView>(m_session.get());
    m_view->resize(700, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLazyRows::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
}

int TestLazyRows::measuredRows() const
{
    int measured = 0;
    for (int r = 0; r < m_view->model()->rowCount(); ++r)
        measured += delegate()->isMeasured(row(r)) ? 1 : 0;
    return measured;
}

void TestLazyRows::open()
{
    QVERIFY(m_session->restore(conversation(Turns), {}));
    QCOMPARE(m_view->model()->rowCount(), Turns);
    list()->doItemsLayout();
}

void TestLazyRows::opensAtTheEndMeasuringOnlyTheRowsInView()
{
    open();
    QVERIFY(list()->isFollowingBottom());
    const QRect last = list()->visualRect(row(Turns - 1));
    QCOMPARE(last.bottom(), list()->viewport()->height() - 1);
    // Everything in view is measured, at the height it is laid out with.
    for (int r = Turns - 1; r >= 0 && list()->visualRect(row(r)).bottom() >= 0; --r) {
        QVERIFY2(delegate()->isMeasured(row(r)), qPrintable(QString::number(r)));
        QVERIFY(!delegate()->sizeChanged(row(r)));
    }
    QVERIFY2(measuredRows() < Turns / 10, qPrintable(QString::number(measuredRows())));

    // The rest while idle, and the view stays at the end meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(list()->isFullyMeasured(), 60000);
    QCOMPARE(measuredRows(), Turns);
    QTRY_COMPARE(list()->visualRect(row(Turns - 1)).bottom(), list()->viewport()->height() - 1);
    QCOMPARE(list()->verticalScrollBar()->value(), list()->verticalScrollBar()->maximum());
}

void TestLazyRows::aRowFarFromTheViewIsMeasuredWhenScrolledTo()
{
    open();
    QVERIFY(!delegate()->isMeasured(row(0)));
    QVERIFY(!delegate()->isMeasured(row(1)));
    list()->verticalScrollBar()->setValue(0);
    QVERIFY(delegate()->isMeasured(row(0)));
    QVERIFY(delegate()->isMeasured(row(1)));
    QVERIFY(!delegate()->sizeChanged(row(1)));
    QCOMPARE(list()->visualRect(row(0)).top(), 0);
    // Laid out with its measured height: the next row starts where it ends.
    QCOMPARE(list()->visualRect(row(1)).top(), list()->visualRect(row(0)).bottom() + 1);
    QCOMPARE(list()->visualRect(row(1)).height(), delegate()->measure(row(1)));
    QVERIFY(!list()->isFollowingBottom());
}

void TestLazyRows::theRowAtTheTopStaysWhileEstimatesAreCorrected()
{
    open();
    QScrollBar *bar = list()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const QModelIndex top = list()->indexAt(QPoint(list()->viewport()->width() / 2, 0));
    QVERIFY(top.isValid());
    QVERIFY(top.row() > 10 && top.row() < Turns - 10);
    const int offset = list()->visualRect(top).top();
    const int estimatedHeight = bar->maximum();

    QTRY_VERIFY_WITH_TIMEOUT(list()->isFullyMeasured(), 60000);
    // The estimates were off (else this would prove nothing), and the row did not move.
    QTRY_VERIFY(bar->maximum() != estimatedHeight);
    QTRY_COMPARE(list()->visualRect(top).top(), offset);
    QCOMPARE(list()->indexAt(QPoint(list()->viewport()->width() / 2, 0)), top);
    QVERIFY(!list()->isFollowingBottom());
}

void TestLazyRows::aSearchHitOpensAtItsMessage()
{
    QVERIFY(m_session->restore(conversation(Turns), {}));
    // As the window does once the history has loaded a conversation a search found.
    const int target = Turns / 2 + 1;
    Ui::revealTurn(m_view.get(), target);
    QCOMPARE(list()->currentIndex().row(), target);
    QCOMPARE(list()->visualRect(row(target)).top(), 0);
    QVERIFY(delegate()->isMeasured(row(target)));
    QVERIFY(delegate()->hasSelection());

    QTRY_VERIFY_WITH_TIMEOUT(list()->isFullyMeasured(), 60000);
    QTest::qWait(1); // the last layout
    QTRY_COMPARE(list()->visualRect(row(target)).top(), 0);
    QCOMPARE(delegate()->selectionIndex().row(), target);
}

void TestLazyRows::farRowsKeepNoDocuments()
{
    open();
    QTRY_VERIFY_WITH_TIMEOUT(list()->isFullyMeasured(), 60000);
    list()->viewport()->repaint();
    // The rows drawn last and a few more; not one per message measured.
    QVERIFY2(delegate()->rowsWithDocuments() <= 48,
             qPrintable(QString::number(delegate()->rowsWithDocuments())));
    // Scrolling through all of it keeps it so.
    QScrollBar *bar = list()->verticalScrollBar();
    for (int value = 0; value < bar->maximum(); value += list()->viewport()->height()) {
        bar->setValue(value);
        list()->viewport()->repaint();
    }
    QVERIFY2(delegate()->rowsWithDocuments() <= 48,
             qPrintable(QString::number(delegate()->rowsWithDocuments())));
}

void TestLazyRows::keysStillMoveThroughEstimatedRows()
{
    open();
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(list()->visualRect(row(0)).top(), 0);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 6);
    const QRect current = list()->visualRect(row(6));
    QVERIFY(current.intersects(list()->viewport()->rect()));
    QVERIFY(delegate()->isMeasured(row(6)));
    QTest::keyClick(list(), Qt::Key_End);
    QCOMPARE(list()->currentIndex().row(), Turns - 1);
    QCOMPARE(list()->visualRect(row(Turns - 1)).bottom(), list()->viewport()->height() - 1);
}

QTEST_MAIN(TestLazyRows)
#include "tst_lazyrows.moc"
