#include "config/secretstore.h"

#include "config/keychainbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Parlance::Config {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir = kPrivateFile | QFileDevice::ExeOwner;

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_fallbackDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/secrets"))
{}

// Keychain operations in flight answer with `this` as their context: none arrives after this.
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

KeychainBackend *SecretStore::backend()
{
    QString error;
    KeychainBackend *backend = keychainBackend(&error);
    if (!backend)
        switchToFallback(error);
    return backend;
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
    if (const auto kept = m_sessionTokens.constFind(connectionName);
        kept != m_sessionTokens.cend()) {
        Result result;
        result.ok = true;
        result.token = *kept;
        result.sessionOnly = true;
        answer(done, result);
        return;
    }
    if (m_usingFallback) {
        answer(done, readFallback(connectionName));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, readFallback(connectionName));
        return;
    }
    keychain->read(
        m_service, keyFor(connectionName), this,
        [this, connectionName, done](const KeychainOutcome &outcome) {
            Result result;
            switch (outcome.status) {
            case KeychainOutcome::Status::Ok:
                result.ok = true;
                result.token = outcome.secret;
                break;
            case KeychainOutcome::Status::NotFound:
                // Saved while the keychain was away (a CLI run over ssh): the file still holds it.
                result = readFallback(connectionName);
                if (!result.ok)
                    result.usedFallback = false;
                break;
            case KeychainOutcome::Status::Unavailable:
                switchToFallback(outcome.message);
                result = readFallback(connectionName);
                break;
            case KeychainOutcome::Status::Failed:
                result.error = tr("The keychain could not read the token for \"%1\": %2")
                                   .arg(connectionName, outcome.message);
                break;
            }
            if (result.notFound)
                result.error
                    = tr("No token is stored for the connection \"%1\".").arg(connectionName);
            if (done)
                done(result);
        });
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
    // Stored for good, it replaces a token kept for the session; a failed write keeps that one.
    done = [this, connectionName, caller = std::move(done)](const Result &result) {
        if (result.ok)
            m_sessionTokens.remove(connectionName);
        if (caller)
            caller(result);
    };
    if (m_usingFallback) {
        answer(done, writeFallback(connectionName, token));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, writeFallback(connectionName, token));
        return;
    }
    keychain->write(m_service, keyFor(connectionName), token, this,
                    [this, connectionName, token, done](const KeychainOutcome &outcome) {
                        Result result;
                        switch (outcome.status) {
                        case KeychainOutcome::Status::Ok:
                            result.ok = true;
                            // The keychain holds it now; a copy left from a keychain-less run must
                            // not linger.
                            QFile::remove(fallbackFilePath(connectionName));
                            break;
                        case KeychainOutcome::Status::Unavailable:
                            switchToFallback(outcome.message);
                            result = writeFallback(connectionName, token);
                            break;
                        case KeychainOutcome::Status::NotFound:
                        case KeychainOutcome::Status::Failed:
                            result.error
                                = tr("The keychain could not store the token for \"%1\": %2")
                                      .arg(connectionName, outcome.message);
                            break;
                        }
                        if (done)
                            done(result);
                    });
}

void SecretStore::removeToken(const QString &connectionName, Callback done)
{
    if (connectionName.isEmpty()) {
        answer(done, {false, {}, tr("A token belongs to a named connection."), false, false});
        return;
    }
    m_sessionTokens.remove(connectionName);
    if (m_usingFallback) {
        answer(done, removeFallback(connectionName));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, removeFallback(connectionName));
        return;
    }
    keychain->remove(m_service, keyFor(connectionName), this,
                     [this, connectionName, done](const KeychainOutcome &outcome) {
                         Result result;
                         switch (outcome.status) {
                         case KeychainOutcome::Status::Ok:
                         case KeychainOutcome::Status::NotFound:
                             result = removeFallback(connectionName);
                             result.usedFallback = false;
                             break;
                         case KeychainOutcome::Status::Unavailable:
                             switchToFallback(outcome.message);
                             result = removeFallback(connectionName);
                             break;
                         case KeychainOutcome::Status::Failed:
                             result.error
                                 = tr("The keychain could not remove the token for \"%1\": %2")
                                       .arg(connectionName, outcome.message);
                             break;
                         }
                         if (done)
                             done(result);
                     });
}

void SecretStore::writeTokenToKeychain(const QString &connectionName, const QString &token,
                                       Callback done)
{
    if (connectionName.isEmpty() || token.isEmpty()) {
        writeToken(connectionName, token, std::move(done)); // the same refusals
        return;
    }
    const auto failed = [connectionName](const QString &why) {
        Result result;
        result.keychainFailed = true;
        result.error
            = tr("The keychain could not store the token for \"%1\": %2").arg(connectionName, why);
        return result;
    };
    QString error;
    KeychainBackend *keychain = keychainBackend(&error);
    if (!keychain) {
        switchToFallback(error);
        answer(done, failed(error));
        return;
    }
    // Tried even when the keychain was missing before: trying again is what the user asked for.
    keychain->write(m_service, keyFor(connectionName), token, this,
                    [this, connectionName, failed, done](const KeychainOutcome &outcome) {
                        Result result;
                        if (outcome.status == KeychainOutcome::Status::Ok) {
                            result.ok = true;
                            m_sessionTokens.remove(connectionName);
                            QFile::remove(fallbackFilePath(connectionName));
                            // It is back: reads must look there again, not in the folder.
                            m_usingFallback = false;
                            m_fallbackReason.clear();
                        } else {
                            if (outcome.status == KeychainOutcome::Status::Unavailable)
                                switchToFallback(outcome.message);
                            result = failed(outcome.message);
                        }
                        if (done)
                            done(result);
                    });
}

void SecretStore::writeTokenToFile(const QString &connectionName, const QString &token,
                                   Callback done)
{
    if (connectionName.isEmpty() || token.isEmpty()) {
        writeToken(connectionName, token, std::move(done)); // the same refusals
        return;
    }
    const Result result = writeFallback(connectionName, token);
    if (result.ok)
        m_sessionTokens.remove(connectionName);
    answer(done, result);
}

void SecretStore::keepTokenForSession(const QString &connectionName, const QString &token)
{
    if (!connectionName.isEmpty())
        m_sessionTokens.insert(connectionName, token);
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
