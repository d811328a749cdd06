#pragma once

#include "auth/browserprovider.h"
#include "core/connection.h"
#include "net/tokensource.h"

#include <QHash>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace Parlance::Config {
class SecretStore;
}

namespace Parlance::Auth {

class TokenProvider;

// The token source of the connections that sign in (Connection::signIn): one provider per
// connection, made on first use from the connection and its ~/.databrickscfg profile or the
// environment (client id and secret, the databricks executable), and kept, so its tokens are
// cached across requests. GatewayClient asks it for every request of such a connection.
class SignInBroker final : public Net::TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInBroker)

public:
    SignInBroker(QNetworkAccessManager *network, Config::SecretStore *secrets,
                 QProcessEnvironment env, QObject *parent = nullptr);
    ~SignInBroker() override;

    bool supplies(const Core::Connection &connection) const override;
    void token(const Core::Connection &connection, const QString &refused, Callback done) override;

    // The connection's provider, made on first use; null for one that does not sign in.
    TokenProvider *providerFor(const Core::Connection &connection);
    // The browser sign-in of an external-browser connection, else null.
    BrowserProvider *browserFor(const Core::Connection &connection);

    // For browser sign-ins made from now on.
    void setBrowserOpener(BrowserProvider::Opener opener) { m_opener = std::move(opener); }
    // Whether a request without a usable sign-in starts the browser (the app) or fails with
    // the command to run (the CLI).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Limits: the browser sign-in, the databricks CLI's answer.
    void setSignInTimeout(int ms) { m_signInTimeoutMs = ms; }
    void setCliTimeout(int ms) { m_cliTimeoutMs = ms; }
    // The command that signs a connection in, for messages.
    void setSignInHint(std::function<QString(const Core::Connection &)> hint)
    {
        m_hint = std::move(hint);
    }

    // Drops the connection's provider: a sign-in under way stops (its waiting requests get
    // `why`), cached tokens go, and the next use makes a new provider from the settings as
    // they are then. What is stored in the keychain stays.
    void discard(const Core::Connection &connection, const QString &why);

    // Whom a connection's sign-in secrets are kept for in the keychain: its name, else its
    // scheme://host:port.
    static QString keychainNameFor(const Core::Connection &connection);
    // Which connections share a provider (and so a sign-in): same method, address, name and
    // profile.
    static QString keyFor(const Core::Connection &connection);

signals:
    // Every answer a request of `connection` got (a token renewed, a sign-in that failed), so
    // a view of the sign-in state follows what requests meet.
    void answered(const Parlance::Core::Connection &connection,
                  const Parlance::Auth::TokenAnswer &answer);

private:
    TokenProvider *make(const Core::Connection &connection);

    QNetworkAccessManager *m_network;
    Config::SecretStore *m_secrets;
    const QProcessEnvironment m_env;
    QHash<QString, TokenProvider *> m_providers; // children
    BrowserProvider::Opener m_opener;
    bool m_interactive = false;
    int m_signInTimeoutMs = BrowserProvider::DefaultSignInTimeoutMs;
    int m_cliTimeoutMs = 30 * 1000;
    std::function<QString(const Core::Connection &)> m_hint;
};

} // namespace Parlance::Auth
