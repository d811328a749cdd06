#include "config/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

namespace Parlance::Config {

namespace {

// QtKeychain reports a missing Secret Service as OtherError (sometimes AccessDenied) carrying
// the GLib/D-Bus message: no session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY",
// "Could not connect: ..."), nobody owning org.freedesktop.secrets, or a daemon without a login
// collection ("Object does not exist at path /org/freedesktop/secrets/collection/login").
// Other failures (a locked keyring the user would not open, a denied prompt) are reported, not
// papered over with a file.
bool keychainUnavailable(QKeychain::Error code, const QString &message)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError:
    case QKeychain::AccessDenied: {
        static const QLatin1StringView markers[] = {
            QLatin1StringView("D-Bus"),
            QLatin1StringView("DBus"),
            QLatin1StringView("Could not connect"),
            QLatin1StringView("org.freedesktop.secrets"),
            QLatin1StringView("/org/freedesktop/secrets"),
            QLatin1StringView("secret service"),
        };
        for (QLatin1StringView marker : markers) {
            if (message.contains(marker, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        return false;
    }
    return false;
}

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir = kPrivateFile | QFileDevice::ExeOwner;

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_fallbackDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/secrets"))
{}

// Jobs are not children: a job deleted while its D-Bus call is in flight would be called back
// after its death. They delete themselves when done; the `this` context drops their answer.
SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &connectionName) const
{
    return QStringLiteral("connection/") + connectionName;
}

QString SecretStore::fallbackFilePath(const QString &connectionName) const
{
    // Hashed, so any name (slashes, dots, 300 characters) becomes one safe file name.
    const QByteArray id = m_service.toUtf8() + '\n' + keyFor(connectionName).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex();
    return m_fallbackDirectory + QLatin1Char('/') + QString::fromLatin1(hash)
           + QStringLiteral(".token");
}

void SecretStore::setFallbackDirectory(const QString &dir)
{
    m_fallbackDirectory = dir;
}

QString SecretStore::fallbackWarning() const
{
    if (!m_usingFallback)
        return {};
    return tr("No system keychain is available, so tokens are stored in %1 in files only you can "
              "read (mode 0600). Start a keychain (for example GNOME Keyring or KWallet) to keep "
              "them encrypted.")
        .arg(QDir::toNativeSeparators(m_fallbackDirectory));
}

void SecretStore::switchToFallback(const QString &reason)
{
    m_usingFallback = true;
    m_fallbackReason = reason;
}

void SecretStore::answer(const Callback &done, const Result &result)
{
    QMetaObject::invokeMethod(
        this,
        [done, result] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

void SecretStore::readToken(const QString &connectionName, Callback done)
{
    if (connectionName.isEmpty()) {
        answer(done, {false, {}, tr("A token belongs to a named connection."), false, false});
        return;
    }
    if (m_usingFallback) {
        answer(done, readFallback(connectionName));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(connectionName));
    connect(job, &QKeychain::Job::finished, this, [this, job, connectionName, done] {
        Result result;
        const QKeychain::Error code = job->error();
        if (code == QKeychain::NoError) {
            result.ok = true;
            result.token = job->textData();
        } else if (code == QKeychain::EntryNotFound) {
            // Saved while the keychain was away (a CLI run over ssh): the file still holds it.
            result = readFallback(connectionName);
            if (!result.ok)
                result.usedFallback = false;
        } else if (keychainUnavailable(code, job->errorString())) {
            switchToFallback(job->errorString());
            result = readFallback(connectionName);
        } else {
            result.error = tr("The keychain could not read the token for \"%1\": %2")
                               .arg(connectionName, job->errorString());
        }
        if (result.notFound)
            result.error = tr("No token is stored for the connection \"%1\".").arg(connectionName);
        if (done)
            done(result);
    });
    job->start();
}

void SecretStore::writeToken(const QString &connectionName, const QString &token, Callback done)
{
    if (connectionName.isEmpty()) {
        answer(done, {false, {}, tr("A token belongs to a named connection."), false, false});
        return;
    }
    if (token.isEmpty()) {
        answer(done, {false, {}, tr("The token is empty."), false, false});
        return;
    }
    if (m_usingFallback) {
        answer(done, writeFallback(connectionName, token));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(connectionName));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, connectionName, token, done] {
        Result result;
        const QKeychain::Error code = job->error();
        if (code == QKeychain::NoError) {
            result.ok = true;
            // The keychain holds it now; a copy left from a keychain-less run must not linger.
            QFile::remove(fallbackFilePath(connectionName));
        } else if (keychainUnavailable(code, job->errorString())) {
            switchToFallback(job->errorString());
            result = writeFallback(connectionName, token);
        } else {
            result.error = tr("The keychain could not store the token for \"%1\": %2")
                               .arg(connectionName, job->errorString());
        }
        if (done)
            done(result);
    });
    job->start();
}

void SecretStore::removeToken(const QString &connectionName, Callback done)
{
    if (connectionName.isEmpty()) {
        answer(done, {false, {}, tr("A token belongs to a named connection."), false, false});
        return;
    }
    if (m_usingFallback) {
        answer(done, removeFallback(connectionName));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(connectionName));
    connect(job, &QKeychain::Job::finished, this, [this, job, connectionName, done] {
        Result result;
        const QKeychain::Error code = job->error();
        if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
            result = removeFallback(connectionName);
            result.usedFallback = false;
        } else if (keychainUnavailable(code, job->errorString())) {
            switchToFallback(job->errorString());
            result = removeFallback(connectionName);
        } else {
            result.error = tr("The keychain could not remove the token for \"%1\": %2")
                               .arg(connectionName, job->errorString());
        }
        if (done)
            done(result);
    });
    job->start();
}

SecretStore::Result SecretStore::readFallback(const QString &connectionName) const
{
    Result result;
    result.usedFallback = true;
    const QString path = fallbackFilePath(connectionName);
    QFile file(path);
    if (!file.exists()) {
        result.notFound = true;
        result.error = tr("No token is stored for the connection \"%1\".").arg(connectionName);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the token file %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    result.token = QString::fromUtf8(file.readAll()).trimmed();
    return result;
}

SecretStore::Result SecretStore::writeFallback(const QString &connectionName,
                                               const QString &token) const
{
    Result result;
    result.usedFallback = true;
    const QString nativeDir = QDir::toNativeSeparators(m_fallbackDirectory);
    if (!QDir().mkpath(m_fallbackDirectory)
        || !QFile::setPermissions(m_fallbackDirectory, kPrivateDir)) {
        result.error = tr("Cannot create the private folder %1 for tokens.").arg(nativeDir);
        return result;
    }
    const QString path = fallbackFilePath(connectionName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write the token file %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Private before the first byte of the secret is written, not after.
    if (!file.setPermissions(kPrivateFile)) {
        file.cancelWriting();
        result.error = tr("Cannot make the token file %1 private; the token was not stored.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    file.write(token.toUtf8());
    if (!file.commit()) {
        result.error = tr("Cannot write the token file %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

SecretStore::Result SecretStore::removeFallback(const QString &connectionName) const
{
    Result result;
    result.usedFallback = true;
    const QString path = fallbackFilePath(connectionName);
    QFile file(path);
    if (file.exists() && !file.remove()) {
        result.error = tr("Cannot remove the token file %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Parlance::Config
