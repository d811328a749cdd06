#pragma once

#include "sim/response.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

namespace Parlance::Sim {

class Router;

// The workspace's OAuth authorization server, as the Databricks SDKs and CLI meet it
// (app/sim/README.md, "OAuth"): the discovery document, an authorization endpoint that signs
// the user in at once and redirects back with a code (no browser needed), and the token
// endpoint (authorization code with PKCE S256, refresh token, client credentials). It keeps
// the access tokens it issued so the gateway's routes can accept them, and refuse them once
// they expire.
//
// Thread-safe: the setters may be called from any thread while the gateway serves.
class OAuthServer
{
public:
    // What a request's bearer token is to this server.
    enum class TokenState { Unknown, Valid, Expired };

    // The public client the Databricks CLI and SDKs sign users in with.
    static constexpr QLatin1StringView PublicClientId{"databricks-cli"};
    static constexpr QLatin1StringView SignedInUser{"sim-user@parlance.local"};
    // The loopback ports the databricks-cli client accepts as redirect (SDK: 8020, then up to
    // 8040 when taken).
    static constexpr int FirstRedirectPort = 8020;
    static constexpr int LastRedirectPort = 8040;

    void registerRoutes(Router &router);

    TokenState stateOf(const QByteArray &accessToken) const;
    // The error an expired token gets, in the gateway's error shape.
    Response expiredTokenResponse() const;

    // A service principal the client-credentials grant accepts.
    void addServicePrincipal(const QString &clientId, const QString &clientSecret);
    // Seconds an access token lives (default 3600); what expires_in says, too.
    void setAccessTokenLifetime(int seconds);
    // Added to expires_in without changing the real lifetime: the server's clock runs ahead of
    // the client's by this much, so the client believes a token valid that the server refuses.
    void setClockSkew(int seconds);
    // Status of the answer to an expired token (default 403, as Databricks answers).
    void setExpiredTokenStatus(int status);

    // Fault knobs for tests.
    void expireAccessTokens();              // every token issued so far expires now
    void revokeRefreshTokens();             // every refresh token issued so far stops working
    void setTokenEndpointDown(bool down);   // the token endpoint answers 503 (an HTML page)
    void setRedirectStateMismatch(bool on); // the redirect carries another state
    void setPkceChallengeMismatch(bool on); // codes remember a challenge no verifier matches

    struct Counts
    {
        int authorizationCodeGrants = 0;
        int refreshGrants = 0;
        int clientCredentialGrants = 0;
    };
    Counts counts() const;
    // Every access and refresh token issued so far, for tests that check none leaks.
    QList<QByteArray> issuedSecrets() const;

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QDateTime expiresAt;
    };
    struct RefreshToken
    {
        QString clientId;
        QString subject;
        QString scope;
    };
    struct AccessToken
    {
        QDateTime expiresAt;
        QString subject;
    };

    Response discovery(const Request &request) const;
    Response authorize(const Request &request);
    Response token(const Request &request);
    Response me(const Request &request) const;
    Response issue(const QString &clientId, const QString &subject, const QString &scope,
                   bool withRefresh); // under m_mutex

    mutable QMutex m_mutex;
    QHash<QString, QString> m_servicePrincipals; // client id -> secret
    QHash<QString, Code> m_codes;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QByteArray, AccessToken> m_accessTokens;
    QList<QByteArray> m_issued;
    int m_lifetimeSeconds = 3600;
    int m_clockSkewSeconds = 0;
    int m_expiredStatus = 403;
    bool m_tokenEndpointDown = false;
    bool m_stateMismatch = false;
    bool m_challengeMismatch = false;
    Counts m_counts;
};

} // namespace Parlance::Sim
