#include "config/connectionsecrets.h"

#include "config/profilestore.h"
#include "config/secretstore.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::ConnectionSecrets)
};

using Entry = SecretStore::Entry;

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// One keychain call after another: a locked keychain then asks the user once, not once per
// header all at the same time.
struct Reading
{
    SecretStore *secrets;
    QList<Entry> entries;
    qsizetype next = 0;
    ConnectionSecrets result;
    std::function<void(const ConnectionSecrets &)> done;
};

void readNext(const std::shared_ptr<Reading> &reading)
{
    if (reading->next == reading->entries.size()) {
        if (reading->done)
            reading->done(reading->result);
        return;
    }
    const Entry entry = reading->entries.at(reading->next++);
    reading->secrets->read(entry, [reading, entry](const SecretStore::Result &answer) {
        ConnectionSecrets &result = reading->result;
        result.usedFallback = result.usedFallback || answer.usedFallback;
        if (answer.ok && entry.isToken()) {
            result.token = answer.token;
            result.tokenFound = true;
        } else if (answer.ok) {
            result.headers.append({entry.header, answer.token.toUtf8()});
        } else if (answer.notFound) {
            if (!entry.isToken())
                result.missingHeaders.append(entry.header);
        } else if (result.error.isEmpty()) {
            result.error = answer.error;
        }
        readNext(reading);
    });
}

struct Moving
{
    ProfileStore *profiles;
    SecretStore *secrets;
    QString name;
    Core::HttpHeaders plaintext;
    qsizetype next = 0;
    Core::HttpHeaders moved;
    QStringList notices;
    std::function<void(const QStringList &)> done;
};

void moveNext(const std::shared_ptr<Moving> &moving)
{
    if (moving->next == moving->plaintext.size()) {
        if (!moving->moved.isEmpty()
            && !moving->profiles->dropSecretValues(moving->name, moving->moved))
            moving->notices.append(moving->profiles->lastError());
        if (moving->done)
            moving->done(moving->notices);
        return;
    }
    const Core::HttpHeader header = moving->plaintext.at(moving->next++);
    const QString value = QString::fromUtf8(header.second);
    moving->secrets->writeToKeychain(
        Entry::headerValue(moving->name, header.first), value,
        [moving, header](const SecretStore::Result &answer) {
            if (answer.ok) {
                moving->moved.append(header);
            } else {
                moving->notices.append(
                    Tr::tr("%1 It stays in plain text in %2 for now; save the connection in "
                           "Parlance's settings to choose where it goes.")
                        .arg(answer.error, QDir::toNativeSeparators(moving->profiles->filePath())));
            }
            moveNext(moving);
        });
}

} // namespace

void readConnectionSecrets(SecretStore *secrets, const QString &storedAs, bool withToken,
                           const QList<QByteArray> &headers,
                           std::function<void(const ConnectionSecrets &)> done)
{
    auto reading = std::make_shared<Reading>();
    reading->secrets = secrets;
    reading->done = std::move(done);
    if (withToken)
        reading->entries.append(Entry::token(storedAs));
    for (const QByteArray &header : headers)
        reading->entries.append(Entry::headerValue(storedAs, header));
    if (reading->entries.isEmpty()) {
        // Nothing to ask, but the answer still comes from the event loop, as promised.
        QMetaObject::invokeMethod(
            secrets, [reading] { readNext(reading); }, Qt::QueuedConnection);
        return;
    }
    readNext(reading);
}

QList<QByteArray> headersInKeychain(const Core::Connection &saved)
{
    QList<QByteArray> names;
    for (const Core::HttpHeader &header : saved.extraHeaders) {
        if (!header.second.isEmpty() || !saved.isSecretHeader(header.first))
            continue;
        const bool listed = std::any_of(names.begin(), names.end(), [&header](const QByteArray &n) {
            return sameName(n, header.first);
        });
        if (!listed)
            names.append(header.first);
    }
    return names;
}

Core::HttpHeaders withSecretValues(Core::HttpHeaders headers, const Core::HttpHeaders &values)
{
    for (const Core::HttpHeader &value : values) {
        for (Core::HttpHeader &header : headers) {
            if (header.second.isEmpty() && sameName(header.first, value.first)) {
                header.second = value.second;
                break;
            }
        }
    }
    return headers;
}

void moveHeaderSecretsToKeychain(ProfileStore *profiles, SecretStore *secrets, const QString &name,
                                 std::function<void(const QStringList &notices)> done)
{
    auto moving = std::make_shared<Moving>();
    moving->profiles = profiles;
    moving->secrets = secrets;
    moving->name = name;
    moving->done = std::move(done);
    if (const std::optional<Core::Connection> saved = profiles->connection(name)) {
        // One value per header name in the keychain: a repeat, or a value beside one already in
        // the keychain, stays in the file, where it is read from as before.
        for (const Core::HttpHeader &header : ProfileStore::plaintextSecrets(*saved)) {
            const bool seen
                = std::any_of(saved->extraHeaders.begin(), saved->extraHeaders.end(),
                              [&header](const Core::HttpHeader &h) {
                                  return h.second.isEmpty() && sameName(h.first, header.first);
                              });
            const bool repeated = std::any_of(
                moving->plaintext.begin(), moving->plaintext.end(),
                [&header](const Core::HttpHeader &h) { return sameName(h.first, header.first); });
            if (!seen && !repeated)
                moving->plaintext.append(header);
        }
    }
    if (moving->plaintext.isEmpty()) {
        QMetaObject::invokeMethod(
            secrets, [moving] { moveNext(moving); }, Qt::QueuedConnection);
        return;
    }
    moveNext(moving);
}

void loadSavedConnection(ProfileStore *profiles, SecretStore *secrets, const QString &name,
                         std::function<void(const LoadedConnection &)> done)
{
    auto read = [profiles, secrets, name, done](const QStringList &notices) {
        LoadedConnection loaded;
        const std::optional<Core::Connection> saved = profiles->connection(name);
        if (!saved) {
            loaded.problems.append(Tr::tr("There is no saved connection named \"%1\".").arg(name));
            done(loaded);
            return;
        }
        loaded.ok = true;
        loaded.connection = *saved;
        loaded.problems = notices;
        const bool withToken = saved->auth != Core::Connection::Auth::None;
        const QList<QByteArray> headers = headersInKeychain(*saved);
        if (!withToken && headers.isEmpty()) {
            done(loaded);
            return;
        }
        readConnectionSecrets(
            secrets, name, withToken, headers,
            [loaded, done](const ConnectionSecrets &found) mutable {
                Core::Connection &c = loaded.connection;
                c.extraHeaders = withSecretValues(c.extraHeaders, found.headers);
                c.extraHeaders.removeIf([&c](const Core::HttpHeader &header) {
                    return header.second.isEmpty() && c.isSecretHeader(header.first);
                });
                loaded.token = found.token;
                loaded.usedFallback = found.usedFallback;
                if (!found.error.isEmpty())
                    loaded.problems.append(found.error);
                for (const QByteArray &header : found.missingHeaders) {
                    loaded.problems.append(
                        Tr::tr("No value is stored for the header %1 of \"%2\", so it is not "
                               "sent; enter it again in the connection's settings.")
                            .arg(QString::fromLatin1(header), c.name));
                }
                done(loaded);
            });
    };
    const std::optional<Core::Connection> saved = profiles->connection(name);
    const bool nothingToMove = !saved || ProfileStore::plaintextSecrets(*saved).isEmpty();
    const bool nothingToRead
        = !saved
          || (saved->auth == Core::Connection::Auth::None && headersInKeychain(*saved).isEmpty());
    if (nothingToMove && nothingToRead) {
        read({}); // at once: there is nothing to wait for
        return;
    }
    moveHeaderSecretsToKeychain(profiles, secrets, name, read);
}

} // namespace Parlance::Config
