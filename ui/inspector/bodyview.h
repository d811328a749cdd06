#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Parlance::Ui {

class BodyFormatter;
class JsonHighlighter;
class JsonTreeModel;
class TextLoader;
struct FormattedBody;

// One body (request, response or a stream event's data): pretty JSON with highlighting, or a
// collapsible JSON tree, or plain text for anything that is not JSON. Search with Ctrl+F.
// Large bodies are formatted on a worker thread ("Formatting…" meanwhile) and the text view
// shows the first ShownLimit bytes until the user asks for all of it.
class BodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyView)

public:
    enum class Mode { Text, Tree };

    explicit BodyView(QWidget *parent = nullptr);
    ~BodyView() override;

    void setBody(const QByteArray &body);
    void clear();
    const QByteArray &body() const { return m_body; }
    // Shown instead of an empty body, e.g. "No body (GET)".
    void setPlaceholder(const QString &text);

    bool isFormatting() const;
    bool isJson() const { return m_isJson; }
    bool isTruncated() const { return m_truncated; }
    QString shownText() const;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void showAll();

    void focusSearch();
    // Moves to the next (or previous) match of the search field's text; false if none.
    bool findNext(bool backward = false);
    int matchCount() const { return m_matchCount; }

    QPlainTextEdit *textView() const { return m_text; }
    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    QLineEdit *searchField() const { return m_search; }

    // Bodies up to this size are formatted at once; larger ones on a worker thread. The text
    // view gets the formatted text in slices (TextLoader), coloured up to ShownLimit.
    static constexpr qsizetype SyncLimit = 64 * 1024;
    static constexpr qsizetype ShownLimit = 1024 * 1024;

signals:
    void formattingFinished();

private:
    void applyFormatted(const FormattedBody &result);
    void onLoaded();
    void updatePage();
    void updateMatches();
    bool findInTree(bool backward);
    void copyBody();

    BodyFormatter *m_formatter;
    JsonHighlighter *m_highlighter;
    JsonTreeModel *m_treeModel;
    TextLoader *m_loader;

    QToolButton *m_textButton;
    QToolButton *m_treeButton;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QToolButton *m_copyButton;
    QWidget *m_truncatedBar;
    QLabel *m_truncatedLabel;
    QPushButton *m_showAllButton;
    QStackedWidget *m_stack;
    QLabel *m_busyPage;
    QLabel *m_emptyPage;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    QTimer *m_searchDelay;

    QByteArray m_body;
    QByteArray m_full;      // formatted text, all of it
    QByteArray m_lowerJson; // for case-insensitive tree search, made on first use
    QString m_placeholder;
    Mode m_mode = Mode::Text;
    bool m_isJson = false;
    bool m_truncated = false;
    int m_matchCount = 0;
    qsizetype m_treeMatch = -1;
};

} // namespace Parlance::Ui
