// Long replies in the conversation view: a reply of 2,000, 10,000 and 100,000 Markdown-rich
// tokens streamed over loopback into a real ChatPane must be painted wherever it is scrolled
// to, page with the keyboard to its end, and select and copy like a short one. The two longer
// ones are taller than the 32,767 pixels QListView keeps of an item's height.

#include "conversation/chatpane.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/turndata.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlayout.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "longmarkdown.h"
#include "net/gatewayclient.h"
#include "replystreamserver.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <climits>
#include <memory>

using namespace Parlance;
using M = Ui::ConversationModel;

namespace {

constexpr int LongestReply = 100000;

// Pixels drawn in (nearly) the text colour: glyphs. A blank view has none.
int inkPixels(const QImage &image, const QColor &text)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            if (qAbs(qRed(c) - text.red()) + qAbs(qGreen(c) - text.green())
                    + qAbs(qBlue(c) - text.blue())
                < 120)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestLongReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paintsTopMiddleAndBottom_data();
    void paintsTopMiddleAndBottom();
    void keyboardPagesToTheEnd_data();
    void keyboardPagesToTheEnd();
    void selectsAndCopies_data();
    void selectsAndCopies();
    void paintsWhileStreamingAHundredThousandTokens();
    void narrowerViewLaysTheReplyOutAgain();
    void growingReplyLaysOutLikeTheWhole();
    void longReplyKeepsFewDocuments();

private:
    void connectTo(const ReplyStreamServer &server);
    void sendAndWait(int tokens);
    void scrollReplyTo(double fraction); // 0: its top at the top, 1: its bottom at the bottom
    int laidOutHeight() const;           // of the reply, as the delegate lays it out
    int contentHeight() const;           // of the whole conversation
    QImage grabViewport() const { return viewport()->grab().toImage(); }
    int ink() const
    {
        return inkPixels(grabViewport(), viewport()->palette().color(QPalette::Text));
    }

    Ui::TurnListView *list() const { return m_pane->conversationView()->listView(); }
    QWidget *viewport() const { return list()->viewport(); }
    QModelIndex reply() const { return list()->model()->index(1, 0); }
    QScrollBar *bar() const { return list()->verticalScrollBar(); }

    static LongMarkdown s_text;
    std::unique_ptr<ReplyStreamServer> m_server;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Ui::ChatPane> m_pane;
};

LongMarkdown TestLongReply::s_text;

void TestLongReply::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    s_text = LongMarkdown::generate(LongestReply);
    QVERIFY(s_text.tokens.size() >= LongestReply);
    m_server = std::make_unique<ReplyStreamServer>();
    m_server->setTokens(s_text.tokens);
    QVERIFY(m_server->start());
}

void TestLongReply::init()
{
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<Engine::ChatSession>(m_client.get(), m_log.get());
    connectTo(*m_server);
    m_pane = std::make_unique<Ui::ChatPane>(m_session.get());
    m_pane->resize(560, 560);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestLongReply::cleanup()
{
    m_pane.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
}

void TestLongReply::connectTo(const ReplyStreamServer &server)
{
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = server.baseUrl();
    connection.auth = Core::Connection::Auth::None;
    connection.retries = 0;
    m_session->setConnection(connection, {});
}

void TestLongReply::sendAndWait(int tokens)
{
    Core::ChatSettings settings;
    settings.model = QStringLiteral("long-reply");
    settings.params.maxTokens = tokens;
    QVERIFY(m_session->send(QStringLiteral("Write at length, please."), settings));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 120000);
    QVERIFY(!reply().data(M::HasErrorRole).toBool());
    QCOMPARE(reply().data(M::TextRole).toString().size(), s_text.prefix(tokens).size());
    // Laid out in full, footer included: the list is as tall as its rows.
    QTRY_COMPARE(bar()->maximum(), contentHeight() - viewport()->height());
}

int TestLongReply::laidOutHeight() const
{
    QStyleOptionViewItem option;
    option.font = list()->font();
    return list()->turnDelegate()->sizeHint(option, reply()).height();
}

int TestLongReply::contentHeight() const
{
    return list()->visualRect(list()->model()->index(0, 0)).height() + laidOutHeight();
}

void TestLongReply::scrollReplyTo(double fraction)
{
    // The reply's rect moves with the scroll bar; its top in content coordinates does not.
    const int top = list()->visualRect(reply()).top() + bar()->value();
    const int height = laidOutHeight();
    const int value = top + int((height - viewport()->height()) * fraction);
    bar()->setValue(value);
    QCOMPARE(bar()->value(), qBound(bar()->minimum(), value, bar()->maximum()));
}

void TestLongReply::paintsTopMiddleAndBottom_data()
{
    QTest::addColumn<int>("tokens");
    QTest::newRow("2k") << 2000;
    QTest::newRow("10k") << 10000;
    QTest::newRow("100k") << LongestReply;
}

void TestLongReply::paintsTopMiddleAndBottom()
{
    QFETCH(int, tokens);
    sendAndWait(tokens);
    QVERIFY(!QTest::currentTestFailed());
    // What the view thinks the row's height is must be what the delegate laid out.
    const int height = laidOutHeight();
    qInfo("%d tokens: %d px tall", tokens, height);
    if (tokens >= 10000)
        QVERIFY2(height > SHRT_MAX, qPrintable(QString::number(height)));

    QList<QImage> shots;
    for (double at : {0.0, 0.5, 1.0}) {
        scrollReplyTo(at);
        const QImage shot = grabViewport();
        const int ink = inkPixels(shot, viewport()->palette().color(QPalette::Text));
        QVERIFY2(ink > 2000,
                 qPrintable(
                     QStringLiteral("%1 ink pixels with the reply's %2 in view").arg(ink).arg(at)));
        shots.append(shot);
    }
    // Three different places, three different pictures.
    QVERIFY(shots.at(0) != shots.at(1));
    QVERIFY(shots.at(1) != shots.at(2));
    // The row is as tall for the view (painting, hit tests, scrolling to it) as it is laid out.
    QCOMPARE(list()->visualRect(reply()).height(), height);
    QCOMPARE(list()->indexAt(QPoint(viewport()->width() / 2, viewport()->height() / 2)),
             QModelIndex(reply()));
}

void TestLongReply::keyboardPagesToTheEnd_data()
{
    paintsTopMiddleAndBottom_data();
}

void TestLongReply::keyboardPagesToTheEnd()
{
    QFETCH(int, tokens);
    sendAndWait(tokens);
    QVERIFY(!QTest::currentTestFailed());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(bar()->value(), 0);

    // Page Down pages through the reply, not past it: each press moves most of a screen.
    const int height = laidOutHeight();
    const int page = viewport()->height();
    const int maxPresses = height / (page / 2) + 4;
    int presses = 0;
    while (bar()->value() < bar()->maximum() && presses < maxPresses) {
        const int before = bar()->value();
        QTest::keyClick(list(), Qt::Key_PageDown);
        ++presses;
        const int moved = bar()->value() - before;
        QVERIFY2(moved >= page / 2 || bar()->value() == bar()->maximum(),
                 qPrintable(QStringLiteral("Page Down moved %1 px at %2 of %3")
                                .arg(moved)
                                .arg(before)
                                .arg(bar()->maximum())));
        if (presses % 50 == 0 || bar()->value() == bar()->maximum())
            QVERIFY2(ink() > 2000, qPrintable(QStringLiteral("blank at %1").arg(bar()->value())));
    }
    QCOMPARE(bar()->value(), bar()->maximum());
    QCOMPARE(list()->currentIndex(), QModelIndex(reply()));

    // Page Up comes back the same way.
    QTest::keyClick(list(), Qt::Key_PageUp);
    QVERIFY(bar()->value() <= bar()->maximum() - page / 2);
    QVERIFY(ink() > 2000);

    // Home and End go to the very top and the very bottom, and the bottom is drawn.
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(bar()->value(), 0);
    QCOMPARE(list()->currentIndex().row(), 0);
    QTest::keyClick(list(), Qt::Key_End);
    QCOMPARE(bar()->value(), bar()->maximum());
    QCOMPARE(list()->currentIndex(), QModelIndex(reply()));
    QVERIFY(ink() > 2000);

    // The menu key opens the message's menu by the part of it in view, not by its top pages
    // above.
    QSignalSpy menu(list(), &Ui::TurnListView::contextMenuRequested);
    QTest::keyClick(list(), Qt::Key_Menu);
    QCOMPARE(menu.count(), 1);
    const QRect shown(viewport()->mapToGlobal(QPoint(0, 0)), viewport()->size());
    QVERIFY2(shown.contains(menu.at(0).at(1).toPoint()),
             qPrintable(QStringLiteral("menu at y %1").arg(menu.at(0).at(1).toPoint().y())));
    QTRY_VERIFY(QApplication::activePopupWidget());
    QApplication::activePopupWidget()->close();
}

void TestLongReply::selectsAndCopies_data()
{
    QTest::addColumn<int>("tokens");
    QTest::addColumn<double>("at"); // as in scrollReplyTo()
    QTest::newRow("2k, middle") << 2000 << 0.5;
    QTest::newRow("10k, middle") << 10000 << 0.5;
    QTest::newRow("10k, end") << 10000 << 1.0;
    QTest::newRow("100k, middle") << LongestReply << 0.5;
    QTest::newRow("100k, end") << LongestReply << 1.0;
}

void TestLongReply::selectsAndCopies()
{
    QFETCH(int, tokens);
    QFETCH(double, at);
    sendAndWait(tokens);
    QVERIFY(!QTest::currentTestFailed());
    scrollReplyTo(at);
    Ui::TurnDelegate *delegate = list()->turnDelegate();

    // From the first text near the top of the view to the last text near its bottom.
    auto textAt = [&](int fromY, int step) {
        for (int y = fromY; y > 0 && y < viewport()->height(); y += step) {
            for (int x = 20; x < viewport()->width() - 20; x += 4) {
                if (delegate->isOverText(reply(), QPoint(x, y)))
                    return QPoint(x, y);
            }
        }
        return QPoint();
    };
    const QPoint from = textAt(40, 2);
    const QPoint to = textAt(viewport()->height() - 40, -2);
    QVERIFY(!from.isNull() && !to.isNull() && to.y() > from.y() + 200);

    const QImage before = grabViewport();
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    QVERIFY(delegate->hasSelection());
    QCOMPARE(delegate->selectionIndex(), QModelIndex(reply()));
    QTRY_VERIFY(grabViewport() != before); // the selection shows

    QGuiApplication::clipboard()->clear();
    list()->setFocus();
    QCOMPARE(list()->currentIndex(), QModelIndex(reply()));
    QTest::keyClick(list(), Qt::Key_C, Qt::ControlModifier);
    const QStringList words
        = collapseSpaces(QGuiApplication::clipboard()->text()).split(QLatin1Char(' '));
    QVERIFY2(words.size() > 40, qPrintable(words.join(QLatin1Char(' '))));
    // The selection may start and end inside a word; everything between is the reply's text as
    // shown (Markdown syntax gone), as it stands where the view is. (Some tokens are syntax, so
    // a reply has somewhat fewer words than tokens.)
    const QString inner = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    const qsizetype found = s_text.visibleText.indexOf(inner);
    QVERIFY2(found >= 0, qPrintable(inner));
    const double word = double(s_text.visibleText.left(found).count(QLatin1Char(' '))) / tokens;
    QVERIFY2(
        at < 1 ? word > 0.3 && word < 0.6 : word > 0.8 && word < 1,
        qPrintable(QStringLiteral("selected at word %1 of %2").arg(word * tokens).arg(tokens)));
}

void TestLongReply::paintsWhileStreamingAHundredThousandTokens()
{
    // Paced, so the reply is seen growing: 100 batches a second, as a fast model would send.
    ReplyStreamServer paced;
    paced.setTokens(s_text.tokens);
    paced.setPace(20000, 100);
    QVERIFY(paced.start());
    connectTo(paced);

    Core::ChatSettings settings;
    settings.model = QStringLiteral("long-reply");
    settings.params.maxTokens = LongestReply;
    QVERIFY(m_session->send(QStringLiteral("Write at length, please."), settings));
    // Taller than an item may be in QListView, still growing, and its growing end is drawn.
    QTRY_VERIFY_WITH_TIMEOUT(laidOutHeight() > 2 * SHRT_MAX, 60000);
    QVERIFY(m_session->isBusy());
    QVERIFY(list()->isFollowingBottom());
    QCOMPARE(bar()->value(), bar()->maximum());
    QVERIFY2(ink() > 2000, "blank while streaming");

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 120000);
    QCOMPARE(reply().data(M::TextRole).toString(), s_text.prefix(LongestReply));
    QCOMPARE(reply().data(M::OutputTokensRole).toLongLong(), LongestReply);
    QTRY_COMPARE(bar()->maximum(), contentHeight() - viewport()->height());
    QTRY_COMPARE(bar()->value(), bar()->maximum());
    QVERIFY2(ink() > 2000, "blank at the end");
}

void TestLongReply::narrowerViewLaysTheReplyOutAgain()
{
    sendAndWait(2000);
    QVERIFY(!QTest::currentTestFailed());
    const int wide = laidOutHeight();
    // Narrower text wraps into more lines: the reply grows, and the list with it, or its end
    // would lie below where the list stops.
    m_pane->resize(420, m_pane->height());
    QTRY_VERIFY(laidOutHeight() > wide);
    QTRY_COMPARE(bar()->maximum(), contentHeight() - viewport()->height());
    QCOMPARE(list()->visualRect(reply()).height(), laidOutHeight());
    bar()->setValue(bar()->maximum());
    QVERIFY(ink() > 2000);
}

void TestLongReply::growingReplyLaysOutLikeTheWhole()
{
    // A reply laid out delta by delta (reusing what did not change) ends exactly where one laid
    // out from its final text does: same height, blocks, code, links, text and positions.
    constexpr int Tokens = 6000;
    constexpr int Width = 520;
    const QFont font = QApplication::font();
    Ui::TurnData data;
    data.model = QStringLiteral("long-reply");
    data.streaming = true;
    Ui::TurnLayout grown;
    grown.setWidth(Width);
    quint32 seed = 7;
    for (int at = 0; at < Tokens;) {
        seed = seed * 1103515245u + 12345u;
        at = qMin(Tokens, at + 1 + int(seed >> 16) % 60);
        data.text = s_text.prefix(at);
        grown.setContent(data, false, font);
    }
    data.streaming = false;
    data.outputTokens = Tokens;
    grown.setContent(data, false, font);
    Ui::TurnLayout whole;
    whole.setContent(data, false, font);
    whole.setWidth(Width);

    QCOMPARE(grown.height(), whole.height());
    QCOMPARE(grown.codeBlockCount(), whole.codeBlockCount());
    QVERIFY(whole.codeBlockCount() > 10);
    for (int i = 0; i < whole.codeBlockCount(); ++i) {
        QCOMPARE(grown.codeText(i), whole.codeText(i));
        QCOMPARE(grown.targetRect(Ui::TurnLayout::Target::CopyCode, i),
                 whole.targetRect(Ui::TurnLayout::Target::CopyCode, i));
    }
    QCOMPARE(grown.links(), whole.links());
    QVERIFY(!whole.links().isEmpty());
    QCOMPARE(grown.selectedText(grown.everything()), whole.selectedText(whole.everything()));
    for (int y = 0; y < whole.height(); y += 211) {
        const QPoint at(40 + y % 300, y);
        QCOMPARE(grown.textPosAt(at), whole.textPosAt(at));
        QCOMPARE(grown.isOverText(at), whole.isOverText(at));
        QCOMPARE(grown.hitTest(at).target, whole.hitTest(at).target);
    }
    QCOMPARE(grown.targetRect(Ui::TurnLayout::Target::Copy),
             whole.targetRect(Ui::TurnLayout::Target::Copy));
}

void TestLongReply::longReplyKeepsFewDocuments()
{
    // A document laid out costs far more than its text: of a reply's thousands of blocks only
    // those lately drawn or measured keep one. Drawing, copying all of it and a new width do not
    // change that, and what is drawn and copied is all there.
    const QFont font = QApplication::font();
    Ui::TurnData data;
    data.text = s_text.markdown;
    Ui::TurnLayout layout;
    layout.setContent(data, false, font);
    QElapsedTimer clock;
    clock.start();
    layout.setWidth(600);
    qInfo("%lld tokens laid out in %lld ms: %d px, %d code blocks, %d documents kept",
          qlonglong(s_text.tokens.size()), clock.elapsed(), layout.height(),
          layout.codeBlockCount(), layout.cachedDocuments());
    // Fewer than there are code blocks, of five blocks or so per section of the reply.
    const int few = layout.codeBlockCount();
    QVERIFY2(layout.cachedDocuments() < few, qPrintable(QString::number(layout.cachedDocuments())));

    QImage image(600, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = QRect(0, -layout.height() / 2, 600, layout.height());
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::Base, Qt::white);
    option.font = font;
    {
        QPainter painter(&image);
        layout.paint(&painter, option, {}, QRect(0, layout.height() / 2, 600, 700));
    }
    QVERIFY(inkPixels(image, Qt::black) > 2000);
    QVERIFY(layout.cachedDocuments() < few);

    const QString all = layout.selectedText(layout.everything());
    QCOMPARE(collapseSpaces(all), s_text.visibleText);
    QVERIFY(layout.cachedDocuments() < few);

    clock.restart();
    layout.setWidth(420);
    qInfo("laid out again at a new width in %lld ms", clock.elapsed());
    QVERIFY(layout.cachedDocuments() < few);
}

QTEST_MAIN(TestLongReply)
#include "tst_longreply.moc"
