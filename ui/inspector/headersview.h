#pragma once

#include "core/httprequest.h"

#include <QTableWidget>

namespace Parlance::Ui {

// A read-only name/value table of HTTP headers, as logged (credentials already masked).
class HeadersView final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersView)

public:
    explicit HeadersView(QWidget *parent = nullptr);

    void setHeaders(const Core::HttpHeaders &headers);
    const Core::HttpHeaders &headers() const { return m_headers; }

    // "Name: value" lines, what "Copy headers" puts on the clipboard.
    static QString toText(const Core::HttpHeaders &headers);

private:
    Core::HttpHeaders m_headers;
};

} // namespace Parlance::Ui
