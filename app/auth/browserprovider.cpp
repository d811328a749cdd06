#include "auth/browserprovider.h"

#include "auth/loopbackreceiver.h"
#include "auth/pkce.h"
#include "config/secretstore.h"

#include <QTimer>
#include <QUrlQuery>

namespace Parlance::Auth {

const QByteArray BrowserProvider::RefreshTokenSecret = QByteArrayLiteral("oauth-refresh-token");

namespace {

using Entry = Config::SecretStore::Entry;

} // namespace

BrowserProvider::BrowserProvider(QNetworkAccessManager *network, Config::SecretStore *secrets,
                                 QUrl host, QString keychainName, QObject *parent)
    : TokenProvider(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_host(std::move(host))
    , m_keychainName(std::move(keychainName))
{}

BrowserProvider::~BrowserProvider() = default;

QString BrowserProvider::expiredMessage() const
{
    return tr("The sign-in to %1 has expired or was revoked. Sign in again%2.")
        .arg(m_host.toString(),
             m_signInHint.isEmpty() ? QString() : QStringLiteral(": ") + m_signInHint);
}

void BrowserProvider::withEndpoints(std::function<void(const OidcEndpoints &)> then)
{
    if (m_endpoints.ok) {
        then(m_endpoints);
        return;
    }
    discoverEndpoints(m_network, m_host, this, [this, then](const OidcEndpoints &found) {
        if (found.ok)
            m_endpoints = found;
        then(found);
    });
}

void BrowserProvider::obtain(Callback done)
{
    if (!m_refreshTokenRead && m_secrets) {
        m_secrets->read(Entry::signInSecret(m_keychainName, RefreshTokenSecret),
                        [this, done](const Config::SecretStore::Result &stored) {
                            m_refreshTokenRead = true;
                            m_refreshToken = stored.ok ? stored.token : QString();
                            obtain(done);
                        });
        return;
    }
    if (!m_refreshToken.isEmpty()) {
        refresh(m_refreshToken, done);
        return;
    }
    if (m_interactive) {
        runSignIn(done);
        return;
    }
    TokenAnswer answer;
    answer.needsSignIn = true;
    answer.error
        = tr("Not signed in to %1%2.")
              .arg(m_host.toString(),
                   m_signInHint.isEmpty() ? QString() : tr("; sign in with: %1").arg(m_signInHint));
    QTimer::singleShot(0, this, [done, answer] { done(answer); });
}

void BrowserProvider::signIn(Callback done)
{
    forget();
    // Through token(), so everyone waiting for a token gets this sign-in's, and it is cached.
    const bool interactive = std::exchange(m_interactive, true);
    m_refreshToken.clear();
    m_refreshTokenRead = true;
    token({}, [this, interactive, done](const TokenAnswer &answer) {
        m_interactive = interactive;
        done(answer);
    });
}

void BrowserProvider::signOut(std::function<void(const QString &error)> done)
{
    forget();
    m_refreshToken.clear();
    m_refreshTokenRead = true;
    if (!m_secrets) {
        done({});
        return;
    }
    m_secrets->remove(
        Entry::signInSecret(m_keychainName, RefreshTokenSecret),
        [done](const Config::SecretStore::Result &r) { done(r.ok ? QString() : r.error); });
}

TokenAnswer BrowserProvider::answerFor(const TokenGrant &grant) const
{
    TokenAnswer answer;
    answer.ok = grant.ok;
    answer.network = grant.network;
    answer.accessToken = grant.accessToken;
    answer.error = grant.error;
    if (grant.expiresIn >= 0)
        answer.expiresAt = QDateTime::currentDateTimeUtc().addSecs(grant.expiresIn);
    return answer;
}

void BrowserProvider::keep(const TokenGrant &grant, Callback done)
{
    TokenAnswer answer = answerFor(grant);
    if (!grant.ok || grant.refreshToken.isEmpty() || grant.refreshToken == m_refreshToken
        || !m_secrets) {
        done(answer);
        return;
    }
    m_refreshToken = grant.refreshToken;
    // The keychain or nowhere: a refresh token is a long-lived credential, never put in a file.
    m_secrets->writeToKeychain(
        Entry::signInSecret(m_keychainName, RefreshTokenSecret), grant.refreshToken,
        [answer, done](const Config::SecretStore::Result &r) mutable {
            if (!r.ok) {
                answer.notice = tr("The sign-in could not be kept in the keychain "
                                   "(%1): it lasts until this access token "
                                   "expires.")
                                    .arg(r.error);
            }
            done(answer);
        });
}

void BrowserProvider::refresh(const QString &refreshToken, Callback done)
{
    withEndpoints([this, refreshToken, done](const OidcEndpoints &endpoints) {
        if (!endpoints.ok) {
            TokenAnswer answer;
            answer.network = endpoints.network;
            answer.error = endpoints.error;
            done(answer);
            return;
        }
        const FormFields form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refreshToken},
                              {QStringLiteral("client_id"), QString(ClientId)}};
        requestToken(
            m_network, endpoints.token, form, {}, {}, this, [this, done](const TokenGrant &grant) {
                if (grant.ok) {
                    keep(grant, done);
                    return;
                }
                if (grant.network || grant.errorCode.isEmpty()) {
                    done(answerFor(grant));
                    return;
                }
                // Revoked or expired: forget it, and sign in again if we may.
                m_refreshToken.clear();
                if (m_secrets)
                    m_secrets->remove(Entry::signInSecret(m_keychainName, RefreshTokenSecret),
                                      [](const Config::SecretStore::Result &) {});
                if (m_interactive) {
                    runSignIn(done);
                    return;
                }
                TokenAnswer answer;
                answer.needsSignIn = true;
                answer.error = expiredMessage();
                done(answer);
            });
    });
}

void BrowserProvider::runSignIn(Callback done)
{
    m_signInWaiting.append(std::move(done));
    if (m_signInWaiting.size() > 1)
        return; // one sign-in at a time; everyone gets its answer
    withEndpoints([this](const OidcEndpoints &endpoints) {
        if (!endpoints.ok) {
            TokenAnswer answer;
            answer.network = endpoints.network;
            answer.error = endpoints.error;
            finishSignIn({}, answer);
            return;
        }
        m_receiver = new LoopbackReceiver(this);
        if (!m_receiver->listen()) {
            TokenAnswer answer;
            answer.error = m_receiver->errorString();
            finishSignIn({}, answer);
            return;
        }
        const QByteArray verifier = newCodeVerifier();
        const QByteArray state = newState();
        const QUrl redirect = m_receiver->redirectUri();
        QUrl url = endpoints.authorization;
        QUrlQuery query(url);
        const auto add = [&query](const QString &name, const QString &value) {
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add(QStringLiteral("response_type"), QStringLiteral("code"));
        add(QStringLiteral("client_id"), QString(ClientId));
        add(QStringLiteral("redirect_uri"), redirect.toString());
        add(QStringLiteral("scope"), QString(Scopes));
        add(QStringLiteral("state"), QString::fromLatin1(state));
        add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallengeFor(verifier)));
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(query);

        m_signInTimer = new QTimer(this);
        m_signInTimer->setSingleShot(true);
        connect(m_signInTimer, &QTimer::timeout, this, [this] {
            TokenAnswer answer;
            answer.error = tr("The sign-in in the browser did not finish within %1 s (was the "
                              "browser window closed?). Sign in again%2.")
                               .arg(m_signInTimeoutMs / 1000)
                               .arg(m_signInHint.isEmpty() ? QString()
                                                           : QStringLiteral(": ") + m_signInHint);
            finishSignIn({}, answer);
        });
        connect(m_receiver, &LoopbackReceiver::redirected, this,
                [this, verifier, state, redirect, endpoints](const QUrlQuery &back) {
                    m_signInTimer->stop();
                    const auto value = [&back](const char *name) {
                        return back.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
                    };
                    TokenAnswer failed;
                    if (!value("error").isEmpty()) {
                        const QString description = value("error_description");
                        failed.error
                            = tr("The workspace refused the sign-in: %1 (%2).")
                                  .arg(description.isEmpty() ? value("error") : description,
                                       value("error"));
                        finishSignIn({}, failed);
                        return;
                    }
                    if (value("state") != QString::fromLatin1(state)) {
                        failed.error = tr("The browser came back with an answer to another "
                                          "sign-in (the state did not match), so Parlance "
                                          "ignored it. Sign in again.");
                        finishSignIn({}, failed);
                        return;
                    }
                    const FormFields form{
                        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), value("code")},
                        {QStringLiteral("redirect_uri"), redirect.toString()},
                        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
                        {QStringLiteral("client_id"), QString(ClientId)}};
                    requestToken(m_network, endpoints.token, form, {}, {}, this,
                                 [this](const TokenGrant &grant) {
                                     keep(grant, [this](const TokenAnswer &answer) {
                                         finishSignIn({}, answer);
                                     });
                                 });
                });
        m_signInTimer->start(m_signInTimeoutMs);
        emit signInStarted(url);
        if (m_opener)
            m_opener(url);
    });
}

void BrowserProvider::finishSignIn(Callback, TokenAnswer answer)
{
    if (m_receiver) {
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    if (m_signInTimer) {
        m_signInTimer->deleteLater();
        m_signInTimer = nullptr;
    }
    if (!answer.ok && answer.error.isEmpty())
        answer.error = tr("The sign-in failed.");
    const QList<Callback> waiting = std::exchange(m_signInWaiting, {});
    for (const Callback &done : waiting)
        done(answer);
}

} // namespace Parlance::Auth
