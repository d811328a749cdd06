#pragma once

#include "net/exchange.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace Parlance::Ui {

class BodyView;
class StreamEventModel;

// The Stream tab: every SSE event with its arrival time, type, data and what the decoder made
// of it; the selected event's data below, formatted.
class StreamPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPanel)

public:
    explicit StreamPanel(QWidget *parent = nullptr);

    void setExchange(const Net::Exchange &exchange);
    void clear();

    QLabel *summaryLabel() const { return m_summary; }
    QTableView *eventsView() const { return m_view; }
    StreamEventModel *eventModel() const { return m_model; }
    BodyView *eventBody() const { return m_eventBody; }

private:
    void showCurrentEvent();

    StreamEventModel *m_model;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QTableView *m_view;
    BodyView *m_eventBody;
};

} // namespace Parlance::Ui
