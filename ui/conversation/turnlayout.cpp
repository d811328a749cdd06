#include "conversation/turnlayout.h"

#include "conversation/turndocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <cmath>

namespace Parlance::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Ui::TurnLayout)
};

constexpr int Margin = 14;  // left and right of every row
constexpr int Pad = 10;     // inside bubbles and cards
constexpr int Gap = 8;      // between the parts of a turn
constexpr int RowSpace = 8; // above and below a turn

const QString FooterSeparator = QStringLiteral(" · ");

// The footer's parts in lines no wider than `width`, broken between parts; a part wider than
// a whole line (a long model name) is broken where it must be. Nothing is elided: the finish
// reason and the speed at the end are what a reader looks for.
QStringList wrapParts(const QStringList &parts, const QFontMetrics &fm, int width)
{
    QStringList lines;
    QString line;
    for (QString part : parts) {
        if (!line.isEmpty()) {
            if (fm.horizontalAdvance(line + FooterSeparator + part) <= width) {
                line += FooterSeparator + part;
                continue;
            }
            lines.append(line);
        }
        while (part.size() > 1 && fm.horizontalAdvance(part) > width) {
            qsizetype n = part.size() - 1;
            while (n > 1 && fm.horizontalAdvance(part.left(n)) > width)
                --n;
            if (n > 1 && part.at(n - 1).isHighSurrogate())
                --n;
            lines.append(part.left(n));
            part = part.mid(n);
        }
        line = part;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

TurnLayout::TurnLayout() = default;
TurnLayout::~TurnLayout() = default;

void TurnLayout::setContent(const TurnData &data, bool reasoningExpanded, const QFont &font)
{
    const bool fontChanged = font != m_font;
    if (fontChanged) {
        m_font = font;
        m_small = font;
        m_small.setPointSizeF(font.pointSizeF() * 0.88);
        m_mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_mono.setPointSizeF(font.pointSizeF() * 0.95);
        m_blocks.setFonts(m_font, m_mono);
        m_codeBlocks.clear();
        m_segments.clear();
        m_reasoning.reset();
    }
    // A streaming reply only grows: what was split and laid out of it stays, and only its
    // tail is read again. Anything else (a finished turn changed, a new font) starts over.
    const bool grew = !fontChanged && m_streamed && data.text.size() >= m_textSize
                      && data.reasoning.size() >= m_reasoningSize;
    m_data = data;
    m_expanded = reasoningExpanded;
    const int changed = rebuildBlocks(grew ? m_textSize : -1);
    // The reasoning's document always shows the last content: it is made again when that
    // changed, and not kept while folded.
    if (!m_expanded || m_data.reasoning.isEmpty())
        m_reasoning.reset();
    else if (!m_reasoning || !grew || m_data.reasoning.size() != m_reasoningSize)
        m_reasoning = proseDocument(m_data.reasoning, m_small);
    m_textSize = m_data.text.size();
    m_reasoningSize = m_data.reasoning.size();
    m_streamed = m_data.streaming;
    // Not kept: the text of a streaming reply is the session's own, and a reference held here
    // would make its next delta copy all of it (what is needed is in the blocks).
    m_data.text.clear();
    m_data.reasoning.clear();
    if (m_width > 0)
        layout(changed);
}

int TurnLayout::rebuildBlocks(qsizetype previousSize)
{
    std::vector<TurnBlock> blocks;
    auto add = [&blocks](TurnBlock::Kind kind, const QString &source, const QString &title = {}) {
        TurnBlock block;
        block.kind = kind;
        block.source = source;
        block.title = title;
        blocks.push_back(std::move(block));
    };

    if (m_data.isUser) {
        m_segments.clear();
        m_codeBlocks.clear();
        // Blank lines around the message only make the bubble taller; Copy keeps them.
        static const QRegularExpression outerBlankLines(QStringLiteral("^\\s*\\n|\\n\\s*$"));
        add(TurnBlock::Kind::UserText, QString(m_data.text).remove(outerBlankLines));
        return m_blocks.replaceFrom(0, std::move(blocks));
    }

    // A growing reply only changes from its last segment or two on; the blocks of the
    // segments before keep their documents, sizes and places.
    qsizetype unchanged = 0;
    m_segments = previousSize <= 0
                     ? splitMarkdown(m_data.text)
                     : updateSegments(std::move(m_segments), previousSize, m_data.text, &unchanged);
    const int from = int(qMin<qsizetype>(unchanged, m_blocks.size()));
    while (!m_codeBlocks.empty() && m_codeBlocks.back() >= from)
        m_codeBlocks.pop_back();
    int codeIndex = int(m_codeBlocks.size());
    for (qsizetype i = from; i < m_segments.size(); ++i) {
        const MarkdownSegment &segment = m_segments.at(i);
        if (segment.kind == MarkdownSegment::Kind::Code) {
            add(TurnBlock::Kind::Code, segment.text, segment.language);
            blocks.back().codeIndex = codeIndex++;
        } else {
            add(TurnBlock::Kind::Prose, segment.text);
        }
    }
    if (!m_data.refusal.isEmpty())
        add(TurnBlock::Kind::Refusal, m_data.refusal);
    for (const TurnData::ToolCall &call : std::as_const(m_data.toolCalls))
        add(TurnBlock::Kind::Tool, prettyJson(call.arguments), call.name);
    const int changed = m_blocks.replaceFrom(from, std::move(blocks));
    for (int i = from; i < m_blocks.size(); ++i) {
        if (m_blocks[i].codeIndex >= 0)
            m_codeBlocks.push_back(i);
    }
    return changed;
}

void TurnLayout::setWidth(int width)
{
    if (width == m_width)
        return;
    m_width = width;
    layout(0);
}

QList<TurnLayout::Target> TurnLayout::actions() const
{
    if (m_data.isUser)
        return {Target::Copy, Target::Edit, Target::Delete};
    if (m_data.streaming)
        return {};
    return {Target::Copy, Target::Regenerate, Target::Delete};
}

static QString actionText(TurnLayout::Target target)
{
    switch (target) {
    case TurnLayout::Target::Copy:
        return Tr::tr("Copy");
    case TurnLayout::Target::Edit:
        return Tr::tr("Edit");
    case TurnLayout::Target::Regenerate:
        return Tr::tr("Regenerate");
    case TurnLayout::Target::Delete:
        return Tr::tr("Delete");
    default:
        return {};
    }
}

void TurnLayout::placeBlock(int i, int y, int left, int avail)
{
    TurnBlock &block = m_blocks[i];
    if (block.kind == TurnBlock::Kind::Code || block.kind == TurnBlock::Kind::Tool) {
        const QFontMetrics sfm(m_small);
        const int headerH = sfm.height() + 10;
        m_blocks.measure(i, avail - 2 * Pad);
        block.rect = QRect(left, y, avail, headerH + block.height + Pad);
        block.header = QRect(left, y, avail, headerH);
        block.text = QRect(left + Pad, y + headerH, avail - 2 * Pad, block.height);
        if (block.kind == TurnBlock::Kind::Code) {
            const int w = qMax(sfm.horizontalAdvance(Tr::tr("Copy")),
                               sfm.horizontalAdvance(Tr::tr("Copied")))
                          + 16;
            block.copyButton = QRect(block.header.right() - 4 - w, y + 3, w, headerH - 6);
        }
        return;
    }
    const int indent = block.kind == TurnBlock::Kind::Refusal ? Pad : 0;
    m_blocks.measure(i, avail - 2 * indent);
    block.rect = QRect(left, y, avail, block.height + 2 * indent);
    block.text = QRect(left + indent, y + indent, avail - 2 * indent, block.height);
}

void TurnLayout::layout(int from)
{
    const QFontMetrics fm(m_font);
    const QFontMetrics sfm(m_small);
    const int left = Margin;
    const int avail = qMax(m_width - 2 * Margin, 120);
    const int lineH = sfm.height() + 6;
    int y = RowSpace;
    m_buttons.clear();
    m_footerLines.clear();
    m_reasoningHeader = m_reasoningBody = m_bubble = m_notice = m_errorCard = m_footer = QRect();
    m_changedTop = 0;

    if (m_data.isUser) {
        TurnBlock &block = m_blocks[0];
        const int maxText = qMin(avail, qMax(avail * 4 / 5, 200)) - 2 * Pad;
        if (block.widthLimit != maxText) {
            m_blocks.measure(0, maxText);
            m_blocks.measure(0, qMin(maxText, int(std::ceil(block.idealWidth)) + 2));
            block.widthLimit = maxText;
        }
        const int textW = block.width;
        const int textH = block.height;
        m_bubble = QRect(left + avail - textW - 2 * Pad, y, textW + 2 * Pad, textH + 2 * Pad);
        block.rect = m_bubble;
        block.text = QRect(m_bubble.x() + Pad, m_bubble.y() + Pad, textW, textH);
        y = m_bubble.bottom() + 1 + 4;
    } else {
        if (m_reasoningSize > 0) {
            const QString label = m_expanded ? Tr::tr("Reasoning ▾") : Tr::tr("Reasoning ▸");
            m_reasoningHeader = QRect(left, y, sfm.horizontalAdvance(label) + 12, lineH);
            y += lineH + 4;
            if (m_expanded && m_reasoning) {
                setDocumentWidth(m_reasoning.get(), avail - 14);
                m_reasoningBody = QRect(left, y, avail, docHeight(m_reasoning.get()));
                y += m_reasoningBody.height() + Gap;
            }
        }
        // Blocks before `from` stay where they are, unless what is above them moved.
        if (y != m_blocksTop) {
            m_blocksTop = y;
            from = 0;
        }
        if (from > 0)
            y = m_blocks[from - 1].rect.bottom() + 1 + Gap;
        m_changedTop = from > 0 ? m_blocks[from - 1].rect.bottom() + 1 : 0;
        for (int i = from; i < m_blocks.size(); ++i) {
            placeBlock(i, y, left, avail);
            y = m_blocks[i].rect.bottom() + 1 + Gap;
        }

        const bool hasContent = !m_blocks.isEmpty() || m_reasoningSize > 0;
        m_noticeText.clear();
        if (m_data.streaming && !hasContent)
            m_noticeText = Tr::tr("Waiting for the model…");
        else if (m_data.stopped)
            m_noticeText = hasContent ? Tr::tr("Stopped: the partial answer is kept.")
                                      : Tr::tr("Stopped before the model answered.");
        else if (m_data.incomplete)
            m_noticeText = Tr::tr("Incomplete: the answer was cut off; what arrived is kept.");
        if (!m_noticeText.isEmpty()) {
            m_notice = QRect(left, y, avail, lineH);
            y += lineH + Gap;
        }
        if (m_data.hasError)
            y = layoutError(y, left, avail) + Gap;
    }

    // Actions: beside a short user bubble (or under a wide one); at the end of a reply's
    // footer, or under it when its last line leaves no room.
    const QList<Target> targets = actions();
    QList<int> widths;
    int total = 0;
    for (Target target : targets) {
        widths.append(sfm.horizontalAdvance(actionText(target)) + 16);
        total += widths.constLast() + 2;
    }
    if (!m_data.isUser) {
        const QStringList lines = wrapParts(m_data.footerParts(), sfm, avail);
        for (const QString &line : lines) {
            m_footerLines.append({QRect(left, y, sfm.horizontalAdvance(line), lineH), line});
            m_footer |= m_footerLines.constLast().rect;
            y += lineH;
        }
        // The actions share the last line when it leaves room for them.
        if (!m_footerLines.isEmpty()
            && (targets.isEmpty() || m_footerLines.constLast().rect.width() + 8 + total <= avail))
            y -= lineH;
    }
    int x = left + avail;
    int actionY = y;
    bool ownLine = true;
    if (m_data.isUser && m_bubble.left() - left >= total + 8) {
        x = m_bubble.left() - 6;
        actionY = m_bubble.bottom() + 1 - lineH;
        ownLine = false;
    }
    for (qsizetype i = targets.size() - 1; i >= 0; --i) {
        x -= widths.at(i);
        m_buttons.append({{targets.at(i), 0, {}},
                          QRect(x, actionY, widths.at(i), lineH),
                          actionText(targets.at(i))});
        x -= 2;
    }
    if (ownLine)
        y += lineH;
    else
        y -= 4; // no action line under the bubble: drop the gap kept for it
    m_height = y + RowSpace;
}

int TurnLayout::layoutError(int y, int left, int width)
{
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetrics fm(m_font);
    const QFontMetrics sfm(m_small);
    const int inner = width - 2 * Pad;
    auto wrapped = [inner](const QFontMetrics &metrics, const QString &text) {
        if (text.isEmpty())
            return 0;
        return metrics.boundingRect(QRect(0, 0, inner, 1 << 20), Qt::TextWordWrap, text).height();
    };
    int cy = y + Pad;
    m_errorWhat = QRect(left + Pad, cy, inner, wrapped(QFontMetrics(bold), m_data.errorWhat));
    cy = m_errorWhat.bottom() + 1 + 4;
    // The server's message can be long (a whole HTML page's text): four lines at most here,
    // the rest is in the inspector.
    const int detailH = qMin(wrapped(sfm, m_data.errorDetail), sfm.lineSpacing() * 4);
    m_errorDetail = QRect(left + Pad, cy, inner, detailH);
    cy += detailH ? detailH + 4 : 0;
    m_errorAdvice = QRect(left + Pad, cy, inner, wrapped(fm, m_data.errorAdvice));
    cy = m_errorAdvice.bottom() + 1 + Gap;

    const int buttonH = fm.height() + 12;
    int x = left + Pad;
    auto addButton = [&](Target target, const QString &text) {
        const int w = fm.horizontalAdvance(text) + 28;
        m_buttons.append({{target, 0, {}}, QRect(x, cy, w, buttonH), text});
        x += w + 8;
    };
    addButton(Target::Retry, Tr::tr("Retry"));
    if (m_data.lastExchangeId != 0)
        addButton(Target::ShowExchange, Tr::tr("Show in inspector"));
    cy += buttonH + Pad;
    m_errorCard = QRect(left, y, width, cy - y);
    return cy;
}

TurnLayout::Hit TurnLayout::hitTest(const QPoint &pos) const
{
    for (const Button &button : m_buttons) {
        if (button.rect.contains(pos))
            return button.hit;
    }
    if (m_reasoningHeader.contains(pos))
        return {Target::ReasoningToggle, 0, {}};
    const int i = m_blocks.firstReaching(pos.y());
    if (i >= m_blocks.size())
        return {};
    const TurnBlock &block = m_blocks[i];
    if (block.codeIndex >= 0 && block.copyButton.contains(pos))
        return {Target::CopyCode, block.codeIndex, {}};
    if (block.kind == TurnBlock::Kind::Prose && block.text.contains(pos)) {
        const QString anchor
            = m_blocks.document(i)->documentLayout()->anchorAt(pos - block.text.topLeft());
        if (!anchor.isEmpty())
            return {Target::Link, 0, anchor};
    }
    return {};
}

TurnLayout::TextPos TurnLayout::textPosAt(const QPoint &pos) const
{
    const int count = m_blocks.size();
    if (count == 0)
        return {};
    const int i = m_blocks.firstReaching(pos.y());
    if (i >= count)
        return {count - 1, lastPos(count - 1)};
    const TurnBlock &block = m_blocks[i];
    if (pos.y() < block.rect.top())
        return {i, 0};
    const QPoint local = pos - block.text.topLeft();
    if (local.y() < 0)
        return {i, 0};
    if (local.y() >= block.text.height())
        return {i, lastPos(i)};
    const int hit = m_blocks.document(i)->documentLayout()->hitTest(local, Qt::FuzzyHit);
    return {i, hit < 0 ? lastPos(i) : qBound(0, hit, lastPos(i))};
}

bool TurnLayout::isOverText(const QPoint &pos) const
{
    const int i = m_blocks.firstReaching(pos.y());
    return i < m_blocks.size() && m_blocks[i].text.contains(pos);
}

TurnLayout::Selection TurnLayout::wordAt(const QPoint &pos) const
{
    const TextPos at = textPosAt(pos);
    if (at.block < 0)
        return {};
    QTextCursor cursor(m_blocks.document(at.block));
    cursor.setPosition(at.pos);
    cursor.select(QTextCursor::WordUnderCursor);
    return {{at.block, cursor.selectionStart()}, {at.block, cursor.selectionEnd()}};
}

TurnLayout::Selection TurnLayout::everything() const
{
    if (m_blocks.isEmpty())
        return {};
    const int last = m_blocks.size() - 1;
    return {{0, 0}, {last, lastPos(last)}};
}

QString TurnLayout::selectedText(const Selection &selection) const
{
    if (selection.isEmpty())
        return {};
    const TextPos from = selection.start();
    const TextPos to = selection.end();
    QStringList pieces;
    for (int i = qMax(0, from.block); i <= to.block && i < m_blocks.size(); ++i) {
        const int last = lastPos(i);
        m_blocks.withDocument(i, [&](QTextDocument *doc) {
            QTextCursor cursor(doc);
            cursor.setPosition(i == from.block ? qMin(from.pos, last) : 0);
            cursor.setPosition(i == to.block ? qMin(to.pos, last) : last, QTextCursor::KeepAnchor);
            pieces.append(cursor.selection().toPlainText());
        });
    }
    return pieces.join(QStringLiteral("\n\n"));
}

QRect TurnLayout::targetRect(Target target, int index) const
{
    if (target == Target::ReasoningToggle)
        return m_reasoningHeader;
    if (target == Target::CopyCode)
        return index >= 0 && size_t(index) < m_codeBlocks.size()
                   ? m_blocks[m_codeBlocks[size_t(index)]].copyButton
                   : QRect();
    for (const Button &button : m_buttons) {
        if (button.hit.target == target && button.hit.index == index)
            return button.rect;
    }
    return {};
}

int TurnLayout::codeBlockCount() const
{
    return int(m_codeBlocks.size());
}

QString TurnLayout::codeText(int index) const
{
    return index >= 0 && size_t(index) < m_codeBlocks.size()
               ? m_blocks[m_codeBlocks[size_t(index)]].source
               : QString();
}

QStringList TurnLayout::links() const
{
    QStringList links;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const QStringList own = m_blocks.links(i);
        for (const QString &link : own) {
            if (!links.contains(link))
                links.append(link);
        }
    }
    return links;
}

void TurnLayout::paint(QPainter *painter, const QStyleOptionViewItem &option,
                       const PaintState &state, const QRect &visible) const
{
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor faint = mixColors(text, base, 0.45);
    const QRect shown
        = visible.isEmpty() ? QRect(0, 0, option.rect.width(), option.rect.height()) : visible;

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(shown & QRect(0, 0, option.rect.width(), option.rect.height()));
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_data.isUser) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mixColors(palette.color(QPalette::Highlight), base, 0.82));
        painter->drawRoundedRect(m_bubble, 10, 10);
    }
    if (!m_reasoningHeader.isEmpty()) {
        const bool hovered = state.hovered.target == Target::ReasoningToggle;
        painter->setFont(m_small);
        painter->setPen(hovered ? text : faint);
        painter->drawText(m_reasoningHeader.adjusted(0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          m_expanded ? Tr::tr("Reasoning ▾") : Tr::tr("Reasoning ▸"));
        if (!m_reasoningBody.isEmpty() && m_reasoningBody.intersects(shown)) {
            painter->fillRect(
                QRect(m_reasoningBody.x() + 2, m_reasoningBody.y(), 2, m_reasoningBody.height()),
                mixColors(text, base, 0.7));
            drawDocument(painter, m_reasoning.get(), m_reasoningBody.adjusted(14, 0, 0, 0),
                         mixColors(text, base, 0.3), palette, 0, 0, shown);
        }
    }
    // Only the blocks in view: the others may not even have a document.
    m_blocks.beginPass();
    const Selection &selection = state.selection;
    for (int i = m_blocks.firstReaching(shown.top());
         i < m_blocks.size() && m_blocks[i].rect.top() <= shown.bottom(); ++i) {
        int from = 0;
        int to = 0;
        if (!selection.isEmpty() && i >= selection.start().block && i <= selection.end().block) {
            // A growing reply may have replaced the block since: stay inside it.
            from = i == selection.start().block ? qMin(selection.start().pos, lastPos(i)) : 0;
            to = i == selection.end().block ? qMin(selection.end().pos, lastPos(i)) : lastPos(i);
        }
        paintBlock(painter, i, option, state, shown, from, to);
    }

    if (!m_notice.isEmpty()) {
        painter->setFont(m_small);
        painter->setPen(m_data.streaming ? faint : QColor(0xb0, 0x6a, 0x00));
        painter->drawText(m_notice, Qt::AlignLeft | Qt::AlignVCenter, m_noticeText);
    }
    if (!m_errorCard.isEmpty())
        paintError(painter, option);
    if (!m_footerLines.isEmpty()) {
        painter->setFont(m_small);
        painter->setPen(faint);
        for (const FooterLine &line : m_footerLines) {
            painter->drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                              line.text);
        }
    }
    for (const Button &button : m_buttons) {
        const Target t = button.hit.target;
        const bool isAction = t == Target::Copy || t == Target::Edit || t == Target::Regenerate
                              || t == Target::Delete;
        if (t == Target::Retry || t == Target::ShowExchange)
            paintButton(painter, button, option, state, true);
        else if (!isAction || state.showActions)
            paintButton(painter, button, option, state, false);
    }
    painter->restore();
    m_blocks.endPass();
}

void TurnLayout::paintBlock(QPainter *painter, int i, const QStyleOptionViewItem &option,
                            const PaintState &state, const QRect &visible, int selectionStart,
                            int selectionEnd) const
{
    const TurnBlock &block = m_blocks[i];
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QTextDocument *doc = m_blocks.document(i);
    switch (block.kind) {
    case TurnBlock::Kind::UserText:
    case TurnBlock::Kind::Prose:
        drawDocument(painter, doc, block.text, text, palette, selectionStart, selectionEnd,
                     visible);
        return;
    case TurnBlock::Kind::Refusal:
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb0, 0x6a, 0x00, 40));
        painter->drawRoundedRect(block.rect, 6, 6);
        drawDocument(painter, doc, block.text, text, palette, selectionStart, selectionEnd,
                     visible);
        return;
    case TurnBlock::Kind::Code:
    case TurnBlock::Kind::Tool: {
        const bool tool = block.kind == TurnBlock::Kind::Tool;
        painter->setPen(tool ? QPen(mixColors(text, base, 0.75), 1) : QPen(Qt::NoPen));
        painter->setBrush(mixColors(text, base, tool ? 0.96 : 0.93));
        painter->drawRoundedRect(QRectF(block.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->setFont(m_small);
        const QRect label = block.header.adjusted(Pad, 0, -Pad, 0);
        if (tool) {
            const QString prefix = Tr::tr("Tool call");
            painter->setPen(mixColors(text, base, 0.45));
            painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, prefix);
            QFont bold = m_small;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(text);
            painter->drawText(
                label.adjusted(QFontMetrics(m_small).horizontalAdvance(prefix) + 8, 0, 0, 0),
                Qt::AlignLeft | Qt::AlignVCenter, block.title);
        } else {
            painter->setPen(mixColors(text, base, 0.45));
            painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                              block.title.isEmpty() ? Tr::tr("code") : block.title);
            paintButton(painter,
                        {{Target::CopyCode, block.codeIndex, {}}, block.copyButton, Tr::tr("Copy")},
                        option, state, false);
        }
        drawDocument(painter, doc, block.text, text, palette, selectionStart, selectionEnd,
                     visible);
        return;
    }
    }
}

void TurnLayout::paintButton(QPainter *painter, const Button &button,
                             const QStyleOptionViewItem &option, const PaintState &state,
                             bool push) const
{
    const bool hovered = state.hovered == button.hit;
    if (push) {
        QStyleOptionButton opt;
        opt.initFrom(option.widget);
        opt.rect = button.rect.translated(option.rect.topLeft());
        opt.text = button.text;
        opt.state = QStyle::State_Enabled | QStyle::State_Raised;
        if (hovered)
            opt.state |= QStyle::State_MouseOver;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        // The painter is translated to the row; the style wants view coordinates.
        painter->save();
        painter->translate(-option.rect.topLeft());
        style->drawControl(QStyle::CE_PushButton, &opt, painter, option.widget);
        painter->restore();
        return;
    }
    const QColor text = option.palette.color(QPalette::Text);
    const QColor base = option.palette.color(QPalette::Base);
    if (hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mixColors(text, base, 0.86));
        painter->drawRoundedRect(button.rect, 4, 4);
    }
    painter->setFont(m_small);
    painter->setPen(hovered ? text : mixColors(text, base, 0.4));
    // Only copy buttons flash: their click has no other visible effect.
    const bool flashed = state.flashed == button.hit;
    painter->drawText(button.rect, Qt::AlignCenter, flashed ? Tr::tr("Copied") : button.text);
}

void TurnLayout::paintError(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor red(0xc0, 0x39, 0x2b);
    painter->setPen(QPen(mixColors(red, base, 0.3), 1));
    painter->setBrush(mixColors(red, base, 0.92));
    painter->drawRoundedRect(QRectF(m_errorCard).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFont bold = m_font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(m_errorWhat, Qt::TextWordWrap, m_data.errorWhat);
    if (!m_errorDetail.isEmpty()) {
        painter->setFont(m_small);
        painter->setPen(mixColors(text, base, 0.35));
        painter->drawText(m_errorDetail, Qt::TextWordWrap, m_data.errorDetail);
    }
    painter->setFont(m_font);
    painter->setPen(text);
    painter->drawText(m_errorAdvice, Qt::TextWordWrap, m_data.errorAdvice);
}

} // namespace Parlance::Ui
