#include "cli/harrecorder.h"

#include "cli/clioutput.h"
#include "export/har.h"
#include "export/harfile.h"
#include "net/redaction.h"

#include <QCoreApplication>

namespace Parlance::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Cli::Har)
};
} // namespace

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
