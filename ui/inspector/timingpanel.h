#pragma once

#include "net/exchange.h"

#include <QWidget>

class QLabel;

namespace Parlance::Ui {

class TimingBar;

// The Timing tab: when the answer's parts arrived, which attempt this was, where it was
// redirected and how it failed.
class TimingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingPanel)

public:
    enum Field {
        Started,
        Attempt,
        Headers,
        FirstByte,
        Total,
        Receiving,
        Size,
        Events,
        Redirect,
        Error,
        FieldCount
    };

    explicit TimingPanel(QWidget *parent = nullptr);

    void setExchange(const Net::Exchange &exchange);
    void clear();

    QLabel *valueLabel(Field field) const { return m_values[field]; }
    TimingBar *bar() const { return m_bar; }

private:
    QLabel *m_values[FieldCount];
    TimingBar *m_bar;
};

} // namespace Parlance::Ui
