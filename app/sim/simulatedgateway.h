#pragma once

#include "sim/gatewaystate.h"
#include "sim/recordedrequest.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTimer;

namespace Parlance::Sim {

class OAuthServer;
struct Request;
struct Response;

// A real HTTP/1.1 server on loopback that imitates OpenAI-compatible servers and Databricks
// (Chat Completions, Responses, invocations, model and endpoint lists, SQL ai_query) with
// deterministic demo models, and misbehaves on request (X-Sim-Fault, X-Sim-Chunk-Bytes).
// See app/sim/README.md for the routes, models and knobs.
//
// It may live in a worker thread: call listen() in the thread the object lives in. requests(),
// port(), url() and the setters may be called from any thread.
class SimulatedGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedGateway)

public:
    explicit SimulatedGateway(QObject *parent = nullptr);
    ~SimulatedGateway() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const; // why listen() failed
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    // Empty (the default): any credentials, or none, are accepted. Otherwise a request needs
    // `Authorization: Bearer <token>` or Basic base64("token:<token>").
    void setRequiredToken(const QString &token);
    // The workspace's OAuth authorization server (/oidc/...): its settings and fault knobs.
    // The access tokens it issues are accepted besides the required token, until they expire.
    OAuthServer &oauth();
    // Multiplies every simulated delay; 0 removes them.
    void setTimeScale(double scale);
    // A connection that waits this long for a request, receiving nothing, is closed. Applies
    // to connections accepted afterwards.
    void setIdleTimeout(int ms);
    // Unity AI Gateway's model services (ModelServiceRoutes). Off by default, as in most
    // workspaces today (the feature is in Beta): the listing answers 404 FEATURE_DISABLED.
    // `pageCap` caps its pages below the documented 1000, so paging can be tested with a few.
    void setModelServices(bool enabled, int pageCap = 1000);
    // The SQL warehouse: rows per result chunk, and how many polls a statement stays RUNNING
    // (so tests can force many chunks, or cancel a statement that is still running).
    void setSqlWarehouse(int chunkRows, int runningPolls);
    // The warehouse list in pages of `pageSize` linked by next_page_token (0, the default: all
    // on one page), and how the last page ends: a server that never ends the list is one a
    // client must not follow forever.
    void setSqlWarehousePages(int pageSize, WarehouseListEnd end = WarehouseListEnd::Last);

    // What was received, oldest first (the last MaxRecordedRequests), /__sim/ requests excepted.
    QList<RecordedRequest> requests() const;
    void clearRequests();

    static constexpr int MaxRecordedRequests = 10000;
    static constexpr int DefaultIdleTimeoutMs = 60 * 1000;
    // After a failed accept (out of descriptors, say) the server stops accepting this long,
    // then tries again: the waiting connection keeps the socket readable, so accepting at once
    // would spin.
    static constexpr int AcceptRetryMs = 100;

signals:
    void requestReceived(const Parlance::Sim::RecordedRequest &request);

private:
    struct Routes;

    void acceptConnections();
    void acceptFailed();
    Response handle(const Request &request);
    Response handleControl(const Request &request);

    QTcpServer *m_server;
    QTimer *m_acceptRetryTimer;
    std::unique_ptr<Routes> m_routes;

    mutable QMutex m_mutex; // guards the members below
    QString m_token;
    double m_timeScale = 1.0;
    bool m_modelServices = false;
    int m_modelServicesPageCap = 1000;
    int m_sqlChunkRows = 100;
    int m_sqlRunningPolls = 1;
    int m_sqlWarehousePageSize = 0;
    WarehouseListEnd m_sqlWarehouseListEnd = WarehouseListEnd::Last;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    int m_rateLimited = 0; // requests answered 429 for X-Sim-Fault: rate-limit=N
    QList<RecordedRequest> m_requests;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Parlance::Sim
