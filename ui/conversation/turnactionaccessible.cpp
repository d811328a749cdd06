#include "conversation/turnactionaccessible.h"

#include "conversation/conversationmodel.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"

#include <QCoreApplication>
#include <QWindow>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::TurnActionAccessible)
};

} // namespace

using Target = TurnLayout::Target;

TurnActionAccessible::TurnActionAccessible(TurnListView *view, const QModelIndex &index,
                                           const TurnLayout::Hit &hit)
    : m_view(view), m_index(index), m_hit(hit)
{}

QString TurnActionAccessible::keyOf(const TurnLayout::Hit &hit)
{
    return QString::number(int(hit.target)) + QLatin1Char('/') + QString::number(hit.index)
           + QLatin1Char('/') + hit.link;
}

bool TurnActionAccessible::isValid() const
{
    return m_view && m_index.isValid();
}

QWindow *TurnActionAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TurnActionAccessible::parent() const
{
    if (!isValid())
        return nullptr;
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_view.data());
    return list ? list->child(m_index.row()) : nullptr;
}

QString TurnActionAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    switch (m_hit.target) {
    case Target::ReasoningToggle:
        return m_view->turnDelegate()->isReasoningExpanded(m_index) ? Tr::tr("Hide reasoning")
                                                                    : Tr::tr("Show reasoning");
    case Target::CopyCode:
        return Tr::tr("Copy code block %1").arg(m_hit.index + 1);
    case Target::Retry:
        return Tr::tr("Retry");
    case Target::ShowExchange:
        return Tr::tr("Show in inspector");
    case Target::Copy:
        return Tr::tr("Copy message");
    case Target::Edit:
        return Tr::tr("Edit and resend");
    case Target::Regenerate:
        return Tr::tr("Regenerate reply");
    case Target::Delete:
        return Tr::tr("Delete message");
    case Target::Link:
        return Tr::tr("Link: %1").arg(m_hit.link);
    case Target::None:
        break;
    }
    return {};
}

QRect TurnActionAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect rect = m_view->turnDelegate()->targetRect(m_index, m_hit.target, m_hit.index);
    if (rect.isEmpty()) // a link: no rectangle of its own, so the message's
        return m_view->visualRect(m_index).translated(m_view->viewport()->mapToGlobal(QPoint()));
    return rect.translated(m_view->viewport()->mapToGlobal(QPoint()));
}

QAccessible::Role TurnActionAccessible::role() const
{
    switch (m_hit.target) {
    case Target::Link:
        return QAccessible::Link;
    case Target::ReasoningToggle:
        return QAccessible::CheckBox;
    default:
        return QAccessible::Button;
    }
}

bool TurnActionAccessible::isEnabled() const
{
    const auto *model = qobject_cast<const ConversationModel *>(m_index.model());
    const bool busy = model && model->session() && model->session()->isBusy();
    switch (m_hit.target) {
    case Target::Edit:
    case Target::Regenerate:
    case Target::Retry:
        return !busy;
    case Target::Delete:
        return !m_index.data(ConversationModel::StreamingRole).toBool();
    default:
        return true;
    }
}

QAccessible::State TurnActionAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.disabled = !isEnabled();
    if (m_hit.target == Target::ReasoningToggle) {
        state.checkable = true;
        state.checked = m_view->turnDelegate()->isReasoningExpanded(m_index);
    }
    state.linked = m_hit.target == Target::Link;
    return state;
}

void *TurnActionAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                : nullptr;
}

QStringList TurnActionAccessible::actionNames() const
{
    if (!isValid() || !isEnabled())
        return {};
    return {m_hit.target == Target::ReasoningToggle ? toggleAction() : pressAction()};
}

void TurnActionAccessible::doAction(const QString &actionName)
{
    if (actionNames().contains(actionName))
        m_view->turnDelegate()->activate(m_index, m_hit);
}

QStringList TurnActionAccessible::keyBindingsForAction(const QString &) const
{
    return {};
}

} // namespace Parlance::Ui
