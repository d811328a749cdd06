#include "inspector/timingpanel.h"

#include "inspector/timingbar.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Parlance::Ui {

static QString errorKindName(Core::ApiError::Kind kind)
{
    using Kind = Core::ApiError::Kind;
    switch (kind) {
    case Kind::Http:
        return TimingPanel::tr("HTTP error");
    case Kind::Stream:
        return TimingPanel::tr("Error in the stream");
    case Kind::Protocol:
        return TimingPanel::tr("Protocol error");
    case Kind::Network:
        return TimingPanel::tr("Network error");
    case Kind::Timeout:
        return TimingPanel::tr("Timeout");
    case Kind::Cancelled:
        return TimingPanel::tr("Cancelled");
    }
    return {};
}

TimingPanel::TimingPanel(QWidget *parent) : QWidget(parent), m_bar(new TimingBar)
{
    const QString labels[FieldCount] = {tr("Started:"),          tr("Attempt:"),
                                        tr("Headers received:"), tr("First body byte:"),
                                        tr("Complete:"),         tr("Receiving body:"),
                                        tr("Response size:"),    tr("Events:"),
                                        tr("Redirected to:"),    tr("Error:")};
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int field = 0; field < FieldCount; ++field) {
        m_values[field] = new QLabel;
        m_values[field]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[field]->setWordWrap(field == Error || field == Redirect);
        form->addRow(labels[field], m_values[field]);
    }
    const TimingBar::Colors phases = TimingBar::colors(palette());
    const auto swatch = [](const QColor &color, const QString &text) {
        return QString(QLatin1StringView("<span style=\"color:") + color.name()
                       + QLatin1StringView("\">&#9632;</span>&nbsp;") + text.toHtmlEscaped());
    };
    auto *legend = new QLabel(QStringList{swatch(phases.waiting, tr("waiting for headers")),
                                          swatch(phases.firstByte, tr("waiting for the body")),
                                          swatch(phases.receiving, tr("receiving (ticks: events)"))}
                                  .join(QLatin1StringView(" &nbsp; ")));
    legend->setTextFormat(Qt::RichText);
    auto *timeline = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addWidget(m_bar);
    timelineLayout->addWidget(legend);
    form->insertRow(Receiving + 1, tr("Timeline:"), timeline);

    auto *note = new QLabel(
        tr("Times are measured from when the request was handed to the network stack. DNS "
           "lookup, connection and TLS handshake times are not reported separately by Qt 6.4's "
           "network stack; they are part of \"Headers received\"."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    clear();
}

static QString milliseconds(qint64 ms)
{
    return ms < 0 ? TimingPanel::tr("—") : TimingPanel::tr("%1 ms").arg(QLocale().toString(ms));
}

void TimingPanel::setExchange(const Net::Exchange &exchange)
{
    const Net::Exchange::Timings &t = exchange.timings;
    const QLocale locale;
    m_values[Started]->setText(locale.toString(exchange.startedAt.toLocalTime(),
                                               QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    m_values[Attempt]->setText(QString::number(exchange.attempt));
    m_values[Headers]->setText(milliseconds(t.headersMs));
    m_values[FirstByte]->setText(milliseconds(t.firstByteMs));
    m_values[Total]->setText(milliseconds(t.totalMs));
    m_values[Receiving]->setText(
        milliseconds(t.firstByteMs >= 0 && t.totalMs >= 0 ? t.totalMs - t.firstByteMs : -1));
    m_values[Size]->setText(tr("%1 (%2 bytes)")
                                .arg(locale.formattedDataSize(exchange.responseBody.size()),
                                     locale.toString(exchange.responseBody.size())));
    if (exchange.events.isEmpty()) {
        m_values[Events]->setText(tr("—"));
    } else {
        m_values[Events]->setText(tr("%1, first after %2 ms")
                                      .arg(locale.toString(exchange.events.size()))
                                      .arg(exchange.events.first().atMs));
    }
    m_values[Redirect]->setText(exchange.redirectedTo.isEmpty()
                                    ? tr("—")
                                    : exchange.redirectedTo.toString(QUrl::RemoveUserInfo));
    if (exchange.error) {
        const QString message
            = exchange.error->message.isEmpty() ? exchange.error->code : exchange.error->message;
        m_values[Error]->setText(
            QString(errorKindName(exchange.error->kind) + QLatin1StringView(": ") + message));
    } else {
        m_values[Error]->setText(tr("—"));
    }
    QList<qint64> eventTimes;
    eventTimes.reserve(exchange.events.size());
    for (const Net::ExchangeEvent &event : exchange.events)
        eventTimes.append(event.atMs);
    m_bar->setTimings(t.headersMs, t.firstByteMs, t.totalMs, eventTimes);
}

void TimingPanel::clear()
{
    for (QLabel *label : m_values)
        label->clear();
    m_bar->setTimings(-1, -1, -1, {});
}

} // namespace Parlance::Ui
