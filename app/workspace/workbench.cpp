#include "workspace/workbench.h"

#include "auth/signinbroker.h"
#include "config/connectionresolver.h"
#include "config/connectionsecrets.h"
#include "config/databrickscfg.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "engine/exchangereader.h"
#include "engine/modelscall.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "store/historyservice.h"
#include "store/historystore.h"
#include "workspace/batchkeeper.h"
#include "workspace/batchsession.h"
#include "workspace/comparekeeper.h"
#include "workspace/comparesession.h"
#include "workspace/demogateway.h"
#include "workspace/historykeeper.h"
#include "workspace/signinlog.h"
#include "workspace/signinstate.h"
#include "workspace/sqlsession.h"

#include <QSettings>

namespace Parlance::Workspace {

static const QString kLastConnectionKey = QStringLiteral("workbench/lastConnection");
static const QString kLastWasDemoKey = QStringLiteral("workbench/lastWasDemo");

Workbench::Workbench(WorkbenchSetup setup, QObject *parent)
    : QObject(parent)
    , m_env(std::move(setup.environment))
    , m_ownSettings(setup.settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(setup.settings ? setup.settings : m_ownSettings.get())
    , m_client(new Net::GatewayClient(this))
    , m_log(new Engine::ExchangeLog(this))
    , m_session(new Engine::ChatSession(m_client, m_log, this))
    , m_profiles(std::make_unique<Config::ProfileStore>(
          setup.connectionsFile.isEmpty() ? Config::ProfileStore::defaultFilePath()
                                          : setup.connectionsFile))
    , m_secrets(new Config::SecretStore(QStringLiteral("Parlance"), this))
    , m_signIn(new Auth::SignInBroker(m_client->network(), m_secrets, m_env, this))
    , m_signInState(new SignInState(m_signIn, m_client->network(), this))
    , m_historyService(new Store::HistoryService(
          setup.historyFile.isEmpty() ? Store::HistoryStore::defaultFilePath() : setup.historyFile,
          this))
    , m_history(new HistoryKeeper(m_session, m_historyService, m_settings, this))
    , m_compare(new CompareSession(m_log, m_profiles.get(), m_secrets, this))
    , m_compareKeeper(new CompareKeeper(m_compare, m_historyService, this))
    , m_sql(new SqlSession(m_client, m_log, this))
    , m_batch(new BatchSession(m_log, this))
    , m_batchKeeper(new BatchKeeper(m_batch, m_historyService, this))
{
    // Before the session sends a first message the keeper has given it a key (it saves the
    // message at once), so every reply's exchanges are logged under their conversation.
    connect(m_history, &HistoryKeeper::currentChanged, m_session,
            &Engine::ChatSession::setConversationKey);
    // The app may open a browser for a sign-in that needs one; the CLI only in `login`.
    m_signIn->setInteractive(true);
    m_client->setTokenSource(m_signIn);
    m_compare->setTokenSource(m_signIn);
    m_batch->setTokenSource(m_signIn);
    logSignIns(m_client->network(), m_log);
}

void Workbench::setBrowserOpener(std::function<bool(const QUrl &)> opener)
{
    m_signIn->setBrowserOpener(std::move(opener));
}

Workbench::~Workbench()
{
    // The keeper saves what is unsaved as it goes, so it goes while the session and the
    // service are still there; the service then finishes writing before it stops.
    delete m_history;
    // Like the chat's keeper, the comparison's saves what is unsaved before the service goes.
    delete m_compareKeeper;
    // Its columns log into m_log, which goes with the other children.
    delete m_compare;
    delete m_batchKeeper; // saves the cells not saved yet, while the session is there
    delete m_batch;       // its run logs into m_log too
}

void Workbench::start()
{
    m_history->reopenLast();
    // The demo gateway is no saved connection, but a restart comes back to it all the same:
    // its conversation is the one reopened.
    if (m_settings->value(kLastWasDemoKey).toBool()) {
        startDemo();
        return;
    }
    const QString last = m_settings->value(kLastConnectionKey).toString();
    if (!last.isEmpty() && m_profiles->connection(last)) {
        useSavedConnection(last);
        return;
    }
    // Environment variables are used as they are: that is what the user's shell says.
    if (m_env.contains(QStringLiteral("DATABRICKS_HOST"))
        || m_env.contains(QStringLiteral("OPENAI_BASE_URL"))) {
        const Config::ResolvedConnection resolved
            = Config::resolveConnection({}, m_env, *m_profiles);
        if (resolved.ok) {
            Core::Connection connection = resolved.connection;
            if (connection.name.isEmpty())
                connection.name = tr("Environment");
            useConnection(connection, resolved.token);
            return;
        }
        emit connectionFailed(resolved.error);
    }
    const Config::DatabricksCfg cfg
        = Config::DatabricksCfg::load(Config::DatabricksCfg::defaultPath(m_env));
    emit welcomeNeeded(cfg.profileNames());
}

void Workbench::useConnection(const Core::Connection &connection, const QString &token,
                              bool simulated)
{
    m_connection = connection;
    m_token = token;
    m_hasConnection = true;
    m_simulated = simulated;
    m_session->setConnection(connection, token);
    m_compare->setSharedConnection(connection, token);
    m_sql->setConnection(connection, token);
    m_batch->setConnection(connection, token);
    m_history->setConnectionName(simulated ? QString() : connection.name);
    m_settings->setValue(kLastWasDemoKey, simulated);
    if (!simulated && m_profiles->connection(connection.name))
        m_settings->setValue(kLastConnectionKey, connection.name);
    emit connectionChanged();
    refreshModels();
}

void Workbench::useSavedConnection(const QString &name)
{
    const std::optional<Core::Connection> connection = m_profiles->connection(name);
    if (!connection) {
        emit connectionFailed(tr("There is no saved connection named '%1'.").arg(name));
        return;
    }
    Config::loadSavedConnection(
        m_profiles.get(), m_secrets, name, [this](const Config::LoadedConnection &loaded) {
            if (!loaded.problems.isEmpty())
                emit connectionFailed(loaded.problems.join(QLatin1Char(' ')));
            // Without a token the connection still opens: the gateway's 401 says what is missing.
            if (loaded.ok)
                useConnection(loaded.connection, loaded.token);
        });
}

void Workbench::useDatabricksProfile(const QString &profile)
{
    Config::ConnectionOptions options;
    options.profile = profile;
    const Config::ResolvedConnection resolved
        = Config::resolveConnection(options, m_env, *m_profiles);
    if (!resolved.ok) {
        emit connectionFailed(resolved.error);
        return;
    }
    Core::Connection connection = resolved.connection;
    if (connection.name.isEmpty())
        connection.name = profile;
    useConnection(connection, resolved.token);
}

void Workbench::startDemo()
{
    if (!m_demo) {
        m_demo = new DemoGateway(this);
        connect(m_demo, &DemoGateway::started, this, [this](const QUrl &baseUrl) {
            Core::Connection demo;
            demo.name = tr("Demo gateway (simulated)");
            demo.kind = Core::Connection::Kind::OpenAiCompatible;
            demo.baseUrl = baseUrl;
            demo.auth = Core::Connection::Auth::None;
            useConnection(demo, {}, true);
        });
        connect(m_demo, &DemoGateway::failed, this, [this](const QString &error) {
            emit connectionFailed(tr("The demo gateway could not start: %1").arg(error));
        });
    }
    m_demo->start();
}

QString Workbench::connectionLabel() const
{
    if (!m_hasConnection)
        return tr("No connection");
    const QUrl url = m_connection.kind == Core::Connection::Kind::Databricks ? m_connection.host
                                                                             : m_connection.baseUrl;
    return m_connection.name.isEmpty() ? url.host() : m_connection.name;
}

void Workbench::refreshModels()
{
    if (!m_hasConnection)
        return;
    delete m_modelsCall;
    auto *call = new Engine::ModelsCall(m_client, m_connection, m_token, this);
    m_modelsCall = call;
    // A workspace that said it has no model services is not asked again this session: each
    // refresh would add the same 404 to the inspector.
    const QString authority = m_connection.authority();
    call->setModelServices(!m_withoutModelServices.contains(authority));
    connect(call, &Engine::ModelsCall::callStarted, m_log,
            [log = m_log](Net::GatewayCall *page) { log->follow(page); });
    connect(call, &Engine::ModelsCall::finished, this, [this, call, authority] {
        call->deleteLater();
        if (!call->modelServicesNote().isEmpty())
            m_withoutModelServices.insert(authority);
        if (call->error()) {
            emit modelsFailed(*call->error());
            return;
        }
        m_models = call->models();
        emit modelsLoaded(m_models);
    });
    emit modelsLoading();
    call->start();
    m_log->follow(call->gatewayCall());
}

QString Workbench::defaultModel() const
{
    for (const Core::ModelInfo &model : m_models) {
        if (model.isChat() && (model.state.isEmpty() || model.state == QLatin1String("READY")))
            return model.name;
    }
    return m_models.isEmpty() ? QString() : m_models.first().name;
}

void Workbench::resend(const Core::HttpRequest &request, quint64 sourceExchangeId)
{
    if (!m_hasConnection)
        return;
    const QString conversation = m_log->conversationOf(sourceExchangeId);
    Net::GatewayCall *call = m_client->send(request, m_connection, m_token);
    auto ids = std::make_shared<QList<quint64>>();
    m_log->follow(call, conversation, [ids](quint64 id) { ids->append(id); });
    connect(call, &Net::GatewayCall::exchangeRecorded, this, [this, ids] {
        if (!ids->isEmpty())
            emit resendFinished(ids->last());
    });
    connect(call, &Net::GatewayCall::finished, this, [this, call, ids, conversation] {
        call->deleteLater();
        // Added to any other chat, the reply would be an answer to nothing there, saved with
        // it and sent as its context from then on.
        const bool ownChatIsOpen
            = !conversation.isEmpty() && conversation == m_session->conversationKey();
        if (!ownChatIsOpen || call->error() || call->exchanges().isEmpty())
            return;
        // The reply joins the conversation when it reads as one of the chat APIs.
        if (const std::optional<Core::Turn> turn = Engine::replyTurnOf(call->exchanges().last()))
            m_session->appendReply(*turn, *ids);
    });
}

} // namespace Parlance::Workspace
