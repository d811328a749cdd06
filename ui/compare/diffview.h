#pragma once

#include "core/worddiff.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Parlance::Ui {

// A column's latest answer marked word by word against the baseline column's: words only it
// has on a green ground, words only the baseline has struck through on red. The counts say
// how much differs, for screen readers too.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // `baselineName` as the user knows that column ("A · demo-echo").
    void setTexts(const QString &baseline, const QString &other, const QString &baselineName);

    const QList<Core::DiffSpan> &spans() const { return m_spans; }
    QString summary() const; // "12 words added, 3 removed against A · demo-echo"
    QTextBrowser *browser() const { return m_browser; }

    // The spans as HTML, every text escaped.
    static QString toHtml(const QList<Core::DiffSpan> &spans);

private:
    QLabel *m_summary;
    QTextBrowser *m_browser;
    QList<Core::DiffSpan> m_spans;
};

} // namespace Parlance::Ui
