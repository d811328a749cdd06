#pragma once

#include "core/connection.h"

#include <QProcessEnvironment>
#include <QString>

namespace Parlance::Config {

struct DatabricksCfgProfile;

// How a Databricks connection signs in, chosen as the Databricks SDKs' unified authentication
// chooses: an explicit auth_type (the profile's, else DATABRICKS_AUTH_TYPE) wins; without one, a
// token means a personal access token, a client id and secret a service principal (oauth-m2m),
// and with neither, the `databricks` executable on PATH means its sign-in (databricks-cli).
struct SignInChoice
{
    bool ok = true;
    Core::Connection::SignIn method = Core::Connection::SignIn::Token;
    QString authType; // as written, for messages ("azure-cli")
    QString error;    // tr() text when !ok: an auth_type Parlance does not support, named
};

// `profile` may be null: a connection from --host or DATABRICKS_HOST. `where` names the source
// in messages ("~/.databrickscfg [prod]").
SignInChoice chooseSignIn(const DatabricksCfgProfile *profile, const QProcessEnvironment &env,
                          const QString &where);

// The auth_type names Parlance signs in with.
QStringList supportedAuthTypes();

// The `databricks` executable found on env's PATH; empty when there is none.
QString findDatabricksCli(const QProcessEnvironment &env);

// A service principal's credentials: the profile's client_id / client_secret, else
// DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET.
struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
};
ClientCredentials clientCredentials(const DatabricksCfgProfile *profile,
                                    const QProcessEnvironment &env);

// The keychain entry (SecretStore::Entry::signInSecret) of an oauth-m2m connection's client
// secret typed in the settings: the keychain only, never the connections file.
inline constexpr char ClientSecretEntry[] = "oauth-client-secret";

} // namespace Parlance::Config
