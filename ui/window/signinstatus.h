#pragma once

#include "settings/signinpanel.h"

#include <QLabel>

namespace Parlance::Workspace {
class SignInState;
class Workbench;
} // namespace Parlance::Workspace

namespace Parlance::Ui {

class SettingsDialog;

// The status bar's word on the active connection's sign-in: "Signed in as … · until HH:MM",
// "Signing in…" or "Sign-in needed"; empty for a connection that takes a token as given.
class SignInStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInStatusLabel)

public:
    explicit SignInStatusLabel(Workspace::Workbench *workbench, QWidget *parent = nullptr);
    ~SignInStatusLabel() override;

    // The settings dialog's sign-in buttons, wired to the workbench's SignInState, and kept
    // showing its changes while the dialog is open.
    static void connectDialog(SettingsDialog *dialog, Workspace::SignInState *state);

private:
    void showState();

    Workspace::Workbench *m_workbench;
};

} // namespace Parlance::Ui
