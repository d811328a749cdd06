#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Parlance::Sim {
class SimulatedGateway;
}

namespace Parlance::Workspace {

// The simulated gateway, started in-process on loopback for "Try the demo gateway". It runs in
// its own thread so its streaming never competes with the window for the GUI thread.
class DemoGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoGateway)

public:
    explicit DemoGateway(QObject *parent = nullptr);
    ~DemoGateway() override;

    // Starts listening on 127.0.0.1 (any free port); answers with started() or failed().
    void start();
    bool isRunning() const { return m_url.isValid(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    QThread m_thread;
    Sim::SimulatedGateway *m_gateway = nullptr;
    QUrl m_url;
};

} // namespace Parlance::Workspace
