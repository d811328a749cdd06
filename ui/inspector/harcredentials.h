#pragma once

#include "core/httprequest.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parlance::Config {
class ProfileStore;
class SecretStore;
} // namespace Parlance::Config

namespace Parlance::Ui {

// The real credential headers for a HAR export that includes them, per scheme://host:port.
struct HarCredentials
{
    QHash<QString, Core::HttpHeaders> byAuthority;
    QList<QByteArray> secretHeaders; // names the saved connections mark secret
    QStringList problems;            // tr() texts: what could not be found or read
};

// Finds the credentials for `authorities` and answers once, from the event loop.
using HarCredentialReader = std::function<void(const QStringList &authorities,
                                               std::function<void(const HarCredentials &)> done)>;

// Reads them from the saved connections whose host is one of the authorities: their tokens and
// secret header values, from the keychain, one connection after another (never blocking).
// The first saved connection for a host wins; a host no saved connection serves (an
// environment connection, the demo gateway) is named in `problems`.
HarCredentialReader savedConnectionCredentials(Config::ProfileStore *profiles,
                                               Config::SecretStore *secrets);

} // namespace Parlance::Ui
