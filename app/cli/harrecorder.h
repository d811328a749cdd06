#pragma once

#include "cli/commands.h"
#include "net/exchange.h"

#include <QList>
#include <QString>

namespace Parlance::Cli {

// Follows the sign-in requests (Auth::SignInTraffic, masked) of `context`'s client: --inspect
// prints each as it is over, --har keeps them in context.signIns for the file.
void followSignIns(CommandContext &context);

// `--har FILE`: keeps every exchange of the command (each attempt and redirect hop, of every
// column) and writes them as one HAR 1.2 file when the command is over, with the sign-in
// requests of the run among them (masked, entries with "_origin": "sign-in"). Sanitized unless
// `--har-include-credentials`, which puts the token and the secret header values back, in the
// headers that carried them, and says so on stderr; a sign-in's credentials stay masked.
class HarRecorder
{
public:
    explicit HarRecorder(const CommandContext &context) : m_context(context) {}

    bool isOn() const { return !m_context.args.har.isEmpty(); }
    void add(const Net::Exchange &exchange, const QString &source = {});
    // Writes the file; on failure prints why and returns false.
    bool write() const;

private:
    struct Recorded
    {
        Net::Exchange exchange;
        QString source;
    };
    const CommandContext m_context; // a copy: the command's own may be gone when it is written
    QList<Recorded> m_exchanges;
};

} // namespace Parlance::Cli
