#pragma once

#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace Parlance::Auth {

// The end of the browser sign-in: a small HTTP server on this machine's loopback interface
// that the authorization server redirects the browser to, with the code and state in the
// query. It listens on port 8020, as the Databricks CLI does, or the next free one up to 8040
// (the range the Databricks SDKs try, so the databricks-cli client accepts it); the redirect
// URI is http://localhost:PORT. Anything that is not the redirect gets 404.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    static constexpr quint16 FirstPort = 8020;
    static constexpr quint16 LastPort = 8040;

    bool listen(); // false when every port is taken
    QString errorString() const { return m_error; }
    QUrl redirectUri() const; // http://localhost:PORT
    quint16 port() const { return m_port; }

signals:
    // The query of the redirect: code and state, or error and error_description.
    void redirected(const QUrlQuery &query);

private:
    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);

    QList<QTcpServer *> m_servers; // 127.0.0.1, and ::1 where there is one
    quint16 m_port = 0;
    QString m_error;
    bool m_done = false;
};

} // namespace Parlance::Auth
