#include "inspector/headersview.h"

#include <QHeaderView>

namespace Parlance::Ui {

HeadersView::HeadersView(QWidget *parent) : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    setAccessibleName(tr("Headers"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    setMinimumHeight(fontMetrics().height() * 3);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, 200);
}

void HeadersView::setHeaders(const Core::HttpHeaders &headers)
{
    m_headers = headers;
    setRowCount(int(headers.size()));
    for (int row = 0; row < int(headers.size()); ++row) {
        const QString value = QString::fromUtf8(headers[row].second);
        auto *name = new QTableWidgetItem(QString::fromLatin1(headers[row].first));
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(value);
        setItem(row, 0, name);
        setItem(row, 1, valueItem);
    }
    resizeColumnToContents(0);
    horizontalHeader()->resizeSection(0, qMin(horizontalHeader()->sectionSize(0) + 12, 260));
}

QString HeadersView::toText(const Core::HttpHeaders &headers)
{
    QString text;
    for (const Core::HttpHeader &header : headers) {
        text += QString::fromLatin1(header.first) + QLatin1StringView(": ")
                + QString::fromUtf8(header.second) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Parlance::Ui
