#pragma once

#include <QToolButton>

class QVariantAnimation;

namespace Parlance::Ui {

// A reload button that turns its arrow while the work it started runs, and cannot be pressed
// again until then.
class RefreshButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshButton)

public:
    explicit RefreshButton(QWidget *parent = nullptr);
    ~RefreshButton() override;

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

private:
    QIcon m_icon;
    QVariantAnimation *m_spin;
    bool m_busy = false;
};

} // namespace Parlance::Ui
