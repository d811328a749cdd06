#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A hostile OpenAI-compatible server on loopback that sends the caller's own credential back.
// The model named in the request picks where the credential comes back (see Mode), so the CLI
// and the app can be pointed at it like at any gateway. It answers POST .../chat/completions
// and GET .../models; the credential is whatever followed "Bearer " or "Basic " (the latter
// echoed as sent, base64 and all, and decoded).
class EchoGateway final : public QObject
{
    Q_OBJECT

public:
    // Model names, one per place a secret can come back.
    static QList<QByteArray> modes()
    {
        return {"echo-header",     // a response header (and the reason phrase)
                "echo-error",      // a 401 JSON error whose message quotes the token
                "echo-error-text", // a 403 plain-text body with the Authorization line
                "echo-body",       // a 200 JSON completion whose content is the token
                "echo-stream",     // an SSE delta whose content is the token
                "echo-split",      // the token spread over several SSE deltas
                "echo-escaped",    // the token spelt with JSON \\u escapes in a delta
                "echo-event",      // an SSE error event quoting the token
                "echo-basic",      // the base64 Basic credential and its decoded form
                "echo-redirect"};  // a redirect whose Location carries the token (one hop)
    }

    // Every spelling a credential travels in: raw, and the Basic base64 of "token:" + it
    // (with and without padding). None may survive in anything the gateway's answer reaches.
    static QList<QByteArray> spellings(const QString &secret)
    {
        const QByteArray raw = secret.toUtf8();
        const QByteArray basic = "token:" + raw;
        return {raw, basic.toBase64(), basic.toBase64(QByteArray::OmitTrailingEquals)};
    }

    explicit EchoGateway(QObject *parent = nullptr);
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body);

    QTcpServer m_server;
    int m_requests = 0;
};
