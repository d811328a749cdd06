#include "echogateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace {

QByteArray status(int code, QByteArrayView reason)
{
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason.toByteArray() + "\r\n";
}

QByteArray finishHead(QByteArray head, const QByteArray &contentType, qsizetype length)
{
    head += "Content-Type: " + contentType + "\r\n";
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return head + "Connection: close\r\n\r\n";
}

QByteArray chunk(const QByteArray &content)
{
    QJsonObject delta{{QStringLiteral("content"), QString::fromUtf8(content)}};
    QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}};
    QJsonObject event{{QStringLiteral("id"), QStringLiteral("chatcmpl-echo")},
                      {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("model"), QStringLiteral("echo")},
                      {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray finalChunks()
{
    return QByteArrayLiteral(
        "data: {\"id\":\"chatcmpl-echo\",\"object\":\"chat.completion.chunk\",\"model\":\"echo\","
        "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        "data: [DONE]\n\n");
}

QByteArray unicodeEscaped(const QByteArray &text)
{
    QByteArray out;
    for (char c : text)
        out += "\\u" + QByteArray::number(uchar(c), 16).rightJustified(4, '0');
    return out;
}

} // namespace

EchoGateway::EchoGateway(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

QUrl EchoGateway::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void EchoGateway::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        const QByteArray body = buffer->mid(end + 4, length);
        buffer->clear();
        ++m_requests;
        answer(socket, head, body);
    });
}

void EchoGateway::answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    QByteArray authorization;
    QByteArray target;
    for (const QByteArray &rawLine : head.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (target.isEmpty())
            target = line.split(' ').value(1);
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    const QByteArray credential = authorization.mid(authorization.indexOf(' ') + 1);
    const QByteArray token = authorization.startsWith("Basic ")
                                 ? QByteArray::fromBase64(credential).mid(6) // "token:..."
                                 : credential;

    auto send = [socket](const QByteArray &bytes) {
        socket->write(bytes);
        socket->disconnectFromHost();
    };

    if (target.endsWith("/models")) {
        const QByteArray list = "{\"object\":\"list\",\"data\":[{\"id\":\"echo-header\",\"object\":"
                                "\"model\",\"owned_by\":\""
                                + token + "\"}]}";
        send(finishHead(status(200, "OK") + "X-Echo: " + token + "\r\n", "application/json",
                        list.size())
             + list);
        return;
    }

    const QByteArray model
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("model")).toString().toUtf8();
    const QByteArray sse = "text/event-stream";
    if (model == "echo-header") {
        const QByteArray text
            = "{\"id\":\"c\",\"object\":\"chat.completion\",\"choices\":[{\"index\""
              ":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},"
              "\"finish_reason\":\"stop\"}]}";
        send(finishHead(status(200, QByteArray("OK " + token)) + "X-Echo: Bearer " + token
                            + "\r\nX-Request-Id: req-" + token + "\r\n",
                        "application/json", text.size())
             + text);
    } else if (model == "echo-error") {
        const QByteArray error = "{\"error\":{\"message\":\"Invalid API key: " + token
                                 + "\",\"type\":\"invalid_request_error\",\"code\":\"" + token
                                 + "\"}}";
        send(finishHead(status(401, "Unauthorized"), "application/json", error.size()) + error);
    } else if (model == "echo-error-text") {
        const QByteArray error = "Forbidden. You sent: Authorization: " + authorization + "\n";
        send(finishHead(status(403, "Forbidden"), "text/plain", error.size()) + error);
    } else if (model == "echo-body") {
        const QByteArray text
            = "{\"id\":\"c\",\"object\":\"chat.completion\",\"choices\":[{\"index\""
              ":0,\"message\":{\"role\":\"assistant\",\"content\":\"your key is "
              + token + "\"},\"finish_reason\":\"stop\"}]}";
        send(finishHead(status(200, "OK"), "application/json", text.size()) + text);
    } else if (model == "echo-stream" || model == "echo-split" || model == "echo-escaped") {
        QByteArray events = chunk("your key is ");
        if (model == "echo-stream") {
            events += chunk(token);
        } else if (model == "echo-split") {
            for (qsizetype i = 0; i < token.size(); i += 3)
                events += chunk(token.mid(i, 3));
        } else {
            events += "data: {\"id\":\"chatcmpl-echo\",\"object\":\"chat.completion.chunk\","
                      "\"model\":\"echo\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                      + unicodeEscaped(token) + "\"}}]}\n\n";
        }
        events += chunk(" - goodbye") + finalChunks();
        // Written in small pieces, so the token also straddles socket reads.
        socket->write(finishHead(status(200, "OK"), sse, -1));
        for (qsizetype i = 0; i < events.size(); i += 7)
            socket->write(events.mid(i, 7));
        socket->disconnectFromHost();
    } else if (model == "echo-event") {
        const QByteArray events = chunk("partial ") + "data: {\"error\":{\"message\":\"token "
                                  + token + " was revoked\",\"code\":\"" + token + "\"}}\n\n";
        send(finishHead(status(200, "OK"), sse, -1) + events);
    } else if (model == "echo-basic") {
        const QByteArray error = "{\"error\":{\"message\":\"bad credential " + credential
                                 + " (token:" + token + ")\"}}";
        send(finishHead(status(401, "Unauthorized") + "WWW-Authenticate: Basic realm=\""
                            + credential + "\"\r\n",
                        "application/json", error.size())
             + error);
    } else if (model == "echo-redirect") {
        if (target.contains("hop=1")) {
            const QByteArray error = "{\"error\":{\"message\":\"moved\"}}";
            send(finishHead(status(404, "Not Found"), "application/json", error.size()) + error);
            return;
        }
        send(finishHead(status(307, "Temporary Redirect") + "Location: " + target
                            + "?hop=1&key=" + token + "\r\n",
                        "text/plain", 0));
    } else {
        send(finishHead(status(404, "Not Found"), "text/plain", 0));
    }
}
