#pragma once

#include "conversation/markdownsegments.h"
#include "conversation/turndata.h"

#include <QFont>
#include <QRect>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QStyleOptionViewItem;
class QTextDocument;

namespace Parlance::Ui {

// The rendered form of one turn: its documents (Markdown prose, code blocks, tool cards,
// reasoning) and where everything goes at a given width. The delegate caches one per row,
// so painting and size hints never parse Markdown; content updates keep the documents of
// segments that did not change, which makes a growing reply re-read only its tail.
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

    TurnLayout();
    ~TurnLayout();
    TurnLayout(const TurnLayout &) = delete;
    TurnLayout &operator=(const TurnLayout &) = delete;

    void setContent(const TurnData &data, bool reasoningExpanded, const QFont &font);
    void setWidth(int width);
    int width() const { return m_width; }
    int height() const { return m_height; }
    const TurnData &data() const { return m_data; }

    struct PaintState
    {
        Hit hovered;
        bool showActions = false;
        Hit flashed; // a button that just did its job ("Copied")
    };
    // Paints at `option.rect`; nothing outside it.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const PaintState &state) const;

    Hit hitTest(const QPoint &pos) const; // `pos` relative to the row's top-left corner
    QRect targetRect(Target target, int index = 0) const; // relative, empty when absent
    QList<Target> actions() const;
    int codeBlockCount() const;
    QString codeText(int index) const;

private:
    struct Block;
    struct Button
    {
        Hit hit;
        QRect rect;
        QString text;
    };

    void rebuildBlocks(const QString &previousText);
    void layout();
    int layoutError(int y, int left, int width);
    void paintBlock(QPainter *painter, const Block &block,
                    const QStyleOptionViewItem &option) const;
    void paintButton(QPainter *painter, const Button &button, const QStyleOptionViewItem &option,
                     const PaintState &state, bool push) const;
    void paintError(QPainter *painter, const QStyleOptionViewItem &option) const;

    TurnData m_data;
    QList<MarkdownSegment> m_segments;
    QString m_reasoningSource;
    bool m_expanded = false;
    QFont m_font;
    QFont m_small;
    QFont m_mono;
    int m_width = -1;
    int m_height = 0;

    std::vector<Block> m_blocks;
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
    QList<Button> m_buttons; // actions, Retry, Show in inspector, code Copy
};

} // namespace Parlance::Ui
