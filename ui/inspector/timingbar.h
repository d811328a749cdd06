#pragma once

#include <QList>
#include <QWidget>

namespace Parlance::Ui {

// A one-line waterfall of an exchange: waiting for headers, waiting for the first body byte,
// receiving; streamed events as ticks on the receiving part.
class TimingBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingBar)

public:
    explicit TimingBar(QWidget *parent = nullptr);

    // -1 for what did not happen (no headers, no body).
    void setTimings(qint64 headersMs, qint64 firstByteMs, qint64 totalMs,
                    const QList<qint64> &eventTimes);

    // Opaque colours of the three phases, shared with the legend beside the bar.
    struct Colors
    {
        QColor waiting;
        QColor firstByte;
        QColor receiving;
    };
    static Colors colors(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_headers = -1;
    qint64 m_firstByte = -1;
    qint64 m_total = -1;
    QList<qint64> m_eventTimes;
};

} // namespace Parlance::Ui
