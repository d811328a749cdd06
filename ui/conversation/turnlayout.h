#pragma once

#include "conversation/markdownsegments.h"
#include "conversation/turnblocks.h"
#include "conversation/turndata.h"

#include <QFont>
#include <QRect>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

class QPainter;
class QStyleOptionViewItem;
class QTextDocument;

namespace Parlance::Ui {

// The rendered form of one turn: its blocks (Markdown prose, code blocks, tool cards,
// reasoning) and where everything goes at a given width. The delegate caches one per row,
// so painting and size hints never parse Markdown. A growing reply re-reads and lays out only
// its tail: the blocks before it keep their sizes and places. Painting, hit tests and
// selection look only at the blocks in question (found by position), so on a reply of 100,000
// tokens they cost what the part on screen costs; only a new width measures every block.
class TurnLayout
{
public:
    enum class Target {
        None,
        ReasoningToggle,
        CopyCode, // index: the code block
        Retry,
        ShowExchange,
        Copy,
        Edit,
        Regenerate,
        Delete,
        Link, // link: the URL
    };
    struct Hit
    {
        Target target = Target::None;
        int index = 0;
        QString link;

        friend bool operator==(const Hit &a, const Hit &b)
        {
            return a.target == b.target && a.index == b.index;
        }
    };

    // A place in the turn's text: one of its text blocks (user text, prose, code, tool card,
    // refusal, in reading order) and a character position in that block's document.
    struct TextPos
    {
        int block = -1;
        int pos = 0;

        friend bool operator==(const TextPos &, const TextPos &) = default;
        friend auto operator<=>(const TextPos &, const TextPos &) = default;
    };
    // Selected text runs from anchor (where the press was) to focus (where the mouse is).
    struct Selection
    {
        TextPos anchor;
        TextPos focus;

        bool isEmpty() const { return anchor.block < 0 || anchor == focus; }
        TextPos start() const { return std::min(anchor, focus); }
        TextPos end() const { return std::max(anchor, focus); }
        friend bool operator==(const Selection &, const Selection &) = default;
    };

    TurnLayout();
    ~TurnLayout();
    TurnLayout(const TurnLayout &) = delete;
    TurnLayout &operator=(const TurnLayout &) = delete;

    void setContent(const TurnData &data, bool reasoningExpanded, const QFont &font);
    void setWidth(int width);
    int width() const { return m_width; }
    int height() const { return m_height; }
    // Where the last setContent() or setWidth() started to change what is drawn (from the
    // row's top): what lies above it is drawn as it was.
    int changedTop() const { return m_changedTop; }
    // What was set, without the text and reasoning (they are kept as blocks and documents).
    const TurnData &data() const { return m_data; }

    struct PaintState
    {
        Hit hovered;
        bool showActions = false;
        Hit flashed; // a button that just did its job ("Copied")
        Selection selection;
    };
    // Paints at `option.rect`; nothing outside it, and of the text only what lies in
    // `visible` (relative to the row; empty: all of it).
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const PaintState &state,
               const QRect &visible = {}) const;

    // The usage footer under a reply, wrapped between its parts so none is cut off; rects are
    // relative to the row and as wide as their text.
    struct FooterLine
    {
        QRect rect;
        QString text;
    };
    const QList<FooterLine> &footerLines() const { return m_footerLines; }
    QRect footerRect() const { return m_footer; } // all the lines; empty for a user turn

    Hit hitTest(const QPoint &pos) const; // `pos` relative to the row's top-left corner
    QRect targetRect(Target target, int index = 0) const; // relative, empty when absent
    QList<Target> actions() const;

    // The text position nearest to `pos` (relative to the row): above the text its start,
    // below it its end, between blocks the start of the next. Block -1 when there is no text.
    TextPos textPosAt(const QPoint &pos) const;
    bool isOverText(const QPoint &pos) const;
    Selection wordAt(const QPoint &pos) const;
    Selection everything() const;
    // The selected text as shown (Markdown rendered), blocks separated by a blank line.
    QString selectedText(const Selection &selection) const;
    int codeBlockCount() const;
    QString codeText(int index) const;
    QStringList links() const; // the URLs of the prose's links, each once, in reading order

    int cachedDocuments() const { return m_blocks.cachedDocuments(); } // for tests
    qsizetype cachedChars() const { return m_blocks.cachedChars(); }
    // Keeps the sizes and places, drops the documents: they are made again when drawn.
    void releaseDocuments() const { m_blocks.releaseDocuments(); }

private:
    struct Button
    {
        Hit hit;
        QRect rect;
        QString text;
    };

    // Returns the first block that changed. `previousSize`: the length of the text the blocks
    // were made from, which the text grew from; -1 to start over.
    int rebuildBlocks(qsizetype previousSize);
    // Lays out everything, taking the blocks before `from` as they are.
    void layout(int from);
    void placeBlock(int i, int y, int left, int avail);
    int layoutError(int y, int left, int width);
    void paintBlock(QPainter *painter, int i, const QStyleOptionViewItem &option,
                    const PaintState &state, const QRect &visible, int selectionStart,
                    int selectionEnd) const;
    int lastPos(int block) const { return m_blocks.lastPos(block); }
    void paintButton(QPainter *painter, const Button &button, const QStyleOptionViewItem &option,
                     const PaintState &state, bool push) const;
    void paintError(QPainter *painter, const QStyleOptionViewItem &option) const;

    TurnData m_data;
    QList<MarkdownSegment> m_segments;
    qsizetype m_textSize = 0;      // of the text the blocks were made from
    qsizetype m_reasoningSize = 0; // of the reasoning last set
    bool m_streamed = false;       // the content last set was a streaming reply's
    bool m_expanded = false;
    QFont m_font;
    QFont m_small;
    QFont m_mono;
    int m_width = -1;
    int m_height = 0;
    int m_changedTop = 0;

    TurnBlocks m_blocks;
    std::vector<int> m_codeBlocks; // the block of each code block, by code index
    int m_blocksTop = -1;          // where the first block goes
    std::unique_ptr<QTextDocument> m_reasoning;
    QRect m_reasoningHeader;
    QRect m_reasoningBody;
    QRect m_bubble;
    QRect m_notice; // waiting / incomplete / stopped line
    QString m_noticeText;
    QRect m_errorCard;
    QRect m_errorWhat;
    QRect m_errorDetail;
    QRect m_errorAdvice;
    QRect m_footer;
    QList<FooterLine> m_footerLines;
    QList<Button> m_buttons; // actions, Retry, Show in inspector (code Copy: in the blocks)
};

} // namespace Parlance::Ui
