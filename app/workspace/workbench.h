#pragma once

#include "core/apierror.h"
#include "core/connection.h"
#include "core/httprequest.h"
#include "core/modelinfo.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <functional>
#include <memory>

class QSettings;
class QUrl;

namespace Parlance::Config {
class ProfileStore;
class SecretStore;
} // namespace Parlance::Config
namespace Parlance::Auth {
class SignInBroker;
} // namespace Parlance::Auth
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

namespace Parlance::Workspace {

class BatchKeeper;
class BatchSession;
class CompareKeeper;
class CompareSession;
class DemoGateway;
class HistoryKeeper;
class SignInState;
class SqlSession;

// Where a workbench keeps what it knows. Empty fields mean the user's own: their environment,
// history file, saved connections and settings.
struct WorkbenchSetup
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString historyFile;     // default: Store::HistoryStore::defaultFilePath()
    QString connectionsFile; // default: Config::ProfileStore::defaultFilePath()
    // What is remembered between runs (the last connection and conversation). Not owned; it
    // must outlive the workbench. Default: the application's QSettings.
    QSettings *settings = nullptr;
};

// The services behind the window, without widgets: which connection is active (and its
// token), the model list, the chat session, the request log, the history, the demo gateway,
// and sending a hand-edited request from the inspector. A window is built around one and only
// wires widgets to it.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)

public:
    explicit Workbench(WorkbenchSetup setup = {}, QObject *parent = nullptr);
    ~Workbench() override;

    Net::GatewayClient *client() const { return m_client; }
    Engine::ExchangeLog *log() const { return m_log; }
    Engine::ChatSession *session() const { return m_session; }
    Config::ProfileStore *profiles() const { return m_profiles.get(); }
    Config::SecretStore *secrets() const { return m_secrets; }
    // Where connections that sign in (OAuth, the Databricks CLI) get their tokens, for the chat
    // and every compare column. A sign-in that needs the browser opens it with `opener`
    // (QDesktopServices::openUrl in the app).
    Auth::SignInBroker *signIn() const { return m_signIn; }
    void setBrowserOpener(std::function<bool(const QUrl &)> opener);
    // Who is signed in on each connection that signs in, and the sign-in and sign-out buttons.
    SignInState *signInState() const { return m_signInState; }
    HistoryKeeper *history() const { return m_history; }
    // The comparison of the compare view; its columns use the active connection by default.
    CompareSession *compare() const { return m_compare; }
    // Keeps the comparison in the history and lists the votes.
    CompareKeeper *compareKeeper() const { return m_compareKeeper; }
    // The SQL console's warehouses and statements, on the active connection.
    SqlSession *sql() const { return m_sql; }
    // The batch run of the batch view, on the active connection.
    BatchSession *batch() const { return m_batch; }
    // Keeps the batch table in the history as it runs and reopens kept ones.
    BatchKeeper *batchKeeper() const { return m_batchKeeper; }
    // What is remembered between runs; a window keeps its layout here too.
    QSettings *settings() const { return m_settings; }

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
    const QList<Core::ModelInfo> &models() const { return m_models; }
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
    void modelsLoaded(const QList<Parlance::Core::ModelInfo> &models);
    void modelsFailed(const Parlance::Core::ApiError &error);
    void resendFinished(quint64 exchangeId);

private:
    QProcessEnvironment m_env;
    std::unique_ptr<QSettings> m_ownSettings; // when the setup gave none
    QSettings *m_settings;
    Net::GatewayClient *m_client;
    Engine::ExchangeLog *m_log;
    QSet<QString> m_withoutModelServices; // authorities whose model-services listing failed
    Engine::ChatSession *m_session;
    std::unique_ptr<Config::ProfileStore> m_profiles;
    Config::SecretStore *m_secrets;
    Auth::SignInBroker *m_signIn;
    SignInState *m_signInState;
    DemoGateway *m_demo = nullptr;
    Store::HistoryService *m_historyService;
    HistoryKeeper *m_history;
    CompareSession *m_compare;
    CompareKeeper *m_compareKeeper;
    SqlSession *m_sql;
    BatchSession *m_batch;
    BatchKeeper *m_batchKeeper;

    Core::Connection m_connection;
    QString m_token;
    bool m_hasConnection = false;
    bool m_simulated = false;
    QList<Core::ModelInfo> m_models;
    QPointer<QObject> m_modelsCall;
};

} // namespace Parlance::Workspace
