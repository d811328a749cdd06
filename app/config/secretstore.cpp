#include "config/secretstore.h"

#include "config/keychainbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

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

QString SecretStore::keyFor(const Entry &entry)
{
    if (entry.isToken())
        return QStringLiteral("connection/") + entry.connection;
    if (!entry.signIn.isEmpty())
        return QStringLiteral("signin/") + QString::fromLatin1(entry.signIn) + QLatin1Char('/')
               + entry.connection;
    // Its own prefix, and the header name (lower-case, as HTTP compares it) before the connection
    // name: a connection name may hold slashes, so "connection/<name>/header/..." could be
    // another connection's token. Percent-encoding keeps a '/' in a hand-edited header name
    // from shifting the split.
    return QStringLiteral("header/")
           + QString::fromLatin1(
               QUrl::toPercentEncoding(QString::fromLatin1(entry.header.trimmed().toLower())))
           + QLatin1Char('/') + entry.connection;
}

QString SecretStore::describe(const Entry &entry)
{
    if (entry.isToken())
        return tr("the token of \"%1\"").arg(entry.connection);
    if (!entry.signIn.isEmpty())
        return tr("the sign-in (%1) of \"%2\"")
            .arg(QString::fromLatin1(entry.signIn), entry.connection);
    return tr("the value of the header %1 of \"%2\"")
        .arg(QString::fromLatin1(entry.header), entry.connection);
}

QString SecretStore::fallbackFilePath(const Entry &entry) const
{
    // Hashed, so any name (slashes, dots, 300 characters) becomes one safe file name.
    const QByteArray id = m_service.toUtf8() + '\n' + keyFor(entry).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex();
    return m_fallbackDirectory + QLatin1Char('/') + QString::fromLatin1(hash)
           + QStringLiteral(".token");
}

void SecretStore::setFallbackDirectory(const QString &dir)
{
    m_fallbackDirectory = dir;
}

QStringList SecretStore::sessionOnlyConnections() const
{
    QStringList names;
    for (const SessionSecret &kept : m_sessionSecrets) {
        if (!names.contains(kept.entry.connection))
            names.append(kept.entry.connection);
    }
    return names;
}

QString SecretStore::fallbackWarning() const
{
    if (!m_usingFallback)
        return {};
    return tr("No system keychain is available, so tokens and secret header values are stored in "
              "%1 in files only you can read (mode 0600). Start a keychain (for example GNOME "
              "Keyring or KWallet) to keep them encrypted.")
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

SecretStore::Result SecretStore::refusal(const Entry &entry, const QString &secret) const
{
    Result result;
    if (entry.connection.isEmpty())
        result.error = tr("A secret belongs to a named connection.");
    else if (secret.isEmpty())
        result.error = tr("There is nothing to store: %1 is empty.").arg(describe(entry));
    else
        result.ok = true;
    return result;
}

void SecretStore::read(const Entry &entry, Callback done)
{
    if (entry.connection.isEmpty()) {
        answer(done, refusal(entry, {}));
        return;
    }
    if (const auto kept = m_sessionSecrets.constFind(keyFor(entry));
        kept != m_sessionSecrets.cend()) {
        Result result;
        result.ok = true;
        result.token = kept->secret;
        result.sessionOnly = true;
        answer(done, result);
        return;
    }
    if (m_usingFallback) {
        answer(done, readFallback(entry));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, readFallback(entry));
        return;
    }
    keychain->read(m_service, keyFor(entry), this,
                   [this, entry, done](const KeychainOutcome &outcome) {
                       Result result;
                       switch (outcome.status) {
                       case KeychainOutcome::Status::Ok:
                           result.ok = true;
                           result.token = outcome.secret;
                           break;
                       case KeychainOutcome::Status::NotFound:
                           // Saved while the keychain was away (a CLI run over ssh): the file
                           // still holds it.
                           result = readFallback(entry);
                           if (!result.ok)
                               result.usedFallback = false;
                           break;
                       case KeychainOutcome::Status::Unavailable:
                           switchToFallback(outcome.message);
                           result = readFallback(entry);
                           break;
                       case KeychainOutcome::Status::Failed:
                           result.error = tr("The keychain could not read %1: %2")
                                              .arg(describe(entry), outcome.message);
                           break;
                       }
                       if (done)
                           done(result);
                   });
}

void SecretStore::write(const Entry &entry, const QString &secret, Callback done)
{
    if (const Result refused = refusal(entry, secret); !refused.ok) {
        answer(done, refused);
        return;
    }
    // Stored for good, it replaces a secret kept for the session; a failed write keeps that one.
    done = [this, key = keyFor(entry), caller = std::move(done)](const Result &result) {
        if (result.ok)
            m_sessionSecrets.remove(key);
        if (caller)
            caller(result);
    };
    if (m_usingFallback) {
        answer(done, writeFallback(entry, secret));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, writeFallback(entry, secret));
        return;
    }
    keychain->write(m_service, keyFor(entry), secret, this,
                    [this, entry, secret, done](const KeychainOutcome &outcome) {
                        Result result;
                        switch (outcome.status) {
                        case KeychainOutcome::Status::Ok:
                            result.ok = true;
                            // The keychain holds it now; a copy left from a keychain-less run must
                            // not linger.
                            QFile::remove(fallbackFilePath(entry));
                            break;
                        case KeychainOutcome::Status::Unavailable:
                            switchToFallback(outcome.message);
                            result = writeFallback(entry, secret);
                            break;
                        case KeychainOutcome::Status::NotFound:
                        case KeychainOutcome::Status::Failed:
                            result.error = tr("The keychain could not store %1: %2")
                                               .arg(describe(entry), outcome.message);
                            break;
                        }
                        if (done)
                            done(result);
                    });
}

void SecretStore::remove(const Entry &entry, Callback done)
{
    if (entry.connection.isEmpty()) {
        answer(done, refusal(entry, {}));
        return;
    }
    m_sessionSecrets.remove(keyFor(entry));
    if (m_usingFallback) {
        answer(done, removeFallback(entry));
        return;
    }
    KeychainBackend *keychain = backend();
    if (!keychain) {
        answer(done, removeFallback(entry));
        return;
    }
    keychain->remove(m_service, keyFor(entry), this,
                     [this, entry, done](const KeychainOutcome &outcome) {
                         Result result;
                         switch (outcome.status) {
                         case KeychainOutcome::Status::Ok:
                         case KeychainOutcome::Status::NotFound:
                             result = removeFallback(entry);
                             result.usedFallback = false;
                             break;
                         case KeychainOutcome::Status::Unavailable:
                             switchToFallback(outcome.message);
                             result = removeFallback(entry);
                             break;
                         case KeychainOutcome::Status::Failed:
                             result.error = tr("The keychain could not remove %1: %2")
                                                .arg(describe(entry), outcome.message);
                             break;
                         }
                         if (done)
                             done(result);
                     });
}

void SecretStore::writeToKeychain(const Entry &entry, const QString &secret, Callback done)
{
    if (const Result refused = refusal(entry, secret); !refused.ok) {
        answer(done, refused);
        return;
    }
    const auto failed = [entry](const QString &why) {
        Result result;
        result.keychainFailed = true;
        result.error = tr("The keychain could not store %1: %2").arg(describe(entry), why);
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
    keychain->write(m_service, keyFor(entry), secret, this,
                    [this, entry, failed, done](const KeychainOutcome &outcome) {
                        Result result;
                        if (outcome.status == KeychainOutcome::Status::Ok) {
                            result.ok = true;
                            m_sessionSecrets.remove(keyFor(entry));
                            QFile::remove(fallbackFilePath(entry));
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

void SecretStore::writeToFile(const Entry &entry, const QString &secret, Callback done)
{
    Result result = refusal(entry, secret);
    if (result.ok) {
        result = writeFallback(entry, secret);
        if (result.ok)
            m_sessionSecrets.remove(keyFor(entry));
    }
    answer(done, result);
}

void SecretStore::keepForSession(const Entry &entry, const QString &secret)
{
    if (!entry.connection.isEmpty())
        m_sessionSecrets.insert(keyFor(entry), {entry, secret});
}

SecretStore::Result SecretStore::readFallback(const Entry &entry) const
{
    Result result;
    result.usedFallback = true;
    const QString path = fallbackFilePath(entry);
    QFile file(path);
    if (!file.exists()) {
        result.notFound = true;
        result.error
            = entry.isToken()
                  ? tr("No token is stored for the connection \"%1\".").arg(entry.connection)
                  : tr("No value is stored for the header %1 of the connection \"%2\".")
                        .arg(QString::fromLatin1(entry.header), entry.connection);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error
            = tr("Cannot read %1 from the file %2: %3")
                  .arg(describe(entry), QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    result.token = QString::fromUtf8(file.readAll()).trimmed();
    return result;
}

SecretStore::Result SecretStore::writeFallback(const Entry &entry, const QString &secret) const
{
    Result result;
    result.usedFallback = true;
    const QString nativeDir = QDir::toNativeSeparators(m_fallbackDirectory);
    if (!QDir().mkpath(m_fallbackDirectory)
        || !QFile::setPermissions(m_fallbackDirectory, kPrivateDir)) {
        result.error = tr("Cannot create the private folder %1 for secrets.").arg(nativeDir);
        return result;
    }
    const QString path = fallbackFilePath(entry);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error
            = tr("Cannot write %1 to the file %2: %3")
                  .arg(describe(entry), QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Private before the first byte of the secret is written, not after.
    if (!file.setPermissions(kPrivateFile)) {
        file.cancelWriting();
        result.error = tr("Cannot make the file %1 private, so %2 was not stored.")
                           .arg(QDir::toNativeSeparators(path), describe(entry));
        return result;
    }
    file.write(secret.toUtf8());
    if (!file.commit()) {
        result.error
            = tr("Cannot write %1 to the file %2: %3")
                  .arg(describe(entry), QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

SecretStore::Result SecretStore::removeFallback(const Entry &entry) const
{
    Result result;
    result.usedFallback = true;
    const QString path = fallbackFilePath(entry);
    QFile file(path);
    if (file.exists() && !file.remove()) {
        result.error
            = tr("Cannot remove the file %1 that holds %2: %3")
                  .arg(QDir::toNativeSeparators(path), describe(entry), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Parlance::Config
