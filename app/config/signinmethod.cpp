#include "config/signinmethod.h"

#include "config/databrickscfg.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::SignIn)
};

using SignIn = Core::Connection::SignIn;

QString value(const DatabricksCfgProfile *profile, const QString &key)
{
    return profile ? profile->values.value(key).trimmed() : QString();
}

} // namespace

QStringList supportedAuthTypes()
{
    return {Core::signInName(SignIn::Token), Core::signInName(SignIn::DatabricksCli),
            Core::signInName(SignIn::OAuthM2M), Core::signInName(SignIn::ExternalBrowser)};
}

QString findDatabricksCli(const QProcessEnvironment &env)
{
    const QStringList path
        = env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return path.isEmpty() ? QString()
                          : QStandardPaths::findExecutable(QStringLiteral("databricks"), path);
}

ClientCredentials clientCredentials(const DatabricksCfgProfile *profile,
                                    const QProcessEnvironment &env)
{
    ClientCredentials credentials{value(profile, QStringLiteral("client_id")),
                                  value(profile, QStringLiteral("client_secret"))};
    if (credentials.clientId.isEmpty())
        credentials.clientId = env.value(QStringLiteral("DATABRICKS_CLIENT_ID")).trimmed();
    if (credentials.clientSecret.isEmpty())
        credentials.clientSecret = env.value(QStringLiteral("DATABRICKS_CLIENT_SECRET")).trimmed();
    return credentials;
}

SignInChoice chooseSignIn(const DatabricksCfgProfile *profile, const QProcessEnvironment &env,
                          const QString &where)
{
    SignInChoice choice;
    QString authType = value(profile, QStringLiteral("auth_type"));
    QString origin = where;
    if (authType.isEmpty()) {
        authType = env.value(QStringLiteral("DATABRICKS_AUTH_TYPE")).trimmed();
        origin = QStringLiteral("DATABRICKS_AUTH_TYPE");
    }
    choice.authType = authType;
    if (!authType.isEmpty()) {
        // "oauth-u2m" is what some tools write for the browser sign-in; the SDKs call it
        // external-browser.
        const QString name = authType.toLower() == QLatin1String("oauth-u2m")
                                 ? QStringLiteral("external-browser")
                                 : authType.toLower();
        if (const std::optional<SignIn> method = Core::signInFromName(name)) {
            choice.method = *method;
            return choice;
        }
        choice.ok = false;
        choice.error = Tr::tr("%1 signs in with auth_type = %2, which Parlance does not support "
                              "yet. Use one of %3, or a token.")
                           .arg(origin, authType, supportedAuthTypes().join(QStringLiteral(", ")));
        return choice;
    }
    if (!value(profile, QStringLiteral("token")).isEmpty()
        || !env.value(QStringLiteral("DATABRICKS_TOKEN")).trimmed().isEmpty()) {
        return choice;
    }
    if (clientCredentials(profile, env).isComplete()) {
        choice.method = SignIn::OAuthM2M;
        return choice;
    }
    if (!findDatabricksCli(env).isEmpty())
        choice.method = SignIn::DatabricksCli;
    return choice;
}

} // namespace Parlance::Config
