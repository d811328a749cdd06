#pragma once

#include "core/apierror.h"
#include "core/connection.h"
#include "core/httprequest.h"
#include "core/sseevent.h"
#include "net/exchange.h"
#include "net/redaction.h"
#include "net/retrypolicy.h"
#include "net/sseparser.h"
#include "net/tokensource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Parlance::Net {

// One logical request: its attempts (retries on 429/503 and safe 5xx, honouring Retry-After),
// its redirect hops (followed by hand so Authorization never reaches another host) and the
// streamed events of the answer that is finally delivered.
class GatewayCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayCall)

public:
    static constexpr qsizetype kReadSlice = 64 * 1024; // bytes taken from the socket at a time
    static constexpr qsizetype kEventBatch = 64;       // events per eventsReceived() at most
    // What an exchange records of a body: its head, then its tail. The inspector needs the
    // beginning (headers of the answer, first events) and the end (usage, finish, errors).
    static constexpr qsizetype kRecordHeadBytes = 24 << 20;
    static constexpr qsizetype kRecordTailBytes = 8 << 20;
    // What an exchange records of a body past which head and tail are kept (tests use less).
    void setRecordLimits(qsizetype headBytes, qsizetype tailBytes)
    {
        m_recordHeadBytes = headBytes;
        m_recordTailBytes = tailBytes;
    }
    // One event larger than this is a server that never ends it.
    static constexpr qsizetype kMaxEventBytes = 16 << 20;
    // Bytes Qt buffers ahead of us: past this it stops reading the socket (backpressure).
    static constexpr qsizetype kReadBufferBytes = 4 << 20;

    GatewayCall(QNetworkAccessManager *network, Core::HttpRequest request,
                Core::Connection connection, QString token, RetryPolicy retry,
                QObject *parent = nullptr);
    ~GatewayCall() override;

    void start();
    void cancel(); // finishes with a Cancelled error; what arrived so far stays
    // Whether the exchange record keeps every stream event (the inspector and --inspect need
    // them; a plain CLI run does not, and 20,000 kept events cost more than decoding them).
    void setRecordEvents(bool record) { m_recordEvents = record; }
    // Where a connection that signs in gets its token (before start()): asked before the first
    // hop, and once more when the gateway refuses the token.
    void setTokenSource(TokenSource *source) { m_tokens = source; }

    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    int status() const { return m_status; } // of the answer delivered, 0 if none
    const Core::HttpHeaders &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; } // non-2xx or non-stream body
    const std::optional<Core::ApiError> &error() const { return m_error; }
    bool streamHasPendingData() const { return m_parser.hasPendingData(); }
    const QList<Exchange> &exchanges() const { return m_exchanges; } // finished hops
    const Exchange &currentExchange() const { return m_exchange; }
    // Since the hop's request was written to the socket (since it was handed to Qt, while it
    // has not been): time spent queued for a connection is not counted.
    qint64 msSinceRequestSent() const { return m_clock.isValid() ? m_clock.elapsed() : -1; }

signals:
    void attemptStarted(int attempt);
    void retrying(int nextAttempt, double delaySeconds, const Core::ApiError &reason);
    // A hop's request was just made (masked as in exchanges()); exchangeRecorded() follows once
    // it is over, so a log can show it while it is in flight.
    void exchangeStarted(const Parlance::Net::Exchange &exchange);
    // The hop's request was written to the socket: it waits no longer for a connection, and
    // its clock (timings, msSinceRequestSent()) starts now.
    void requestSent();
    // A 2xx answer's headers: from here on its bytes and events are delivered.
    void responseStarted(int status, const Core::HttpHeaders &headers);
    void bytesReceived(QByteArrayView bytes); // raw body bytes of the delivered answer
    // Decoded events of a delivered stream, in order, a batch at a time: those of one read, up
    // to kEventBatch. An event's data may share the read buffer: keeping it is safe, and
    // modifying it copies.
    void eventsReceived(const QList<Core::SseEvent> &events);
    void exchangeRecorded(const Parlance::Net::Exchange &exchange);
    void finished();

private:
    enum class Abort {
        None,
        Cancelled,
        ConnectTimeout,
        IdleTimeout,
        Deadline,
        TooLarge,
        EventTooLarge
    };

    void sendHop();
    void onMetaData();
    void onReadyRead();
    void takeBytes(const QByteArray &buffer, QByteArrayView bytes);
    void record(QByteArrayView bytes);
    bool recordsBody() const { return m_recordEvents || !m_eventStream; }
    void abortReply(Abort why);
    void handleBytes(const QByteArray &buffer, QByteArrayView bytes); // within the size limit
    void processBytes(const QByteArray &buffer, QByteArrayView bytes);
    void onReplyFinished();
    void onIdleTimeout();
    void onDeadline();
    QString deadlineMessage() const;
    void finishHop();
    void finish(std::optional<Core::ApiError> error);
    bool scheduleRetry(const Core::ApiError &reason, std::optional<double> retryAfter);
    bool followRedirect(const QUrl &location);
    Core::HttpHeaders outgoingHeaders() const;
    Core::ApiError redacted(Core::ApiError error) const;
    bool signsIn() const { return m_tokens && m_tokens->supplies(m_connection); }
    // Asks the token source for a token (replacing `refused`), then runs `then`; a failure
    // finishes the call with `failure` (or an error of its own) saying why.
    void askToken(const QString &refused, std::function<void()> then,
                  std::optional<Core::ApiError> failure);
    void useToken(const QString &token);

    QNetworkAccessManager *m_network;
    const Core::HttpRequest m_request;
    const Core::Connection m_connection;
    QString m_token; // replaced when a token source renews it
    const RetryPolicy m_retry;
    // Everything the gateway sends passes through this before anyone sees it.
    SecretRedactor m_secrets;
    StreamRedactor m_bodyRedactor{&m_secrets}; // the hop's body, which arrives in pieces

    // The hop in flight: a redirect can change URL, method and body.
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_hopBody;
    bool m_sameAuthority = true;

    QPointer<TokenSource> m_tokens;
    bool m_tokenRenewed = false; // a refused token is renewed once per call
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QTimer m_deadline; // the connection's maxTimeSeconds, over every attempt
    SseParser m_parser;
    Exchange m_exchange;
    QList<Exchange> m_exchanges;

    int m_attempt = 0;
    int m_redirects = 0;
    int m_status = 0;
    Core::HttpHeaders m_headers;
    QByteArray m_body;
    bool m_delivering = false; // this hop's answer is 2xx: stream it to the caller
    bool m_eventStream = false;
    bool m_requestSent = false;
    Abort m_abort = Abort::None;
    qint64 m_received = 0;   // body bytes of this hop so far
    QByteArray m_recordTail; // the body's recent bytes, once the record's head is full
    qint64 m_tailBytes = 0;  // bytes that went to the tail in all
    qsizetype m_recordHeadBytes = kRecordHeadBytes;
    qsizetype m_recordTailBytes = kRecordTailBytes;
    bool m_finished = false;
    bool m_recordEvents = true;
    QByteArray m_scratch;          // the read buffer of a stream that is not recorded
    QList<Core::SseEvent> m_batch; // events not yet delivered; reused so its capacity stays
    QList<std::pair<qint64, qint64>> m_batchSpans; // where they lie in the stream, if recorded
    bool m_feeding = false;                        // the parser is working through a read
    std::optional<Core::ApiError> m_error;
};

} // namespace Parlance::Net
