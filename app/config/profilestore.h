#pragma once

#include "core/connection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parlance::Config {

// Saved connections, in an INI file beside the other settings. Never a secret: tokens live in
// the keychain (SecretStore), and save() refuses a connection that would carry one into the
// file (a credential header, a password in a URL).
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

    bool save(const Core::Connection &connection); // insert or replace by name
    bool remove(const QString &name);
    bool rename(const QString &from, const QString &to);

    // What the last failing call ran into, said so the user knows what to do; empty after a
    // call that succeeded.
    QString lastError() const { return m_lastError; }

    // Headers that carry credentials of their own; they belong in the keychain, not the file.
    static bool isCredentialHeader(const QByteArray &name);

private:
    std::optional<QList<Core::Connection>> read() const;
    bool write(QList<Core::Connection> connections);
    bool modify(const std::function<bool(QList<Core::Connection> *)> &change);
    bool fail(const QString &error) const;

    QString m_filePath;
    mutable QString m_lastError;
};

} // namespace Parlance::Config
