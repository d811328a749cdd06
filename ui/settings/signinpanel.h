#pragma once

#include "core/connection.h"
#include "core/signinstatus.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Parlance::Ui {

// What the settings dialog may do about a connection's sign-in. The window fills it from the
// workspace's SignInState (ui/settings does not reach the sign-in itself).
struct SignInHooks
{
    std::function<bool(const Core::Connection &)> signsIn;
    std::function<Core::SignInStatus(const Core::Connection &)> status;
    std::function<void(const Core::Connection &)> signIn; // also Retry
    std::function<void(const Core::Connection &)> signOut;
    std::function<void(const Core::Connection &)> cancel;
};

// "Sign in with Databricks" for the connection the settings dialog shows: who is signed in and
// until when, or what went wrong and what to do (Retry, the raw error under Details), or a
// sign-in under way (Cancel). It signs in with the connection as the form holds it; what was
// typed stays as it is.
class SignInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPanel)

public:
    explicit SignInPanel(QWidget *parent = nullptr);
    ~SignInPanel() override;

    void setHooks(SignInHooks hooks);
    // The connection as edited; the panel hides itself for one that does not sign in.
    void setConnection(const Core::Connection &connection);
    // Reads the state again (the window calls it when SignInState changed).
    void refresh();

    QString statusText() const;
    // What takes the keyboard focus here, in the order Tab visits it (as laid out).
    QList<QWidget *> focusOrder() const;

    // "Signed in as alice@example.com until 14:05" and the like, for the status bar as well.
    static QString describe(const Core::SignInStatus &status);
    // An expiry as the status line shows it: local hours and minutes ("14:05").
    static QString timeOf(const QDateTime &expiresAt);

signals:
    // The details were opened or closed, or a message came or went: the panel changed height.
    void resized();

private:
    SignInHooks m_hooks;
    Core::Connection m_connection;
    bool m_applies = false;

    QLabel *m_status;
    QPushButton *m_signInButton;
    QPushButton *m_signOutButton;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QLabel *m_message;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

} // namespace Parlance::Ui
