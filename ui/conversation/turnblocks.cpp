#include "conversation/turnblocks.h"

#include "conversation/turndocuments.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Parlance::Ui {

namespace {

// Documents kept laid out besides those of the current pass: a few screens' worth, so
// scrolling back a little or hovering does not make them again. A laid-out document costs
// some 50 bytes per character; the rest of a long reply is kept as text.
constexpr qsizetype CachedChars = 32 * 1024;
constexpr size_t MinCached = 8;

} // namespace

TurnBlocks::TurnBlocks() = default;
TurnBlocks::~TurnBlocks() = default;

void TurnBlocks::setFonts(const QFont &text, const QFont &mono)
{
    m_font = text;
    m_mono = mono;
    clear();
}

void TurnBlocks::clear()
{
    m_blocks.clear();
    m_cached.clear();
    m_cachedChars = 0;
}

int TurnBlocks::replaceFrom(int from, std::vector<TurnBlock> tail)
{
    const int oldSize = size();
    const int newSize = from + int(tail.size());
    int changed = newSize;
    for (int k = 0; k < int(tail.size()); ++k) {
        const int i = from + k;
        if (i < oldSize && m_blocks[size_t(i)].block.sameContent(tail[size_t(k)]))
            continue; // grown replies keep their earlier blocks, measured and all
        changed = qMin(changed, i);
        if (i < oldSize) {
            drop(i);
            m_blocks[size_t(i)] = Slot(std::move(tail[size_t(k)]));
        } else {
            m_blocks.emplace_back(std::move(tail[size_t(k)]));
        }
    }
    if (newSize < oldSize) {
        for (int i = newSize; i < oldSize; ++i)
            drop(i);
        m_blocks.erase(m_blocks.begin() + newSize, m_blocks.end());
        changed = qMin(changed, newSize);
    }
    return changed;
}

std::unique_ptr<QTextDocument> TurnBlocks::create(const TurnBlock &block) const
{
    switch (block.kind) {
    case TurnBlock::Kind::Prose:
        return proseDocument(block.source, m_font);
    case TurnBlock::Kind::Code:
    case TurnBlock::Kind::Tool:
        return plainDocument(block.source, m_mono, true);
    case TurnBlock::Kind::Refusal:
        return plainDocument(block.source, m_font, false);
    case TurnBlock::Kind::UserText:
        break;
    }
    return plainDocument(block.source, m_font, true);
}

void TurnBlocks::measure(int i, int width)
{
    TurnBlock &block = m_blocks[size_t(i)].block;
    if (block.width == width)
        return;
    block.width = width;
    QTextDocument *doc = document(i);
    block.height = docHeight(doc);
    block.idealWidth = doc->idealWidth();
}

QTextDocument *TurnBlocks::document(int i) const
{
    const Slot &slot = m_blocks[size_t(i)];
    if (!slot.doc) {
        slot.doc = create(slot.block);
        slot.chars = slot.doc->characterCount();
        remember(i);
    }
    slot.used = ++m_clock;
    if (slot.block.width > 0)
        setDocumentWidth(slot.doc.get(), slot.block.width);
    return slot.doc.get();
}

void TurnBlocks::withDocument(int i, const std::function<void(QTextDocument *)> &use) const
{
    const Slot &slot = m_blocks[size_t(i)];
    if (slot.doc) {
        use(slot.doc.get());
        return;
    }
    const std::unique_ptr<QTextDocument> doc = create(slot.block);
    slot.chars = doc->characterCount();
    use(doc.get());
}

void TurnBlocks::remember(int i) const
{
    m_cached.push_back(i);
    m_cachedChars += m_blocks[size_t(i)].chars;
    while (m_cachedChars > CachedChars && m_cached.size() > MinCached) {
        // The least recently used, never one the current pass uses.
        auto oldest = m_cached.end();
        for (auto it = m_cached.begin(); it != m_cached.end(); ++it) {
            if (*it != i && !(m_inPass && m_blocks[size_t(*it)].used >= m_passStart)
                && (oldest == m_cached.end()
                    || m_blocks[size_t(*it)].used < m_blocks[size_t(*oldest)].used))
                oldest = it;
        }
        if (oldest == m_cached.end())
            return;
        const Slot &slot = m_blocks[size_t(*oldest)];
        slot.doc.reset();
        m_cachedChars -= slot.chars;
        m_cached.erase(oldest);
    }
}

void TurnBlocks::releaseDocuments() const
{
    for (int i : m_cached)
        m_blocks[size_t(i)].doc.reset();
    m_cached.clear();
    m_cachedChars = 0;
}

void TurnBlocks::beginPass() const
{
    m_passStart = m_clock + 1;
    m_inPass = true;
}

void TurnBlocks::endPass() const
{
    m_inPass = false;
}

void TurnBlocks::drop(int i) const
{
    const Slot &slot = m_blocks[size_t(i)];
    if (!slot.doc)
        return;
    slot.doc.reset();
    m_cachedChars -= slot.chars;
    m_cached.erase(std::find(m_cached.begin(), m_cached.end(), i));
}

int TurnBlocks::lastPos(int i) const
{
    const Slot &slot = m_blocks[size_t(i)];
    if (slot.chars < 0)
        withDocument(i, [](QTextDocument *) {});
    return qMax(0, slot.chars - 1);
}

QStringList TurnBlocks::links(int i) const
{
    const Slot &slot = m_blocks[size_t(i)];
    if (slot.block.kind != TurnBlock::Kind::Prose)
        return {};
    if (!slot.linksRead) {
        withDocument(i, [&slot](QTextDocument *doc) {
            for (QTextBlock text = doc->begin(); text.isValid(); text = text.next()) {
                for (auto it = text.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (format.isAnchor() && !format.anchorHref().isEmpty())
                        slot.links.append(format.anchorHref());
                }
            }
        });
        slot.linksRead = true;
    }
    return slot.links;
}

int TurnBlocks::firstReaching(int y) const
{
    const auto it = std::partition_point(m_blocks.cbegin(), m_blocks.cend(), [y](const Slot &slot) {
        return slot.block.rect.bottom() < y;
    });
    return int(it - m_blocks.cbegin());
}

} // namespace Parlance::Ui
