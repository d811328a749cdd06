#pragma once

#include "conversation/turnlayout.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QPersistentModelIndex>
#include <QPointer>

namespace Parlance::Ui {

class TurnListView;

// One of the buttons (or links, or the reasoning toggle) the delegate draws on a message, for
// assistive tools: its press action does what a click does.
class TurnActionAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TurnActionAccessible(TurnListView *view, const QModelIndex &index, const TurnLayout::Hit &hit);
    TurnActionAccessible(const TurnActionAccessible &) = delete;
    TurnActionAccessible &operator=(const TurnActionAccessible &) = delete;

    // Identifies a target within its row.
    static QString keyOf(const TurnLayout::Hit &hit);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    QModelIndex index() const { return m_index; }
    const TurnLayout::Hit &hit() const { return m_hit; }

private:
    bool isEnabled() const;

    QPointer<TurnListView> m_view;
    QPersistentModelIndex m_index;
    TurnLayout::Hit m_hit;
};

} // namespace Parlance::Ui
