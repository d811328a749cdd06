#include "auth/loopbackreceiver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Parlance::Auth {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &html)
{
    socket->write("HTTP/1.1 " + status
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent) {}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    for (quint16 port = FirstPort; port <= LastPort; ++port) {
        auto *v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress::LocalHost, port)) {
            m_error = v4->errorString();
            delete v4;
            continue;
        }
        m_servers.append(v4);
        // "localhost" may resolve to ::1 first; a machine without IPv6 just has no second one.
        auto *v6 = new QTcpServer(this);
        if (v6->listen(QHostAddress::LocalHostIPv6, port))
            m_servers.append(v6);
        else
            delete v6;
        for (QTcpServer *server : std::as_const(m_servers))
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        m_port = port;
        return true;
    }
    m_error = tr("Ports %1 to %2 on this machine are all in use (%3); close what uses them and "
                 "sign in again.")
                  .arg(FirstPort)
                  .arg(LastPort)
                  .arg(m_error);
    return false;
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_port);
    return url;
}

void LoopbackReceiver::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        answer(socket, "431 Request Header Fields Too Large", {});
        return;
    }
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return;
    socket->disconnect(this);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    rawQuery.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(rawQuery));
    const bool isRedirect = requestLine.value(0) == "GET"
                            && (query.hasQueryItem(QStringLiteral("code"))
                                || query.hasQueryItem(QStringLiteral("error")));
    if (!isRedirect || m_done) {
        answer(socket, "404 Not Found", QByteArrayLiteral("<html><body>Not found.</body></html>"));
        return;
    }
    m_done = true;
    const bool failed = query.hasQueryItem(QStringLiteral("error"));
    const QString page
        = failed ? tr("Sign-in failed. Return to Parlance to see why and try again.")
                 : tr("You are signed in. You can close this tab and return to Parlance.");
    answer(socket, "200 OK",
           "<!doctype html><html><head><meta charset=\"utf-8\"><title>Parlance</title></head>"
           "<body><p>"
               + page.toHtmlEscaped().toUtf8() + "</p></body></html>");
    emit redirected(query);
}

} // namespace Parlance::Auth
