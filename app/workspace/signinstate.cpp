#include "workspace/signinstate.h"

#include "auth/signinbroker.h"
#include "auth/tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Parlance::Workspace {

using Phase = Core::SignInStatus::Phase;
using SignIn = Core::Connection::SignIn;

SignInState::SignInState(Auth::SignInBroker *broker, QNetworkAccessManager *network,
                         QObject *parent)
    : QObject(parent), m_broker(broker), m_network(network)
{
    connect(m_broker, &Auth::SignInBroker::answered, this,
            [this](const Core::Connection &connection, const Auth::TokenAnswer &answer) {
                // A request's answer while the user's own sign-in runs is that sign-in's too;
                // its own callback settles it.
                if (status(connection).phase != Phase::SigningIn)
                    settle(connection, answer);
            });
}

SignInState::~SignInState() = default;

bool SignInState::signsIn(const Core::Connection &connection) const
{
    return m_broker->supplies(connection);
}

Core::SignInStatus SignInState::status(const Core::Connection &connection) const
{
    return m_states.value(Auth::SignInBroker::keyFor(connection));
}

void SignInState::set(const Core::Connection &connection, const Core::SignInStatus &status)
{
    const QString key = Auth::SignInBroker::keyFor(connection);
    if (m_states.value(key) == status && m_states.contains(key))
        return;
    m_states.insert(key, status);
    emit changed(connection);
}

void SignInState::signIn(const Core::Connection &connection)
{
    if (!signsIn(connection))
        return;
    const QString key = Auth::SignInBroker::keyFor(connection);
    const quint64 generation = ++m_generation[key];
    Core::SignInStatus signingIn;
    signingIn.phase = Phase::SigningIn;
    signingIn.inBrowser = connection.signIn == SignIn::ExternalBrowser;
    signingIn.subject = status(connection).subject;
    set(connection, signingIn);

    auto done = [this, alive = QPointer(this), connection, key,
                 generation](const Auth::TokenAnswer &answer) {
        if (!alive || m_generation.value(key) != generation)
            return; // cancelled, or signed out meanwhile
        settle(connection, answer);
    };
    if (Auth::BrowserProvider *browser = m_broker->browserFor(connection)) {
        browser->signIn(done);
        return;
    }
    // A new provider reads the settings as they are now: a secret corrected since, a profile.
    m_broker->discard(connection, tr("A new sign-in started."));
    if (Auth::TokenProvider *provider = m_broker->providerFor(connection))
        provider->token({}, done);
}

void SignInState::signOut(const Core::Connection &connection)
{
    if (!signsIn(connection))
        return;
    const QString key = Auth::SignInBroker::keyFor(connection);
    const quint64 generation = ++m_generation[key];
    Auth::BrowserProvider *browser = m_broker->browserFor(connection);
    if (!browser) {
        m_broker->discard(connection, tr("Signed out."));
        set(connection, {});
        return;
    }
    // A sign-in under way ends with the refresh token it would have kept.
    if (status(connection).phase == Phase::SigningIn) {
        m_broker->discard(connection, tr("Signed out."));
        browser = m_broker->browserFor(connection);
    }
    browser->signOut([this, alive = QPointer(this), connection, key,
                      generation](const QString &error) {
        if (!alive || m_generation.value(key) != generation)
            return;
        Core::SignInStatus out;
        if (!error.isEmpty()) {
            out.phase = Phase::Failed;
            out.message = tr("Signed out for this session, but the sign-in could not be removed "
                             "from the keychain; it may sign in again on the next start. Unlock "
                             "the keychain and sign out again.");
            out.details = error;
        }
        set(connection, out);
    });
}

void SignInState::cancel(const Core::Connection &connection)
{
    if (status(connection).phase != Phase::SigningIn)
        return;
    ++m_generation[Auth::SignInBroker::keyFor(connection)];
    m_broker->discard(connection, tr("The sign-in was cancelled."));
    set(connection, {});
}

void SignInState::settle(const Core::Connection &connection, const Auth::TokenAnswer &answer)
{
    Core::SignInStatus next;
    const Core::SignInStatus before = status(connection);
    if (answer.ok) {
        next.phase = Phase::SignedIn;
        next.expiresAt = answer.expiresAt;
        next.subject = Auth::tokenSubject(answer.accessToken);
        if (next.subject.isEmpty())
            next.subject = before.subject; // a renewal of the same sign-in
        set(connection, next);
        if (next.subject.isEmpty())
            askWhoAmI(connection, answer.accessToken);
        return;
    }
    next.phase = answer.needsSignIn ? Phase::NotSignedIn : Phase::Failed;
    next.needsSignIn = answer.needsSignIn;
    next.message = messageFor(connection, answer);
    next.details = answer.error;
    set(connection, next);
}

QString SignInState::messageFor(const Core::Connection &connection,
                                const Auth::TokenAnswer &answer) const
{
    // The Databricks CLI keeps its own sign-in: only it can renew one.
    if (answer.needsSignIn && connection.signIn != SignIn::DatabricksCli)
        return tr("The sign-in has expired or was revoked. Sign in again.");
    if (answer.network) {
        // Unreachable and "unavailable" (5xx) alike: either way the user waits or fixes the
        // route, and Details names which it was.
        return tr("The sign-in server of %1 could not be reached or is unavailable. Check the "
                  "host, your network and proxy, or wait a moment, then retry.")
            .arg(connection.host.host());
    }
    switch (connection.signIn) {
    case SignIn::ExternalBrowser:
        return tr("The browser sign-in did not finish. Retry, and complete the sign-in in the "
                  "browser window that opens.");
    case SignIn::OAuthM2M:
        return tr("The service principal could not sign in. If its client ID or secret is "
                  "wrong, correct them and save; if the workspace's sign-in server is down, "
                  "wait. Then retry.");
    case SignIn::DatabricksCli:
        return tr("The Databricks CLI gave no token. Run \"databricks auth login --host %1\" in "
                  "a terminal, then retry.")
            .arg(connection.host.toString());
    case SignIn::Token:
        break;
    }
    return tr("The sign-in failed. Retry.");
}

void SignInState::askWhoAmI(const Core::Connection &connection, const QString &accessToken)
{
    const QString key = Auth::SignInBroker::keyFor(connection);
    if (m_whoAskedWith.value(key) == accessToken)
        return;
    m_whoAskedWith.insert(key, accessToken);
    QUrl url = connection.host;
    url.setPath(QStringLiteral("/api/2.0/preview/scim/v2/Me"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(30 * 1000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, connection] {
        reply->deleteLater();
        const QString userName = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QLatin1String("userName"))
                                     .toString();
        Core::SignInStatus known = status(connection);
        // Only to name who is signed in: a failure here changes nothing else.
        if (userName.isEmpty() || known.phase != Phase::SignedIn || !known.subject.isEmpty())
            return;
        known.subject = userName;
        set(connection, known);
    });
}

} // namespace Parlance::Workspace
