#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Parlance::Ui {

// Where the next message is typed. Ctrl+Enter (or the Send button) hands the text to the
// submit handler; the text is cleared only when the handler accepted it, so nothing typed is
// lost. While busy the button is Stop, and Esc stops too.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    // Returns whether the text was taken (e.g. ChatSession::send returned true).
    void setSubmitHandler(std::function<bool(const QString &text)> handler);

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    // A one-line hint under the input (why a message was not sent); empty hides it.
    void showNotice(const QString &text);
    QString notice() const;

    void focusInput();
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_button; }

public slots:
    void submit();

signals:
    void submitted(const QString &text); // accepted by the handler
    void stopRequested();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void updateButton();

    QPlainTextEdit *m_input;
    QPushButton *m_button;
    QLabel *m_notice;
    std::function<bool(const QString &)> m_submit;
    bool m_busy = false;
};

} // namespace Parlance::Ui
