#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Parlance::Ui {

// The "extra parameters" box: a JSON object merged into the request body last. Checked as
// the user types; an error says what and where (line, column and offset) and marks the spot.
// While the text is not a valid object, object() keeps the last valid one, so a request sent
// mid-edit carries what was last shown as valid rather than nothing.
class ExtraParamsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraParamsEditor)

public:
    struct Check
    {
        bool valid = true;
        QJsonObject object;
        QString error;   // empty when valid
        int offset = -1; // in characters of the text
        int line = 0;    // 1-based, with column, where offset is
        int column = 0;
    };

    explicit ExtraParamsEditor(QWidget *parent = nullptr);
    ~ExtraParamsEditor() override;

    QString text() const;
    void setText(const QString &text);
    void setObject(const QJsonObject &object); // pretty-printed; an empty object is empty text

    bool isValid() const { return m_check.valid; }
    QJsonObject object() const { return m_lastValid; }
    QString errorString() const { return m_check.error; }
    int errorOffset() const { return m_check.offset; }

    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

    static Check check(const QString &text); // empty or blank text is an empty object

    // The wrapping status line makes the layout height-for-width, and a QBoxLayout takes an
    // item's height for its width as its minimum: the text box's whole preferred height, which
    // squeezed the stop sequences above to a sliver. Instead the minimum counts the status
    // line's wrapped height at the current width.
    bool hasHeightForWidth() const override { return false; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void textChanged();
    void validityChanged(bool valid);

private:
    void revalidate();
    void showStatus();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    Check m_check;
    QJsonObject m_lastValid;
};

} // namespace Parlance::Ui
