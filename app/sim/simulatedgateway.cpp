#include "sim/simulatedgateway.h"

#include "sim/catalogroutes.h"
#include "sim/chatroutes.h"
#include "sim/errorresponses.h"
#include "sim/faults.h"
#include "sim/gatewaystate.h"
#include "sim/httpconnection.h"
#include "sim/modelserviceroutes.h"
#include "sim/oauthserver.h"
#include "sim/responsesroutes.h"
#include "sim/router.h"
#include "sim/sqlroutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Parlance::Sim {

// Route families register themselves here; a new family is one more member and one more
// registerRoutes() call.
struct SimulatedGateway::Routes
{
    GatewayState state;
    Router router;
    ChatRoutes chat{state};
    ResponsesRoutes responses{state};
    CatalogRoutes catalog;
    ModelServiceRoutes modelServices{state};
    SqlRoutes sql{state};
    OAuthServer oauth;

    Routes()
    {
        oauth.registerRoutes(router);
        chat.registerRoutes(router);
        responses.registerRoutes(router);
        catalog.registerRoutes(router);
        modelServices.registerRoutes(router);
        sql.registerRoutes(router);
    }
};

namespace {

bool isAuthorized(const Request &request, const QString &token)
{
    const QByteArray value = request.header("authorization");
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return false;
    const QByteArray scheme = value.left(space).toLower();
    const QByteArray credentials = value.mid(space + 1).trimmed();
    if (scheme == "bearer")
        return credentials == token.toUtf8();
    if (scheme == "basic") {
        const QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        return decoded && *decoded == "token:" + token.toUtf8();
    }
    return false;
}

QByteArray bearerOf(const Request &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() < 7 || value.left(7).toLower() != "bearer ")
        return {};
    return value.mid(7).trimmed();
}

RecordedRequest recordOf(const Request &request)
{
    RecordedRequest r;
    r.method = QString::fromLatin1(request.method);
    r.path = QString::fromUtf8(request.target);
    r.body = request.body;
    for (const auto &h : request.headers) {
        if (h.first != "authorization") {
            const QString name = QString::fromLatin1(h.first);
            const QString value = QString::fromUtf8(h.second);
            // Repeated fields read as one, comma-joined (RFC 9110 section 5.3).
            const auto it = r.headers.find(name);
            if (it == r.headers.end())
                r.headers.insert(name, value);
            else
                *it += u", " + value;
            continue;
        }
        r.authorizationPresent = true;
        const QByteArray scheme = h.second.trimmed().split(' ').value(0).toLower();
        if (scheme == "bearer")
            r.authorizationScheme = QStringLiteral("Bearer");
        else if (scheme == "basic")
            r.authorizationScheme = QStringLiteral("Basic");
    }
    return r;
}

} // namespace

SimulatedGateway::SimulatedGateway(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_acceptRetryTimer(new QTimer(this))
    , m_routes(std::make_unique<Routes>())
{
    qRegisterMetaType<RecordedRequest>();
    m_acceptRetryTimer->setSingleShot(true);
    m_acceptRetryTimer->setInterval(AcceptRetryMs);
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedGateway::acceptConnections);
    connect(m_server, &QTcpServer::acceptError, this, &SimulatedGateway::acceptFailed);
    connect(m_acceptRetryTimer, &QTimer::timeout, m_server, &QTcpServer::resumeAccepting);
}

SimulatedGateway::~SimulatedGateway()
{
    // Connections call back into the routes: end them before the routes go.
    m_server->close();
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool SimulatedGateway::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return false;
    QMutexLocker lock(&m_mutex);
    m_address = m_server->serverAddress();
    m_port = m_server->serverPort();
    return true;
}

QString SimulatedGateway::errorString() const
{
    return m_server->errorString();
}

quint16 SimulatedGateway::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QUrl SimulatedGateway::url() const
{
    QMutexLocker lock(&m_mutex);
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void SimulatedGateway::setRequiredToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    m_token = token;
}

OAuthServer &SimulatedGateway::oauth()
{
    return m_routes->oauth;
}

void SimulatedGateway::setTimeScale(double scale)
{
    QMutexLocker lock(&m_mutex);
    m_timeScale = qMax(0.0, scale);
}

void SimulatedGateway::setModelServices(bool enabled, int pageCap)
{
    QMutexLocker lock(&m_mutex);
    m_modelServices = enabled;
    m_modelServicesPageCap = qMax(1, pageCap);
}

void SimulatedGateway::setSqlWarehouse(int chunkRows, int runningPolls)
{
    QMutexLocker lock(&m_mutex);
    m_sqlChunkRows = qMax(1, chunkRows);
    m_sqlRunningPolls = qMax(0, runningPolls);
}

void SimulatedGateway::setSqlWarehousePages(int pageSize, WarehouseListEnd end)
{
    QMutexLocker lock(&m_mutex);
    m_sqlWarehousePageSize = qMax(0, pageSize);
    m_sqlWarehouseListEnd = end;
}

QList<RecordedRequest> SimulatedGateway::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void SimulatedGateway::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_rateLimited = 0;
}

void SimulatedGateway::setIdleTimeout(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_idleTimeoutMs = qMax(1, ms);
}

void SimulatedGateway::acceptConnections()
{
    int idleTimeoutMs = 0;
    {
        QMutexLocker lock(&m_mutex);
        idleTimeoutMs = m_idleTimeoutMs;
    }
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        new HttpConnection(
            socket, [this](const Request &request) { return handle(request); }, idleTimeoutMs,
            this);
    }
}

// QTcpServer pauses accepting on any error but a temporary one, and never resumes by itself:
// after running out of descriptors once, the simulator would accept nothing ever again.
void SimulatedGateway::acceptFailed()
{
    if (m_server->isListening())
        m_acceptRetryTimer->start();
}

Response SimulatedGateway::handle(const Request &request)
{
    if (request.path == "/__sim" || request.path.startsWith("/__sim/"))
        return handleControl(request);

    const RecordedRequest recorded = recordOf(request);
    QString token;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(recorded);
        if (m_requests.size() > MaxRecordedRequests)
            m_requests.removeFirst();
        token = m_token;
        m_routes->state.models.setTimeScale(m_timeScale);
        m_routes->state.modelServicesEnabled = m_modelServices;
        m_routes->state.modelServicesPageCap = m_modelServicesPageCap;
        m_routes->state.sqlChunkRows = m_sqlChunkRows;
        m_routes->state.sqlRunningPolls = m_sqlRunningPolls;
        m_routes->state.sqlWarehousePageSize = m_sqlWarehousePageSize;
        m_routes->state.sqlWarehouseListEnd = m_sqlWarehouseListEnd;
    }
    emit requestReceived(recorded);

    const ErrorStyle style = errorStyleForPath(request.path);
    std::optional<Response> invalid;
    const Faults faults = Faults::fromRequest(request, &invalid);
    if (invalid)
        return *invalid;
    // The authorization server's own routes take no bearer token: they hand them out.
    if (!request.path.startsWith("/oidc/")) {
        const QByteArray bearer = bearerOf(request);
        const OAuthServer::TokenState issued
            = bearer.isEmpty() ? OAuthServer::TokenState::Unknown : m_routes->oauth.stateOf(bearer);
        if (issued == OAuthServer::TokenState::Expired) {
            Response response = m_routes->oauth.expiredTokenResponse();
            faults.apply(response);
            return response;
        }
        if (issued == OAuthServer::TokenState::Unknown && !token.isEmpty()
            && !isAuthorized(request, token)) {
            Response response = unauthenticated(style);
            faults.apply(response);
            return response;
        }
    }
    if (faults.rateLimit() > 0) {
        bool limited = false;
        {
            QMutexLocker lock(&m_mutex);
            limited = m_rateLimited < faults.rateLimit();
            m_rateLimited += limited ? 1 : 0;
        }
        if (limited)
            return errorResponse(style,
                                 errorForStatus(429, QStringLiteral("Simulated rate limit "
                                                                    "(X-Sim-Fault: rate-limit).")));
    }
    std::optional<Response> replaced = faults.replacement(request, style);
    Response response = replaced ? std::move(*replaced) : m_routes->router.dispatch(request);
    faults.apply(response);
    return response;
}

// The simulator's own API, for tests that run it as a separate process: never authenticated,
// never recorded, never faulted.
Response SimulatedGateway::handleControl(const Request &request)
{
    if (request.path == "/__sim/requests") {
        if (request.method == "GET") {
            QJsonArray list;
            for (const RecordedRequest &r : requests())
                list.append(r.toJson());
            return Response::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        }
        if (request.method == "DELETE") {
            clearRequests();
            return Response::json(200, QByteArrayLiteral("{}"));
        }
        return methodNotAllowed(ErrorStyle::Databricks, request.method, request.path,
                                QByteArrayLiteral("GET, DELETE"));
    }
    return notFoundRoute(ErrorStyle::Databricks, request.method, request.path);
}

} // namespace Parlance::Sim
