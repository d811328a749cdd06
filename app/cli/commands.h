#pragma once

#include "cli/cliargs.h"
#include "core/apierror.h"
#include "core/connection.h"
#include "net/exchange.h"

#include <QList>

#include <functional>
#include <memory>

namespace Parlance::Net {
class GatewayClient;
}
namespace Parlance::Auth {
class SignInBroker;
}

namespace Parlance::Cli {

// What a command that talks to a gateway gets: the parsed arguments, the resolved connection
// and token, and `done`, which it calls exactly once with the exit code.
struct CommandContext
{
    CliArgs args;
    Core::Connection connection;
    QString token;
    Net::GatewayClient *client = nullptr;
    // Where connections that sign in (OAuth, the Databricks CLI) get their tokens; also the
    // client's token source.
    Auth::SignInBroker *signIn = nullptr;
    // The sign-in requests of the run so far (masked), for --har: followSignIns() keeps them.
    std::shared_ptr<QList<Net::Exchange>> signIns;
    std::function<void(int)> done;
};

void runModels(const CommandContext &context);
void runChat(const CommandContext &context);
void runCompare(const CommandContext &context);
// Why compare's arguments cannot run (bad --models, no PROMPT, --raw), checked before the
// connection is resolved; empty when they can.
QString compareUsageError(const CliArgs &args);
void runSql(const CommandContext &context);
void runBatch(const CommandContext &context);
// Why batch's arguments cannot run (no --models or --input, a bad --check or --template, the
// warehouse options of a later version), checked before the connection is resolved; empty when
// they can.
QString batchUsageError(const CliArgs &args);

// Commands that need no connection; they return the exit code (sim returns -1 while serving).
int runProfiles(const CliArgs &args);
// The browser sign-in (OAuth U2M) for a Databricks connection: prints the URL on stderr, opens
// a browser when one can be, and keeps the sign-in in the keychain.
void runLogin(const CommandContext &context);
// How the CLI signs in: not interactively (a command other than login that finds no sign-in
// says to run login), a browser opened only by login, the limits from the environment.
void configureSignIn(Auth::SignInBroker *broker);
int runSim(const CliArgs &args);
// Prints a program that sends the request (docs/cli.md, `code`); resolves the connection but
// needs no token, and sends nothing.
int runCode(const CliArgs &args);

// Prints "parlance-cli: error: <what went wrong>" ("<label>: <what went wrong>" with a label)
// and, for a 401 or 403 when no token was sent and `hint` is set, a hint saying how to give one.
void reportCallError(const CommandContext &context, const Core::ApiError &error,
                     const QString &label = {}, bool hint = true);

// Resolves the connection and its token (reading the keychain asynchronously if needed),
// then calls `run`; configuration problems end in `done(ExitUsage)` with a message.
void withConnection(CommandContext context, std::function<void(const CommandContext &)> run);

} // namespace Parlance::Cli
