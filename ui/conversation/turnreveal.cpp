#include "conversation/turnreveal.h"

#include "conversation/conversationview.h"
#include "conversation/turndelegate.h"
#include "conversation/turnlistview.h"

namespace Parlance::Ui {

void revealTurn(ConversationView *view, int row)
{
    TurnListView *list = view->listView();
    if (!list->model())
        return;
    const QModelIndex index = list->model()->index(row, 0);
    if (!index.isValid())
        return;
    list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    list->turnDelegate()->selectAll(index);
    // Last: making it current may have scrolled it into view at the bottom.
    list->scrollTo(index, QAbstractItemView::PositionAtTop);
}

} // namespace Parlance::Ui
