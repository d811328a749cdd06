#include "inspector/bodyview.h"

#include "inspector/bodyformatter.h"
#include "inspector/jsoncolors.h"
#include "inspector/jsonhighlighter.h"
#include "inspector/jsontreemodel.h"
#include "inspector/textloader.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Parlance::Ui {

// Highlighting every hit of a one-letter search in a megabyte would stall painting.
static constexpr int MaxHighlightedMatches = 2000;
static constexpr int MaxCountedTreeMatches = 100000;
// A tree small enough to open completely by default.
static constexpr qsizetype ExpandAllLimit = 16 * 1024;

static QToolButton *makeModeButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_formatter(new BodyFormatter(this))
    , m_highlighter(new JsonHighlighter(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_loader(nullptr)
    , m_textButton(makeModeButton(tr("Text"), tr("Show the body as formatted text")))
    , m_treeButton(makeModeButton(tr("Tree"), tr("Show the JSON as a collapsible tree")))
    , m_search(new QLineEdit)
    , m_matchLabel(new QLabel)
    , m_copyButton(new QToolButton)
    , m_truncatedBar(new QWidget)
    , m_truncatedLabel(new QLabel)
    , m_showAllButton(new QPushButton(tr("Show all")))
    , m_stack(new QStackedWidget)
    , m_busyPage(new QLabel(tr("Formatting…")))
    , m_emptyPage(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_tree(new QTreeView)
    , m_searchDelay(new QTimer(this))
    , m_placeholder(tr("No body"))
{
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_textButton);
    modes->addButton(m_treeButton);
    m_textButton->setChecked(true);

    m_search->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in body"));
    m_text->setAccessibleName(tr("Body"));
    m_tree->setAccessibleName(tr("Body as a tree"));
    auto *previous = new QToolButton;
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous match"));
    previous->setAccessibleName(tr("Previous match")); // an arrow only
    auto *next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    m_copyButton->setText(tr("Copy body"));
    m_copyButton->setToolTip(tr("Copy the body exactly as it went over the wire"));
    m_copyButton->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_textButton);
    bar->addWidget(m_treeButton);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_copyButton);

    auto *truncatedLayout = new QHBoxLayout(m_truncatedBar);
    truncatedLayout->setContentsMargins(4, 2, 4, 2);
    truncatedLayout->addWidget(m_truncatedLabel, 1);
    truncatedLayout->addWidget(m_showAllButton);
    m_truncatedBar->setAutoFillBackground(true);
    m_truncatedBar->setBackgroundRole(QPalette::ToolTipBase);
    m_truncatedLabel->setForegroundRole(QPalette::ToolTipText);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_loader = new TextLoader(m_text, this);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(mono);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Small minimums keep the inspector usable in a short bottom dock.
    m_text->setMinimumHeight(fontMetrics().height() * 3);
    m_tree->setMinimumHeight(fontMetrics().height() * 3);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 200);
    m_tree->setFont(mono);
    for (QLabel *label : {m_busyPage, m_emptyPage}) {
        label->setAlignment(Qt::AlignCenter);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_busyPage);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_truncatedBar);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);

    connect(m_textButton, &QToolButton::clicked, this, [this] { setMode(Mode::Text); });
    connect(m_treeButton, &QToolButton::clicked, this, [this] { setMode(Mode::Tree); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BodyView::updateMatches);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_copyButton, &QToolButton::clicked, this, &BodyView::copyBody);
    connect(m_showAllButton, &QPushButton::clicked, this, &BodyView::showAll);
    connect(m_formatter, &BodyFormatter::finished, this, &BodyView::applyFormatted);
    connect(m_loader, &TextLoader::finished, this, &BodyView::onLoaded);
    connect(m_loader, &TextLoader::progress, this, [this](int percent) {
        if (!m_truncated) // loading all of it; the first part loads too fast to matter
            m_truncatedLabel->setText(tr("Loading the text… %1%").arg(percent));
    });

    // Ctrl+F belongs to the inspector as a whole (it picks the body of the tab that shows);
    // a second one here would make the key ambiguous.
    auto *findNextKey = new QShortcut(QKeySequence::FindNext, this);
    findNextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextKey, &QShortcut::activated, this, [this] { findNext(); });

    updatePage();
}

BodyView::~BodyView() = default;

void BodyView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    updatePage();
}

void BodyView::clear()
{
    setBody({});
}

void BodyView::setBody(const QByteArray &body)
{
    m_formatter->cancel();
    m_loader->cancel();
    m_body = body;
    m_full.clear();
    m_lowerJson.clear();
    m_isJson = false;
    m_truncated = false;
    m_treeMatch = -1;
    m_treeModel->clear();
    m_text->clear();
    m_text->setExtraSelections({});
    m_matchCount = 0;
    m_matchLabel->clear();
    if (body.size() > SyncLimit) {
        m_formatter->start(body, ShownLimit);
        updatePage();
        return;
    }
    applyFormatted(BodyFormatter::format(body, ShownLimit));
}

void BodyView::applyFormatted(const FormattedBody &result)
{
    m_isJson = result.isJson;
    m_full = result.full;
    m_truncated = result.truncated;
    m_highlighter->setDocument(m_isJson ? m_text->document() : nullptr);
    m_text->setLineWrapMode(m_isJson ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    if (m_isJson) {
        m_treeModel->setJson(m_body);
        if (m_body.size() <= ExpandAllLimit)
            m_tree->expandAll();
    }
    if (m_truncated) {
        const QLocale locale;
        m_truncatedLabel->setText(
            tr("Showing the first %1 of %2 of formatted text; the tree view shows all of it.")
                .arg(locale.formattedDataSize(result.shown.toUtf8().size()),
                     locale.formattedDataSize(m_full.size())));
    }
    m_loader->load(result.shown); // calls onLoaded() at once when the text is one slice
    updatePage();
}

void BodyView::onLoaded()
{
    updatePage();
    if (!m_search->text().isEmpty())
        updateMatches();
    emit formattingFinished();
}

bool BodyView::isFormatting() const
{
    return m_formatter->isBusy() || m_loader->isLoading();
}

QString BodyView::shownText() const
{
    return m_text->toPlainText();
}

void BodyView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    updatePage();
    if (!m_search->text().isEmpty())
        updateMatches();
}

void BodyView::showAll()
{
    if (!m_truncated)
        return;
    // Colouring megabytes of text line by line would take far longer than loading it.
    m_highlighter->setDocument(nullptr);
    m_truncated = false;
    m_truncatedLabel->setText(tr("Loading the text…"));
    m_loader->load(QString::fromUtf8(m_full));
    updatePage();
}

void BodyView::updatePage()
{
    const bool treeShown = m_mode == Mode::Tree && m_isJson;
    if (m_formatter->isBusy()) {
        m_stack->setCurrentWidget(m_busyPage);
    } else if (m_body.isEmpty()) {
        m_emptyPage->setText(m_placeholder);
        m_stack->setCurrentWidget(m_emptyPage);
    } else {
        m_stack->setCurrentWidget(treeShown ? static_cast<QWidget *>(m_tree) : m_text);
    }
    m_treeButton->setEnabled(m_isJson);
    m_textButton->setChecked(!treeShown);
    m_treeButton->setChecked(treeShown);
    m_truncatedBar->setVisible((m_truncated || m_loader->isLoading()) && !treeShown
                               && !m_formatter->isBusy());
    m_showAllButton->setVisible(m_truncated && !m_loader->isLoading());
    m_copyButton->setEnabled(!m_body.isEmpty());
}

void BodyView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BodyView::updateMatches()
{
    m_searchDelay->stop();
    const QString needle = m_search->text();
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    m_treeMatch = -1;
    if (needle.isEmpty()) {
        m_text->setExtraSelections({});
        m_matchLabel->clear();
        return;
    }
    if (m_mode == Mode::Tree && m_isJson) {
        if (m_lowerJson.isEmpty())
            m_lowerJson = m_body.toLower();
        const QByteArray lowered = needle.toUtf8().toLower();
        for (qsizetype at = m_lowerJson.indexOf(lowered);
             at >= 0 && m_matchCount < MaxCountedTreeMatches;
             at = m_lowerJson.indexOf(lowered, at + 1))
            ++m_matchCount;
    } else {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(JsonColors::forPalette(palette()).match);
        QTextCursor cursor(m_text->document());
        while (m_matchCount < MaxHighlightedMatches) {
            cursor = m_text->document()->find(needle, cursor);
            if (cursor.isNull())
                break;
            selection.cursor = cursor;
            selections.append(selection);
            ++m_matchCount;
        }
        m_text->setExtraSelections(selections);
        m_text->moveCursor(QTextCursor::Start);
    }
    const bool capped = m_matchCount >= (m_mode == Mode::Tree && m_isJson ? MaxCountedTreeMatches
                                                                          : MaxHighlightedMatches);
    m_matchLabel->setText(m_matchCount == 0   ? tr("No matches")
                          : m_matchCount == 1 ? tr("1 match")
                          : capped            ? tr("%1+ matches").arg(m_matchCount)
                                              : tr("%1 matches").arg(m_matchCount));
    if (m_matchCount > 0)
        findNext();
}

bool BodyView::findNext(bool backward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    if (m_mode == Mode::Tree && m_isJson)
        return findInTree(backward);
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_text->document()->find(needle, m_text->textCursor(), flags);
    if (found.isNull()) {
        QTextCursor wrapped(m_text->document());
        if (backward)
            wrapped.movePosition(QTextCursor::End);
        found = m_text->document()->find(needle, wrapped, flags);
    }
    if (found.isNull())
        return false;
    m_text->setTextCursor(found);
    m_text->centerCursor();
    return true;
}

bool BodyView::findInTree(bool backward)
{
    if (m_lowerJson.isEmpty())
        m_lowerJson = m_body.toLower();
    const QByteArray needle = m_search->text().toUtf8().toLower();
    qsizetype at = backward ? m_lowerJson.lastIndexOf(needle, m_treeMatch - 1)
                            : m_lowerJson.indexOf(needle, m_treeMatch + 1);
    if (at < 0)
        at = backward ? m_lowerJson.lastIndexOf(needle) : m_lowerJson.indexOf(needle);
    if (at < 0)
        return false;
    m_treeMatch = at;
    const QModelIndex index = m_treeModel->indexForOffset(at);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void BodyView::copyBody()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_body));
}

} // namespace Parlance::Ui
