#pragma once

#include "net/exchange.h"

#include <QTabWidget>

namespace Parlance::Ui {

class MessagePanel;
class StreamPanel;
class TimingPanel;

// The details of one exchange: Request, Response, Stream and Timing tabs.
class ExchangeView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeView)

public:
    enum Tab { RequestTab, ResponseTab, StreamTab, TimingTab };

    explicit ExchangeView(QWidget *parent = nullptr);

    void setExchange(const Net::Exchange &exchange);
    void clear();
    bool hasExchange() const { return m_hasExchange; }
    const Net::Exchange &exchange() const { return m_exchange; }

    MessagePanel *requestPanel() const { return m_request; }
    MessagePanel *responsePanel() const { return m_response; }
    StreamPanel *streamPanel() const { return m_stream; }
    TimingPanel *timingPanel() const { return m_timing; }

    // Puts the search field of the current tab's body in focus (Ctrl+F from anywhere).
    void focusSearch();

private:
    MessagePanel *m_request;
    MessagePanel *m_response;
    StreamPanel *m_stream;
    TimingPanel *m_timing;
    Net::Exchange m_exchange;
    bool m_hasExchange = false;
};

} // namespace Parlance::Ui
