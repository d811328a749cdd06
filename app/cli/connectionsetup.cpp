#include "auth/signinbroker.h"
#include "auth/tokenprovider.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "config/connectionresolver.h"
#include "config/profilestore.h"
#include "config/secretstore.h"
#include "net/gatewayclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Connection)
};

// Tokens over plain http may only go to this machine, unless the user says otherwise.
bool checkTransport(const CommandContext &context)
{
    const Core::Connection &c = context.connection;
    const QUrl url = c.kind == Core::Connection::Kind::Databricks ? c.host : c.baseUrl;
    if (url.scheme() != QLatin1String("http") || Config::isLoopbackHost(url.host())
        || context.token.isEmpty() || c.auth == Core::Connection::Auth::None
        || context.args.allowHttp) {
        return true;
    }
    printError(Tr::tr("%1 is plain http: the token would cross the network unencrypted. Use "
                      "https, or pass --allow-http to send it anyway.")
                   .arg(url.toString(QUrl::RemoveUserInfo)));
    return false;
}

// A connection that signs in gets its first token here, so a sign-in that cannot work is a
// configuration error before anything is sent; the requests then get theirs (renewed when
// stale or refused) from the same cached provider.
void signInThenRun(CommandContext context, std::function<void(const CommandContext &)> run)
{
    const auto go = [run](const CommandContext &ready) {
        if (checkTransport(ready))
            run(ready);
        else
            ready.done(ExitUsage);
    };
    Auth::TokenProvider *provider
        = context.signIn ? context.signIn->providerFor(context.connection) : nullptr;
    if (!provider) {
        go(context);
        return;
    }
    provider->token({}, [context, go](const Auth::TokenAnswer &answer) mutable {
        if (!answer.notice.isEmpty())
            printWarning(answer.notice);
        if (!answer.ok) {
            printError(answer.error);
            context.done(answer.network ? ExitNetwork : ExitUsage);
            return;
        }
        context.token = answer.accessToken;
        go(context);
    });
}

std::optional<QString> readStdinToken()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.readAll()).trimmed();
}
} // namespace

void reportCallError(const CommandContext &context, const Core::ApiError &error,
                     const QString &label, bool hint)
{
    // --auth none clears the token, so an empty one means no Authorization header went out.
    const bool tokenSent = !context.token.isEmpty();
    const QString description = describeError(error, tokenSent);
    printError(label.isEmpty() ? description : label + QStringLiteral(": ") + description);
    if (!hint || tokenSent || error.kind != Core::ApiError::Kind::Http
        || (error.httpStatus != 401 && error.httpStatus != 403)) {
        return;
    }
    const QString variable = context.connection.kind == Core::Connection::Kind::Databricks
                                 ? QStringLiteral("DATABRICKS_TOKEN")
                                 : QStringLiteral("OPENAI_API_KEY");
    if (context.args.connection.auth == Core::Connection::Auth::None) {
        printHint(Tr::tr("no token was sent, because of --auth none. Leave it out and set %1, "
                         "pipe the token to --token-stdin, or use a saved connection with "
                         "--profile NAME.")
                      .arg(variable));
        return;
    }
    if (!context.connection.name.isEmpty()) { // a profile set to send no token
        printHint(Tr::tr("no token was sent: the connection '%1' signs in with none. Give it a "
                         "token in Parlance (File > Connections…), or pass --auth bearer and "
                         "pipe the token to --token-stdin.")
                      .arg(context.connection.name));
        return;
    }
    printHint(Tr::tr("no token was sent. Set %1, pipe the token to --token-stdin, or use a saved "
                     "connection with --profile NAME.")
                  .arg(variable));
}

void withConnection(CommandContext context, std::function<void(const CommandContext &)> run)
{
    std::optional<QString> stdinToken;
    if (context.args.tokenFromStdin) {
        stdinToken = readStdinToken();
        if (stdinToken->isEmpty()) {
            printError(Tr::tr("--token-stdin was given but standard input held no token."));
            context.done(ExitUsage);
            return;
        }
    }
    const Config::ProfileStore profiles;
    const Config::ResolvedConnection resolved = Config::resolveConnection(
        context.args.connection, QProcessEnvironment::systemEnvironment(), profiles, stdinToken);
    if (!resolved.ok) {
        printError(resolved.error);
        context.done(ExitUsage);
        return;
    }
    context.connection = resolved.connection;
    context.token = resolved.token;
    if (!resolved.needsKeychain()) {
        signInThenRun(context, run);
        return;
    }
    auto *secrets = new Config::SecretStore(QStringLiteral("Parlance"), context.client);
    Config::readKeychainSecrets(
        resolved, profiles, secrets,
        [context, run, secrets](const Config::ResolvedConnection &complete) mutable {
            secrets->deleteLater();
            for (const QString &warning : complete.warnings)
                printWarning(warning);
            if (!complete.ok) {
                printError(complete.error);
                context.done(ExitUsage);
                return;
            }
            context.connection = complete.connection;
            context.token = complete.token;
            signInThenRun(context, run);
        });
}

} // namespace Parlance::Cli
