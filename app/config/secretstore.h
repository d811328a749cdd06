#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parlance::Config {

class KeychainBackend;

// Connection tokens in the OS keychain through QtKeychain (Secret Service, Keychain, Credential
// Manager), which the parlance-keychain module brings in on first use (see keychainbackend.h).
// Every call is asynchronous and answers through `done` from the event loop, never from inside the
// call, so the GUI thread never waits on a keychain prompt or D-Bus.
//
// Without a usable keychain (no Secret Service on the session bus, no session bus at all) the
// store falls back to one file per connection in a 0700 folder, each file 0600, and says so in
// fallbackWarning(); so does a missing keychain module. Answers stop arriving when the store is
// destroyed.
//
// The GUI does not let a token fall into a file unasked: it writes with writeTokenToKeychain(),
// and when the keychain fails (absent, or locked and its prompt dismissed) asks the user whether
// to try again, keep the token for this session only (keepTokenForSession: memory, never
// written) or store it in the file (writeTokenToFile).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QString service = QStringLiteral("Parlance"), QObject *parent = nullptr);
    ~SecretStore() override;

    struct Result
    {
        bool ok = false;
        QString token; // readToken only
        QString error; // tr() text when !ok
        bool usedFallback = false;
        bool notFound = false; // readToken: nothing is stored, as opposed to a keychain failure
        bool keychainFailed = false; // writeTokenToKeychain: the keychain did not take it
        bool sessionOnly = false;    // readToken: kept in memory for this session only
    };
    using Callback = std::function<void(const Result &)>;

    void readToken(const QString &connectionName, Callback done);
    void writeToken(const QString &connectionName, const QString &token, Callback done);
    // Succeeds when nothing was stored, too.
    void removeToken(const QString &connectionName, Callback done);

    // Into the keychain or nowhere: never falls back to the file.
    void writeTokenToKeychain(const QString &connectionName, const QString &token, Callback done);
    // Into the private file (mode 0600, not encrypted), as the user chose.
    void writeTokenToFile(const QString &connectionName, const QString &token, Callback done);
    // Held in memory until this store goes: readToken answers with it and nothing is written.
    // A later write or remove of the same connection replaces it.
    void keepTokenForSession(const QString &connectionName, const QString &token);
    QStringList sessionOnlyConnections() const { return m_sessionTokens.keys(); }

    bool usingFallback() const { return m_usingFallback; } // once the keychain proved unavailable
    QString fallbackWarning() const;                       // empty until usingFallback()
    QString fallbackReason() const { return m_fallbackReason; } // the keychain's own message

    // Default QStandardPaths::AppDataLocation + "/secrets".
    void setFallbackDirectory(const QString &dir);
    QString fallbackDirectory() const { return m_fallbackDirectory; }
    // The file that holds `connectionName`'s token when the keychain is unavailable.
    QString fallbackFilePath(const QString &connectionName) const;

    QString service() const { return m_service; }

private:
    QString keyFor(const QString &connectionName) const;
    KeychainBackend *backend(); // null, having switched to the fallback, when it cannot load
    void answer(const Callback &done, const Result &result);
    Result readFallback(const QString &connectionName) const;
    Result writeFallback(const QString &connectionName, const QString &token) const;
    Result removeFallback(const QString &connectionName) const;
    void switchToFallback(const QString &reason);

    QString m_service;
    QString m_fallbackDirectory;
    QString m_fallbackReason;
    bool m_usingFallback = false;
    QMap<QString, QString> m_sessionTokens; // by connection name
};

} // namespace Parlance::Config
