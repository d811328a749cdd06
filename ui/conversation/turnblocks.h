#pragma once

#include <QFont>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <functional>
#include <memory>
#include <vector>

namespace Parlance::Ui {

// One piece of a turn's text, drawn from a document of its own: the user's text, a paragraph
// or list of a reply, a code block, a tool card or a refusal. Where it goes is decided by the
// TurnLayout; what it measures at its width is kept here, so a block that is not on screen
// needs no document at all.
struct TurnBlock
{
    enum class Kind { UserText, Prose, Code, Tool, Refusal };

    Kind kind = Kind::Prose;
    QString source;
    QString title; // Code: language; Tool: function name
    int codeIndex = -1;

    // Measured at `width` (-1: not yet).
    int width = -1;
    int height = 0;
    qreal idealWidth = 0;
    int widthLimit = -1; // UserText: the widest the bubble may be, when `width` was chosen

    // Relative to the row.
    QRect rect;
    QRect header;
    QRect text;
    QRect copyButton; // Code

    bool sameContent(const TurnBlock &other) const
    {
        return kind == other.kind && codeIndex == other.codeIndex && title == other.title
               && source == other.source;
    }
};

// The blocks of a turn, in reading order, and the documents they are drawn from. A reply of
// 100,000 tokens has thousands of blocks; a document laid out costs far more memory than its
// text, so only the documents of recently used blocks are kept (those on screen, in effect)
// and the others are made again when needed. Everything a layout needs without drawing (sizes,
// character counts, links) is kept per block.
class TurnBlocks
{
public:
    TurnBlocks();
    ~TurnBlocks();
    TurnBlocks(const TurnBlocks &) = delete;
    TurnBlocks &operator=(const TurnBlocks &) = delete;

    void setFonts(const QFont &text, const QFont &mono);
    void clear();

    int size() const { return int(m_blocks.size()); }
    bool isEmpty() const { return m_blocks.empty(); }
    TurnBlock &operator[](int i) { return m_blocks[size_t(i)].block; }
    const TurnBlock &operator[](int i) const { return m_blocks[size_t(i)].block; }
    const TurnBlock &last() const { return m_blocks.back().block; }

    // Replaces the blocks from `from` on with `tail`, keeping (measurements, document and all)
    // each one whose content did not change. Returns the first block that did change, or
    // size() when none did.
    int replaceFrom(int from, std::vector<TurnBlock> tail);

    // Lays the block out at `width` (unless it already is) and records its height.
    void measure(int i, int width);
    // The block's document, laid out at its width; valid until the next call that may make
    // another document.
    QTextDocument *document(int i) const;
    // Runs `use` on the block's document, laid out or not: a passing use (copying text) does
    // not push the documents on screen out of the cache.
    void withDocument(int i, const std::function<void(QTextDocument *)> &use) const;

    // The last selectable position in the block's document (its final paragraph separator
    // cannot be selected).
    int lastPos(int i) const;
    QStringList links(int i) const; // Prose: the URLs of its links, in order

    // The documents used during a pass (a paint) stay cached until it ends, even past the
    // budget: a tall view must not make its documents again on every paint.
    void beginPass() const;
    void endPass() const;

    // The first block whose rect reaches down to `y` or further; size() when none does.
    int firstReaching(int y) const;

    int cachedDocuments() const { return int(m_cached.size()); } // for tests
    // Characters in the documents kept; about 50 bytes of memory each.
    qsizetype cachedChars() const { return m_cachedChars; }
    // Drops every document (the measurements stay): the turn is far from the screen.
    void releaseDocuments() const;

private:
    struct Slot
    {
        explicit Slot(TurnBlock b) : block(std::move(b)) {}

        TurnBlock block;
        mutable std::unique_ptr<QTextDocument> doc;
        mutable quint64 used = 0;
        mutable int chars = -1;
        mutable bool linksRead = false;
        mutable QStringList links;
    };

    std::unique_ptr<QTextDocument> create(const TurnBlock &block) const;
    void remember(int i) const;
    void drop(int i) const;

    QFont m_font;
    QFont m_mono;
    std::vector<Slot> m_blocks;
    mutable std::vector<int> m_cached; // blocks that hold a document
    mutable qsizetype m_cachedChars = 0;
    mutable quint64 m_clock = 0;
    mutable quint64 m_passStart = 0;
    mutable bool m_inPass = false;
};

} // namespace Parlance::Ui
