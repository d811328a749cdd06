// The chat pane against the simulated gateway: what the user sees while a reply is held up.
#include "conversation/chatpane.h"
#include "conversation/composer.h"
#include "conversation/retrynotice.h"
#include "engine/chatsession.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;

class TstChatPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rateLimitedReplySaysItWillRetry();
    void retryNoticeTexts();
};

void TstChatPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstChatPane::rateLimitedReplySaysItWillRetry()
{
    Sim::SimulatedGateway gateway; // its first demo-flaky request gets 429 + Retry-After: 1
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));
    Net::GatewayClient client;
    Engine::ChatSession session(&client, nullptr);
    Core::Connection connection;
    connection.kind = Core::Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Core::Connection::Auth::None;
    session.setConnection(connection, {});
    Ui::ChatPane pane(&session);
    pane.setSettingsProvider([] {
        Core::ChatSettings settings;
        settings.model = QStringLiteral("demo-flaky");
        return settings;
    });
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    Ui::RetryNotice *notice = pane.retryNotice();
    QVERIFY(!notice->isVisible());

    QPlainTextEdit *input = pane.composer()->input();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("are you there"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);

    // While the request waits out the rate limit, the chat says so instead of looking hung...
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(session.isBusy());
    QCOMPARE(notice->text(), QStringLiteral("Rate limited, retrying in 1 s…"));
    // ...until the next attempt starts, which gets the answer.
    QTRY_VERIFY(!notice->isVisible());
    QTRY_VERIFY(!session.isBusy());
    QCOMPARE(session.turns().at(1).message.text(), QStringLiteral("You said: are you there"));
    QVERIFY(!session.turns().at(1).error);

    // Stopped while it waits (the third request is limited again): the notice goes with it.
    QTest::keyClicks(input, QStringLiteral("again"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(notice->isVisible());
    session.stop();
    QTRY_VERIFY(!session.isBusy());
    QVERIFY(!notice->isVisible());
    QVERIFY(notice->text().isEmpty());
}

void TstChatPane::retryNoticeTexts()
{
    using Ui::RetryNotice;
    Core::ApiError error;
    error.httpStatus = 429;
    QCOMPARE(RetryNotice::describe(error, 12), QStringLiteral("Rate limited, retrying in 12 s…"));
    error.httpStatus = 503;
    QVERIFY(RetryNotice::describe(error, 2).contains(QStringLiteral("503")));
    error.httpStatus = 0;
    error.kind = Core::ApiError::Kind::Network;
    QVERIFY(RetryNotice::describe(error, 2).contains(QStringLiteral("could not be reached")));
}

QTEST_MAIN(TstChatPane)
#include "tst_chatpane.moc"
