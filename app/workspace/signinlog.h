#pragma once

class QNetworkAccessManager;

namespace Parlance::Engine {
class ExchangeLog;
}

namespace Parlance::Workspace {

// Lists the sign-in requests sent through `network` (Auth::SignInTraffic: masked) in `log`,
// each as it is sent and completed when it is over, so the inspector shows how a token was got
// next to the requests it was got for.
void logSignIns(QNetworkAccessManager *network, Engine::ExchangeLog *log);

} // namespace Parlance::Workspace
