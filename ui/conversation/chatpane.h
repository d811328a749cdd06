#pragma once

#include "engine/chatsession.h"

#include <QWidget>

#include <functional>

class QSplitter;

namespace Parlance::Ui {

class Composer;
class ConversationView;
class RetryNotice;

// One chat: the conversation of a ChatSession above, the composer below. The main window
// supplies model, API and parameters at send time through the settings provider.
class ChatPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPane)

public:
    explicit ChatPane(Engine::ChatSession *session, QWidget *parent = nullptr);
    ~ChatPane() override;

    void setSettingsProvider(std::function<Core::ChatSettings()> provider);

    Engine::ChatSession *session() const { return m_session; }
    ConversationView *conversationView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    RetryNotice *retryNotice() const { return m_retryNotice; }

    void focusInput();

signals:
    void showExchangeRequested(quint64 exchangeId);
    void getCodeRequested(int row);

private:
    bool send(const QString &text);

    Engine::ChatSession *m_session;
    ConversationView *m_view;
    Composer *m_composer;
    RetryNotice *m_retryNotice;
    QSplitter *m_splitter;
    std::function<Core::ChatSettings()> m_settings;
};

} // namespace Parlance::Ui
