#pragma once

#include "conversation/chatpane.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "net/gatewayclient.h"
#include "sim/simulatedgateway.h"

#include <QSettings>
#include <QTest>

#include <memory>

// A chat pane on a session talking to its own simulated gateway over loopback, for the tests
// that drive a conversation by keyboard or through accessibility. start() and showPane() are
// called from test functions (they use QVERIFY); reset() from cleanup().
struct ChatPaneRig
{
    std::unique_ptr<Parlance::Sim::SimulatedGateway> gateway;
    std::unique_ptr<Parlance::Net::GatewayClient> client;
    std::unique_ptr<Parlance::Engine::ExchangeLog> log;
    std::unique_ptr<Parlance::Engine::ChatSession> session;
    std::unique_ptr<Parlance::Ui::ChatPane> pane;
    Parlance::Core::ChatSettings settings;

    void start()
    {
        using namespace Parlance;
        gateway = std::make_unique<Sim::SimulatedGateway>();
        QVERIFY2(gateway->listen(), qPrintable(gateway->errorString()));
        client = std::make_unique<Net::GatewayClient>();
        log = std::make_unique<Engine::ExchangeLog>();
        session = std::make_unique<Engine::ChatSession>(client.get(), log.get());
        Core::Connection connection;
        connection.kind = Core::Connection::Kind::OpenAiCompatible;
        connection.baseUrl = QUrl(gateway->url().toString() + QStringLiteral("/v1"));
        connection.auth = Core::Connection::Auth::None;
        session->setConnection(connection, {});
        settings = {};
        settings.model = QStringLiteral("demo-echo");
    }

    void showPane()
    {
        pane = std::make_unique<Parlance::Ui::ChatPane>(session.get());
        pane->setSettingsProvider([this] { return settings; });
        pane->resize(760, 560);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    }

    void reset()
    {
        pane.reset();
        session.reset();
        log.reset();
        client.reset();
        gateway.reset();
        QSettings().clear();
    }
};
