#include "window/signinstatus.h"

#include "settings/settingsdialog.h"
#include "workspace/signinstate.h"
#include "workspace/workbench.h"

namespace Parlance::Ui {

using Phase = Core::SignInStatus::Phase;

SignInStatusLabel::SignInStatusLabel(Workspace::Workbench *workbench, QWidget *parent)
    : QLabel(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("signInStatusBar"));
    setTextFormat(Qt::PlainText);
    connect(m_workbench, &Workspace::Workbench::connectionChanged, this, [this] { showState(); });
    connect(m_workbench->signInState(), &Workspace::SignInState::changed, this,
            [this] { showState(); });
    showState();
}

SignInStatusLabel::~SignInStatusLabel() = default;

void SignInStatusLabel::showState()
{
    const Workspace::SignInState *state = m_workbench->signInState();
    const Core::Connection &connection = m_workbench->connection();
    if (!m_workbench->hasConnection() || m_workbench->isSimulated()
        || !state->signsIn(connection)) {
        clear();
        setToolTip({});
        hide();
        return;
    }
    const Core::SignInStatus status = state->status(connection);
    QString text;
    switch (status.phase) {
    case Phase::SignedIn: {
        const QString who = status.subject.isEmpty() ? tr("Signed in")
                                                     : tr("Signed in as %1").arg(status.subject);
        text = status.expiresAt.isValid()
                   ? tr("%1 · until %2").arg(who, SignInPanel::timeOf(status.expiresAt))
                   : who;
        break;
    }
    case Phase::SigningIn:
        text = SignInPanel::describe(status);
        break;
    case Phase::NotSignedIn:
    case Phase::Failed:
        text = tr("Sign-in needed");
        break;
    }
    setText(text);
    setToolTip(status.message);
    show();
}

void SignInStatusLabel::connectDialog(SettingsDialog *dialog, Workspace::SignInState *state)
{
    SignInHooks hooks;
    hooks.signsIn = [state](const Core::Connection &c) {
        return state->signsIn(c);
    };
    hooks.status = [state](const Core::Connection &c) {
        return state->status(c);
    };
    hooks.signIn = [state](const Core::Connection &c) {
        state->signIn(c);
    };
    hooks.signOut = [state](const Core::Connection &c) {
        state->signOut(c);
    };
    hooks.cancel = [state](const Core::Connection &c) {
        state->cancel(c);
    };
    dialog->setSignIn(std::move(hooks));
    QObject::connect(state, &Workspace::SignInState::changed, dialog,
                     &SettingsDialog::refreshSignIn);
}

} // namespace Parlance::Ui
