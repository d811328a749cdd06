#include "inspector/exchangeview.h"

#include "inspector/bodyview.h"
#include "inspector/messagepanel.h"
#include "inspector/streampanel.h"
#include "inspector/timingpanel.h"

#include <QScrollArea>

namespace Parlance::Ui {

ExchangeView::ExchangeView(QWidget *parent)
    : QTabWidget(parent)
    , m_request(new MessagePanel)
    , m_response(new MessagePanel)
    , m_stream(new StreamPanel)
    , m_timing(new TimingPanel)
{
    setDocumentMode(true);
    addTab(m_request, tr("Request"));
    addTab(m_response, tr("Response"));
    addTab(m_stream, tr("Stream"));
    // The timing form is taller than a bottom dock usually is: let it scroll instead of
    // making the whole dock grow.
    auto *timingScroll = new QScrollArea;
    timingScroll->setWidget(m_timing);
    timingScroll->setWidgetResizable(true);
    timingScroll->setFrameShape(QFrame::NoFrame);
    timingScroll->setAccessibleName(tr("Timing"));
    addTab(timingScroll, tr("Timing"));
}

static QString requestLine(const Core::HttpRequest &request)
{
    return QString(QLatin1StringView("<b>") + QString::fromLatin1(request.method).toHtmlEscaped()
                   + QLatin1StringView("</b> ")
                   + request.url.toString(QUrl::RemoveUserInfo).toHtmlEscaped());
}

static QString statusLine(const Net::Exchange &exchange)
{
    // Only a finished hop has a total time.
    const bool inFlight = exchange.timings.totalMs < 0;
    const bool cancelled
        = exchange.error && exchange.error->kind == Core::ApiError::Kind::Cancelled;
    if (exchange.status == 0) {
        if (inFlight && !exchange.error)
            return ExchangeView::tr("<b>Waiting for the answer…</b>");
        const QString why = exchange.error ? exchange.error->message : QString();
        return cancelled ? ExchangeView::tr("<b>Cancelled</b> before an answer came")
                         : ExchangeView::tr("<b>No HTTP answer</b> %1").arg(why.toHtmlEscaped());
    }
    // A stream the user stopped got the answer it asked for: not an error to colour.
    const bool failed = exchange.status >= 400 || (exchange.error && !cancelled);
    const QString status = QString(QString::number(exchange.status) + QLatin1Char(' ')
                                   + QString::fromLatin1(exchange.reason).toHtmlEscaped());
    QString line
        = failed
              ? ExchangeView::tr("<b>HTTP <span style=\"color:#c0392b\">%1</span></b>").arg(status)
              : ExchangeView::tr("<b>HTTP %1</b>").arg(status);
    if (inFlight && !exchange.error)
        line += QString(QLatin1StringView(" — ") + ExchangeView::tr("the body is still arriving"));
    if (exchange.error && exchange.status < 400 && !exchange.error->message.isEmpty())
        line += QString(QLatin1StringView(" — ") + exchange.error->message.toHtmlEscaped());
    return line;
}

void ExchangeView::setExchange(const Net::Exchange &exchange)
{
    m_exchange = exchange;
    m_hasExchange = true;
    const Core::HttpRequest &request = exchange.request;
    m_request->setMessage(requestLine(request), request.headers, request.body,
                          tr("No body (%1 request)").arg(QString::fromLatin1(request.method)));
    // A streamed body is the raw event-stream: the Stream tab shows it parsed.
    m_response->setMessage(statusLine(exchange), exchange.responseHeaders, exchange.responseBody,
                           exchange.status == 0 ? tr("No response") : tr("Empty body"));
    m_stream->setExchange(exchange);
    m_timing->setExchange(exchange);
    setTabText(StreamTab, exchange.events.isEmpty()
                              ? tr("Stream")
                              : tr("Stream (%1)").arg(exchange.events.size()));
}

void ExchangeView::clear()
{
    m_exchange = {};
    m_hasExchange = false;
    m_request->clear();
    m_response->clear();
    m_stream->clear();
    m_timing->clear();
    setTabText(StreamTab, tr("Stream"));
}

void ExchangeView::focusSearch()
{
    switch (Tab(currentIndex())) {
    case RequestTab:
        m_request->bodyView()->focusSearch();
        break;
    case ResponseTab:
        m_response->bodyView()->focusSearch();
        break;
    case StreamTab:
        m_stream->eventBody()->focusSearch();
        break;
    case TimingTab:
        break;
    }
}

} // namespace Parlance::Ui
