#include "inspector/streampanel.h"

#include "engine/exchangereader.h"
#include "inspector/bodyview.h"
#include "inspector/deltasummary.h"
#include "inspector/streameventmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Parlance::Ui {

StreamPanel::StreamPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StreamEventModel(this))
    , m_summary(new QLabel)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_view(new QTableView)
    , m_eventBody(new BodyView)
{
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_view->setAccessibleName(tr("Stream events"));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and widths: sizing to contents would read all 20,000 rows.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(StreamEventModel::TimeColumn, 60);
    header->resizeSection(StreamEventModel::TypeColumn, 150);
    header->resizeSection(StreamEventModel::DataColumn, 300);
    header->setStretchLastSection(true);
    m_eventBody->setPlaceholder(tr("Select an event to see its data"));

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_eventBody);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StreamPanel::showCurrentEvent);
    clear();
}

void StreamPanel::setExchange(const Net::Exchange &exchange)
{
    m_model->setEvents(exchange, Engine::apiOf(exchange.request));
    m_eventBody->clear();
    if (exchange.events.isEmpty()) {
        // Events are logged with the finished hop: a hop in flight (no total yet) has none.
        const bool inFlight = exchange.timings.totalMs < 0 && !exchange.error;
        m_summary->setText(!exchange.request.streaming ? tr("Not a streamed response.")
                           : inFlight ? tr("The stream is still arriving; its events show here "
                                           "once it ends.")
                                      : tr("A stream was requested, but no events arrived."));
        m_splitter->setVisible(exchange.request.streaming);
        return;
    }
    m_splitter->setVisible(true);
    const QLocale locale;
    m_summary->setText(tr("Events: %1 (%2), the first after %3 ms, the last after %4 ms.")
                           .arg(locale.toString(exchange.events.size()),
                                locale.formattedDataSize(exchange.responseBody.size()))
                           .arg(exchange.events.first().atMs)
                           .arg(exchange.events.last().atMs));
}

void StreamPanel::clear()
{
    m_model->clear();
    m_eventBody->clear();
    m_summary->setText(tr("No exchange selected."));
    m_splitter->setVisible(false);
}

void StreamPanel::showCurrentEvent()
{
    const QModelIndex current = m_view->currentIndex();
    m_eventBody->setBody(current.isValid()
                             ? current.data(StreamEventModel::RawDataRole).toByteArray()
                             : QByteArray());
}

} // namespace Parlance::Ui
