#pragma once

#include "config/secretstore.h"
#include "settings/connectiondraft.h"
#include "settings/keychainfailureprompt.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Parlance::Config {
class ProfileStore;
} // namespace Parlance::Config

namespace Parlance::Ui {

// Writes what the settings dialog edited: connections (proxy and CA settings included) to
// ProfileStore, tokens and secret header values to the keychain. The keychain is asynchronous,
// so this is a sequence of steps run from the event loop:
//   1. read the secrets that have to move (renamed or duplicated connections whose secrets were
//      never shown); if one cannot be read, stop before anything is changed;
//   2. rewrite the connection files (secret header values left out);
//   3. remove the secrets of removed connections and of headers that are gone, then write the
//      new and changed ones. A header value an older file held in plain text is written like a
//      changed one, and leaves the file once stored.
// A secret goes to the keychain only. When the keychain will not take it, the failure handler
// decides (the dialog asks the user): try again, keep it for the session, or the 0600 file.
class ConnectionSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSaver)

public:
    ConnectionSaver(Config::ProfileStore *store, Config::SecretStore *secrets,
                    QObject *parent = nullptr);
    ~ConnectionSaver() override;

    // `originalNames`: the saved connections the dialog started from; those missing from
    // `drafts` are removed, with their secrets. Connections saved meanwhile by someone else
    // (parlance-cli) are left alone.
    void start(QList<ConnectionDraft> drafts, QStringList originalNames);

    // Asked with the connection's name and the keychain's error; without one a failure stops
    // the save, as any other.
    using KeychainFailureHandler = std::function<void(
        const QString &connectionName, const QString &error, KeychainFailurePrompt::Answer)>;
    void setKeychainFailureHandler(KeychainFailureHandler handler);

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; } // what went wrong and what to do; empty when ok
    bool changedAnything() const { return m_changed; }
    // The drafts as saved, with the tokens read in step 1: after a failure the dialog keeps
    // them, since their keychain entries may already be gone.
    const QList<ConnectionDraft> &drafts() const { return m_drafts; }

signals:
    void finished(bool ok);

private:
    using Step = std::function<void()>;

    using Entry = Config::SecretStore::Entry;

    void queueSecretReads();
    void saveFiles();
    void queueSecretWrites();
    void queueHeaderWrites(const ConnectionDraft &draft);
    void queueRemoval(const Entry &entry);
    void storeSecret(const Entry &entry, const QString &secret);
    void stored(const Entry &entry, const QString &secret);
    void secretStepDone(const Entry &entry, bool ok, const QString &error);
    void next();
    void fail(const QString &error);

    Config::ProfileStore *m_store;
    Config::SecretStore *m_secrets;
    KeychainFailureHandler m_keychainFailure;

    QList<ConnectionDraft> m_drafts;
    QStringList m_originalNames;
    QMap<QString, QList<QByteArray>> m_storedSecretHeaders; // of m_originalNames, as saved
    QList<Step> m_steps;
    QString m_error;
    bool m_running = false;
    bool m_changed = false;
};

} // namespace Parlance::Ui
