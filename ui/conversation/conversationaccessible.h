#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace Parlance::Ui {

class TurnListView;

// What assistive tools see of the conversation: a list whose items are the messages (see
// TurnAccessible), which the delegate draws, so Qt's own item view interface would only
// report one anonymous cell per row. Rows are cached by their stable key.
class ConversationAccessible final : public QAccessibleWidget
{
public:
    explicit ConversationAccessible(TurnListView *view);
    ~ConversationAccessible() override;
    ConversationAccessible(const ConversationAccessible &) = delete;
    ConversationAccessible &operator=(const ConversationAccessible &) = delete;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    TurnListView *view() const;
    void dropStale() const;

    mutable QHash<quint64, QAccessible::Id> m_turns; // by ConversationModel::KeyRole
};

// Makes QAccessible::queryAccessibleInterface() answer with the classes above for every
// TurnListView; calling it again does nothing.
void installConversationAccessibility();

} // namespace Parlance::Ui
