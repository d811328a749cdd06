#include "compare/diffview.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Parlance::Ui {

// Words, not whitespace or punctuation, are what a reader counts as changed.
static int wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Differences"));
    layout->addWidget(m_browser, 1);
}

DiffView::~DiffView() = default;

QString DiffView::toHtml(const QList<Core::DiffSpan> &spans)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const Core::DiffSpan &span : spans) {
        const QString text = span.text.toHtmlEscaped();
        switch (span.kind) {
        case Core::DiffSpan::Kind::Same:
            html += text;
            break;
        case Core::DiffSpan::Kind::Added:
            html += QStringLiteral("<span style=\"background-color:#c8f0c8; color:#0b3d0b;\">")
                    + text + QStringLiteral("</span>");
            break;
        case Core::DiffSpan::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#f6caca; color:#5c0b0b; "
                                   "text-decoration:line-through;\">")
                    + text + QStringLiteral("</span>");
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

void DiffView::setTexts(const QString &baseline, const QString &other, const QString &baselineName)
{
    m_spans = Core::wordDiff(baseline, other);
    int added = 0;
    int removed = 0;
    for (const Core::DiffSpan &span : std::as_const(m_spans)) {
        if (span.kind == Core::DiffSpan::Kind::Added)
            added += wordCount(span.text);
        else if (span.kind == Core::DiffSpan::Kind::Removed)
            removed += wordCount(span.text);
    }
    m_summary->setText(added == 0 && removed == 0 ? tr("Same words as %1").arg(baselineName)
                                                  : tr("%1 words added, %2 removed against %3")
                                                        .arg(added)
                                                        .arg(removed)
                                                        .arg(baselineName));
    m_browser->setAccessibleDescription(m_summary->text());
    m_browser->setHtml(toHtml(m_spans));
}

QString DiffView::summary() const
{
    return m_summary->text();
}

} // namespace Parlance::Ui
