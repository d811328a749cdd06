#include "workspace/signinlog.h"

#include "auth/signintraffic.h"
#include "engine/exchangelog.h"

#include <QHash>

#include <memory>

namespace Parlance::Workspace {

void logSignIns(QNetworkAccessManager *network, Engine::ExchangeLog *log)
{
    using Auth::SignInTraffic;
    SignInTraffic *traffic = SignInTraffic::of(network);
    // Sign-in requests may overlap (several connections): each finishes its own entry.
    auto open = std::make_shared<QHash<quint64, quint64>>(); // request -> log entry
    QObject::connect(traffic, &SignInTraffic::exchangeStarted, log,
                     [log, open](quint64 request, const Net::Exchange &exchange) {
                         open->insert(request, log->begin(exchange));
                     });
    QObject::connect(traffic, &SignInTraffic::exchangeRecorded, log,
                     [log, open](quint64 request, const Net::Exchange &exchange) {
                         if (const quint64 entry = open->take(request))
                             log->finish(entry, exchange);
                         else
                             log->append(exchange);
                     });
}

} // namespace Parlance::Workspace
