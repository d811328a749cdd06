// A streaming reply repaints only what changed: its new lines (the rest of the view is moved by
// a blit while it follows the reply), and of the scroll bar only a handle that moved. What is
// on screen must still be what a full repaint would draw, all along the stream.

#include "conversation/chatpane.h"
#include "conversation/conversationview.h"
#include "conversation/quietscrollbar.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "longmarkdown.h"
#include "net/gatewayclient.h"
#include "replystreamserver.h"

#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Parlance;

namespace {

constexpr int Tokens = 4000;

// Counts a widget's paint events and how tall a part of it each one painted.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    QList<int> heights;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            heights.append(static_cast<QPaintEvent *>(event)->region().boundingRect().height());
        return false;
    }
};

} // namespace

class TestStreamRepaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aGrowingReplyRepaintsItsNewLinesOnly();
    void whatIsOnScreenIsWhatAFullPaintDraws();
    void theScrollBarRepaintsOnlyWhenItsHandleMoves();

private:
    void send(int tokens = Tokens);
    Ui::TurnListView *list() const { return m_pane->conversationView()->listView(); }
    // The list as the window shows it now, and as painting it afresh draws it.
    QImage onScreen() const;
    QImage repainted() const;

    LongMarkdown m_text;
    std::unique_ptr<ReplyStreamServer> m_server;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Ui::ChatPane> m_pane;
};

void TestStreamRepaint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_text = LongMarkdown::generate(Tokens);
    m_server = std::make_unique<ReplyStreamServer>();
    m_server->setTokens(m_text.tokens);
    m_server->setPace(2000);
    QVERIFY(m_server->start());
}

void TestStreamRepaint::init()
{
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<Engine::ChatSession>(m_client.get(), m_log.get());
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = m_server->baseUrl();
    connection.auth = Core::Connection::Auth::None;
    connection.retries = 0;
    m_session->setConnection(connection, {});
    m_pane = std::make_unique<Ui::ChatPane>(m_session.get());
    m_pane->resize(560, 560);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestStreamRepaint::cleanup()
{
    m_pane.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
}

void TestStreamRepaint::send(int tokens)
{
    Core::ChatSettings settings;
    settings.model = QStringLiteral("long-reply");
    settings.params.maxTokens = tokens;
    QVERIFY(m_session->send(QStringLiteral("Write at length, please."), settings));
}

QImage TestStreamRepaint::onScreen() const
{
    QWidget *window = list()->window();
    const QPoint at = list()->mapTo(window, QPoint());
    return window->screen()
        ->grabWindow(window->winId(), at.x(), at.y(), list()->width(), list()->height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

QImage TestStreamRepaint::repainted() const
{
    return list()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

void TestStreamRepaint::aGrowingReplyRepaintsItsNewLinesOnly()
{
    // At a pace where a refresh brings a line or two, as a model streams.
    m_server->setPace(300);
    send(1500);
    // Once the reply fills the view, following it.
    QTRY_VERIFY_WITH_TIMEOUT(list()->verticalScrollBar()->maximum() > 0, 20000);
    PaintWatch watch(list()->viewport());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 60000);
    m_server->setPace(2000);
    QVERIFY(watch.heights.size() >= 10);
    QList<int> heights = watch.heights;
    std::sort(heights.begin(), heights.end());
    const int median = heights.at(heights.size() / 2);
    QVERIFY2(median < list()->viewport()->height() * 3 / 4,
             qPrintable(QStringLiteral("median %1 of %2").arg(median).arg(heights.size())));
}

void TestStreamRepaint::whatIsOnScreenIsWhatAFullPaintDraws()
{
    send();
    int compared = 0;
    while (m_session->isBusy()) {
        QTest::qWait(23);
        // A refresh, as the stream's clock makes it, and the repaint it asked for: then the
        // window must look as if painted afresh (no delta has come in since).
        list()->flushStreaming();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        // A layout of all rows still to come (the reply's figures changed) repaints all.
        if (list()->verticalScrollBar()->maximum() == 0 || list()->isFullLayoutDue())
            continue;
        QCOMPARE(onScreen(), repainted());
        ++compared;
    }
    QVERIFY(compared >= 10);
    QTRY_VERIFY(!list()->isFullLayoutDue());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    QCOMPARE(onScreen(), repainted());
    QCOMPARE(list()->verticalScrollBar()->value(), list()->verticalScrollBar()->maximum());
}

void TestStreamRepaint::theScrollBarRepaintsOnlyWhenItsHandleMoves()
{
    Ui::QuietScrollBar bar(Qt::Vertical);
    bar.resize(16, 400);
    bar.setRange(0, 1000000);
    bar.setPageStep(400);
    bar.setValue(bar.maximum());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QTest::qWait(50); // whatever showing it painted
    PaintWatch watch(&bar);
    // A longer list, still at its end, as a layout sets it: the handle is as short as it gets
    // and at the bottom.
    bar.hold();
    bar.setRange(0, 1000300);
    bar.setValue(bar.maximum());
    bar.release();
    QTest::qWait(50);
    QCOMPARE(watch.heights.size(), 0);
    // Up from the end (the arrows may show that), and on up: the handle moved, and only
    // where it was and is is repainted.
    bar.setValue(bar.maximum() / 20 * 19);
    QTRY_COMPARE(watch.heights.size(), 1);
    bar.setValue(bar.maximum() / 10 * 9);
    QTRY_COMPARE(watch.heights.size(), 2);
    QVERIFY2(watch.heights.last() < bar.height() / 2,
             qPrintable(QString::number(watch.heights.last())));
}

QTEST_MAIN(TestStreamRepaint)
#include "tst_streamrepaint.moc"
