#include "workspace/demogateway.h"

#include "sim/simulatedgateway.h"

namespace Parlance::Workspace {

DemoGateway::DemoGateway(QObject *parent) : QObject(parent) {}

DemoGateway::~DemoGateway()
{
    if (m_gateway)
        m_gateway->deleteLater(); // deleted in its own thread before the loop ends
    m_thread.quit();
    m_thread.wait();
}

void DemoGateway::start()
{
    if (isRunning()) {
        emit started(baseUrl());
        return;
    }
    if (m_gateway)
        return; // already starting
    m_thread.setObjectName(QStringLiteral("DemoGateway"));
    m_thread.start();
    m_gateway = new Sim::SimulatedGateway;
    m_gateway->moveToThread(&m_thread);
    // listen() must run in the gateway's own thread; the answer comes back queued.
    Sim::SimulatedGateway *gateway = m_gateway;
    QMetaObject::invokeMethod(gateway, [this, gateway] {
        const bool ok = gateway->listen();
        const QUrl url = gateway->url();
        const QString error = gateway->errorString();
        QMetaObject::invokeMethod(this, [this, ok, url, error] {
            if (!ok) {
                emit failed(error);
                return;
            }
            m_url = url;
            emit started(baseUrl());
        });
    });
}

QUrl DemoGateway::baseUrl() const
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace Parlance::Workspace
