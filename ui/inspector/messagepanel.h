#pragma once

#include "core/httprequest.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Parlance::Ui {

class BodyView;
class HeadersView;

// The Request or the Response tab: a first line (request line or status line), the headers
// and the body.
class MessagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePanel)

public:
    explicit MessagePanel(QWidget *parent = nullptr);

    // `summary` is rich text the caller has escaped; shown selectable above the headers.
    void setMessage(const QString &summary, const Core::HttpHeaders &headers,
                    const QByteArray &body, const QString &emptyBodyText);
    void clear();

    QLabel *summaryLabel() const { return m_summary; }
    HeadersView *headersView() const { return m_headers; }
    BodyView *bodyView() const { return m_body; }

private:
    QLabel *m_summary;
    QLabel *m_headersTitle;
    QToolButton *m_copyHeaders;
    HeadersView *m_headers;
    BodyView *m_body;
};

} // namespace Parlance::Ui
