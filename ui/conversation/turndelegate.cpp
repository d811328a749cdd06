#include "conversation/turndelegate.h"

#include "conversation/conversationmodel.h"
#include "conversation/turneditor.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QUrl>

namespace Parlance::Ui {

namespace {

constexpr int EditorHeight = 170;
constexpr int FlashMs = 1200;
// Characters of laid-out documents kept across rows besides those of the current paint, a
// few screens' worth (some 50 bytes each): scrolling back a little does not make them again,
// and a long conversation does not keep a document for every message it has shown.
constexpr qsizetype DocumentBudgetChars = 64 * 1024;
constexpr qsizetype DocumentRows = 48;

quint64 keyOf(const QModelIndex &index)
{
    return index.data(ConversationModel::KeyRole).toULongLong();
}

} // namespace

TurnDelegate::TurnDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

TurnDelegate::~TurnDelegate() = default;

int TurnDelegate::viewWidth() const
{
    return m_view->viewport()->width();
}

bool TurnDelegate::isCurrent(const Entry &entry, const QModelIndex &index, const QFont &font) const
{
    const quint64 key = keyOf(index);
    return entry.layout
           && entry.revision == index.data(ConversationModel::RevisionRole).toULongLong()
           && entry.expanded == m_expanded.contains(key) && entry.font == font;
}

TurnLayout *TurnDelegate::layoutFor(const QModelIndex &index, const QFont &font) const
{
    const quint64 key = keyOf(index);
    const quint64 revision = index.data(ConversationModel::RevisionRole).toULongLong();
    const bool expanded = m_expanded.contains(key);
    Entry &entry = m_cache[key];
    if (!entry.layout)
        entry.layout = std::make_unique<TurnLayout>();
    if (entry.revision != revision || entry.expanded != expanded || entry.font != font) {
        entry.layout->setContent(TurnData::fromIndex(index), expanded, font);
        entry.revision = revision;
        entry.expanded = expanded;
        entry.font = font;
    }
    entry.layout->setWidth(viewWidth());
    m_measureNext.remove(key);
    // Whoever asks for the layout may make documents: the row is the latest to hold some.
    if (m_withDocuments.isEmpty() || m_withDocuments.constLast() != key) {
        m_withDocuments.removeOne(key);
        m_withDocuments.append(key);
    }
    if (m_inPass)
        entry.pass = m_pass;
    trimDocuments(key);
    return entry.layout.get();
}

void TurnDelegate::trimDocuments(quint64 keep) const
{
    qsizetype total = 0;
    for (quint64 key : std::as_const(m_withDocuments)) {
        const auto it = m_cache.find(key);
        if (it != m_cache.end() && it->second.layout)
            total += it->second.layout->cachedChars();
    }
    // Oldest first; never a row of the paint under way, nor the one in use.
    for (qsizetype i = 0;
         i < m_withDocuments.size()
         && (total > DocumentBudgetChars || m_withDocuments.size() > DocumentRows);) {
        const quint64 key = m_withDocuments.at(i);
        const auto it = m_cache.find(key);
        if (it == m_cache.end() || !it->second.layout) {
            m_withDocuments.removeAt(i);
            continue;
        }
        if (key == keep || (m_inPass && it->second.pass == m_pass)) {
            ++i;
            continue;
        }
        total -= it->second.layout->cachedChars();
        it->second.layout->releaseDocuments();
        m_withDocuments.removeAt(i);
    }
}

void TurnDelegate::beginPaintPass(const QRect &dirty)
{
    ++m_pass;
    m_inPass = true;
    m_dirty = dirty;
}

void TurnDelegate::endPaintPass()
{
    m_inPass = false;
    trimDocuments(0);
}

int TurnDelegate::estimateFor(Entry &entry, const QModelIndex &index, int width) const
{
    const quint64 revision = index.data(ConversationModel::RevisionRole).toULongLong();
    if (!m_estimate || m_estimateFont != m_view->font()) {
        m_estimateFont = m_view->font();
        m_estimate = std::make_unique<HeightEstimate>(m_estimateFont);
        for (auto &[key, each] : m_cache)
            each.estimateWidth = -1;
    }
    if (entry.estimateRevision != revision || entry.estimateWidth != width) {
        entry.estimate = m_estimate->of(index, width);
        entry.estimateRevision = revision;
        entry.estimateWidth = width;
    }
    return qMax(1, qRound(entry.estimate * entry.correction));
}

int TurnDelegate::withEditor(const QModelIndex &index, int height) const
{
    return m_editing.contains(keyOf(index)) ? qMax(height, EditorHeight) : height;
}

bool TurnDelegate::isMeasured(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    const auto it = m_cache.find(keyOf(index));
    return it != m_cache.end() && isCurrent(it->second, index, m_view->font())
           && it->second.layout->width() == viewWidth();
}

int TurnDelegate::measure(const QModelIndex &index, bool keepDocuments)
{
    if (!index.isValid())
        return 0;
    const quint64 key = keyOf(index);
    if (isMeasured(index))
        return withEditor(index, m_cache[key].layout->height());
    const bool hadDocuments = m_withDocuments.contains(key);
    TurnLayout *layout = layoutFor(index, m_view->font());
    Entry &entry = m_cache[key];
    // How far off the estimate was: a row whose content or width changes later starts from
    // a corrected guess. Not for a growing reply: estimating reads all of its text.
    if (!index.data(ConversationModel::StreamingRole).toBool()) {
        entry.correction = 1.0;
        const int estimate = estimateFor(entry, index, viewWidth());
        entry.correction = estimate > 0 ? double(layout->height()) / estimate : 1.0;
    }
    if (!keepDocuments && !hadDocuments) {
        layout->releaseDocuments();
        m_withDocuments.removeOne(key);
    }
    return withEditor(index, layout->height());
}

bool TurnDelegate::sizeChanged(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    const auto it = m_cache.find(keyOf(index));
    if (it == m_cache.end() || !it->second.layout)
        return false;
    return it->second.reported != withEditor(index, it->second.layout->height());
}

int TurnDelegate::changedTop(const QModelIndex &index) const
{
    const auto it = m_cache.find(keyOf(index));
    return it != m_cache.end() && it->second.layout ? it->second.layout->changedTop() : 0;
}

void TurnDelegate::measureNext(const QModelIndex &index)
{
    if (index.isValid())
        m_measureNext.insert(keyOf(index));
}

QStyleOptionViewItem TurnDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(index);
    option.font = m_view->font();
    option.widget = m_view;
    return option;
}

void TurnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const quint64 key = keyOf(index);
    if (m_editing.contains(key))
        return; // the editor covers the row
    TurnLayout *layout = layoutFor(index, option.font);
    TurnLayout::PaintState state;
    if (m_hoverKey == key)
        state.hovered = m_hover;
    if (m_flashKey == key)
        state.flashed = m_flash;
    if (m_selectionIndex.isValid() && keyOf(m_selectionIndex) == key)
        state.selection = m_selection;
    state.showActions = m_hoverKey == key || option.state.testFlag(QStyle::State_MouseOver)
                        || (index == m_view->currentIndex() && m_view->hasFocus());
    // A row can be far taller than the view: only the part in the viewport is drawn, and of
    // that what is being repainted (a growing reply repaints its new lines).
    QRect visible = option.rect & m_view->viewport()->rect();
    if (m_inPass && !m_dirty.isEmpty())
        visible &= m_dirty;
    if (visible.isEmpty())
        return;
    layout->paint(painter, option, state, visible.translated(-option.rect.topLeft()));
    if (index == m_view->currentIndex() && m_view->hasFocus()) {
        // The keyboard acts on this message: mark it plainly, not with a faint dotted line.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(4, 2, -4, -2), 6, 6);
        painter->restore();
    }
}

QSize TurnDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth();
    const quint64 key = keyOf(index);
    Entry &entry = m_cache[key];
    int height = 0;
    if (isCurrent(entry, index, option.font) && entry.layout->width() == width) {
        height = entry.layout->height();
    } else if (entry.layout
               && (m_measureNext.contains(key)
                   || index.data(ConversationModel::StreamingRole).toBool())) {
        // Changed rows the view wants exact; a growing reply costs only its new tail.
        height = layoutFor(index, option.font)->height();
    } else {
        height = estimateFor(entry, index, width);
    }
    height = withEditor(index, height);
    entry.reported = height;
    return {width, height};
}

std::pair<TurnLayout *, QPoint> TurnDelegate::layoutAt(const QModelIndex &index,
                                                       const QPoint &pos) const
{
    const QStyleOptionViewItem option = optionFor(index);
    return {layoutFor(index, option.font), pos - option.rect.topLeft()};
}

TurnLayout::Hit TurnDelegate::hitTest(const QModelIndex &index, const QPoint &pos) const
{
    if (!index.isValid())
        return {};
    const auto [layout, local] = layoutAt(index, pos);
    return layout->hitTest(local);
}

QRect TurnDelegate::targetRect(const QModelIndex &index, TurnLayout::Target target, int n) const
{
    if (!index.isValid())
        return {};
    const QStyleOptionViewItem option = optionFor(index);
    const QRect rect = layoutFor(index, option.font)->targetRect(target, n);
    return rect.isEmpty() ? QRect() : rect.translated(option.rect.topLeft());
}

QList<TurnLayout::FooterLine> TurnDelegate::footerLines(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QStyleOptionViewItem option = optionFor(index);
    QList<TurnLayout::FooterLine> lines = layoutFor(index, option.font)->footerLines();
    for (TurnLayout::FooterLine &line : lines)
        line.rect.translate(option.rect.topLeft());
    return lines;
}

bool TurnDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const TurnLayout *layout = layoutFor(index, option.font);
        const QRect footer = layout->footerRect().translated(option.rect.topLeft());
        if (footer.contains(event->pos())) {
            QToolTip::showText(event->globalPos(), layout->data().footerToolTip(), view->viewport(),
                               footer);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString TurnDelegate::codeText(const QModelIndex &index, int n) const
{
    return index.isValid() ? layoutFor(index, m_view->font())->codeText(n) : QString();
}

int TurnDelegate::codeBlockCount(const QModelIndex &index) const
{
    return index.isValid() ? layoutFor(index, m_view->font())->codeBlockCount() : 0;
}

bool TurnDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const TurnLayout::Hit hit = layoutFor(index, option.font)
                                    ->hitTest(mouse->position().toPoint() - option.rect.topLeft());
    if (hit.target == TurnLayout::Target::None) {
        // Text: a press starts a selection (TurnListView handles double clicks). The view
        // still makes the row current.
        if (type == QEvent::MouseButtonPress)
            beginSelection(index, mouse->position().toPoint());
        return false;
    }
    if (type != QEvent::MouseButtonRelease)
        return true; // a button press must not move the current row
    activate(index, hit);
    return true;
}

void TurnDelegate::activate(const QModelIndex &index, const TurnLayout::Hit &hit)
{
    if (!index.isValid())
        return;
    switch (hit.target) {
    case TurnLayout::Target::None:
        break;
    case TurnLayout::Target::ReasoningToggle:
        setReasoningExpanded(index, !isReasoningExpanded(index));
        break;
    case TurnLayout::Target::CopyCode:
        copyCode(index, hit.index);
        break;
    case TurnLayout::Target::Link: {
        const QUrl url(hit.link);
        const QString scheme = url.scheme();
        // Only what a browser or mail client opens; a reply is untrusted text.
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        break;
    }
    case TurnLayout::Target::Copy:
        flash(index, hit);
        emit targetActivated(index, hit.target);
        break;
    default:
        emit targetActivated(index, hit.target);
        break;
    }
}

QList<TurnLayout::Hit> TurnDelegate::targets(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const TurnLayout *layout = layoutFor(index, m_view->font());
    QList<TurnLayout::Hit> hits;
    auto addIfShown = [&hits, layout](TurnLayout::Target target, int n = 0) {
        if (!layout->targetRect(target, n).isEmpty())
            hits.append({target, n, {}});
    };
    addIfShown(TurnLayout::Target::ReasoningToggle);
    const QStringList links = layout->links();
    for (const QString &link : links)
        hits.append({TurnLayout::Target::Link, 0, link});
    for (int n = 0; n < layout->codeBlockCount(); ++n)
        addIfShown(TurnLayout::Target::CopyCode, n);
    addIfShown(TurnLayout::Target::Retry);
    addIfShown(TurnLayout::Target::ShowExchange);
    const QList<TurnLayout::Target> actions = layout->actions();
    for (TurnLayout::Target action : actions)
        addIfShown(action);
    return hits;
}

QString TurnDelegate::plainText(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const TurnLayout *layout = layoutFor(index, m_view->font());
    return layout->selectedText(layout->everything());
}

bool TurnDelegate::isReasoningExpanded(const QModelIndex &index) const
{
    return m_expanded.contains(keyOf(index));
}

void TurnDelegate::setReasoningExpanded(const QModelIndex &index, bool expanded)
{
    if (!index.isValid() || isReasoningExpanded(index) == expanded)
        return;
    if (expanded)
        m_expanded.insert(keyOf(index));
    else
        m_expanded.remove(keyOf(index));
    measureNext(index);
    emit sizeHintChanged(index);
}

bool TurnDelegate::setHover(const QModelIndex &index, const QPoint &pos)
{
    const quint64 key = index.isValid() ? keyOf(index) : 0;
    const TurnLayout::Hit hit = key ? hitTest(index, pos) : TurnLayout::Hit();
    if (key != m_hoverKey || !(hit == m_hover)) {
        m_hoverKey = key;
        m_hover = hit;
        // The hover decides which row shows its action buttons: repaint what is visible.
        m_view->viewport()->update();
    }
    return hit.target != TurnLayout::Target::None;
}

void TurnDelegate::copyCode(const QModelIndex &index, int n)
{
    const QString code = codeText(index, n);
    QGuiApplication::clipboard()->setText(code);
    flash(index, {TurnLayout::Target::CopyCode, n, {}});
}

void TurnDelegate::flash(const QModelIndex &index, const TurnLayout::Hit &hit)
{
    const quint64 key = keyOf(index);
    m_flashKey = key;
    m_flash = hit;
    m_view->viewport()->update(m_view->visualRect(index));
    QTimer::singleShot(FlashMs, this, [this, key] {
        if (m_flashKey != key)
            return;
        m_flashKey = 0;
        m_view->viewport()->update();
    });
}

void TurnDelegate::setSelection(const QModelIndex &index, const TurnLayout::Selection &selection)
{
    const QModelIndex previous = m_selectionIndex;
    m_selectionIndex = index;
    m_selection = selection;
    if (previous.isValid() && previous != index)
        m_view->viewport()->update(m_view->visualRect(previous));
    if (index.isValid())
        m_view->viewport()->update(m_view->visualRect(index));
}

void TurnDelegate::beginSelection(const QModelIndex &index, const QPoint &pos)
{
    const auto [layout, local] = layoutAt(index, pos);
    const TurnLayout::TextPos at = layout->textPosAt(local);
    m_selecting = at.block >= 0;
    setSelection(m_selecting ? index : QModelIndex(), {at, at});
}

void TurnDelegate::extendSelection(const QPoint &pos)
{
    if (!m_selecting || !m_selectionIndex.isValid())
        return;
    const QModelIndex index = m_selectionIndex;
    const auto [layout, local] = layoutAt(index, pos);
    TurnLayout::Selection selection = m_selection;
    selection.focus = layout->textPosAt(local);
    if (selection != m_selection)
        setSelection(index, selection);
}

void TurnDelegate::endSelection()
{
    m_selecting = false;
    if (m_selectionIndex.isValid() && m_selection.isEmpty())
        setSelection({}, {});
}

void TurnDelegate::selectWord(const QModelIndex &index, const QPoint &pos)
{
    m_selecting = false;
    const auto [layout, local] = layoutAt(index, pos);
    const TurnLayout::Selection word = layout->wordAt(local);
    setSelection(word.isEmpty() ? QModelIndex() : index, word);
}

void TurnDelegate::selectAll(const QModelIndex &index)
{
    m_selecting = false;
    const TurnLayout::Selection all = layoutFor(index, optionFor(index).font)->everything();
    setSelection(all.isEmpty() ? QModelIndex() : index, all);
}

void TurnDelegate::clearSelection()
{
    m_selecting = false;
    if (m_selectionIndex.isValid())
        setSelection({}, {});
}

bool TurnDelegate::hasSelection() const
{
    return m_selectionIndex.isValid() && !m_selection.isEmpty();
}

QString TurnDelegate::selectedText() const
{
    if (!hasSelection())
        return {};
    return layoutFor(m_selectionIndex, optionFor(m_selectionIndex).font)->selectedText(m_selection);
}

bool TurnDelegate::isOverText(const QModelIndex &index, const QPoint &pos) const
{
    if (!index.isValid())
        return false;
    const auto [layout, local] = layoutAt(index, pos);
    return layout->isOverText(local);
}

void TurnDelegate::forget(const QModelIndex &index)
{
    const quint64 key = keyOf(index);
    if (m_selectionIndex.isValid() && keyOf(m_selectionIndex) == key) {
        m_selectionIndex = QPersistentModelIndex();
        m_selection = {};
        m_selecting = false;
    }
    m_cache.erase(key);
    m_withDocuments.removeOne(key);
    m_measureNext.remove(key);
    m_expanded.remove(key);
    m_editing.remove(key);
    if (m_hoverKey == key)
        m_hoverKey = 0;
}

void TurnDelegate::forgetAll()
{
    m_selectionIndex = QPersistentModelIndex();
    m_selection = {};
    m_selecting = false;
    m_cache.clear();
    m_withDocuments.clear();
    m_measureNext.clear();
    m_expanded.clear();
    m_editing.clear();
    m_hoverKey = 0;
    m_flashKey = 0;
}

QWidget *TurnDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *editor = new TurnEditor(parent);
    m_editing.insert(keyOf(index));
    const QPersistentModelIndex persistent(index);
    auto *self = const_cast<TurnDelegate *>(this); // the signals belong to the delegate
    connect(editor, &TurnEditor::submitted, self, [self, persistent](const QString &text) {
        emit self->editSubmitted(persistent, text);
    });
    connect(editor, &TurnEditor::cancelled, self,
            [self, persistent] { emit self->editCancelled(persistent); });
    return editor;
}

void TurnDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    m_editing.remove(keyOf(index));
    QStyledItemDelegate::destroyEditor(editor, index);
}

void TurnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // A persistent editor hears every dataChanged of its row: fill it once, never over what
    // the user is typing.
    if (editor->property("parlanceFilled").toBool())
        return;
    editor->setProperty("parlanceFilled", true);
    static_cast<TurnEditor *>(editor)->setText(index.data(ConversationModel::TextRole).toString());
}

void TurnDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Nothing: a finished edit is a request to resend (editSubmitted), not a model write.
}

void TurnDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(14, 6, -14, -6));
}

bool TurnDelegate::eventFilter(QObject *, QEvent *)
{
    // TurnEditor handles its own keys, and losing focus must not drop what was typed.
    return false;
}

} // namespace Parlance::Ui
