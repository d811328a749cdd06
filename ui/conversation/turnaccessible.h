#pragma once

#include <QAccessible>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

namespace Parlance::Ui {

class TurnListView;

// One message of the conversation for assistive tools: who wrote it and its text as shown
// in the name, the model and metrics (or the error) in the description, and what can be
// clicked on it (copy, edit, regenerate, delete, retry, code copy, links, reasoning) as
// TurnActionAccessible children.
class TurnAccessible final : public QAccessibleInterface
{
public:
    TurnAccessible(TurnListView *view, const QModelIndex &index);
    ~TurnAccessible() override;
    TurnAccessible(const TurnAccessible &) = delete;
    TurnAccessible &operator=(const TurnAccessible &) = delete;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    TurnListView *view() const { return m_view; }
    QModelIndex index() const { return m_index; }

private:
    QPointer<TurnListView> m_view;
    QPersistentModelIndex m_index;
    mutable QHash<QString, QAccessible::Id> m_actions; // by TurnActionAccessible::keyOf
};

} // namespace Parlance::Ui
