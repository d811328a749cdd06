#include "conversation/turnlistview.h"

#include "conversation/conversationaccessible.h"
#include "conversation/conversationmodel.h"
#include "conversation/quietscrollbar.h"
#include "conversation/streamticker.h"
#include "conversation/turndelegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QScrollBar>

#include <climits>

namespace Parlance::Ui {

namespace {

// Measuring a row ahead of showing it takes about a millisecond (Markdown parsed, documents
// laid out): a slice of a few keeps the application responsive while a long conversation is
// measured. What the slices found is laid out at most this often.
constexpr qint64 RefineSliceNs = 4'000'000;
constexpr int RefineLayoutMs = 150;
// Measuring the rows in view can change what is in view; it settles in a round or two.
constexpr int SettleRounds = 4;

} // namespace

TurnListView::TurnListView(QWidget *parent) : QListView(parent), m_delegate(new TurnDelegate(this))
{
    setVerticalScrollBar(new QuietScrollBar(Qt::Vertical, this));
    // QAbstractItemView listens to the scroll bar it made (fetching more, following hover).
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TurnListView::verticalScrollbarValueChanged);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this,
            &TurnListView::verticalScrollbarAction);
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setUniformItemSizes(false);
    setSelectionMode(NoSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_Hover);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Conversation"));
    installConversationAccessibility();

    connect(m_delegate, &TurnDelegate::sizeHintChanged, this, [this] { m_fullLayoutDue = true; });
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(0);
    connect(&m_refineTimer, &QTimer::timeout, this, &TurnListView::refineSlice);
    m_refineLayoutTimer.setSingleShot(true);
    m_refineLayoutTimer.setInterval(RefineLayoutMs);
    connect(&m_refineLayoutTimer, &QTimer::timeout, this, [this] { doItemsLayout(); });

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar] {
        // The value now, not the one signalled: measuring what came into view may have moved
        // the view since.
        if (!m_adjustingScroll)
            m_followBottom = bar->value() >= bar->maximum() - 4;
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_followBottom)
            scrollToEnd();
    });
}

TurnListView::~TurnListView() = default;

void TurnListView::setModel(QAbstractItemModel *model)
{
    m_delegate->forgetAll();
    m_dirty.clear();
    m_refineDone = false;
    QListView::setModel(model);
}

void TurnListView::doItemsLayout()
{
    if (m_inLayout || !model()) {
        QListView::doItemsLayout();
        return;
    }
    const QScopedValueRollback inLayout(m_inLayout, true);
    const QScopedValueRollback adjusting(m_adjustingScroll, true);
    // The range changes, the value is clamped and put back: the bar repaints once, if at all.
    auto *bar = qobject_cast<QuietScrollBar *>(verticalScrollBar());
    if (bar)
        bar->hold();
    const auto release = qScopeGuard([bar] {
        if (bar)
            bar->release();
    });
    if (!m_quiet)
        m_fullLayoutDue = false;
    const Anchor anchor = m_followBottom ? Anchor() : m_anchor;
    measureInView(anchor);
    QListView::doItemsLayout();
    keep(anchor);
    m_settledAgain = settle(anchor);
    m_anchor = topAnchor(false);
    startRefining();
}

void TurnListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.isValid() && model() && !m_inLayout) {
        executeDelayedItemsLayout();
        m_delegate->measure(index);
        if (m_delegate->sizeChanged(index)) {
            const QScopedValueRollback inLayout(m_inLayout, true);
            const QScopedValueRollback adjusting(m_adjustingScroll, true);
            const Anchor anchor = m_followBottom ? Anchor() : m_anchor;
            QListView::doItemsLayout();
            keep(anchor);
        }
    }
    QListView::scrollTo(index, hint);
}

void TurnListView::scrollContentsBy(int dx, int dy)
{
    if (m_quiet) {
        m_quietScroll += dy;
        return;
    }
    QListView::scrollContentsBy(dx, dy);
    if (m_inLayout || dy == 0 || !model())
        return;
    const QScopedValueRollback inLayout(m_inLayout, true);
    QScrollBar *bar = verticalScrollBar();
    if (!m_adjustingScroll)
        m_followBottom = bar->value() >= bar->maximum() - 4;
    const QScopedValueRollback adjusting(m_adjustingScroll, true);
    // What was on screen and measured stays put while what came into view is measured.
    const Anchor anchor = m_followBottom ? Anchor() : topAnchor(true);
    settle(anchor);
    m_anchor = topAnchor(false);
    if (!m_refineDone)
        startRefining();
}

TurnListView::Anchor TurnListView::topAnchor(bool measuredOnly) const
{
    if (!model() || model()->rowCount() == 0)
        return {};
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!top.isValid())
        return {};
    if (measuredOnly) {
        const int height = viewport()->height();
        for (QModelIndex index = top; index.isValid(); index = index.sibling(index.row() + 1, 0)) {
            const QRect rect = visualRect(index);
            if (rect.top() >= height)
                break;
            if (m_delegate->isMeasured(index) && !m_delegate->sizeChanged(index))
                return {index, rect.top()};
        }
    }
    return {top, visualRect(top).top()};
}

void TurnListView::keep(const Anchor &anchor)
{
    const QScopedValueRollback adjusting(m_adjustingScroll, true);
    QScrollBar *bar = verticalScrollBar();
    if (m_followBottom) {
        bar->setValue(bar->maximum());
        return;
    }
    if (!anchor.row.isValid())
        return;
    const int top = visualRect(anchor.row).top() + verticalOffset();
    bar->setValue(top - anchor.offset);
}

void TurnListView::measureInView(const Anchor &anchor)
{
    const int rows = model()->rowCount();
    const int height = viewport()->height();
    if (rows == 0)
        return;
    if (!anchor.row.isValid()) {
        if (m_followBottom) {
            int y = height;
            for (int row = rows - 1; row >= 0 && y > 0; --row)
                y -= m_delegate->measure(model()->index(row, 0));
        } else {
            int y = 0;
            for (int row = 0; row < rows && y < height; ++row)
                y += m_delegate->measure(model()->index(row, 0));
        }
        return;
    }
    int y = anchor.offset;
    for (int row = anchor.row.row(); row < rows && y < height; ++row)
        y += m_delegate->measure(model()->index(row, 0));
    y = anchor.offset;
    for (int row = anchor.row.row() - 1; row >= 0 && y > 0; --row)
        y -= m_delegate->measure(model()->index(row, 0));
}

bool TurnListView::settle(const Anchor &anchor)
{
    bool laidOut = false;
    for (int round = 0; round < SettleRounds; ++round) {
        const int height = viewport()->height();
        QModelIndex index = indexAt(QPoint(viewport()->width() / 2, 0));
        if (!index.isValid() && verticalOffset() <= 0)
            index = model()->index(0, 0);
        bool changed = false;
        for (; index.isValid(); index = index.sibling(index.row() + 1, 0)) {
            if (visualRect(index).top() >= height)
                break;
            m_delegate->measure(index);
            changed = m_delegate->sizeChanged(index) || changed;
        }
        if (!changed)
            break;
        QListView::doItemsLayout();
        keep(anchor);
        laidOut = true;
    }
    return laidOut;
}

void TurnListView::startRefining()
{
    if (m_refineDone || !model())
        return;
    const int rows = model()->rowCount();
    const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
    const QModelIndex last = indexAt(QPoint(viewport()->width() / 2, viewport()->height() - 1));
    m_refineAbove = first.isValid() ? first.row() - 1 : rows - 1;
    m_refineBelow = last.isValid() ? last.row() + 1 : first.isValid() ? first.row() + 1 : rows;
    m_refineTimer.start();
}

void TurnListView::refineSlice()
{
    if (!model() || m_inLayout)
        return;
    const int rows = model()->rowCount();
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    bool below = true;
    while (clock.nsecsElapsed() < RefineSliceNs) {
        int row = -1;
        // Alternately below and above the view, nearest first.
        if ((below || m_refineAbove < 0) && m_refineBelow < rows)
            row = m_refineBelow++;
        else if (m_refineAbove >= 0)
            row = m_refineAbove--;
        if (row < 0 || row >= rows) {
            m_refineDone = true;
            break;
        }
        below = !below;
        const QModelIndex index = model()->index(row, 0);
        if (m_delegate->isMeasured(index))
            continue;
        m_delegate->measure(index, false); // far from the view: its sizes only
        changed = m_delegate->sizeChanged(index) || changed;
    }
    if (changed && !m_refineLayoutTimer.isActive())
        m_refineLayoutTimer.start();
    if (!m_refineDone)
        m_refineTimer.start();
}

QRect TurnListView::visualRect(const QModelIndex &index) const
{
    QRect rect = QListView::visualRect(index);
    // QListView stores an item's height in a short: a taller row would be cut to 32,767
    // pixels, and what lies below that would be neither painted nor hit. Its place in the
    // list is right (positions are ints), so the row ends where the next one starts.
    if (rect.height() < SHRT_MAX)
        return rect;
    const int next = index.row() + 1;
    const int bottom = next < model()->rowCount(index.parent())
                           ? QListView::visualRect(model()->index(next, 0, index.parent())).top()
                           : contentsSize().height() - verticalOffset();
    rect.setBottom(bottom - 1);
    return rect;
}

void TurnListView::scrollToEnd()
{
    m_followBottom = true; // first: what the scroll brings into view is measured from the end
    const QScopedValueRollback adjusting(m_adjustingScroll, true);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TurnListView::refreshRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_delegate->measureNext(index);
    m_fullLayoutDue = true;
    emit m_delegate->sizeHintChanged(index); // schedules one relayout for all such calls
}

void TurnListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    // A streaming delta: remember the row and lay it out with the next tick, so a fast
    // stream costs one relayout per tick instead of one per token.
    if (topLeft == bottomRight && !roles.isEmpty()
        && topLeft.data(ConversationModel::StreamingRole).toBool()) {
        const QPersistentModelIndex row(topLeft);
        if (!m_dirty.contains(row))
            m_dirty.append(row);
        StreamTicker::instance()->request(this);
        return;
    }
    // A row that changed otherwise (a reply finished, footers hidden) may change its height.
    if (topLeft == bottomRight) {
        refreshRow(topLeft);
    } else {
        m_refineDone = false;
        m_fullLayoutDue = true;
        scheduleDelayedItemsLayout();
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void TurnListView::flushStreaming()
{
    const QList<QPersistentModelIndex> dirty = std::exchange(m_dirty, {});
    if (dirty.isEmpty() || !model())
        return;
    if (m_fullLayoutDue || m_inLayout || !isVisible()) {
        for (const QPersistentModelIndex &row : dirty)
            refreshRow(row);
        return;
    }
    // The rows' new tails are laid out now; what is above them in a row stays as it was.
    bool resized = false;
    for (const QPersistentModelIndex &row : dirty) {
        if (!row.isValid())
            continue;
        m_delegate->measure(row);
        resized = m_delegate->sizeChanged(row) || resized;
    }
    auto repaintChanged = [this, &dirty] {
        const QRect all = viewport()->rect();
        for (const QPersistentModelIndex &row : dirty) {
            if (!row.isValid())
                continue;
            // From where the row changed down: what is below it moved with it.
            const int top = visualRect(row).top() + m_delegate->changedTop(row);
            if (top < all.bottom())
                viewport()->update(QRect(0, qMax(0, top), all.width(), all.bottom() + 1 - top));
        }
    };
    if (!resized) {
        repaintChanged();
        return;
    }
    // QListView lays out every row and repaints the whole viewport for it; here the rows above
    // keep their pixels (moved by one blit when the view follows the growing end) and only
    // what changed is painted again.
    m_quietScroll = 0;
    m_quiet = true;
    viewport()->setAttribute(Qt::WA_UpdatesDisabled, true);
    doItemsLayout();
    viewport()->setAttribute(Qt::WA_UpdatesDisabled, false);
    m_quiet = false;
    if (m_quietScroll != 0) {
        const QScopedValueRollback inLayout(m_inLayout, true);
        QListView::scrollContentsBy(0, std::exchange(m_quietScroll, 0));
    }
    if (m_settledAgain)
        viewport()->update(); // rows in view were measured anew: all may have moved
    else
        repaintChanged();
}

void TurnListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    m_refineDone = false;
    m_fullLayoutDue = true;
    QListView::rowsInserted(parent, start, end);
    // Sending a message means wanting to see the answer: follow it again.
    for (int row = start; row <= end; ++row) {
        if (model()->index(row, 0, parent).data(ConversationModel::IsUserRole).toBool())
            m_followBottom = true;
    }
}

void TurnListView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    for (int row = start; row <= end; ++row)
        m_delegate->forget(model()->index(row, 0, parent));
    m_fullLayoutDue = true;
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

void TurnListView::reset()
{
    m_delegate->forgetAll();
    m_dirty.clear();
    m_followBottom = true;
    m_anchor = {};
    m_refineDone = false;
    m_fullLayoutDue = true;
    QListView::reset();
}

void TurnListView::resizeEvent(QResizeEvent *event)
{
    // Rows are as wide as the view and wrap their text, so their heights follow its width;
    // QListView lays out again only when the height changes (in its flow direction), and then
    // a tenth of a second later. Without this a scroll bar appearing, or the window made
    // narrower, would leave rows the height they had at the old width: a long reply would end
    // pages away from where it is drawn. And rows that come into view must be measured soon.
    if (event->size().width() != event->oldSize().width())
        m_refineDone = false;
    if (event->size() != event->oldSize()) {
        m_fullLayoutDue = true;
        scheduleDelayedItemsLayout();
    }
    QListView::resizeEvent(event);
}

void TurnListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void TurnListView::paintEvent(QPaintEvent *event)
{
    if (model() && model()->rowCount() > 0) {
        m_delegate->beginPaintPass(event->rect());
        QListView::paintEvent(event);
        m_delegate->endPaintPass();
        return;
    }
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(120);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

bool TurnListView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::HoverMove: {
        const QPoint pos = event->type() == QEvent::MouseMove
                               ? static_cast<QMouseEvent *>(event)->position().toPoint()
                               : static_cast<QHoverEvent *>(event)->position().toPoint();
        if (event->type() == QEvent::MouseMove && m_delegate->isSelecting()) {
            m_delegate->extendSelection(pos);
            viewport()->setCursor(Qt::IBeamCursor);
            return true; // a drag selects text; it does not move the current row
        }
        const QModelIndex index = indexAt(pos);
        const bool overTarget = m_delegate->setHover(index, pos);
        viewport()->setCursor(overTarget                           ? Qt::PointingHandCursor
                              : m_delegate->isOverText(index, pos) ? Qt::IBeamCursor
                                                                   : Qt::ArrowCursor);
        break;
    }
    case QEvent::MouseButtonDblClick: {
        // A double click on text selects a word. QAbstractItemView would turn it into a
        // second press, which would start an empty selection instead.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = indexAt(pos);
        if (mouse->button() == Qt::LeftButton && m_delegate->isOverText(index, pos)
            && m_delegate->hitTest(index, pos).target == TurnLayout::Target::None) {
            m_delegate->selectWord(index, pos);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
            && m_delegate->isSelecting())
            m_delegate->endSelection();
        break;
    case QEvent::Leave:
    case QEvent::HoverLeave:
        m_delegate->setHover({}, {});
        viewport()->unsetCursor();
        break;
    default:
        break;
    }
    return QListView::viewportEvent(event);
}

void TurnListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index
        = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    QPoint global = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse && index.isValid()) {
        // By the part of the message in view: a long one may start pages above.
        const QRect shown = visualRect(index) & viewport()->rect();
        global = viewport()->mapToGlobal((shown.isEmpty() ? visualRect(index) : shown).topLeft()
                                         + QPoint(24, 24));
    }
    emit contextMenuRequested(index, global);
    event->accept();
}

QAction *TurnListView::actionForKey(const QKeyEvent *event) const
{
    const QKeySequence key(
        QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    const QList<QAction *> own = actions();
    for (QAction *action : own) {
        if (action->isEnabled() && action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

bool TurnListView::event(QEvent *event)
{
    // The message keys (Ctrl+R, Del, ...) belong to the focused message, even where the
    // window has a shortcut on the same key: take them before the window's shortcuts do.
    if (event->type() == QEvent::ShortcutOverride
        && actionForKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void TurnListView::keyPressEvent(QKeyEvent *event)
{
    if (QAction *action = actionForKey(event)) {
        action->trigger();
        event->accept();
        return;
    }
    const bool menuKey
        = event->key() == Qt::Key_Menu
          || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (menuKey) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos(),
                               event->modifiers());
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    if (scrollByKey(event)) {
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

bool TurnListView::scrollByKey(const QKeyEvent *event)
{
    if (!model() || model()->rowCount() == 0
        || (event->modifiers() & ~(Qt::KeypadModifier | Qt::ControlModifier)) != 0)
        return false;
    QScrollBar *bar = verticalScrollBar();
    const int rows = model()->rowCount();
    switch (event->key()) {
    case Qt::Key_Home:
        bar->setValue(bar->minimum());
        setCurrentWithoutScrolling(model()->index(0, 0));
        return true;
    case Qt::Key_End:
        scrollToEnd();
        setCurrentWithoutScrolling(model()->index(rows - 1, 0));
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        // QListView would move to another message and scroll to it: within a message taller
        // than the view, it could never show what lies between. A page keeps a line of
        // context from the one before.
        const int page = qMax(bar->singleStep(), viewport()->height() - bar->singleStep());
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageDown ? page : -page));
        QModelIndex current;
        if (bar->value() == bar->maximum())
            current = model()->index(rows - 1, 0);
        else if (bar->value() == bar->minimum())
            current = model()->index(0, 0);
        else
            current = indexAt(QPoint(viewport()->width() / 2, viewport()->height() / 2));
        if (current.isValid())
            setCurrentWithoutScrolling(current);
        return true;
    }
    default:
        return false;
    }
}

void TurnListView::setCurrentWithoutScrolling(const QModelIndex &index)
{
    const bool scroll = hasAutoScroll();
    setAutoScroll(false);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    setAutoScroll(scroll);
    viewport()->update();
}

void TurnListView::focusInEvent(QFocusEvent *event)
{
    // Coming in by keyboard, start at the message in view at the bottom (the latest one when
    // following the reply), not at the top of a long conversation; and do not scroll for it.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0
        && event->reason() != Qt::MouseFocusReason) {
        QModelIndex index = indexAt(QPoint(viewport()->width() / 2, viewport()->height() - 1));
        if (!index.isValid())
            index = model()->index(model()->rowCount() - 1, 0);
        setCurrentWithoutScrolling(index);
    }
    QListView::focusInEvent(event);
}

} // namespace Parlance::Ui
