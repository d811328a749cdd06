#include "auth/signinbroker.h"

#include "auth/cliprovider.h"
#include "auth/m2mprovider.h"
#include "config/databrickscfg.h"
#include "config/signinmethod.h"

#include <QTimer>

namespace Parlance::Auth {

namespace {

using SignIn = Core::Connection::SignIn;

// A sign-in that cannot work as configured: every ask gets the same message.
class FailingProvider final : public TokenProvider
{
public:
    FailingProvider(QString error, QObject *parent)
        : TokenProvider(parent), m_error(std::move(error))
    {}

protected:
    void obtain(Callback done) override
    {
        TokenAnswer answer;
        answer.error = m_error;
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
    }

private:
    const QString m_error;
};

} // namespace

SignInBroker::SignInBroker(QNetworkAccessManager *network, Config::SecretStore *secrets,
                           QProcessEnvironment env, QObject *parent)
    : Net::TokenSource(parent), m_network(network), m_secrets(secrets), m_env(std::move(env))
{}

SignInBroker::~SignInBroker() = default;

bool SignInBroker::supplies(const Core::Connection &connection) const
{
    return connection.kind == Core::Connection::Kind::Databricks
           && connection.signIn != SignIn::Token;
}

QString SignInBroker::keychainNameFor(const Core::Connection &connection)
{
    return connection.name.isEmpty() ? connection.authority() : connection.name;
}

QString SignInBroker::keyFor(const Core::Connection &connection)
{
    return Core::signInName(connection.signIn) + QLatin1Char('|') + connection.authority()
           + QLatin1Char('|') + connection.name + QLatin1Char('|') + connection.signInProfile;
}

TokenProvider *SignInBroker::providerFor(const Core::Connection &connection)
{
    if (!supplies(connection))
        return nullptr;
    const QString key = keyFor(connection);
    if (TokenProvider *known = m_providers.value(key))
        return known;
    TokenProvider *made = make(connection);
    m_providers.insert(key, made);
    return made;
}

BrowserProvider *SignInBroker::browserFor(const Core::Connection &connection)
{
    return qobject_cast<BrowserProvider *>(providerFor(connection));
}

TokenProvider *SignInBroker::make(const Core::Connection &connection)
{
    const QUrl host = connection.host;
    std::optional<Config::DatabricksCfgProfile> profile;
    if (!connection.signInProfile.isEmpty()) {
        profile = Config::DatabricksCfg::load(Config::DatabricksCfg::defaultPath(m_env))
                      .profile(connection.signInProfile);
    }
    switch (connection.signIn) {
    case SignIn::Token:
        break;
    case SignIn::OAuthM2M: {
        const Config::ClientCredentials credentials
            = Config::clientCredentials(profile ? &*profile : nullptr, m_env);
        if (!credentials.isComplete()) {
            return new FailingProvider(
                tr("%1 signs in as a service principal (oauth-m2m), but its client id or "
                   "secret is missing: set client_id and client_secret in the profile, or "
                   "DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET.")
                    .arg(host.toString()),
                this);
        }
        return new M2MProvider(m_network, host, credentials.clientId, credentials.clientSecret,
                               this);
    }
    case SignIn::DatabricksCli: {
        auto *cli = new CliProvider(Config::findDatabricksCli(m_env), host.toString(),
                                    connection.signInProfile, this);
        cli->setTimeout(m_cliTimeoutMs);
        return cli;
    }
    case SignIn::ExternalBrowser: {
        auto *browser
            = new BrowserProvider(m_network, m_secrets, host, keychainNameFor(connection), this);
        browser->setOpener(m_opener);
        browser->setInteractive(m_interactive);
        browser->setSignInTimeout(m_signInTimeoutMs);
        if (m_hint)
            browser->setSignInHint(m_hint(connection));
        return browser;
    }
    }
    return new FailingProvider(tr("Unknown sign-in method."), this);
}

void SignInBroker::token(const Core::Connection &connection, const QString &refused, Callback done)
{
    TokenProvider *provider = providerFor(connection);
    if (!provider) {
        Answer answer;
        answer.error = tr("This connection does not sign in.");
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
        return;
    }
    provider->token(refused, [done](const TokenAnswer &got) {
        Answer answer;
        answer.ok = got.ok;
        answer.token = got.accessToken;
        answer.error = got.error;
        answer.network = got.network;
        done(answer);
    });
}

} // namespace Parlance::Auth
