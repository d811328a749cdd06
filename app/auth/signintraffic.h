#pragma once

#include "net/exchange.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace Parlance::Auth {

// The requests sign-ins send (OAuth discovery, the token endpoint), recorded with every secret
// masked before anything is kept: the client secret, the code and its verifier, the refresh
// token and Basic credentials of a request, the tokens of an answer. Whoever lists traffic (the
// app's inspector, the CLI's --inspect and --har) follows them here.
//
// One per network manager, made on first use as its child: a sign-in sends through the manager
// its provider was given, which the app and the CLI share with their gateway client, so whoever
// holds that manager finds the records without the providers knowing who listens.
class SignInTraffic final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInTraffic)

public:
    static SignInTraffic *of(QNetworkAccessManager *network);

    // Records `reply`, a sign-in request just sent through `network` with `body`: announced now,
    // completed when it finishes. `secrets`: credentials it carries outside its fields (the
    // Basic header's), masked wherever the answer echoes them. Connects to the reply before
    // anyone reads it: call it before connecting to finished().
    static void follow(QNetworkAccessManager *network, QNetworkReply *reply, const QByteArray &body,
                       const QList<QByteArray> &secrets = {});

    // What a record keeps of an answer's body at most.
    static constexpr qsizetype kRecordBodyBytes = 1 << 20;

signals:
    // `id` pairs the two signals of one request.
    void exchangeStarted(quint64 id, const Parlance::Net::Exchange &exchange);
    void exchangeRecorded(quint64 id, const Parlance::Net::Exchange &exchange);

private:
    explicit SignInTraffic(QObject *parent) : QObject(parent) {}

    quint64 m_nextId = 1;
};

} // namespace Parlance::Auth
