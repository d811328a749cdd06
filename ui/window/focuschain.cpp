#include "window/focuschain.h"

#include <QWidget>

namespace Parlance::Ui {

void orderFocusChain(const QList<QWidget *> &areas)
{
    if (areas.isEmpty())
        return;
    QWidget *window = areas.constFirst()->window();
    QList<QWidget *> chain;
    for (QWidget *widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->window() == window)
            chain.append(widget);
    }
    QList<QWidget *> ordered;
    ordered.reserve(chain.size());
    for (const QWidget *area : areas) {
        for (QWidget *widget : std::as_const(chain)) {
            if ((widget == area || area->isAncestorOf(widget)) && !ordered.contains(widget))
                ordered.append(widget);
        }
    }
    for (QWidget *widget : std::as_const(chain)) {
        if (!ordered.contains(widget))
            ordered.append(widget);
    }
    for (qsizetype i = 1; i < ordered.size(); ++i)
        QWidget::setTabOrder(ordered.at(i - 1), ordered.at(i));
}

} // namespace Parlance::Ui
