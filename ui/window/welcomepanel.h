#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Parlance::Ui {

// What a first run shows when no connection could be found: add one, try the simulated demo
// gateway, or use a profile from ~/.databrickscfg.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    void setDatabricksProfiles(const QStringList &profiles);
    void setMessage(const QString &message); // e.g. why the environment's connection failed

signals:
    void addConnectionRequested();
    void demoRequested();
    void databricksProfileChosen(const QString &profile);

private:
    QLabel *m_message;
    QWidget *m_profiles;
    QVBoxLayout *m_profilesLayout;
};

} // namespace Parlance::Ui
