#pragma once

#include "auth/tokenendpoint.h"
#include "auth/tokenprovider.h"

#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Parlance::Config {
class SecretStore;
}

namespace Parlance::Auth {

class LoopbackReceiver;

// OAuth user-to-machine (auth_type = external-browser), as the Databricks CLI signs in: the
// endpoints from the workspace's discovery document, the browser sent to the authorization
// endpoint (client databricks-cli, scopes all-apis offline_access, PKCE S256, a random state),
// the code received on a loopback redirect (LoopbackReceiver) and exchanged at the token
// endpoint. The refresh token goes to the keychain only (SecretStore::writeToKeychain, never a
// file); access tokens are renewed with it before they expire, and once when refused.
//
// Without a stored refresh token, or with one the server revoked, a request either starts the
// browser sign-in (interactive, the app) or fails with needsSignIn and the command to run (the
// CLI's other commands).
class BrowserProvider final : public TokenProvider
{
    Q_OBJECT

public:
    // Opens the URL in a browser; false when none could be opened (the URL is still waited
    // for: the user may open it by hand).
    using Opener = std::function<bool(const QUrl &url)>;

    // `keychainName`: whom the refresh token is stored for (the connection's name, or its
    // scheme://host:port for an unnamed one).
    BrowserProvider(QNetworkAccessManager *network, Config::SecretStore *secrets, QUrl host,
                    QString keychainName, QObject *parent = nullptr);
    ~BrowserProvider() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void setSignInTimeout(int ms) { m_signInTimeoutMs = ms; }
    // What a user runs to sign in again, for messages ("parlance-cli --host H login").
    void setSignInHint(const QString &hint) { m_signInHint = hint; }

    // The browser sign-in, whatever is stored; the new token is what token() answers next.
    void signIn(Callback done);
    // Forgets the tokens: the cached access token and the refresh token in the keychain.
    // `done` gets an error text when the keychain would not let go of it.
    void signOut(std::function<void(const QString &error)> done);

    static constexpr QLatin1StringView ClientId{"databricks-cli"};
    static constexpr QLatin1StringView Scopes{"all-apis offline_access"};
    static const QByteArray RefreshTokenSecret; // the keychain entry's name
    static constexpr int DefaultSignInTimeoutMs = 5 * 60 * 1000;

signals:
    // The authorization URL of a sign-in that started, for a UI to show when no browser opens.
    void signInStarted(const QUrl &authorizationUrl);

protected:
    void obtain(Callback done) override;

private:
    void withEndpoints(std::function<void(const OidcEndpoints &)> then);
    void refresh(const QString &refreshToken, Callback done);
    void runSignIn(Callback done);
    void finishSignIn(Callback done, TokenAnswer answer);
    void keep(const TokenGrant &grant, Callback done); // stores the refresh token, answers
    TokenAnswer answerFor(const TokenGrant &grant) const;
    QString expiredMessage() const;

    QNetworkAccessManager *m_network;
    QPointer<Config::SecretStore> m_secrets;
    const QUrl m_host;
    const QString m_keychainName;
    Opener m_opener;
    bool m_interactive = false;
    int m_signInTimeoutMs = DefaultSignInTimeoutMs;
    QString m_signInHint;

    OidcEndpoints m_endpoints;
    QString m_refreshToken; // as read from, or written to, the keychain
    bool m_refreshTokenRead = false;

    // The sign-in in flight.
    LoopbackReceiver *m_receiver = nullptr;
    QTimer *m_signInTimer = nullptr;
    QList<Callback> m_signInWaiting;
};

} // namespace Parlance::Auth
