// The conversation view, composer and chat pane driven like a user would, against a real
// SimulatedGateway over loopback: nothing in the engine below the widgets is mocked.

#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "conversation/errordescription.h"
#include "conversation/markdownsegments.h"
#include "conversation/turndata.h"
#include "conversation/turndelegate.h"
#include "conversation/turneditor.h"
#include "conversation/turnlistview.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <memory>

using namespace Parlance;
using M = Ui::ConversationModel;
using Target = Ui::TurnLayout::Target;

class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendShowsUserRowAtOnceAndStreamsReply();
    void streamingRowGrowsAndFooterArrives();
    void streamingRowLeavesTheReplyTextUnshared();
    void escStopsSlowReplyKeepingPartialText();
    void stopButtonStops();
    void escInConversationStops();
    void stopBeforeFirstTokenHasNoBogusTimings();
    void contextMenuActions();
    void reasoningCollapsedAndTogglesOnClick();
    void toolCallShownAsCard();
    void footerWrapsInsteadOfCutting_data();
    void footerWrapsInsteadOfCutting();
    void footerFiguresFollowTheLocale();
    void errorCardExplainsAndRetrySucceeds();
    void demoErrorShowsServerMessage();
    void regenerateReplacesLastReply();
    void editAndResendDropsLaterTurns();
    void editCancelKeepsConversation();
    void deleteRemovesRow();
    void copyPutsTextOnClipboard();
    void codeBlockCopyCopiesOnlyCode();
    void dragSelectsTextAndCtrlCCopiesIt();
    void doubleClickSelectsAWordAndSelectAllTheMessage();
    void followsBottomUnlessScrolledUp();
    void composerKeepsTextWhenNotSent();
    void clearResetsView();
    void largeStreamStaysResponsive();
    void splitMarkdown_data();
    void splitMarkdown();
    void updateSegmentsMatchesFullSplit_data();
    void updateSegmentsMatchesFullSplit();
    void describeError_data();
    void describeError();

private:
    void send(const QString &text);
    void sendAndWait(const QString &text);
    void click(const QRect &rect);
    QModelIndex row(int r) const { return m_pane->conversationView()->model()->index(r, 0); }
    QVariant value(int r, int role) const { return row(r).data(role); }
    M *model() const { return m_pane->conversationView()->model(); }
    Ui::ConversationView *view() const { return m_pane->conversationView(); }
    QWidget *viewport() const { return view()->listView()->viewport(); }

    std::unique_ptr<Sim::SimulatedGateway> m_gateway;
    std::unique_ptr<Net::GatewayClient> m_client;
    std::unique_ptr<Engine::ExchangeLog> m_log;
    std::unique_ptr<Engine::ChatSession> m_session;
    std::unique_ptr<Ui::ChatPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Core::ChatSettings m_settings;
};

void TestConversationView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConversationView::init()
{
    // A gateway per test: demo-flaky counts its requests per gateway.
    m_gateway = std::make_unique<Sim::SimulatedGateway>();
    QVERIFY2(m_gateway->listen(), qPrintable(m_gateway->errorString()));
    m_client = std::make_unique<Net::GatewayClient>();
    m_log = std::make_unique<Engine::ExchangeLog>();
    m_session = std::make_unique<Engine::ChatSession>(m_client.get(), m_log.get());

    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(m_gateway->url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    connection.retries = 0; // a 429 must reach the view as an error card
    m_session->setConnection(connection, {});

    m_settings = {};
    m_settings.model = QStringLiteral("demo-echo");
    m_pane = std::make_unique<Ui::ChatPane>(m_session.get());
    m_pane->setSettingsProvider([this] { return m_settings; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(760, 560);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->focusInput();
}

void TestConversationView::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    m_session.reset();
    m_log.reset();
    m_client.reset();
    m_gateway.reset();
}

void TestConversationView::send(const QString &text)
{
    QPlainTextEdit *input = m_pane->composer()->input();
    input->setFocus();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
}

void TestConversationView::sendAndWait(const QString &text)
{
    const int before = model()->rowCount();
    send(text);
    QCOMPARE(model()->rowCount(), before + 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QVERIFY(!value(before + 1, M::StreamingRole).toBool());
}

void TestConversationView::click(const QRect &rect)
{
    QVERIFY2(!rect.isEmpty(), "the target is not on the row");
    QTest::mouseMove(viewport(), rect.center());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, rect.center());
}

void TestConversationView::sendShowsUserRowAtOnceAndStreamsReply()
{
    m_settings.model = QStringLiteral("demo-lorem");
    m_settings.params.maxTokens = 300;
    send(QStringLiteral("Tell me a story"));

    // At once, before any byte came back: the user turn and a streaming assistant turn.
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(value(0, M::RoleNameRole).toString(), QStringLiteral("user"));
    QCOMPARE(value(0, M::TextRole).toString(), QStringLiteral("Tell me a story"));
    QCOMPARE(value(1, M::RoleNameRole).toString(), QStringLiteral("assistant"));
    QVERIFY(value(1, M::StreamingRole).toBool());
    QCOMPARE(m_pane->composer()->text(), QString()); // accepted, so cleared
    QCOMPARE(m_pane->composer()->sendButton()->text(), QStringLiteral("Stop"));

    QTRY_VERIFY_WITH_TIMEOUT(!value(1, M::StreamingRole).toBool(), 10000);
    QCOMPARE(value(1, M::TextRole).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size(),
             300);
    QCOMPARE(value(1, M::ModelRole).toString(), QStringLiteral("demo-lorem"));
    QCOMPARE(value(1, M::OutputTokensRole).toLongLong(), 300);
    QCOMPARE(value(1, M::InputTokensRole).toLongLong(), 4);
    QCOMPARE(value(1, M::FinishReasonRole).toString(), QStringLiteral("length"));
    QVERIFY(value(1, M::TimeToFirstTokenRole).isValid());
    QVERIFY(value(1, M::TotalTimeRole).isValid());
    QVERIFY(value(1, M::TokensPerSecondRole).toDouble() > 0);
    QVERIFY(!value(1, M::IncompleteRole).toBool());
    QVERIFY(!value(1, M::HasErrorRole).toBool());
    QCOMPARE(value(1, M::ExchangeIdsRole).toList().size(), 1);
    QCOMPARE(m_pane->composer()->sendButton()->text(), QStringLiteral("Send"));
    // The finished reply offers its actions.
    QVERIFY(!view()->targetRect(1, Target::Regenerate).isEmpty());
    QVERIFY(view()->targetRect(1, Target::Retry).isEmpty());
}

void TestConversationView::streamingRowGrowsAndFooterArrives()
{
    m_gateway->setTimeScale(0.2);
    m_settings.model = QStringLiteral("demo-slow");
    const QString prompt = QStringLiteral("one two three four five six seven eight nine ten");
    send(prompt);
    QTRY_VERIFY(!value(1, M::TextRole).toString().isEmpty());
    QVERIFY(value(1, M::StreamingRole).toBool());
    const int heightWhileStreaming = view()->listView()->visualRect(row(1)).height();
    QVERIFY(heightWhileStreaming > 0);
    QVERIFY(!value(1, M::TotalTimeRole).isValid()); // the footer data comes at the end
    QTRY_VERIFY_WITH_TIMEOUT(!value(1, M::StreamingRole).toBool(), 10000);
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("You said: ") + prompt);
    QCOMPARE(value(1, M::FinishReasonRole).toString(), QStringLiteral("stop"));
    QVERIFY(value(1, M::OutputTokensRole).isValid());
    QVERIFY(value(1, M::TimeToFirstTokenRole).toLongLong() >= 50);
}

void TestConversationView::streamingRowLeavesTheReplyTextUnshared()
{
    // The view lays out a streaming reply many times a second. Should it keep a reference to
    // the session's growing text, the next delta would copy all of it: a cost per token that
    // grows with the reply.
    m_settings.model = QStringLiteral("demo-slow");
    QString prompt;
    for (int i = 0; i < 60; ++i)
        prompt += QStringLiteral("word%1 ").arg(i);
    send(prompt.trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(value(1, M::TextRole).toString().contains(QStringLiteral("word3")),
                             5000);
    // Laid out now, as a refresh does, and looked at before another delta can arrive.
    Ui::TurnDelegate *delegate = view()->listView()->turnDelegate();
    QStyleOptionViewItem option;
    option.font = view()->listView()->font();
    QVERIFY(delegate->sizeHint(option, row(1)).height() > 0);
    QVERIFY(delegate->plainText(row(1)).contains(QStringLiteral("word3")));
    QVERIFY(m_session->isStreaming(1));
    const QList<Core::ContentPart> &parts = m_session->messageAt(1).parts;
    QCOMPARE(parts.size(), 1);
    QVERIFY(parts.constFirst().text.isDetached());
}

void TestConversationView::escStopsSlowReplyKeepingPartialText()
{
    m_settings.model = QStringLiteral("demo-slow");
    QString prompt;
    for (int i = 0; i < 60; ++i)
        prompt += QStringLiteral("word%1 ").arg(i);
    send(prompt.trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(value(1, M::TextRole).toString().contains(QStringLiteral("word1")),
                             5000);
    QVERIFY(value(1, M::StreamingRole).toBool());

    QTest::keyClick(m_pane->composer()->input(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!value(1, M::StreamingRole).toBool(), 5000);
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(value(1, M::IncompleteRole).toBool());
    QVERIFY(value(1, M::StoppedRole).toBool());
    QVERIFY(!value(1, M::HasErrorRole).toBool()); // a stop is not an error card
    const QString partial = value(1, M::TextRole).toString();
    QVERIFY(partial.startsWith(QStringLiteral("You said: word0")));
    QVERIFY(!partial.contains(QStringLiteral("word59")));
    QVERIFY(view()->targetRect(1, Target::Retry).isEmpty());
    QCOMPARE(m_pane->composer()->sendButton()->text(), QStringLiteral("Send"));
}

void TestConversationView::stopButtonStops()
{
    m_settings.model = QStringLiteral("demo-slow");
    send(QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"));
    QTRY_VERIFY(!value(1, M::TextRole).toString().isEmpty());
    QTest::mouseClick(m_pane->composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(value(1, M::IncompleteRole).toBool());
    QVERIFY(!value(1, M::TextRole).toString().isEmpty());
}

void TestConversationView::escInConversationStops()
{
    m_settings.model = QStringLiteral("demo-slow");
    send(QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"));
    QTRY_VERIFY(!value(1, M::TextRole).toString().isEmpty());
    view()->listView()->setFocus();
    QVERIFY(view()->listView()->hasFocus());
    QTest::keyClick(view()->listView(), Qt::Key_Escape);
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(value(1, M::StoppedRole).toBool());
}

void TestConversationView::stopBeforeFirstTokenHasNoBogusTimings()
{
    m_settings.model = QStringLiteral("demo-slow");
    send(QStringLiteral("never mind"));
    m_session->stop();
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(value(1, M::StoppedRole).toBool());
    QVERIFY(value(1, M::TextRole).toString().isEmpty());
    const QVariant total = value(1, M::TotalTimeRole);
    QVERIFY(!total.isValid() || total.toLongLong() >= 0);
    QVERIFY(!value(1, M::TimeToFirstTokenRole).isValid());
}

void TestConversationView::contextMenuActions()
{
    sendAndWait(QStringLiteral("menu"));
    auto openMenu = [this](int r) -> QMenu * {
        const QRect rect = view()->listView()->visualRect(row(r));
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(viewport(), &event);
        QMenu *menu = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<QMenu *>(widget);
                candidate && candidate->isVisible())
                menu = candidate;
        }
        return menu;
    };
    auto action = [](QMenu *menu, const QString &text) -> QAction * {
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };

    QMenu *menu = openMenu(0);
    QVERIFY(menu);
    QVERIFY(action(menu, QStringLiteral("Edit && Resend…")));
    QVERIFY(!action(menu, QStringLiteral("Regenerate")));
    menu->close();

    menu = openMenu(1);
    QVERIFY(menu);
    QVERIFY(action(menu, QStringLiteral("Regenerate")));
    QVERIFY(action(menu, QStringLiteral("Show in Inspector")));
    QSignalSpy inspect(m_pane.get(), &Ui::ChatPane::showExchangeRequested);
    action(menu, QStringLiteral("Show in Inspector"))->trigger();
    QCOMPARE(inspect.size(), 1);
    menu->close();

    menu = openMenu(1);
    QVERIFY(menu);
    action(menu, QStringLiteral("Delete"))->trigger();
    QCOMPARE(model()->rowCount(), 1);
    menu->close();
}

void TestConversationView::reasoningCollapsedAndTogglesOnClick()
{
    m_settings.model = QStringLiteral("demo-reasoning");
    sendAndWait(QStringLiteral("What is 17 times 23?"));
    QVERIFY(!value(1, M::ReasoningRole).toString().isEmpty());
    QVERIFY(value(1, M::TextRole).toString().contains(QStringLiteral("391")));
    QVERIFY(!view()->isReasoningExpanded(1));
    const int collapsed = view()->listView()->visualRect(row(1)).height();

    click(view()->targetRect(1, Target::ReasoningToggle));
    QVERIFY(view()->isReasoningExpanded(1));
    QTRY_VERIFY(view()->listView()->visualRect(row(1)).height() > collapsed);

    click(view()->targetRect(1, Target::ReasoningToggle));
    QVERIFY(!view()->isReasoningExpanded(1));
    QTRY_COMPARE(view()->listView()->visualRect(row(1)).height(), collapsed);
}

void TestConversationView::toolCallShownAsCard()
{
    m_settings.model = QStringLiteral("demo-tools");
    sendAndWait(QStringLiteral("Weather in Paris?"));
    const QVariantList calls = value(1, M::ToolCallsRole).toList();
    QCOMPARE(calls.size(), 1);
    const QVariantMap call = calls.first().toMap();
    QCOMPARE(call.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather"));
    QCOMPARE(call.value(QStringLiteral("arguments")).toString(),
             QStringLiteral(R"({"location":"Paris","unit":"celsius"})"));
    QVERIFY(!call.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(value(1, M::FinishReasonRole).toString(), QStringLiteral("tool_calls"));
    // The card takes room even though the reply has no text: name line plus four JSON lines.
    QVERIFY(value(1, M::TextRole).toString().isEmpty());
    QVERIFY(view()->listView()->visualRect(row(1)).height()
            > 5 * view()->fontMetrics().lineSpacing());
}

void TestConversationView::footerWrapsInsteadOfCutting_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("default window") << 600;
    QTest::newRow("narrow") << 420;
    QTest::newRow("narrowest") << 300;
}

// Figures read as the user writes numbers: digit groups and the decimal mark of the locale.
void TestConversationView::footerFiguresFollowTheLocale()
{
    Ui::TurnData data;
    data.model = QStringLiteral("m");
    data.inputTokens = 1234;
    data.outputTokens = 30000;
    data.ttftMs = 197;
    data.totalMs = 1500;
    data.tokensPerSecond = 112360.4;
    data.finishReason = QStringLiteral("length");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = data.footerText();
    const QString germanTip = data.footerToolTip();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = data.footerText();
    QLocale::setDefault(before);
    QVERIFY2(german.contains(QStringLiteral("1.234")) && german.contains(QStringLiteral("30.000")),
             qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("1,50")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("112.360")), qPrintable(german));
    QVERIFY2(germanTip.contains(QStringLiteral("112.360")), qPrintable(germanTip));
    QVERIFY2(english.contains(QStringLiteral("1,234"))
                 && english.contains(QStringLiteral("30,000")),
             qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("1.50")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("112,360")), qPrintable(english));
}

// The line under a reply (model, tokens, timings, speed, finish reason) was elided to the room
// left of the action buttons, so the speed and the finish reason were never seen.
void TestConversationView::footerWrapsInsteadOfCutting()
{
    QFETCH(int, width);
    // A reply that takes measurable time, so every figure is there: one that arrives within
    // the clock's millisecond has no speed to show.
    m_settings.model = QStringLiteral("demo-slow");
    sendAndWait(QStringLiteral("every figure of the footer"));
    m_pane->resize(width, m_pane->height());
    QTRY_VERIFY(viewport()->width() <= width);

    const QModelIndex reply = row(1);
    const QString footer = Ui::TurnData::fromIndex(reply).footerText();
    QVERIFY(footer.contains(QStringLiteral(" tok/s · stop")));
    const QList<Ui::TurnLayout::FooterLine> lines
        = view()->listView()->turnDelegate()->footerLines(reply);
    QVERIFY(!lines.isEmpty());
    const QRect rowRect = view()->listView()->visualRect(reply);
    QStringList shown;
    for (const Ui::TurnLayout::FooterLine &line : lines) {
        QVERIFY2(rowRect.contains(line.rect) && viewport()->rect().contains(line.rect),
                 qPrintable(line.text));
        for (Target action : {Target::Copy, Target::Regenerate, Target::Delete})
            QVERIFY(!line.rect.intersects(view()->targetRect(1, action)));
        shown.append(line.text);
    }
    QCOMPARE(shown.join(QStringLiteral(" · ")), footer); // every part, nothing elided

    // Its tooltip names each figure.
    const QPoint at = lines.first().rect.center();
    QHelpEvent help(QEvent::ToolTip, at, viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Time to first token: ")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Finish reason: stop")));
    QToolTip::hideText();
}

void TestConversationView::errorCardExplainsAndRetrySucceeds()
{
    m_settings.model = QStringLiteral("demo-flaky"); // the first request gets 429
    sendAndWait(QStringLiteral("hello flaky"));
    QVERIFY(value(1, M::HasErrorRole).toBool());
    QCOMPARE(value(1, M::ErrorStatusRole).toInt(), 429);
    QVERIFY(value(1, M::ErrorWhatRole).toString().contains(QStringLiteral("rate-limiting")));
    QVERIFY(!value(1, M::ErrorAdviceRole).toString().isEmpty());
    QVERIFY(!value(1, M::ErrorRawRole).toByteArray().isEmpty());

    const quint64 id = value(1, M::LastExchangeIdRole).toULongLong();
    QVERIFY(id != 0);
    QVERIFY(m_log->exchangeById(id));
    QCOMPARE(m_log->exchangeById(id)->status, 429);
    QSignalSpy inspect(m_pane.get(), &Ui::ChatPane::showExchangeRequested);
    click(view()->targetRect(1, Target::ShowExchange));
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.first().first().toULongLong(), id);

    click(view()->targetRect(1, Target::Retry));
    QVERIFY(m_session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(!value(1, M::HasErrorRole).toBool());
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("You said: hello flaky"));
    QVERIFY(view()->targetRect(1, Target::Retry).isEmpty()); // the card is gone
}

void TestConversationView::demoErrorShowsServerMessage()
{
    m_settings.model = QStringLiteral("demo-error");
    sendAndWait(QStringLiteral("fail please"));
    QVERIFY(value(1, M::HasErrorRole).toBool());
    QCOMPARE(value(1, M::ErrorStatusRole).toInt(), 400);
    QVERIFY(value(1, M::ErrorDetailRole)
                .toString()
                .contains(QStringLiteral("demo-error always fails")));
    QVERIFY(value(1, M::ErrorWhatRole).toString().contains(QStringLiteral("HTTP 400")));
    QVERIFY(!view()->targetRect(1, Target::Retry).isEmpty());
    QVERIFY(!view()->targetRect(1, Target::ShowExchange).isEmpty());
}

void TestConversationView::regenerateReplacesLastReply()
{
    sendAndWait(QStringLiteral("first"));
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("You said: first"));
    const quint64 oldKey = value(1, M::KeyRole).toULongLong();

    m_settings.model = QStringLiteral("demo-lorem");
    m_settings.params.maxTokens = 5;
    click(view()->targetRect(1, Target::Regenerate));
    QCOMPARE(model()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(value(1, M::KeyRole).toULongLong() != oldKey);
    QCOMPARE(value(1, M::ModelRole).toString(), QStringLiteral("demo-lorem"));
    QCOMPARE(value(1, M::OutputTokensRole).toLongLong(), 5);
    QCOMPARE(value(0, M::TextRole).toString(), QStringLiteral("first"));
}

void TestConversationView::editAndResendDropsLaterTurns()
{
    sendAndWait(QStringLiteral("one"));
    sendAndWait(QStringLiteral("two"));
    QCOMPARE(model()->rowCount(), 4);

    click(view()->targetRect(0, Target::Edit));
    QVERIFY(view()->isEditing(0));
    auto *editor = qobject_cast<Ui::TurnEditor *>(view()->editorAt(0));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("one"));
    QTest::keyClick(editor->textEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("uno"));
    // The row makes room for the editor.
    QTRY_VERIFY(view()->listView()->visualRect(row(0)).height() >= editor->height());

    QTest::keyClick(editor->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(!view()->isEditing(0));
    QCOMPARE(value(0, M::TextRole).toString(), QStringLiteral("uno"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("You said: uno"));
}

void TestConversationView::editCancelKeepsConversation()
{
    sendAndWait(QStringLiteral("keep me"));
    view()->editTurn(0);
    auto *editor = qobject_cast<Ui::TurnEditor *>(view()->editorAt(0));
    QVERIFY(editor);
    QTest::keyClicks(editor->textEdit(), QStringLiteral(" changed"));
    QTest::mouseClick(editor->cancelButton(), Qt::LeftButton);
    QVERIFY(!view()->isEditing(0));
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(value(0, M::TextRole).toString(), QStringLiteral("keep me"));
    QVERIFY(!m_session->isBusy());
}

void TestConversationView::deleteRemovesRow()
{
    sendAndWait(QStringLiteral("alpha"));
    sendAndWait(QStringLiteral("beta"));
    QCOMPARE(model()->rowCount(), 4);
    QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
    click(view()->targetRect(3, Target::Delete));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model()->rowCount(), 3);
    click(view()->targetRect(0, Target::Delete));
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(value(0, M::TextRole).toString(), QStringLiteral("You said: alpha"));
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("beta"));
}

void TestConversationView::copyPutsTextOnClipboard()
{
    sendAndWait(QStringLiteral("copy me"));
    QGuiApplication::clipboard()->clear();
    click(view()->targetRect(1, Target::Copy));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("You said: copy me"));

    // Ctrl+C copies the current turn.
    view()->listView()->setFocus();
    view()->listView()->setCurrentIndex(row(0));
    QTest::keyClick(view()->listView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copy me"));
}

// The first and last points of `r`'s text along its first line, in viewport coordinates.
static std::pair<QPoint, QPoint> textSpan(Ui::TurnDelegate *delegate, const QModelIndex &index,
                                          const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        int first = -1;
        int last = -1;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (delegate->isOverText(index, QPoint(x, y))) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        if (first >= 0)
            return {QPoint(first + 1, y + 6), QPoint(last - 1, y + 6)};
    }
    return {};
}

void TestConversationView::dragSelectsTextAndCtrlCCopiesIt()
{
    sendAndWait(QStringLiteral("alpha beta gamma"));
    Ui::TurnDelegate *delegate = view()->listView()->turnDelegate();
    const QRect rect = view()->listView()->visualRect(row(1));
    const auto [start, end] = textSpan(delegate, row(1), rect);
    QVERIFY(!start.isNull());
    const QImage before = viewport()->grab(rect).toImage();

    // Press at the start of the answer, drag past its end: all of it is selected.
    QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
    QVERIFY(delegate->isSelecting());
    QTest::mouseMove(viewport(), QPoint(rect.right() - 2, rect.bottom() - 2));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {},
                        QPoint(rect.right() - 2, rect.bottom() - 2));
    QVERIFY(delegate->hasSelection());
    QCOMPARE(delegate->selectionIndex(), QModelIndex(row(1)));
    QCOMPARE(delegate->selectedText(), QStringLiteral("You said: alpha beta gamma"));
    // ... and it shows.
    QTRY_VERIFY(viewport()->grab(rect).toImage() != before);

    QGuiApplication::clipboard()->clear();
    view()->listView()->setFocus();
    QTest::keyClick(view()->listView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("You said: alpha beta gamma"));

    // Dragging back to the middle of the line selects a part of it, from the start.
    const QPoint middle = start + QPoint(qMin(40, (end.x() - start.x()) / 2), 0);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport(), middle);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, middle);
    const QString part = delegate->selectedText();
    QVERIFY2(!part.isEmpty() && part.size() < 26
                 && QStringLiteral("You said: alpha beta gamma").startsWith(part),
             qPrintable(part));

    // A click without a drag selects nothing, and Ctrl+C goes back to the whole message.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, middle);
    QVERIFY(!delegate->hasSelection());
    view()->listView()->setCurrentIndex(row(0));
    QTest::keyClick(view()->listView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("alpha beta gamma"));
}

void TestConversationView::doubleClickSelectsAWordAndSelectAllTheMessage()
{
    m_pane->composer()->setText(QStringLiteral("Some **bold** words\n\n```\ncode line\n```"));
    QTest::keyClick(m_pane->composer()->input(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    Ui::TurnDelegate *delegate = view()->listView()->turnDelegate();
    const QRect rect = view()->listView()->visualRect(row(1));
    const auto [start, end] = textSpan(delegate, row(1), rect);
    QVERIFY(!start.isNull());

    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, start + QPoint(3, 0));
    QVERIFY(delegate->hasSelection());
    const QString word = delegate->selectedText();
    QVERIFY2(!word.isEmpty() && !word.contains(QLatin1Char(' ')), qPrintable(word));
    QVERIFY(QStringLiteral("You said: Some bold words").contains(word));

    // Select All takes every block of the message, as shown: Markdown rendered, the code
    // block after a blank line.
    view()->listView()->setFocus();
    view()->listView()->setCurrentIndex(row(1));
    QTest::keyClick(view()->listView(), Qt::Key_A, Qt::ControlModifier);
    const QString all = delegate->selectedText();
    QVERIFY2(all.startsWith(QStringLiteral("You said: Some bold words")), qPrintable(all));
    QVERIFY2(all.endsWith(QStringLiteral("\n\ncode line")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("**")));

    // A new turn elsewhere does not disturb it; clearing the conversation drops it.
    m_session->clear();
    QVERIFY(!delegate->hasSelection());
}

void TestConversationView::codeBlockCopyCopiesOnlyCode()
{
    m_pane->composer()->setText(QStringLiteral("Run this:\n\n```python\nprint('hi')\n"
                                               "for i in range(3):\n    print(i)\n```\n\nDone."));
    QTest::keyClick(m_pane->composer()->input(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
    const QString code = QStringLiteral("print('hi')\nfor i in range(3):\n    print(i)");
    QCOMPARE(view()->codeBlock(1, 0), code);
    QVERIFY(view()->codeBlock(0, 0).isEmpty()); // user turns are plain text

    QGuiApplication::clipboard()->clear();
    click(view()->targetRect(1, Target::CopyCode, 0));
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
}

void TestConversationView::followsBottomUnlessScrolledUp()
{
    m_pane->resize(600, 300);
    m_settings.model = QStringLiteral("demo-lorem");
    m_settings.params.maxTokens = 1500;
    sendAndWait(QStringLiteral("long one"));
    QScrollBar *bar = view()->listView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolled up to read: a new reply growing below must not pull the view down.
    m_gateway->setTimeScale(0.2);
    m_settings.model = QStringLiteral("demo-slow");
    QString prompt;
    for (int i = 0; i < 80; ++i)
        prompt += QStringLiteral("w%1 ").arg(i);
    send(prompt);
    QTRY_VERIFY(value(3, M::TextRole).toString().size() > 20);
    bar->setValue(0);
    QVERIFY(!view()->listView()->isFollowingBottom());
    // Following happens as the scroll range grows with the laid-out reply: once it has grown,
    // the view would have jumped down by now.
    const int maximum = bar->maximum();
    QTRY_VERIFY(bar->maximum() > maximum);
    QCOMPARE(bar->value(), 0);
    m_session->stop();
    QTRY_VERIFY(!m_session->isBusy());
}

void TestConversationView::composerKeepsTextWhenNotSent()
{
    // No model chosen: the text stays in the composer, with a reason.
    m_settings.model.clear();
    send(QStringLiteral("do not lose me"));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(m_pane->composer()->text(), QStringLiteral("do not lose me"));
    QVERIFY(!m_pane->composer()->notice().isEmpty());

    // No connection at all.
    Engine::ChatSession unconnected(m_client.get(), m_log.get());
    Ui::ChatPane pane(&unconnected);
    pane.setSettingsProvider([this] { return m_settings; });
    m_settings.model = QStringLiteral("demo-echo");
    pane.composer()->setText(QStringLiteral("still here"));
    pane.composer()->submit();
    QCOMPARE(pane.composer()->text(), QStringLiteral("still here"));
    QVERIFY(!pane.composer()->notice().isEmpty());
    QVERIFY(unconnected.turns().isEmpty());

    // The Send button follows the input: on with text, off without.
    QVERIFY(pane.composer()->sendButton()->isEnabled());
    pane.composer()->setText({});
    QVERIFY(!pane.composer()->sendButton()->isEnabled());
}

void TestConversationView::clearResetsView()
{
    sendAndWait(QStringLiteral("to be cleared"));
    QCOMPARE(model()->rowCount(), 2);
    m_session->clear();
    QCOMPARE(model()->rowCount(), 0);
    sendAndWait(QStringLiteral("again"));
    QCOMPARE(value(1, M::TextRole).toString(), QStringLiteral("You said: again"));
}

void TestConversationView::largeStreamStaysResponsive()
{
    // 20,000 deltas: the view must gather them into a few dozen relayouts, so the reply
    // finishes in about the time the bytes take, and the event loop keeps turning meanwhile.
    m_settings.model = QStringLiteral("demo-lorem");
    m_settings.params.maxTokens = 20000;
    QElapsedTimer clock;
    clock.start();
    int changes = 0;
    connect(model(), &QAbstractItemModel::dataChanged, this, [&changes] { ++changes; });
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(10);
    send(QStringLiteral("a long answer please"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 30000);
    QCOMPARE(value(1, M::OutputTokensRole).toLongLong(), 20000);
    // The model saw the deltas as they came, a batch of at most kEventBatch events at a time.
    QVERIFY2(changes >= 20000 / Net::GatewayCall::kEventBatch,
             qPrintable(QString::number(changes)));
    qInfo("20000 deltas, %d model changes, shown in %lld ms, %d timer ticks", changes,
          clock.elapsed(), ticks);
    // The finished reply is laid out in full: many screens tall.
    QTRY_VERIFY(view()->listView()->visualRect(row(1)).height() > 20 * viewport()->height());
}

void TestConversationView::splitMarkdown_data()
{
    using K = Ui::MarkdownSegment::Kind;
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("kinds"); // 0 prose, 1 code
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<bool>("lastClosed");
    QTest::newRow("paragraphs") << QStringLiteral("Just *text*.\n\nTwo paragraphs.")
                                << QList<int>{int(K::Prose), int(K::Prose)}
                                << QStringList{QStringLiteral("Just *text*.\n\n"),
                                               QStringLiteral("Two paragraphs.")}
                                << true;
    QTest::newRow("loose list stays whole")
        << QStringLiteral("- a\n\n- b\n\n  more\n\n1. c\n\nAfter")
        << QList<int>{int(K::Prose), int(K::Prose)}
        << QStringList{QStringLiteral("- a\n\n- b\n\n  more\n\n1. c\n\n"), QStringLiteral("After")}
        << true;
    QTest::newRow("fenced") << QStringLiteral("Before\n```cpp\nint a;\n\nint b;\n```\nAfter")
                            << QList<int>{int(K::Prose), int(K::Code), int(K::Prose)}
                            << QStringList{QStringLiteral("Before\n"),
                                           QStringLiteral("int a;\n\nint b;"),
                                           QStringLiteral("After")}
                            << true;
    QTest::newRow("tilde, longer close")
        << QStringLiteral("~~~\nx\n~~~~~\n") << QList<int>{int(K::Code)}
        << QStringList{QStringLiteral("x")} << true;
    QTest::newRow("shorter fence does not close")
        << QStringLiteral("````\n```\n````") << QList<int>{int(K::Code)}
        << QStringList{QStringLiteral("```")} << true;
    QTest::newRow("streaming, unclosed")
        << QStringLiteral("See:\n```py\nprint(1)\npri") << QList<int>{int(K::Prose), int(K::Code)}
        << QStringList{QStringLiteral("See:\n"), QStringLiteral("print(1)\npri")} << false;
    QTest::newRow("in a list item")
        << QStringLiteral("1. Run\n   ```sh\n   ls -l\n   ```\n")
        << QList<int>{int(K::Prose), int(K::Code)}
        << QStringList{QStringLiteral("1. Run\n"), QStringLiteral("ls -l")} << true;
    QTest::newRow("inline backticks are prose")
        << QStringLiteral("Use ```x``` inline") << QList<int>{int(K::Prose)}
        << QStringList{QStringLiteral("Use ```x``` inline")} << true;
}

void TestConversationView::splitMarkdown()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, kinds);
    QFETCH(QStringList, texts);
    QFETCH(bool, lastClosed);
    const QList<Ui::MarkdownSegment> segments = Ui::splitMarkdown(source);
    QCOMPARE(segments.size(), kinds.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QCOMPARE(int(segments.at(i).kind), kinds.at(i));
        QCOMPARE(segments.at(i).text, texts.at(i));
    }
    QCOMPARE(segments.constLast().closed, lastClosed);
    // Re-splitting from the last segment's start gives the same tail: what a growing reply
    // relies on.
    const QList<Ui::MarkdownSegment> tail = Ui::splitMarkdown(source, segments.constLast().start);
    QCOMPARE(tail.constLast(), segments.constLast());
}

void TestConversationView::updateSegmentsMatchesFullSplit_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 5, 8, 13})
        QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
}

void TestConversationView::updateSegmentsMatchesFullSplit()
{
    // A reply arriving piece by piece must end up (and look, at every step) exactly as if it
    // had been split in one go.
    QFETCH(int, chunk);
    const QString full = QStringLiteral(
        "Intro paragraph\nwith two lines.\n\n1. one\n\n2. two\n   continued\n\n"
        "```python\nprint(1)\n\nprint(2)\n```\nRight after.\n\n> quote\n\n"
        "    indented code\n\nText `inline` end.\n\n~~~\nx\n~~~\n\n- a\n- b\n\nLast.");
    QList<Ui::MarkdownSegment> segments;
    QString previous;
    for (qsizetype end = chunk; end < full.size() + chunk; end += chunk) {
        const QString text = full.left(end);
        segments = Ui::updateSegments(std::move(segments), previous.size(), text);
        QCOMPARE(segments, Ui::splitMarkdown(text));
        previous = text;
    }
}

void TestConversationView::describeError_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("advice");
    using K = Core::ApiError::Kind;
    QTest::newRow("429") << int(K::Http) << 429 << QStringLiteral("rate-limiting")
                         << QStringLiteral("retry");
    QTest::newRow("401") << int(K::Http) << 401 << QStringLiteral("credentials")
                         << QStringLiteral("token");
    QTest::newRow("403") << int(K::Http) << 403 << QStringLiteral("not allowed")
                         << QStringLiteral("permission");
    QTest::newRow("404") << int(K::Http) << 404 << QStringLiteral("not found")
                         << QStringLiteral("model name");
    QTest::newRow("503") << int(K::Http) << 503 << QStringLiteral("HTTP 503")
                         << QStringLiteral("Retry");
    QTest::newRow("network") << int(K::Network) << 0 << QStringLiteral("Cannot reach")
                             << QStringLiteral("network");
    QTest::newRow("timeout") << int(K::Timeout) << 0 << QStringLiteral("in time")
                             << QStringLiteral("timeout");
    QTest::newRow("protocol") << int(K::Protocol) << 200 << QStringLiteral("understood")
                              << QStringLiteral("inspector");
    QTest::newRow("stream") << int(K::Stream) << 200 << QStringLiteral("while answering")
                            << QStringLiteral("kept");
}

void TestConversationView::describeError()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, what);
    QFETCH(QString, advice);
    Core::ApiError error;
    error.kind = Core::ApiError::Kind(kind);
    error.httpStatus = status;
    error.code = QStringLiteral("SOME_CODE");
    error.message = QStringLiteral("server says no");
    const Ui::ErrorDescription description = Ui::describeError(error);
    QVERIFY2(description.what.contains(what), qPrintable(description.what));
    QVERIFY2(description.advice.contains(advice, Qt::CaseInsensitive),
             qPrintable(description.advice));
    QCOMPARE(description.detail, QStringLiteral("SOME_CODE: server says no"));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
