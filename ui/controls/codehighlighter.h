#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Parlance::Ui {

// Colours a generated snippet: comments, strings, numbers and the keywords of its language
// (Python, JavaScript, shell or SQL). Line by line, with the state of a Python triple-quoted
// string or a JavaScript template carried from one line to the next; good enough to read a
// snippet, not a parser.
class CodeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    enum class Language { Python, JavaScript, Shell, Sql };

    explicit CodeHighlighter(QTextDocument *document);

    void setLanguage(Language language);
    Language language() const { return m_language; }

    // What a snippet is written in, from the first lines of its text.
    static Language guess(const QString &code);

protected:
    void highlightBlock(const QString &text) override;

private:
    Language m_language = Language::Python;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};

} // namespace Parlance::Ui
