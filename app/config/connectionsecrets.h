#pragma once

#include "core/connection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parlance::Config {

class ProfileStore;
class SecretStore;

// What a saved connection keeps in the keychain (or, as the user chose, a 0600 file or memory
// for the session), read in one go.
struct ConnectionSecrets
{
    QString token;
    bool tokenFound = false;
    Core::HttpHeaders headers;        // the secret headers' values that were found
    QList<QByteArray> missingHeaders; // asked for, but nothing is stored
    bool usedFallback = false;        // something came from the 0600 files
    QString error; // tr() text: the first read that failed, other than for want of a value
};

// Reads the token stored under `storedAs` (when `withToken`) and the values of `headers`, one
// after the other, and answers once, from the event loop.
void readConnectionSecrets(SecretStore *secrets, const QString &storedAs, bool withToken,
                           const QList<QByteArray> &headers,
                           std::function<void(const ConnectionSecrets &)> done);

// The secret headers of a connection as ProfileStore reads it whose values are kept elsewhere:
// those without a value in the file.
QList<QByteArray> headersInKeychain(const Core::Connection &saved);

// `headers` with each of `values` put into the first secret header of its name that has no
// value yet.
Core::HttpHeaders withSecretValues(Core::HttpHeaders headers, const Core::HttpHeaders &values);

// Moves the secret header values that `name`'s entry in the connections file still holds in
// plain text (written before they went to the keychain) into the keychain, and out of the file.
// Into the keychain only: a value it does not take stays in the file as before, and the answer
// has a tr() notice saying so, one per value; empty when nothing stayed. Answers from the event
// loop.
void moveHeaderSecretsToKeychain(ProfileStore *profiles, SecretStore *secrets, const QString &name,
                                 std::function<void(const QStringList &notices)> done);

// A saved connection made ready for requests.
struct LoadedConnection
{
    bool ok = false; // false: there is no such connection
    // Secret header values filled in; a secret header with nothing stored is left out rather
    // than sent empty.
    Core::Connection connection;
    QString token;
    bool usedFallback = false;
    // tr() texts for the user: what could not be read, what stays in plain text and why.
    QStringList problems;
};

// What opening a saved connection takes: its plain-text secret header values moved to the
// keychain (moveHeaderSecretsToKeychain), then its token (unless it signs in with none) and
// secret header values read. Answers from the event loop; a connection with nothing to read or
// move (no token needed, no secret headers) is answered at once, from inside the call.
void loadSavedConnection(ProfileStore *profiles, SecretStore *secrets, const QString &name,
                         std::function<void(const LoadedConnection &)> done);

} // namespace Parlance::Config
