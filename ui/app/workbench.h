#pragma once

#include "api/models.h"
#include "core/apierror.h"
#include "core/connection.h"
#include "core/httprequest.h"
#include "net/exchange.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

namespace Parlance::Config {
class ProfileStore;
class SecretStore;
} // namespace Parlance::Config
namespace Parlance::Engine {
class ChatSession;
class ExchangeLog;
} // namespace Parlance::Engine
namespace Parlance::Net {
class GatewayClient;
}
namespace Parlance::Store {
class HistoryService;
}

namespace Parlance::Ui {

class DemoGateway;
class HistoryKeeper;

// The services behind the window, without widgets: which connection is active (and its
// token), the model list, the chat session, the request log, the demo gateway, and sending a
// hand-edited request from the inspector. The window only wires widgets to this.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)

public:
    // The history lives in `historyFile` (default: Store::HistoryStore::defaultFilePath()).
    explicit Workbench(QObject *parent = nullptr,
                       QProcessEnvironment env = QProcessEnvironment::systemEnvironment(),
                       const QString &historyFile = {});
    ~Workbench() override;

    Net::GatewayClient *client() const { return m_client; }
    Engine::ExchangeLog *log() const { return m_log; }
    Engine::ChatSession *session() const { return m_session; }
    Config::ProfileStore *profiles() const { return m_profiles.get(); }
    Config::SecretStore *secrets() const { return m_secrets; }
    HistoryKeeper *history() const { return m_history; }

    // First run: the last used saved connection (or the demo gateway, if that was the last),
    // else DATABRICKS_* / OPENAI_* from the environment, else a welcome (welcomeNeeded, with
    // any ~/.databrickscfg profiles to offer).
    // The conversation open when the app last closed comes back too.
    void start();

    void useConnection(const Core::Connection &connection, const QString &token,
                       bool simulated = false);
    void useSavedConnection(const QString &name);      // token read from the keychain
    void useDatabricksProfile(const QString &profile); // from ~/.databrickscfg
    void startDemo();

    bool hasConnection() const { return m_hasConnection; }
    const Core::Connection &connection() const { return m_connection; }
    bool isSimulated() const { return m_simulated; }
    QString connectionLabel() const;

    void refreshModels();
    const QList<Api::ModelInfo> &models() const { return m_models; }
    // The first ready chat model: what a fresh window selects.
    QString defaultModel() const;

    // Sends a request exactly as given (the inspector's "Edit and resend"), with the active
    // connection's credentials; its exchanges land in log(). `sourceExchangeId` is the logged
    // exchange it was edited from: a reply joins the chat that exchange belongs to when that
    // chat is the open one, and stays in the inspector otherwise.
    void resend(const Core::HttpRequest &request, quint64 sourceExchangeId = 0);

signals:
    void welcomeNeeded(const QStringList &databricksCfgProfiles);
    void connectionChanged();
    void connectionFailed(const QString &message);
    void modelsLoading();
    void modelsLoaded(const QList<Parlance::Api::ModelInfo> &models);
    void modelsFailed(const Parlance::Core::ApiError &error);
    void resendFinished(quint64 exchangeId);

private:
    void addResentReply(const Net::Exchange &exchange, const QList<quint64> &ids);

    QProcessEnvironment m_env;
    Net::GatewayClient *m_client;
    Engine::ExchangeLog *m_log;
    Engine::ChatSession *m_session;
    std::unique_ptr<Config::ProfileStore> m_profiles;
    Config::SecretStore *m_secrets;
    DemoGateway *m_demo = nullptr;
    Store::HistoryService *m_historyService;
    HistoryKeeper *m_history;

    Core::Connection m_connection;
    QString m_token;
    bool m_hasConnection = false;
    bool m_simulated = false;
    QList<Api::ModelInfo> m_models;
    QPointer<QObject> m_modelsCall;
};

} // namespace Parlance::Ui
