#include "conversation/chatpane.h"

#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/retrynotice.h"
#include "conversation/turnlistview.h"

#include <QAction>
#include <QSplitter>
#include <QVBoxLayout>

namespace Parlance::Ui {

ChatPane::ChatPane(Engine::ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new ConversationView(session, this))
    , m_composer(new Composer(this))
    , m_retryNotice(new RetryNotice(session, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->addWidget(m_view);
    // The retry notice sits right above the input, where the user waits for the answer.
    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    bottomLayout->addWidget(m_retryNotice);
    bottomLayout->addWidget(m_composer);
    m_splitter->addWidget(bottom);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({600, 120});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_composer);

    m_composer->setSubmitHandler([this](const QString &text) { return send(text); });
    m_composer->setBusy(session->isBusy());
    connect(m_composer, &Composer::stopRequested, session, &Engine::ChatSession::stop);
    connect(session, &Engine::ChatSession::busyChanged, m_composer, &Composer::setBusy);
    connect(m_view, &ConversationView::showExchangeRequested, this,
            &ChatPane::showExchangeRequested);
    connect(m_view, &ConversationView::getCodeRequested, this, &ChatPane::getCodeRequested);

    // Esc in the conversation stops as well; the composer handles its own Esc.
    auto *stop = new QAction(tr("Stop"), m_view);
    stop->setShortcut(Qt::Key_Escape);
    stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    stop->setEnabled(session->isBusy());
    connect(stop, &QAction::triggered, session, &Engine::ChatSession::stop);
    connect(session, &Engine::ChatSession::busyChanged, stop, &QAction::setEnabled);
    m_view->addAction(stop);
}

ChatPane::~ChatPane() = default;

void ChatPane::setSettingsProvider(std::function<Core::ChatSettings()> provider)
{
    m_settings = provider;
    m_view->setSettingsProvider(std::move(provider));
}

void ChatPane::focusInput()
{
    m_composer->focusInput();
}

bool ChatPane::send(const QString &text)
{
    if (!m_session->hasConnection()) {
        m_composer->showNotice(tr("No connection yet: set one up in the connection settings, "
                                  "then send again."));
        return false;
    }
    const Core::ChatSettings settings = m_settings ? m_settings() : Core::ChatSettings();
    if (settings.model.isEmpty()) {
        m_composer->showNotice(tr("Choose a model first, then send again."));
        return false;
    }
    if (!m_session->send(text, settings)) {
        m_composer->showNotice(tr("The message was not sent: a reply is still running."));
        return false;
    }
    m_view->listView()->scrollToEnd();
    return true;
}

} // namespace Parlance::Ui
