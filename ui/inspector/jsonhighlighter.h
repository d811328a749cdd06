#pragma once

#include "inspector/jsoncolors.h"

#include <QSyntaxHighlighter>

namespace Parlance::Ui {

// Colours JSON one line at a time: keys, strings, numbers and literals. Stateless across
// blocks because the inspector only highlights pretty-printed JSON, where no token spans
// lines; very long lines are coloured up to a limit so a huge string cannot stall painting.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QObject *parent = nullptr);

    void setColors(const JsonColors &colors);

    static constexpr int MaxColouredLineLength = 20000;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};

} // namespace Parlance::Ui
