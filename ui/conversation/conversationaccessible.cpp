#include "conversation/conversationaccessible.h"

#include "conversation/conversationmodel.h"
#include "conversation/turnaccessible.h"
#include "conversation/turnlistview.h"

namespace Parlance::Ui {

ConversationAccessible::ConversationAccessible(TurnListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

ConversationAccessible::~ConversationAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_turns))
        QAccessible::deleteAccessibleInterface(id);
}

TurnListView *ConversationAccessible::view() const
{
    return static_cast<TurnListView *>(widget());
}

void ConversationAccessible::dropStale() const
{
    for (auto it = m_turns.begin(); it != m_turns.end();) {
        QAccessibleInterface *turn = QAccessible::accessibleInterface(it.value());
        if (turn && turn->isValid()) {
            ++it;
            continue;
        }
        if (turn)
            QAccessible::deleteAccessibleInterface(it.value());
        it = m_turns.erase(it);
    }
}

int ConversationAccessible::childCount() const
{
    dropStale();
    return view()->model() ? view()->model()->rowCount() : 0;
}

QAccessibleInterface *ConversationAccessible::child(int index) const
{
    const QAbstractItemModel *model = view()->model();
    if (!model || index < 0 || index >= model->rowCount())
        return nullptr;
    const QModelIndex row = model->index(index, 0);
    const quint64 key = row.data(ConversationModel::KeyRole).toULongLong();
    if (const auto it = m_turns.constFind(key); it != m_turns.cend()) {
        QAccessibleInterface *turn = QAccessible::accessibleInterface(it.value());
        if (turn && turn->isValid())
            return turn;
        if (turn)
            QAccessible::deleteAccessibleInterface(it.value());
    }
    auto *turn = new TurnAccessible(view(), row);
    m_turns.insert(key, QAccessible::registerAccessibleInterface(turn));
    return turn;
}

int ConversationAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *turn = dynamic_cast<const TurnAccessible *>(child);
    if (!turn || !turn->isValid() || turn->view() != view())
        return -1;
    return turn->index().row();
}

QAccessibleInterface *ConversationAccessible::childAt(int x, int y) const
{
    const QPoint pos = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(pos);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *ConversationAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    if (view()->hasFocus() && current.isValid())
        return child(current.row());
    return QAccessibleWidget::focusChild(); // e.g. the editor of a message being edited
}

static QAccessibleInterface *conversationFactory(const QString &className, QObject *object)
{
    if (object && object->isWidgetType()
        && className == QLatin1StringView(TurnListView::staticMetaObject.className()))
        return new ConversationAccessible(static_cast<TurnListView *>(object));
    return nullptr;
}

void installConversationAccessibility()
{
    QAccessible::installFactory(conversationFactory);
}

} // namespace Parlance::Ui
