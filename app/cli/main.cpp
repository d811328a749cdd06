#include "auth/signinbroker.h"
#include "cli/cliargs.h"
#include "cli/clihelp.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/harrecorder.h"
#include "config/secretstore.h"
#include "net/gatewayclient.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstdlib>

using namespace Parlance;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Parlance"));
    QCoreApplication::setApplicationName(QStringLiteral("parlance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLANCE_VERSION));

    QString error;
    const std::optional<Cli::CliArgs> args = Cli::parseArgs(QCoreApplication::arguments(), &error);
    if (!args) {
        Cli::printError(error);
        return Cli::ExitUsage;
    }
    const QString &command = args->command;
    if (command == QLatin1String("help")) {
        const QString &topic = args->helpTopic;
        Cli::writeOut((topic.isEmpty() ? Cli::usageText() : Cli::commandHelp(topic)).toUtf8());
        Cli::flushOut();
        return Cli::ExitOk;
    }
    if (command == QLatin1String("version")) {
        Cli::writeOut("parlance-cli " PARLANCE_VERSION "\n");
        Cli::flushOut();
        return Cli::ExitOk;
    }
    if (command == QLatin1String("profiles"))
        return Cli::runProfiles(*args);
    if (command == QLatin1String("sim")) {
        const int code = Cli::runSim(*args);
        return code >= 0 ? code : app.exec();
    }
    if (command == QLatin1String("compare") || command == QLatin1String("batch")) {
        const QString error = command == QLatin1String("batch") ? Cli::batchUsageError(*args)
                                                                : Cli::compareUsageError(*args);
        if (!error.isEmpty()) {
            Cli::printError(error);
            return Cli::ExitUsage;
        }
    }
    if (command == QLatin1String("code"))
        return Cli::runCode(*args);
    Net::GatewayClient client;
    // A HAR file keeps each stream event's arrival time, as --inspect shows it.
    client.setRecordEvents(args->inspect || !args->har.isEmpty());
    Config::SecretStore secrets;
    Auth::SignInBroker signIn(client.network(), &secrets, QProcessEnvironment::systemEnvironment());
    Cli::configureSignIn(&signIn);
    client.setTokenSource(&signIn);
    Cli::CommandContext context;
    context.args = *args;
    context.client = &client;
    context.signIn = &signIn;
    Cli::followSignIns(context);
    // Exit from the event loop so that a synchronous `done` (a configuration error) still ends it.
    context.done = [](int code) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
    };
    std::function<void(const Cli::CommandContext &)> run;
    if (command == QLatin1String("login")) {
        Cli::runLogin(context);
        const int code = app.exec();
        Cli::flushOut();
        return code;
    }
    if (command == QLatin1String("models"))
        run = Cli::runModels;
    else if (command == QLatin1String("chat"))
        run = Cli::runChat;
    else if (command == QLatin1String("compare"))
        run = Cli::runCompare;
    else if (command == QLatin1String("batch"))
        run = Cli::runBatch;
    else
        run = Cli::runSql;
    Cli::withConnection(context, run);
    const int code = app.exec();
    // Everything the user asked for is written; tearing down thousands of stream objects one
    // by one would only delay the exit. The OS takes the memory back at once.
    Cli::flushOut();
    std::fflush(stderr);
    std::_Exit(code);
}
