// A connection's proxy and CA file: ConnectionProxyFactory answers per scheme://host:port, a
// manual proxy really carries GatewayClient's requests (a small forward proxy on loopback,
// in front of the simulated gateway), and a CA bundle made with openssl at test time is loaded,
// cached and trusted by a real TLS handshake.
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"
#include "net/transport.h"
#include "sim/simulatedgateway.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using Core::Connection;

namespace {

const QString kToken = QStringLiteral("sk-transport-secret-0123456789abcdef");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A forward HTTP proxy, one request per client connection: it reads an absolute-form request
// ("GET http://host:port/path HTTP/1.1"), records it, sends it on to that origin with
// "Connection: close" and relays the answer until the origin closes.
class ForwardProxy final : public QObject
{
public:
    struct Seen
    {
        QByteArray requestLine;
        QByteArray head; // request line and headers, as received
        bool hasHeader(QByteArrayView name) const
        {
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith(
                        QByteArray(name.toByteArray().toLower() + ':')))
                    return true;
            }
            return false;
        }
    };

    ForwardProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<Seen> &seen() const { return m_seen; }

private:
    void serve(QTcpSocket *client)
    {
        client->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("forwarded").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype contentLength = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + contentLength)
                return;
            client->setProperty("forwarded", true);
            forward(client, head, buffer->mid(headEnd + 4, contentLength));
            *buffer = QByteArray();
        });
    }

    void forward(QTcpSocket *client, const QByteArray &head, const QByteArray &body)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray requestLine = lines.first().trimmed();
        m_seen.append({requestLine, head});
        const QList<QByteArray> parts = requestLine.split(' ');
        const QUrl target(QString::fromLatin1(parts.value(1)));
        if (parts.size() != 3 || target.scheme() != QLatin1StringView("http")) {
            client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        QByteArray upstreamHead = QByteArray(requestLine + "\r\n");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const QByteArray lower = line.toLower();
            if (line.isEmpty() || lower.startsWith("connection:")
                || lower.startsWith("proxy-connection:") || lower.startsWith("keep-alive:")) {
                continue;
            }
            upstreamHead += line + "\r\n";
        }
        upstreamHead += "Connection: close\r\n\r\n";

        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, upstreamHead, body] {
            upstream->write(QByteArray(upstreamHead + body));
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [upstream, client] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [upstream, client] {
            client->write(upstream->readAll());
            client->disconnectFromHost();
        });
        upstream->connectToHost(target.host(), quint16(target.port(80)));
    }

    QTcpServer m_server;
    QList<Seen> m_seen;
};

// An https server on loopback with a given certificate: answers any request with 200 "{}".
class TlsServer final : public QTcpServer
{
public:
    TlsServer(QSslCertificate certificate, QSslKey key)
        : m_certificate(std::move(certificate)), m_key(std::move(key))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QList<QNetworkProxy> proxiesFor(Net::ConnectionProxyFactory &factory, const QString &url)
{
    return factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
}

Connection withProxy(Connection::Proxy proxy, const QString &host = {}, quint16 port = 0)
{
    Connection c;
    c.kind = Connection::Kind::OpenAiCompatible;
    c.proxy = proxy;
    c.proxyHost = host;
    c.proxyPort = port;
    return c;
}

} // namespace

class tst_Transport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void factoryAnswersPerAuthority();
    void factoryUsesSystemProxyOtherwise();
    void loopbackBypassesTheSystemProxy();

    void manualProxyCarriesRequests();
    void authorizationStaysWithItsHost();
    void noProxyGoesDirect();

    void caBundleIsLoaded();
    void caBundleIsCachedByModificationTime();
    void unusableCaFileReportsAnError_data();
    void unusableCaFileReportsAnError();
    void applyTransportOnlyForHttps();
    void incompleteManualProxyIsRefused();
    void caFileIsTrustedInAHandshake();
    void unusableCaFileFailsTheCallBeforeSending();

private:
    // A self-signed certificate for 127.0.0.1, made by openssl in m_dir: "<name>.pem/.key".
    bool makeCertificate(const QString &name, const QString &commonName);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    Net::GatewayCall *sendAndWait(Net::GatewayClient &client, const Core::HttpRequest &request,
                                  const Connection &connection);

    QTemporaryDir m_dir;
    QString m_openssl;
};

void tst_Transport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (!m_openssl.isEmpty()) {
        QVERIFY(makeCertificate(QStringLiteral("first"), QStringLiteral("Parlance Test CA One")));
        QVERIFY(makeCertificate(QStringLiteral("second"), QStringLiteral("Parlance Test CA Two")));
    }
}

bool tst_Transport::makeCertificate(const QString &name, const QString &commonName)
{
    QProcess openssl;
    openssl.start(m_openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                   QStringLiteral("-out"), file(name + QStringLiteral(".pem"))});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAllStandardError().constData());
        return false;
    }
    return true;
}

Net::GatewayCall *tst_Transport::sendAndWait(Net::GatewayClient &client,
                                             const Core::HttpRequest &request,
                                             const Connection &connection)
{
    Net::GatewayCall *call = client.send(request, connection, kToken);
    QSignalSpy finished(call, &Net::GatewayCall::finished);
    if (!finished.wait(10000))
        qWarning("the call did not finish");
    return call;
}

void tst_Transport::factoryAnswersPerAuthority()
{
    Net::ConnectionProxyFactory factory;
    factory.setProxyFor(QStringLiteral("https://direct.example.com"),
                        withProxy(Connection::Proxy::None));
    factory.setProxyFor(QStringLiteral("http://gw.example.com:8080"),
                        withProxy(Connection::Proxy::Manual, QStringLiteral("proxy.corp"), 3128));

    QList<QNetworkProxy> answer
        = proxiesFor(factory, QStringLiteral("https://direct.example.com/v1/models"));
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer.first().type(), QNetworkProxy::NoProxy);
    // The default port written out is the same scheme://host:port.
    answer = proxiesFor(factory, QStringLiteral("https://DIRECT.example.com:443/x"));
    QCOMPARE(answer.first().type(), QNetworkProxy::NoProxy);

    answer = proxiesFor(factory, QStringLiteral("http://gw.example.com:8080/v1/chat/completions"));
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(answer.first().hostName(), QStringLiteral("proxy.corp"));
    QCOMPARE(answer.first().port(), quint16(3128));

    // Another port or scheme of the same host is another authority.
    const QNetworkProxyQuery otherPort(QUrl(QStringLiteral("http://gw.example.com:9090/")));
    QCOMPARE(factory.queryProxy(otherPort), QNetworkProxyFactory::systemProxyForQuery(otherPort));
    const QNetworkProxyQuery otherScheme(QUrl(QStringLiteral("https://gw.example.com:8080/")));
    QCOMPARE(factory.queryProxy(otherScheme),
             QNetworkProxyFactory::systemProxyForQuery(otherScheme));

    // Registering again replaces the choice.
    factory.setProxyFor(QStringLiteral("http://gw.example.com:8080"),
                        withProxy(Connection::Proxy::None));
    answer = proxiesFor(factory, QStringLiteral("http://gw.example.com:8080/v1"));
    QCOMPARE(answer.first().type(), QNetworkProxy::NoProxy);
}

void tst_Transport::factoryUsesSystemProxyOtherwise()
{
    // An environment proxy makes "the system's answer" something other than no proxy.
    const QByteArray saved = qgetenv("https_proxy");
    qputenv("https_proxy", "http://system-proxy.test:3129");
    const auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", saved);
    });

    Net::ConnectionProxyFactory factory;
    factory.setProxyFor(QStringLiteral("https://system.example.com"),
                        withProxy(Connection::Proxy::System));
    for (const char *url : {"https://system.example.com/v1", "https://unknown.example.com/v1"}) {
        const QNetworkProxyQuery query(QUrl(QString::fromLatin1(url)));
        const QList<QNetworkProxy> expected = QNetworkProxyFactory::systemProxyForQuery(query);
        QCOMPARE(factory.queryProxy(query), expected);
    }
    const QList<QNetworkProxy> system
        = proxiesFor(factory, QStringLiteral("https://system.example.com/v1"));
    QVERIFY(!system.isEmpty());
    if (system.first().type() == QNetworkProxy::HttpProxy)
        QCOMPARE(system.first().hostName(), QStringLiteral("system-proxy.test"));
}

void tst_Transport::loopbackBypassesTheSystemProxy()
{
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", "http://system-proxy.test:3129");
    const auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
    });

    Net::ConnectionProxyFactory factory;
    for (const char *url :
         {"http://127.0.0.1:11434/v1", "http://localhost:8080/v1", "http://[::1]:8000/v1"}) {
        const QList<QNetworkProxy> answer = proxiesFor(factory, QString::fromLatin1(url));
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().type(), QNetworkProxy::NoProxy);
    }
    // The same rule as for plain http: a *.localhost name goes to DNS, so to the proxy too.
    QCOMPARE(proxiesFor(factory, QStringLiteral("http://app.localhost:8080/v1")).first().type(),
             QNetworkProxy::HttpProxy);
    // A manual proxy applies to loopback hosts too: it was asked for.
    factory.setProxyFor(QStringLiteral("http://127.0.0.1:11434"),
                        withProxy(Connection::Proxy::Manual, QStringLiteral("127.0.0.1"), 3128));
    QCOMPARE(proxiesFor(factory, QStringLiteral("http://127.0.0.1:11434/v1")).first().type(),
             QNetworkProxy::HttpProxy);
}

void tst_Transport::manualProxyCarriesRequests()
{
    Sim::SimulatedGateway gateway;
    QVERIFY2(gateway.listen(), qPrintable(gateway.errorString()));
    ForwardProxy proxy;
    QVERIFY(proxy.listen());

    Connection connection
        = withProxy(Connection::Proxy::Manual, QStringLiteral("127.0.0.1"), proxy.port());
    connection.baseUrl = QUrl(gateway.url().toString() + QStringLiteral("/v1"));
    connection.auth = Connection::Auth::Bearer;
    connection.timeoutSeconds = 5;
    connection.retries = 0;
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = connection.modelsUrl();

    Net::GatewayClient client;
    Net::GatewayCall *call = sendAndWait(client, request, connection);
    QVERIFY(call->isFinished());
    QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
    QCOMPARE(call->status(), 200);
    QVERIFY(call->body().contains("\"data\""));

    QCOMPARE(proxy.seen().size(), 1);
    const QByteArray expectedLine
        = "GET http://127.0.0.1:" + QByteArray::number(gateway.port()) + "/v1/models HTTP/1.1";
    QCOMPARE(proxy.seen().first().requestLine, expectedLine);
    // The gateway got it through the proxy, credentials and all: it is the connection's host.
    QVERIFY(proxy.seen().first().hasHeader("Authorization"));
    QCOMPARE(gateway.requests().size(), 1);
    QCOMPARE(gateway.requests().first().path, QStringLiteral("/v1/models"));
    QCOMPARE(gateway.requests().first().authorizationScheme, QStringLiteral("Bearer"));
}

void tst_Transport::authorizationStaysWithItsHost()
{
    // The connection's host answers through the proxy with a redirect to another server.
    Sim::SimulatedGateway home;
    Sim::SimulatedGateway elsewhere;
    QVERIFY(home.listen());
    QVERIFY(elsewhere.listen());
    ForwardProxy proxy;
    QVERIFY(proxy.listen());

    Connection connection
        = withProxy(Connection::Proxy::Manual, QStringLiteral("127.0.0.1"), proxy.port());
    connection.baseUrl = QUrl(home.url().toString() + QStringLiteral("/v1"));
    connection.timeoutSeconds = 5;
    connection.retries = 0;
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = connection.modelsUrl();
    request.headers = {{QByteArrayLiteral("X-Sim-Fault"),
                        QByteArrayLiteral("redirect=") + elsewhere.url().toEncoded()}};

    Net::GatewayClient client;
    Net::GatewayCall *call = sendAndWait(client, request, connection);
    QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
    QCOMPARE(call->status(), 200);
    QCOMPARE(call->exchanges().size(), 2);
    QCOMPARE(call->exchanges().first().status, 307);

    QCOMPARE(proxy.seen().size(), 1); // the other host is not the connection's: no proxy
    QVERIFY(proxy.seen().first().hasHeader("Authorization"));
    QCOMPARE(home.requests().size(), 1);
    QVERIFY(home.requests().first().authorizationPresent);
    QCOMPARE(elsewhere.requests().size(), 1);
    QVERIFY(!elsewhere.requests().first().authorizationPresent);
    QCOMPARE(call->exchanges().last().request.header("Authorization"), QByteArray());
}

void tst_Transport::noProxyGoesDirect()
{
    Sim::SimulatedGateway gateway;
    QVERIFY(gateway.listen());
    ForwardProxy proxy;
    QVERIFY(proxy.listen());

    Connection connection
        = withProxy(Connection::Proxy::Manual, QStringLiteral("127.0.0.1"), proxy.port());
    connection.baseUrl = QUrl(gateway.url().toString() + QStringLiteral("/v1"));
    connection.timeoutSeconds = 5;
    connection.retries = 0;
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = connection.modelsUrl();

    Net::GatewayClient client;
    QCOMPARE(sendAndWait(client, request, connection)->status(), 200);
    QCOMPARE(proxy.seen().size(), 1);

    // The same host, now saved without a proxy: the client follows the change.
    connection.proxy = Connection::Proxy::None;
    Net::GatewayCall *call = sendAndWait(client, request, connection);
    QVERIFY2(!call->error(), qPrintable(call->error() ? call->error()->message : QString()));
    QCOMPARE(call->status(), 200);
    QCOMPARE(proxy.seen().size(), 1);
    QCOMPARE(gateway.requests().size(), 2);
}

void tst_Transport::caBundleIsLoaded()
{
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed; it makes the test certificates");
    const QString bundle = file(QStringLiteral("bundle.pem"));
    QVERIFY(writeFile(bundle, readAll(file(QStringLiteral("first.pem")))
                                  + readAll(file(QStringLiteral("second.pem")))));
    const QSslCertificate first
        = QSslCertificate::fromPath(file(QStringLiteral("first.pem"))).value(0);
    const QSslCertificate second
        = QSslCertificate::fromPath(file(QStringLiteral("second.pem"))).value(0);
    QVERIFY(!first.isNull() && !second.isNull());

    Connection connection;
    connection.caFile = bundle;
    QString error = QStringLiteral("stale");
    const QSslConfiguration configuration = Net::sslConfigurationFor(connection, &error);
    QCOMPARE(error, QString());
    const QList<QSslCertificate> cas = configuration.caCertificates();
    QVERIFY(cas.contains(first));
    QVERIFY(cas.contains(second));
    // In addition to the system's, not instead of them.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (!system.isEmpty())
        QVERIFY(cas.contains(system.first()));

    // Without a CA file: the default configuration, no error.
    connection.caFile.clear();
    error = QStringLiteral("stale");
    QCOMPARE(Net::sslConfigurationFor(connection, &error),
             QSslConfiguration::defaultConfiguration());
    QCOMPARE(error, QString());
}

void tst_Transport::caBundleIsCachedByModificationTime()
{
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed; it makes the test certificates");
    const QString path = file(QStringLiteral("cached.pem"));
    const QByteArray pem = readAll(file(QStringLiteral("first.pem")));
    QVERIFY(writeFile(path, pem));
    const QDateTime written = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(written, QFileDevice::FileModificationTime));
    }
    const QSslCertificate first = QSslCertificate::fromData(pem).value(0);
    const QSslCertificate second
        = QSslCertificate::fromPath(file(QStringLiteral("second.pem"))).value(0);

    Connection connection;
    connection.caFile = path;
    QString error;
    QVERIFY(Net::sslConfigurationFor(connection, &error).caCertificates().contains(first));
    QCOMPARE(error, QString());

    // Same size, same time, other bytes: the file is not read again.
    QByteArray garbage(pem.size(), 'x');
    QVERIFY(writeFile(path, garbage));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(written, QFileDevice::FileModificationTime));
    }
    QVERIFY(Net::sslConfigurationFor(connection, &error).caCertificates().contains(first));
    QCOMPARE(error, QString());

    // A new modification time: read again.
    QVERIFY(writeFile(path, readAll(file(QStringLiteral("second.pem")))));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(written.addSecs(30), QFileDevice::FileModificationTime));
    }
    const QList<QSslCertificate> cas
        = Net::sslConfigurationFor(connection, &error).caCertificates();
    QCOMPARE(error, QString());
    QVERIFY(cas.contains(second));
    QVERIFY(!cas.contains(first));
}

void tst_Transport::unusableCaFileReportsAnError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents"); // null: the file does not exist
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray()
                             << QStringLiteral("Cannot read");
    QTest::newRow("empty") << QStringLiteral("empty.pem") << QByteArray("")
                           << QStringLiteral("no PEM certificate");
    QTest::newRow("not PEM") << QStringLiteral("text.pem") << QByteArray("just some text\n")
                             << QStringLiteral("no PEM certificate");
    QTest::newRow("folder") << QString() << QByteArray() << QStringLiteral("CA file");
}

void tst_Transport::unusableCaFileReportsAnError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);

    const QString path = name.isEmpty() ? m_dir.path() : file(name);
    if (!contents.isNull())
        QVERIFY(writeFile(path, contents));
    Connection connection;
    connection.caFile = path;
    QString error;
    const QSslConfiguration configuration = Net::sslConfigurationFor(connection, &error);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(configuration, QSslConfiguration::defaultConfiguration());

    // A request with it is refused, with the same message, rather than sent without the CA.
    QNetworkRequest request(QUrl(QStringLiteral("https://gw.example.com/v1/models")));
    QCOMPARE(Net::applyTransport(request, connection), error);
    QCOMPARE(request.sslConfiguration(), QSslConfiguration::defaultConfiguration());
}

void tst_Transport::applyTransportOnlyForHttps()
{
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed; it makes the test certificates");
    Connection connection;
    connection.caFile = file(QStringLiteral("first.pem"));
    const QSslCertificate first = QSslCertificate::fromPath(connection.caFile).value(0);

    QNetworkRequest https(QUrl(QStringLiteral("https://gw.example.com/v1/models")));
    QCOMPARE(Net::applyTransport(https, connection), QString());
    QVERIFY(https.sslConfiguration().caCertificates().contains(first));

    QNetworkRequest http(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/models")));
    QCOMPARE(Net::applyTransport(http, connection), QString());
    QCOMPARE(http.sslConfiguration(), QSslConfiguration::defaultConfiguration());

    // An unusable CA file does not matter to a plain http request.
    connection.caFile = file(QStringLiteral("does-not-exist.pem"));
    QCOMPARE(Net::applyTransport(http, connection), QString());

    // No CA file: nothing to do.
    connection.caFile.clear();
    QNetworkRequest plain(QUrl(QStringLiteral("https://gw.example.com/v1/models")));
    QCOMPARE(Net::applyTransport(plain, connection), QString());
    QCOMPARE(plain.sslConfiguration(), QSslConfiguration::defaultConfiguration());
}

void tst_Transport::incompleteManualProxyIsRefused()
{
    QNetworkRequest request(QUrl(QStringLiteral("https://gw.example.com/v1/models")));
    QVERIFY(!Net::applyTransport(request, withProxy(Connection::Proxy::Manual)).isEmpty());
    QVERIFY(!Net::applyTransport(
                 request, withProxy(Connection::Proxy::Manual, QStringLiteral("proxy.corp"), 0))
                 .isEmpty());
    QCOMPARE(Net::applyTransport(
                 request, withProxy(Connection::Proxy::Manual, QStringLiteral("proxy.corp"), 3128)),
             QString());
    QCOMPARE(Net::applyTransport(request, withProxy(Connection::Proxy::None)), QString());
}

void tst_Transport::caFileIsTrustedInAHandshake()
{
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed; it makes the test certificates");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QFile keyFile(file(QStringLiteral("first.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    QVERIFY(!key.isNull());
    TlsServer server(QSslCertificate::fromPath(file(QStringLiteral("first.pem"))).value(0), key);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/models").arg(server.serverPort()));

    // A manager per request: Qt keeps a failed TLS session per host:port and would reuse it.
    auto get = [](QNetworkRequest request) {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer");
        return std::make_pair(reply->error(), reply->readAll());
    };

    // Self-signed: untrusted without the connection's CA file...
    const auto refused = get(QNetworkRequest(url));
    QCOMPARE(refused.first, QNetworkReply::SslHandshakeFailedError);

    // ...trusted with it.
    Connection connection;
    connection.caFile = file(QStringLiteral("first.pem"));
    QNetworkRequest request(url);
    QCOMPARE(Net::applyTransport(request, connection), QString());
    const auto accepted = get(request);
    QCOMPARE(accepted.first, QNetworkReply::NoError);
    QCOMPARE(accepted.second, QByteArray("{}"));
}

void tst_Transport::unusableCaFileFailsTheCallBeforeSending()
{
    // Through GatewayClient: the request is refused with a network error that names the file,
    // and nothing is sent without the trust the user configured.
    Connection connection;
    connection.kind = Connection::Kind::OpenAiCompatible;
    connection.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9/v1"));
    connection.retries = 0;
    connection.caFile = file(QStringLiteral("missing-bundle.pem"));
    Core::HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = QUrl(QStringLiteral("https://127.0.0.1:9/v1/models"));
    Net::GatewayClient client;
    Net::GatewayCall *call = sendAndWait(client, request, connection);
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, Core::ApiError::Kind::Network);
    QVERIFY2(call->error()->message.contains(QStringLiteral("missing-bundle.pem")),
             qPrintable(call->error()->message));
    QCOMPARE(call->exchanges().size(), 1);
    QCOMPARE(call->exchanges().first().status, 0);
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
