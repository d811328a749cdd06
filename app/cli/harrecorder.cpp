#include "cli/harrecorder.h"

#include "auth/signintraffic.h"
#include "cli/clioutput.h"
#include "export/har.h"
#include "export/harfile.h"
#include "net/gatewayclient.h"
#include "net/redaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Har)
};
} // namespace

void followSignIns(CommandContext &context)
{
    const bool inspect = context.args.inspect;
    const bool har = !context.args.har.isEmpty();
    if (!inspect && !har)
        return;
    auto kept = std::make_shared<QList<Net::Exchange>>();
    context.signIns = kept;
    Auth::SignInTraffic *traffic = Auth::SignInTraffic::of(context.client->network());
    QObject::connect(traffic, &Auth::SignInTraffic::exchangeRecorded, traffic,
                     [inspect, har, kept](quint64, const Net::Exchange &exchange) {
                         if (inspect)
                             writeErr(formatExchange(exchange));
                         if (har)
                             kept->append(exchange);
                     });
}

void HarRecorder::add(const Net::Exchange &exchange, const QString &source)
{
    if (isOn())
        m_exchanges.append({exchange, source});
}

bool HarRecorder::write() const
{
    if (!isOn())
        return true;
    const CliArgs &args = m_context.args;
    const Core::Connection &connection = m_context.connection;
    Export::HarOptions options;
    options.creatorName = QStringLiteral("parlance-cli");
    options.creatorVersion = QStringLiteral(PARLANCE_VERSION);
    options.includeCredentials = args.harIncludeCredentials;
    options.secretHeaders = connection.secretHeaders;
    options.secrets = Net::SecretRedactor::forConnection(connection, m_context.token).secrets();
    const Core::HttpHeaders credentials = Export::credentialHeaders(connection, m_context.token);
    QList<Export::HarEntryInput> entries;
    for (const Recorded &recorded : m_exchanges)
        entries.append({recorded.exchange, recorded.source, credentials});
    if (m_context.signIns) {
        // The connection's credentials were never a sign-in's: none are put back into one.
        for (const Net::Exchange &exchange : std::as_const(*m_context.signIns))
            entries.append({exchange, {}, {}});
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Export::HarEntryInput &a, const Export::HarEntryInput &b) {
                             return a.exchange.startedAt < b.exchange.startedAt;
                         });
    }
    const QString error = Export::writeHarFile(args.har, Export::toHar(entries, options),
                                               args.harIncludeCredentials);
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    if (args.harIncludeCredentials && !credentials.isEmpty())
        printWarning(Tr::tr("%1 holds the token and secret header values in plain text "
                            "(--har-include-credentials); keep it private and delete it when "
                            "done.")
                         .arg(args.har));
    return true;
}

} // namespace Parlance::Cli
