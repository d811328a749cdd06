#include "config/profilestore.h"

#include "core/sensitiveheader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace Parlance::Config {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Config::ProfileStore)
};

constexpr int kFormatVersion = 1;

bool lessByName(const Core::Connection &a, const Core::Connection &b)
{
    const int folded = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a.name < b.name;
}

QUrl urlFrom(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text);
}

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// secretHeaders as read() returns it: the marked headers that are present and not secret by
// name anyway, once each, spelt as the header is. Saved and read back, a connection compares
// equal (values aside).
QList<QByteArray> normalizedMarks(const Core::Connection &c)
{
    QList<QByteArray> marks;
    for (const Core::HttpHeader &header : c.extraHeaders) {
        if (Core::isSensitiveHeader(header.first) || !c.isSecretHeader(header.first))
            continue;
        const bool known = std::any_of(marks.begin(), marks.end(), [&header](const QByteArray &m) {
            return sameName(m, header.first);
        });
        if (!known)
            marks.append(header.first);
    }
    return marks;
}

bool holdsPlaintext(const Core::Connection &c, const Core::HttpHeader &header)
{
    return std::any_of(c.extraHeaders.begin(), c.extraHeaders.end(),
                       [&c, &header](const Core::HttpHeader &h) {
                           return !h.second.isEmpty() && h.second == header.second
                                  && sameName(h.first, header.first) && c.isSecretHeader(h.first);
                       });
}

// POSIX rename() replaces the target in one step; QFile::rename() refuses an existing target,
// and removing it first would reopen the window the "_new" file exists to close.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    QFile::remove(to);
    QFile file(from);
    if (!file.rename(to)) {
        *error = file.errorString();
        return false;
    }
    return true;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = qt_error_string(errno);
        return false;
    }
    return true;
#endif
}

// QSettings caches parsed files per path and trusts an unchanged size and modification time.
// A rewrite within the same millisecond and of the same size (a rename "alpha" -> "bravo")
// would then read back stale, so each new file is made strictly newer than the one it replaces.
void makeNewerThan(const QString &newPath, const QString &oldPath)
{
    const QFileInfo old(oldPath);
    if (!old.exists())
        return;
    QFile file(newPath);
    if (!file.open(QIODevice::ReadWrite))
        return;
    const QDateTime oldTime = old.lastModified();
    if (file.fileTime(QFileDevice::FileModificationTime) <= oldTime)
        file.setFileTime(oldTime.addMSecs(1), QFileDevice::FileModificationTime);
}

} // namespace

ProfileStore::ProfileStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/connections.ini");
}

bool ProfileStore::isTokenHeader(const QByteArray &name)
{
    return sameName(name, QByteArrayLiteral("authorization"));
}

Core::HttpHeaders ProfileStore::plaintextSecrets(const Core::Connection &connection)
{
    Core::HttpHeaders plaintext;
    for (const Core::HttpHeader &header : connection.extraHeaders) {
        if (!header.second.isEmpty() && connection.isSecretHeader(header.first))
            plaintext.append(header);
    }
    return plaintext;
}

Core::Connection ProfileStore::withoutSecretValues(Core::Connection connection)
{
    connection.secretHeaders = normalizedMarks(connection);
    for (Core::HttpHeader &header : connection.extraHeaders) {
        if (connection.isSecretHeader(header.first))
            header.second.clear();
    }
    return connection;
}

bool ProfileStore::fail(const QString &error) const
{
    m_lastError = error;
    return false;
}

QList<Core::Connection> ProfileStore::connections() const
{
    m_lastError.clear();
    return read().value_or(QList<Core::Connection>());
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Core::Connection &connection : connections())
        result.append(connection.name);
    return result;
}

std::optional<Core::Connection> ProfileStore::connection(const QString &name) const
{
    for (const Core::Connection &connection : connections()) {
        if (connection.name == name)
            return connection;
    }
    return std::nullopt;
}

std::optional<QList<Core::Connection>> ProfileStore::read() const
{
    QList<Core::Connection> result;
    if (!QFileInfo::exists(m_filePath))
        return result;

    QSettings settings(m_filePath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        fail(Tr::tr("Cannot read the saved connections in %1; fix or remove the file.")
                 .arg(QDir::toNativeSeparators(m_filePath)));
        return std::nullopt;
    }

    const Core::Connection defaults;
    const int count = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Core::Connection c;
        c.name = settings.value(QStringLiteral("name")).toString();
        if (c.name.isEmpty())
            continue;
        c.kind = settings.value(QStringLiteral("kind")).toString()
                         == Core::connectionKindName(Core::Connection::Kind::OpenAiCompatible)
                     ? Core::Connection::Kind::OpenAiCompatible
                     : Core::Connection::Kind::Databricks;
        c.host = urlFrom(settings.value(QStringLiteral("host")).toString());
        c.gatewayPath
            = settings.value(QStringLiteral("gatewayPath"), defaults.gatewayPath).toString();
        c.baseUrl = urlFrom(settings.value(QStringLiteral("baseUrl")).toString());
        c.auth = Core::authFromName(settings.value(QStringLiteral("auth")).toString())
                     .value_or(defaults.auth);
        // Added with sign-in: a file without these keys (or with a method this build does not
        // know) reads as a token connection, which asks for the token rather than guessing.
        c.signIn = Core::signInFromName(settings.value(QStringLiteral("signIn")).toString())
                       .value_or(defaults.signIn);
        c.signInProfile = settings.value(QStringLiteral("signInProfile")).toString();
        const int headerCount = settings.beginReadArray(QStringLiteral("headers"));
        for (int h = 0; h < headerCount; ++h) {
            settings.setArrayIndex(h);
            // Latin-1 maps every byte to one character, so any header bytes round-trip.
            const QByteArray name = settings.value(QStringLiteral("name")).toString().toLatin1();
            // A secret header has no value here (it is in the keychain), unless the file was
            // written before that: then it is still the plain text.
            c.extraHeaders.append(
                {name, settings.value(QStringLiteral("value")).toString().toLatin1()});
            if (settings.value(QStringLiteral("secret")).toBool())
                c.secretHeaders.append(name);
        }
        settings.endArray();
        c.secretHeaders = normalizedMarks(c);
        auto number = [&settings](const QString &key, int fallback) {
            bool ok = false;
            const int value = settings.value(key).toInt(&ok);
            return ok ? value : fallback;
        };
        c.timeoutSeconds = number(QStringLiteral("timeoutSeconds"), defaults.timeoutSeconds);
        c.connectTimeoutSeconds
            = number(QStringLiteral("connectTimeoutSeconds"), defaults.connectTimeoutSeconds);
        c.retries = number(QStringLiteral("retries"), defaults.retries);
        // Added after the first release: a file without these keys reads as the defaults.
        c.proxy = Core::proxyFromName(settings.value(QStringLiteral("proxy")).toString())
                      .value_or(defaults.proxy);
        c.proxyHost = settings.value(QStringLiteral("proxyHost")).toString();
        const int port = number(QStringLiteral("proxyPort"), defaults.proxyPort);
        c.proxyPort = port >= 0 && port <= 65535 ? quint16(port) : defaults.proxyPort;
        c.caFile = settings.value(QStringLiteral("caFile")).toString();
        const int maxTime = number(QStringLiteral("maxTimeSeconds"), defaults.maxTimeSeconds);
        c.maxTimeSeconds = maxTime >= 0 ? maxTime : defaults.maxTimeSeconds;
        const int megabytes = number(QStringLiteral("maxResponseMegabytes"), 0);
        if (megabytes > 0)
            c.maxResponseBytes = qint64(megabytes) << 20;

        // A name saved twice (a hand edit) resolves to its last entry, as a save would.
        auto same = [&c](const Core::Connection &other) {
            return other.name == c.name;
        };
        result.erase(std::remove_if(result.begin(), result.end(), same), result.end());
        result.append(c);
    }
    settings.endArray();
    std::sort(result.begin(), result.end(), lessByName);
    return result;
}

bool ProfileStore::write(QList<Core::Connection> connections)
{
    std::sort(connections.begin(), connections.end(), lessByName);
    const QString nativePath = QDir::toNativeSeparators(m_filePath);
    const QString newPath = m_filePath + QStringLiteral("_new");

    // Whatever a crash left behind is older than what is about to be written.
    QFile::remove(newPath);
    {
        QSettings settings(newPath, QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("version"), kFormatVersion);
        settings.beginWriteArray(QStringLiteral("connections"), int(connections.size()));
        for (int i = 0; i < connections.size(); ++i) {
            const Core::Connection &c = connections.at(i);
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("name"), c.name);
            settings.setValue(QStringLiteral("kind"), Core::connectionKindName(c.kind));
            settings.setValue(QStringLiteral("host"), c.host.toString(QUrl::FullyEncoded));
            settings.setValue(QStringLiteral("gatewayPath"), c.gatewayPath);
            settings.setValue(QStringLiteral("baseUrl"), c.baseUrl.toString(QUrl::FullyEncoded));
            settings.setValue(QStringLiteral("auth"), Core::authName(c.auth));
            // Only how to sign in: the tokens a sign-in gets are never part of the file.
            settings.setValue(QStringLiteral("signIn"), Core::signInName(c.signIn));
            if (!c.signInProfile.isEmpty())
                settings.setValue(QStringLiteral("signInProfile"), c.signInProfile);
            settings.beginWriteArray(QStringLiteral("headers"), int(c.extraHeaders.size()));
            for (int h = 0; h < c.extraHeaders.size(); ++h) {
                const Core::HttpHeader &header = c.extraHeaders.at(h);
                settings.setArrayIndex(h);
                settings.setValue(QStringLiteral("name"), QString::fromLatin1(header.first));
                const bool secret = c.isSecretHeader(header.first);
                if (secret)
                    settings.setValue(QStringLiteral("secret"), true);
                // save() has emptied a secret's value; one left is a plain-text value of an
                // older file, kept until it is stored elsewhere.
                if (!secret || !header.second.isEmpty())
                    settings.setValue(QStringLiteral("value"), QString::fromLatin1(header.second));
            }
            settings.endArray();
            settings.setValue(QStringLiteral("timeoutSeconds"), c.timeoutSeconds);
            settings.setValue(QStringLiteral("connectTimeoutSeconds"), c.connectTimeoutSeconds);
            settings.setValue(QStringLiteral("retries"), c.retries);
            settings.setValue(QStringLiteral("proxy"), Core::proxyName(c.proxy));
            settings.setValue(QStringLiteral("proxyHost"), c.proxyHost);
            settings.setValue(QStringLiteral("proxyPort"), int(c.proxyPort));
            settings.setValue(QStringLiteral("caFile"), c.caFile);
            settings.setValue(QStringLiteral("maxTimeSeconds"), c.maxTimeSeconds);
            settings.setValue(QStringLiteral("maxResponseMegabytes"),
                              int(qMin<qint64>(c.maxResponseBytes >> 20, INT_MAX)));
        }
        settings.endArray();
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            QFile::remove(newPath);
            return fail(Tr::tr("Cannot write the saved connections to %1; check that the folder "
                               "is writable and the disk is not full. The previous file is "
                               "unchanged.")
                            .arg(nativePath));
        }
    }

    makeNewerThan(newPath, m_filePath);
    QString reason;
    if (!replaceFile(newPath, m_filePath, &reason)) {
        QFile::remove(newPath);
        return fail(Tr::tr("Cannot replace %1 (%2); the previous file is unchanged.")
                        .arg(nativePath, reason));
    }
    return true;
}

bool ProfileStore::save(const Core::Connection &connection)
{
    m_lastError.clear();
    if (connection.name.trimmed().isEmpty())
        return fail(Tr::tr("A saved connection needs a name."));
    if (connection.name.contains(QLatin1Char('\n')) || connection.name.contains(QLatin1Char('\r')))
        return fail(Tr::tr("A connection name cannot contain a line break."));
    for (qsizetype i = 0; i < connection.extraHeaders.size(); ++i) {
        const QByteArray &name = connection.extraHeaders.at(i).first;
        if (isTokenHeader(name)) {
            return fail(Tr::tr("The header %1 carries the token: remove the header and save the "
                               "token with the connection instead, which sends it.")
                            .arg(QString::fromLatin1(name)));
        }
        if (!connection.isSecretHeader(name))
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (sameName(connection.extraHeaders.at(j).first, name)) {
                return fail(Tr::tr("The secret header %1 appears twice; keep one, since the "
                                   "keychain holds one value per header.")
                                .arg(QString::fromLatin1(name)));
            }
        }
    }
    if (connection.proxyHost.contains(QLatin1Char('@'))) {
        return fail(Tr::tr("The proxy host of \"%1\" contains credentials, and saved connections "
                           "are stored in plain text: enter only the proxy's host name.")
                        .arg(connection.name));
    }
    for (const QUrl &url : {connection.host, connection.baseUrl}) {
        if (!url.password().isEmpty()) {
            return fail(Tr::tr("The URL %1 contains a password, and saved connections are stored "
                               "in plain text: remove it from the URL and save it as the "
                               "connection's token instead.")
                            .arg(url.toDisplayString(QUrl::RemovePassword)));
        }
    }

    return modify([&connection](QList<Core::Connection> *list) {
        auto same = [&connection](const Core::Connection &c) {
            return c.name == connection.name;
        };
        Core::Connection stored = connection;
        stored.secretHeaders = normalizedMarks(connection);
        const auto previous = std::find_if(list->begin(), list->end(), same);
        for (Core::HttpHeader &header : stored.extraHeaders) {
            const bool alreadyThere = previous != list->end() && holdsPlaintext(*previous, header);
            if (stored.isSecretHeader(header.first) && !alreadyThere)
                header.second.clear();
        }
        list->erase(std::remove_if(list->begin(), list->end(), same), list->end());
        list->append(stored);
        return true;
    });
}

bool ProfileStore::dropSecretValues(const QString &name, const Core::HttpHeaders &stored)
{
    m_lastError.clear();
    auto drop = [&stored](Core::Connection *c) {
        bool dropped = false;
        for (Core::HttpHeader &header : c->extraHeaders) {
            const bool moved
                = std::any_of(stored.begin(), stored.end(), [&header](const Core::HttpHeader &s) {
                      return !s.second.isEmpty() && s.second == header.second
                             && sameName(s.first, header.first);
                  });
            if (moved && c->isSecretHeader(header.first)) {
                header.second.clear();
                dropped = true;
            }
        }
        return dropped;
    };
    // Most saves have nothing to drop: no lock and no rewrite for them.
    std::optional<Core::Connection> current = connection(name);
    if (!current || !drop(&*current))
        return m_lastError.isEmpty();
    return modify([&name, &drop](QList<Core::Connection> *list) {
        for (Core::Connection &c : *list) {
            if (c.name == name)
                drop(&c);
        }
        return true;
    });
}

bool ProfileStore::remove(const QString &name)
{
    m_lastError.clear();
    return modify([this, &name](QList<Core::Connection> *list) {
        auto same = [&name](const Core::Connection &c) {
            return c.name == name;
        };
        const auto end = std::remove_if(list->begin(), list->end(), same);
        if (end == list->end())
            return fail(Tr::tr("There is no saved connection named \"%1\".").arg(name));
        list->erase(end, list->end());
        return true;
    });
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    m_lastError.clear();
    if (to.trimmed().isEmpty())
        return fail(Tr::tr("A saved connection needs a name."));
    if (to.contains(QLatin1Char('\n')) || to.contains(QLatin1Char('\r')))
        return fail(Tr::tr("A connection name cannot contain a line break."));
    return modify([this, &from, &to](QList<Core::Connection> *list) {
        Core::Connection *found = nullptr;
        for (Core::Connection &c : *list) {
            if (c.name == from)
                found = &c;
            else if (c.name == to)
                return fail(Tr::tr("A saved connection named \"%1\" already exists.").arg(to));
        }
        if (!found)
            return fail(Tr::tr("There is no saved connection named \"%1\".").arg(from));
        found->name = to;
        return true;
    });
}

bool ProfileStore::modify(const std::function<bool(QList<Core::Connection> *)> &change)
{
    const QString nativePath = QDir::toNativeSeparators(m_filePath);
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(Tr::tr("Cannot create the folder %1 for the saved connections.")
                        .arg(QDir::toNativeSeparators(folder)));

    // The GUI and parlance-cli may save at the same time; each change is read-modify-write.
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        return fail(Tr::tr("Cannot lock %1 to save connections; check that its folder is "
                           "writable, or close the other program saving connections.")
                        .arg(nativePath));
    }
    std::optional<QList<Core::Connection>> list = read();
    if (!list)
        return false;
    if (!change(&*list))
        return false;
    return write(*std::move(list));
}

} // namespace Parlance::Config
