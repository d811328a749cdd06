#pragma once

#include "cli/commands.h"
#include "net/exchange.h"

#include <QList>
#include <QString>

namespace Parlance::Cli {

// `--har FILE`: keeps every exchange of the command (each attempt and redirect hop, of every
// column) and writes them as one HAR 1.2 file when the command is over. Sanitized unless
// `--har-include-credentials`, which puts the token and the secret header values back, in the
// headers that carried them, and says so on stderr.
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
