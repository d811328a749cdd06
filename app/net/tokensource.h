#pragma once

#include "core/connection.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Parlance::Net {

// Where a connection that signs in (Connection::signIn, OAuth) gets its access token when a
// request leaves: such tokens expire, so the token a caller holds may be stale. GatewayClient
// asks its source before each call and, when the gateway refuses the token (401, or the 403
// Databricks answers an expired one with), once more for a new one, and sends again.
class TokenSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    struct Answer
    {
        bool ok = false;
        QString token;
        QString error;        // tr() text saying what to do, when !ok
        bool network = false; // the sign-in failed for want of the network, not of credentials
    };
    using Callback = std::function<void(const Answer &)>;

    // Whether this source gives the tokens of `connection`; otherwise the caller's token goes.
    virtual bool supplies(const Core::Connection &connection) const = 0;
    // A token valid for a while yet. `refused`: the token the gateway just refused, to be
    // replaced rather than handed out again (empty on the first ask). Answers from the event
    // loop, never from inside the call.
    virtual void token(const Core::Connection &connection, const QString &refused, Callback done)
        = 0;
};

} // namespace Parlance::Net
