#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Parlance::Config {

// What one keychain operation came to, in the terms SecretStore acts on.
struct KeychainOutcome
{
    enum class Status {
        Ok,
        NotFound,    // nothing is stored under the key
        Unavailable, // no keychain to talk to (no Secret Service, no session bus, no module)
        Failed,      // the keychain answered with an error (locked, denied, ...)
    };
    Status status = Status::Failed;
    QString secret;  // read: the stored text
    QString message; // the keychain's own words when not Ok
};

// The system keychain as SecretStore uses it. The implementation lives in a module of its own
// (parlance-keychain), loaded on first use: QtKeychain brings QtDBus, libdbus, libsecret and
// GLib's crypto into the process, which a command-line run with a token from the environment
// should not pay for at start-up.
class KeychainBackend
{
public:
    using Done = std::function<void(const KeychainOutcome &)>;

    virtual ~KeychainBackend() = default;

    // Each answers through `done` later, from the event loop, never from inside the call; no
    // answer comes once `context` is destroyed.
    virtual void read(const QString &service, const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &service, const QString &key, const QString &secret,
                       QObject *context, Done done)
        = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context, Done done)
        = 0;
};

// Bumped whenever KeychainBackend changes, so a stale module is refused instead of called.
inline constexpr int kKeychainBackendVersion = 1;

// The module's one entry point: its backend, or null when `version` is not the one it was
// built with. The backend lives as long as the process.
extern "C" using KeychainBackendEntry = KeychainBackend * (*)(int version);
inline constexpr char kKeychainBackendEntryName[] = "parlance_keychain_backend";

// Loads the module the first time it is asked for, from $PARLANCE_PLUGIN_DIR when set, else the
// build tree's plugins folder and the installed library folder. Null, with the reason in
// `error`, when it cannot be loaded.
KeychainBackend *keychainBackend(QString *error);

} // namespace Parlance::Config
