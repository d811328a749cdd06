#include "cli/cliargs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Parlance::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::CliArgs)
};

const QSet<QString> &valueOptions()
{
    static const QSet<QString> options{
        QStringLiteral("--profile"),       QStringLiteral("--host"),
        QStringLiteral("--base-url"),      QStringLiteral("--gateway-path"),
        QStringLiteral("--auth"),          QStringLiteral("--header"),
        QStringLiteral("--timeout"),       QStringLiteral("--retries"),
        QStringLiteral("--max-time"),      QStringLiteral("--max-response-mb"),
        QStringLiteral("--system"),        QStringLiteral("--max-tokens"),
        QStringLiteral("--temperature"),   QStringLiteral("--top-p"),
        QStringLiteral("--stop"),          QStringLiteral("--param"),
        QStringLiteral("--api"),           QStringLiteral("--models"),
        QStringLiteral("--input"),         QStringLiteral("--output"),
        QStringLiteral("--parallel"),      QStringLiteral("--warehouse"),
        QStringLiteral("--model"),         QStringLiteral("--statement"),
        QStringLiteral("--target"),        QStringLiteral("--port"),
        QStringLiteral("--har"),           QStringLiteral("--table"),
        QStringLiteral("--prompt-column"), QStringLiteral("--template"),
        QStringLiteral("--check"),
    };
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> flags{
        QStringLiteral("--token-stdin"), QStringLiteral("--allow-http"),
        QStringLiteral("--no-stream"),   QStringLiteral("--json"),
        QStringLiteral("--inspect"),     QStringLiteral("--raw"),
        QStringLiteral("--help"),        QStringLiteral("-h"),
        QStringLiteral("--version"),     QStringLiteral("--har-include-credentials"),
        QStringLiteral("--resume"),      QStringLiteral("--print-sql"),
    };
    return flags;
}

const QSet<QString> &commands()
{
    static const QSet<QString> names{
        QStringLiteral("models"), QStringLiteral("chat"),     QStringLiteral("compare"),
        QStringLiteral("batch"),  QStringLiteral("sql"),      QStringLiteral("code"),
        QStringLiteral("sim"),    QStringLiteral("profiles"), QStringLiteral("help"),
        QStringLiteral("login"),
    };
    return names;
}

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

bool toDouble(const QString &text, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !qIsFinite(value))
        return false;
    *out = value;
    return true;
}

} // namespace

std::optional<CliArgs> parseArgs(const QStringList &arguments, QString *error)
{
    CliArgs args;
    bool optionsEnded = false;
    auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<CliArgs>{};
    };

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (args.command.isEmpty()) {
                if (!commands().contains(arg))
                    return fail(Tr::tr("unknown command '%1' (see parlance-cli --help)").arg(arg));
                args.command = arg;
            } else {
                args.positionals.append(arg);
            }
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('='));
            eq > 0 && arg.startsWith(QLatin1String("--"))) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
            hasInlineValue = true;
        }
        if (flagOptions().contains(arg)) {
            if (hasInlineValue)
                return fail(Tr::tr("option %1 takes no value").arg(arg));
            if (arg == QLatin1String("--token-stdin"))
                args.tokenFromStdin = true;
            else if (arg == QLatin1String("--allow-http"))
                args.allowHttp = true;
            else if (arg == QLatin1String("--no-stream"))
                args.generation.stream = false;
            else if (arg == QLatin1String("--json"))
                args.json = true;
            else if (arg == QLatin1String("--inspect"))
                args.inspect = true;
            else if (arg == QLatin1String("--raw"))
                args.raw = true;
            else if (arg == QLatin1String("--har-include-credentials"))
                args.harIncludeCredentials = true;
            else if (arg == QLatin1String("--resume"))
                args.resume = true;
            else if (arg == QLatin1String("--print-sql"))
                args.printSql = true;
            else if (arg == QLatin1String("--version"))
                args.command = QStringLiteral("version");
            else
                args.help = true;
            continue;
        }
        if (!valueOptions().contains(arg)) {
            if (arg == QLatin1String("--token"))
                return fail(Tr::tr("tokens are never taken from the command line: set "
                                   "DATABRICKS_TOKEN or OPENAI_API_KEY, or use --token-stdin"));
            return fail(Tr::tr("unknown option %1").arg(arg));
        }
        if (arg == QLatin1String("--target")) {
            // `--target` alone asks for the list of targets (docs/cli.md), so it may have no
            // value: at the end, or before another option.
            args.targetGiven = true;
            if (!hasInlineValue
                && (i + 1 >= arguments.size()
                    || (arguments.at(i + 1).startsWith(QLatin1Char('-'))
                        && arguments.at(i + 1) != QLatin1String("-")))) {
                args.target.clear();
                continue;
            }
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return fail(Tr::tr("option %1 needs a value").arg(arg));
            value = arguments.at(++i);
        }

        if (arg == QLatin1String("--profile")) {
            args.connection.profile = value;
        } else if (arg == QLatin1String("--host")) {
            args.connection.host = value;
        } else if (arg == QLatin1String("--base-url")) {
            args.connection.baseUrl = value;
        } else if (arg == QLatin1String("--gateway-path")) {
            args.connection.gatewayPath = value;
        } else if (arg == QLatin1String("--auth")) {
            const auto auth = Core::authFromName(value);
            if (!auth)
                return fail(Tr::tr("--auth must be bearer, basic or none, not '%1'").arg(value));
            args.connection.auth = auth;
        } else if (arg == QLatin1String("--header")) {
            Core::HttpHeader header;
            if (!Config::parseHeaderArgument(value, &header))
                return fail(Tr::tr("--header wants 'Name: value', got '%1'").arg(value));
            args.connection.headers.append(header);
        } else if (arg == QLatin1String("--timeout")) {
            int seconds = 0;
            if (!toInt(value, 1, 86400, &seconds))
                return fail(
                    Tr::tr("--timeout wants whole seconds (1 or more), got '%1'").arg(value));
            args.connection.timeoutSeconds = seconds;
        } else if (arg == QLatin1String("--max-time")) {
            int seconds = 0;
            if (!toInt(value, 1, 7 * 86400, &seconds))
                return fail(
                    Tr::tr("--max-time wants whole seconds (1 or more), got '%1'").arg(value));
            args.connection.maxTimeSeconds = seconds;
        } else if (arg == QLatin1String("--max-response-mb")) {
            int megabytes = 0;
            if (!toInt(value, 1, 1 << 20, &megabytes))
                return fail(Tr::tr("--max-response-mb wants whole megabytes (1 or more), got '%1'")
                                .arg(value));
            args.connection.maxResponseMegabytes = megabytes;
        } else if (arg == QLatin1String("--retries")) {
            int retries = 0;
            if (!toInt(value, 0, 20, &retries))
                return fail(Tr::tr("--retries wants a number from 0 to 20, got '%1'").arg(value));
            args.connection.retries = retries;
        } else if (arg == QLatin1String("--system")) {
            args.generation.systemPrompt = value;
        } else if (arg == QLatin1String("--max-tokens")) {
            int tokens = 0;
            if (!toInt(value, 1, 100'000'000, &tokens))
                return fail(
                    Tr::tr("--max-tokens wants a positive whole number, got '%1'").arg(value));
            args.generation.maxTokens = tokens;
        } else if (arg == QLatin1String("--temperature")) {
            double t = 0;
            if (!toDouble(value, &t) || t < 0)
                return fail(Tr::tr("--temperature wants a number from 0, got '%1'").arg(value));
            args.generation.temperature = t;
        } else if (arg == QLatin1String("--top-p")) {
            double p = 0;
            if (!toDouble(value, &p) || p < 0 || p > 1)
                return fail(Tr::tr("--top-p wants a number from 0 to 1, got '%1'").arg(value));
            args.generation.topP = p;
        } else if (arg == QLatin1String("--stop")) {
            args.generation.stop.append(value);
        } else if (arg == QLatin1String("--param")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(Tr::tr("--param wants KEY=JSON, got '%1'").arg(value));
            // Wrapped in an array so scalars ("0.5", "\"x\"", "null") parse as JSON too.
            QJsonParseError parseError;
            const QJsonDocument doc
                = QJsonDocument::fromJson("[" + value.mid(eq + 1).toUtf8() + "]", &parseError);
            if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
                return fail(Tr::tr("--param %1: the value is not JSON (quote strings: "
                                   "KEY='\"text\"')")
                                .arg(value.left(eq)));
            args.generation.extra.insert(value.left(eq), doc.array().first());
        } else if (arg == QLatin1String("--api")) {
            const auto api = Core::apiKindFromName(value);
            if (!api)
                return fail(
                    Tr::tr("--api must be chat, responses or invocations, not '%1'").arg(value));
            args.api = *api;
        } else if (arg == QLatin1String("--models")) {
            for (const QString &m : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                args.models.append(m.trimmed());
        } else if (arg == QLatin1String("--input")) {
            args.input = value;
        } else if (arg == QLatin1String("--output")) {
            args.output = value;
        } else if (arg == QLatin1String("--parallel")) {
            if (!toInt(value, 1, 64, &args.parallel))
                return fail(Tr::tr("--parallel wants a number from 1 to 64, got '%1'").arg(value));
        } else if (arg == QLatin1String("--table")) {
            args.table = value;
        } else if (arg == QLatin1String("--prompt-column")) {
            args.promptColumn = value;
        } else if (arg == QLatin1String("--template")) {
            args.templateText = value;
        } else if (arg == QLatin1String("--check")) {
            args.checks.append(value);
        } else if (arg == QLatin1String("--warehouse")) {
            args.warehouse = value;
        } else if (arg == QLatin1String("--model")) {
            args.model = value;
        } else if (arg == QLatin1String("--statement")) {
            args.statement = value;
        } else if (arg == QLatin1String("--target")) {
            args.target = value;
        } else if (arg == QLatin1String("--har")) {
            if (value.isEmpty())
                return fail(Tr::tr("--har needs a file name"));
            args.har = value;
        } else if (arg == QLatin1String("--port")) {
            int port = 0;
            if (!toInt(value, 0, 65535, &port))
                return fail(Tr::tr("--port wants a number from 0 to 65535, got '%1'").arg(value));
            args.port = quint16(port);
        }
    }
    // `chat --help`, `--help chat` and `help chat` all ask for chat's options.
    if ((args.help && args.command != QLatin1String("version"))
        || args.command == QLatin1String("help")) {
        args.helpTopic = args.command == QLatin1String("help") || args.command.isEmpty()
                             ? args.positionals.value(0)
                             : args.command;
        if (!args.helpTopic.isEmpty() && !commands().contains(args.helpTopic))
            return fail(
                Tr::tr("unknown command '%1' (see parlance-cli --help)").arg(args.helpTopic));
        args.command = QStringLiteral("help");
    }
    if (args.command.isEmpty())
        return fail(Tr::tr("no command given (see parlance-cli --help)"));
    if (args.command != QLatin1String("help")) {
        if (!args.har.isEmpty() && args.command != QLatin1String("chat")
            && args.command != QLatin1String("compare"))
            return fail(Tr::tr("--har is for chat and compare"));
        if (args.harIncludeCredentials && args.har.isEmpty())
            return fail(Tr::tr("--har-include-credentials goes with --har FILE"));
    }
    return args;
}

} // namespace Parlance::Cli
