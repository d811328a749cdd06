#include "cli/clioutput.h"
#include "cli/commands.h"
#include "sim/simulatedgateway.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Sim)
};

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}
} // namespace

int runSim(const CliArgs &args)
{
    auto *gateway = new Sim::SimulatedGateway(QCoreApplication::instance());
    const QString requiredToken = qEnvironmentVariable("PARLANCE_SIM_REQUIRE_TOKEN");
    if (!requiredToken.isEmpty())
        gateway->setRequiredToken(requiredToken);
    if (!gateway->listen(QHostAddress::LocalHost, args.port)) {
        printError(Tr::tr("could not listen on 127.0.0.1:%1 (is the port in use?)").arg(args.port));
        return ExitUsage;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, gateway);
        QObject::connect(notifier, &QSocketNotifier::activated, gateway,
                         [] { QCoreApplication::exit(ExitOk); });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    writeOut(QByteArray("listening on " + gateway->url().toEncoded() + '\n'));
    flushOut();
    return -1; // keep serving
}

} // namespace Parlance::Cli
