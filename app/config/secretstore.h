#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parlance::Config {

class KeychainBackend;

// The secrets of saved connections (tokens, and the values of secret extra headers) in the OS
// keychain through QtKeychain (Secret Service, Keychain, Credential Manager), which the
// parlance-keychain module brings in on first use (see keychainbackend.h). Every call is
// asynchronous and answers through `done` from the event loop, never from inside the call, so
// the GUI thread never waits on a keychain prompt or D-Bus.
//
// Without a usable keychain (no Secret Service on the session bus, no session bus at all) the
// store falls back to one file per secret in a 0700 folder, each file 0600, and says so in
// fallbackWarning(); so does a missing keychain module. Answers stop arriving when the store is
// destroyed.
//
// The GUI does not let a secret fall into a file unasked: it writes with writeToKeychain(), and
// when the keychain fails (absent, or locked and its prompt dismissed) asks the user whether to
// try again, keep the secret for this session only (keepForSession: memory, never written) or
// store it in the file (writeToFile).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QString service = QStringLiteral("Parlance"), QObject *parent = nullptr);
    ~SecretStore() override;

    // One secret of a saved connection: its token, or the value of one of its extra headers.
    struct Entry
    {
        QString connection;
        QByteArray header; // empty for the token; compared case-insensitively
        // Non-empty: a secret a sign-in keeps for the connection (an OAuth refresh token,
        // "oauth-refresh-token"), rather than its token or a header's value.
        QByteArray signIn;

        static Entry token(const QString &connection) { return {connection, {}, {}}; }
        static Entry headerValue(const QString &connection, const QByteArray &header)
        {
            return {connection, header, {}};
        }
        static Entry signInSecret(const QString &connection, const QByteArray &name)
        {
            return {connection, {}, name};
        }
        bool isToken() const { return header.isEmpty() && signIn.isEmpty(); }
    };

    struct Result
    {
        bool ok = false;
        QString token; // read: the secret (the token, or the header's value)
        QString error; // tr() text when !ok
        bool usedFallback = false;
        bool notFound = false;       // read: nothing is stored, as opposed to a keychain failure
        bool keychainFailed = false; // writeToKeychain: the keychain did not take it
        bool sessionOnly = false;    // read: kept in memory for this session only
    };
    using Callback = std::function<void(const Result &)>;

    void read(const Entry &entry, Callback done);
    void write(const Entry &entry, const QString &secret, Callback done);
    // Succeeds when nothing was stored, too.
    void remove(const Entry &entry, Callback done);
    // Into the keychain or nowhere: never falls back to the file.
    void writeToKeychain(const Entry &entry, const QString &secret, Callback done);
    // Into the private file (mode 0600, not encrypted), as the user chose.
    void writeToFile(const Entry &entry, const QString &secret, Callback done);
    // Held in memory until this store goes: read() answers with it and nothing is written.
    // A later write or remove of the same entry replaces it.
    void keepForSession(const Entry &entry, const QString &secret);

    // The same for a connection's token.
    void readToken(const QString &connectionName, Callback done)
    {
        read(Entry::token(connectionName), std::move(done));
    }
    void writeToken(const QString &connectionName, const QString &token, Callback done)
    {
        write(Entry::token(connectionName), token, std::move(done));
    }
    void removeToken(const QString &connectionName, Callback done)
    {
        remove(Entry::token(connectionName), std::move(done));
    }
    void writeTokenToKeychain(const QString &connectionName, const QString &token, Callback done)
    {
        writeToKeychain(Entry::token(connectionName), token, std::move(done));
    }
    void writeTokenToFile(const QString &connectionName, const QString &token, Callback done)
    {
        writeToFile(Entry::token(connectionName), token, std::move(done));
    }
    void keepTokenForSession(const QString &connectionName, const QString &token)
    {
        keepForSession(Entry::token(connectionName), token);
    }

    // The connections that have a secret held for this session only.
    QStringList sessionOnlyConnections() const;

    bool usingFallback() const { return m_usingFallback; } // once the keychain proved unavailable
    QString fallbackWarning() const;                       // empty until usingFallback()
    QString fallbackReason() const { return m_fallbackReason; } // the keychain's own message

    // Default QStandardPaths::AppDataLocation + "/secrets".
    void setFallbackDirectory(const QString &dir);
    QString fallbackDirectory() const { return m_fallbackDirectory; }
    // The file that holds the entry when the keychain is unavailable.
    QString fallbackFilePath(const Entry &entry) const;
    QString fallbackFilePath(const QString &connectionName) const
    {
        return fallbackFilePath(Entry::token(connectionName));
    }

    QString service() const { return m_service; }
    // The keychain key: "connection/<name>" for a token, as it always was, and
    // "header/<lower-case header name>/<name>" for a header's value, "signin/<secret>/<name>"
    // for a sign-in's.
    static QString keyFor(const Entry &entry);
    // "the token of "prod"", "the value of the header X-Api-Key of "prod"", for messages.
    static QString describe(const Entry &entry);

private:
    struct SessionSecret
    {
        Entry entry;
        QString secret;
    };

    KeychainBackend *backend(); // null, having switched to the fallback, when it cannot load
    void answer(const Callback &done, const Result &result);
    Result refusal(const Entry &entry, const QString &secret) const; // ok when the call may go on
    Result readFallback(const Entry &entry) const;
    Result writeFallback(const Entry &entry, const QString &secret) const;
    Result removeFallback(const Entry &entry) const;
    void switchToFallback(const QString &reason);

    QString m_service;
    QString m_fallbackDirectory;
    QString m_fallbackReason;
    bool m_usingFallback = false;
    QMap<QString, SessionSecret> m_sessionSecrets; // by keyFor()
};

} // namespace Parlance::Config
