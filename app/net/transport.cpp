#include "net/transport.h"

#include "core/loopback.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrl>

namespace Parlance::Net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Net::Transport)
};

// A CA bundle as it was read: reused while the file keeps its size and modification time.
struct CachedBundle
{
    QDateTime modified;
    qint64 size = -1;
    QSslConfiguration configuration;
};

constexpr qsizetype kMaxCachedBundles = 16; // a handful of connections, a handful of files

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CachedBundle> &cache()
{
    static QHash<QString, CachedBundle> bundles;
    return bundles;
}

QSslConfiguration readBundle(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the CA file %1 (%2); fix the path in the connection's "
                        "settings or clear it.")
                     .arg(shown, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = Tr::tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); "
                        "choose a PEM bundle.")
                     .arg(shown);
        return {};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // On Linux the default configuration loads the system's CAs on demand, and adding any CA
    // turns that off: name them explicitly, so the bundle adds to them rather than replaces.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    return configuration;
}

// Connection::authority() omits a default port; a proxy query always has one.
QString keyOf(const QString &scheme, const QString &host, int port)
{
    const QString lowerScheme = scheme.toLower();
    if (port < 0)
        port = lowerScheme == QLatin1StringView("https")  ? 443
               : lowerScheme == QLatin1StringView("http") ? 80
                                                          : -1;
    return QString(lowerScheme + QLatin1StringView("://") + host.toLower() + QLatin1Char(':')
                   + QString::number(port));
}

QString keyOf(const QUrl &url)
{
    return keyOf(url.scheme(), url.host(), url.port());
}

} // namespace

QSslConfiguration sslConfigurationFor(const Core::Connection &connection, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (connection.caFile.isEmpty())
        return QSslConfiguration::defaultConfiguration();

    const QString path = QFileInfo(connection.caFile).absoluteFilePath();
    const QFileInfo info(path);
    const QDateTime modified = info.lastModified();
    const qint64 size = info.size();
    {
        const QMutexLocker locker(&cacheMutex());
        const auto it = cache().constFind(path);
        if (it != cache().cend() && info.exists() && it->modified == modified && it->size == size)
            return it->configuration;
    }

    QSslConfiguration configuration = readBundle(path, error);
    if (!error->isEmpty())
        return QSslConfiguration::defaultConfiguration();
    const QMutexLocker locker(&cacheMutex());
    if (cache().size() >= kMaxCachedBundles && !cache().contains(path))
        cache().clear();
    cache().insert(path, {modified, size, configuration});
    return configuration;
}

QString applyTransport(QNetworkRequest &request, const Core::Connection &connection)
{
    if (connection.proxy == Core::Connection::Proxy::Manual
        && (connection.proxyHost.trimmed().isEmpty() || connection.proxyPort == 0)) {
        return Tr::tr("The connection is set to use a manual proxy but names no proxy host and "
                      "port; enter them in the connection's settings.");
    }
    if (connection.caFile.isEmpty()
        || request.url().scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) != 0) {
        return {};
    }
    QString error;
    const QSslConfiguration configuration = sslConfigurationFor(connection, &error);
    if (!error.isEmpty())
        return error;
    request.setSslConfiguration(configuration);
    return {};
}

void ConnectionProxyFactory::setProxyFor(const QString &authority,
                                         const Core::Connection &connection)
{
    const QUrl url(authority);
    if (!url.isValid() || url.host().isEmpty())
        return;
    Choice choice;
    choice.proxy = connection.proxy;
    choice.host = connection.proxyHost.trimmed();
    choice.port = connection.proxyPort;
    const QMutexLocker locker(&m_mutex);
    m_choices.insert(keyOf(url), choice);
}

QList<QNetworkProxy> ConnectionProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString host = url.isValid() && !url.host().isEmpty() ? url.host() : query.peerHostName();
    const QString key = url.isValid() && !url.host().isEmpty()
                            ? keyOf(url)
                            : keyOf(query.protocolTag(), query.peerHostName(), query.peerPort());
    Choice choice;
    {
        const QMutexLocker locker(&m_mutex);
        choice = m_choices.value(key);
    }

    switch (choice.proxy) {
    case Core::Connection::Proxy::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case Core::Connection::Proxy::Manual:
        // An incomplete manual proxy is refused by applyTransport(); until then, as System.
        if (!choice.host.isEmpty() && choice.port != 0)
            return {QNetworkProxy(QNetworkProxy::HttpProxy, choice.host, choice.port)};
        break;
    case Core::Connection::Proxy::System:
        break;
    }

    // As Qt's application-wide proxy lookup does: a server on this machine is reached directly
    // even when http_proxy is set, or a local model server would be sent to the proxy.
    if (Core::isLoopbackHost(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

} // namespace Parlance::Net
