#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/harrecorder.h"
#include "engine/chatcall.h"
#include "engine/chatresult.h"
#include "engine/resultjson.h"
#include "net/gatewayclient.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <unistd.h>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Chat)
};

// Appends text as UTF-8 and says whether it ended a line. Deltas are almost always ASCII:
// those are narrowed in place, without a QByteArray of their own.
bool appendUtf8(const QString &text, QByteArray &out)
{
    const qsizetype start = out.size();
    const qsizetype size = text.size();
    out.resize(start + size);
    const QChar *in = text.constData();
    char *ascii = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        if (in[i].unicode() >= 0x80) {
            out.resize(start);
            out += text.toUtf8();
            return out.endsWith('\n');
        }
        ascii[i] = char(in[i].unicode());
    }
    return size > 0 && ascii[size - 1] == '\n';
}
} // namespace

void runChat(const CommandContext &context)
{
    const CliArgs &args = context.args;
    if (args.positionals.size() < 2) {
        printError(Tr::tr("chat needs a MODEL and a PROMPT: parlance-cli chat MODEL \"PROMPT\""));
        context.done(ExitUsage);
        return;
    }
    Engine::ChatRequest request;
    request.api = args.api;
    request.model = args.positionals.first();
    request.conversation
        = Core::Conversation::singleTurn(args.positionals.mid(1).join(QLatin1Char(' ')));
    request.params = args.generation;

    auto *call = new Engine::ChatCall(context.client, context.connection, context.token, request,
                                      context.client);
    const bool printText = !args.json && !args.raw;

    // Deltas arrive a batch at a time: their text goes out in one write, flushed at once so a
    // reader of the pipe sees the answer as it streams.
    auto text = std::make_shared<QByteArray>();
    auto wroteText = std::make_shared<bool>(false);
    auto endsWithNewline = std::make_shared<bool>(true);

    if (printText) {
        QObject::connect(call, &Engine::ChatCall::deltas, call,
                         [=](const QList<Core::ReplyDelta> &deltas) {
                             text->resize(0); // keeps the capacity for the next read
                             for (const Core::ReplyDelta &delta : deltas) {
                                 if (delta.kind != Core::ReplyDelta::Kind::Text || delta.choice != 0
                                     || delta.text.isEmpty())
                                     continue;
                                 *endsWithNewline = appendUtf8(delta.text, *text);
                                 *wroteText = true;
                             }
                             if (text->isEmpty())
                                 return;
                             writeOut(*text);
                             flushOut();
                         });
    }
    if (args.raw) {
        QObject::connect(call, &Engine::ChatCall::rawBytes, call, [](QByteArrayView bytes) {
            writeOut(bytes);
            flushOut();
        });
    }
    if (args.inspect) {
        QObject::connect(call, &Engine::ChatCall::exchangeRecorded, call,
                         [](const Net::Exchange &exchange) { writeErr(formatExchange(exchange)); });
    }
    auto har = std::make_shared<HarRecorder>(context);
    if (har->isOn()) {
        QObject::connect(call, &Engine::ChatCall::exchangeRecorded, call,
                         [har](const Net::Exchange &exchange) { har->add(exchange); });
    }
    if (!args.json) {
        QObject::connect(call, &Engine::ChatCall::retrying, call,
                         [](int next, double delay, const Core::ApiError &reason) {
                             printWarning(Tr::tr("%1; retrying in %2 s (attempt %3)")
                                              .arg(describeError(reason))
                                              .arg(delay, 0, 'f', 1)
                                              .arg(next));
                         });
    }
    const auto done = context.done;
    QObject::connect(call, &Engine::ChatCall::finished, call, [=] {
        // A terminal gets a final newline; a pipe gets exactly the answer text.
        if (printText && *wroteText && !*endsWithNewline && isatty(STDOUT_FILENO))
            writeOut("\n");
        if (args.json)
            writeOut(QJsonDocument(chatResultJson(Engine::ChatResult::of(*call)))
                         .toJson(QJsonDocument::Compact)
                         .append('\n'));
        flushOut();
        const bool harWritten = har->write();
        if (printText) {
            for (const Core::ContentPart &tool : call->reply().primary().message.toolCalls())
                writeErr(QByteArray("parlance-cli: tool call " + tool.toolName.toUtf8() + ' '
                                    + tool.toolArguments.toUtf8() + '\n'));
        }
        if (!call->error()) {
            done(harWritten ? ExitOk : ExitUsage);
            return;
        }
        reportCallError(context, *call->error());
        if (call->isIncomplete() && call->reply().hasContent())
            printWarning(Tr::tr("the answer above is incomplete."));
        done(exitCodeFor(*call->error()));
    });
    call->start();
}

} // namespace Parlance::Cli
