#pragma once

#include "core/connection.h"
#include "core/signinstatus.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace Parlance::Auth {
class SignInBroker;
struct TokenAnswer;
} // namespace Parlance::Auth

namespace Parlance::Workspace {

// What the settings dialog and the status bar show of the connections that sign in (OAuth, the
// Databricks CLI), and the buttons they offer: sign in, sign out, cancel. It follows both its
// own sign-ins and every token the broker hands to requests, so a refresh, an expired sign-in or
// a failure met by a chat shows as well.
//
// Who is signed in: the access token's JWT subject, else GET /api/2.0/preview/scim/v2/Me's
// userName (tokens that are not JWTs, as the Databricks CLI may hand out).
class SignInState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInState)

public:
    SignInState(Auth::SignInBroker *broker, QNetworkAccessManager *network,
                QObject *parent = nullptr);
    ~SignInState() override;

    bool signsIn(const Core::Connection &connection) const;
    Core::SignInStatus status(const Core::Connection &connection) const;

    // A new sign-in with the settings as they are now (Retry too): the browser for
    // external-browser, a new token for the others.
    void signIn(const Core::Connection &connection);
    // Forgets the tokens; for external-browser the refresh token leaves the keychain too.
    void signOut(const Core::Connection &connection);
    // Stops a sign-in under way (the browser window the user closed).
    void cancel(const Core::Connection &connection);

signals:
    void changed(const Parlance::Core::Connection &connection);

private:
    void settle(const Core::Connection &connection, const Auth::TokenAnswer &answer);
    void set(const Core::Connection &connection, const Core::SignInStatus &status);
    void askWhoAmI(const Core::Connection &connection, const QString &accessToken);
    QString messageFor(const Core::Connection &connection, const Auth::TokenAnswer &answer) const;

    Auth::SignInBroker *m_broker;
    QNetworkAccessManager *m_network;
    QHash<QString, Core::SignInStatus> m_states; // by SignInBroker::keyFor
    // Raised by every sign-in, sign-out and cancel: an answer of one started before is stale.
    QHash<QString, quint64> m_generation;
    // The access token each connection's GET .../scim/v2/Me was asked with: once per token, so
    // a failing one is not asked again at every request.
    QHash<QString, QString> m_whoAskedWith;
};

} // namespace Parlance::Workspace
