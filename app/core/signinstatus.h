#pragma once

#include <QDateTime>
#include <QString>

namespace Parlance::Core {

// Where a connection that signs in stands, for the settings dialog and the status bar.
struct SignInStatus
{
    enum class Phase {
        NotSignedIn, // never signed in this session, or signed out
        SigningIn,   // under way; `inBrowser`: waiting for the browser window
        SignedIn,
        Failed, // `message` says what to do, `details` what the server or the CLI said
    };

    Phase phase = Phase::NotSignedIn;
    bool inBrowser = false;
    QString subject;     // who the token was issued to; empty when nobody said
    QDateTime expiresAt; // UTC; invalid when the issuer did not say
    QString message;     // tr() text: what went wrong and what to do (Failed, or a needed sign-in)
    QString details;     // the raw error, for "Details"
    bool needsSignIn = false; // nothing to renew the token with: only a sign-in helps

    friend bool operator==(const SignInStatus &, const SignInStatus &) = default;
};

} // namespace Parlance::Core
