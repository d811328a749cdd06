#include "cli/clioutput.h"
#include "cli/commands.h"
#include "engine/modelscall.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parlance::Cli {

namespace {
// Tab-separated fields without the empty ones at the end: OpenAI-compatible servers report no
// task or state, and a line must not end in separators a reader takes for blank columns. The
// values come from the server: a tab or line break in one would split the table.
QByteArray tableLine(QStringList fields)
{
    for (QString &field : fields) {
        for (QChar &c : field) {
            if (c == u'\t' || c == u'\n' || c == u'\r')
                c = u' ';
        }
        field = field.trimmed();
    }
    while (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast();
    return fields.join(QLatin1Char('\t')).toUtf8() + '\n';
}
} // namespace

void runModels(const CommandContext &context)
{
    auto *call
        = new Engine::ModelsCall(context.client, context.connection, context.token, context.client);
    const CliArgs args = context.args;
    const auto done = context.done;
    QObject::connect(call, &Engine::ModelsCall::finished, call, [call, args, done, context] {
        if (args.inspect && call->gatewayCall()) {
            for (const Net::Exchange &exchange : call->gatewayCall()->exchanges())
                writeErr(formatExchange(exchange));
        }
        if (call->error()) {
            reportCallError(context, *call->error());
            done(exitCodeFor(*call->error()));
            return;
        }
        if (args.json) {
            QJsonArray list;
            for (const Core::ModelInfo &m : call->models()) {
                list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                        {QStringLiteral("task"), m.task},
                                        {QStringLiteral("state"), m.state},
                                        {QStringLiteral("owned_by"), m.ownedBy},
                                        {QStringLiteral("description"), m.description}});
            }
            writeOut(QJsonDocument(list).toJson(QJsonDocument::Compact).append('\n'));
        } else {
            for (const Core::ModelInfo &m : call->models())
                writeOut(tableLine({m.name, m.task, m.state}));
        }
        flushOut();
        done(ExitOk);
    });
    call->start();
}

} // namespace Parlance::Cli
