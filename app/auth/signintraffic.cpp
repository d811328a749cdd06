#include "auth/signintraffic.h"

#include "net/redaction.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace Parlance::Auth {

namespace {

QByteArray methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

Core::HttpHeaders headersOf(const QNetworkRequest &request)
{
    Core::HttpHeaders headers;
    for (const QByteArray &name : request.rawHeaderList())
        headers.append({name, request.rawHeader(name)});
    return headers;
}

} // namespace

SignInTraffic *SignInTraffic::of(QNetworkAccessManager *network)
{
    if (auto *known = network->findChild<SignInTraffic *>(QString(), Qt::FindDirectChildrenOnly))
        return known;
    return new SignInTraffic(network);
}

void SignInTraffic::follow(QNetworkAccessManager *network, QNetworkReply *reply,
                           const QByteArray &body, const QList<QByteArray> &secrets)
{
    SignInTraffic *traffic = of(network);
    struct Followed
    {
        quint64 id = 0;
        Net::Exchange exchange;
        QList<QByteArray> secrets;
        QElapsedTimer clock;
    };
    auto followed = std::make_shared<Followed>();
    followed->id = traffic->m_nextId++;
    followed->clock.start();

    Net::Exchange &e = followed->exchange;
    e.origin = Net::Exchange::Origin::SignIn;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.request.method = methodOf(reply);
    followed->secrets = secrets;
    e.request.url = Net::redactQueryFields(reply->request().url(), &followed->secrets);
    const Net::FieldRedaction fields = Net::redactCredentialFields(body);
    followed->secrets.append(fields.secrets);
    const Net::SecretRedactor sent(followed->secrets);
    e.request.body = sent.redact(fields.text);
    e.request.headers = sent.redactHeaders(headersOf(reply->request()));
    emit traffic->exchangeStarted(followed->id, e);

    connect(reply, &QNetworkReply::metaDataChanged, traffic, [followed] {
        if (followed->exchange.timings.headersMs < 0)
            followed->exchange.timings.headersMs = followed->clock.elapsed();
    });
    connect(reply, &QNetworkReply::readyRead, traffic, [followed] {
        if (followed->exchange.timings.firstByteMs < 0)
            followed->exchange.timings.firstByteMs = followed->clock.elapsed();
    });
    connect(reply, &QNetworkReply::finished, traffic, [traffic, followed, reply] {
        Net::Exchange &e = followed->exchange;
        e.timings.totalMs = followed->clock.elapsed();
        e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Peeked, not read: whoever asked reads the answer after this.
        const QByteArray body = reply->peek(reply->bytesAvailable());
        const Net::FieldRedaction answer = Net::redactCredentialAnswer(body, e.status);
        const Net::SecretRedactor redactor(followed->secrets + answer.secrets);
        if (e.status > 0) {
            e.reason = redactor.redact(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
            e.responseHeaders = redactor.redactHeaders(reply->rawHeaderPairs());
            e.responseBody = redactor.redact(answer.text);
            if (e.responseBody.size() > kRecordBodyBytes) {
                e.omittedBodyBytes = e.responseBody.size() - kRecordBodyBytes;
                e.responseBody.truncate(kRecordBodyBytes);
                e.responseBody += "\n\n[... " + QByteArray::number(e.omittedBodyBytes)
                                  + " bytes not recorded ...]\n";
            }
        } else {
            Core::ApiError error;
            const QNetworkReply::NetworkError code = reply->error();
            error.kind = code == QNetworkReply::TimeoutError
                                 || code == QNetworkReply::OperationCanceledError
                             ? Core::ApiError::Kind::Timeout
                             : Core::ApiError::Kind::Network;
            error.message = redactor.redact(reply->errorString());
            e.error = error;
        }
        emit traffic->exchangeRecorded(followed->id, e);
    });
}

} // namespace Parlance::Auth
