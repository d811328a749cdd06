#include "auth/signinbroker.h"

#include "auth/cliprovider.h"
#include "auth/m2mprovider.h"
#include "config/databrickscfg.h"
#include "config/secretstore.h"
#include "config/signinmethod.h"

#include <QPointer>
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

// A service principal whose client secret was typed in the settings: read from the keychain
// on each renewal (so a changed secret is used at once), then exchanged as M2MProvider does.
class KeychainM2MProvider final : public TokenProvider
{
public:
    KeychainM2MProvider(QNetworkAccessManager *network, Config::SecretStore *secrets, QUrl host,
                        QString clientId, QString keychainName, QObject *parent)
        : TokenProvider(parent)
        , m_network(network)
        , m_secrets(secrets)
        , m_host(std::move(host))
        , m_clientId(std::move(clientId))
        , m_keychainName(std::move(keychainName))
    {}

protected:
    void obtain(Callback done) override
    {
        if (!m_secrets) {
            fail(done, missingMessage());
            return;
        }
        m_secrets->read(
            Config::SecretStore::Entry::signInSecret(m_keychainName,
                                                     QByteArray(Config::ClientSecretEntry)),
            [this, alive = QPointer(this), done](const Config::SecretStore::Result &read) {
                if (!alive)
                    return;
                if (!read.ok || read.token.isEmpty()) {
                    fail(done, read.ok || read.notFound
                                   ? missingMessage()
                                   : tr("The client secret of %1 could not be read from the "
                                        "keychain: %2")
                                         .arg(m_keychainName, read.error));
                    return;
                }
                if (!m_inner || read.token != m_secret) {
                    delete m_inner;
                    m_secret = read.token;
                    m_inner = new M2MProvider(m_network, m_host, m_clientId, m_secret, this);
                }
                // This provider decided a new token is due; the inner one's cache must not
                // answer with the old one.
                m_inner->forget();
                m_inner->token({}, done);
            });
    }

private:
    QString missingMessage() const
    {
        return tr("%1 signs in as a service principal (oauth-m2m), but no client secret is "
                  "stored for it: type it in Settings > Connections (Client secret), or set "
                  "client_secret in the profile or DATABRICKS_CLIENT_SECRET.")
            .arg(m_host.toString());
    }
    void fail(const Callback &done, const QString &error)
    {
        TokenAnswer answer;
        answer.error = error;
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
    }

    QNetworkAccessManager *m_network;
    QPointer<Config::SecretStore> m_secrets;
    const QUrl m_host;
    const QString m_clientId;
    const QString m_keychainName;
    QString m_secret;
    M2MProvider *m_inner = nullptr; // child
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
        // The profile and the environment win, as for the CLI. A secret neither gives comes
        // from the keychain, where the settings dialog keeps the one typed there: a profile
        // may then name just the client id, and the secret stays out of ~/.databrickscfg.
        const Config::ClientCredentials credentials
            = Config::clientCredentials(profile ? &*profile : nullptr, m_env);
        if (credentials.clientId.isEmpty()) {
            return new FailingProvider(
                tr("%1 signs in as a service principal (oauth-m2m), but its client id is "
                   "missing: set client_id in the profile, or DATABRICKS_CLIENT_ID.")
                    .arg(host.toString()),
                this);
        }
        if (credentials.clientSecret.isEmpty()) {
            return new KeychainM2MProvider(m_network, m_secrets, host, credentials.clientId,
                                           keychainNameFor(connection), this);
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

void SignInBroker::discard(const Core::Connection &connection, const QString &why)
{
    TokenProvider *provider = m_providers.take(keyFor(connection));
    if (!provider)
        return;
    provider->abandon(why);
    // Not at once: the answer it just gave may still be on the stack.
    provider->deleteLater();
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
    provider->token(refused,
                    [this, alive = QPointer(this), connection, done](const TokenAnswer &got) {
                        if (alive)
                            emit answered(connection, got);
                        Answer answer;
                        answer.ok = got.ok;
                        answer.token = got.accessToken;
                        answer.error = got.error;
                        answer.network = got.network;
                        done(answer);
                    });
}

} // namespace Parlance::Auth
