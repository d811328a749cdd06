#include "cli/clioutput.h"
#include "cli/commands.h"
#include "config/connectionresolver.h"
#include "config/profilestore.h"
#include "engine/chatcall.h"
#include "export/codegenerator.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Code)
};

// One target a line: its --target name, then what it is.
QByteArray targetList()
{
    const QList<Export::CodeTargetInfo> targets = Export::codeTargets();
    qsizetype width = 0;
    for (const Export::CodeTargetInfo &target : targets)
        width = qMax(width, target.id.size());
    QString out;
    for (const Export::CodeTargetInfo &target : targets)
        out += target.id.leftJustified(width + 2) + target.displayName + QLatin1Char('\n');
    return out.toUtf8();
}

// The connection the snippet is for. Nothing is sent, so no token is needed: a connection that
// would fail for the lack of one is resolved again with a stand-in, which the snippet never
// sees (it names the token's environment variable only).
std::optional<Core::Connection> resolveForCode(const CliArgs &args)
{
    const Config::ProfileStore profiles;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Config::ResolvedConnection resolved = Config::resolveConnection(args.connection, env, profiles);
    if (!resolved.ok) {
        const Config::ResolvedConnection withStandIn = Config::resolveConnection(
            args.connection, env, profiles, QStringLiteral("token-not-needed-for-code"));
        if (!withStandIn.ok) {
            printError(resolved.error);
            return std::nullopt;
        }
        resolved = withStandIn;
    }
    return resolved.connection;
}
} // namespace

int runCode(const CliArgs &args)
{
    if (!args.targetGiven) {
        printError(Tr::tr("code needs --target T: parlance-cli code --target T MODEL \"PROMPT\". "
                          "The targets:"));
        writeErr(targetList());
        return ExitUsage;
    }
    if (args.target.isEmpty()) {
        writeOut(targetList());
        flushOut();
        return ExitOk;
    }
    const std::optional<Export::CodeTarget> target = Export::codeTargetFromId(args.target);
    if (!target) {
        printError(Tr::tr("'%1' is not a target of code. The targets:").arg(args.target));
        writeErr(targetList());
        return ExitUsage;
    }
    for (const auto &[given, name] :
         {std::pair{args.json, "--json"}, {args.raw, "--raw"}, {args.inspect, "--inspect"}}) {
        if (given) {
            printError(Tr::tr("%1 is not for code: it prints a program and sends nothing.")
                           .arg(QLatin1String(name)));
            return ExitUsage;
        }
    }
    if (args.positionals.size() < 2) {
        printError(Tr::tr("code needs a MODEL and a PROMPT: parlance-cli code --target T MODEL "
                          "\"PROMPT\""));
        return ExitUsage;
    }
    const std::optional<Core::Connection> connection = resolveForCode(args);
    if (!connection)
        return ExitUsage;

    Engine::ChatRequest request;
    request.api = args.api;
    request.model = args.positionals.first();
    request.conversation
        = Core::Conversation::singleTurn(args.positionals.mid(1).join(QLatin1Char(' ')));
    request.params = args.generation;
    const Export::CodeSnippet snippet = Export::generateCode(
        *target, Engine::ChatCall::httpRequestFor(*connection, request), *connection);
    writeOut(snippet.code.toUtf8());
    flushOut();
    return ExitOk;
}

} // namespace Parlance::Cli
