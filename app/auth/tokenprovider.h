#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Parlance::Auth {

// What a sign-in answers with: an access token and when it expires, or why there is none.
struct TokenAnswer
{
    bool ok = false;
    QString accessToken;
    QDateTime expiresAt;  // UTC; invalid when the issuer did not say
    QString error;        // tr() text saying what happened and what to do, when !ok
    bool network = false; // the sign-in could not reach its server (or the CLI did not answer)
    // Nothing to renew the token with (no refresh token, or a revoked one): the user must sign
    // in again.
    bool needsSignIn = false;
    QString notice; // tr() text worth telling even on success (a refresh token not kept)
};

// Who an access token was issued to: the `sub` claim of a JWT (what Databricks issues for
// OAuth), else empty. Read without checking the signature: for showing, never for trusting.
QString tokenSubject(const QString &accessToken);

// One way of having an access token for one connection. Tokens are cached until shortly
// before they expire (40 s, as the Databricks SDKs, or half the token's life when that is
// shorter); a stale or refused token is renewed once for everyone waiting, so requests that
// meet an expired token together trigger one renewal. Every answer comes from the event loop.
class TokenProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(const TokenAnswer &)>;

    explicit TokenProvider(QObject *parent = nullptr);
    ~TokenProvider() override;

    // A token valid for a while yet. `refused`: one the gateway would not take; a cached token
    // equal to it is renewed, not handed out again.
    void token(const QString &refused, Callback done);
    // Drops the cached access token (what the sign-in keeps elsewhere stays).
    void forget();
    bool hasFreshToken() const;
    // Answers everyone waiting for a token with `why` (a sign-in the user cancelled), so no
    // request waits for an answer that will not come once this provider is gone.
    void abandon(const QString &why);
    QDateTime expiresAt() const { return m_expiresAt; }

    static constexpr int RefreshMarginSeconds = 40;

protected:
    // Gets a new access token; answers exactly once, from the event loop.
    virtual void obtain(Callback done) = 0;

private:
    void settle(const TokenAnswer &answer);

    QString m_token;
    QDateTime m_obtainedAt;
    QDateTime m_expiresAt;
    QList<Callback> m_waiting;
    bool m_obtaining = false;
};

} // namespace Parlance::Auth
