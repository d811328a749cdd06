#include "conversation/turnaccessible.h"

#include "conversation/conversationmodel.h"
#include "conversation/turnactionaccessible.h"
#include "conversation/turndata.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"

#include <QCoreApplication>
#include <QSet>
#include <QWindow>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::TurnAccessible)
};

} // namespace

TurnAccessible::TurnAccessible(TurnListView *view, const QModelIndex &index)
    : m_view(view), m_index(index)
{}

TurnAccessible::~TurnAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_actions))
        QAccessible::deleteAccessibleInterface(id);
}

bool TurnAccessible::isValid() const
{
    return m_view && m_index.isValid();
}

QWindow *TurnAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TurnAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

int TurnAccessible::childCount() const
{
    if (!isValid())
        return 0;
    const QList<TurnLayout::Hit> targets = m_view->turnDelegate()->targets(m_index);
    // Buttons that went away (a reply finished, an error was retried) go with them.
    QSet<QString> current;
    for (const TurnLayout::Hit &hit : targets)
        current.insert(TurnActionAccessible::keyOf(hit));
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        QAccessible::deleteAccessibleInterface(it.value());
        it = m_actions.erase(it);
    }
    return int(targets.size());
}

QAccessibleInterface *TurnAccessible::child(int index) const
{
    if (!isValid())
        return nullptr;
    const QList<TurnLayout::Hit> targets = m_view->turnDelegate()->targets(m_index);
    if (index < 0 || index >= targets.size())
        return nullptr;
    const TurnLayout::Hit &hit = targets.at(index);
    const QString key = TurnActionAccessible::keyOf(hit);
    if (const auto it = m_actions.constFind(key); it != m_actions.cend()) {
        if (QAccessibleInterface *action = QAccessible::accessibleInterface(it.value()))
            return action;
    }
    auto *action = new TurnActionAccessible(m_view, m_index, hit);
    m_actions.insert(key, QAccessible::registerAccessibleInterface(action));
    return action;
}

int TurnAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *action = dynamic_cast<const TurnActionAccessible *>(child);
    if (!isValid() || !action || action->index() != m_index)
        return -1;
    const QList<TurnLayout::Hit> targets = m_view->turnDelegate()->targets(m_index);
    for (int i = 0; i < targets.size(); ++i) {
        if (TurnActionAccessible::keyOf(targets.at(i))
            == TurnActionAccessible::keyOf(action->hit()))
            return i;
    }
    return -1;
}

QAccessibleInterface *TurnAccessible::childAt(int x, int y) const
{
    const int count = childCount();
    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *action = child(i);
        if (action && action->rect().contains(x, y))
            return action;
    }
    return nullptr;
}

QString TurnAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    const TurnData data = TurnData::fromIndex(m_index);
    switch (t) {
    case QAccessible::Name: {
        const QString who = data.isUser ? Tr::tr("You") : Tr::tr("Assistant");
        QString text = m_view->turnDelegate()->plainText(m_index);
        if (text.isEmpty() && data.hasError)
            text = data.errorWhat;
        else if (text.isEmpty() && data.streaming)
            text = Tr::tr("Waiting for the model…");
        return Tr::tr("%1: %2").arg(who, text);
    }
    case QAccessible::Description: {
        if (data.isUser)
            return Tr::tr("Your message");
        QStringList parts{Tr::tr("Reply")};
        if (!data.footerText().isEmpty())
            parts.append(data.footerText());
        if (data.hasError) {
            parts.append(data.errorWhat);
            parts.append(data.errorDetail);
            parts.append(data.errorAdvice);
        }
        parts.removeAll(QString());
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

QRect TurnAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect rect = m_view->visualRect(m_index);
    return {m_view->viewport()->mapToGlobal(rect.topLeft()), rect.size()};
}

QAccessible::State TurnAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
    state.offscreen = !m_view->viewport()->rect().intersects(m_view->visualRect(m_index));
    state.busy = m_index.data(ConversationModel::StreamingRole).toBool();
    return state;
}

} // namespace Parlance::Ui
