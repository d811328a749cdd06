#pragma once

#include "conversation/turnlayout.h"
#include "engine/chatsession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QKeySequence;
class QMenu;

namespace Parlance::Ui {

class ConversationModel;
class TurnListView;

// The turns of one ChatSession: user bubbles, Markdown replies with code blocks, reasoning,
// tool cards, footers with metrics, error cards, and per-turn actions (hover buttons and a
// context menu). Used by the main window and once per column by the compare view.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(Engine::ChatSession *session, QWidget *parent = nullptr);
    ~ConversationView() override;

    // Model, API and parameters for Regenerate and Edit & resend, asked at the moment of use.
    // Without one, the settings the turn was first sent with are reused where possible.
    void setSettingsProvider(std::function<Core::ChatSettings()> provider);

    Engine::ChatSession *session() const { return m_session; }
    ConversationModel *model() const { return m_model; }
    TurnListView *listView() const { return m_list; }

    // The actions behind the hover buttons and the context menu, by row.
    void copyTurn(int row);
    void editTurn(int row); // opens the inline editor
    bool regenerateTurn(int row);
    bool retryTurn(int row);
    void deleteTurn(int row);
    void showExchange(int row);
    void getCode(int row); // asks for the turn's request as code: getCodeRequested()

    bool isReasoningExpanded(int row) const;
    void setReasoningExpanded(int row, bool expanded);
    // Where a clickable part of a row is, in listView()->viewport() coordinates; empty when
    // the row does not have it. For tests and accessibility tools.
    QRect targetRect(int row, TurnLayout::Target target, int index = 0) const;
    // The code of the `index`th fenced code block of a row.
    QString codeBlock(int row, int index) const;
    bool isEditing(int row) const;
    QWidget *editorAt(int row) const;

signals:
    void showExchangeRequested(quint64 exchangeId);
    void getCodeRequested(int row);

private:
    void onTargetActivated(const QModelIndex &index, TurnLayout::Target target);
    void onEditSubmitted(const QModelIndex &index, const QString &text);
    void closeEditor(const QModelIndex &index);
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    std::optional<Core::ChatSettings> settingsFor(int row) const;
    QModelIndex indexAt(int row) const;
    // A key of the list that acts on its current message.
    QAction *addMessageAction(const QString &text, const QKeySequence &key,
                              std::function<void(int row)> handler);

    Engine::ChatSession *m_session;
    ConversationModel *m_model;
    TurnListView *m_list;
    std::function<Core::ChatSettings()> m_settings;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_regenerateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QPointer<QMenu> m_menu;
};

} // namespace Parlance::Ui
