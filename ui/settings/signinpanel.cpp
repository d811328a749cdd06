#include "settings/signinpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parlance::Ui {

using Phase = Core::SignInStatus::Phase;

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_signInButton(new QPushButton(tr("&Sign in with Databricks"), this))
    , m_signOutButton(new QPushButton(tr("Sign &out"), this))
    , m_cancelButton(new QPushButton(tr("Cancel sign-in"), this))
    , m_retryButton(new QPushButton(tr("Retr&y"), this))
    , m_message(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setToolTip(
        tr("Forgets this connection's tokens, the one kept in the keychain too."));
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_retryButton->setObjectName(QStringLiteral("retrySignInButton"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_detailsButton->setObjectName(QStringLiteral("signInDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setFocusPolicy(Qt::StrongFocus);
    m_details->setObjectName(QStringLiteral("signInDetails"));
    m_details->setAccessibleName(tr("Sign-in details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(100);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_signInButton);
    row->addWidget(m_retryButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_signOutButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    // The button pressed usually hides (Sign in becomes Cancel): the keyboard focus moves to
    // the one that took its place rather than out of the panel.
    const auto call
        = [this](QPushButton *pressed, const std::function<void(const Core::Connection &)> &hook) {
              const bool hadFocus = pressed->hasFocus();
              if (hook)
                  hook(m_connection);
              refresh();
              if (!hadFocus || pressed->isVisible())
                  return;
              for (QPushButton *button :
                   {m_cancelButton, m_signOutButton, m_retryButton, m_signInButton}) {
                  if (button->isVisible()) {
                      button->setFocus(Qt::TabFocusReason);
                      break;
                  }
              }
          };
    connect(m_signInButton, &QPushButton::clicked, this,
            [this, call] { call(m_signInButton, m_hooks.signIn); });
    connect(m_retryButton, &QPushButton::clicked, this,
            [this, call] { call(m_retryButton, m_hooks.signIn); });
    connect(m_signOutButton, &QPushButton::clicked, this,
            [this, call] { call(m_signOutButton, m_hooks.signOut); });
    connect(m_cancelButton, &QPushButton::clicked, this,
            [this, call] { call(m_cancelButton, m_hooks.cancel); });
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
        emit resized();
    });
    refresh();
}

SignInPanel::~SignInPanel() = default;

void SignInPanel::setHooks(SignInHooks hooks)
{
    m_hooks = std::move(hooks);
    refresh();
}

void SignInPanel::setConnection(const Core::Connection &connection)
{
    m_connection = connection;
    refresh();
}

QList<QWidget *> SignInPanel::focusOrder() const
{
    return {m_signInButton,  m_retryButton,   m_cancelButton,
            m_signOutButton, m_detailsButton, m_details};
}

QString SignInPanel::statusText() const
{
    return m_status->text();
}

QString SignInPanel::describe(const Core::SignInStatus &status)
{
    switch (status.phase) {
    case Phase::NotSignedIn:
    case Phase::Failed:
        return status.phase == Phase::Failed ? tr("Sign-in failed") : tr("Not signed in");
    case Phase::SigningIn:
        return status.inBrowser ? tr("Signing in… (a browser window is open)") : tr("Signing in…");
    case Phase::SignedIn:
        break;
    }
    const QString until = timeOf(status.expiresAt);
    if (status.subject.isEmpty())
        return until.isEmpty() ? tr("Signed in") : tr("Signed in until %1").arg(until);
    return until.isEmpty() ? tr("Signed in as %1").arg(status.subject)
                           : tr("Signed in as %1 until %2").arg(status.subject, until);
}

QString SignInPanel::timeOf(const QDateTime &expiresAt)
{
    // Not QLocale's short format: in some locales (C among them) it has seconds.
    return expiresAt.isValid()
               ? QLocale().toString(expiresAt.toLocalTime().time(), QStringLiteral("HH:mm"))
               : QString();
}

void SignInPanel::refresh()
{
    const bool wasVisible = isVisibleTo(parentWidget());
    m_applies = m_hooks.signsIn && m_hooks.status && m_hooks.signsIn(m_connection);
    setVisible(m_applies);
    const Core::SignInStatus status
        = m_applies ? m_hooks.status(m_connection) : Core::SignInStatus();
    const Phase phase = status.phase;
    const bool failed = phase == Phase::Failed || !status.message.isEmpty();
    m_status->setText(describe(status));
    m_signInButton->setVisible(phase == Phase::NotSignedIn && status.message.isEmpty());
    m_retryButton->setVisible(failed && phase != Phase::SigningIn && phase != Phase::SignedIn);
    m_cancelButton->setVisible(phase == Phase::SigningIn);
    m_signOutButton->setVisible(phase == Phase::SignedIn || phase == Phase::Failed);
    const bool showMessage = failed && phase != Phase::SigningIn && phase != Phase::SignedIn;
    const bool hadMessage = m_message->isVisibleTo(this);
    m_message->setText(showMessage ? status.message : QString());
    m_message->setVisible(showMessage);
    m_details->setPlainText(status.details);
    const bool details = showMessage && !status.details.isEmpty();
    m_detailsButton->setVisible(details);
    if (!details)
        m_detailsButton->setChecked(false);
    if (wasVisible != m_applies || hadMessage != showMessage)
        emit resized();
}

} // namespace Parlance::Ui
