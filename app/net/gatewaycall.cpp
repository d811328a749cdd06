#include "net/gatewaycall.h"

#include "api/errorbody.h"
#include "net/redaction.h"
#include "net/replyfailure.h"
#include "net/transport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace Parlance::Net {

static const QByteArray kUserAgent = QByteArrayLiteral("parlance/" PARLANCE_VERSION);
constexpr int kMaxRedirects = 5;

namespace {

QUrl redactedUrl(const QUrl &url, const SecretRedactor &secrets)
{
    if (secrets.isEmpty())
        return url;
    const QByteArray encoded = url.toEncoded();
    const QByteArray redacted = secrets.redact(encoded);
    return redacted == encoded ? url : QUrl::fromEncoded(redacted, QUrl::TolerantMode);
}

} // namespace

GatewayCall::GatewayCall(QNetworkAccessManager *network, Core::HttpRequest request,
                         Core::Connection connection, QString token, RetryPolicy retry,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_connection(std::move(connection))
    , m_token(std::move(token))
    , m_retry(retry)
    , m_secrets(SecretRedactor::forConnection(m_connection, m_token))
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_idleTimer, &QTimer::timeout, this, &GatewayCall::onIdleTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &GatewayCall::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_attempt;
        emit attemptStarted(m_attempt);
        sendHop();
    });
}

GatewayCall::~GatewayCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GatewayCall::start()
{
    if (m_finished || m_attempt > 0)
        return;
    m_url = m_request.url;
    m_method = m_request.method;
    m_hopBody = m_request.body;
    m_attempt = 1;
    if (m_connection.maxTimeSeconds > 0)
        m_deadline.start(std::chrono::seconds(m_connection.maxTimeSeconds));
    emit attemptStarted(m_attempt);
    if (signsIn())
        askToken(
            {}, [this] { sendHop(); }, std::nullopt);
    else
        sendHop();
}

void GatewayCall::askToken(const QString &refused, std::function<void()> then,
                           std::optional<Core::ApiError> failure)
{
    QPointer<GatewayCall> self(this);
    m_tokens->token(m_connection, refused,
                    [self, then, failure](const TokenSource::Answer &answer) {
                        if (!self || self->m_finished)
                            return;
                        if (answer.ok) {
                            self->useToken(answer.token);
                            then();
                            return;
                        }
                        Core::ApiError error;
                        if (failure) {
                            error = *failure;
                            error.message += QStringLiteral(" (") + answer.error + QLatin1Char(')');
                        } else {
                            error.kind = answer.network ? Core::ApiError::Kind::Network
                                                        : Core::ApiError::Kind::Http;
                            error.code = QStringLiteral("SIGN_IN_FAILED");
                            error.message = answer.error;
                        }
                        self->finish(error);
                    });
}

void GatewayCall::useToken(const QString &token)
{
    if (token == m_token)
        return;
    // The refused token stays masked too: an answer may still echo it.
    QList<QByteArray> secrets = m_secrets.secrets();
    secrets.append(token.toUtf8());
    m_secrets = SecretRedactor(secrets);
    m_token = token;
}

void GatewayCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        m_abort = Abort::Cancelled;
        m_reply->abort(); // onReplyFinished reports it
        return;
    }
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Cancelled;
    error.message = tr("The request was cancelled.");
    finish(error);
}

Core::HttpHeaders GatewayCall::outgoingHeaders() const
{
    Core::HttpHeaders headers = m_request.headers;
    headers.append({QByteArrayLiteral("User-Agent"), kUserAgent});
    for (const Core::HttpHeader &h : m_connection.extraHeaders) {
        // A user header may hold a key of its own: it follows the same rule as the token.
        if (m_sameAuthority || !m_connection.isSecretHeader(h.first))
            headers.append(h);
    }
    if (m_sameAuthority && !m_token.isEmpty()) {
        switch (m_connection.auth) {
        case Core::Connection::Auth::Bearer:
            headers.append({QByteArrayLiteral("Authorization"),
                            QByteArrayLiteral("Bearer ") + m_token.toUtf8()});
            break;
        case Core::Connection::Auth::Basic:
            headers.append(
                {QByteArrayLiteral("Authorization"),
                 QByteArrayLiteral("Basic ")
                     + QByteArray(QByteArrayLiteral("token:") + m_token.toUtf8()).toBase64()});
            break;
        case Core::Connection::Auth::None:
            break;
        }
    }
    return headers;
}

void GatewayCall::sendHop()
{
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_delivering = false;
    m_eventStream = false;
    m_requestSent = false;
    m_parser = SseParser();
    m_bodyRedactor = StreamRedactor(&m_secrets);
    m_received = 0;
    m_recordTail.clear();
    m_tailBytes = 0;

    QNetworkRequest request(m_url);
    // Redirects are followed by hand: Qt 6.4 would carry Authorization to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    const Core::HttpHeaders headers = outgoingHeaders();
    for (const Core::HttpHeader &h : headers)
        request.setRawHeader(h.first, h.second);

    m_exchange = Exchange{};
    m_exchange.attempt = m_attempt;
    m_exchange.startedAt = QDateTime::currentDateTimeUtc();
    m_exchange.request.method = m_method;
    m_exchange.request.url = redactedUrl(m_url, m_secrets);
    m_exchange.request.headers = m_secrets.redactHeaders(headers);
    m_exchange.request.body = m_secrets.redact(m_hopBody);
    m_exchange.request.streaming = m_request.streaming;
    emit exchangeStarted(m_exchange);

    // Restarted when the request is written: Qt holds a request back while the host's six
    // connections are busy, and that wait is not the gateway's time to answer. Until then it
    // times a request that never goes out (refused, no route).
    m_clock.start();
    // The connection's CA file and proxy: when they cannot be honoured the request does not
    // go out at all, rather than going out without them.
    if (const QString transportError = applyTransport(request, m_connection);
        !transportError.isEmpty()) {
        Core::ApiError error;
        error.kind = Core::ApiError::Kind::Network;
        error.message = transportError;
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }
    m_reply = m_network->sendCustomRequest(request, m_method, m_hopBody);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_idleTimer.start(qMax(1, m_connection.timeoutSeconds) * 1000);
        if (std::exchange(m_requestSent, true))
            return;
        m_clock.start();
        emit requestSent();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &GatewayCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &GatewayCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GatewayCall::onReplyFinished);
    m_idleTimer.start(qMax(1, m_connection.connectTimeoutSeconds) * 1000);
}

void GatewayCall::onMetaData()
{
    if (!m_reply || m_status != 0)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.status = m_status;
    m_exchange.reason = m_secrets.redact(
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    // Header values that echo a secret are masked for every listener, not only the record.
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_headers.append({pair.first, m_secrets.redact(pair.second)});
    m_exchange.responseHeaders = redactHeaders(m_headers);
    m_exchange.timings.headersMs = m_clock.elapsed();
    m_idleTimer.start(qMax(1, m_connection.timeoutSeconds) * 1000);

    m_delivering = m_status >= 200 && m_status < 300;
    const QByteArray contentType
        = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    m_eventStream = m_delivering && contentType.startsWith("text/event-stream");
    if (m_delivering)
        emit responseStarted(m_status, m_headers);
}

void GatewayCall::onReadyRead()
{
    // A listener that cancels while a read is being handled makes the aborted reply report its
    // leftovers here: the parser is mid-way through a read and cannot take more.
    if (!m_reply || m_feeding)
        return;
    if (m_status == 0)
        onMetaData();
    m_idleTimer.start(qMax(1, m_connection.timeoutSeconds) * 1000);
    // A burst can hold megabytes. It is taken a slice at a time, each handled before the next
    // is read, so the bytes, the events and what listeners make of them stay in cache.
    // Recorded bytes are read straight onto the end of the exchange's body (a buffer of their
    // own would be as big again); unrecorded ones go through one reused buffer.
    while (m_reply && !m_finished) {
        // Bytes are read straight onto the end of the recorded body while its head has room
        // (a buffer of their own would be as big again); otherwise through one reused buffer.
        const bool direct = m_secrets.isEmpty() && recordsBody()
                            && m_exchange.responseBody.size() < m_recordHeadBytes;
        QByteArray &buffer = direct ? m_exchange.responseBody : m_scratch;
        const qsizetype start = direct ? buffer.size() : 0;
        buffer.resize(start + kReadSlice); // the scratch buffer keeps its capacity
        const qint64 read = m_reply->read(buffer.data() + start, kReadSlice);
        buffer.resize(start + qMax<qint64>(read, 0));
        if (read <= 0)
            break;
        if (direct) {
            // The slice views the buffer; holding it keeps the view valid should a slot make
            // the buffer change, and lets events share it instead of copying their data.
            const QByteArray held = buffer;
            handleBytes(held, QByteArrayView(held.constData() + start, read));
        } else if (!m_secrets.isEmpty()) {
            // The raw bytes may echo a credential: only what the redactor lets pass is
            // recorded, parsed or handed on.
            const QByteArray safe
                = m_bodyRedactor.feed(QByteArrayView(m_scratch.constData(), read));
            takeBytes(safe, safe);
        } else {
            takeBytes(m_scratch, QByteArrayView(m_scratch.constData(), read));
        }
    }
}

void GatewayCall::takeBytes(const QByteArray &buffer, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (recordsBody())
        record(bytes);
    handleBytes(buffer, bytes);
}

void GatewayCall::record(QByteArrayView bytes)
{
    const qsizetype room = qMax<qsizetype>(0, m_recordHeadBytes - m_exchange.responseBody.size());
    m_exchange.responseBody += bytes.first(qMin(room, bytes.size()));
    if (room >= bytes.size())
        return;
    const QByteArrayView rest = bytes.sliced(room);
    m_tailBytes += rest.size();
    m_recordTail += rest;
    if (m_recordTail.size() > 2 * m_recordTailBytes) // trimmed now and then, not every read
        m_recordTail.remove(0, m_recordTail.size() - m_recordTailBytes);
}

void GatewayCall::handleBytes(const QByteArray &buffer, QByteArrayView bytes)
{
    if (m_exchange.timings.firstByteMs < 0)
        m_exchange.timings.firstByteMs = m_clock.elapsed();
    const qint64 allowed = m_connection.maxResponseBytes - m_received;
    if (bytes.size() > allowed) {
        // What fits is still handled, so the caller keeps everything up to the limit.
        if (allowed > 0) {
            m_received += allowed;
            processBytes(buffer, bytes.first(allowed));
        }
        abortReply(Abort::TooLarge);
        return;
    }
    m_received += bytes.size();
    processBytes(buffer, bytes);
}

void GatewayCall::processBytes(const QByteArray &buffer, QByteArrayView bytes)
{
    if (!m_delivering) {
        m_body += bytes;
        return;
    }
    emit bytesReceived(bytes);
    if (!m_eventStream) {
        m_body += bytes;
        return;
    }
    // The events of one read arrived together: one clock reading serves them all. They go out
    // in batches, one signal per batch rather than per event.
    const qint64 arrivedMs = m_clock.elapsed();
    const auto deliver = [this, arrivedMs] {
        if (!m_finished) { // a listener may have cancelled mid-read
            if (m_recordEvents) {
                // The record keeps where each event lies in the body, for those in its head.
                for (qsizetype i = 0; i < m_batch.size(); ++i) {
                    const auto [start, end] = m_batchSpans.at(i);
                    if (end > m_exchange.responseBody.size()) {
                        ++m_exchange.omittedEvents;
                        continue;
                    }
                    m_exchange.events.append({arrivedMs, start, end - start, m_batch.at(i).id});
                }
            }
            emit eventsReceived(m_batch);
        }
        m_batch.clear(); // keeps the capacity
        m_batchSpans.clear();
    };
    // When the bytes are read into the recorded body, events must not share it: a listener
    // that kept one would make the growing body be copied whole by every read. The parser
    // copies their data then (it lives until the batch is delivered).
    static const QByteArray noSharing;
    m_feeding = true;
    m_parser.feed(m_recordEvents ? noSharing : buffer, bytes,
                  [this, &deliver](Core::SseEvent &&event) {
                      if (m_recordEvents)
                          m_batchSpans.append({m_parser.eventStart(), m_parser.eventEnd()});
                      m_batch.append(std::move(event));
                      if (m_batch.size() == kEventBatch)
                          deliver();
                  });
    if (!m_batch.isEmpty())
        deliver();
    m_feeding = false;
    if (m_parser.pendingBytes() > qMin<qint64>(kMaxEventBytes, m_connection.maxResponseBytes))
        abortReply(Abort::EventTooLarge);
}

void GatewayCall::abortReply(Abort why)
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_abort = why;
    m_reply->abort(); // onReplyFinished reports it
}

void GatewayCall::onIdleTimeout()
{
    abortReply(m_requestSent ? Abort::IdleTimeout : Abort::ConnectTimeout);
}

void GatewayCall::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(Abort::Deadline);
        return;
    }
    // Waiting to retry: there is nothing to abort, only the wait to end.
    m_retryTimer.stop();
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Timeout;
    error.httpStatus = m_status;
    error.message = deadlineMessage();
    finish(error);
}

QString GatewayCall::deadlineMessage() const
{
    return tr("The request took longer than its limit of %1 s and was stopped; what arrived is "
              "kept. Raise the limit (--max-time, or the connection's settings) for slow models.")
        .arg(m_connection.maxTimeSeconds);
}

Core::ApiError GatewayCall::redacted(Core::ApiError error) const
{
    // Qt's error strings and redirect targets can carry what the server sent.
    error.message = m_secrets.redact(error.message);
    error.code = m_secrets.redact(error.code);
    error.type = m_secrets.redact(error.type);
    error.param = m_secrets.redact(error.param);
    error.raw = m_secrets.redact(std::move(error.raw));
    return error;
}

void GatewayCall::finishHop()
{
    if (m_exchange.error)
        m_exchange.error = redacted(*m_exchange.error);
    if (m_tailBytes > 0) {
        const QByteArrayView tail
            = QByteArrayView(m_recordTail)
                  .last(qMin<qsizetype>(m_recordTail.size(), m_recordTailBytes));
        m_exchange.omittedBodyBytes = m_tailBytes - tail.size();
        m_exchange.responseBody += "\n\n[... " + QByteArray::number(m_exchange.omittedBodyBytes)
                                   + " bytes not recorded ...]\n\n";
        m_exchange.responseBody += tail;
        m_recordTail.clear();
        m_tailBytes = 0;
    }
    m_exchange.timings.totalMs = m_clock.elapsed();
    m_exchanges.append(m_exchange);
    emit exchangeRecorded(m_exchange);
}

void GatewayCall::onReplyFinished()
{
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_status == 0 && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        onMetaData();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    // The end of the body decides a tail that was held back in case it began a secret. A
    // listener that cancelled mid-read gets nothing more, as with unread bytes.
    if (!m_feeding && !m_finished) {
        const QByteArray held = m_bodyRedactor.finish();
        takeBytes(held, held);
    }
    m_reply = nullptr;
    reply->deleteLater();

    const Abort abort = std::exchange(m_abort, Abort::None);
    Core::ApiError error;
    error.httpStatus = m_status;

    if (abort == Abort::Cancelled) {
        error.kind = Core::ApiError::Kind::Cancelled;
        error.message = tr("The request was cancelled.");
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }
    if (abort == Abort::TooLarge || abort == Abort::EventTooLarge) {
        error.kind = Core::ApiError::Kind::Protocol;
        const double megabytes
            = double(abort == Abort::TooLarge
                         ? m_connection.maxResponseBytes
                         : qMin<qint64>(kMaxEventBytes, m_connection.maxResponseBytes))
              / (1 << 20);
        error.message
            = abort == Abort::TooLarge
                  ? tr("The answer grew past %L1 MB, this connection's limit, so Parlance stopped "
                       "reading it; what arrived is kept. If the answer is expected to be this "
                       "large, raise the limit (--max-response-mb, or the connection's settings).")
                        .arg(megabytes, 0, 'f', 1)
                  : tr("One stream event grew past %L1 MB without ending, so Parlance stopped "
                       "reading; what arrived is kept. The server is not sending a valid event "
                       "stream.")
                        .arg(megabytes, 0, 'f', 1);
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }
    if (abort == Abort::Deadline) {
        error.kind = Core::ApiError::Kind::Timeout;
        error.message = deadlineMessage();
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }
    if (abort != Abort::None) {
        error.kind = Core::ApiError::Kind::Timeout;
        error.message = abort == Abort::ConnectTimeout
                            ? tr("Could not connect to %1 within %2 s.")
                                  .arg(m_url.host())
                                  .arg(m_connection.connectTimeoutSeconds)
                            : idleTimeoutMessage(m_connection.timeoutSeconds, m_status != 0,
                                                 m_exchange.timings.firstByteMs >= 0);
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    if (m_status == 0) {
        // No HTTP answer at all: refused, DNS, TLS, reset before the status line.
        error.kind = Core::ApiError::Kind::Network;
        error.message = reply->errorString();
        m_exchange.error = error;
        finishHop();
        if (m_retry.isRetryableNetworkError() && scheduleRetry(error, std::nullopt))
            return;
        finish(error);
        return;
    }

    if (m_status >= 300 && m_status < 400 && m_status != 304) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid() && !location.isEmpty()) {
            m_exchange.redirectedTo = redactedUrl(m_url.resolved(location), m_secrets);
            finishHop();
            followRedirect(m_url.resolved(location));
            return;
        }
    }

    const QString undecoded = decompressionFailure(reply, m_headers);
    if (!m_delivering) {
        // What Qt could not decompress is no message: it stays in raw for the details.
        error = Api::parseErrorResponse(m_status, m_headers,
                                        undecoded.isEmpty() ? m_body : QByteArray());
        if (!undecoded.isEmpty()) {
            error.message += QStringLiteral(" (") + undecoded + QLatin1Char(')');
            error.raw = m_body;
        }
        m_exchange.error = error;
        finishHop();
        // An expired OAuth token: Databricks answers 403 "Invalid access token.", others 401.
        if ((m_status == 401 || m_status == 403) && !m_tokenRenewed && m_sameAuthority
            && signsIn()) {
            m_tokenRenewed = true;
            askToken(
                m_token,
                [this] {
                    m_url = m_request.url;
                    m_method = m_request.method;
                    m_hopBody = m_request.body;
                    m_redirects = 0;
                    ++m_attempt;
                    emit attemptStarted(m_attempt);
                    sendHop();
                },
                error);
            return;
        }
        if (m_retry.isRetryable(m_status, m_headers)
            && scheduleRetry(error, error.retryAfterSeconds))
            return;
        finish(error);
        return;
    }

    if (netError != QNetworkReply::NoError) {
        // The answer started and then broke off: what arrived is kept by the caller.
        error.kind = Core::ApiError::Kind::Protocol;
        error.message = undecoded.isEmpty()
                            ? tr("The connection closed before the answer was complete (%1).")
                                  .arg(reply->errorString())
                            : tr("The answer could not be read: %1.").arg(undecoded);
        m_exchange.error = error;
        finishHop();
        finish(error);
        return;
    }
    finishHop();
    finish(std::nullopt);
}

bool GatewayCall::followRedirect(const QUrl &location)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Network;
    error.httpStatus = m_status;
    if (++m_redirects > kMaxRedirects) {
        error.message = tr("Too many redirects (more than %1).").arg(kMaxRedirects);
        finish(error);
        return false;
    }
    if (m_url.scheme() == QLatin1String("https") && location.scheme() != QLatin1String("https")) {
        error.message = tr("Refused to follow a redirect from https to %1.")
                            .arg(location.toString(QUrl::RemoveUserInfo));
        finish(error);
        return false;
    }
    if (location.scheme() != QLatin1String("http") && location.scheme() != QLatin1String("https")) {
        error.message = tr("Refused to follow a redirect to %1.")
                            .arg(location.toString(QUrl::RemoveUserInfo));
        finish(error);
        return false;
    }
    if (m_status == 303) {
        m_method = QByteArrayLiteral("GET");
        m_hopBody.clear();
    }
    m_url = location;
    // Credentials go only to the connection's own origin, and a hop away never earns them back.
    m_sameAuthority = m_sameAuthority && Core::urlAuthority(location) == m_connection.authority();
    sendHop();
    return true;
}

bool GatewayCall::scheduleRetry(const Core::ApiError &reason, std::optional<double> retryAfter)
{
    if (m_attempt > m_retry.maxRetries)
        return false;
    const std::optional<double> delay
        = m_retry.delayFor(m_attempt, retryAfter, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    // Retry from the original URL: a redirect may have been the failing part.
    m_url = m_request.url;
    m_method = m_request.method;
    m_hopBody = m_request.body;
    m_sameAuthority = true;
    m_redirects = 0;
    emit retrying(m_attempt + 1, *delay, reason);
    m_retryTimer.start(qRound(*delay * 1000.0));
    return true;
}

void GatewayCall::finish(std::optional<Core::ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (error)
        error = redacted(*std::move(error));
    m_error = std::move(error);
    emit finished();
}

} // namespace Parlance::Net
