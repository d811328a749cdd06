#pragma once

#include "core/connection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parlance::Config {

// Saved connections, in an INI file beside the other settings. Never a secret: tokens and the
// values of secret headers (Connection::isSecretHeader) live in the keychain (SecretStore); the
// file keeps a secret header's name and "secret=true" in place of its value. save() refuses a
// connection that would carry a credential into the file any other way (an Authorization
// header, a password in a URL).
//
// A file written before secret headers went to the keychain may still hold such a value in plain
// text: read() returns it as it is (plaintextSecrets()), and it stays until dropSecretValues()
// says it is stored elsewhere (Config::moveHeaderSecretsToKeychain, or the settings dialog).
//
// Every change rewrites the whole file the qBittorrent way: QSettings writes a sibling
// "<file>_new", and only a clean sync() is renamed over the original, so a full disk or a crash
// leaves the previous file whole.
class ProfileStore
{
public:
    explicit ProfileStore(QString filePath = defaultFilePath());

    // QStandardPaths::AppConfigLocation + "/connections.ini"
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    QList<Core::Connection> connections() const; // sorted by name
    std::optional<Core::Connection> connection(const QString &name) const;
    QStringList names() const; // sorted like connections()

    // Insert or replace by name. Secret header values are left out (store them with SecretStore),
    // except one the file already holds in plain text for this connection: it stays until
    // dropSecretValues(), so a keychain that fails cannot lose it.
    bool save(const Core::Connection &connection);
    bool remove(const QString &name);
    bool rename(const QString &from, const QString &to);

    // What the last failing call ran into, said so the user knows what to do; empty after a
    // call that succeeded.
    QString lastError() const { return m_lastError; }

    // Removes from `name`'s entry the plain-text values in `stored` (secret headers with the
    // same name and value), now that they are kept elsewhere. Succeeds, writing nothing, when
    // there is none.
    bool dropSecretValues(const QString &name, const Core::HttpHeaders &stored);

    // Authorization: what the Token field sends. As an extra header it would go out twice.
    static bool isTokenHeader(const QByteArray &name);
    // The secret headers of a connection as read() returns it that still hold their value in
    // plain text.
    static Core::HttpHeaders plaintextSecrets(const Core::Connection &connection);
    // The connection with every secret header's value emptied, and its marks (secretHeaders) as
    // read() returns them: what the file may hold.
    static Core::Connection withoutSecretValues(Core::Connection connection);

private:
    std::optional<QList<Core::Connection>> read() const;
    bool write(QList<Core::Connection> connections);
    bool modify(const std::function<bool(QList<Core::Connection> *)> &change);
    bool fail(const QString &error) const;

    QString m_filePath;
    mutable QString m_lastError;
};

} // namespace Parlance::Config
